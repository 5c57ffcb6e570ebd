"""Backing up a library and checking it for damage.

Both work on the file with plain ``sqlite3`` connections, beside the
:class:`~cuttings.core.library.Library` engine, and return plain data; a
failure the user can act on is a :class:`LibraryError`.  :class:`Library`
exposes them as :meth:`~cuttings.core.library.Library.backup` and
:meth:`~cuttings.core.library.Library.check`.

A backup is written with SQLite's online backup API in one step, so it is a
consistent snapshot even while another process writes (WAL readers do not
block writers), then verified, then moved into place atomically: a crash or a
full disk never leaves a half-written file under the backup's name, and an
earlier backup of that name survives any failure.
"""

import contextlib
import fnmatch
import os
import sqlite3
import stat
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cuttings.core.database import SQLITE_HEADER, connect, describe_sqlite_error, is_damage
from cuttings.core.errors import CuttingsError, LibraryError
from cuttings.core.migrations import SCHEMA_VERSION
from cuttings.core.partials import (
    PartialError,
    check_target,
    commit,
    describe_kind,
    partial_file,
    remove_stale_partials,
)

# integrity_check stops after this many problems: enough to say what is wrong.
MAX_REPORTED_PROBLEMS = 20


class OperationCancelledError(CuttingsError):
    """A backup or check was cancelled: nothing was written, nothing was found."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written: where, how many clips it holds, its size in bytes."""

    path: Path
    clips: int
    size: int


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: ``name`` ("integrity", "foreign keys", "search index") and its findings."""

    name: str
    problems: tuple[str, ...] = ()
    skipped: str = ""  # why the check did not run, when it did not

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What :meth:`Library.check` found; ``ok`` when no check found a problem."""

    path: Path
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(result.ok for result in self.results)

    @property
    def problems(self) -> list[str]:
        """Every problem as one line, prefixed with the check that found it."""
        return [
            f"{result.name}: {problem}" for result in self.results for problem in result.problems
        ]


# -- checks -----------------------------------------------------------------------


def check_file(path: Path, cancel: threading.Event | None = None) -> list[CheckResult]:
    """SQLite's integrity and foreign-key checks on the library at ``path``.

    Damage is reported, not raised: a page so broken that SQLite stops the
    check with "malformed" is itself the finding.  Only a file that cannot
    be read at all raises :class:`LibraryError`.  Setting ``cancel`` stops
    it with :class:`OperationCancelledError`.
    """
    try:
        with contextlib.closing(connect(path)) as db:
            if cancel is not None:
                # A check of a big library takes a while: Ctrl-C interrupts it.
                db.set_progress_handler(cancel.is_set, 10_000)
            return [_integrity(db), _foreign_keys(db)]
    except sqlite3.DatabaseError as exc:
        if cancel is not None and cancel.is_set():
            raise OperationCancelledError("the check was cancelled") from None
        if is_damage(exc):
            return [CheckResult("integrity", (str(exc),))]
        raise LibraryError(describe_sqlite_error(path, exc)) from exc


def _integrity(db: sqlite3.Connection) -> CheckResult:
    try:
        rows = db.execute(f"PRAGMA integrity_check({MAX_REPORTED_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return CheckResult("integrity", (str(exc),))
    return CheckResult("integrity", _problem_lines(row[0] for row in rows))


def _problem_lines(rows: Iterable[str]) -> tuple[str, ...]:
    """integrity_check's rows as one problem per line, without its "ok" and headers."""
    lines = (line.strip() for row in rows for line in str(row).splitlines())
    return tuple(line for line in lines if line and line != "ok" and not line.startswith("***"))


def _foreign_keys(db: sqlite3.Connection) -> CheckResult:
    try:
        rows = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return CheckResult("foreign keys", (str(exc),))
    problems = tuple(
        # Tables WITHOUT ROWID (clip_tags) report no row id.
        f"{'a row' if rowid is None else f'row {rowid}'} of {table} points to a missing "
        f"row of {parent}"
        for table, rowid, parent, _fkid in rows[:MAX_REPORTED_PROBLEMS]
    )
    return CheckResult("foreign keys", problems)


# -- backups ----------------------------------------------------------------------

# Written into every backup (and only there): which library it copies.  The
# backup stays a library that opens as it is; the table only lets a later
# backup recognise it as a file it may replace.
MARKER_TABLE = "cuttings_backup"
CANCELLED = "the backup was cancelled; nothing was written"
_JOURNALS = ("-wal", "-shm", "-journal")
ELSEWHERE = "choose another file or remove it"


def backup_target(library: Path, target: Path) -> Path:
    """Where a backup asked for at ``target`` goes; raise if it may not be written.

    A folder gets a dated file name.  Only a new name, an empty file or an
    earlier backup of this same library (see :func:`check_replaceable`) may
    be written: never the library itself (or its WAL files, or a link to
    it), a FIFO, a device or anything else.
    """
    target = target.expanduser().absolute()
    if target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = target / f"{library.stem}-backup-{stamp}{library.suffix or '.sqlite'}"
    library = library.resolve()
    forbidden = {library, *(library.with_name(library.name + s) for s in _JOURNALS)}
    if target.resolve() in forbidden or (target.exists() and _same_file(target, library)):
        raise LibraryError(f"{target} is the library itself: choose another file for the backup")
    try:
        check_target(target, "the backup")
    except PartialError as exc:
        raise LibraryError(str(exc)) from None
    check_replaceable(library, target)
    return target


def check_replaceable(library: Path, target: Path) -> None:
    """Raise unless ``target`` is absent, empty, or a Cuttings backup of ``library``.

    A backup of this library is a Cuttings library (a schema version this
    Cuttings knows) holding the :data:`MARKER_TABLE` row that names this
    library's path.  It is read as it is on disk (``immutable``): a stale
    journal beside it is neither trusted nor replayed here.
    """
    try:
        if target.stat().st_size == 0:
            return
        with target.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryError(f"cannot read {target}: {exc.strerror or exc}") from None
    refuse = f"{target} exists and is not a backup of this library"
    if header != SQLITE_HEADER:
        raise LibraryError(f"{refuse} (not an SQLite database): {ELSEWHERE}")
    uri = f"{target.as_uri()}?immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            marked = (
                [row[0] for row in db.execute(f"SELECT library FROM {MARKER_TABLE}")]
                if MARKER_TABLE in tables
                else []
            )
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{refuse} (it cannot be read: {exc}): {ELSEWHERE}") from None
    if version == 0 or "clips" not in tables:
        raise LibraryError(f"{refuse} (an SQLite database of another program): {ELSEWHERE}")
    if version > SCHEMA_VERSION or not marked:
        raise LibraryError(f"{refuse} (it is a Cuttings library, not a backup): {ELSEWHERE}")
    if marked != [str(library.resolve())]:
        raise LibraryError(f"{refuse} (it is a backup of {marked[0]}): {ELSEWHERE}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def backup_file(library: Path, target: Path, cancel: threading.Event | None = None) -> BackupResult:
    """Write a verified, consistent copy of ``library`` to ``target`` atomically.

    ``cancel`` stops it (:class:`OperationCancelledError`) before the copy is
    moved into place; the target is then untouched.
    """
    target = backup_target(library, target)
    cancel = cancel or threading.Event()
    remove_stale_partials(target.parent, _partial_pattern(library, target))
    try:
        with partial_file(target) as partial:
            # The copy is as private as the library (mkstemp makes it owner-only).
            os.chmod(partial, library.stat().st_mode & 0o777)
            try:
                clips = _copy(library, partial, cancel)
            except sqlite3.Error as exc:
                if cancel.is_set():
                    raise OperationCancelledError(CANCELLED) from None
                raise LibraryError(_describe_backup_error(library, partial, target, exc)) from exc
            if cancel.is_set():
                raise OperationCancelledError(CANCELLED)
            # Checked again just before the rename: the target may have changed meanwhile.
            check_replaceable(library, target)
            _clear_journals(target)
            commit(partial, target)
    except PartialError as exc:
        raise LibraryError(f"cannot write the backup: {exc}") from None
    except OSError as exc:
        raise LibraryError(f"cannot write the backup {target}: {exc.strerror or exc}") from exc
    return BackupResult(target, clips, target.stat().st_size)


def _partial_pattern(library: Path, target: Path) -> str:
    """The target names whose partials this backup may clean: its own, and dated ones."""
    dated = f"{library.stem}-backup-*{library.suffix or '.sqlite'}"
    return dated if fnmatch.fnmatchcase(target.name, dated) else target.name


def _copy(library: Path, partial: Path, cancel: threading.Event) -> int:
    """Copy ``library`` into the empty file ``partial``, marked; return its clip count."""
    with (
        contextlib.closing(connect(library)) as source,
        contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as out,
    ):
        if cancel.is_set():
            raise OperationCancelledError(CANCELLED)
        # One step (pages=-1): the copy is a snapshot of one moment, and a
        # write by another process cannot restart it half-way.
        source.backup(out, pages=-1)
        # Checking a big copy takes a while: Ctrl-C interrupts it.
        out.set_progress_handler(cancel.is_set, 10_000)
        # A backup is one self-contained file: no -wal beside it.
        out.execute("PRAGMA journal_mode = DELETE")
        problems = _problem_lines(row[0] for row in out.execute("PRAGMA quick_check"))
        if problems:
            raise LibraryError(
                f"the library {library} is damaged, so the backup was not written "
                f"({problems[0]}); run `cuttings check`"
            )
        out.execute("BEGIN")
        out.execute(f"DROP TABLE IF EXISTS {MARKER_TABLE}")
        out.execute(f"CREATE TABLE {MARKER_TABLE} (library TEXT NOT NULL, made_at TEXT NOT NULL)")
        out.execute(
            f"INSERT INTO {MARKER_TABLE} VALUES (?, ?)",
            (str(library.resolve()), datetime.now(UTC).isoformat(timespec="seconds")),
        )
        out.execute("COMMIT")
        return int(out.execute("SELECT count(*) FROM clips").fetchone()[0])


def _clear_journals(target: Path) -> None:
    """Leave no journal beside ``target`` that SQLite would replay onto the new backup.

    An earlier backup still open somewhere (the window, another program)
    holds a lock: it is refused, never replaced under its reader.  A journal
    of a backup nobody has open, or one left without its database, is stale.
    """
    if target.exists():
        try:
            with contextlib.closing(sqlite3.connect(target, timeout=0, isolation_level=None)) as db:
                db.execute("PRAGMA journal_mode = DELETE")
                db.execute("BEGIN EXCLUSIVE")
                db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LibraryError(
                    f"{target} is in use by another program (is it open in Cuttings?): "
                    "close it or choose another file"
                ) from None
            if not is_damage(exc):
                raise LibraryError(f"cannot replace the earlier backup {target}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise LibraryError(f"cannot replace the earlier backup {target}: {exc}") from None
            # A journal from another database replayed onto our earlier backup:
            # that file is about to be replaced, and its journal goes below.
    for suffix in _JOURNALS:
        journal = target.with_name(target.name + suffix)
        try:
            mode = journal.lstat().st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(mode):
            raise LibraryError(f"{journal} is {describe_kind(mode)}: {ELSEWHERE}")
        journal.unlink()


def _describe_backup_error(library: Path, partial: Path, target: Path, exc: sqlite3.Error) -> str:
    message = str(exc)
    if "disk is full" in message or "disk I/O error" in message:
        return f"cannot write the backup {target}: the disk is full or failing ({message})"
    if "malformed" in message or "not a database" in message:
        return f"the library {library} is damaged, so the backup was not written ({message})"
    return describe_sqlite_error(library, exc).replace(str(partial), str(target))
