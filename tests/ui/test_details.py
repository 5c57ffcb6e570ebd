"""Edit Details in the real window: the dialog, its checks, the views after OK, and undo."""

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cuttings.core.details import EDITABLE_FIELDS, parse_published
from cuttings.ui.details import EditDetailsDialog, published_text
from cuttings.ui.timeline.model import TimelineRole
from tests.factories import make_article
from tests.ui.test_mainwindow import seed

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def details(library, clip_id):
    clip = library.get(clip_id, with_body=False)
    return {name: getattr(clip, name) for name in (*EDITABLE_FIELDS, "edited")}


def open_dialog(qtbot, window) -> EditDetailsDialog:
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EditDetailsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EditDetailsDialog)
    return dialog


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_edit_details_from_the_keyboard_shows_everywhere_and_undoes(qtbot, sync_window, library):
    window = sync_window
    seed(library)
    clip = library.add(
        make_article(9, title="Budget passes", author="Ada", published_at="2025-02-20"),
        tags=["energy"],
    ).clip
    window.timeline_model.reload()
    window.timeline.select_ids([clip.id])
    qtbot.waitUntil(lambda: not window.reader_follower.pending())  # shown a frame later
    assert window.act_details in window.timeline.actions()  # the context menu too
    before = details(library, clip.id)

    dialog = open_dialog(qtbot, window)
    assert dialog.fields["title"].text() == "Budget passes"
    assert dialog.fields["published_at"].text() == "2025-02-20"
    assert dialog.url.isReadOnly() and dialog.url.text() == clip.url
    dialog.fields["title"].setText("Budget passes at last")
    dialog.fields["author"].setText("Ugo Foscolo")
    dialog.fields["source"].setText("Gazzetta")
    dialog.fields["language"].setText("it")
    dialog.fields["published_at"].setText("31/02/2025 10:00")
    assert "cannot read" in dialog.published_hint.text()
    press_ok(dialog)
    # A bad value: said in the dialog, which stays open; nothing written.
    assert dialog.isVisible() and "published date" in dialog.error.text()
    assert details(library, clip.id) == before
    dialog.fields["published_at"].setText("22/02/2025 14:30")
    locale = QLocale()
    assert dialog.published_hint.text() == (
        locale.toString(QDate(2025, 2, 22), "dddd d MMMM yyyy")
        + ", "
        + locale.toString(QTime(14, 30), QLocale.FormatType.ShortFormat)
    )
    press_ok(dialog)
    assert not dialog.isVisible()

    after = details(library, clip.id)
    assert after == {
        "title": "Budget passes at last",
        "author": "Ugo Foscolo",
        "source": "Gazzetta",
        "site_name": "Example News",
        "published_at": "2025-02-22T14:30:00",
        "language": "it",
        "edited": ("title", "author", "source", "published_at", "language"),
    }
    qtbot.waitUntil(lambda: getattr(window.reader.browser.clip(), "author", "") == "Ugo Foscolo")
    row = window.timeline_model.index(window.timeline_model.row_of(clip.id))
    assert row.data() == "Budget passes at last"
    assert "Gazzetta" in row.data(TimelineRole.SOURCE)
    text = window.reader.browser.toPlainText()
    assert "Budget passes at last" in text and "Ugo Foscolo" in text
    assert window.act_undo.text() == "&Undo Edit Details"

    # The dialog closed: the window manager gives the window back its activation.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert details(library, clip.id) == before
    qtbot.waitUntil(lambda: window.reader.browser.clip().author == "Ada")
    row = window.timeline_model.index(window.timeline_model.row_of(clip.id))
    assert row.data() == "Budget passes"
    assert library.check_search_index() == []
    window.act_redo.trigger()
    assert details(library, clip.id) == after


def test_ok_without_a_change_writes_nothing_and_cancel_neither(qtbot, sync_window, library):
    window = sync_window
    seed(library)
    window.timeline_model.reload()
    window.timeline.select_row(0)
    clip_id = window.timeline.currentIndex().data(TimelineRole.CLIP_ID)
    before = details(library, clip_id)
    press_ok(open_dialog(qtbot, window))
    dialog = open_dialog(qtbot, window)
    dialog.fields["author"].setText("Someone")
    dialog.reject()
    assert details(library, clip_id) == before
    assert not window.act_undo.isEnabled()


def test_a_published_date_reads_back_as_it_is_shown():
    for stored in ("2025-02-22", "2025-02-22T14:30:00", "2025-02-22T14:30:15+01:00", None):
        assert parse_published(published_text(stored)) == stored
