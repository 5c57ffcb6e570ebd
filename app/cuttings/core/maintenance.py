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
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cuttings.core.database import SQLITE_HEADER, connect, describe_sqlite_error, is_damage
from cuttings.core.errors import LibraryError

# integrity_check stops after this many problems: enough to say what is wrong.
MAX_REPORTED_PROBLEMS = 20


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


def check_file(path: Path) -> list[CheckResult]:
    """SQLite's integrity and foreign-key checks on the library at ``path``.

    Damage is reported, not raised: a page so broken that SQLite stops the
    check with "malformed" is itself the finding.  Only a file that cannot
    be read at all raises :class:`LibraryError`.
    """
    try:
        with contextlib.closing(connect(path)) as db:
            return [_integrity(db), _foreign_keys(db)]
    except sqlite3.DatabaseError as exc:
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


def backup_target(library: Path, target: Path) -> Path:
    """Where a backup asked for at ``target`` goes; raise if it may not be written.

    A folder gets a dated file name.  The library itself (or its WAL files),
    and an existing file that is not an SQLite database, are never
    overwritten.
    """
    target = target.expanduser().absolute()
    if target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = target / f"{library.stem}-backup-{stamp}{library.suffix or '.sqlite'}"
    if not target.parent.is_dir():
        raise LibraryError(f"cannot write the backup: the folder {target.parent} does not exist")
    library = library.resolve()
    forbidden = {library, *(library.with_name(library.name + s) for s in ("-wal", "-shm"))}
    if target.resolve() in forbidden or (target.exists() and _same_file(target, library)):
        raise LibraryError(f"{target} is the library itself: choose another file for the backup")
    if target.exists():
        with target.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise LibraryError(
                f"{target} exists and is not a library backup: choose another file or remove it"
            )
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def backup_file(library: Path, target: Path) -> BackupResult:
    """Write a verified, consistent copy of ``library`` to ``target`` atomically."""
    target = backup_target(library, target)
    try:
        fd, partial_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as exc:
        raise LibraryError(f"cannot write the backup in {target.parent}: {exc.strerror}") from None
    os.close(fd)
    partial = Path(partial_name)
    try:
        # The copy is as private as the library (mkstemp makes it owner-only).
        os.chmod(partial, library.stat().st_mode & 0o777)
        clips = _copy(library, partial)
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except sqlite3.Error as exc:
        raise LibraryError(_describe_backup_error(library, partial, target, exc)) from exc
    except OSError as exc:
        raise LibraryError(f"cannot write the backup {target}: {exc.strerror or exc}") from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return BackupResult(target, clips, target.stat().st_size)


def _copy(library: Path, partial: Path) -> int:
    """Copy ``library`` into the empty file ``partial``; return its clip count."""
    with (
        contextlib.closing(connect(library)) as source,
        contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as out,
    ):
        # One step (pages=-1): the copy is a snapshot of one moment, and a
        # write by another process cannot restart it half-way.
        source.backup(out, pages=-1)
        # A backup is one self-contained file: no -wal beside it.
        out.execute("PRAGMA journal_mode = DELETE")
        problems = _problem_lines(row[0] for row in out.execute("PRAGMA quick_check"))
        if problems:
            raise LibraryError(
                f"the library {library} is damaged, so the backup was not written "
                f"({problems[0]}); run `cuttings check`"
            )
        return int(out.execute("SELECT count(*) FROM clips").fetchone()[0])


def _describe_backup_error(library: Path, partial: Path, target: Path, exc: sqlite3.Error) -> str:
    message = str(exc)
    if "disk is full" in message or "disk I/O error" in message:
        return f"cannot write the backup {target}: the disk is full or failing ({message})"
    if "malformed" in message or "not a database" in message:
        return f"the library {library} is damaged, so the backup was not written ({message})"
    return describe_sqlite_error(library, exc).replace(str(partial), str(target))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # So that the rename itself survives a power cut (POSIX; not possible on Windows).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
