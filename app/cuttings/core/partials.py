"""Files written under a temporary name and renamed into place when complete.

Exports, backups, migration backups and import reports are written to
``.NAME.XXXXXXXX.partial`` beside their target (``XXXXXXXX`` is random) and
renamed when complete, so a crash never leaves a half-written file under the
real name.  A process killed mid-write leaves its partial behind: the next run
of the same command removes it with :func:`remove_stale_partials`.

A partial is ours when its name has exactly that shape; it is stale when no
process is writing it.  The writer holds an exclusive ``flock`` on the file
for as long as it writes (POSIX: the kernel drops it when the writer dies, so
a killed writer's file is unlocked), and on Windows an open file cannot be
deleted: either way a partial in use by another export is never removed.
"""

import contextlib
import fnmatch
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cuttings.core.errors import CuttingsError

SUFFIX = ".partial"
# mkstemp's random part: 8 characters of this alphabet.
# Opening a FIFO someone named like a partial must not block.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_PARTIAL = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.partial(?P<journal>-journal)?")


class PartialError(CuttingsError):
    """A partial file could not be created or moved into place."""


def check_target(path: Path, what: str) -> None:
    """Raise unless ``path`` is a regular file or a new name in an existing folder.

    ``what`` names the file in the message ("the backup", "the export").  A
    FIFO, a device, a socket or a folder is refused before anything opens
    it: opening a FIFO blocks for ever, and renaming over ``/dev/null``
    would replace the device itself.
    """
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise PartialError(f"cannot write {what} to {path}: {exc.strerror or exc}") from None
    if mode is None:
        if path.is_symlink():
            raise PartialError(f"{path} is a broken symbolic link: give another file for {what}")
        if not path.parent.is_dir():
            raise PartialError(f"cannot write {what}: the folder {path.parent} does not exist")
    elif not stat.S_ISREG(mode):
        raise PartialError(
            f"{path} is {describe_kind(mode)}, not a regular file: give another file for {what}"
        )


def describe_kind(mode: int) -> str:
    """What a non-regular file is, for a message: "a folder", "a FIFO (named pipe)"…"""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


@contextlib.contextmanager
def partial_file(target: Path) -> Iterator[Path]:
    """A new, locked, empty partial beside ``target``; removed on exit unless renamed.

    The caller writes the file and renames it to ``target`` (see
    :func:`commit`) inside the ``with``; the lock is held until the end.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=SUFFIX, dir=target.parent)
    except OSError as exc:
        raise PartialError(f"cannot write in {target.parent}: {exc.strerror or exc}") from None
    partial = Path(name)
    try:
        _lock(fd)
        yield partial
    finally:
        # Remove before unlocking: another run must never see it unlocked but present.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.close(fd)


def commit(partial: Path, target: Path, *, durable: bool = True) -> None:
    """Move the complete ``partial`` to ``target`` (atomic rename).

    ``durable`` also makes it survive a power cut (fsync of the file and its
    folder); a Markdown export of thousands of files skips that cost.
    """
    if durable:
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    os.replace(partial, target)
    if durable:
        fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    # So that a rename survives a power cut (POSIX; folders cannot be opened on Windows).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, name_pattern: str) -> list[Path]:
    """Remove our partials in ``folder`` for targets named like ``name_pattern`` (a glob).

    Only files of our name shape, regular, and not being written by a live
    process are removed (with a rollback journal SQLite left beside them).
    Returns what was removed; a folder that cannot be listed removes nothing.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL.fullmatch(entry.name)
        if match is None or not fnmatch.fnmatchcase(match["name"], name_pattern):
            continue
        path = Path(entry.path)
        if match["journal"]:
            # SQLite's journal of a partial: stale once its partial is gone.
            if not path.with_name(entry.name.removesuffix("-journal")).exists():
                _remove_regular(path, removed)
            continue
        if _remove_if_unlocked(path, removed):
            journal = path.with_name(entry.name + "-journal")
            _remove_regular(journal, removed)
    return removed


def _remove_if_unlocked(path: Path, removed: list[Path]) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode) or not _try_lock(fd):
            return False
        try:
            path.unlink()
        except OSError:  # Windows: open elsewhere, so in use
            return False
        removed.append(path)
        return True
    finally:
        os.close(fd)


def _remove_regular(path: Path, removed: list[Path]) -> None:
    with contextlib.suppress(OSError):
        if stat.S_ISREG(path.lstat().st_mode):
            path.unlink()
            removed.append(path)


if sys.platform == "win32":

    def _lock(fd: int) -> None:
        pass  # an open file cannot be deleted on Windows: being open is the lock

    def _try_lock(fd: int) -> bool:
        return True

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
