"""Clips one at a time: add, refresh, read, edit, delete and restore."""

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

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
from cuttings.core.library.details import (
    _details_change,
    _write_columns,
    kept_details,
    restored_columns,
)
from cuttings.core.library.media import restore_rows, stash_rows, store_media
from cuttings.core.library.rows import (
    _FIND_CLIP_SQL,
    _RESTORE_CLIP_SQL,
    AddResult,
    NewClip,
    _clip_values,
    _date_key,
    _fetched_values,
    _fts_insert_suspended,
    _new_clip_values,
    _raw,
    normalize_tag,
)
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import CLIP_SUMMARY_COLUMNS, Clip, ClipRow
from cuttings.core.search.compile import tag_key
from cuttings.core.tag_writes import chunks
from cuttings.core.timestamps import format_utc
from cuttings.core.urls import canonical_url


class Clips(LibraryStore):
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
        transaction: a failure leaves nothing behind.
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
            store_media(_raw(conn), clip_id, article.media, replace=False)
            self._link_tags(conn, [clip_id], tag_names)
            change = LibraryChange.of(added=[clip_id], tags_changed=bool(tag_names))
            return AddResult(self._get(conn, clip_id, with_body=False), True, change)

    def refresh(self, clip_id: int, article: Article) -> ClipEdit:
        """Replace a clip's content with a fresh fetch; keep its tags, note and date.

        The details a person edited by hand keep their values (see
        :mod:`.details`): a person's edit wins over the page.
        """
        with self._write() as conn:
            before = self._get(conn, clip_id, with_body=False)
            conn.execute(
                text(
                    "UPDATE clips SET url = :url, url_key = :url_key, title = :title, "
                    "site_name = :site_name, source = :source, author = :author, "
                    "published_at = :published_at, "
                    "published_utc = :published_utc, language = :language, "
                    "lead_image = :lead_image, excerpt = :excerpt, html = :html, text = :text, "
                    "word_count = :word_count, updated_at = :now WHERE id = :id"
                ),
                {
                    **_fetched_values(article),
                    **kept_details(before),
                    "id": clip_id,
                    "now": format_utc(datetime.now(UTC)),
                },
            )
            store_media(_raw(conn), clip_id, article.media, replace=True)
            clip = self._get(conn, clip_id, with_body=False)
            return ClipEdit(clip, before, LibraryChange.of(updated=[clip_id]))

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
        with self._write() as conn:
            db = _raw(conn)
            for chunk in chunks(ids):
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
                bodies.put_media(*stash_rows(db, chunk))
                clips.extend(found[clip_id] for clip_id in chunk)
                db.execute(f"DELETE FROM clips WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        tagged = any(clip.tags for clip in clips)
        change = LibraryChange.of(removed=ids, tags_changed=tagged)
        return Deleted(tuple(clips), change, bodies)

    def restore(self, deleted: Deleted) -> Restored:
        """Put deleted clips back with their ids, dates, bodies, tags and notes.

        Another process may have written meanwhile (the CLI while the window
        offers Undo): a clip whose id now belongs to a new clip comes back
        under a new id, and a clip whose article was clipped again is not
        duplicated: the clip there gets its tags, and its note if it has none.
        Either way nothing deleted is lost.
        """
        ids: list[int] = []
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
                ids.append(clip_id)
                missing = [name for name in clip.tags if tag_key(name) not in tag_ids]
                for name, tag_id in zip(missing, self._ensure_tags(conn, missing), strict=True):
                    tag_ids[tag_key(name)] = tag_id
                links.extend((clip_id, tag_ids[tag_key(name)], clip_id) for name in clip.tags)
            db.executemany(
                "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, date_key, published_key) "
                "SELECT ?, ?, date_key, published_key FROM clips WHERE id = ?",
                links,
            )
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
