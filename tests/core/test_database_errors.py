"""SQLite failures sorted by result code: the environment's become library errors, bugs stay bugs.

Each failure is real: SQLite itself refuses the write, the file, or the lock.
"""

import contextlib
import sqlite3

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from cuttings.core.database import translate_errors
from cuttings.core.errors import (
    LibraryAccessError,
    LibraryBusyError,
    LibraryDamagedError,
    LibraryError,
    LibraryFullError,
    LibraryReadOnlyError,
)
from cuttings.core.library import Library
from tests.factories import make_article


def test_a_write_to_a_read_only_connection_is_a_read_only_library(tmp_path):
    path = tmp_path / "library.sqlite"
    Library(path).close()
    with (
        contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db,
        pytest.raises(LibraryReadOnlyError, match="is read-only") as caught,
        translate_errors(path),
    ):
        db.execute("INSERT INTO tags (name, key) VALUES ('a', 'a')")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)


def test_a_file_that_is_not_a_database_is_damaged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    with (
        contextlib.closing(sqlite3.connect(path)) as db,
        pytest.raises(LibraryDamagedError, match="damaged or not a Cuttings library"),
        translate_errors(path),
    ):
        db.execute("SELECT count(*) FROM sqlite_master")


def test_a_library_that_cannot_be_opened(tmp_path):
    path = tmp_path / "missing" / "library.sqlite"
    with pytest.raises(LibraryAccessError, match="cannot open"), translate_errors(path):
        sqlite3.connect(path)


def test_a_full_disk_is_reported_as_such_and_nothing_is_written(library):
    """SQLite's page limit stands in for the disk: the write fails with SQLITE_FULL."""
    library.add(make_article(1))
    with library._engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    library._engine.dispose()
    event.listen(
        library._engine,
        "connect",
        lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count = {pages + 2}"),
    )
    words = " ".join(f"word{i}" for i in range(50_000))
    with pytest.raises(LibraryFullError, match="the disk is full"):
        library.add(make_article(2, html=f"<p>{words}</p>", text=words))
    assert library.count() == 1


def test_a_library_locked_by_another_program_is_busy(tmp_path, monkeypatch):
    # Wait a tenth of a second for the lock, not the usual fifteen.
    monkeypatch.setattr("cuttings.core.database.BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.add(make_article(1))
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # another process writing, for a long time
            with pytest.raises(LibraryBusyError, match="another program kept it locked"):
                lib.add(make_article(2))
            other.execute("ROLLBACK")
        assert lib.add(make_article(2)).created
        assert lib.count() == 2


def test_sql_errors_are_bugs_not_library_errors(library):
    """A typo in our SQL is not something the user can fix: it stays SQLite's error."""
    with pytest.raises(OperationalError) as caught, library._read() as conn:
        conn.exec_driver_sql("SELEC 1")
    assert not isinstance(caught.value, LibraryError)
    with (
        pytest.raises(sqlite3.IntegrityError),
        translate_errors(library.path),
        contextlib.closing(sqlite3.connect(library.path)) as db,
    ):
        db.execute("INSERT INTO tags (id, name, key) VALUES (1, 'a', 'a'), (1, 'b', 'b')")
