"""The window's edits: delete, tags, title and note, each one step of the undo history.

Every edit runs as a :class:`~cuttings.ui.operations.LibraryOp` on the writer
thread; the views learn what it changed from the core's own
:class:`~cuttings.core.changes.LibraryChange`.  Edits that take clip ids take
any number of them (a Select All over 35,000 clips is one step to undo).
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QPushButton

from cuttings.core.changes import ClipEdit, TagEdit, Trashed
from cuttings.core.library import Library
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineRole
from cuttings.ui.titledialog import TitleDialog
from cuttings.ui.undo import EditHistory

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow

UNDO_VISIBLE_MS = 15_000
# A write on more clips than this shows a progress window if it takes a while.
BULK_PROGRESS_MIN = BLOCK_SIZE
BULK_PROGRESS_DELAY_MS = 400


class Editor(QObject):
    """Runs the window's edits and keeps their undo history (``history.stack``).

    ``bulk_progress`` is the progress window of the last write on many clips.
    """

    def __init__(self, ops: Operations, window: "MainWindow") -> None:
        super().__init__(window)
        self._ops = ops
        self._window = window
        self.history = EditHistory(ops, self)
        self.history.failed.connect(self._show)
        # After a delete, an Undo button in the status bar for a while.
        self.undo_button = QPushButton(QCoreApplication.translate("Editor", "Undo"), window)
        self.undo_button.setFlat(True)
        self.undo_button.setAccessibleName(QCoreApplication.translate("Editor", "Undo delete"))
        self.undo_button.clicked.connect(self.history.stack.undo)
        self.undo_button.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_VISIBLE_MS)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self.history.stack.indexChanged.connect(lambda _i: self.undo_button.hide())
        self.bulk_progress: ProgressDialog | None = None

    def _show(self, message: str, timeout: int = 8000) -> None:
        self._window.statusBar().showMessage(message, timeout)

    # -- delete ----------------------------------------------------------------------

    def _start_bulk(self, title: str, count: int) -> None:
        """A progress window for a write on many clips, shown if it takes a while."""
        if count <= BULK_PROGRESS_MIN:
            return
        dialog = ProgressDialog(title, self._window)
        dialog.label.setText(title)
        # One transaction: it cannot stop halfway.
        dialog.cancel_button.setEnabled(False)
        self.bulk_progress = replace_widget(self.bulk_progress, dialog)
        dialog.show_after(BULK_PROGRESS_DELAY_MS)

    def _end_bulk(self) -> None:
        if self.bulk_progress is not None:
            self.bulk_progress.finish()

    def _bulk_failed(self, exc: BaseException) -> None:
        self._end_bulk()
        self._ops.report_failure(exc)

    # -- delete ----------------------------------------------------------------------

    def delete_selected(self) -> None:
        # Every selected clip, read or not: after Select All, every match.
        window = self._window
        spans = window.timeline.selected_spans()
        ids = window.timeline.selected_ids()
        if not ids:
            return
        if window.states.in_trash():
            window.states.trash.ask_delete_for_good(ids)  # already in the trash: for good
            return
        self.delete_clips(ids, select_row=spans[0][0])

    def delete_clips(self, ids: Sequence[int], *, select_row: int = -1) -> None:
        """Move clips (any number) to the trash; Undo brings them back."""
        clip_ids = list(ids)

        def deleted(result: Trashed) -> None:
            self._end_bulk()
            count = len(result.ids)
            self.history.push(
                Editor.tr("Move %n Clip(s) to Trash", "", count),
                result,
                undo=_restore,
                redo=_delete_again,
                done=self._undo_step_done,
            )
            self._show(
                Editor.tr("%Ln clip(s) moved to the trash — Undo (Ctrl+Z)", "", count),
                UNDO_VISIBLE_MS,
            )
            self.undo_button.show()
            self._undo_timer.start()
            model = self._window.timeline_model
            if select_row < 0:
                return
            if model.is_loading():
                self._window.select_row_when_loaded(select_row)  # a big delete: list read again
            elif model.rowCount():
                self._window.timeline.select_row(min(select_row, model.rowCount() - 1))

        self._start_bulk(
            Editor.tr("Moving %Ln clip(s) to the trash…", "", len(clip_ids)),
            len(clip_ids),
        )
        (
            LibraryOp(self._ops, lambda library: library.move_to_trash(clip_ids))
            .success(deleted)
            .failure(self._bulk_failed)
            .run()
        )

    def _undo_step_done(self, result: Trashed) -> None:
        if result.change.added:
            self._show(Editor.tr("%Ln clip(s) restored", "", len(result.ids)), 5000)
            self._window.timeline.select_ids(list(result.ids))
        else:
            self._show(
                Editor.tr("%Ln clip(s) moved to the trash", "", len(result.ids)),
                5000,
            )

    # -- title and note ------------------------------------------------------------------

    def save_note(self, clip_id: int, note: str) -> None:
        def saved(edit: ClipEdit) -> None:
            if not edit.change.is_empty:
                self.history.push_note(edit)

        (
            LibraryOp(self._ops, lambda library: library.update_clip(clip_id, note=note))
            .success(saved)
            .run()
        )

    def rename_clip(self) -> QInputDialog | None:
        window = self._window
        index = window.timeline.currentIndex()
        if not index.isValid():
            return None
        clip_id = index.data(TimelineRole.CLIP_ID)
        dialog = TitleDialog(index.data(Qt.ItemDataRole.DisplayRole), window)
        dialog.resize(window.fontMetrics().averageCharWidth() * 70, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda title: self.set_title(clip_id, title))
        dialog.open()
        return dialog

    def set_title(self, clip_id: int, title: str) -> None:
        (
            LibraryOp(self._ops, lambda library: library.update_clip(clip_id, title=title))
            .success(
                lambda edit: self._push_clip_edit(
                    QCoreApplication.translate("Editor", "Rename Clip"), edit
                )
            )
            .run()
        )

    def _push_clip_edit(self, text: str, edit: ClipEdit) -> None:
        if not edit.change.is_empty:
            revert = Library.revert_clip_edit
            self.history.push(text, edit, undo=revert, redo=revert)

    # -- tags -------------------------------------------------------------------------

    def edit_tags(self) -> EditTagsDialog | None:
        """Edit the tags of every selected clip (after Select All, every match).

        The tags they share come from one query in the background; the
        dialog opens when they are in (at once when the runner is synchronous).
        """
        ids = self._window.timeline.selected_ids()
        if not ids:
            return None
        opened: list[EditTagsDialog] = []
        library = self._ops.library
        (
            QueryOp(self._ops, lambda _task: library.common_tags(ids))
            .success(lambda common: opened.append(self._open_tags_dialog(ids, common)))
            .run()
        )
        return opened[0] if opened else None

    def _open_tags_dialog(self, ids: list[int], common: list[str]) -> EditTagsDialog:
        window = self._window
        dialog = EditTagsDialog(common, len(ids), window.sidebar.tag_model.names(), window)
        dialog.tags_edited.connect(
            lambda added, removed: self.tag_clips(ids, add=added, remove=removed)
        )
        dialog.open()
        return dialog

    def tag_clips(
        self, ids: Sequence[int], *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> None:
        """Add and remove tags on clips (any number): one step to undo."""
        clip_ids, added, removed = list(ids), list(add), list(remove)
        if not (added or removed):
            return
        self._start_bulk(
            Editor.tr("Tagging %Ln clip(s)…", "", len(clip_ids)),
            len(clip_ids),
        )
        self._tag_write(
            QCoreApplication.translate("Editor", "Edit Tags"),
            lambda library: library.edit_tags(clip_ids, add=added, remove=removed),
            bulk=True,
        )

    def rename_tag(self, old: str, new: str) -> None:
        self._tag_write(
            QCoreApplication.translate("Editor", "Rename Tag"),
            lambda library: library.rename_tag(old, new),
        )

    def merge_tags(self, sources: list[str], target: str) -> None:
        self._tag_write(
            QCoreApplication.translate("Editor", "Merge Tags"),
            lambda library: library.merge_tags(sources, target),
        )

    def delete_tag(self, name: str) -> None:
        self._tag_write(
            QCoreApplication.translate("Editor", "Delete Tag"),
            lambda library: library.delete_tag(name),
        )

    def _tag_write(
        self, text: str, write: Callable[[Library], TagEdit], *, bulk: bool = False
    ) -> None:
        def done(edit: TagEdit) -> None:
            if bulk:
                self._end_bulk()
            if not edit.change.is_empty:
                revert = Library.revert_tag_edit
                self.history.push(text, edit, undo=revert, redo=revert)

        op = LibraryOp(self._ops, write).success(done)
        if bulk:
            op.failure(self._bulk_failed)
        op.run()


def _restore(library: Library, trashed: Trashed) -> Trashed:
    return library.restore_from_trash(trashed.ids)


def _delete_again(library: Library, restored: Trashed) -> Trashed:
    return library.move_to_trash(restored.ids)
