"""Many clips at once: imports (batched inserts) and exports (bodies by the page)."""

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import bindparam, text

from cuttings.core.changes import (
    AddedMany,
    LibraryChange,
)
from cuttings.core.library.media import store_media
from cuttings.core.library.rows import (
    _FIND_CLIP_SQL,
    _INSERT_CLIP_SQL,
    NewClip,
    _fts_insert_suspended,
    _new_clip_values,
    _raw,
    normalize_tag,
)
from cuttings.core.library.store import LibraryStore
from cuttings.core.library.versions import store_history
from cuttings.core.models import CLIP_SUMMARY_COLUMNS, Clip
from cuttings.core.search.compile import tag_key
from cuttings.core.timestamps import format_utc


class BulkWrites(LibraryStore):
    """Many clips at once: imports (batched inserts) and exports (bodies by the page)."""

    def bulk_insert(self, items: Iterable[NewClip], *, batch_size: int = 1000) -> AddedMany:
        """Store a stream of clips in batches of :meth:`add_many`, all said in one result.

        For imports and benchmarks too big for one list or one transaction
        (each batch is one).  A clip whose URL is already known gives the id
        of the clip that has it.
        """
        results: list[tuple[int, bool]] = []
        change = LibraryChange()
        batch: list[NewClip] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                added = self.add_many(batch)
                results.extend(added.results)
                change |= added.change
                batch = []
        if batch:
            added = self.add_many(batch)
            results.extend(added.results)
            change |= added.change
        return AddedMany(tuple(results), change)

    # -- bulk import and export (porting) -----------------------------------
    #
    # Kept apart on purpose: imports (cuttings.core.importers) write thousands
    # of clips in a few transactions and exports (cuttings.core.exporters)
    # read bodies a page at a time.

    def add_many(self, entries: Sequence[NewClip]) -> AddedMany:
        """Store many clips in one transaction: ``(clip id, created)`` for each entry.

        Like :meth:`add`, a known URL (also one repeated within ``entries``)
        is not stored again and gives the id of the clip that has it.

        The search index is written once for the whole batch, in date order,
        with the insert trigger dropped for the transaction: FTS5 flushes its
        in-memory buffer whenever a rowid (a date key) comes out of order, so
        clips of any date indexed one by one would leave thousands of tiny
        segments behind, and imports are rarely in date order.
        """
        if not entries:
            return AddedMany((), LibraryChange())
        tag_lists = [[normalize_tag(name) for name in entry.tags] for entry in entries]
        now = format_utc(datetime.now(UTC))
        results: list[tuple[int, bool]] = []
        tag_ids: dict[str, int] = {}
        links: list[tuple[int, int, int]] = []
        # The driver's connection, inside the same transaction: SQLAlchemy's
        # per-statement overhead is most of the cost of a bulk import.
        with self._write() as conn, _fts_insert_suspended(_raw(conn)) as db:
            first_new = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM clips").fetchone()[0])
            for entry, names in zip(entries, tag_lists, strict=True):
                values = _new_clip_values(entry, now)
                existing = db.execute(_FIND_CLIP_SQL, values).fetchone()
                if existing is not None:
                    results.append((int(existing[0]), False))
                    continue
                clip_id = int(db.execute(_INSERT_CLIP_SQL, values).fetchone()[0])
                if entry.versions:
                    store_history(db, clip_id, entry)
                store_media(db, clip_id, entry.article.media, replace=False)
                missing = [name for name in names if tag_key(name) not in tag_ids]
                for name, tag_id in zip(missing, self._ensure_tags(conn, missing), strict=True):
                    tag_ids[tag_key(name)] = tag_id
                links.extend((clip_id, tag_ids[tag_key(name)], clip_id) for name in names)
                results.append((clip_id, True))
            db.executemany(
                "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id, date_key, published_key) "
                "SELECT ?, ?, date_key, published_key FROM clips WHERE id = ?",
                links,
            )
            # New clips get ids above every existing one (no explicit ids here).
            db.execute(
                "INSERT INTO clips_fts (rowid, title, source, author, text, note) "
                "SELECT date_key, title, source, author, text, note FROM clips_fts_source "
                "WHERE id >= ? ORDER BY date_key",
                (first_new,),
            )
        created = [clip_id for clip_id, new in results if new]
        return AddedMany(tuple(results), LibraryChange.of(added=created, tags_changed=bool(links)))

    def known_urls(self, keys: Sequence[str]) -> set[str]:
        """The canonical URLs among ``keys`` that a clip already has.

        A clip has two: the page's declared canonical URL and the canonical
        form of the URL it was clipped from (as :meth:`add` compares them).
        """
        found: set[str] = set()
        with self._read() as conn:
            # Chunks stay well below SQLite's limit on bound parameters.
            for start in range(0, len(keys), 400):
                chunk = list(keys[start : start + 400])
                rows = conn.execute(
                    text(
                        "SELECT canonical_url, url_key FROM clips "
                        "WHERE canonical_url IN :keys OR url_key IN :keys"
                    ).bindparams(bindparam("keys", expanding=True)),
                    {"keys": chunk},
                ).all()
                wanted = set(chunk)
                for canonical, url_key in rows:
                    found.update(value for value in (canonical, url_key) if value in wanted)
        return found

    def get_many_with_bodies(self, clip_ids: Sequence[int]) -> list[Clip]:
        """Whole clips (with html and text) in the order of ``clip_ids``; for exports."""
        if not clip_ids:
            return []
        with self._read() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {CLIP_SUMMARY_COLUMNS}, html, text FROM clips WHERE id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": list(clip_ids)},
            ).all()
            clips = {clip.id: clip for clip in self._with_tags(conn, rows, with_body=True)}
        return [clips[clip_id] for clip_id in clip_ids if clip_id in clips]
