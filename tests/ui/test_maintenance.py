"""File → Back Up Library… and Tools → Check Library, through the real window."""

import contextlib
import sqlite3
from datetime import date

from cuttings.ui.porting import paths
from tests.ui.conftest import fill, open_window


def test_back_up_the_library(qtbot, library, monkeypatch, tmp_path):
    fill(library, 3)
    window = open_window(qtbot, library)
    suggested = []
    target = tmp_path / "backups" / "copy.sqlite"
    target.parent.mkdir()

    def ask(_parent, path):
        suggested.append(path)
        return target

    monkeypatch.setattr(paths, "ask_backup_path", ask)
    with qtbot.waitSignal(window.maintenance.backed_up, timeout=10_000) as blocker:
        window.act_backup.trigger()
    assert suggested[0].name == f"cuttings-backup-{date.today().isoformat()}.sqlite"
    assert blocker.args[0].clips == 3
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM clips").fetchone()[0] == 3
    assert "Backed up 3 clips" in window.statusBar().currentMessage()


def test_a_failed_backup_says_why(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "ask_backup_path", lambda _p, _s: tmp_path / "no" / "such.sqlite")
    with qtbot.waitSignal(window.maintenance.failed, timeout=10_000):
        window.act_backup.trigger()
    box = window.maintenance.box
    assert box is not None and box.isVisible()
    assert box.text() == "The library could not be backed up."
    assert box.informativeText()
    box.close()


def test_check_a_healthy_library(qtbot, library):
    fill(library, 2)
    window = open_window(qtbot, library)
    with qtbot.waitSignal(window.maintenance.checked, timeout=10_000) as blocker:
        window.act_check.trigger()
    assert blocker.args[0].ok
    box = window.maintenance.box
    assert box is not None and box.text() == "Library is healthy."
    box.close()


def test_check_lists_the_problems(qtbot, library):
    fill(library, 2, tags=("energy",))
    with contextlib.closing(sqlite3.connect(library.path)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("INSERT INTO clip_tags (clip_id, tag_id) VALUES (999, 1)")
        db.commit()
    window = open_window(qtbot, library)
    with qtbot.waitSignal(window.maintenance.checked, timeout=10_000) as blocker:
        window.act_check.trigger()
    assert not blocker.args[0].ok
    box = window.maintenance.box
    assert box.text() == "The library has 1 problem."
    assert "foreign keys: a row of clip_tags points to a missing row of clips" in (
        box.informativeText()
    )
    box.close()
