"""GUI test fixtures: isolated settings, a real library, the real main window."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cuttings.core.library import Library
from cuttings.ui.mainwindow import MainWindow
from cuttings.ui.tasks import TaskRunner
from tests.factories import make_article

ARTICLE = "site/portale-manovra.html"
ARTICLE_TITLE = "Manovra, via libera del governo: trenta miliardi per famiglie e imprese"


def pytest_collection_modifyitems(items):
    # The offscreen platform warns that it cannot pass size hints to, or raise a
    # window through, a window manager it does not have: nothing about our code.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "This plugin does not support propagateSizeHints",
                    "This plugin does not support raise",
                )
            )


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


def fill(library: Library, count: int, *, start: datetime | None = None, tags=()) -> None:
    """``count`` clips, one every six hours going back from ``start``."""
    start = start or datetime.now(UTC)
    for n in range(1, count + 1):
        library.add(make_article(n), clipped_at=start - timedelta(hours=6 * (n - 1)), tags=tags)


def open_window(qtbot, library: Library, *, synchronous: bool = False) -> MainWindow:
    window = MainWindow(library, runner=TaskRunner(synchronous=synchronous))
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    # Called after the window's own (the sidebar's tags and counts), in that order.
    settled: list[bool] = []
    window.after_first_rows(lambda: settled.append(True))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # The timeline's list loads in the background, and the sidebar after the first
    # rows: tests start once both are in.
    qtbot.waitUntil(window.timeline_model.has_loaded)
    qtbot.waitUntil(lambda: bool(settled) and not window.runner.pending())
    return window


@pytest.fixture
def window(qtbot, library):
    """The real window with real background threads."""
    return open_window(qtbot, library)


@pytest.fixture
def sync_window(qtbot, library):
    """The real window whose background work runs synchronously (same helper)."""
    return open_window(qtbot, library, synchronous=True)


@pytest.fixture(autouse=True, scope="session")
def english_translations(qapp):
    """The window's English, as the app installs it: its plural forms ("1 clip", "2 clips")."""
    from cuttings.ui import i18n

    assert i18n.install("en") == "en"
    yield
