"""Browsing the library in the window: tags, search, edits, delete and undo, keyboard."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.library import Library
from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.tags.model import TagRole
from cuttings.ui.timeline.model import TimelineRole
from tests.factories import make_article
from tests.ui.conftest import fill, open_window


def titles(window):
    model = window.timeline_model
    return [model.index(r).data() for r in range(model.rowCount())]


def seed(library):
    now = datetime.now(UTC)
    library.add(
        make_article(1, title="Wind auction", text="offshore wind power"),
        tags=["energy", "uk"],
        clipped_at=now - timedelta(hours=3),
    )
    library.add(
        make_article(2, title="Solar farms", text="solar panels in Puglia"),
        tags=["energy", "italy"],
        clipped_at=now - timedelta(hours=2),
    )
    library.add(
        make_article(3, title="Rail strike", text="trains stop in the UK"),
        tags=["uk"],
        clipped_at=now - timedelta(hours=1),
    )


def select_tags(window, *names):
    sidebar = window.sidebar
    selection = sidebar.selectionModel()
    selection.clearSelection()
    for name in names:
        index = sidebar.tag_model.index(sidebar.tag_model.row_of(name))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)


def test_tags_filter_and_intersect(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    assert titles(window) == ["Rail strike", "Solar farms", "Wind auction"]
    assert window.count_label.text() == "3 clips"
    # Clicking a tag filters.
    sidebar = window.sidebar
    rect = sidebar.visualRect(sidebar.tag_model.index(sidebar.tag_model.row_of("uk")))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert titles(window) == ["Rail strike", "Wind auction"]
    select_tags(window, "energy", "uk")
    assert titles(window) == ["Wind auction"]
    assert "energy + uk" in window.count_label.text()
    select_tags(window)  # nothing selected: back to all clips
    assert len(titles(window)) == 3


def test_search_filters_as_you_type_and_clearing_restores(qtbot, window, library):
    seed(library)
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=5000):
        window.timeline_model.reload()
    window.refresh_tags()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, "solar")
    assert titles(window) == ["Solar farms"]
    assert window.count_label.text() == "1 match for “solar”"
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=5000):
        window.search_field.clear()
    assert len(titles(window)) == 3


def test_a_refused_query_shows_its_message_inline(qtbot, window, library, monkeypatch):
    seed(library)

    def refuse(query, **_kw):
        raise QuerySyntaxError('unbalanced quote in "wind')

    monkeypatch.setattr(library, "timeline_list", refuse)
    with qtbot.waitSignal(window.timeline_model.search_failed, timeout=5000):
        qtbot.keyClicks(window.search_field, '"wind')
    assert "unbalanced quote" in window.count_label.text()
    assert window.timeline_model.rowCount() == 0


def test_delete_then_undo(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)
    window.timeline.select_row(0)
    window.timeline.selectionModel().select(
        window.timeline_model.index(1), QItemSelectionModel.SelectionFlag.Select
    )
    window.timeline.setFocus()
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert titles(window) == ["Wind auction"]
    assert "2 clips moved to the trash" in window.statusBar().currentMessage()
    assert window.undo_button.isVisible()
    assert library.count() == 1
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Rail strike", "Solar farms", "Wind auction"]
    assert library.get(library.list_clips()[0].id).tags == ("uk",)
    qtbot.waitUntil(lambda: window.sidebar.tag_model.index(0).data(TagRole.COUNT) == 3)


def test_a_clip_in_the_trash_keeps_its_id_and_undo_brings_it_back(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)
    newest = library.list_clips(limit=1)[0]
    window.timeline.select_row(0)
    window.timeline.setFocus()
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    # The command line clips something meanwhile: the id in the trash is not free.
    other = Library(library.path)
    taken = other.add(make_article(99, title="Clipped from the terminal")).clip
    other.close()
    assert taken.id != newest.id
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.get(newest.id).state == newest.state
    qtbot.waitUntil(lambda: newest.title in titles(window))
    selected = [
        i.data(TimelineRole.CLIP_ID) for i in window.timeline.selectionModel().selectedIndexes()
    ]
    assert selected == [newest.id]


def test_edit_tags_of_selected_clips(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.select_row(0)
    window.timeline.selectionModel().select(
        window.timeline_model.index(2), QItemSelectionModel.SelectionFlag.Select
    )
    dialog = window.editor.edit_tags()
    assert isinstance(dialog, EditTagsDialog)
    assert dialog.field.text() == "uk"  # the tag both clips share
    dialog.field.setText("uk, transport")
    dialog.accept()
    assert library.get(window.timeline_model.clip_at(0).id).tags == ("transport", "uk")
    assert window.timeline_model.clip_at(2).tags == ("energy", "transport", "uk")
    assert "transport" in window.sidebar.tag_model.names()
    assert window.tag_completer.model().stringList() == window.sidebar.tag_model.names()


def test_rename_merge_and_delete_tags_from_the_sidebar(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.refresh_tags()
    sidebar = window.sidebar
    dialog = sidebar.ask_rename("uk")
    dialog.setTextValue("britain")
    dialog.accept()
    assert sidebar.tag_model.names() == ["britain", "energy", "italy"]
    assert "britain" in window.timeline_model.clip_at(0).tags
    dialog = sidebar.ask_merge(["italy"])
    dialog.setTextValue("energy")
    dialog.accept()
    assert sidebar.tag_model.names() == ["britain", "energy"]
    box = sidebar.ask_delete("britain")
    box.button(QMessageBox.StandardButton.Yes).click()
    assert sidebar.tag_model.names() == ["energy"]
    assert library.count() == 3


def test_note_and_title_edits_are_saved(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.select_row(0)
    clip_id = window.timeline.current_id()
    qtbot.waitUntil(lambda: window.reader.clip_id() == clip_id)  # it follows a frame later
    window.reader.note.setFocus()
    qtbot.keyClicks(window.reader.note, "Call the union")
    window.reader.flush_note()
    assert library.get(clip_id).note == "Call the union"
    window.timeline.setFocus()
    dialog = window.editor.rename_clip()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Rail strike: day two")
    dialog.accept()
    assert library.get(clip_id).title == "Rail strike: day two"
    assert titles(window)[0] == "Rail strike: day two"
    assert "Rail strike: day two" in window.reader.browser.toPlainText()
    assert window.reader.note.toPlainText() == "Call the union"


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


def test_keyboard_moves_and_enter_opens_the_original(qtbot, sync_window, library):
    seed(library)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.setFocus()
    window.timeline.select_row(0)
    qtbot.keyClick(window.timeline, Qt.Key.Key_J)
    assert window.timeline.currentIndex().row() == 1
    qtbot.keyClick(window.timeline, Qt.Key.Key_J)
    qtbot.keyClick(window.timeline, Qt.Key.Key_K)
    assert window.timeline.currentIndex().row() == 1
    # The reader follows a row moved by a key in the next turn of the event loop.
    qtbot.waitUntil(lambda: window.reader.clip_id() == window.timeline.current_id())
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        qtbot.keyClick(window.timeline, Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://news.example.org/story-2"]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.url_field.hasFocus()


def test_go_to_date(qtbot, sync_window, library):
    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    fill(library, 400, start=start)  # one clip every six hours: 100 days
    window = sync_window
    window.timeline_model.reload()
    row = window.dates.go_to(QDate(2024, 12, 1))
    clip = window.timeline_model.clip_at(row)
    assert clip.clipped_at.astimezone().date() <= datetime(2024, 12, 1).date()
    newer = window.timeline_model.clip_at(row - 1)
    assert newer.clipped_at.astimezone().date() > datetime(2024, 12, 1).date()
    assert window.timeline.currentIndex().row() == row
    # Every clip is a row, above and below; the day's first clip is at the top of the view.
    assert window.timeline_model.rowCount() == 400
    assert window.timeline.indexAt(window.timeline.viewport().rect().topLeft()).row() == row
    assert window.timeline_model.clip_at(0).title == "Story number 1"


def test_window_state_persists(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.resize(640, 480)
    window.set_sort_order("published")
    window.timeline.select_row(2)
    chosen = window.timeline.current_id()
    window.close()
    again = open_window(qtbot, library, synchronous=True)
    assert again.act_sort_published.isChecked()
    assert again.timeline_model.query.order == "published"
    assert again.timeline.current_id() == chosen
    assert again.size().width() == 640


def test_editing_a_note_while_searching_keeps_the_selection(qtbot, window, library):
    seed(library)
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=5000):
        window.timeline_model.reload()
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=5000):
        qtbot.keyClicks(window.search_field, "in")
    # Whole words since the full-text index: "in" is in two texts ("Wind" no longer counts).
    assert window.timeline_model.rowCount() == 2
    window.timeline.select_row(1)
    clip_id = window.timeline.current_id()
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        window.reader.note.setPlainText("check the figures")
        window.reader.flush_note()
    assert window.timeline.current_id() == clip_id
    assert window.reader.clip_id() == clip_id
    assert library.get(clip_id).note == "check the figures"


def test_a_bug_is_reported_once_with_a_box(qtbot, sync_window, caplog):
    def broken():
        raise RuntimeError("boom")

    sync_window.runner.run(broken)
    sync_window.runner.run(broken)
    boxes = [b for b in sync_window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "RuntimeError: boom" in boxes[0].informativeText()
    assert "boom" in sync_window.statusBar().currentMessage()
    assert "unexpected error" in caplog.text


def test_writes_by_another_process_show_when_the_window_is_activated(qtbot, sync_window, library):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from cuttings.core.library import Library

    seed(library)
    sync_window.timeline_model.reload()
    assert not sync_window.watcher.check()  # the seed was written by this window's library
    with Library(library.path) as cli:  # the command line, meanwhile
        cli.add(make_article(50, title="Clipped from the terminal"), tags=["cli"])
    QApplication.sendEvent(sync_window, QEvent(QEvent.Type.ActivationChange))
    assert titles(sync_window)[0] == "Clipped from the terminal"
    assert "cli" in sync_window.sidebar.tag_model.names()
