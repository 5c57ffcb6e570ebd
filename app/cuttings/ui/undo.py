"""Undo and redo of library writes, on a ``QUndoStack``.

A command is pushed once its write has succeeded, holding what the core
returned (the clips deleted, the tag links made, the note before...).  Undo
and redo run as :class:`~cuttings.ui.operations.LibraryOp` on the writer
thread: each step turns the state it holds into the next one there, after the
steps queued before it, so pressing Ctrl+Z three times quickly undoes three
writes in order.  Edit → Undo names the write ("Undo Rename Tag").
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cuttings.core.changes import ClipEdit
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import LibraryOp, Operations

Step = Callable[[Library, Any], Any]
Done = Callable[[Any], None]

NOTE_COMMAND_ID = 1


class LibraryCommand(QUndoCommand):
    """A write already done; ``undo``/``redo`` map the state held to the next one."""

    def __init__(
        self,
        history: "EditHistory",
        text: str,
        state: Any,
        undo: Step,
        redo: Step,
        done: Done | None = None,
    ) -> None:
        super().__init__(text)
        self._history = history
        self.state = state
        self._undo_step = undo
        self._redo_step = redo
        self._done = done
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push redoes: the write is done already
            return
        self._run(self._redo_step)

    def undo(self) -> None:
        self._run(self._undo_step)

    def _run(self, step: Step) -> None:
        def work(library: Library) -> Any:
            # On the writer thread, after the steps queued before this one.
            self.state = step(library, self.state)
            return self.state

        op = LibraryOp(self._history.ops, work).failure(self._history.step_failed)
        if self._done is not None:
            op.success(self._done)
        op.run()


class NoteCommand(LibraryCommand):
    """A note edit: pauses in typing save the note; one undo step per clip's edit."""

    def id(self) -> int:
        return NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand):
            return False
        mine, theirs = self.state, other.state
        if not (isinstance(mine, ClipEdit) and isinstance(theirs, ClipEdit)):
            return False
        if mine.clip.id != theirs.clip.id:
            return False
        self.state = ClipEdit(theirs.clip, mine.before, mine.change | theirs.change)
        return True


class EditHistory(QObject):
    """The window's undo stack of library writes.

    Signals:
        failed(str): an undo or redo could not be done (message for the user);
            the history is cleared.
    """

    failed = Signal(str)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = QUndoStack(self)

    def push(
        self,
        text: str,
        state: Any,
        undo: Step,
        redo: Step,
        done: Done | None = None,
    ) -> LibraryCommand:
        command = LibraryCommand(self, text, state, undo, redo, done)
        self.stack.push(command)
        return command

    def push_note(self, state: ClipEdit) -> None:
        revert = Library.revert_clip_edit
        self.stack.push(
            NoteCommand(
                self, QCoreApplication.translate("EditHistory", "Edit Note"), state, revert, revert
            )
        )

    def step_failed(self, exc: BaseException) -> None:
        """The library moved on (another process deleted the clip...): history ends here."""
        self.stack.clear()
        reason = (
            core_text(str(exc))
            if isinstance(exc, CuttingsError)
            else QCoreApplication.translate("EditHistory", "unexpected error (see the log)")
        )
        self.failed.emit(
            QCoreApplication.translate("EditHistory", "Could not undo or redo: {reason}").format(
                reason=reason
            )
        )
