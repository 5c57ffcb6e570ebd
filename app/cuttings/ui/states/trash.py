"""The trash in the window: deleting for good (with progress), emptying, restoring a clip
clipped again, and the 30-day emptying at start-up."""

from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from cuttings.core.changes import LibraryChange, Trashed
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.library.states import PURGE_CHUNK, TRASH_DAYS
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.tasks import Task

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow


class TrashFlow(QObject):
    """Deleting for good and restoring from the trash.

    Signals:
        restored(int): a clip clipped again came back from the trash (select it).
    """

    restored = Signal(int)

    def __init__(self, ops: Operations, window: "MainWindow") -> None:
        super().__init__(window)
        self._ops = ops
        self._window = window
        self.progress: ProgressDialog | None = None
        self.question: QMessageBox | None = None

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        button = box.button(QMessageBox.StandardButton.Yes)
        button.setText(yes)
        box.buttonClicked.connect(lambda clicked: then() if clicked is button else None)
        box.open()
        self.question = replace_widget(self.question, box)
        return box

    def ask_delete_for_good(self, ids: Sequence[int]) -> QMessageBox:
        """Delete in the Trash: asked first (no undo)."""
        clip_ids = list(ids)
        question = TrashFlow.tr(
            "Delete %Ln clip(s) for good? This cannot be undone.", "", len(clip_ids)
        )
        return self._ask(
            QCoreApplication.translate("TrashFlow", "Delete for Good"),
            question,
            QCoreApplication.translate("TrashFlow", "Delete for Good"),
            lambda: self.purge(clip_ids),
        )

    def ask_empty(self) -> QMessageBox:
        return self._ask(
            QCoreApplication.translate("TrashFlow", "Empty Trash"),
            QCoreApplication.translate(
                "TrashFlow", "Delete every clip in the trash for good? This cannot be undone."
            ),
            QCoreApplication.translate("TrashFlow", "Empty Trash"),
            lambda: self.purge(None),
        )

    def purge(self, ids: Sequence[int] | None, *, older_than: timedelta | None = None) -> None:
        """Delete for good clips of the trash (``None``: all of it), a chunk per write.

        Each chunk is its own short write on the writer thread, so the window's
        other writes go on in between; a progress window with Cancel shows
        when it takes a while (taking words out of the search index is slow).
        """
        ops = self._ops
        library = ops.library
        wanted = None if ids is None else list(ids)
        quiet = older_than is not None  # the start-up emptying: no window
        dialog: ProgressDialog | None = None
        if not quiet:
            dialog = ProgressDialog(
                QCoreApplication.translate("TrashFlow", "Deleting for Good"), self._window
            )
            self.progress = replace_widget(self.progress, dialog)
            dialog.show_after(400)

        def work(task: Task) -> LibraryChange:
            in_trash = library.trashed_ids(older_than=older_than)
            if wanted is not None:
                chosen = set(wanted)
                in_trash = [i for i in in_trash if i in chosen]
            change = LibraryChange()
            for start in range(0, len(in_trash), PURGE_CHUNK):
                if task.cancelled:
                    break
                chunk = in_trash[start : start + PURGE_CHUNK]
                change |= ops.store_on_writer(partial(_purge, chunk))
                task.report((start + len(chunk), len(in_trash)))
            return change

        def done(change: LibraryChange) -> None:
            if dialog is not None:
                dialog.finish()
            if not change.is_empty:
                ops.events.emit_change(change)
            if not quiet or change.removed:
                self._window.statusBar().showMessage(
                    TrashFlow.tr("%Ln clip(s) deleted for good", "", len(change.removed)),
                    8000,
                )

        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.finish()
            ops.report_failure(exc)

        op = QueryOp(ops, work).success(done).failure(failed)
        if dialog is not None:
            op.progress(lambda counts: dialog.set_progress(*counts))
        task = op.run()
        if dialog is not None:
            dialog.cancel_requested.connect(task.cancel.set)

    def empty_old(self) -> None:
        """Empty what has been in the trash for 30 days, in the background (at start-up)."""
        self.purge(None, older_than=timedelta(days=TRASH_DAYS))

    def ask_restore(self, clip_id: int) -> QMessageBox | None:
        """A clip clipped again is in the trash: offer to bring it back."""
        try:
            clip = self._ops.library.get(clip_id, with_body=False)
        except CuttingsError:  # deleted for good meanwhile: nothing to offer
            return None
        return self._ask(
            QCoreApplication.translate("TrashFlow", "In the Trash"),
            QCoreApplication.translate(
                "TrashFlow", "“{title}” is in the trash. Restore it?"
            ).format(title=clip.title),
            QCoreApplication.translate("TrashFlow", "Restore"),
            lambda: self.restore([clip_id], select=True),
        )

    def restore(self, ids: Sequence[int], *, select: bool = False) -> None:
        """Bring clips back from the trash: one step to undo."""
        clip_ids = list(ids)

        def done(result: Trashed) -> None:
            if result.ids:
                self._window.editor.history.push(
                    QCoreApplication.translate("TrashFlow", "Restore from Trash"),
                    result,
                    undo=_trash_again,
                    redo=_restore_again,
                )
            self._window.statusBar().showMessage(
                TrashFlow.tr("%Ln clip(s) restored", "", len(result.ids)), 5000
            )
            if select and result.ids:
                self.restored.emit(result.ids[0])

        LibraryOp(self._ops, lambda library: library.restore_from_trash(clip_ids)).success(
            done
        ).run()


def _purge(clip_ids: list[int], library: Library) -> LibraryChange:
    return library.empty_trash(clip_ids).change


def _trash_again(library: Library, restored: Trashed) -> Trashed:
    return library.move_to_trash(restored.ids)


def _restore_again(library: Library, trashed: Trashed) -> Trashed:
    return library.restore_from_trash(trashed.ids)
