"""The one way the window runs work off the GUI thread.

Modelled on Picard's ``run_task`` and Anki's ``CollectionOp``/``QueryOp``: a
function runs in a pool and its result (or exception) comes back to the main
thread through a queued signal.  Two pools:

* ``run`` — a bounded pool for work that may run in parallel (fetching and
  cleaning pages, slow reads such as search);
* ``run(quick=True)`` — one thread for the short reads a view waits on (a
  block of rows, a list's head, the reader's clip), in order: their Python
  code holds the GIL, and with four of them at once the GUI thread got a
  fifth of it (a paint of 5 ms of CPU took 35 ms);
* ``write`` — a single thread that performs every database write in order, so
  writes never race each other.

Workers take plain data in and hand plain data back; they never touch a
widget.  The window's code goes through the typed operations built on this
(:mod:`cuttings.ui.operations`).  Expected failures (:class:`CuttingsError`)
reach ``on_error`` as is; anything else is a bug: it is logged with its traceback and reported once
through :attr:`TaskRunner.bug` before reaching ``on_error``.
"""

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from cuttings.core.errors import CuttingsError
from cuttings.ui.collector import collect_on_gui_thread

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[Any], None]
T = TypeVar("T")


class Cancelled(CuttingsError):
    """The work was cancelled before it began."""


@dataclass
class Task:
    """A handle on submitted work, also handed to the work itself (see :meth:`TaskRunner.start`).

    ``cancel`` is the event the work watches; ``report(value)`` delivers
    ``value`` to ``on_progress`` on the main thread.
    """

    id: int
    on_writer: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    on_done: DoneCallback | None = None
    on_error: ErrorCallback | None = None
    on_progress: ProgressCallback | None = None
    report: Callable[[Any], None] = lambda _value: None

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        self._fn()


class TaskRunner(QObject):
    """Runs functions in background pools and calls back on the main thread.

    Signals:
        bug(str): an unexpected exception escaped a task (message for the user;
            the traceback is logged).
        idle(): no task is pending any more.
    """

    bug = Signal(str)
    idle = Signal()
    # Emitted from worker threads; queued to this object's (the main) thread.
    _finished = Signal(int, object)
    _failed = Signal(int, object)
    _progressed = Signal(int, object)

    def __init__(
        self, parent: QObject | None = None, *, max_workers: int = 4, synchronous: bool = False
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        if not synchronous:
            collect_on_gui_thread()  # before any pool thread runs Python code
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._shut_down = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_workers)
        self._quick = QThreadPool(self)
        self._quick.setMaxThreadCount(1)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._writer.setExpiryTimeout(-1)  # keep the one writer thread alive
        self._finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    # -- submitting ------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        quick: bool = False,
    ) -> Task:
        """Run ``fn`` in the bounded pool, or if ``quick`` (a short read a view waits
        on) on the one thread for those."""
        return self.start(lambda _task: fn(), on_done=on_done, on_error=on_error, quick=quick)

    def write(
        self,
        fn: Callable[[], Any],
        *,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Task:
        """Run ``fn`` (a database write) on the single writer thread, in order."""
        return self.start(lambda _task: fn(), on_writer=True, on_done=on_done, on_error=on_error)

    def start(
        self,
        fn: Callable[[Task], Any],
        *,
        on_writer: bool = False,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        quick: bool = False,
    ) -> Task:
        """Run ``fn(task)`` in the pool (on its quick thread if ``quick``), or on the
        writer thread after earlier writes.

        ``fn`` may watch ``task.cancel`` and call ``task.report(value)``; work
        cancelled before it begins is not run (``on_error`` gets
        :class:`Cancelled`).  The writer runs one function at a time, so work
        that mostly waits (fetching pages) belongs in the pool, handing its
        writes to :meth:`call_on_writer`.
        """
        task = Task(
            next(self._ids),
            on_writer=on_writer,
            on_done=on_done,
            on_error=on_error,
            on_progress=on_progress,
        )
        # Not a closure over ``task``: a task in a reference cycle (and the models
        # and windows its callbacks hold) would wait for Python's cycle collector,
        # which may run in a pool thread and delete QObjects there (a crash).
        task.report = functools.partial(self._report, task.id)
        if self._shut_down:
            # A timer or a late event of a closed window: its library may be closed
            # already, and its callbacks would reach views that are gone.
            log.debug("work submitted after the runner shut down: dropped")
            task.cancel.set()
            return task
        self._tasks[task.id] = task
        if self.synchronous:
            # Deliver in order, now: tests that run synchronously see the outcome at once.
            self._execute(task, fn)
            return task
        # The pool owns and deletes the runnable once it has run: a runnable kept
        # here would tie this runner in a reference cycle (see ``task.report``),
        # and deleting it on the GUI thread could free it while its thread
        # still returns from it.
        runnable = _Runnable(lambda: self._execute(task, fn))
        runnable.setAutoDelete(True)
        (self._writer if on_writer else self._quick if quick else self._pool).start(runnable)
        return task

    def call_on_writer(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the writer thread and wait for it (from a worker thread only).

        How long work in the pool (an import) writes without holding the
        writer between its writes: edits made meanwhile queue behind one of
        its short transactions at most.
        """
        if self.synchronous:
            return fn()
        done: Future[T] = Future()

        def call() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:  # raised again in the waiting thread
                done.set_exception(exc)

        runnable = _Runnable(call)
        runnable.setAutoDelete(True)
        self._writer.start(runnable)
        return done.result()

    # -- worker side -------------------------------------------------------------

    def _report(self, task_id: int, value: Any) -> None:
        if self.synchronous:
            self._deliver_progress(task_id, value)
        else:
            self._progressed.emit(task_id, value)

    def _execute(self, task: Task, fn: Callable[[Task], Any]) -> None:
        """Run ``fn`` and signal its outcome (called in a worker thread)."""
        try:
            if task.cancelled:
                raise Cancelled("cancelled")
            result = fn(task)
        except BaseException as exc:  # delivered to the main thread, never swallowed
            if self.synchronous:
                self._deliver_error(task.id, exc)
            else:
                self._failed.emit(task.id, exc)
        else:
            if self.synchronous:
                self._deliver_result(task.id, result)
            else:
                self._finished.emit(task.id, result)

    # -- main-thread side ----------------------------------------------------------

    def _forget(self, task_id: int) -> Task | None:
        task = self._tasks.pop(task_id, None)
        if not self._tasks:
            self.idle.emit()
        return task

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: Any) -> None:
        task = self._forget(task_id)
        if task is not None and task.on_done is not None:
            task.on_done(result)

    @Slot(int, object)
    def _deliver_error(self, task_id: int, exc: BaseException) -> None:
        task = self._forget(task_id)
        if not isinstance(exc, CuttingsError):
            log.error("unexpected error in a background task", exc_info=exc)
            self.bug.emit(
                QCoreApplication.translate(
                    "TaskRunner", "Unexpected error: {error_type}: {error}"
                ).format(error_type=type(exc).__name__, error=exc)
            )
        if task is not None and task.on_error is not None:
            task.on_error(exc)

    @Slot(int, object)
    def _deliver_progress(self, task_id: int, value: Any) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None:
            task.on_progress(value)

    # -- state ---------------------------------------------------------------------

    def pending(self) -> int:
        return len(self._tasks)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel the pool's work and wait for it; queued writes always finish.

        The outcomes still on their way are then dropped: their callbacks
        belong to views that are closing, and a result delivered later (in
        whatever event loop runs next) would reach objects already gone.  So
        is any work submitted from then on: it is never run.
        """
        self._shut_down = True
        for task in self._tasks.values():
            if not task.on_writer:
                task.cancel.set()
        self._pool.waitForDone(timeout_ms)
        self._quick.waitForDone(timeout_ms)
        self._writer.waitForDone(-1)
        self._tasks.clear()
