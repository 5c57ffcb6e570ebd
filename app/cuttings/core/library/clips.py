"""Clips one at a time: add, refresh, read, edit, delete and restore."""

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from cuttings.core.article import Article
from cuttings.core.bodies import ClipBodies
from cuttings.core.changes import (
    ClipEdit,
    Deleted,
    LibraryChange,
    Restored,
)
from cuttings.core.cleaning import clean_note, strip_control_chars
from cuttings.core.details import edited_column
from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.highlights.models import Highlight
from cuttings.core.library.details import (
    _details_change,
    _write_columns,
    restored_columns,
)
from cuttings.core.library.highlights import highlights_of_clips, put_back_highlights
from cuttings.core.library.media import restore_rows, stash_rows, store_media
from cuttings.core.library.rows import (
    _FIND_CLIP_SQL,
    _RESTORE_CLIP_SQL,
    AddResult,
    NewClip,
    _clip_values,
    _date_key,
    _fts_insert_suspended,
    _new_clip_values,
    _raw,
    normalize_tag,
)
from cuttings.core.library.versions import Versions
from cuttings.core.models import CLIP_SUMMARY_COLUMNS, Clip, ClipRow, ClipState
from cuttings.core.search.compile import tag_key
from cuttings.core.tag_writes import chunks
from cuttings.core.timestamps import format_utc
from cuttings.core.urls import canonical_url
from cuttings.core.versions.models import VERSION_STORED_COLUMNS


class Clips(Versions):
    """Clips one at a time: add, refresh, read, edit, delete and restore."""

    def add(
        self,
        article: Article,
        *,
        tags: Iterable[str] = (),
        clipped_at: datetime | None = None,
        note: str = "",
    ) -> AddResult:
        """Store ``article``, or return the clip that already has its URL.

        The clip, its tags and its index entries are written in one
        transaction: a failure leaves nothing behind.  A new clip is unread
        (imports, :meth:`add_many`, are not: old bookmarks are not a queue).
        A clip found in the trash is returned as it is (``clip.state.trashed``):
        the caller offers to restore it.
        """
        tag_names = [normalize_tag(name) for name in tags]
        now = format_utc(datetime.now(UTC))
        with self._write() as conn:
            existing = self._find_id(conn, article.canonical_url, canonical_url(article.url))
            if existing is not None:
                clip = self._get(conn, existing, with_body=False)
                return AddResult(clip, created=False, change=LibraryChange())
            row = ClipRow(
                **_new_clip_values(NewClip(article, clipped_at=clipped_at, note=note), now)
            )
            with Session(bind=conn) as session:
                session.add(row)
                session.flush()
                clip_id = row.id
            assert clip_id is not None
            _raw(conn).execute(
                "INSERT INTO clip_states (clip_id, date_key, unread) "
                "SELECT id, date_key, 1 FROM clips WHERE id = ?",
                (clip_id,),
            )
            store_media(_raw(conn), clip_id, article.media, replace=False)
            self._link_tags(conn, [clip_id], tag_names)
            change = LibraryChange.of(added=[clip_id], tags_changed=bool(tag_names))
            return AddResult(self._get(conn, clip_id, with_body=False), True, change)

    def refresh(self, clip_id: int, article: Article) -> ClipEdit:
        """Store a fresh fetch of a clip as its newest version, if its content changed.

        Nothing is overwritten: the content the clip showed stays as the
        version it was (see :mod:`.versions`), and a fetch whose normalized
        form is the newest version's changes nothing.  Tags, note and date
        stay; the details a person edited by hand keep their values.
        """
        with self._write() as conn:
            before = self._get(conn, clip_id, with_body=False)
            number = self._store_fetch(conn, clip_id, article, format_utc(datetime.now(UTC)))
            # The page answered with the article: whatever a re-check found before is over.
            back = conn.execute(
                text("UPDATE clips SET status = 'ok' WHERE id = :id AND status != 'ok'"),
                {"id": clip_id},
            ).rowcount
            store_media(_raw(conn), clip_id, article.media, replace=True)
            clip = self._get(conn, clip_id, with_body=False)
            change = LibraryChange.of(updated=[clip_id] if number or back else [])
            return ClipEdit(clip, before, change)

    def find_by_url(self, url: str) -> Clip | None:
        """The clip for ``url`` (compared by canonical form), if any."""
        with self._read() as conn:
            key = canonical_url(url)
            clip_id = self._find_id(conn, key, key)
            return None if clip_id is None else self._get(conn, clip_id, with_body=False)

    def get(self, clip_id: int, *, with_body: bool = True) -> Clip:
        """One clip; raises :class:`NotFoundError` if there is none with that id."""
        with self._read() as conn:
            return self._get(conn, clip_id, with_body=with_body)

    def get_many(self, clip_ids: Sequence[int]) -> list[Clip]:
        """Clips without their bodies, in the order of ``clip_ids`` (missing ones left out)."""
        if not clip_ids:
            return []
        clips: dict[int, Clip] = {}
        with self._read() as conn:
            for chunk in chunks(clip_ids):
                rows = conn.execute(
                    text(f"SELECT {CLIP_SUMMARY_COLUMNS} FROM clips WHERE id IN :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": chunk},
                ).all()
                clips.update((clip.id, clip) for clip in self._with_tags(conn, rows))
        return [clips[clip_id] for clip_id in clip_ids if clip_id in clips]

    def update_clip(
        self, clip_id: int, *, title: str | None = None, note: str | None = None
    ) -> ClipEdit:
        """Change a clip's title (marked edited by hand, as ``edit_details`` does) and/or note."""
        changes: dict[str, str] = {}
        if title is not None:
            cleaned = " ".join(strip_control_chars(title).split())
            if not cleaned:
                raise CuttingsError("a clip's title cannot be empty")
            changes["title"] = cleaned
        if note is not None:
            changes["note"] = clean_note(note)
        with self._write() as conn:
            before = self._get(conn, clip_id, with_body=False)
            if title is not None:
                changes["edited"] = edited_column({*before.edited, "title"})
            _write_columns(conn, clip_id, changes)
            clip = self._get(conn, clip_id, with_body=False)
            return ClipEdit(clip, before, LibraryChange.of(updated=[clip_id] if changes else []))

    def revert_clip_edit(self, edit: ClipEdit) -> ClipEdit:
        """Put back the details, note and edit marks a clip had before ``edit``.

        Only what ``edit`` changed is put back, as it was (not checked again:
        it was stored); the result reverts this.
        """
        before, after = edit.before, edit.clip
        columns = restored_columns(before, after)
        with self._write() as conn:
            current = self._get(conn, after.id, with_body=False)
            _write_columns(conn, after.id, columns)
            clip = self._get(conn, after.id, with_body=False)
            return ClipEdit(clip, current, _details_change(after.id, columns))

    def delete(self, clip_ids: Sequence[int]) -> Deleted:
        """Delete clips and keep them, bodies aside, so that :meth:`restore` can undo it.

        Raises :class:`NotFoundError` (deleting nothing) if one of the ids
        is not a clip.
        """
        ids = list(dict.fromkeys(clip_ids))
        bodies = ClipBodies()
        if not ids:
            return Deleted((), LibraryChange(), bodies)
        clips: list[Clip] = []
        highlights: list[Highlight] = []
        with self._write() as conn:
            db = _raw(conn)
            for chunk in chunks(ids):
                highlights.extend(highlights_of_clips(db, chunk))
                rows = conn.execute(
                    text(
                        f"SELECT {CLIP_SUMMARY_COLUMNS}, html, text FROM clips WHERE id IN :ids"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"ids": chunk},
                ).all()
                found = {clip.id: clip for clip in self._with_tags(conn, rows)}
                missing = [clip_id for clip_id in chunk if clip_id not in found]
                if missing:
                    raise NotFoundError(f"no clip with id {missing[0]}")
                bodies.put((row.id, row.html, row.text) for row in rows)
                bodies.put_versions(
                    db.execute(
                        f"SELECT {', '.join(VERSION_STORED_COLUMNS)} FROM clip_versions "
                        f"WHERE clip_id IN ({', '.join('?' * len(chunk))})",
                        chunk,
                    )
                )
                bodies.put_media(*stash_rows(db, chunk))
                clips.extend(found[clip_id] for clip_id in chunk)
                db.execute(f"DELETE FROM clips WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        tagged = any(clip.tags for clip in clips)
        change = LibraryChange.of(removed=ids, tags_changed=tagged)
        return Deleted(tuple(clips), change, bodies, tuple(highlights))

    def restore(self, deleted: Deleted) -> Restored:
        """Put deleted clips back with their ids, dates, bodies, tags and notes.

        Another process may have written meanwhile (the CLI while the window
        offers Undo): a clip whose id now belongs to a new clip comes back
        under a new id, and a clip whose article was clipped again is not
        duplicated: the clip there gets its tags, and its note if it has none.
        Either way nothing deleted is lost.
        """
        ids: list[int] = []
        came_back: dict[int, int] = {}  # deleted clip id -> its id now
        states: list[tuple[int, Clip]] = []  # clips back with their reading state
        added: dict[int, int] = {}  # new clip id -> its date key
        links: list[tuple[int, int, int]] = []
        tag_ids: dict[str, int] = {}
        with self._write() as conn, _fts_insert_suspended(_raw(conn)) as db:
            for clip in deleted.clips:
                values = _clip_values(clip)
                existing = db.execute(_FIND_CLIP_SQL, values).fetchone()
                if existing is not None:
                    clip_id = int(existing[0])
                    db.execute(
                        "UPDATE clips SET note = ? WHERE id = ? AND note = ''", (clip.note, clip_id)
                    )
                else:
                    taken = db.execute("SELECT 1 FROM clips WHERE id = ?", (clip.id,)).fetchone()
                    values["html"], values["text"] = deleted.bodies.get(clip.id)
                    values["id"] = None if taken else clip.id
                    clip_id = int(db.execute(_RESTORE_CLIP_SQL, values).fetchone()[0])
                    restore_rows(db, clip_id, *deleted.bodies.get_media(clip.id))
                    added[clip_id] = _date_key(clip.clipped_at, clip_id)
                    _restore_versions(db, clip_id, deleted.bodies.versions(clip.id))
                    if clip.state != ClipState():
                        states.append((clip_id, clip))
                ids.append(clip_id)
                came_back[clip.id] = clip_id
                missing = [name for name in clip.tags if tag_key(name) not in tag_ids]
                for name, tag_id in zip(missing, self._ensure_tags(conn, missing), strict=True):
                    tag_ids[tag_key(name)] = tag_id
                links.extend((clip_id, tag_ids[tag_key(name)], clip_id) for name in clip.tags)
            db.executemany(
                "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, date_key, published_key) "
                "SELECT ?, ?, date_key, published_key FROM clips WHERE id = ?",
                links,
            )
            put_back_highlights(db, deleted.highlights, came_back)
            _put_states(db, states)
            # The index in date order, as add_many does it (FTS5 flushes on a rowid out of order).
            for chunk in chunks(sorted(added, key=added.__getitem__)):
                db.execute(
                    "INSERT INTO clips_fts (rowid, title, source, author, text, note) "
                    "SELECT date_key, title, source, author, text, note FROM clips_fts_source "
                    f"WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY date_key",
                    chunk,
                )
        change = LibraryChange.of(added=added, updated=ids, tags_changed=True)
        return Restored(tuple(ids), change)


def _restore_versions(db: sqlite3.Connection, clip_id: int, rows: list[tuple[Any, ...]]) -> None:
    """Put back a restored clip's versions in place of the version 1 its insert made."""
    if not rows:
        return
    db.execute("DELETE FROM clip_versions WHERE clip_id = ?", (clip_id,))
    marks = ", ".join("?" * len(VERSION_STORED_COLUMNS))
    db.executemany(
        f"INSERT INTO clip_versions ({', '.join(VERSION_STORED_COLUMNS)}) VALUES ({marks})",
        [(clip_id, *row[1:]) for row in rows],
    )


def _put_states(db: sqlite3.Connection, clips: Sequence[tuple[int, Clip]]) -> None:
    """Give clips put back by :meth:`Clips.restore` the reading state they had."""
    db.executemany(
        "INSERT OR REPLACE INTO clip_states "
        "(clip_id, date_key, unread, starred_at, archived_at, deleted_at) "
        "SELECT id, date_key, ?, CASE WHEN ? THEN ? END, CASE WHEN ? THEN ? END, ? "
        "FROM clips WHERE id = ?",
        [
            (
                clip.state.unread,
                clip.state.starred,
                format_utc(clip.updated_at),
                clip.state.archived,
                format_utc(clip.updated_at),
                None if clip.state.deleted_at is None else format_utc(clip.state.deleted_at),
                clip_id,
            )
            for clip_id, clip in clips
        ],
    )
