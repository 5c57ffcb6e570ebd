"""What goes in and out of the clips table: input types, SQL, column values, date keys."""

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from cuttings.core.article import Article, capture_kind
from cuttings.core.changes import LibraryChange
from cuttings.core.cleaning import (
    clean_note,
    clean_tag_name,
    http_url,
    language_tag,
    strip_control_chars,
)
from cuttings.core.details import edited_column
from cuttings.core.errors import CuttingsError
from cuttings.core.models import CLIP_FETCHED_COLUMNS, CLIP_INSERT_COLUMNS, Clip
from cuttings.core.search.compile import tag_key
from cuttings.core.timestamps import (
    checked_published,
    clipping_time,
    format_utc,
    published_sort_key,
)
from cuttings.core.urls import canonical_url
from cuttings.core.versions.models import Version


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Library.add` did: ``created`` is false for a known URL."""

    clip: Clip
    created: bool
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class NewClip:
    """One clip for :meth:`Library.add_many` and :meth:`Library.bulk_insert`.

    ``updated_at`` defaults to now; an import of a Cuttings export passes the
    exported one, so that a round trip changes nothing.
    """

    article: Article
    tags: tuple[str, ...] = ()
    clipped_at: datetime | None = None
    updated_at: datetime | None = None
    note: str = ""
    # The article's history (an import of a Cuttings export): every version, oldest
    # first; the newest one's text and HTML are the article's (see Library.add_many).
    versions: tuple[Version, ...] = ()
    status: str = "ok"


def normalize_tag(name: str) -> str:
    """A tag name as stored: trimmed, inner whitespace folded; raises if empty."""
    cleaned = clean_tag_name(name)
    if not cleaned:
        raise CuttingsError("a tag name cannot be empty")
    if len(cleaned) > 100:
        raise CuttingsError("a tag name is limited to 100 characters")
    return cleaned


_INSERT_CLIP_SQL = (
    f"INSERT INTO clips ({', '.join(CLIP_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join(f':{name}' for name in CLIP_INSERT_COLUMNS)}) RETURNING id"
)
# As _INSERT_CLIP_SQL, with the id given (NULL: a new one): Library.restore.
_RESTORE_CLIP_SQL = _INSERT_CLIP_SQL.replace(
    "INSERT INTO clips (", "INSERT INTO clips (id, "
).replace("VALUES (", "VALUES (:id, ")
# As _find_id: by declared canonical URL, or by the canonical form of the clipped URL.
_FIND_CLIP_SQL = (
    "SELECT id FROM clips WHERE canonical_url IN (:canonical_url, :url_key) "
    "UNION ALL SELECT id FROM clips WHERE url_key IN (:canonical_url, :url_key) LIMIT 1"
)


# The assignments of a fetch's columns, for an UPDATE of clips (see Versions._write_fetched).
SET_FETCHED_SQL = ", ".join(f"{name} = :{name}" for name in CLIP_FETCHED_COLUMNS)


def _fetched_values(article: Article) -> dict[str, Any]:
    """The values of ``CLIP_FETCHED_COLUMNS`` a fetch of ``article`` sets."""
    # The last check of values from pages and files (the importers report what
    # they drop; here it is dropped silently).
    published = checked_published(article.published_at)
    return {
        "url": article.url,
        "url_key": canonical_url(article.url),
        "title": article.title,
        "site_name": article.site_name,
        "source": article.source,
        "author": article.author,
        "published_at": published,
        "published_utc": published_sort_key(published),
        "language": language_tag(article.language),
        "lead_image": http_url(article.lead_image),
        "excerpt": article.excerpt,
        "html": article.html,
        "text": article.text,
        "word_count": article.word_count,
        "capture": capture_kind(article.capture),
        "partial": strip_control_chars(article.partial)[:500],
    }


def _new_clip_values(entry: NewClip, now: str) -> dict[str, Any]:
    """Every column of a new clip (as :data:`_INSERT_CLIP_SQL` and ``ClipRow`` take them)."""
    return {
        **_fetched_values(entry.article),
        "canonical_url": entry.article.canonical_url,
        "note": clean_note(entry.note),
        "clipped_at": _stored_time(entry.clipped_at, now),
        "updated_at": _stored_time(entry.updated_at, now),
        "edited": "",
        "status": "ok",
        "change_count": 0,
        "changed_at": None,
    }


def _stored_time(moment: datetime | None, now: str) -> str:
    """A caller's date as stored; an impossible one (year 1, year 9999) is "now"."""
    checked = clipping_time(moment)
    return format_utc(checked) if checked else now


def _clip_values(clip: Clip) -> dict[str, Any]:
    """Every column of a deleted clip but its body (for :data:`_RESTORE_CLIP_SQL`)."""
    return {
        "url": clip.url,
        "url_key": canonical_url(clip.url),
        "canonical_url": clip.canonical_url,
        "title": clip.title,
        "site_name": clip.site_name,
        "source": clip.source,
        "author": clip.author,
        "published_at": clip.published_at,
        "published_utc": published_sort_key(clip.published_at),
        "language": clip.language,
        "lead_image": clip.lead_image,
        "excerpt": clip.excerpt,
        "word_count": clip.word_count,
        "note": clip.note,
        "clipped_at": format_utc(clip.clipped_at),
        "updated_at": format_utc(clip.updated_at),
        "edited": edited_column(clip.edited),
        "status": clip.status,
        "change_count": clip.change_count,
        "changed_at": clip.changed_at,
        "capture": clip.capture,
        "partial": clip.partial,
    }


def _tag_keys(names: Iterable[str]) -> list[str]:
    """The distinct keys of these tag names, sorted (as query plans expect them)."""
    return sorted({tag_key(name) for name in names})


def _date_key(clipped_at: datetime, clip_id: int) -> int:
    return (int(clipped_at.timestamp()) << 24) | (clip_id & 0xFFFFFF)


def _raw(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn``, inside the same transaction."""
    db = conn.connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    return db


@contextlib.contextmanager
def _fts_insert_suspended(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``db`` with the search index's insert trigger dropped until the block ends.

    For bulk writers inside a write transaction: they index the new clips
    themselves, in date order, in one statement.
    """
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'clips' AND name = 'clips_fts_insert'"
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    yield db
    for _name, sql in triggers:
        db.execute(sql)
