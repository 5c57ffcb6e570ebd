"""Painting the timeline never waits for the database, and rows drawn from a kept layout
look as a fresh paint would (TimelineModel, ClipDelegate, TimelineView)."""

import threading

from PySide6.QtGui import QImage

from cuttings.core.timeline import TimelineQuery
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineModel, TimelineRole
from cuttings.ui.timeline.view import TimelineView
from tests.ui.conftest import fill


class RowReads:
    """Counts ``Library.timeline_rows`` calls by thread; can hold a worker's read back."""

    def __init__(self, library, monkeypatch) -> None:
        self.read = library.timeline_rows
        self.on_gui: list[list[int]] = []
        self.in_background: list[list[int]] = []
        self.hold = False  # the next background read waits for ``release``, its rows read
        self.read_done = threading.Event()
        self.release = threading.Event()
        monkeypatch.setattr(library, "timeline_rows", self)

    def __call__(self, clip_ids):
        gui = threading.current_thread() is threading.main_thread()

        (self.on_gui if gui else self.in_background).append(list(clip_ids))
        clips = self.read(clip_ids)
        if not gui and self.hold:
            self.hold = False
            self.read_done.set()
            self.release.wait(5)
        return clips


def loaded_model(qtbot, library, runner) -> TimelineModel:
    model = TimelineModel(library, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(TimelineQuery())
    return model


def shown_view(qtbot, model, width=600, height=400) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def painted(view: TimelineView) -> QImage:
    return view.viewport().grab().toImage()


def fresh_paint(qtbot, model, width: int) -> QImage:
    """The rows as a new view (nothing laid out yet) paints them."""
    view = shown_view(qtbot, model, width=width)
    image = painted(view)
    view.close()
    return image


def test_painting_rows_not_read_reads_them_in_the_background(qtbot, library, monkeypatch):
    fill(library, 3 * BLOCK_SIZE)
    runner = TaskRunner()
    model = loaded_model(qtbot, library, runner)
    view = shown_view(qtbot, model)
    reads = RowReads(library, monkeypatch)
    last = model.index(model.rowCount() - 1)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        view.scrollTo(last)
        painted(view)
        # Painted blank (day headers aside), asked for once, off the GUI thread.
        assert view.itemDelegate().blank_rows > 0
        assert reads.on_gui == []
    assert len(reads.in_background) == 1
    assert last.data(TimelineRole.CLIP_ID) in reads.in_background[0]
    # The arrival repaints them, filled.
    qtbot.waitUntil(lambda: view.itemDelegate().blank_rows == 0, timeout=5000)
    # Callers other than painting still get their answer at once.
    assert model.index(BLOCK_SIZE + 1).data() is not None
    assert len(reads.on_gui) == 1
    runner.shutdown()


def test_the_next_block_is_read_ahead_as_rows_near_its_end_are_painted(library, monkeypatch):
    fill(library, 3 * BLOCK_SIZE)
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery())
    reads = RowReads(library, monkeypatch)
    assert model.index(1).data(TimelineRole.ROW_TEXTS) is not None  # the head came with its clips
    assert reads.on_gui == []
    model.index(BLOCK_SIZE - 10).data(TimelineRole.ROW_TEXTS)
    second = [model.index(r).data(TimelineRole.CLIP_ID) for r in range(BLOCK_SIZE, 2 * BLOCK_SIZE)]
    assert reads.on_gui == [second]
    model.clip_at(BLOCK_SIZE + 5)  # already there
    assert len(reads.on_gui) == 1


def test_a_block_read_before_the_list_was_read_again_is_dropped(qtbot, library, monkeypatch):
    fill(library, 3 * BLOCK_SIZE)
    runner = TaskRunner()
    model = loaded_model(qtbot, library, runner)
    reads = RowReads(library, monkeypatch)
    last = model.rowCount() - 1
    clip_id = model.index(last).data(TimelineRole.CLIP_ID)
    reads.hold = True
    assert model.index(last).data(TimelineRole.ROW_TEXTS) is None
    assert reads.read_done.wait(5)  # read, not yet delivered
    library.update_clip(clip_id, title="Renamed")
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()  # as after a big change: the same rows, their clips read again
    reads.release.set()
    qtbot.waitUntil(lambda: not runner.pending(), timeout=5000)
    assert model.index(last).data() == "Renamed"
    runner.shutdown()


def test_rows_painted_from_kept_layouts_match_a_fresh_paint(qtbot, library):
    fill(library, 5, tags=["energy"])
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery())
    view = shown_view(qtbot, model)
    before = painted(view)

    # A new title (a new version of the clip), then a new width, are laid out again.
    first = model.clip_at(0)
    title = "A title long enough to be cut short at either width, " * 3
    model.apply_change(library.update_clip(first.id, title=title).change)
    renamed = painted(view)
    assert renamed != before
    assert renamed == fresh_paint(qtbot, model, 600)
    view.resize(450, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 450)
    narrower = painted(view)
    assert narrower == fresh_paint(qtbot, model, 450)


def test_the_next_page_is_laid_out_while_idle(qtbot, library):
    fill(library, 2 * BLOCK_SIZE)
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery())
    view = shown_view(qtbot, model)
    delegate = view.itemDelegate()
    painted(view)
    below = view.rowAt(view.viewport().height() - 1) + 2
    width, font = view.columnWidth(0), view.font()
    qtbot.wait(100)  # idle turns of the event loop
    # Laid out already: nothing left to do when Page Down shows them.
    for row in range(below, below + 3):
        assert not delegate.lay_out_ahead(model.index(row, 0), width, font)
    assert delegate.lay_out_ahead(model.index(2 * BLOCK_SIZE - 1, 0), width, font)  # far off


def test_a_row_showing_the_same_keeps_its_layout_and_a_snippet_redoes_its_last_line(qtbot, library):
    fill(library, 5)
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery())
    view = shown_view(qtbot, model)
    painted(view)
    delegate, width, font = view.itemDelegate(), view.columnWidth(0), view.font()
    model.refresh()  # the same rows read again: other clip objects, the same texts
    assert not delegate.lay_out_ahead(model.index(0, 0), width, font)
    model.set_query(TimelineQuery(search="body"))
    searched = painted(view)
    assert model.index(0).data(TimelineRole.SNIPPET) == "<b>Body</b> of story 1."
    assert searched == fresh_paint(qtbot, model, 600)
