"""Typed background operations on the library (Anki's ``CollectionOp`` / ``QueryOp``).

* :class:`LibraryOp` — a write: runs on the single writer thread, after the
  writes queued before it; on success the :class:`LibraryChange` the core
  returned is announced through :class:`LibraryEvents` (every view updates
  from it), then the success callback runs.
* :class:`QueryOp` — a read, or long work that writes through
  :meth:`Operations.store_on_writer` (an import): runs in the pool with
  progress and cancellation.

Callbacks run on the main thread.  An expected error without a failure
callback is shown through :attr:`Operations.failed`; bugs are logged and
reported by the :class:`TaskRunner`.
"""

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

from PySide6.QtCore import QObject, Signal

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.ui.changes import LibraryEvents
from cuttings.ui.core_texts import core_text
from cuttings.ui.tasks import Task, TaskRunner

T = TypeVar("T")


def change_of(result: object) -> LibraryChange:
    """The change a core write returned, as itself or in its ``change`` field."""
    if isinstance(result, LibraryChange):
        return result
    change = getattr(result, "change", None)
    if not isinstance(change, LibraryChange):
        raise TypeError(f"a library write returned no LibraryChange: {result!r}")
    return change


class Operations(QObject):
    """Where a window's operations run: its library, task runner and change channel.

    Signals:
        failed(str): an operation without its own failure callback met an
            expected error (message for the user).
    """

    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        events: LibraryEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.events = events

    def store_on_writer(self, write: Callable[[Library], T]) -> T:
        """Run ``write`` on the writer thread and wait for it (from a worker thread).

        The caller announces the change through :attr:`events` when it sees
        fit: an import gathers its batches' changes and throttles them.
        """
        library = self.library
        return self.runner.call_on_writer(lambda: write(library))

    def report_failure(self, exc: BaseException) -> None:
        if isinstance(exc, CuttingsError):
            self.failed.emit(core_text(str(exc)))


class _Op(Generic[T]):
    def __init__(self, ops: Operations) -> None:
        self._ops = ops
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Self:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Self:
        """Instead of the status bar message (:attr:`Operations.failed`)."""
        self._on_failure = callback
        return self

    def _failed(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            self._ops.report_failure(exc)


class LibraryOp(_Op[T]):
    """A write ``op(library)`` returning a :class:`LibraryChange` or a result carrying one.

    ``LibraryOp(ops, lambda lib: lib.delete(ids)).success(show).run()``.
    """

    def __init__(self, ops: Operations, op: Callable[[Library], T]) -> None:
        super().__init__(ops)
        self._op = op

    def run(self) -> Task:
        """Queue the write; cancelling the task before it begins skips it."""
        library, op = self._ops.library, self._op
        return self._ops.runner.start(
            lambda _task: op(library),
            on_writer=True,
            on_done=self._succeeded,
            on_error=self._failed,
        )

    def _succeeded(self, result: T) -> None:
        change = change_of(result)
        if not change.is_empty:
            self._ops.events.emit_change(change)
        if self._on_success is not None:
            self._on_success(result)


class QueryOp(_Op[T]):
    """Work ``op(task)`` in the pool: reads, or long work that stores through the writer.

    ``op`` watches ``task.cancel`` and calls ``task.report(value)`` to reach
    the :meth:`progress` callback.
    """

    def __init__(self, ops: Operations, op: Callable[[Task], T]) -> None:
        super().__init__(ops)
        self._op = op
        self._on_progress: Callable[[Any], None] | None = None
        self._quick = False

    def progress(self, callback: Callable[[Any], None]) -> Self:
        self._on_progress = callback
        return self

    def quick(self) -> Self:
        """A short read a view waits on: on the runner's one thread for those."""
        self._quick = True
        return self

    def run(self) -> Task:
        return self._ops.runner.start(
            self._op,
            on_done=self._succeeded,
            on_error=self._failed,
            on_progress=self._on_progress,
            quick=self._quick,
        )

    def _succeeded(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)
