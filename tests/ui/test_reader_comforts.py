"""Reader comforts (issue 17): text size, themes, search marks, Find in Article, citations,
Refetch, and a word when no browser opens a link."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QMessageBox

from cuttings.ui.citation import markdown_citation
from cuttings.ui.reader.look import SCALES
from cuttings.ui.settings import app_settings
from cuttings.ui.timeline.model import TimelineRole
from tests.factories import make_article
from tests.ui.conftest import open_window

TEXT = (
    "The state budget was approved on Tuesday. Critics of the state budget say the "
    "budgetary rules were bent. Il bilancio è stato approvato. 記憶力の研究 is about memory."
)


def seed(library):
    now = datetime.now(UTC)
    library.add(
        make_article(1, title="Budget approved", text=TEXT, html=f"<p>{TEXT}</p>"),
        clipped_at=now - timedelta(hours=2),
    )
    library.add(make_article(2, title="Weather", text="Rain all week."), clipped_at=now)


def marked(window, kind="search"):
    return [m.cursor.selectedText() for m in window.reader.browser.marks(kind)]


def test_text_size_keys_change_the_reader_and_are_remembered(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    browser = window.reader.browser
    window.timeline.select_row(0)
    assert browser.text_scale() == 1.0
    body = browser.document().defaultStyleSheet()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert browser.text_scale() == SCALES[SCALES.index(1.0) + 2]
    assert browser.document().defaultStyleSheet() != body
    qtbot.keyClick(window.timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert browser.text_scale() == SCALES[SCALES.index(1.0) + 1]
    window.close()
    assert float(app_settings().value("reader/text_scale")) == browser.text_scale()
    again = open_window(qtbot, library, synchronous=True)
    assert again.reader.browser.text_scale() == SCALES[SCALES.index(1.0) + 1]
    qtbot.keyClick(again.timeline, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.reader.browser.text_scale() == 1.0
    for _ in range(20):
        again.reader_look.smaller()
    assert again.reader.browser.text_scale() == SCALES[0]
    assert not again.reader_look.act_smaller.isEnabled()


def test_sepia_theme_colours_the_reader_and_the_window_and_is_remembered(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.timeline.select_row(0)
    browser = window.reader.browser
    system_base = browser.palette().color(QPalette.ColorRole.Base)
    window.reader_look.theme_actions["sepia"].trigger()
    assert browser.palette().color(QPalette.ColorRole.Base).name() == "#f6efdf"
    assert window.timeline.palette().color(QPalette.ColorRole.Base).name() == "#f6efdf"
    assert "color: #4a3b2c" in browser.document().defaultStyleSheet()
    window.close()
    assert app_settings().value("reader/theme") == "sepia"
    again = open_window(qtbot, library, synchronous=True)
    assert again.reader_look.theme_actions["sepia"].isChecked()
    assert again.reader.browser.palette().color(QPalette.ColorRole.Base).name() == "#f6efdf"
    again.reader_look.theme_actions["dark"].trigger()
    assert again.reader.browser.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.3
    again.reader_look.theme_actions["system"].trigger()
    assert again.reader.browser.palette().color(QPalette.ColorRole.Base) == system_base


def test_the_search_words_are_marked_in_the_article(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)
    model = window.timeline_model
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, '"state budget" -rain')
    # The phrase, as a phrase; not "budgetary" (the last word is the phrase, no prefix).
    qtbot.waitUntil(lambda: marked(window) == ["state budget", "state budget"])
    with qtbot.waitSignal(model.loaded, timeout=5000):
        window.search_field.clear()
        qtbot.keyClicks(window.search_field, "budg")  # being typed: a prefix
    qtbot.waitUntil(lambda: len(marked(window)) == 4)
    assert marked(window) == ["Budget", "budget", "budget", "budgetary"]
    with qtbot.waitSignal(model.loaded, timeout=5000):
        window.search_field.clear()
        window.search_field.setText("bilancio stato 記憶")  # accents, CJK (typed by an IME)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    assert sorted(marked(window)) == ["bilancio", "stato", "記憶"]
    with qtbot.waitSignal(model.loaded, timeout=5000):
        window.search_field.clear()
    qtbot.waitUntil(lambda: marked(window) == [])


def test_find_in_article_with_ctrl_f_in_the_reader_f3_and_esc(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.timeline.select_row(1)  # "Budget approved" (the older clip)
    bar, browser = window.reader.find_bar, window.reader.browser
    # Ctrl+F from the timeline is the library's search…
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    assert not bar.isVisible()
    # …and from the reader, Find in Article.
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "budget")
    assert bar.match_count() == 4  # the headline, twice in the text, and in "budgetary"
    assert bar.count_label.text() == "1 of 4"
    assert len(marked(window, "find")) == 4
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 4"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "4 of 4", "wraps around"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "1 of 4"
    bar.field.setText("nowhere")
    assert bar.count_label.text() == "No match" and marked(window, "find") == []
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert browser.hasFocus()


def test_copy_link_and_markdown_citation(qtbot, library):
    library.add(
        make_article(
            1,
            title="Tax *cuts* [explained]",
            source="The_Times",
            published_at="2025-02-22T10:00:00+00:00",
            url="https://news.example.org/a (1)",
        ),
    )
    window = open_window(qtbot, library, synchronous=True)
    window.timeline.select_row(0)
    clipboard = QGuiApplication.clipboard()
    window.act_copy_link.trigger()
    assert clipboard.text() == "https://news.example.org/a (1)"
    window.act_copy_citation.trigger()
    expected = (
        r"[Tax \*cuts\* \[explained\]](https://news.example.org/a%20%281%29), "
        r"*The\_Times*, "
    )
    assert clipboard.text().startswith(expected)
    assert "2025" in clipboard.text()
    assert window.statusBar().currentMessage() == "Copied citation"
    # Both menus offer them.
    assert window.act_copy_citation in window.timeline.actions()
    assert window.act_copy_citation in window.reader.browser.context_actions


def test_citation_date_is_the_articles_own_else_the_clipping_day(library):
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    clip = library.add(make_article(1, title="A", source="S", published_at="2025-02-22")).clip
    assert markdown_citation(clip, english) == (
        "[A](https://news.example.org/story-1), *S*, 22 February 2025"
    )
    when = datetime(2024, 5, 3, 12, tzinfo=UTC)
    undated = library.add(make_article(2, title="B", source=""), clipped_at=when).clip
    assert markdown_citation(undated, english).endswith(", 3 May 2024")


def test_no_browser_shows_a_message_and_copies_the_link(qtbot, library, monkeypatch):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.timeline.select_row(0)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return)
    box = window.findChild(QMessageBox, "no-browser")
    assert box is not None and box.isVisible()
    assert "No web browser" in box.text()
    url = window.timeline_model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert box.informativeText() == url
    assert QGuiApplication.clipboard().text() == url
    box.close()


def page(title: str, sentence: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        + f"<p>{sentence} The port authority gave the details on Monday morning.</p>" * 6
        + "</article></body></html>"
    )


def test_refetch_refreshes_the_text_and_keeps_what_a_person_edited(qtbot, window, server, library):
    url = server.page("harbour.html", page("Harbour works", "The harbour closes in winter."))
    window.clip_urls([url])
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 1, timeout=15_000)
    clip_id = window.timeline_model.index(0).data(TimelineRole.CLIP_ID)
    library.update_clip(clip_id, title="My own headline")
    library.add_tags([clip_id], ["port"])
    server.page("harbour.html", page("Harbour works", "The harbour now stays open all year."))
    window.timeline.select_row(0)
    with qtbot.waitSignal(window.events.changed, timeout=15_000):
        window.act_refetch.trigger()
    clip = library.get(clip_id)
    assert "stays open all year" in clip.text
    assert clip.title == "My own headline"
    assert clip.tags == ("port",)
    qtbot.waitUntil(lambda: "stays open all year" in window.reader.browser.toPlainText())
    assert window.statusBar().currentMessage() == "Refetched “My own headline”"
    # A page that is gone: said, and the clip stays as it was.
    server.page("harbour.html", "gone", status=404)
    window.act_refetch.trigger()
    qtbot.waitUntil(lambda: window.refetcher.pending == 0, timeout=15_000)
    assert window.statusBar().currentMessage().startswith("Could not refetch “My own headline”")
    assert "stays open all year" in library.get(clip_id).text
