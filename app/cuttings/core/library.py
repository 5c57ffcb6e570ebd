"""The library service: the one API the command line and the window use.

Every method opens a connection, does one unit of work in one transaction and
returns plain values (:class:`~cuttings.core.models.Clip`,
:class:`~cuttings.core.models.TagCount`); nothing returned is bound to a
session.  Writers take SQLite's write lock up front (``BEGIN IMMEDIATE``) and
wait for it, so the GUI and the CLI can write to one library at the same time.
"""

import contextlib
import html
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Row, bindparam, text
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
    Clip,
    ClipRow,
    TagCount,
    format_utc,
    parse_utc,
    published_sort_key,
)
from cuttings.core.urls import canonical_url

SortOrder = Literal["clipped", "published"]

_SUMMARY_COLUMNS = (
    "id, url, canonical_url, title, site_name, source, author, published_at, clipped_at, "
    "updated_at, language, lead_image, excerpt, word_count, note"
)
_SORT_COLUMNS: dict[str, str] = {
    "clipped": "clipped_at",
    # Clips without a published date sort by when they were clipped.
    "published": "coalesce(published_utc, clipped_at)",
}


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search results.

    ``total`` counts every match, not just this page.  ``snippets`` maps a
    clip id to a short HTML-escaped extract in which matched terms are
    wrapped in ``<b>…</b>``.
    """

    clips: list[Clip]
    total: int
    snippets: dict[int, str]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Library.add` did: ``created`` is false for a known URL."""

    clip: Clip
    created: bool


def tag_key(name: str) -> str:
    """The case-insensitive identity of a tag name."""
    return " ".join(name.split()).casefold()


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
                url=article.url,
                url_key=canonical_url(article.url),
                canonical_url=article.canonical_url,
                title=article.title,
                site_name=article.site_name,
                source=article.source,
                author=article.author,
                published_at=article.published_at,
                published_utc=published_sort_key(article.published_at),
                language=article.language,
                lead_image=article.lead_image,
                excerpt=article.excerpt,
                html=article.html,
                text=article.text,
                word_count=article.word_count,
                note=note,
                clipped_at=format_utc(clipped_at) if clipped_at else now,
                updated_at=now,
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
                    "id": clip_id,
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
                text(f"SELECT {_SUMMARY_COLUMNS} FROM clips WHERE id IN :ids").bindparams(
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
    ) -> list[Clip]:
        """A page of the timeline, newest first by default, optionally only ``tags``."""
        sort = _SORT_COLUMNS[order]
        direction = "DESC" if newest_first else "ASC"
        where, params = self._tag_filter(tags)
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM clips {where} "
            f"ORDER BY {sort} {direction}, id {direction} LIMIT :limit OFFSET :offset"
        )
        with self._read() as conn:
            rows = conn.execute(
                self._expand(text(sql), tags), {**params, "limit": limit, "offset": offset}
            ).all()
            return self._with_tags(conn, rows)

    def count(self, *, tags: Sequence[str] = ()) -> int:
        where, params = self._tag_filter(tags)
        with self._read() as conn:
            value = conn.execute(
                self._expand(text(f"SELECT count(*) FROM clips {where}"), tags), params
            ).scalar_one()
            return int(value)

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> "SearchPage":
        """Clips whose title or text contain every word of ``query``, newest first.

        A plain substring search; the words are bound as parameters, never
        spliced into the SQL.
        """
        words = query.split()
        if not words:
            return SearchPage(self.list_clips(limit=limit, offset=offset), self.count(), {})
        conditions = " AND ".join(
            f"(title LIKE :w{i} ESCAPE '\\' OR text LIKE :w{i} ESCAPE '\\')"
            for i in range(len(words))
        )
        params: dict[str, Any] = {
            f"w{i}": f"%{_escape_like(word)}%" for i, word in enumerate(words)
        }
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM clips WHERE {conditions} "
            "ORDER BY clipped_at DESC, id DESC LIMIT :limit OFFSET :offset"
        )
        with self._read() as conn:
            rows = conn.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
            total = conn.execute(
                text(f"SELECT count(*) FROM clips WHERE {conditions}"), params
            ).scalar_one()
            clips = self._with_tags(conn, rows)
        snippets = {clip.id: html.escape(clip.excerpt) for clip in clips}
        return SearchPage(clips, int(total), snippets)

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
            rows = conn.execute(
                text(
                    "SELECT t.name, (SELECT count(*) FROM clip_tags ct WHERE ct.tag_id = t.id) "
                    "FROM tags t ORDER BY t.key"
                )
            ).all()
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
        # The full-text index comes with schema v2 (branch "search"), which
        # adds Library.check_search_index(); until it is merged there is none.
        checker = getattr(self, "check_search_index", None)
        if checker is None:
            return CheckResult("search index", skipped="this version has no search index")
        try:
            return CheckResult("search index", tuple(checker()))
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
        columns = _SUMMARY_COLUMNS + (", html, text" if with_body else "")
        row = conn.execute(
            text(f"SELECT {columns} FROM clips WHERE id = :id"), {"id": clip_id}
        ).one_or_none()
        if row is None:
            raise NotFoundError(f"no clip with id {clip_id}")
        return self._with_tags(conn, [row])[0]

    @staticmethod
    def _with_tags(conn: Connection, rows: Sequence[Row[Any]]) -> list[Clip]:
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
        return [_clip_from_row(row, tuple(tags.get(row.id, ()))) for row in rows]

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

    @staticmethod
    def _tag_filter(tags: Sequence[str]) -> tuple[str, dict[str, Any]]:
        """A WHERE clause keeping clips that carry every tag in ``tags``."""
        if not tags:
            return "", {}
        keys = sorted({tag_key(name) for name in tags})
        clause = (
            "WHERE id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
            "WHERE t.key IN :tag_keys GROUP BY ct.clip_id "
            f"HAVING count(*) = {len(keys)})"
        )
        return clause, {"tag_keys": keys}

    @staticmethod
    def _expand(statement: Any, tags: Sequence[str]) -> Any:
        return statement.bindparams(bindparam("tag_keys", expanding=True)) if tags else statement

    # -- bulk import and export (porting) -----------------------------------
    #
    # Kept apart on purpose: imports (cuttings.core.importers) write thousands
    # of clips in a few transactions and exports (cuttings.core.exporters)
    # read bodies a page at a time.

    def add_many(self, entries: Sequence["NewClip"]) -> list[tuple[int, bool]]:
        """Store many clips in one transaction: ``(clip id, created)`` for each entry.

        Like :meth:`add`, a known URL (also one repeated within ``entries``)
        is not stored again and gives the id of the clip that has it.
        """
        if not entries:
            return []
        tag_lists = [[normalize_tag(name) for name in entry.tags] for entry in entries]
        now = format_utc(datetime.now(UTC))
        results: list[tuple[int, bool]] = []
        tag_ids: dict[str, int] = {}
        with self._write() as conn:
            # The driver's cursor, inside the same transaction: SQLAlchemy's
            # per-statement overhead is most of the cost of a bulk import.
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            for entry, names in zip(entries, tag_lists, strict=True):
                values = _new_clip_values(entry, now)
                existing = cursor.execute(_FIND_CLIP_SQL, values).fetchone()
                if existing is not None:
                    results.append((int(existing[0]), False))
                    continue
                clip_id = int(cursor.execute(_INSERT_CLIP_SQL, values).fetchone()[0])
                missing = [name for name in names if tag_key(name) not in tag_ids]
                for name, tag_id in zip(missing, self._ensure_tags(conn, missing), strict=True):
                    tag_ids[tag_key(name)] = tag_id
                cursor.executemany(
                    "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) VALUES (?, ?)",
                    [(clip_id, tag_ids[tag_key(name)]) for name in names],
                )
                results.append((clip_id, True))
            cursor.close()
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
                    f"SELECT {_SUMMARY_COLUMNS}, html, text FROM clips WHERE id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": list(clip_ids)},
            ).all()
            clips = {clip.id: clip for clip in self._with_tags(conn, rows)}
        return [clips[clip_id] for clip_id in clip_ids if clip_id in clips]

    # -- GUI support ---------------------------------------------------------------
    # Small read methods the desktop window needs; kept apart from the API above.

    def timeline_position(
        self, before: datetime, *, order: SortOrder = "clipped", tags: Sequence[str] = ()
    ) -> int:
        """The row, in the newest-first timeline, of the first clip dated before ``before``.

        It is the number of clips dated at or after ``before`` (with the same
        order and tag filter as :meth:`list_clips`): "jump to date" scrolls there.
        """
        sort = _SORT_COLUMNS[order]
        where, params = self._tag_filter(tags)
        condition = f"{sort} >= :before"
        where = f"{where} AND {condition}" if where else f"WHERE {condition}"
        with self._read() as conn:
            value = conn.execute(
                self._expand(text(f"SELECT count(*) FROM clips {where}"), tags),
                {**params, "before": format_utc(before)},
            ).scalar_one()
        return int(value)

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


@dataclass(frozen=True, slots=True)
class NewClip:
    """One clip for :meth:`Library.add_many`.

    ``updated_at`` defaults to now; an import of a Cuttings export passes the
    exported one, so that a round trip changes nothing.
    """

    article: Article
    tags: tuple[str, ...] = ()
    clipped_at: datetime | None = None
    updated_at: datetime | None = None
    note: str = ""


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


def _new_clip_values(entry: NewClip, now: str) -> dict[str, Any]:
    article = entry.article
    return {
        "url": article.url,
        "url_key": canonical_url(article.url),
        "canonical_url": article.canonical_url,
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
        "note": entry.note,
        "clipped_at": format_utc(entry.clipped_at) if entry.clipped_at else now,
        "updated_at": format_utc(entry.updated_at) if entry.updated_at else now,
    }


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _clip_from_row(row: Row[Any], tags: tuple[str, ...]) -> Clip:
    mapping = row._mapping
    return Clip(
        id=row.id,
        url=row.url,
        canonical_url=row.canonical_url,
        title=row.title,
        site_name=row.site_name,
        source=row.source,
        author=row.author,
        published_at=row.published_at,
        clipped_at=parse_utc(row.clipped_at),
        updated_at=parse_utc(row.updated_at),
        language=row.language,
        lead_image=row.lead_image,
        excerpt=row.excerpt,
        word_count=row.word_count,
        note=row.note,
        tags=tags,
        html=mapping.get("html"),
        text=mapping.get("text"),
    )
