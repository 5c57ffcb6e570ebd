"""Opening a library file safely: checks, pragmas, migrations, backups.

Modelled on qutebrowser's ``misc/sql.py``: the schema version lives in
``PRAGMA user_version``, the journal is WAL, and a library written by a newer
Cuttings is refused rather than touched.  Nothing here ever rewrites or
"repairs" a file it does not understand.
"""

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from cuttings.core.errors import LibraryDamagedError, LibraryError, LibraryTooNewError
from cuttings.core.migrations import MIGRATIONS, SCHEMA_VERSION
from cuttings.core.partials import commit, describe_kind, partial_file, remove_stale_partials

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


def check_library_path(path: Path) -> None:
    """Raise :class:`LibraryError` unless ``path`` can hold a library."""
    folder = path.parent
    if not folder.is_dir():
        raise LibraryError(f"the folder {folder} does not exist")
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file")
    if path.exists() and not path.is_file():
        # A FIFO would block the open below for ever; a device is never a library.
        raise LibraryError(f"{path} is {describe_kind(path.stat().st_mode)}, not a library file")
    if path.exists():
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise LibraryError(f"cannot read {path}: {exc.strerror}") from None
        if header and header != SQLITE_HEADER:
            raise LibraryError(f"{path} is not a Cuttings library (not an SQLite database)")
        if not _writable(path):
            raise LibraryError(f"{path} is read-only: Cuttings needs to write to its library")
    if not _writable(folder):
        raise LibraryError(f"the folder {folder} is read-only: Cuttings needs to write there")


def _writable(path: Path) -> bool:
    """Whether we may write ``path``: allowed, and not marked read-only.

    Root may write anything, but a library (or folder) with no write bit was
    made read-only on purpose (an archive, a copy on a share): honour it.
    """
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with our pragmas, in autocommit mode."""
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    _apply_pragmas(db)
    return db


def _apply_pragmas(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # FULL, not WAL's usual NORMAL: NORMAL survives a crashed process but may
    # lose the last commits to a power cut, and a clip reported as saved must
    # stay saved.  One fsync per commit is nothing next to a page download;
    # bulk writers batch many clips in one transaction.
    db.execute("PRAGMA synchronous = FULL")


def migrate(path: Path) -> None:
    """Bring the library at ``path`` to :data:`SCHEMA_VERSION`, creating it if needed."""
    existed = path.exists() and path.stat().st_size > 0
    try:
        with contextlib.closing(connect(path)) as db:
            # Read the version before anything that writes (the journal mode
            # lives in the file header): a newer library stays byte for byte.
            # One statement, one snapshot: another process may be creating
            # the library right now.
            version, objects = db.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master)"
            ).fetchone()
            if version == 0 and objects:
                # Tables but no version: another program's database, never ours.
                raise LibraryError(
                    f"{path} is not a Cuttings library (an SQLite database of another program)"
                )
            if version > SCHEMA_VERSION:
                raise LibraryTooNewError(
                    f"{path} was written by a newer version of Cuttings (schema {version}; "
                    f"this version knows up to {SCHEMA_VERSION}): please update Cuttings"
                )
            mode = _use_wal(db)
            if mode.lower() != "wal":
                log.warning("library %s is in %s journal mode", path, mode)
            if version == SCHEMA_VERSION:
                return
            if existed and version > 0:
                backup = backup_path_for(path, version)
                backup_to(db, backup)
                log.info("backed up %s to %s before upgrading it", path, backup)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                _run_migration(db, target)
    except sqlite3.DatabaseError as exc:
        raise library_error(path, exc) from exc


def _use_wal(db: sqlite3.Connection) -> str:
    """Switch to WAL (a no-op once it is); return the journal mode now in use.

    Switching needs an exclusive lock, and SQLite answers "database is locked"
    at once, without the busy timeout, while another process switches the same
    new library: wait for it here as the busy timeout would.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _run_migration(db: sqlite3.Connection, target: int) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        # Another process (the window and the CLI started together) may have
        # run this migration while we waited for the lock.
        if db.execute("PRAGMA user_version").fetchone()[0] >= target:
            db.execute("ROLLBACK")
            return
        # executescript() would commit our transaction first; run statements one by one.
        MIGRATIONS[target - 1](_TransactionalScript(db))  # type: ignore[arg-type]
        db.execute(f"PRAGMA user_version = {target}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class _TransactionalScript:
    """Lets a migration call ``executescript`` without leaving the transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def executescript(self, script: str) -> None:
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self._db.execute(statement)
                statement = ""
        if statement.strip():
            raise ValueError(f"incomplete SQL statement in migration: {statement!r}")

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, parameters)


def backup_path_for(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def backup_to(db: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``db`` to ``target`` with SQLite's backup API.

    Written through a partial file (see :mod:`cuttings.core.partials`): two
    processes upgrading one library at once both back it up, and the partial
    of an upgrade that was killed is removed by the next one.
    """
    remove_stale_partials(target.parent, target.name)
    try:
        with partial_file(target) as partial:
            with contextlib.closing(sqlite3.connect(partial)) as out:
                db.backup(out)
            # On disk before the upgrade starts changing the library.
            commit(partial, target)
    except OSError as exc:
        # A full disk fails the backup, and so the upgrade; the partial is gone.
        raise LibraryError(
            f"cannot write the backup {target} before upgrading the library: {exc.strerror or exc}"
        ) from None


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because the file is damaged (or not a database)."""
    message = str(exc)
    return "malformed" in message or "not a database" in message or "corrupt" in message


def library_error(path: Path, exc: sqlite3.Error) -> LibraryError:
    """The :class:`LibraryError` for an SQLite failure on the library at ``path``."""
    kind = LibraryDamagedError if is_damage(exc) else LibraryError
    return kind(describe_sqlite_error(path, exc))


def describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str:
    message = str(exc)
    if "not a database" in message or "malformed" in message:
        return f"{path} is damaged or not a Cuttings library ({message})"
    if "readonly" in message or "read-only" in message:
        return f"{path} is read-only: Cuttings needs to write to its library"
    if "disk is full" in message:
        return f"cannot write to {path}: the disk is full"
    if "disk I/O error" in message:
        # SQLite says no more when the WAL or its index cannot grow.
        return f"cannot write to {path}: disk I/O error (is the disk full, failing or gone?)"
    if "unable to open" in message:
        return f"cannot open {path} ({message})"
    return f"library error in {path}: {message}"


def open_library_engine(path: Path) -> Engine:
    """Check, migrate and open the library at ``path``; raise :class:`LibraryError`."""
    path = path.expanduser().absolute()
    check_library_path(path)
    migrate(path)
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
        # implicit transactions would start deferred ones too late).
        dbapi_connection.isolation_level = None
        _apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that upgrades
        # to a write fails at once with SQLITE_BUSY instead of waiting.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite failures during normal use into :class:`LibraryError`."""
    try:
        yield
    except DBAPIError as exc:
        original = exc.orig if isinstance(exc.orig, sqlite3.Error) else sqlite3.Error(str(exc))
        raise library_error(path, original) from exc
    except sqlite3.Error as exc:
        raise library_error(path, exc) from exc
