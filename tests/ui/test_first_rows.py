"""What the window leaves until its first rows are painted: the sidebar's counts, the
press reviews (their reads and updates delayed those rows)."""

import threading

from PySide6.QtCore import Qt

from cuttings.ui.mainwindow import MainWindow
from cuttings.ui.tags.model import TagRole
from cuttings.ui.tasks import TaskRunner
from tests.ui.conftest import fill


def test_the_sidebar_fills_once_the_first_rows_are_painted(qtbot, library):
    fill(library, 3, tags=["politica"])
    window = MainWindow(library, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    # Built and its list read (synchronously), but nothing painted: no tags asked for.
    assert window.timeline_model.has_loaded()
    assert window.sidebar.tag_model.names() == []
    # Not counted yet: no number rather than a wrong "0" beside "All clips" or "Unread".
    assert window.sidebar.tag_model.index(0).data(TagRole.COUNT) is None
    unread = window.states.places.place_model.index(0)
    assert unread.data(TagRole.COUNT) is None
    assert unread.data(Qt.ItemDataRole.AccessibleTextRole) == unread.data()
    assert window.reviews.list.isHidden() and window.reviews.label.isHidden()
    window.show()
    qtbot.waitUntil(window.timeline.has_painted)
    qtbot.waitUntil(lambda: window.sidebar.tag_model.names() == ["politica"])
    assert window.tag_completer.model().stringList() == ["politica"]
    assert window.sidebar.tag_model.index(0).data(TagRole.COUNT) == 3
    qtbot.waitUntil(lambda: unread.data(TagRole.COUNT) == 3)


def test_a_closed_window_starts_nothing_after_its_first_rows(qtbot, library):
    window = MainWindow(library, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    started: list[bool] = []
    window.after_first_rows(lambda: started.append(True), fallback_ms=0)
    window.shutdown()
    qtbot.wait(20)
    assert started == []


def test_the_first_rows_count_as_painted_while_the_rest_of_the_list_loads(
    qtbot, library, monkeypatch
):
    fill(library, 3)
    whole_list = threading.Event()
    read_list = library.timeline_list

    def slow_list(query):
        whole_list.wait(10)  # the list of "the" at 100,000 clips: 100-200 ms
        return read_list(query)

    monkeypatch.setattr(library, "timeline_list", slow_list)
    window = MainWindow(library, runner=TaskRunner())
    qtbot.addWidget(window, before_close_func=lambda w: (whole_list.set(), w.shutdown()))
    window.show()
    with qtbot.waitSignal(window.first_rows_painted, timeout=5000):
        pass
    assert window.timeline_model.is_loading() and window.timeline_model.rowCount() == 3
    whole_list.set()
    qtbot.waitUntil(lambda: not window.timeline_model.is_loading())
