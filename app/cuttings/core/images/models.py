"""The tables that keep an article offline (SQLModel): pictures, their links, original pages.

As :class:`~cuttings.core.models.ClipRow` for ``clips``, these mirror the
DDL of migration v6 and are the one column map of their tables: the insert
statements and select lists of :mod:`cuttings.core.library.media` are
derived from them.
"""

from sqlmodel import Field, SQLModel

import cuttings.core.models  # noqa: F401  (``clips`` must be in the metadata for the foreign keys)


class ImageRow(SQLModel, table=True):
    __tablename__ = "images"

    sha256: str = Field(primary_key=True)
    media_type: str
    width: int
    height: int
    size: int
    bytes: bytes


class ClipImageRow(SQLModel, table=True):
    __tablename__ = "clip_images"

    clip_id: int = Field(primary_key=True, foreign_key="clips.id")
    position: int = Field(primary_key=True)
    url: str
    source_url: str = ""
    sha256: str | None = Field(default=None, foreign_key="images.sha256")
    failure: str = ""
    lead: bool = False


class OriginalRow(SQLModel, table=True):
    __tablename__ = "originals"

    clip_id: int = Field(primary_key=True, foreign_key="clips.id")
    fetched_at: str = Field(primary_key=True)
    final_url: str
    status: int
    headers: str = "[]"  # JSON: [[name, value], ...] as the server sent them
    html: bytes  # zlib-compressed
    size: int  # uncompressed
    sha256: str  # of the uncompressed bytes
    version: int = 1  # the number of the clip's version this page showed


class VersionImageRow(SQLModel, table=True):
    """The picture links of a version but the newest (``clip_images`` holds the newest's)."""

    __tablename__ = "version_images"

    clip_id: int = Field(primary_key=True, foreign_key="clips.id")
    number: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    url: str
    source_url: str = ""
    sha256: str | None = Field(default=None, foreign_key="images.sha256")
    failure: str = ""
    lead: bool = False


def _columns(table: str) -> tuple[str, ...]:
    return tuple(column.name for column in SQLModel.metadata.tables[table].columns)


IMAGE_COLUMNS = _columns("images")
LINK_COLUMNS = _columns("clip_images")
ORIGINAL_COLUMNS = _columns("originals")
VERSION_LINK_COLUMNS = _columns("version_images")


def insert_sql(table: str, columns: tuple[str, ...], verb: str = "INSERT") -> str:
    """``INSERT INTO table (columns) VALUES (:columns)`` for named parameters."""
    names = ", ".join(columns)
    values = ", ".join(f":{name}" for name in columns)
    return f"{verb} INTO {table} ({names}) VALUES ({values})"
