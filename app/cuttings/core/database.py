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

from cuttings.core.errors import (
    LibraryAccessError,
    LibraryBusyError,
    LibraryDamagedError,
    LibraryError,
    LibraryFullError,
    LibraryIOError,
    LibraryReadOnlyError,
    LibraryTooNewError,
)
from cuttings.core.migrations import MIGRATIONS, SCHEMA_VERSION
from cuttings.core.partials import commit, describe_kind, partial_file, remove_stale_partials
from cuttings.core.search.scripts import register_segment_function
from cuttings.core.versions.content import content_hash

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


def check_library_path(path: Path) -> None:
    """Raise :class:`LibraryError` unless ``path`` can hold a library."""
    try:
        _check_library_path(path)
    except OSError as exc:
        # A name too long, a folder we may not enter: nothing to open there.
        raise LibraryError(f"cannot use {path} as a library: {exc.strerror}") from None


def _check_library_path(path: Path) -> None:
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
            raise LibraryReadOnlyError(
                f"{path} is read-only: Cuttings needs to write to its library"
            )
    if not _writable(folder):
        raise LibraryReadOnlyError(
            f"the folder {folder} is read-only: Cuttings needs to write there"
        )


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
    register_sql_functions(db)


def register_sql_functions(db: sqlite3.Connection) -> None:
    """The functions the schema's views and triggers call, on a new connection.

    Tests that build an older library migration by migration need them too.
    """
    # The search index's view and triggers call it (migration v4).
    register_segment_function(db)
    # Version 1 of every new clip is hashed by a trigger (migration v7).
    db.create_function("cuttings_content_hash", 3, content_hash, deterministic=True)


def upgrade_pending(path: Path) -> bool:
    """Whether opening ``path`` will upgrade it: a Cuttings library of an older schema.

    Reads only, and never raises: opening the library reports any problem.
    The window uses it to run a long upgrade behind a progress dialog.
    """
    try:
        if not path.is_file():
            return False
        uri = f"{path.as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
    except (OSError, ValueError, sqlite3.Error):
        return False
    return 0 < version < SCHEMA_VERSION


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
    except sqlite3.Error as exc:
        error = library_error(path, exc)
        if error is None:
            raise
        raise error from exc


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
            if result_code(exc) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
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


# Result codes (https://sqlite.org/rescode.html) that come from the file, the
# disk or another program rather than from our SQL: the user can act on them.
# Any other code is a bug and stays the exception SQLite raised.
_ENVIRONMENTAL: dict[int, type[LibraryError]] = {
    sqlite3.SQLITE_BUSY: LibraryBusyError,
    sqlite3.SQLITE_LOCKED: LibraryBusyError,
    sqlite3.SQLITE_FULL: LibraryFullError,
    sqlite3.SQLITE_READONLY: LibraryReadOnlyError,
    sqlite3.SQLITE_IOERR: LibraryIOError,
    sqlite3.SQLITE_CORRUPT: LibraryDamagedError,
    sqlite3.SQLITE_NOTADB: LibraryDamagedError,
    sqlite3.SQLITE_CANTOPEN: LibraryAccessError,
    sqlite3.SQLITE_PERM: LibraryAccessError,
}
_DAMAGE = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_READ_FAILURES = frozenset({sqlite3.SQLITE_IOERR_READ, sqlite3.SQLITE_IOERR_SHORT_READ})


def result_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``exc``, or ``None`` if SQLite did not raise it."""
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    # An extended code keeps its primary code in the low byte.
    return None if code is None else code & 0xFF


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because the file is damaged (or not a database)."""
    return result_code(exc) in _DAMAGE


def library_error(path: Path, exc: sqlite3.Error) -> LibraryError | None:
    """The user-facing error for an SQLite failure on ``path``; ``None`` for a bug."""
    kind = _ENVIRONMENTAL.get(result_code(exc) or 0)
    return None if kind is None else kind(describe_sqlite_error(path, exc))


def describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str:
    """A one-line message for an SQLite failure on ``path``, chosen by its result code."""
    code, extended = result_code(exc), getattr(exc, "sqlite_errorcode", None)
    if code in _DAMAGE:
        return f"{path} is damaged or not a Cuttings library ({exc})"
    if code in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return (
            f"{path} is in use: another program kept it locked for more than "
            f"{BUSY_TIMEOUT_MS // 1000} s; try again"
        )
    if code == sqlite3.SQLITE_FULL:
        return f"cannot write to {path}: the disk is full"
    if extended == sqlite3.SQLITE_READONLY_DBMOVED:
        return f"{path} was moved or deleted while Cuttings had it open: open it again"
    if code == sqlite3.SQLITE_READONLY:
        return f"{path} is read-only: Cuttings needs to write to its library"
    if code == sqlite3.SQLITE_IOERR:
        verb = "read" if extended in _READ_FAILURES else "write to"
        # SQLite says no more when the WAL or its index cannot grow.
        return f"cannot {verb} {path}: disk I/O error (is the disk full, failing or gone?)"
    if code in {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}:
        return f"cannot open {path} ({exc})"
    return f"library error in {path}: {exc}"


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
    """Turn environmental SQLite failures into :class:`LibraryError` subclasses.

    Anything else (a syntax error, a broken constraint, misuse) is a bug: it
    leaves as SQLite raised it, for the caller's bug handler to log with its
    traceback, instead of being shown to the user as a library problem.
    """
    try:
        yield
    except DBAPIError as exc:
        error = library_error(path, exc.orig) if isinstance(exc.orig, sqlite3.Error) else None
        if error is None:
            raise
        raise error from exc
    except sqlite3.Error as exc:
        error = library_error(path, exc)
        if error is None:
            raise
        raise error from exc
