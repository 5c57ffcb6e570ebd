"""A new query shows its first rows before its whole list is read (TimelineModel)."""

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
