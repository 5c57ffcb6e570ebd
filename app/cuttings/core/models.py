"""Tables of the library (SQLModel) and the plain read models handed to callers.

The table classes mirror the schema created by :mod:`cuttings.core.migrations`;
the migrations, not ``SQLModel.metadata.create_all``, own the DDL so that every
library on disk can be upgraded step by step.  Callers never see a table
object: :class:`Clip` and :class:`TagCount` are frozen, detached values.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

# The date helpers lived here first; callers still import them from models.
from cuttings.core.timestamps import TIMESTAMP_FORMAT as TIMESTAMP_FORMAT
from cuttings.core.timestamps import format_utc as format_utc
from cuttings.core.timestamps import parse_utc as parse_utc
from cuttings.core.timestamps import published_sort_key as published_sort_key


class ClipRow(SQLModel, table=True):
    __tablename__ = "clips"

    id: int | None = Field(default=None, primary_key=True)
    url: str
    url_key: str = Field(index=True)
    canonical_url: str = Field(unique=True)
    title: str
    site_name: str = ""
    source: str = ""
    author: str = ""
    published_at: str | None = None
    published_utc: str | None = None
    language: str = ""
    lead_image: str = ""
    excerpt: str = ""
    html: str = ""
    text: str = ""
    word_count: int = 0
    note: str = ""
    clipped_at: str
    updated_at: str


class TagRow(SQLModel, table=True):
    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)


class ClipTagRow(SQLModel, table=True):
    __tablename__ = "clip_tags"

    clip_id: int = Field(foreign_key="clips.id", primary_key=True)
    tag_id: int = Field(foreign_key="tags.id", primary_key=True)


@dataclass(frozen=True, slots=True)
class Clip:
    """One clipping as callers see it.  ``html``/``text`` are ``None`` in lists."""

    id: int
    url: str
    canonical_url: str
    title: str
    site_name: str
    source: str
    author: str
    published_at: str | None
    clipped_at: datetime
    updated_at: datetime
    language: str
    lead_image: str
    excerpt: str
    word_count: int
    note: str
    tags: tuple[str, ...] = ()
    html: str | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape (``cuttings show --json``, exports)."""
        data: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "site_name": self.site_name,
            "source": self.source,
            "author": self.author,
            "published_at": self.published_at,
            "clipped_at": self.clipped_at.isoformat().replace("+00:00", "Z"),
            "language": self.language,
            "lead_image": self.lead_image,
            "excerpt": self.excerpt,
            "tags": list(self.tags),
            "word_count": self.word_count,
            "note": self.note,
        }
        if self.text is not None:
            data["text"] = self.text
        if self.html is not None:
            data["html"] = self.html
        return data


# A clip without its body, in the order :func:`clip_from_row` reads them.
CLIP_SUMMARY_COLUMNS = (
    "id, url, canonical_url, title, site_name, source, author, published_at, clipped_at, "
    "updated_at, language, lead_image, excerpt, word_count, note"
)


def clip_from_row(row: Sequence[Any], tags: tuple[str, ...], *, with_body: bool = False) -> Clip:
    """A clip from a row of ``CLIP_SUMMARY_COLUMNS``, then ``html, text`` if ``with_body``.

    By position, not by name: this runs for every clip of every page shown.
    """
    return Clip(
        id=row[0],
        url=row[1],
        canonical_url=row[2],
        title=row[3],
        site_name=row[4],
        source=row[5],
        author=row[6],
        published_at=row[7],
        clipped_at=parse_utc(row[8]),
        updated_at=parse_utc(row[9]),
        language=row[10],
        lead_image=row[11],
        excerpt=row[12],
        word_count=row[13],
        note=row[14],
        tags=tags,
        html=row[15] if with_body else None,
        text=row[16] if with_body else None,
    )


@dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int
