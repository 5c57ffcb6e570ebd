"""The clips table (SQLModel) and the plain read models handed to callers.

:class:`ClipRow` mirrors the stored columns of the ``clips`` table created by
:mod:`cuttings.core.migrations`; the migrations, not
``SQLModel.metadata.create_all``, own the DDL so that every library on disk can
be upgraded step by step.  ``ClipRow`` is the one column map of the table: the
select list, the insert statement and the row converter are derived from it.
Callers never see a table object: :class:`Clip` and :class:`TagCount` are
frozen, detached values.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from cuttings.core.details import edited_fields

# The date helpers lived here first; callers still import them from models.
from cuttings.core.timestamps import parse_utc


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
    # The details a person edited by hand (cuttings.core.details.edited_column).
    edited: str = ""
    # What the last re-check found (cuttings.core.versions.schedule.STATUSES), how many
    # times the article changed after it was clipped, and when it last did: small
    # columns the timeline and the search read (the versions are in clip_versions).
    status: str = "ok"
    change_count: int = 0
    changed_at: str | None = None
    # How the page reached Cuttings (cuttings.core.article.CAPTURES).
    capture: str = "fetched"
    # Why the clip holds less than the article (a paywall…); empty when complete.
    partial: str = ""


# The columns of ClipRow, in its order.
CLIP_COLUMNS = tuple(column.name for column in SQLModel.metadata.tables["clips"].columns)
# What a new clip's INSERT names (the id comes from SQLite).
CLIP_INSERT_COLUMNS = tuple(name for name in CLIP_COLUMNS if name != "id")
# What a fetch (or a new cleaning of the page) writes over a clip: not its
# identity, the person's note and edit marks, its dates or the re-checks' findings.
_NOT_FETCHED = frozenset(
    {
        "id",
        "canonical_url",
        "note",
        "clipped_at",
        "updated_at",
        "edited",
        "status",
        "change_count",
        "changed_at",
    }
)
CLIP_FETCHED_COLUMNS = tuple(name for name in CLIP_COLUMNS if name not in _NOT_FETCHED)


@dataclass(frozen=True, slots=True)
class ClipState:
    """A clip's reading state (``clip_states``; the default: read, in the library)."""

    unread: bool = False
    starred: bool = False
    archived: bool = False
    deleted_at: datetime | None = None

    @property
    def trashed(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        """The state in ``cuttings show --json``: the is: terms' words, and when it was trashed."""
        return {
            "unread": self.unread,
            "starred": self.starred,
            "archived": self.archived,
            "trash": self.trashed,
            "deleted_at": _json_time(self.deleted_at) if self.deleted_at else None,
        }


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
    # The details a person edited by hand (names of EDITABLE_FIELDS): a refresh keeps them.
    edited: tuple[str, ...] = ()
    # ok, removed, redirected or walled (the last re-check), and the article's changes.
    status: str = "ok"
    change_count: int = 0
    changed_at: str | None = None  # as stored (format_utc)
    # How the page reached Cuttings: "fetched", "browser", "file" or "clipboard".
    capture: str = "fetched"
    # Why the clip holds less than the article (cuttings.core.walls); empty when complete.
    partial: str = ""

    state: ClipState = ClipState()

    @property
    def is_partial(self) -> bool:
        return bool(self.partial)

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
            "clipped_at": _json_time(self.clipped_at),
            "language": self.language,
            "lead_image": self.lead_image,
            "excerpt": self.excerpt,
            "tags": list(self.tags),
            "word_count": self.word_count,
            "note": self.note,
            "status": self.status,
            "change_count": self.change_count,
            "capture": self.capture,
            "partial": self.is_partial,
            "partial_reason": self.partial,
        }
        if self.text is not None:
            data["text"] = self.text
        if self.html is not None:
            data["html"] = self.html
        return data


def _json_time(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


# The article's body: left out of lists, read with with_body.
_BODY = ("html", "text")
# A clip without its body: the columns that are fields of Clip.
_SUMMARY = tuple(
    field.name for field in fields(Clip) if field.name in CLIP_COLUMNS and field.name not in _BODY
)
CLIP_SUMMARY_COLUMNS = ", ".join(_SUMMARY)
# Stored as format_utc text, handed out as datetimes.
_TIMESTAMPS = tuple(field.name for field in fields(Clip) if field.type is datetime)


def clip_from_row(
    row: Sequence[Any],
    tags: tuple[str, ...],
    *,
    with_body: bool = False,
    state: ClipState = ClipState(),
) -> Clip:
    """A clip from a row of ``CLIP_SUMMARY_COLUMNS``, then ``html, text`` if ``with_body``.

    Columns after those (``date_key`` in search pages) are ignored.
    """
    values = dict(zip(_SUMMARY + _BODY if with_body else _SUMMARY, row, strict=False))
    for name in _TIMESTAMPS:
        values[name] = parse_utc(values[name])
    values["edited"] = edited_fields(values["edited"])
    return Clip(**values, tags=tags, state=state)


@dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int
