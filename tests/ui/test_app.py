"""Starting the app: first paint, one instance per library, libraries that cannot open."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions, upgrade_pending
from cuttings.core.library import Library
from cuttings.ui.app import FIRST_ROWS_PAINTED, open_library, run
from cuttings.ui.instance import InstanceServer, hand_off
from tests.ui.conftest import fill


def test_quit_after_show_paints_and_exits_zero(qtbot, tmp_path, capsys):
    path = tmp_path / "big.sqlite"
    with Library(path) as lib:
        fill(lib, 300)
    assert run(path, [], quit_after_show=True) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [FIRST_ROWS_PAINTED]  # the benchmarks' clock stops there


def test_a_second_launch_hands_its_urls_to_the_first(qtbot, tmp_path):
    path = tmp_path / "lib.sqlite"
    server = InstanceServer(path)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.urls_received) as received:
            # run() finds the open window and returns without opening another.
            assert run(path, ["https://example.org/a", "https://example.org/b"]) == 0
        assert received.args == [["https://example.org/a", "https://example.org/b"]]
        # Another library is another instance.
        assert not hand_off(tmp_path / "other.sqlite", ["https://example.org/c"])
    finally:
        server.close()


def test_a_stale_socket_does_not_block_the_next_start(tmp_path):
    path = tmp_path / "lib.sqlite"
    first = InstanceServer(path)
    assert first.listen()
    first.close()
    second = InstanceServer(path)
    assert second.listen()
    second.close()


@pytest.mark.parametrize("kind", ["missing-folder", "not-sqlite", "too-new", "read-only"])
def test_a_library_that_cannot_open_asks_for_another(tmp_path, kind):
    if kind == "missing-folder":
        bad = tmp_path / "nowhere" / "lib.sqlite"
    elif kind == "not-sqlite":
        bad = tmp_path / "notes.txt"
        bad.write_text("just some notes")
    elif kind == "too-new":
        bad = tmp_path / "future.sqlite"
        Library(bad).close()
        with sqlite3.connect(bad) as db:
            db.execute("PRAGMA user_version = 999")
    else:
        bad = tmp_path / "ro.sqlite"
        Library(bad).close()
        bad.chmod(0o444)
    asked = []
    good = tmp_path / "good.sqlite"

    def ask(message, path):
        asked.append((message, path))
        return good

    library = open_library(bad, ask)
    assert library is not None and library.path == good
    library.close()
    assert asked[0][1] == bad
    assert asked[0][0]  # a message for the dialog


def test_giving_up_returns_none_without_an_exception(tmp_path):
    assert open_library(tmp_path / "no" / "such.sqlite", lambda message, path: None) is None


def test_open_library_swaps_the_window(qtbot, tmp_path):
    from cuttings.ui.app import AppSession

    first = Library(tmp_path / "one.sqlite")
    fill(first, 2)
    session = AppSession(ask=lambda message, path: None)
    window = session.open(first, [])
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.open_library_requested.emit(tmp_path / "two.sqlite")
    second = session.window
    assert second is not None and second is not window
    qtbot.addWidget(second, before_close_func=lambda w: w.shutdown())
    assert second.library.path == tmp_path / "two.sqlite"
    assert second.timeline_model.rowCount() == 0
    assert not window.isVisible()
    # The second library now answers hand-offs; the first no longer does.
    with qtbot.waitSignal(session.server.urls_received):
        assert hand_off(tmp_path / "two.sqlite", [])
    assert not hand_off(tmp_path / "one.sqlite", [])
    second.close()
    second.library.close()


def test_the_app_icon_is_found(qtbot):
    from cuttings.ui.resources import app_icon

    assert not app_icon().pixmap(32, 32).isNull()


def test_about_box_opens(qtbot, sync_window):
    from PySide6.QtWidgets import QMessageBox

    sync_window.act_about.trigger()
    box = sync_window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "Cuttings" in box.text()
    box.close()


def test_an_upgrade_runs_behind_a_busy_dialog_and_opens_the_library(qtbot, tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:-1]:
        migration(db)
    db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
    db.close()
    shown: list[str] = []

    def look() -> None:  # runs inside the wait, while the upgrade works
        shown.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    QTimer.singleShot(0, look)
    library = open_library(path, lambda _message, _path: None)
    assert library is not None
    try:
        assert shown and "Upgrading the library old.sqlite" in shown[0]
        assert not upgrade_pending(path)
    finally:
        library.close()


def test_the_window_loads_without_the_import_export_pipeline():
    """Opening the window imports neither importers, exporters nor the extractors:
    they cost most of a new process's start-up and wait until first used."""
    code = (
        "import sys, cuttings.cli, cuttings.ui.app\n"
        "heavy = ['cuttings.core.importers', 'cuttings.core.exporters', 'trafilatura',"
        " 'feedparser', 'cuttings.core.extract']\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "app")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
