"""Reading states, the trash and saved searches in the window, driven as a person does."""

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from cuttings.core.library import Library
from cuttings.core.saved_searches import SavedSearch
from cuttings.ui.states.places import PlaceRole
from cuttings.ui.tags.model import TagRole
from tests.factories import make_article
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import seed, titles


def places(window):
    model = window.states.places.place_model
    return {
        model.index(r).data(): model.index(r).data(TagRole.COUNT) for r in range(model.rowCount())
    }


def click_place(qtbot, window, name):
    view = window.states.places
    model = view.place_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == name)
    rect = view.visualRect(model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_rows(window, *rows):
    window.timeline.select_row(rows[0])
    for row in rows[1:]:
        window.timeline.selectionModel().select(
            window.timeline_model.index(row), QItemSelectionModel.SelectionFlag.Select
        )


def test_places_count_and_show_states(qtbot, qtmodeltester, library):
    seed(library)  # Rail strike, Solar farms, Wind auction: newest first, all unread
    window = open_window(qtbot, library, synchronous=True)
    window.states.act_auto_read.setChecked(False)
    qtmodeltester.check(window.states.places.place_model)
    assert places(window) == {"Unread": 3, "Starred": 0, "Archive": 0, "Trash": 0}
    select_rows(window, 0, 1)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_S)  # star
    assert places(window)["Starred"] == 2
    assert window.timeline_model.clip_at(0).state.starred
    window.timeline.select_row(2)
    qtbot.keyClick(window.timeline, Qt.Key.Key_E)  # archive (marks read)
    assert places(window) == {"Unread": 2, "Starred": 2, "Archive": 1, "Trash": 0}
    click_place(qtbot, window, "Unread")
    assert titles(window) == ["Rail strike", "Solar farms"]
    assert window.count_label.text() == "2 clips in Unread"
    click_place(qtbot, window, "Archive")
    assert titles(window) == ["Wind auction"]
    click_place(qtbot, window, "Archive")  # again: back to the whole library
    assert titles(window) == ["Rail strike", "Solar farms", "Wind auction"]
    # Undo the star, one step for both clips.
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # archive
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # star
    assert places(window) == {"Unread": 3, "Starred": 0, "Archive": 0, "Trash": 0}
    window.timeline.select_row(0)
    window.timeline.setFocus()  # the letters act in the timeline only
    qtbot.keyClick(window.timeline, Qt.Key.Key_U)
    assert not library.get(window.timeline_model.clip_at(0).id).state.unread


def test_a_clip_open_a_few_seconds_is_marked_read(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)
    window.states.mark_read_delay_ms = 50
    window.timeline.select_row(1)
    clip_id = window.timeline.current_id()
    qtbot.waitUntil(lambda: not library.get(clip_id).state.unread, timeout=5000)
    qtbot.waitUntil(lambda: places(window)["Unread"] == 2, timeout=5000)
    # In Unread, a clip is marked when the next one opens (not under the reader).
    click_place(qtbot, window, "Unread")
    qtbot.waitUntil(window.timeline_model.has_loaded)
    window.timeline.select_row(0)
    first = window.timeline.current_id()
    qtbot.wait(150)
    assert library.get(first).state.unread and titles(window)[0] == library.get(first).title
    window.timeline.select_row(1)
    qtbot.waitUntil(lambda: not library.get(first).state.unread, timeout=5000)
    # Turned off: a clip opened stays unread.
    window.states.act_auto_read.setChecked(False)
    click_place(qtbot, window, "Unread")  # back to the whole library
    qtbot.waitUntil(window.timeline_model.has_loaded)
    library.mark([clip.id for clip in library.list_clips()], read=False)
    window.timeline.select_row(2)
    qtbot.wait(200)
    assert library.get(window.timeline.current_id()).state.unread


def test_the_trash_delete_for_good_and_empty(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.states.act_auto_read.setChecked(False)
    select_rows(window, 0, 1)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert titles(window) == ["Wind auction"]
    assert places(window)["Trash"] == 2
    assert window.sidebar.tag_model.index(0).data(TagRole.COUNT) == 1
    click_place(qtbot, window, "Trash")
    assert titles(window) == ["Rail strike", "Solar farms"]
    # Restore one from the trash (one undo step).
    window.timeline.select_row(1)
    window.states.act_restore.trigger()
    assert titles(window) == ["Rail strike"]
    # Delete in the Trash asks, then deletes for good.
    window.timeline.select_row(0)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    box = window.states.trash.question
    assert "for good" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert titles(window) == []
    assert library.count() == 2 and library.trashed_ids() == []
    assert places(window)["Trash"] == 0
    # Empty Trash empties it all.
    library.move_to_trash([library.list_clips()[0].id])
    window.timeline_model.reload()
    window.states.trash.ask_empty().button(QMessageBox.StandardButton.Yes).click()
    assert library.trashed_ids() == [] and library.count() == 1


def test_clipping_a_link_in_the_trash_offers_it_back(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    clip = library.list_clips()[0]
    library.move_to_trash([clip.id])
    window.timeline_model.reload()
    window.clip_urls([clip.url])
    box = window.states.trash.question
    assert box.text() == "“Rail strike” is in the trash. Restore it?"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert library.trashed_ids() == []
    assert window.timeline.current_id() == clip.id


def test_save_rename_and_delete_a_search(qtbot, library):
    seed(library)
    window = open_window(qtbot, library, synchronous=True)
    window.search_bar.field.setText("strike OR solar")
    window.search_bar.changed.emit()
    dialog = window.states.ask_save()
    assert dialog.query_field.text() == "strike OR solar"
    dialog.name_field.setText("Work")
    dialog.accept()
    assert library.saved_searches() == [SavedSearch("Work", "strike OR solar")]
    assert places(window)["Work"] == 2
    window.search_bar.clear()
    click_place(qtbot, window, "Work")
    assert titles(window) == ["Rail strike", "Solar farms"]
    assert window.count_label.text() == "2 clips in Work"
    # A clip matching it, clipped from the command line: its count moves.
    with Library(library.path) as other:
        other.add(make_article(7, title="Strike again", text="a strike"))
    window.watcher.check()
    assert places(window)["Work"] == 3
    # Rename keeps the place shown.
    saved = window.states.places.current_place().saved
    rename = window.states.ask_rename(saved)
    rename.setTextValue("Strikes and sun")
    rename.accept()
    assert [s.name for s in library.saved_searches()] == ["Strikes and sun"]
    assert window.states.places.current_place().name == "Strikes and sun"
    assert window.count_label.text() == "3 clips in Strikes and sun"
    edit = window.states.ask_edit(library.saved_search("Strikes and sun"))
    edit.tags_field.setText("uk")
    edit.accept()
    assert places(window)["Strikes and sun"] == 1  # Rail strike: the one tagged uk
    window.states.delete_saved(library.saved_search("Strikes and sun"))
    assert "Strikes and sun" not in places(window)
    assert window.states.places.place_model.index(4).data(PlaceRole.SAVED) is None


def test_tag_filter_box_and_any_tag(qtbot, library):
    seed(library)  # tags: energy (2), italy (1), uk (2)
    window = open_window(qtbot, library, synchronous=True)
    sidebar = window.sidebar
    window.states.tag_filter.setText("IT")
    assert [sidebar.isRowHidden(r) for r in range(4)] == [False, True, False, True]
    # A tag made meanwhile joins the list (inserted, not a reset) and the filter hides it.
    library.add_tags([library.list_clips()[0].id], ["solar"])
    window.refresh_tags()
    row = sidebar.tag_model.row_of("solar")
    assert row > 0 and sidebar.isRowHidden(row)
    window.states.tag_filter.clear()
    assert not any(sidebar.isRowHidden(r) for r in range(5))
    selection = sidebar.selectionModel()
    selection.clearSelection()
    for name in ("italy", "uk"):
        index = sidebar.tag_model.index(sidebar.tag_model.row_of(name))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    assert titles(window) == []  # all of them: none has both
    window.states.any_tag.setChecked(True)
    assert titles(window) == ["Rail strike", "Solar farms", "Wind auction"]
    dialog = window.states.ask_save()
    assert (dialog.tags_field.text(), dialog.any_box.isChecked()) == ("italy, uk", True)
    dialog.reject()


def test_what_has_been_in_the_trash_30_days_is_emptied_at_start_up(qtbot, library):
    seed(library)
    old, recent = (clip.id for clip in library.list_clips()[:2])
    library.move_to_trash([old, recent])
    with sqlite3.connect(library.path) as db:
        db.execute(
            "UPDATE clip_states SET deleted_at = '2020-01-01T00:00:00Z' WHERE clip_id = ?", (old,)
        )
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: library.trashed_ids() == [recent], timeout=10_000)
    assert library.count() == 1
    qtbot.waitUntil(lambda: places(window)["Trash"] == 1, timeout=10_000)
