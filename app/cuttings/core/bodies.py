"""The bodies of deleted clips, kept for undo in a private temporary database.

Undoing the delete of a Select All over 35,000 clips needs their HTML and
text: hundreds of megabytes as Python strings.  SQLite's private temporary
database (an empty file name) keeps a few pages in memory, spills the rest to
a file it deletes when the connection closes, and gives each body back by
primary key in microseconds.
"""

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from cuttings.core.images.models import LINK_COLUMNS, ORIGINAL_COLUMNS, VERSION_LINK_COLUMNS
from cuttings.core.versions.models import VERSION_STORED_COLUMNS

_VERSION_LIST = ", ".join(VERSION_STORED_COLUMNS)
_MEDIA_TABLES = (
    ("links", LINK_COLUMNS),
    ("originals", ORIGINAL_COLUMNS),
    ("version_links", VERSION_LINK_COLUMNS),
)


class ClipBodies:
    """``(html, text)`` by clip id, outside the library and mostly outside memory."""

    def __init__(self) -> None:
        # Filled on the writer thread, read there again by an undo.
        self._db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self._db.execute("CREATE TABLE bodies (id INTEGER PRIMARY KEY, html TEXT, text TEXT)")
        # The deleted clips' versions, as clip_versions holds them.
        self._db.execute(f"CREATE TABLE versions ({_VERSION_LIST})")
        # A deleted clip's picture links (its versions' too) and original pages, as library rows.
        for table, columns in _MEDIA_TABLES:
            self._db.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
            self._db.execute(f"CREATE INDEX {table}_clip ON {table} (clip_id)")
        self._lock = threading.Lock()

    def put(self, bodies: Iterable[tuple[int, str, str]]) -> None:
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?, ?)", bodies)

    def put_media(self, *rows: Iterable[Sequence[object]]) -> None:
        """Rows of ``clip_images``, ``originals`` and ``version_images`` (the clip id first)."""
        with self._lock:
            for (table, columns), table_rows in zip(_MEDIA_TABLES, rows, strict=True):
                self._db.executemany(_insert(table, columns), table_rows)

    def get_media(self, clip_id: int) -> tuple[list[tuple[object, ...]], ...]:
        """The link, original and version link rows put here for a clip."""
        with self._lock:
            return tuple(
                self._db.execute(
                    f"SELECT * FROM {table} WHERE clip_id = ? ORDER BY rowid", (clip_id,)
                ).fetchall()
                for table, _ in _MEDIA_TABLES
            )

    def get(self, clip_id: int) -> tuple[str, str]:
        """The body of a clip put here (empty if there is none)."""
        with self._lock:
            row = self._db.execute(
                "SELECT html, text FROM bodies WHERE id = ?", (clip_id,)
            ).fetchone()
        return ("", "") if row is None else (str(row[0]), str(row[1]))

    def put_versions(self, rows: Iterable[Sequence[Any]]) -> None:
        """Rows of ``clip_versions`` (:data:`VERSION_STORED_COLUMNS`, in that order)."""
        marks = ", ".join("?" * len(VERSION_STORED_COLUMNS))
        with self._lock:
            self._db.executemany(f"INSERT INTO versions VALUES ({marks})", rows)

    def versions(self, clip_id: int) -> list[tuple[Any, ...]]:
        """The version rows of a clip put here, oldest first."""
        with self._lock:
            return self._db.execute(
                f"SELECT {_VERSION_LIST} FROM versions WHERE clip_id = ? ORDER BY number",
                (clip_id,),
            ).fetchall()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM bodies").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})"
