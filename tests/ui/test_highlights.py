"""Highlights in the window: made from a selection, drawn, listed, edited, undone, across the library."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from cuttings.core.highlights.anchoring import TextQuote
from cuttings.ui.highlights.drawing import COLOR_VALUES, HIGHLIGHT_ID
from cuttings.ui.highlights.library_view import HighlightRole
from tests.factories import make_article
from tests.ui.conftest import open_window

TEXT = (
    "The council approved the budget on Tuesday.\n\n"
    "Critics said the budget ignores housing. The mayor said the budget is fair."
)
HTML = (
    "<p>The council approved the budget on Tuesday.</p>"
    "<p>Critics said the budget ignores housing. The mayor said the budget is fair.</p>"
)


def show(qtbot, window, clip_id):
    window.timeline.select_ids([clip_id])
    qtbot.waitUntil(lambda: window.reader.clip_id() == clip_id)  # a new list's: a frame later


def select_in_reader(window, text, occurrence=0):
    browser = window.reader.browser
    cursor = QTextCursor(browser.document())
    for _ in range(occurrence + 1):
        cursor = browser.document().find(text, cursor)
    assert not cursor.isNull()
    browser.setTextCursor(cursor)
    return cursor.selectionStart(), cursor.selectionEnd()


def background_at(window, position):
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(position + 1)
    fmt = cursor.charFormat()
    return fmt.background().color().name() if fmt.hasProperty(HIGHLIGHT_ID) else None


def test_select_text_then_ctrl_h_highlights_it_and_undo_removes_it(qtbot, library):
    clip_id = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    window = open_window(qtbot, library, synchronous=True)
    show(qtbot, window, clip_id)
    start, _end = select_in_reader(window, "the budget", occurrence=2)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    (item,) = library.highlights(clip_id)
    # The third "the budget" of the reader is the third of the clip's text.
    assert item.quote.prefix.endswith("The mayor said ")
    assert background_at(window, start) == QColor(COLOR_VALUES["yellow"]).name()
    assert window.highlights.dock.isVisible()
    assert window.highlights.panel.ids() == [item.id]
    assert window.act_undo.text() == "&Undo Highlight"
    window.editor.history.stack.undo()
    assert library.highlights(clip_id) == []
    assert background_at(window, start) is None
    assert window.highlights.panel.ids() == []
    window.editor.history.stack.redo()
    assert [h.exact for h in library.highlights(clip_id)] == ["the budget"]
    assert background_at(window, start) is not None


def test_a_selection_across_paragraphs_is_stored_as_the_clip_text_has_it(qtbot, library):
    clip_id = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    window = open_window(qtbot, library, synchronous=True)
    show(qtbot, window, clip_id)
    browser = window.reader.browser
    start, _ = select_in_reader(window, "Tuesday.")
    _, end = select_in_reader(window, "Critics")
    cursor = browser.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    window.highlights.highlight_selection("green", "two paragraphs")
    (item,) = library.highlights(clip_id)
    assert (item.exact, item.color, item.comment) == (
        "Tuesday.\n\nCritics",
        "green",
        "two paragraphs",
    )
    assert background_at(window, start) == QColor(COLOR_VALUES["green"]).name()
    assert background_at(window, end - 2) == QColor(COLOR_VALUES["green"]).name()


def test_the_panel_goes_to_edits_recolours_and_removes(qtbot, library):
    long_text = "\n\n".join(f"Paragraph {n} of filler words." for n in range(200))
    long_text += "\n\nThe very last line holds the quote."
    html = "".join(f"<p>{p}</p>" for p in long_text.split("\n\n"))
    clip_id = library.add(make_article(1, text=long_text, html=html)).clip.id
    first = library.add_highlight(clip_id, TextQuote("Paragraph 3 of")).highlight
    last = library.add_highlight(clip_id, TextQuote("holds the quote"), comment="end").highlight
    window = open_window(qtbot, library, synchronous=True)
    window.resize(900, 600)
    show(qtbot, window, clip_id)
    panel = window.highlights.panel
    assert panel.ids() == [first.id, last.id]
    assert window.reader.browser.verticalScrollBar().value() == 0
    panel.list.setCurrentRow(1)
    panel.activated.emit(last.id)
    browser = window.reader.browser
    assert browser.verticalScrollBar().value() > 0
    assert browser.textCursor().position() == window.highlights.spans[last.id][0]
    window.highlights.set_comment(last.id, "the end, really")
    panel.color_requested.emit(last.id, "pink")
    assert [(h.comment, h.color) for h in library.highlights(clip_id)][1] == (
        "the end, really",
        "pink",
    )
    assert "the end, really" in panel.list.item(1).text()
    window.highlights.act_panel.trigger()  # View → Highlights Panel
    qtbot.waitExposed(panel.list)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [h.id for h in library.highlights(clip_id)] == [last.id]
    window.editor.history.stack.undo()
    assert [h.id for h in library.highlights(clip_id)] == [first.id, last.id]
    window.editor.history.stack.undo()  # the colour
    window.editor.history.stack.undo()  # the comment
    assert [(h.comment, h.color) for h in library.highlights(clip_id)][1] == ("end", "yellow")


def test_the_reader_menu_offers_colours_and_orphans_are_listed(qtbot, library):
    clip_id = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    gone = library.add_highlight(clip_id, TextQuote("approved")).highlight
    library.refresh(clip_id, make_article(1, text=TEXT.replace("approved", "passed"), html=HTML))
    window = open_window(qtbot, library, synchronous=True)
    show(qtbot, window, clip_id)
    assert window.highlights.panel.ids() == [gone.id]
    assert "(no longer in the article)" in window.highlights.panel.list.item(0).text()
    select_in_reader(window, "is fair")
    menu = window.reader.browser.context_menu(QPoint(5, 5))
    texts = [action.text() for action in menu.actions()]
    assert "Highlight in Blue" in texts
    next(a for a in menu.actions() if a.text() == "Highlight in Blue").trigger()
    made = library.highlights(clip_id)[0]
    assert (made.exact, made.color) == ("is fair", "blue")


def test_all_highlights_opens_the_clip_at_its_highlight(qtbot, library, qtmodeltester):
    first = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    second = library.add(make_article(2)).clip.id
    wanted = library.add_highlight(first, TextQuote("ignores housing"), comment="c").highlight
    library.add_highlight(second, TextQuote("Body of story"))
    window = open_window(qtbot, library, synchronous=True)
    show(qtbot, window, second)
    dialog = window.highlights.show_all()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    row = next(r for r in range(2) if model.index(r).data(HighlightRole.HIGHLIGHT_ID) == wanted.id)
    assert "Story number 1" in model.index(row).data()
    dialog.view.doubleClicked.emit(model.index(row))
    assert window.reader.clip_id() == first
    browser = window.reader.browser
    assert browser.textCursor().position() == window.highlights.spans[wanted.id][0]
    # A change in the library shows in the open window.
    window.highlights.remove(wanted.id)
    assert model.rowCount() == 1


def test_highlight_with_comment_through_the_real_writer_thread(qtbot, library):
    clip_id = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    window = open_window(qtbot, library)
    show(qtbot, window, clip_id)
    select_in_reader(window, "approved the budget")
    dialog = window.highlights.highlight_with_comment()
    dialog.setTextValue("Vote: 21 to 4")
    dialog.accept()
    qtbot.waitUntil(lambda: len(window.highlights.panel.ids()) == 1)
    (item,) = library.highlights(clip_id)
    assert (item.exact, item.comment) == ("approved the budget", "Vote: 21 to 4")
    assert "Vote: 21 to 4" in window.highlights.panel.list.item(0).text()
