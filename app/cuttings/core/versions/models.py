"""The versions and re-check tables (SQLModel) and the plain values handed to callers.

As :class:`~cuttings.core.models.ClipRow`, these classes are the column maps
of tables that the migrations create (``_v7_versions``).  ``clip_versions``
holds one row per version of a clip's article; the newest one's ``body`` is
NULL because its text and HTML are the clip's own (``clips.text``,
``clips.html``): a library of clips that never changed stores no body twice.
``clip_checks`` holds what re-checks need between runs (validators, the next
check's time) apart from the clips table's hot rows.

A version's pictures are ``clip_images`` for the newest and
``version_images`` (by number) for the others; ``originals.version`` names
the version each original page showed (migration ``_v12_version_media``).
"""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Field, SQLModel


class VersionRow(SQLModel, table=True):
    __tablename__ = "clip_versions"

    id: int | None = Field(default=None, primary_key=True)
    clip_id: int = Field(foreign_key="clips.id")
    number: int
    fetched_at: str
    status: str = "ok"
    content_hash: str
    title: str
    author: str = ""
    published_at: str | None = None
    word_count: int = 0
    # What changed from the version before (cuttings.core.versions.diff summary).
    changes: str = ""
    # zlib-compressed text and HTML (content.pack_body); NULL for the newest version.
    body: bytes | None = None


class ClipCheckRow(SQLModel, table=True):
    __tablename__ = "clip_checks"

    clip_id: int = Field(primary_key=True, foreign_key="clips.id")
    checked_at: str | None = None
    next_check: str | None = None
    etag: str = ""
    last_modified: str = ""
    last_error: str = ""


VERSION_COLUMNS = tuple(column.name for column in SQLModel.metadata.tables["clip_versions"].columns)
# A version row but its id (what Library.delete keeps for an undo).
VERSION_STORED_COLUMNS = tuple(name for name in VERSION_COLUMNS if name != "id")
# What a version list reads: everything but the body.
VERSION_SUMMARY_COLUMNS = tuple(name for name in VERSION_COLUMNS if name not in ("id", "body"))


@dataclass(frozen=True, slots=True)
class Version:
    """One version of a clip's article as callers see it (``text``/``html`` only when asked)."""

    clip_id: int
    number: int
    fetched_at: str
    status: str
    content_hash: str
    title: str
    author: str
    published_at: str | None
    word_count: int
    changes: str
    text: str | None = None
    html: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number,
            "fetched_at": self.fetched_at,
            "status": self.status,
            "content_hash": self.content_hash,
            "title": self.title,
            "author": self.author,
            "published_at": self.published_at,
            "word_count": self.word_count,
            "changes": self.changes,
        }
        if self.text is not None:
            data["text"] = self.text
        if self.html is not None:
            data["html"] = self.html
        return data
