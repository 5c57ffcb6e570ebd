"""File → Import: choose files, confirm, import in the background, report.

The files are read in the pool (reading counts the items, and an OPML list
downloads its feeds); the import itself is one job in the pool too, not on the
writer thread: it mostly waits on the network (its fetches run in its own
bounded pool) and stores what arrives in short batched transactions, which
SQLite serialises with the writer's, so edits made meanwhile are not held up
behind it.  Progress is throttled before it crosses threads: an import
of 100,000 items must not flood the event loop.
"""

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from cuttings.core.article import Article
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
from cuttings.core.importers.runner import ArticleFetcher
from cuttings.core.library import Library
from cuttings.ui.changes import LibraryChange, LibraryEvents
from cuttings.ui.clipping.controller import FetchArticle
from cuttings.ui.porting import paths
from cuttings.ui.porting.import_dialogs import ImportReportDialog, ImportSetupDialog
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.tasks import Task, TaskRunner

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
    added: tuple[int, ...] = ()  # clips imported since the previous report


def progress_reporter(
    report: Callable[[Any], None], interval: float = PROGRESS_INTERVAL_S
) -> Callable[[int, int, ItemOutcome], None]:
    """An ``on_progress`` that passes on at most one update per ``interval`` (and the last)."""
    last: float | None = None  # the first item is always shown
    added: list[int] = []

    def on_progress(done: int, total: int, outcome: ItemOutcome) -> None:
        nonlocal last
        if outcome.status == "imported" and outcome.clip_id is not None:
            added.append(outcome.clip_id)
        now = time.monotonic()
        if last is None or done >= total or now - last >= interval:
            last = now
            item = outcome.item
            report(ImportProgress(done, total, item.title or item.url, tuple(added)))
            added.clear()

    return on_progress


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
        library: Library,
        runner: TaskRunner,
        events: LibraryEvents,
        fetch: FetchArticle | None = None,
        parent: QWidget | None = None,
        *,
        known_tags: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._library = library
        self._runner = runner
        self._events = events
        self._fetch = import_fetcher(fetch)
        self._tags: tuple[str, ...] = ()
        self._reads = 0
        self._task: Task | None = None
        self._added: list[int] = []  # imported, not yet announced
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

        def read() -> list[ImportSource]:
            return read_sources(files, format=format, fetch_feed=download_feed)

        def done(sources: list[ImportSource]) -> None:
            if generation == self._reads:
                dialog.show_sources(sources)

        def failed(exc: BaseException) -> None:
            if generation == self._reads:
                message = str(exc) if isinstance(exc, CuttingsError) else "unexpected error"
                dialog.show_error(message)

        self._runner.run(read, on_done=done, on_error=failed)

    # -- importing -----------------------------------------------------------------

    def start(self, sources: Sequence[ImportSource], tags: Sequence[str] = ()) -> None:
        """Import ``sources`` (read by :func:`read_sources`) with ``tags`` added."""
        library, fetch, extra = self._library, self._fetch, tuple(tags)
        chosen = list(sources)
        self._tags = extra

        def work(task: Task, report: Callable[[Any], None]) -> ImportReport:
            return import_sources(
                library,
                chosen,
                tags=extra,
                on_progress=progress_reporter(report),
                cancel=task.cancel,
                fetch=fetch,
            )

        self._run(work, "Importing…")

    def retry(self, report: ImportReport) -> None:
        """Import the failed items of ``report`` again (a new report is written)."""
        if self._show_running():
            return
        library, fetch, extra = self._library, self._fetch, self._tags
        items = report.retry_items()
        sources = [f"retry of {report.path.name}" if report.path else "retry"]

        def work(task: Task, progress: Callable[[Any], None]) -> ImportReport:
            again = ImportReport(sources=sources)
            try:
                run_import(
                    library,
                    items,
                    tags=extra,
                    fetch=fetch,
                    on_progress=progress_reporter(progress),
                    cancel=task.cancel,
                    report=again,
                )
            finally:
                again.write(default_report_path(library.path, again.started_at))
            return again

        self._run(work, "Retrying Failed Items…")

    def _run(self, work: Callable[[Task, Callable[[Any], None]], ImportReport], title: str) -> None:
        dialog = ProgressDialog(title, self._window)
        self.progress_dialog = replace_widget(self.progress_dialog, dialog)
        self._added, self._announced, self._last_announce = [], 0, time.monotonic()
        # Not on the writer thread: an import waits on the network for minutes,
        # and clips, notes and deletes must not queue behind it. Its own writes
        # are short batched transactions that SQLite serialises with the
        # writer's (BEGIN IMMEDIATE waits for the lock).
        self._task = self._runner.run(
            work,
            pass_task=True,
            on_progress=lambda p: self._progressed(dialog, p),
            on_done=self._done,
            on_error=self._failed,
        )
        dialog.cancel_requested.connect(self._task.cancel.set)
        dialog.show()

    def _progressed(self, dialog: ProgressDialog, progress: ImportProgress) -> None:
        dialog.set_progress(progress.done, progress.total, progress.current)
        self._added.extend(progress.added)
        now = time.monotonic()
        if (
            self._added
            and self._announced + len(self._added) <= INSERT_LIMIT
            and now - self._last_announce >= SHOW_ADDED_INTERVAL_S
        ):
            self._announce()

    def _announce(self) -> None:
        """Tell the views about the clips imported so far (they appear as the import runs)."""
        added, self._added = tuple(self._added), []
        self._last_announce = time.monotonic()
        if not added:
            return
        if self._announced + len(added) > INSERT_LIMIT:
            self._events.emit_change(LibraryChange(tags_changed=True, reload=True))
        else:
            self._events.emit_change(LibraryChange(added=added, tags_changed=True))
        self._announced += len(added)

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
        # Part of the import may be in: the views reload whatever happened.
        self._events.emit_change(LibraryChange(tags_changed=True, reload=True))
        if not isinstance(exc, CuttingsError):
            # A bug: the runner has reported it already (once per session).
            self.failed.emit("An unexpected error stopped the import (details in the log).")
            return
        message = str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Import Failed",
            message[:1].upper() + message[1:],
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.open()
        self.failed.emit(message)


def open_file(path: Path | None) -> None:
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
