"""A library's connections (read, write, damage), change detection and row helpers."""

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Row, bindparam, text

from cuttings.core.database import connect, open_library_engine, translate_errors
from cuttings.core.errors import LibraryDamagedError, NotFoundError
from cuttings.core.models import (
    CLIP_SUMMARY_COLUMNS,
    Clip,
    ClipState,
    clip_from_row,
)
from cuttings.core.search.compile import tag_key
from cuttings.core.states import states_of


class LibraryStore:
    """One library file: its connections, its damage flag and its change detection.

    The base of the :class:`~cuttings.core.library.Library` facade; the
    helpers at the end read and write rows inside a caller's transaction.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().absolute()
        self._engine = open_library_engine(self.path)
        # Set once the file is known to be damaged: from then on this session
        # writes nothing more to it (a write may make the damage worse).
        self._damage = ""
        # A connection kept only to ask SQLite whether the file changed
        # (PRAGMA data_version: microseconds, whatever the library's size).
        with translate_errors(self.path):
            self._watch = connect(self.path)
        self._watch_lock = threading.Lock()
        self._seen_version = self._data_version()
        self._writing = 0  # own write transactions open (under _watch_lock)

    def close(self) -> None:
        self._engine.dispose()
        self._watch.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

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
        ):
            with self._watch_lock:
                self._writing += 1
            start = None
            try:
                with conn.begin():
                    # Under the write lock: no other commit can come until ours.
                    start = self._data_version()
                    yield conn
            finally:
                self._own_write_ended(start)

    @contextlib.contextmanager
    def _noting_damage(self) -> Iterator[None]:
        try:
            yield
        except LibraryDamagedError as exc:
            self._damage = self._damage or str(exc)
            raise

    def _data_version(self) -> int:
        with self._watch_lock:
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def _own_write_ended(self, start: int | None) -> None:
        """Count what our write transaction did as seen, unless a foreign commit came before it.

        ``start`` is the version read first thing inside the transaction.  The
        version moves *during* a large write, not only at its commit: once a
        checkpoint has copied the whole WAL back, the first page the
        transaction spills restarts the WAL, and the other connections see
        its header change (a rolled-back write moves it too).  If ``start`` is
        the version last seen, nothing foreign came before, and everything up
        to the version read now is ours; meanwhile :meth:`changed_elsewhere`
        answered no (no one else could commit).
        """
        after = None
        try:
            after = self._data_version()
        finally:  # whatever happens, the write is over
            with self._watch_lock:
                self._writing -= 1
                if after is not None and start == self._seen_version:
                    self._seen_version = after

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another process) wrote since the last call.

        Writes through this ``Library`` do not count: their callers know what
        they changed.  One ``PRAGMA data_version`` on a kept connection: well
        under a millisecond at any size, and it sees a commit made in the same
        second.  (A commit by another process in the microseconds between one
        of ours and the version read after it is taken as ours.)  While one of
        our writes is open the answer waits: see :meth:`_own_write_ended`.
        """
        now = self._data_version()
        with self._watch_lock:
            if self._writing:
                return False
            changed, self._seen_version = now != self._seen_version, now
        return changed

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
        db = conn.connection.driver_connection
        assert isinstance(db, sqlite3.Connection)
        states = states_of(db, ids)
        return [
            clip_from_row(
                row,
                tuple(tags.get(row.id, ())),
                with_body=with_body,
                state=states.get(row.id, ClipState()),
            )
            for row in rows
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
