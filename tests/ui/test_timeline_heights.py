"""The rows that begin a day are sized tall a slice at a time, and whenever rows' places count."""

from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.changes import LibraryChange
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline import heights
from cuttings.ui.timeline.model import TimelineModel
from cuttings.ui.timeline.view import TimelineView
from tests.factories import make_article
from tests.ui.conftest import fill

START = datetime(2025, 2, 10, 12, tzinfo=UTC)
CLIPS = 100  # every six hours: 25 days or so, a row beginning each


@pytest.fixture
def view(qtbot, library, monkeypatch):
    monkeypatch.setattr(heights, "SLICE", 2)
    fill(library, CLIPS, start=START)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    model = TimelineModel(library, TaskRunner(synchronous=True), view)
    view.setModel(model)
    view.show()
    model.set_query(TimelineQuery())
    return view


def tall_rows(view):
    plain = min(view.rowHeight(r) for r in range(view.model().rowCount()))
    return [r for r in range(view.model().rowCount()) if view.rowHeight(r) > plain]


def test_the_first_rows_are_sized_at_once_and_the_rest_a_slice_a_turn(qtbot, view):
    wanted = view.timeline_model().header_rows()
    # A slice each time the list's rows changed (its head, then the whole list): the
    # top of the list, where it is seen, the rest still to come.
    sized = tall_rows(view)
    assert 2 <= len(sized) < len(wanted) and sized == wanted[: len(sized)]
    assert view.day_rows_pending()
    # The first row selected, as when a list arrives: no row above it waits.
    view.select_row(0)
    assert view.day_rows_pending() and tall_rows(view) == sized
    qtbot.waitUntil(lambda: not view.day_rows_pending())
    assert tall_rows(view) == wanted


def test_scrolling_to_a_row_sizes_every_row_first(view):
    model = view.timeline_model()
    last = model.index(model.rowCount() - 1)
    view.scrollTo(last)
    assert not view.day_rows_pending()
    assert tall_rows(view) == model.header_rows()
    assert view.viewport().rect().intersects(view.visualRect(last))


def test_rows_added_and_removed_meanwhile_are_counted_in(qtbot, view, library):
    model = view.timeline_model()
    assert view.day_rows_pending()
    # A clip on a day of its own at the top, then one in the middle of the list.
    newest = library.add(make_article(190), clipped_at=START + timedelta(days=3)).clip
    model.apply_change(LibraryChange.of(added=(newest.id,)))
    middle = library.add(make_article(191), clipped_at=START - timedelta(days=4, hours=1)).clip
    model.apply_change(LibraryChange.of(added=(middle.id,)))
    qtbot.waitUntil(lambda: not view.day_rows_pending())
    assert tall_rows(view) == model.header_rows()
    assert model.header_rows()[0] == 0 and model.row_of(newest.id) == 0
    library.delete([newest.id])
    model.apply_change(LibraryChange.of(removed=(newest.id,)))
    qtbot.waitUntil(lambda: not view.day_rows_pending())
    assert tall_rows(view) == model.header_rows()
