"""The press-review editor in the real window: made from the selection, listed in the
sidebar, rearranged by drag and drop, per-clip options, an export in the background."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from cuttings.ui.operations import LibraryOp
from tests.ui.conftest import fill


def _drag(tree, item, target) -> None:
    """What Qt does for a drag of ``item`` released over the middle of ``target``."""
    tree.setCurrentItem(item)
    mime = tree.mimeData([item])
    point = tree.visualItemRect(target).center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    tree.dragMoveEvent(QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers))
    tree.dropEvent(QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, modifiers))


def _order(library, edition_id):
    return [(s.title, [e.clip_id for e in s.entries]) for s in library.edition(edition_id).sections]


def test_editor_from_selection_drag_and_drop_and_export(qtbot, library, tmp_path):
    from tests.ui.conftest import open_window

    fill(library, 3)
    window = open_window(qtbot, library, synchronous=True)
    # No review yet: the sidebar gives the list no room.
    assert window.reviews.list.isHidden() and window.reviews.label.isHidden()
    window.timeline.selectAll()
    window.reviews.new_from_selection()
    qtbot.waitUntil(lambda: len(window.reviews.editors) == 1)
    ((edition_id, editor),) = window.reviews.editors.items()
    qtbot.waitUntil(lambda: editor.edition is not None)
    assert window.reviews.list.count() == 1
    assert not window.reviews.list.isHidden() and not window.reviews.label.isHidden()
    assert window.reviews.list.item(0).toolTip().endswith(": 3 articles in 1 section")
    ids = [e.clip_id for e in library.edition(edition_id).entries]
    assert sorted(ids) == [1, 2, 3]

    LibraryOp(window.ops, lambda lib: lib.add_section(edition_id, "Second")).run()
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 2)
    first, second = (editor.tree.topLevelItem(i) for i in range(2))

    # An entry dropped on another section moves there, and it is stored.
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        _drag(editor.tree, first.child(0), second)
    assert _order(library, edition_id) == [("Articles", ids[1:]), ("Second", ids[:1])]

    # A section dropped on a clip would nest it: refused, nothing written.
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(1).childCount() == 1)
    first, second = (editor.tree.topLevelItem(i) for i in range(2))
    _drag(editor.tree, second, first.child(0))
    assert _order(library, edition_id) == [("Articles", ids[1:]), ("Second", ids[:1])]

    # Per-clip options.
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(0))
    with qtbot.waitSignal(window.events.changed, timeout=5000):
        editor.full_text_box.setChecked(False)
    assert library.edition(edition_id).sections[1].entries[0].full_text is False

    # The preview is the HTML export.
    qtbot.waitUntil(lambda: "Second" in editor.preview.toPlainText())

    target = tmp_path / "review.html"
    with qtbot.waitSignal(editor.export.finished, timeout=10000) as finished:
        editor.export.start(edition_id, "html", target)
    assert finished.args == [f"Written: {target}"]
    assert "Story number" in target.read_text(encoding="utf-8")

    window.reviews.delete(edition_id)
    qtbot.waitUntil(lambda: window.reviews.list.count() == 0)
    assert window.reviews.list.isHidden()
