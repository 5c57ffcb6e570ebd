"""Ordering search results (newest, oldest, relevance) and narrowing them by tag."""

from datetime import UTC, datetime, timedelta

from cuttings.ui.settings import app_settings
from tests.factories import make_article
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import select_tags, titles

FILLER = "The council met on Tuesday to talk about schools, roads and the river. " * 4


def seed(library) -> None:
    now = datetime.now(UTC)
    stories = [
        ("Rail strikes", f"{FILLER} The budget was mentioned once.", ()),
        ("Budget vote: the budget passes", f"Budget, budget and budget. {FILLER}", ("politics",)),
        ("Old harbour news", f"{FILLER} A budget line for the harbour.", ("politics",)),
        ("Weather", FILLER, ()),
    ]
    for n, (title, text, tags) in enumerate(stories, start=1):
        article = make_article(n, title=title, text=text, html=f"<p>{text}</p>")
        library.add(article, clipped_at=now - timedelta(days=n), tags=tags)


def test_sort_search_results_and_narrow_them_by_tag(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)
    model = window.timeline_model
    assert not window.search_order_box.isEnabled(), "no search, nothing to order"
    assert not window.search_order_actions["relevance"].isEnabled()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, "budget")
    assert window.search_order_box.isEnabled()
    assert window.search_order_actions["relevance"].isEnabled()
    assert titles(window) == ["Rail strikes", "Budget vote: the budget passes", "Old harbour news"]
    assert window.search_order_box.currentData() == "newest"

    with qtbot.waitSignal(model.loaded, timeout=5000):
        window.search_order_actions["relevance"].trigger()  # View → Sort Search Results
    assert titles(window)[0] == "Budget vote: the budget passes"
    assert window.search_order_box.currentData() == "relevance"

    box = window.search_order_box
    with qtbot.waitSignal(model.loaded, timeout=5000):
        box.setCurrentIndex(box.findData("oldest"))
        box.activated.emit(box.currentIndex())  # as a pick from the drop-down
    assert titles(window) == ["Old harbour news", "Budget vote: the budget passes", "Rail strikes"]
    assert window.search_order_actions["oldest"].isChecked()

    # The tag selection narrows the search in the index: an exact count.
    with qtbot.waitSignal(model.loaded, timeout=5000):
        select_tags(window, "politics")
    assert titles(window) == ["Old harbour news", "Budget vote: the budget passes"]
    assert window.count_label.text() == "2 matches for “budget” tagged politics"

    window.save_settings()
    assert app_settings().value("search/order") == "oldest"
