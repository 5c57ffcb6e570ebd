"""File → Import: choose files, confirm, import in the background, report.

The files are read in the pool (reading counts the items, and an OPML list
downloads its feeds); the import itself is one job in the pool too, not on the
writer thread: it mostly waits on the network (its fetches run in its own
bounded pool) and queues each batch of clips it stores to the one writer
thread, so an edit made meanwhile waits for one short batch at most.
Progress is throttled before it crosses threads: an import of 100,000 items
must not flood the event loop.
"""

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from cuttings.core.article import Article
from cuttings.core.changes import AddedMany, LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.importers import (
    ImportReport,
    ImportSource,
    ItemOutcome,
    default_report_path,
    import_sources,
    read_sources,
    run_import,
)
from cuttings.core.importers.feeds import download_feed
from cuttings.core.importers.runner import ArticleFetcher, StoreBatch
from cuttings.core.library import NewClip
from cuttings.ui.clipping.controller import FetchArticle
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.porting import paths
from cuttings.ui.porting.import_dialogs import ImportReportDialog, ImportSetupDialog
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.tasks import Task

PROGRESS_INTERVAL_S = 0.05
# New clips are shown while an import runs, at most once a second...
SHOW_ADDED_INTERVAL_S = 1.0
# ...until this many: then the timeline reloads once at the end instead.
INSERT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Plain data crossing from the import's worker thread: counts and the item just settled."""

    done: int
    total: int
    current: str
    change: LibraryChange = field(default_factory=LibraryChange)  # stored since the last report


@dataclass
class StoredChanges:
    """The changes of the batches an import stored, until a progress report takes them.

    Written by the import's thread, taken by it or (once it ended) by the main thread.
    """

    _change: LibraryChange = field(default_factory=LibraryChange)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, change: LibraryChange) -> None:
        with self._lock:
            self._change |= change

    def take(self) -> LibraryChange:
        with self._lock:
            change, self._change = self._change, LibraryChange()
        return change


def progress_reporter(
    report: Callable[[Any], None],
    stored: StoredChanges,
    interval: float = PROGRESS_INTERVAL_S,
) -> Callable[[int, int, ItemOutcome], None]:
    """An ``on_progress`` that passes on at most one update per ``interval`` (and the last)."""
    last: float | None = None  # the first item is always shown

    def on_progress(done: int, total: int, outcome: ItemOutcome) -> None:
        nonlocal last
        now = time.monotonic()
        if last is None or done >= total or now - last >= interval:
            last = now
            item = outcome.item
            report(ImportProgress(done, total, item.title or item.url, stored.take()))

    return on_progress


def writer_store(ops: Operations, stored: StoredChanges) -> StoreBatch:
    """The import's ``store``: each batch written on the window's writer thread."""

    def store(entries: Sequence[NewClip]) -> AddedMany:
        result = ops.store_on_writer(lambda library: library.add_many(entries))
        stored.add(result.change)
        return result

    return store


def import_fetcher(fetch: FetchArticle | None) -> ArticleFetcher | None:
    """The window's fetcher in the importer's shape (None: the core pipeline)."""
    if fetch is None:
        return None

    def fetch_for_import(url: str, cancel: threading.Event) -> Article:
        return fetch(url, cancel=cancel)

    return fetch_for_import


class ImportFlow(QObject):
    """Drives one import at a time, from the file dialog to the report dialog.

    Signals:
        finished(object): an import (or a retry) ended with this
            :class:`ImportReport`; the library-changed event was emitted first.
        failed(str): the files could not be imported (message for the user).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        ops: Operations,
        fetch: FetchArticle | None = None,
        parent: QWidget | None = None,
        *,
        known_tags: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._ops = ops
        self._library = ops.library
        self._fetch = import_fetcher(fetch)
        self._tags: tuple[str, ...] = ()
        self._reads = 0
        self._task: Task | None = None
        self._stored = StoredChanges()  # stored by the import thread, not yet reported
        self._pending = LibraryChange()  # reported, not yet announced
        self._announced = 0
        self._last_announce = 0.0
        self._known_tags = known_tags  # offered by the tags field's completer
        self.setup_dialog: ImportSetupDialog | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- choosing and reading the files ------------------------------------------------

    def choose_files(self) -> None:
        if self._show_running():
            return
        chosen = paths.ask_import_files(self._window, Path.home())
        if chosen:
            self.start_with(chosen)

    def start_with(self, files: Sequence[Path]) -> ImportSetupDialog | None:
        """Show the confirmation for ``files`` and read them in the background."""
        if self._show_running():
            return None
        dialog = ImportSetupDialog(files, self._known_tags(), self._window)
        dialog.format_chosen.connect(lambda fmt: self._read(dialog, fmt))
        dialog.import_requested.connect(self.start)
        self.setup_dialog = replace_widget(self.setup_dialog, dialog)
        dialog.open()
        self._read(dialog, None)
        return dialog

    def _read(self, dialog: ImportSetupDialog, format: str | None) -> None:
        self._reads += 1
        generation = self._reads
        files = list(dialog.paths)

        def read(_task: Task) -> list[ImportSource]:
            return read_sources(files, format=format, fetch_feed=download_feed)

        def done(sources: list[ImportSource]) -> None:
            if generation == self._reads:
                dialog.show_sources(sources)

        def failed(exc: BaseException) -> None:
            if generation == self._reads:
                message = (
                    core_text(str(exc))
                    if isinstance(exc, CuttingsError)
                    else QCoreApplication.translate("ImportFlow", "unexpected error")
                )
                dialog.show_error(message)

        QueryOp(self._ops, read).success(done).failure(failed).run()

    # -- importing -----------------------------------------------------------------

    def start(self, sources: Sequence[ImportSource], tags: Sequence[str] = ()) -> None:
        """Import ``sources`` (read by :func:`read_sources`) with ``tags`` added."""
        library, fetch, extra = self._library, self._fetch, tuple(tags)
        chosen = list(sources)
        self._tags = extra
        stored, store = self._stored, writer_store(self._ops, self._stored)

        def work(task: Task) -> ImportReport:
            return import_sources(
                library,
                chosen,
                tags=extra,
                on_progress=progress_reporter(task.report, stored),
                cancel=task.cancel,
                fetch=fetch,
                store=store,
            )

        self._run(work, QCoreApplication.translate("ImportFlow", "Importing…"))

    def retry(self, report: ImportReport) -> None:
        """Import the failed items of ``report`` again (a new report is written)."""
        if self._show_running():
            return
        library, fetch, extra = self._library, self._fetch, self._tags
        items = report.retry_items()
        sources = [
            QCoreApplication.translate("ImportFlow", "retry of {name}").format(
                name=report.path.name
            )
            if report.path
            else "retry"
        ]
        stored, store = self._stored, writer_store(self._ops, self._stored)

        def work(task: Task) -> ImportReport:
            again = ImportReport(sources=sources)
            try:
                run_import(
                    library,
                    items,
                    tags=extra,
                    fetch=fetch,
                    on_progress=progress_reporter(task.report, stored),
                    cancel=task.cancel,
                    report=again,
                    store=store,
                )
            finally:
                again.write(default_report_path(library.path, again.started_at))
            return again

        self._run(work, QCoreApplication.translate("ImportFlow", "Retrying Failed Items…"))

    def _run(self, work: Callable[[Task], ImportReport], title: str) -> None:
        dialog = ProgressDialog(title, self._window)
        self.progress_dialog = replace_widget(self.progress_dialog, dialog)
        self._pending, self._announced, self._last_announce = LibraryChange(), 0, time.monotonic()
        # In the pool, not on the writer thread: an import waits on the network
        # for minutes, and clips, notes and deletes must not queue behind it.
        # Its batches go to the writer one by one (writer_store).
        self._task = (
            QueryOp(self._ops, work)
            .progress(lambda p: self._progressed(dialog, p))
            .success(self._done)
            .failure(self._failed)
            .run()
        )
        dialog.cancel_requested.connect(self._task.cancel.set)
        dialog.show()

    def _progressed(self, dialog: ProgressDialog, progress: ImportProgress) -> None:
        dialog.set_progress(progress.done, progress.total, progress.current)
        self._pending |= progress.change
        now = time.monotonic()
        if (
            not self._pending.is_empty
            and self._announced + len(self._pending.added) <= INSERT_LIMIT
            and now - self._last_announce >= SHOW_ADDED_INTERVAL_S
        ):
            self._announce()

    def _announce(self) -> None:
        """Tell the views what the import stored so far (clips appear as it runs)."""
        change, self._pending = self._pending | self._stored.take(), LibraryChange()
        self._last_announce = time.monotonic()
        if change.is_empty:
            return
        if self._announced + len(change.added) > INSERT_LIMIT:
            # Too many to insert one by one: the views reload once.
            change = change | LibraryChange(reload=True)
        self._ops.events.emit_change(change)
        self._announced += len(change.added)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _show_running(self) -> bool:
        if self._task is None:
            return False
        if self.progress_dialog is not None:
            self.progress_dialog.show()
            self.progress_dialog.raise_()
        return True

    def _end(self) -> None:
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.finish()

    def _done(self, report: ImportReport) -> None:
        self._end()
        # Every imported id came with a progress report: what is left is announced now.
        self._announce()
        dialog = ImportReportDialog(report, self._window)
        dialog.retry_requested.connect(lambda: self.retry(report))
        dialog.open_report_requested.connect(lambda: open_file(report.path))
        self.report_dialog = replace_widget(self.report_dialog, dialog)
        dialog.open()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        # Part of the import may be in: the views learn what was stored.
        self._announce()
        if not isinstance(exc, CuttingsError):
            # A bug: the runner has reported it already (once per session).
            self.failed.emit(
                QCoreApplication.translate(
                    "ImportFlow", "An unexpected error stopped the import (details in the log)."
                )
            )
            return
        message = core_text(str(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ImportFlow", "Import Failed"),
            message[:1].upper() + message[1:],
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.open()
        self.failed.emit(message)


def open_file(path: Path | None) -> None:
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
