"""Paper cuts a new user met (issue 17), each reproduced through the real window."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from cuttings.core.importers.items import ImportItem
from cuttings.core.importers.report import ImportReport, ItemOutcome
from cuttings.core.library.rows import NewClip
from cuttings.ui.clipping.dock import activity_summary
from cuttings.ui.clipping.jobs import ClipJob, JobState
from cuttings.ui.porting import paths
from cuttings.ui.porting.import_dialogs import ImportReportDialog
from cuttings.ui.timeline.model import TimelineRole
from cuttings.ui.titledialog import TitleDialog
from tests.factories import make_article
from tests.ui.conftest import ARTICLE, fill, open_window
from tests.ui.test_clipping import jobs_done
from tests.ui.test_mainwindow import seed, select_tags, titles

OTHER_PAGE = (
    "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
    + "<p>The harbour closes for works this winter, the port authority said.</p>" * 8
    + "</article></body></html>"
)


def test_an_unclosed_quote_keeps_the_last_good_results(qtbot, window, library):
    seed(library)
    model = window.timeline_model
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, "solar")
    assert titles(window) == ["Solar farms"]
    # Typing a phrase: the quote is open until its end is typed.
    with qtbot.waitSignal(model.search_failed, timeout=5000):
        qtbot.keyClicks(window.search_field, ' "puglia')
    assert titles(window) == ["Solar farms"], "the last good results stay"
    assert "quotation mark is not closed" in window.count_label.text()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, '"')
    assert titles(window) == ["Solar farms"]
    assert window.count_label.text() == '1 match for “solar "puglia"”'


def test_relevance_order_draws_no_day_headers(qtbot, library):
    now = datetime.now(UTC)
    # More than 2,000 matches in most of the library: bm25 cannot rank them, and the
    # core falls back on dates (plans._ranking_is_noise); ranked or not, no headers.
    library.add_many(
        [
            NewClip(make_article(n, text="budget talks"), clipped_at=now - timedelta(days=n))
            for n in range(1, 2_102)
        ]
    )
    window = open_window(qtbot, library)
    model = window.timeline_model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClicks(window.search_field, "budget")
    assert model.header_rows()[:3] == [0, 1, 2], "newest first: one header a day"
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        window.search_order_actions["relevance"].trigger()
    assert model.header_rows() == []
    assert not any(model.index(r).data(TimelineRole.DAY_HEADER) for r in range(50))
    assert window.timeline.rowHeight(0) == window.timeline.rowHeight(1)
    # Back to a date order: the headers come back.
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        window.search_order_actions["newest"].trigger()
    assert model.header_rows()[:3] == [0, 1, 2]
    assert model.index(0).data(TimelineRole.DAY_HEADER)


def top_row(window):
    return window.timeline.indexAt(window.timeline.viewport().rect().topLeft()).row()


def test_go_to_date_takes_a_typed_date_and_puts_the_day_at_the_top(qtbot, library):
    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    fill(library, 40, start=start)  # four a day: ten days, a few screens
    window = open_window(qtbot, library)
    window.timeline.select_row(0)
    dialog = window.dates.ask()
    field = dialog.findChild(QLineEdit, "date")
    qtbot.waitUntil(field.hasFocus)  # type at once, no click needed
    field.clear()
    qtbot.keyClicks(field, "20 February 2025")
    assert dialog.calendar.selectedDate() == QDate(2025, 2, 20)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.wait(50)  # any layout still to come
    row = window.timeline.currentIndex().row()
    assert window.timeline_model.clip_at(row).clipped_at.astimezone().date() == date(2025, 2, 20)
    # One of the last days of the list: still on top, blank space under the list.
    assert top_row(window) == row


def test_go_to_date_takes_a_typed_year(qtbot, library):
    fill(library, 400, start=datetime(2025, 3, 1, 12, tzinfo=UTC))  # back to November 2024
    window = open_window(qtbot, library, synchronous=True)
    dialog = window.dates.ask()
    field = dialog.findChild(QLineEdit, "date")
    field.clear()
    qtbot.keyClicks(field, "2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    row = window.timeline.currentIndex().row()
    assert window.timeline_model.clip_at(row).clipped_at.astimezone().date() == date(2024, 12, 31)
    assert top_row(window) == row
    # What cannot be read keeps the dialog open, with a word why.
    dialog = window.dates.ask()
    field = dialog.findChild(QLineEdit, "date")
    field.clear()
    qtbot.keyClicks(field, "31/2/2025")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Not a date I can read yet."
    dialog.reject()


def test_merge_tags_preselects_no_target(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.refresh_tags()
    dialog = window.sidebar.ask_merge(["uk"])
    assert dialog.textValue() == ""
    assert dialog.comboBoxItems() == ["energy", "italy"]
    dialog.reject()


def test_renaming_a_tag_keeps_the_sidebar_filter_on_its_new_name(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.refresh_tags()
    select_tags(window, "uk")
    assert titles(window) == ["Rail strike", "Wind auction"]
    dialog = window.sidebar.ask_rename("uk")
    dialog.setTextValue("Britain")
    dialog.accept()
    assert window.sidebar.current_filter() == ("Britain",)
    assert window.sidebar.selected_names() == ("Britain",)
    assert titles(window) == ["Rail strike", "Wind auction"]
    assert window.count_label.text() == "2 clips tagged Britain"


def test_tags_for_new_clips_go_on_the_next_clip_only(qtbot, window, server):
    first, second = server.url(ARTICLE), server.page("other.html", OTHER_PAGE)
    qtbot.keyClicks(window.tags_field, "budget")
    qtbot.keyClicks(window.url_field, first)
    qtbot.keyClick(window.url_field, Qt.Key.Key_Return)
    assert window.tags_field.text() == ""
    qtbot.keyClicks(window.url_field, second)
    qtbot.keyClick(window.url_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: jobs_done(window, 2), timeout=15_000)
    jobs = window.clipper.activity.jobs()
    assert [job.tags for job in jobs] == [("budget",), ()]


def test_the_activity_panel_opens_on_failure_only_with_a_summary(qtbot, window, server):
    dock, shown = window.activity_dock, window.activity_shown
    window.clip_urls([server.url(ARTICLE)])
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert not dock.isVisible()
    assert shown.status_button.text() == "1 clipped"
    window.clip_urls([server.url("nothing-here")])
    qtbot.waitUntil(lambda: jobs_done(window, 2), timeout=15_000)
    assert dock.isVisible(), "a failure needs the person: the panel opens"
    assert window.activity.summary.text() == "1 clipped, 1 failed"
    # Tall enough for several rows, not a sliver.
    view = window.activity.view
    rows = view.viewport().height() / view.sizeHintForRow(0)
    assert rows >= 4, rows
    # Closed by the person, it stays closed for clips that go well.
    dock.hide()
    window.clip_urls([server.url(ARTICLE) + "?again"])
    qtbot.waitUntil(lambda: jobs_done(window, 3), timeout=15_000)
    assert not dock.isVisible()
    shown.status_button.click()
    assert dock.isVisible()


def test_activity_summary_counts_each_state():
    jobs = [ClipJob("a"), ClipJob("b", state=JobState.FETCHING), ClipJob("c", state=JobState.DONE)]
    jobs += [ClipJob("d", state=JobState.FAILED), ClipJob("e", state=JobState.EXISTS)]
    assert activity_summary(jobs) == (
        "Clipping 2 links…, 1 clipped, 1 already in the library, 1 failed"
    )
    assert activity_summary([]) == "Nothing clipped in this session yet."


def test_import_reasons_wrap_between_words(qtbot, tmp_path):
    reason = (
        "the server took too long to answer (over 30 seconds); it may be down or "
        "refusing automated requests from this network"
    )
    report = ImportReport()
    report.record(ItemOutcome(ImportItem(url="https://example.org/a/long/path"), "failed", reason))
    report.record(ItemOutcome(ImportItem(url="javascript:void(0)"), "not_web", "not a web page"))
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the rows' layout
    item = dialog.failures.topLevelItem(0)
    assert item.text(1) == reason and item.toolTip(1) == reason
    line = dialog.failures.fontMetrics().lineSpacing()
    assert dialog.failures.visualItemRect(item).height() >= 2 * line, "wrapped, not cut"
    assert dialog.failures.topLevelItemCount() == 1, "a bookmarklet is no failure"
    assert "Skipped, not web pages (bookmarklets…): 1" in dialog.summary.text()


def test_export_remembers_the_last_format_and_folder(qtbot, library, monkeypatch, tmp_path):
    fill(library, 2)
    window = open_window(qtbot, library)
    folder = tmp_path / "exports"
    folder.mkdir()
    suggestions = []

    def ask(_parent, _format, suggested):
        suggestions.append(suggested)
        return folder / "first.csv"

    monkeypatch.setattr(paths, "ask_export_path", ask)
    window.act_export.trigger()
    dialog = window.exporter.dialog
    assert dialog.format() == "json", "the first format by default"
    dialog.set_choice("all", "csv")
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        dialog.accept()
    window.act_export.trigger()
    dialog = window.exporter.dialog
    assert dialog.format() == "csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        dialog.accept()
    assert suggestions[0].parent == Path.home()
    assert suggestions[1].parent == folder
    assert suggestions[1].suffix == ".csv"


def test_an_empty_title_is_refused_and_the_edit_stays_open(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.select_row(0)
    window.timeline.setFocus()
    clip_id = window.timeline.current_id()
    qtbot.keyClick(window.timeline, Qt.Key.Key_F2)
    dialog = window.findChild(TitleDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("   ")
    dialog.accept()
    assert dialog.isVisible(), "still open: nothing typed is lost"
    assert "needs a title" in dialog.labelText()
    assert library.get(clip_id).title == "Rail strike"
    dialog.setTextValue("Rail strike, day two")
    dialog.accept()
    assert not dialog.isVisible()
    assert library.get(clip_id).title == "Rail strike, day two"
