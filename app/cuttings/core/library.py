"""The library service: the one API the command line and the window use.

Every method opens a connection, does one unit of work in one transaction and
returns plain values (:class:`~cuttings.core.models.Clip`,
:class:`~cuttings.core.models.TagCount`); nothing returned is bound to a
session.  Writers take SQLite's write lock up front (``BEGIN IMMEDIATE``) and
wait for it, so the GUI and the CLI can write to one library at the same time.
"""

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from cuttings.core.article import Article
from cuttings.core.database import open_library_engine, translate_errors
from cuttings.core.errors import CuttingsError, LibraryDamagedError, LibraryError, NotFoundError
from cuttings.core.maintenance import (
    BackupResult,
    CheckReport,
    CheckResult,
    backup_file,
    check_file,
)
from cuttings.core.models import (
    CLIP_SUMMARY_COLUMNS,
    Clip,
    ClipRow,
    TagCount,
    clip_from_row,
    format_utc,
    published_sort_key,
)
from cuttings.core.query import parse_query
from cuttings.core.search import CompiledQuery, compile_query, tag_key
from cuttings.core.search_plans import (
    SearchOrder,
    SearchPage,
    clips_by_keys,
    count_matches,
    page_keys,
    search_page,
    timeline_by_published,
)
from cuttings.core.snippets import highlighter
from cuttings.core.timeline import (
    SortOrder,
    TimelineList,
    TimelineQuery,
    clip_date_key,
    list_position,
    search_marker,
    timeline_list,
    timeline_rows,
    timeline_snippets,
)
from cuttings.core.urls import canonical_url

# SearchOrder and SearchPage live in search_plans, SortOrder in timeline; callers
# import them from here.


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Library.add` did: ``created`` is false for a known URL."""

    clip: Clip
    created: bool


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


def normalize_tag(name: str) -> str:
    """A tag name as stored: trimmed, inner whitespace folded; raises if empty."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CuttingsError("a tag name cannot be empty")
    if len(cleaned) > 100:
        raise CuttingsError("a tag name is limited to 100 characters")
    return cleaned


class Library:
    """A clippings library in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().absolute()
        self._engine = open_library_engine(self.path)
        # Set once the file is known to be damaged: from then on this session
        # writes nothing more to it (a write may make the damage worse).
        self._damage = ""

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- connections -------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with (
            self._noting_damage(),
            translate_errors(self.path),
            self._engine.connect() as conn,
            conn.begin(),
        ):
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._damage:
            raise LibraryDamagedError(
                f"{self.path} is damaged, so Cuttings will not write to it "
                f"({self._damage}); run `cuttings check` and restore a backup"
            )
        with (
            self._noting_damage(),
            translate_errors(self.path),
            self._engine.connect().execution_options(immediate=True) as conn,
            conn.begin(),
        ):
            yield conn

    @contextlib.contextmanager
    def _noting_damage(self) -> Iterator[None]:
        try:
            yield
        except LibraryDamagedError as exc:
            self._damage = self._damage or str(exc)
            raise

    # -- clips --------------------------------------------------------------

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
                return AddResult(self._get(conn, existing, with_body=False), created=False)
            row = ClipRow(
                **_new_clip_values(NewClip(article, clipped_at=clipped_at, note=note), now)
            )
            with Session(bind=conn) as session:
                session.add(row)
                session.flush()
                clip_id = row.id
            assert clip_id is not None
            self._link_tags(conn, [clip_id], tag_names)
            return AddResult(self._get(conn, clip_id, with_body=False), created=True)

    def refresh(self, clip_id: int, article: Article) -> Clip:
        """Replace a clip's content with a fresh fetch; keep its tags, note and date."""
        with self._write() as conn:
            self._require(conn, clip_id)
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
                    "id": clip_id,
                    "now": format_utc(datetime.now(UTC)),
                },
            )
            return self._get(conn, clip_id, with_body=False)

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
        with self._read() as conn:
            rows = conn.execute(
                text(f"SELECT {CLIP_SUMMARY_COLUMNS} FROM clips WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(clip_ids)},
            ).all()
            clips = {clip.id: clip for clip in self._with_tags(conn, rows)}
        return [clips[clip_id] for clip_id in clip_ids if clip_id in clips]

    def list_clips(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        order: SortOrder = "clipped",
        newest_first: bool = True,
        tags: Sequence[str] = (),
        after: Clip | None = None,
    ) -> list[Clip]:
        """A page of the timeline, newest first by default, optionally only ``tags``.

        ``after`` is keyset paging: pass the last clip of the previous page
        (and ``offset=0``) to get the next one; it costs the same at any depth,
        whereas a deep ``offset`` still has to step over the rows it skips.
        """
        if order == "published":
            with self._read() as conn:
                return timeline_by_published(
                    _raw(conn), limit, offset, newest_first, _tag_keys(tags), after
                )
        compiled = CompiledQuery(tag_keys=_tag_keys(tags))
        if after is not None:
            key = clip_date_key(after)
            if newest_first:
                compiled.narrow(compiled.key_range[0], key)
            else:
                compiled.narrow(key + 1, compiled.key_range[1])
        with self._read() as conn:
            db = _raw(conn)
            keys = page_keys(db, compiled, "newest" if newest_first else "oldest", limit, offset)
            return clips_by_keys(db, keys)

    def count(self, *, tags: Sequence[str] = ()) -> int:
        """How many clips there are (carrying every tag in ``tags``)."""
        compiled = CompiledQuery(tag_keys=_tag_keys(tags))
        with self._read() as conn:
            return count_matches(_raw(conn), compiled)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        order: SearchOrder = "newest",
        prefix_last: bool = False,
        tags: Sequence[str] = (),
    ) -> SearchPage:
        """A page of the clips matching ``query`` (see :mod:`cuttings.core.query`).

        ``tags`` (the window's tag selection) narrows the query further, like
        ``tag:`` terms.  ``order`` is ``newest`` (the default), ``oldest`` or
        ``relevance`` (bm25, title weighted most, newer first among equals).
        An empty query is the timeline.  Raises
        :class:`~cuttings.core.errors.QuerySyntaxError` for malformed queries.
        ``snippets`` are computed for the clips of this page only.
        """
        parsed = parse_query(query, prefix_last=prefix_last)
        if parsed.is_empty and query.strip():
            # Only punctuation: nothing the index can look for, so nothing found.
            return SearchPage([], 0, {})
        compiled = compile_query(parsed, tags=[tag_key(name) for name in tags])
        with self._read() as conn:
            return search_page(_raw(conn), compiled, highlighter(parsed), order, limit, offset)

    def check_search_index(self) -> list[str]:
        """Problems with the full-text index and the date keys (empty if all is well).

        FTS5's ``integrity-check`` with rank 1 compares the index with the
        clips table itself, so a clip changed behind the triggers' back shows.
        """
        problems: list[str] = []
        with self._read() as conn:
            try:
                conn.exec_driver_sql(
                    "INSERT INTO clips_fts (clips_fts, rank) VALUES ('integrity-check', 1)"
                )
            except DBAPIError as exc:
                problems.append(f"the search index does not match the clips ({exc.orig})")
            stale = conn.execute(
                text(
                    "SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id "
                    "WHERE ct.date_key IS NOT c.date_key "
                    "OR ct.published_key IS NOT c.published_key"
                )
            ).scalar_one()
            if stale:
                problems.append(f"{stale} tag links have a stale date key")
            miscounted = conn.execute(
                text(
                    "SELECT count(*) FROM tags WHERE clip_count IS NOT "
                    "(SELECT count(*) FROM clip_tags WHERE tag_id = tags.id)"
                )
            ).scalar_one()
            if miscounted:
                problems.append(f"{miscounted} tags have a wrong clip count")
        return problems

    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index, the tag timeline keys and the tag counts."""
        with self._write() as conn:
            conn.exec_driver_sql("INSERT INTO clips_fts (clips_fts) VALUES ('rebuild')")
            conn.exec_driver_sql(
                "UPDATE clip_tags SET (date_key, published_key) = "
                "(SELECT date_key, published_key FROM clips WHERE id = clip_id)"
            )
            conn.exec_driver_sql(
                "UPDATE tags SET clip_count = "
                "(SELECT count(*) FROM clip_tags WHERE tag_id = tags.id)"
            )

    def optimize_search_index(self) -> None:
        """Merge the index into one segment: faster searches after a big import."""
        with self._write() as conn:
            conn.exec_driver_sql("INSERT INTO clips_fts (clips_fts) VALUES ('optimize')")

    def bulk_insert(self, items: Iterable[NewClip], *, batch_size: int = 1000) -> list[int]:
        """Store a stream of clips in batches of :meth:`add_many`; return their ids in order.

        For imports and benchmarks too big for one list or one transaction
        (each batch is one).  A clip whose URL is already known gives the id
        of the clip that has it.
        """
        ids: list[int] = []
        batch: list[NewClip] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                ids.extend(clip_id for clip_id, _created in self.add_many(batch))
                batch = []
        if batch:
            ids.extend(clip_id for clip_id, _created in self.add_many(batch))
        return ids

    def update_clip(
        self, clip_id: int, *, title: str | None = None, note: str | None = None
    ) -> Clip:
        """Change a clip's title and/or note."""
        changes: dict[str, str] = {}
        if title is not None:
            cleaned = " ".join(title.split())
            if not cleaned:
                raise CuttingsError("a clip's title cannot be empty")
            changes["title"] = cleaned
        if note is not None:
            changes["note"] = note
        with self._write() as conn:
            self._require(conn, clip_id)
            if changes:
                assignments = ", ".join(f"{column} = :{column}" for column in changes)
                conn.execute(
                    text(f"UPDATE clips SET {assignments}, updated_at = :now WHERE id = :id"),
                    {**changes, "now": format_utc(datetime.now(UTC)), "id": clip_id},
                )
            return self._get(conn, clip_id, with_body=False)

    def delete(self, clip_ids: Sequence[int]) -> list[Clip]:
        """Delete clips and return them whole, so that :meth:`restore` can undo it."""
        if not clip_ids:
            return []
        with self._write() as conn:
            clips = [self._get(conn, clip_id, with_body=True) for clip_id in clip_ids]
            conn.execute(
                text("DELETE FROM clips WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(clip_ids)},
            )
            return clips

    def restore(self, clips: Sequence[Clip]) -> list[int]:
        """Put deleted clips back with their ids, dates, tags and notes; return their ids.

        Another process may have written meanwhile (the CLI while the window
        offers Undo): a clip whose id now belongs to a new clip comes back
        under a new id, and a clip whose article was clipped again is not
        duplicated: the clip there gets its tags, and its note if it has none.
        Either way nothing deleted is lost.
        """
        ids: list[int] = []
        with self._write() as conn:
            for clip in clips:
                existing = self._find_id(conn, clip.canonical_url, canonical_url(clip.url))
                if existing is not None:
                    conn.execute(
                        text("UPDATE clips SET note = :note WHERE id = :id AND note = ''"),
                        {"note": clip.note, "id": existing},
                    )
                    self._link_tags(conn, [existing], list(clip.tags))
                    ids.append(existing)
                    continue
                taken = conn.execute(
                    text("SELECT 1 FROM clips WHERE id = :id"), {"id": clip.id}
                ).scalar()
                row = ClipRow(
                    id=None if taken else clip.id,
                    url=clip.url,
                    url_key=canonical_url(clip.url),
                    canonical_url=clip.canonical_url,
                    title=clip.title,
                    site_name=clip.site_name,
                    source=clip.source,
                    author=clip.author,
                    published_at=clip.published_at,
                    published_utc=published_sort_key(clip.published_at),
                    language=clip.language,
                    lead_image=clip.lead_image,
                    excerpt=clip.excerpt,
                    html=clip.html or "",
                    text=clip.text or "",
                    word_count=clip.word_count,
                    note=clip.note,
                    clipped_at=format_utc(clip.clipped_at),
                    updated_at=format_utc(clip.updated_at),
                )
                with Session(bind=conn) as session:
                    session.add(row)
                    session.flush()
                    clip_id = row.id
                assert clip_id is not None
                self._link_tags(conn, [clip_id], list(clip.tags))
                ids.append(clip_id)
        return ids

    # -- tags ----------------------------------------------------------------

    def tags(self) -> list[TagCount]:
        """Every tag with the number of clips carrying it, by name."""
        with self._read() as conn:
            rows = _raw(conn).execute("SELECT name, clip_count FROM tags ORDER BY key").fetchall()
        return [TagCount(name, int(count)) for name, count in rows]

    def add_tags(self, clip_ids: Sequence[int], names: Iterable[str]) -> None:
        tag_names = [normalize_tag(name) for name in names]
        with self._write() as conn:
            for clip_id in clip_ids:
                self._require(conn, clip_id)
            self._link_tags(conn, clip_ids, tag_names)

    def remove_tags(self, clip_ids: Sequence[int], names: Iterable[str]) -> None:
        tag_names = [normalize_tag(name) for name in names]
        with self._write() as conn:
            conn.execute(
                text(
                    "DELETE FROM clip_tags WHERE clip_id IN :ids AND tag_id IN "
                    "(SELECT id FROM tags WHERE key IN :keys)"
                ).bindparams(bindparam("ids", expanding=True), bindparam("keys", expanding=True)),
                {"ids": list(clip_ids), "keys": [tag_key(name) for name in tag_names]},
            )

    def set_tags(self, clip_id: int, names: Iterable[str]) -> None:
        """Make ``names`` the exact tags of a clip."""
        tag_names = [normalize_tag(name) for name in names]
        with self._write() as conn:
            self._require(conn, clip_id)
            conn.execute(text("DELETE FROM clip_tags WHERE clip_id = :id"), {"id": clip_id})
            self._link_tags(conn, [clip_id], tag_names)

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag; renaming onto an existing tag merges the two."""
        new_name = normalize_tag(new)
        with self._write() as conn:
            old_id = self._tag_id(conn, old)
            target_id = conn.execute(
                text("SELECT id FROM tags WHERE key = :key"), {"key": tag_key(new_name)}
            ).scalar()
            if target_id is None or target_id == old_id:
                conn.execute(
                    text("UPDATE tags SET name = :name, key = :key WHERE id = :id"),
                    {"name": new_name, "key": tag_key(new_name), "id": old_id},
                )
            else:
                self._merge_into(conn, [old_id], target_id)

    def merge_tags(self, sources: Iterable[str], target: str) -> None:
        """Give every clip tagged with one of ``sources`` the tag ``target``; drop ``sources``."""
        target_name = normalize_tag(target)
        with self._write() as conn:
            source_ids = [self._tag_id(conn, name) for name in sources]
            target_id = self._ensure_tags(conn, [target_name])[0]
            self._merge_into(conn, [i for i in source_ids if i != target_id], target_id)

    def delete_tag(self, name: str) -> None:
        """Remove a tag from every clip (the clips stay)."""
        with self._write() as conn:
            tag_id = self._tag_id(conn, name)
            conn.execute(text("DELETE FROM tags WHERE id = :id"), {"id": tag_id})

    # -- maintenance -------------------------------------------------------------

    def backup(self, target: Path | str) -> BackupResult:
        """Write a consistent, verified copy of the library to ``target``.

        Safe while this or another process writes.  ``target`` may be a
        folder (the file gets a dated name).  Raises :class:`LibraryError`
        for the library itself, a file that is not a backup, or a failed
        write; an earlier file at ``target`` then stays as it was.
        """
        return backup_file(self.path, Path(target))

    def check(self) -> CheckReport:
        """Look for damage: SQLite's integrity and foreign-key checks, the search index.

        Problems are reported, never repaired.  A damaged file makes this
        ``Library`` refuse writes (:class:`LibraryDamagedError`) from then on;
        a file found sound lifts that refusal (a search index out of step
        with the clips is no damage to the file: rebuilding it is a write).
        Raises :class:`LibraryError` only when the file cannot be read at all.
        """
        results = check_file(self.path)
        file_ok = all(result.ok for result in results)
        if file_ok:
            results.append(self._check_search_index_result())
            self._damage = ""
        else:
            results.append(CheckResult("search index", skipped="the file is damaged"))
            problems = [f"{r.name}: {p}" for r in results for p in r.problems]
            self._damage = self._damage or "; ".join(problems[:3])
        return CheckReport(self.path, tuple(results))

    def _check_search_index_result(self) -> CheckResult:
        try:
            return CheckResult("search index", tuple(self.check_search_index()))
        except LibraryError as exc:
            return CheckResult("search index", (str(exc),))

    # -- helpers ---------------------------------------------------------------

    @staticmethod
    def _find_id(conn: Connection, *keys: str) -> int | None:
        """The clip known by any of these canonical URLs, as clipped or as declared."""
        found = conn.execute(
            text(
                "SELECT id FROM clips WHERE canonical_url IN :keys "
                "UNION ALL SELECT id FROM clips WHERE url_key IN :keys LIMIT 1"
            ).bindparams(bindparam("keys", expanding=True)),
            {"keys": list(dict.fromkeys(keys))},
        ).scalar()
        return None if found is None else int(found)

    @staticmethod
    def _require(conn: Connection, clip_id: int) -> None:
        found = conn.execute(text("SELECT 1 FROM clips WHERE id = :id"), {"id": clip_id}).scalar()
        if found is None:
            raise NotFoundError(f"no clip with id {clip_id}")

    def _get(self, conn: Connection, clip_id: int, *, with_body: bool) -> Clip:
        columns = CLIP_SUMMARY_COLUMNS + (", html, text" if with_body else "")
        row = conn.execute(
            text(f"SELECT {columns} FROM clips WHERE id = :id"), {"id": clip_id}
        ).one_or_none()
        if row is None:
            raise NotFoundError(f"no clip with id {clip_id}")
        return self._with_tags(conn, [row], with_body=with_body)[0]

    @staticmethod
    def _with_tags(
        conn: Connection, rows: Sequence[Row[Any]], *, with_body: bool = False
    ) -> list[Clip]:
        if not rows:
            return []
        ids = [row.id for row in rows]
        tag_rows = conn.execute(
            text(
                "SELECT ct.clip_id, t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE ct.clip_id IN :ids ORDER BY t.key"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids},
        ).all()
        tags: dict[int, list[str]] = {}
        for clip_id, name in tag_rows:
            tags.setdefault(clip_id, []).append(name)
        return [
            clip_from_row(row, tuple(tags.get(row.id, ())), with_body=with_body) for row in rows
        ]

    @staticmethod
    def _ensure_tags(conn: Connection, names: Sequence[str]) -> list[int]:
        ids = []
        for name in names:
            key = tag_key(name)
            conn.execute(
                text(
                    "INSERT INTO tags (name, key) VALUES (:name, :key) ON CONFLICT (key) DO NOTHING"
                ),
                {"name": name, "key": key},
            )
            ids.append(
                int(
                    conn.execute(
                        text("SELECT id FROM tags WHERE key = :key"), {"key": key}
                    ).scalar_one()
                )
            )
        return ids

    def _link_tags(self, conn: Connection, clip_ids: Sequence[int], names: Sequence[str]) -> None:
        if not names or not clip_ids:
            return
        tag_ids = self._ensure_tags(conn, names)
        conn.execute(
            text("INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) VALUES (:clip, :tag)"),
            [{"clip": clip_id, "tag": tag_id} for clip_id in clip_ids for tag_id in tag_ids],
        )

    @staticmethod
    def _tag_id(conn: Connection, name: str) -> int:
        found = conn.execute(
            text("SELECT id FROM tags WHERE key = :key"), {"key": tag_key(name)}
        ).scalar()
        if found is None:
            raise NotFoundError(f"no tag named {name!r}")
        return int(found)

    @staticmethod
    def _merge_into(conn: Connection, source_ids: Sequence[int], target_id: int) -> None:
        if not source_ids:
            return
        params = {"sources": list(source_ids), "target": target_id}
        conn.execute(
            text(
                "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) "
                "SELECT clip_id, :target FROM clip_tags WHERE tag_id IN :sources"
            ).bindparams(bindparam("sources", expanding=True)),
            params,
        )
        conn.execute(
            text("DELETE FROM tags WHERE id IN :sources").bindparams(
                bindparam("sources", expanding=True)
            ),
            params,
        )

    # -- bulk import and export (porting) -----------------------------------
    #
    # Kept apart on purpose: imports (cuttings.core.importers) write thousands
    # of clips in a few transactions and exports (cuttings.core.exporters)
    # read bodies a page at a time.

    def add_many(self, entries: Sequence[NewClip]) -> list[tuple[int, bool]]:
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
            return []
        tag_lists = [[normalize_tag(name) for name in entry.tags] for entry in entries]
        now = format_utc(datetime.now(UTC))
        results: list[tuple[int, bool]] = []
        tag_ids: dict[str, int] = {}
        links: list[tuple[int, int, int]] = []
        with self._write() as conn:
            # The driver's connection, inside the same transaction: SQLAlchemy's
            # per-statement overhead is most of the cost of a bulk import.
            db = _raw(conn)
            first_new = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM clips").fetchone()[0])
            triggers = db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'clips' AND name = 'clips_fts_insert'"
            ).fetchall()
            for name, _sql in triggers:
                db.execute(f'DROP TRIGGER "{name}"')
            for entry, names in zip(entries, tag_lists, strict=True):
                values = _new_clip_values(entry, now)
                existing = db.execute(_FIND_CLIP_SQL, values).fetchone()
                if existing is not None:
                    results.append((int(existing[0]), False))
                    continue
                clip_id = int(db.execute(_INSERT_CLIP_SQL, values).fetchone()[0])
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
            for _name, sql in triggers:
                db.execute(sql)
        return results

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

    # -- GUI support ---------------------------------------------------------------
    # Small read methods the desktop window needs; kept apart from the API above.

    def change_stamp(self) -> tuple[int, int, str, int, int, int]:
        """A cheap fingerprint of the library's contents.

        It changes when any process adds, deletes or edits a clip or its tags,
        so the window can notice writes made by the command line meanwhile.
        """
        with self._read() as conn:
            row = conn.execute(
                text(
                    "SELECT count(*), coalesce(max(id), 0), "
                    "coalesce((SELECT max(updated_at) FROM clips), ''), "
                    "(SELECT count(*) FROM clip_tags), (SELECT count(*) FROM tags), "
                    "(SELECT coalesce(sum(length(name)), 0) FROM tags) FROM clips"
                )
            ).one()
        count, max_id, updated, links, tags, names = row
        return (int(count), int(max_id), str(updated), int(links), int(tags), int(names))

    # -- the timeline as a list of ids (see cuttings.core.timeline) ---------------------

    def timeline_list(self, query: TimelineQuery) -> TimelineList:
        """The ids of every clip ``query`` shows, in order, with the day of each."""
        with self._read() as conn:
            return timeline_list(_raw(conn), query)

    def timeline_rows(self, clip_ids: Sequence[int]) -> dict[int, Clip]:
        """Clips without their bodies, by id (for the rows a view shows)."""
        with self._read() as conn:
            return timeline_rows(_raw(conn), clip_ids)

    def timeline_snippets(self, clip_ids: Sequence[int], query: TimelineQuery) -> dict[int, str]:
        """Search extracts of these clips for ``query`` (none if it is not a search)."""
        marker = search_marker(query)
        if marker is None or not clip_ids:
            return {}
        with self._read() as conn:
            return timeline_snippets(_raw(conn), clip_ids, marker)

    def common_tags(self, clip_ids: Sequence[int]) -> list[str]:
        """The tags every one of these clips carries, by name (any number of ids)."""
        wanted = sorted(set(clip_ids))
        if not wanted:
            return []
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    "SELECT t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
                    "WHERE ct.clip_id IN (SELECT value FROM json_each(?)) "
                    "GROUP BY t.id HAVING count(*) = ? ORDER BY t.key",
                    (json.dumps(wanted), len(wanted)),
                )
                .fetchall()
            )
        return [str(name) for (name,) in rows]

    def list_position(self, query: TimelineQuery, clip: Clip) -> int:
        """How many clips come before ``clip`` in the plain timeline of ``query``."""
        with self._read() as conn:
            return list_position(_raw(conn), query, clip)


_INSERT_CLIP_SQL = (
    "INSERT INTO clips (url, url_key, canonical_url, title, site_name, source, author, "
    "published_at, published_utc, language, lead_image, excerpt, html, text, word_count, note, "
    "clipped_at, "
    "updated_at) VALUES (:url, :url_key, :canonical_url, :title, :site_name, :source, :author, "
    ":published_at, :published_utc, :language, :lead_image, :excerpt, :html, :text, "
    ":word_count, :note, :clipped_at, :updated_at) RETURNING id"
)
# As _find_id: by declared canonical URL, or by the canonical form of the clipped URL.
_FIND_CLIP_SQL = (
    "SELECT id FROM clips WHERE canonical_url IN (:canonical_url, :url_key) "
    "UNION ALL SELECT id FROM clips WHERE url_key IN (:canonical_url, :url_key) LIMIT 1"
)


def _fetched_values(article: Article) -> dict[str, Any]:
    """The columns a fetch sets: all but ``canonical_url`` (a clip's identity), note and dates."""
    return {
        "url": article.url,
        "url_key": canonical_url(article.url),
        "title": article.title,
        "site_name": article.site_name,
        "source": article.source,
        "author": article.author,
        "published_at": article.published_at,
        "published_utc": published_sort_key(article.published_at),
        "language": article.language,
        "lead_image": article.lead_image,
        "excerpt": article.excerpt,
        "html": article.html,
        "text": article.text,
        "word_count": article.word_count,
    }


def _new_clip_values(entry: NewClip, now: str) -> dict[str, Any]:
    """Every column of a new clip (as :data:`_INSERT_CLIP_SQL` and ``ClipRow`` take them)."""
    return {
        **_fetched_values(entry.article),
        "canonical_url": entry.article.canonical_url,
        "note": entry.note,
        "clipped_at": format_utc(entry.clipped_at) if entry.clipped_at else now,
        "updated_at": format_utc(entry.updated_at) if entry.updated_at else now,
    }


def _tag_keys(names: Iterable[str]) -> list[str]:
    """The distinct keys of these tag names, sorted (as query plans expect them)."""
    return sorted({tag_key(name) for name in names})


def _raw(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn``, inside the same transaction."""
    db = conn.connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    return db
