"""The timeline knows every match: End, Select All and bulk edits act on all of them."""

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QLabel

from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.tags.model import TagRole
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineRole
from tests.factories import make_article
from tests.ui.conftest import fill, open_window

MANY = 2 * BLOCK_SIZE + 7  # more rows than a block: most are never read


def tags_dialog(window):
    """The Edit Tags dialog the window has open (it opens once the shared tags are in)."""
    shown = [d for d in window.findChildren(EditTagsDialog) if d.isVisible()]
    return shown[-1] if shown else None


def add_untagged(library, count=3):
    """Clips outside the filter, which bulk edits must leave alone."""
    for n in range(count):
        library.add(make_article(1000 + n), clipped_at=datetime(2020, 1, 1, n, tzinfo=UTC))


def filter_by(qtbot, window, *names):
    model = window.timeline_model
    if model.is_loading():
        qtbot.waitSignal(model.loaded, timeout=20_000).wait()
    window.refresh_tags()  # the clips were made behind the window's back
    window.sidebar.select_names(names)
    if model.is_loading():
        with qtbot.waitSignal(model.loaded, timeout=20_000):
            pass


def test_end_and_home_reach_the_oldest_and_newest_clip(qtbot, library):
    fill(library, MANY)
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.timeline_model.total == MANY)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_End)
    assert window.timeline.currentIndex().row() == MANY - 1
    assert window.timeline.currentIndex().data() == f"Story number {MANY}"
    assert window.reader_follower.pending()  # the reader follows a turn later
    qtbot.waitUntil(lambda: window.reader.clip_id() == window.timeline.current_id())
    qtbot.keyClick(window.timeline, Qt.Key.Key_Home)
    assert window.timeline.currentIndex().data() == "Story number 1"
    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    assert window.timeline.currentIndex().row() > 1


def test_select_all_on_a_big_filter_tags_every_match(qtbot, library):
    fill(library, MANY, tags=["energy"])
    add_untagged(library)
    window = open_window(qtbot, library)
    filter_by(qtbot, window, "energy")
    assert window.count_label.text() == f"{MANY} clips tagged energy"
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.selected_count() == MANY
    assert window.count_label.text().endswith(f"· {MANY} selected")
    assert len(set(window.timeline.selected_ids())) == MANY
    window.act_tags.trigger()
    qtbot.waitUntil(lambda: tags_dialog(window) is not None, timeout=20_000)
    dialog = tags_dialog(window)
    assert dialog.field.text() == "energy"
    assert f"the {MANY} selected clips" in dialog.findChild(QLabel).text()
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=20_000):
        dialog.field.setText("energy, uk")
        dialog.accept()
    assert library.count(tags=["uk"]) == MANY
    assert library.count(tags=["energy"]) == MANY
    assert library.count() == MANY + 3
    # The same rows came back: the selection stays, the rows show the new tag.
    assert window.timeline.selected_count() == MANY
    assert "uk" in window.timeline_model.index(MANY - 1).data(TimelineRole.TAGS)
    # The reader shows the clip again with its new tag (a turn later, after a bulk edit).
    qtbot.waitUntil(lambda: "#uk" in window.reader.browser.toPlainText())
    # One step of the undo history, however many clips it tagged.
    stack = window.editor.history.stack
    assert stack.count() == 1
    stack.undo()
    qtbot.waitUntil(lambda: library.count(tags=["uk"]) == 0, timeout=20_000)
    assert library.count(tags=["energy"]) == MANY


def test_untagging_every_match_empties_the_filter_and_its_counts(qtbot, sync_window, library):
    fill(library, MANY, tags=["energy"])
    window = sync_window
    filter_by(qtbot, window, "energy")
    window.timeline.selectAll()
    window.act_tags.trigger()
    dialog = tags_dialog(window)
    dialog.field.setText("")
    dialog.accept()
    assert library.count(tags=["energy"]) == 0
    assert window.timeline_model.total == 0
    assert window.count_label.text() == "0 clips tagged energy"
    assert window.sidebar.tag_model.index(0).data(TagRole.COUNT) == MANY


def test_select_all_then_delete_deletes_every_match(qtbot, library):
    fill(library, MANY, tags=["energy"])
    add_untagged(library)
    window = open_window(qtbot, library)
    filter_by(qtbot, window, "energy")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.timeline_model.loaded, timeout=20_000):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert library.count() == 3
    assert f"{MANY} clips moved to the trash" in window.statusBar().currentMessage()
    assert window.timeline_model.total == 0
    assert window.count_label.text() == "0 clips tagged energy"
    qtbot.waitUntil(lambda: window.sidebar.tag_model.index(0).data(TagRole.COUNT) == 3)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.timeline_model.total == MANY, timeout=20_000)
    assert library.count(tags=["energy"]) == MANY


def test_export_of_the_selection_takes_every_selected_clip(qtbot, sync_window, library):
    fill(library, MANY)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.selectAll()
    asked = []
    window.exporter.ask = lambda ids, query, shown: asked.append((list(ids), shown))
    window.act_export.trigger()
    assert len(asked[0][0]) == MANY and asked[0][1] == MANY


def test_go_to_date_puts_that_days_first_clip_at_the_top(qtbot, sync_window, library):
    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    fill(library, 3 * BLOCK_SIZE, start=start)  # four a day
    window = sync_window
    window.timeline_model.reload()
    window.act_goto_date.trigger()
    calendar = window.findChild(QCalendarWidget, "calendar")
    calendar.setSelectedDate(QDate(2025, 2, 20))
    calendar.parent().accept()
    row = window.timeline.currentIndex().row()
    clip = window.timeline_model.clip_at(row)
    assert clip.clipped_at.astimezone().date() == datetime(2025, 2, 20).date()
    before = window.timeline_model.clip_at(row - 1)
    assert before.clipped_at.astimezone().date() > datetime(2025, 2, 20).date()
    assert window.timeline.indexAt(window.timeline.viewport().rect().topLeft()).row() == row
    assert window.timeline.current_id() == clip.id


def test_keys_held_down_show_only_the_clip_they_stop_on(qtbot, sync_window, library):
    fill(library, 5)
    window = sync_window
    window.timeline_model.reload()
    window.timeline.select_row(0)
    shown = []
    window.reader.browser.clip_shown.connect(lambda clip: shown.append(clip.id))
    window.timeline.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.timeline, Qt.Key.Key_J)
    assert shown == []  # a key's move waits for the event loop to turn
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [window.timeline.current_id()] and window.timeline.currentIndex().row() == 3
    # A row chosen by the window itself shows at once.
    window.timeline.select_row(1)
    assert shown[-1] == window.timeline.current_id()


def test_a_long_count_line_wraps_rather_than_moving_the_panes(qtbot, library):
    """ "… · 250 selected" after a long tag's name widened the pane: the splitter moved,
    and every row and the article were laid out again."""
    tag = "a tag with a rather long name for a count line"
    fill(library, 12, tags=[tag])
    window = open_window(qtbot, library)
    window.resize(720, 600)
    filter_by(qtbot, window, tag)
    qtbot.wait(50)
    width, label = window.timeline.width(), window.count_label
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert label.text().endswith("· 12 selected")
    assert label.fontMetrics().horizontalAdvance(label.text()) > label.width()  # it wraps
    assert window.timeline.width() == width
