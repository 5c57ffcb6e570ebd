"""Undo and redo of every edit in the window: each undo puts back exactly what was there."""

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from cuttings.core.library import Library, NewClip
from tests.factories import make_article
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import seed, titles


def state(library):
    """All an edit may touch: every clip whole (tags, title, note) and the tag counts."""
    clips = library.get_many([clip.id for clip in library.list_clips(limit=1000)])
    return (
        {clip.id: (clip.title, clip.note, clip.tags) for clip in clips},
        [(tag.name, tag.count) for tag in library.tags()],
    )


def select_rows(window, *rows):
    window.timeline.select_row(rows[0])
    for row in rows[1:]:
        window.timeline.selectionModel().select(
            window.timeline_model.index(row), QItemSelectionModel.SelectionFlag.Select
        )


def edit_tags(window):
    select_rows(window, 0, 2)
    dialog = window.editor.edit_tags()
    dialog.field.setText("transport")  # "uk" removed from both, "transport" added
    dialog.accept()


def rename_tag(window):
    dialog = window.sidebar.ask_rename("uk")
    dialog.setTextValue("Britain")
    dialog.accept()


def rename_onto_another_tag(window):
    dialog = window.sidebar.ask_rename("italy")
    dialog.setTextValue("energy")
    dialog.accept()


def merge_tags(window):
    dialog = window.sidebar.ask_merge(["italy", "uk"])
    dialog.setTextValue("europe")
    dialog.accept()


def delete_tag(window):
    window.sidebar.ask_delete("energy").button(QMessageBox.StandardButton.Yes).click()


def rename_clip(window):
    window.timeline.select_row(1)
    dialog = window.editor.rename_clip()
    dialog.setTextValue("Solar farms in Puglia")
    dialog.accept()


def edit_note(window):
    window.timeline.select_row(0)
    window.reader.note.setPlainText("Call the union")
    window.reader.flush_note()
    window.reader.note.setPlainText("Call the union on Monday")
    window.reader.flush_note()  # the second save merges into the same step


def delete_clips(window):
    select_rows(window, 0, 1)
    window.editor.delete_selected()


@pytest.mark.parametrize(
    ("edit", "name"),
    [
        (edit_tags, "Edit Tags"),
        (rename_tag, "Rename Tag"),
        (rename_onto_another_tag, "Rename Tag"),
        (merge_tags, "Merge Tags"),
        (delete_tag, "Delete Tag"),
        (rename_clip, "Rename Clip"),
        (edit_note, "Edit Note"),
        (delete_clips, "Move Clips to Trash"),
    ],
)
def test_each_edit_is_undone_exactly_and_redone(qtbot, sync_window, library, edit, name):
    window = sync_window
    seed(library)
    window.timeline_model.reload()
    window.refresh_tags()
    qtbot.waitUntil(lambda: not window.reader_follower.pending())  # shown a frame later
    before = state(library)
    edit(window)
    after = state(library)
    assert after != before
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == f"&Undo {name}"
    window.act_undo.trigger()
    assert state(library) == before
    assert window.sidebar.tag_model.names() == [t for t, _count in before[1]]
    assert sorted(titles(window)) == sorted(title for title, _n, _t in before[0].values())
    assert window.act_redo.text() == f"&Redo {name}"
    window.act_redo.trigger()
    assert state(library) == after
    assert not window.act_redo.isEnabled()


def test_a_bulk_tag_edit_is_one_step(qtbot, sync_window, library):
    window = sync_window
    ids = library.bulk_insert(
        NewClip(make_article(n), tags=("energy",) if n % 3 else ()) for n in range(1200)
    ).ids
    before = state(library)
    window.editor.tag_clips(ids, add=["solar"], remove=["energy"])
    assert library.count(tags=["solar"]) == 1200
    assert window.editor.history.stack.count() == 1
    window.act_undo.trigger()
    assert state(library) == before
    assert library.count(tags=["energy"]) == 800


def test_undo_from_the_keyboard_runs_on_the_writer_thread(qtbot, library):
    seed(library)
    window = open_window(qtbot, library)  # real threads
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 3)
    before = state(library)
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        window.editor.rename_tag("uk", "britain")
    # The sidebar reads its tags again in the pool.
    qtbot.waitUntil(lambda: "britain" in window.sidebar.tag_model.names())
    window.timeline.setFocus()
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        window.act_undo.trigger()
    assert state(library) == before
    qtbot.waitUntil(lambda: window.sidebar.tag_model.names() == ["energy", "italy", "uk"])


def test_an_undo_that_cannot_be_done_says_so_and_ends_the_history(qtbot, sync_window, library):
    window = sync_window
    seed(library)
    window.timeline_model.reload()
    window.timeline.select_row(0)
    clip_id = window.timeline.current_id()
    window.editor.set_title(clip_id, "Renamed")
    with Library(library.path) as other:  # the command line deletes that clip meanwhile
        other.delete([clip_id])
    window.act_undo.trigger()
    assert "Could not undo" in window.statusBar().currentMessage()
    assert not window.act_undo.isEnabled()


def test_count_and_sidebar_follow_a_tag_edit_under_a_filter(qtbot, sync_window, library):
    window = sync_window
    seed(library)
    window.refresh_tags()
    sidebar = window.sidebar
    index = sidebar.tag_model.index(sidebar.tag_model.row_of("uk"))
    sidebar.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 2)
    assert window.count_label.text() == "2 clips tagged uk"
    window.timeline.select_row(0)
    window.editor.tag_clips([window.timeline.current_id()], remove=["uk"])
    assert window.timeline_model.rowCount() == 1
    assert window.count_label.text() == "1 clip tagged uk"
    from cuttings.ui.tags.model import TagRole

    row = sidebar.tag_model.row_of("uk")
    assert sidebar.tag_model.index(row).data(TagRole.COUNT) == 1
    window.act_undo.trigger()
    assert window.count_label.text() == "2 clips tagged uk"


def test_the_window_notices_another_process_within_the_same_second(qtbot, window, library):
    seed(library)
    window.timeline_model.reload()
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 3)
    clip_id = window.timeline_model.clip_at(0).id
    window.watcher.timer.setInterval(20)
    window.watcher.timer.start()
    with Library(library.path) as cli:
        # Same second, same clip count: only the title moves.
        cli.update_clip(clip_id, title="Edited in the terminal")
    qtbot.waitUntil(lambda: titles(window)[0] == "Edited in the terminal", timeout=5000)
