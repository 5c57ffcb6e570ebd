"""Read helpers added to Library for the desktop window."""

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.core.library import Library, NewClip
from cuttings.core.library.rows import _raw
from tests.factories import make_article

ROOT = Path(__file__).resolve().parents[2]


def test_changed_elsewhere_sees_every_write_by_another_connection(library):
    other = Library(library.path)
    try:
        assert not library.changed_elsewhere()
        clip = other.add(make_article(1)).clip
        assert library.changed_elsewhere()
        assert not library.changed_elsewhere()  # seen once
        assert other.get(clip.id).note == ""  # reading changes nothing
        assert not library.changed_elsewhere()
        # Within the same second as the previous write, and no clip count moves.
        other.update_clip(clip.id, note="a note")
        assert library.changed_elsewhere()
        other.add_tags([clip.id], ["energy"])
        assert library.changed_elsewhere()
        other.rename_tag("energy", "power")
        assert library.changed_elsewhere()
        other.delete([clip.id])
        assert library.changed_elsewhere()
    finally:
        other.close()


def test_own_writes_are_not_changes_elsewhere(library):
    clip = library.add(make_article(1)).clip
    library.update_clip(clip.id, note="mine")
    library.add_tags([clip.id], ["energy"])
    assert not library.changed_elsewhere()


def _big_clips(first: int, count: int = 150) -> list[NewClip]:
    """Clips enough to overflow SQLite's page cache (2 MB): it spills them to the WAL."""
    words = " ".join(f"word{n}" for n in range(4000))
    return [
        NewClip(make_article(n, text=words, html=f"<p>{words}</p>"))
        for n in range(first, first + count)
    ]


def _checkpoint_everything(library: Library) -> None:
    """Copy the whole WAL back, as an automatic checkpoint does: the next write restarts it."""
    with contextlib.closing(sqlite3.connect(library.path)) as other:
        busy, frames, copied = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and frames == copied


def _spill(db: sqlite3.Connection) -> None:
    """Write 4 MB inside the caller's transaction: more than the page cache holds."""
    db.execute("CREATE TABLE scratch (data BLOB)")
    db.executemany("INSERT INTO scratch VALUES (?)", [(bytes(4000),)] * 1000)


def test_a_big_own_write_after_a_checkpoint_is_not_a_change_elsewhere(library):
    # The write restarts the WAL halfway (the first page it spills), which moves
    # the data version before our commit does.
    library.add_many(_big_clips(1, 5))
    assert not library.changed_elsewhere()
    _checkpoint_everything(library)
    added = library.add_many(_big_clips(10))
    library.add_tags(added.ids, ["bulk"])
    assert not library.changed_elsewhere()


def test_no_change_elsewhere_is_reported_while_an_own_write_is_open(library):
    library.add_many(_big_clips(1, 5))
    _checkpoint_everything(library)
    with library._write() as conn:
        _spill(_raw(conn))
        assert not library.changed_elsewhere()  # the WAL restarted: ours
        _raw(conn).execute("DROP TABLE scratch")
    assert not library.changed_elsewhere()


def test_a_big_own_write_rolled_back_is_not_a_change_elsewhere(library):
    library.add_many(_big_clips(1, 5))
    _checkpoint_everything(library)
    with pytest.raises(RuntimeError), library._write() as conn:
        _spill(_raw(conn))
        raise RuntimeError("the write failed halfway")
    assert not library.changed_elsewhere()


def test_a_failed_version_read_after_a_write_does_not_stop_change_detection(library, monkeypatch):
    clip = library.add(make_article(1)).clip
    reads = {"count": 0}
    read_version = library._data_version

    def failing_second_read() -> int:  # the one after the commit
        reads["count"] += 1
        if reads["count"] == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return read_version()

    monkeypatch.setattr(library, "_data_version", failing_second_read)
    with pytest.raises(sqlite3.OperationalError):
        library.update_clip(clip.id, note="mine")
    assert library.get(clip.id).note == "mine"  # committed before the read failed
    other = Library(library.path)
    try:
        other.update_clip(clip.id, note="outside")
    finally:
        other.close()
    assert library.changed_elsewhere()


def test_a_write_elsewhere_before_a_big_own_write_is_still_noticed(library):
    clip = library.add(make_article(1)).clip
    _checkpoint_everything(library)
    other = Library(library.path)
    try:
        other.update_clip(clip.id, note="outside")
    finally:
        other.close()
    library.add_many(_big_clips(10))
    assert library.changed_elsewhere()
    assert not library.changed_elsewhere()


def test_another_process_writing_in_the_same_second_is_noticed(library):
    clip = library.add(make_article(1)).clip
    assert not library.changed_elsewhere()
    script = (
        "import sys; from cuttings.core.library import Library;"
        "lib = Library(sys.argv[1]); lib.update_clip(int(sys.argv[2]), note='outside')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "app")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(library.path), str(clip.id)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert library.changed_elsewhere()
    assert library.get(clip.id).note == "outside"
