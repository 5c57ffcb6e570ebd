"""A new query shows its first rows before its whole list is read (TimelineModel)."""

from PySide6.QtCore import Qt

from cuttings.core.timeline import TimelineQuery
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineModel
from tests.ui.conftest import fill


def test_the_first_rows_come_first_and_the_rest_is_added_below(qtmodeltester, library):
    fill(library, 2 * BLOCK_SIZE + 30, tags=["x"])
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery(tags=("x",)))
    seen: list[tuple[str, int, int]] = []
    totals: list[int] = []
    model.modelReset.connect(lambda: seen.append(("reset", 0, model.rowCount())))
    model.rowsInserted.connect(lambda _parent, first, last: seen.append(("inserted", first, last)))
    model.total_changed.connect(totals.append)
    model.set_query(TimelineQuery(search="story"))
    # The head (one block) replaced the old rows; the list added the others below it,
    # and the count was said once, when it was known.
    assert seen == [("reset", 0, BLOCK_SIZE), ("inserted", BLOCK_SIZE, 2 * BLOCK_SIZE + 29)]
    assert totals == [2 * BLOCK_SIZE + 30]
    whole = library.timeline_list(TimelineQuery(search="story"))
    rows = (0, BLOCK_SIZE - 1, BLOCK_SIZE, len(whole) - 1)
    assert [model.clip_at(r).id for r in rows] == [whole.ids[r] for r in rows]
    qtmodeltester.check(model)


def test_a_list_in_relevance_order_comes_whole(library):
    fill(library, BLOCK_SIZE + 5)
    model = TimelineModel(library, TaskRunner(synchronous=True))
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda *_args: seen.append("inserted"))
    model.set_query(TimelineQuery(search="story", search_order="relevance"))
    assert seen == ["reset"]
    assert model.rowCount() == BLOCK_SIZE + 5


class SteppedRunner(TaskRunner):
    """Runs each task only when the test says so: the window between head and list."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.waiting: list[tuple[object, object]] = []

    def run(self, fn, *, on_done=None, on_error=None, quick=False):  # type: ignore[override]
        self.waiting.append((fn, on_done))

    def step(self) -> None:
        fn, on_done = self.waiting.pop(0)
        on_done(fn())


def _view_between_head_and_list(qtbot, library):
    from cuttings.ui.timeline.view import TimelineView

    fill(library, 3 * BLOCK_SIZE, tags=["x"])
    runner = SteppedRunner()
    model = TimelineModel(library, runner)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    counting: list[bool] = []
    model.counting.connect(lambda: counting.append(True))
    model.set_query(TimelineQuery(search="story"))
    runner.step()  # the head
    assert counting == [True] and model.is_counting() and model.rowCount() == BLOCK_SIZE
    return view, model, runner


def test_select_all_on_the_head_selects_every_match_once_the_list_is_in(qtbot, library):
    view, model, runner = _view_between_head_and_list(qtbot, library)
    view.selectAll()
    assert view.selected_count() == BLOCK_SIZE
    runner.step()  # the whole list
    assert not model.is_counting()
    assert view.selected_count() == model.total == 3 * BLOCK_SIZE


def test_end_on_the_head_reaches_the_oldest_match_once_the_list_is_in(qtbot, library):
    view, model, runner = _view_between_head_and_list(qtbot, library)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    runner.step()
    assert view.currentIndex().row() == 3 * BLOCK_SIZE - 1


def test_a_wish_on_an_older_query_is_dropped(qtbot, library):
    view, model, runner = _view_between_head_and_list(qtbot, library)
    view.selectAll()
    model.set_query(TimelineQuery(tags=("x",)))  # another query before the list came
    while runner.waiting:
        runner.step()
    assert view.selected_count() == 0
