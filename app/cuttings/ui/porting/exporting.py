"""File → Export: what and which format, where, then the export in the pool.

Exporting only reads the library, so it runs in the bounded pool next to the
timeline's searches; the core writes to a temporary name and renames it, so a
cancelled or failed export leaves nothing half-written behind.
"""

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.errors import CuttingsError
from cuttings.core.exporters import (
    EXPORT_FORMATS,
    ExportCancelledError,
    ExportResult,
    export_clips,
)
from cuttings.core.library import Library
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.porting import paths
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.settings import app_settings
from cuttings.ui.tasks import Cancelled, Task

FORMAT_LABELS = {
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (Cuttings, can be imported again)"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (a folder, one file per clip)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML page"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet"),
    "netscape": QT_TRANSLATE_NOOP("ExportDialog", "Bookmark file (browsers, Pocket, Raindrop…)"),
    "epub": QT_TRANSLATE_NOOP("ExportDialog", "EPUB e-book"),
}
SUFFIXES = {"json": ".json", "html": ".html", "csv": ".csv", "netscape": ".html", "epub": ".epub"}
SHOW_VISIBLE_MS = 30_000
PROGRESS_INTERVAL_S = 0.05
PROGRESS_DELAY_MS = 400


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Plain data for the worker: what to export, as what, where."""

    format: str
    output: Path
    clip_ids: tuple[int, ...] | None = None
    query: TimelineQuery | None = None  # the timeline's results (search and/or tags)


def shown_clip_ids(library: Library, query: TimelineQuery) -> list[int]:
    """The ids of the clips a timeline query shows, in its order."""
    return list(library.timeline_list(query).ids)


def run_export(
    library: Library,
    request: ExportRequest,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Export as ``request`` says (in a worker); disk errors become expected errors."""
    clip_ids: Sequence[int] | None = request.clip_ids
    if request.query is not None:
        # Exactly what the timeline shows (its prefix search, tags and order).
        clip_ids = shown_clip_ids(library, request.query)
    try:
        return export_clips(
            library,
            request.format,
            request.output,
            clip_ids=clip_ids,
            title=QCoreApplication.translate("porting.exporting", "Cuttings: {library}").format(
                library=library.path.stem
            ),
            on_progress=on_progress,
            cancel=cancel,
        )
    except OSError as exc:
        # Disk full, permission denied… in a writer the core does not wrap (Markdown).
        raise CuttingsError(f"cannot write {request.output}: {exc.strerror or exc}") from None


class ExportDialog(QDialog):
    """Choose what to export (all, the selection, the results shown) and the format.

    Signals:
        export_requested(str, str): OK was pressed: the scope ("all",
            "selected" or "results") and the format name.
    """

    export_requested = Signal(str, str)

    def __init__(
        self,
        total: int,
        selected: int,
        results: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export Clippings"))
        self.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export clippings"))
        self.scopes = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        choices = [
            (
                "all",
                QCoreApplication.translate("ExportDialog", "&All clips ({total})").format(
                    total=QLocale().toString(total)
                ),
                total > 0,
            )
        ]
        choices.append(
            (
                "selected",
                QCoreApplication.translate(
                    "ExportDialog", "The &selected clips ({selected})"
                ).format(selected=QLocale().toString(selected)),
                selected > 0,
            )
        )
        if results is not None:
            choices.append(
                (
                    "results",
                    QCoreApplication.translate(
                        "ExportDialog", "The &clips shown by the search or filter ({results})"
                    ).format(results=QLocale().toString(results)),
                    True,
                )
            )
        box = QVBoxLayout()
        for scope, text, enabled in choices:
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.setEnabled(enabled)
            self.scopes.addButton(button)
            self.scope_buttons[scope] = button
            box.addWidget(button)
        preferred = "selected" if selected > 1 else "results" if results is not None else "all"
        self.scope_buttons[preferred].setChecked(True)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Export format")
        )
        for name in EXPORT_FORMATS:
            self.format_box.addItem(
                QCoreApplication.translate("ExportDialog", FORMAT_LABELS.get(name, name)), name
            )
        last = self.format_box.findData(app_settings().value("export/format", ""))
        self.format_box.setCurrentIndex(max(0, last))  # the format used last time
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self.format_box)
        label = QLabel(QCoreApplication.translate("ExportDialog", "Export:"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ExportDialog", "&Export…"))
        ok.setAccessibleName(QCoreApplication.translate("ExportDialog", "Choose where to export"))
        ok.setEnabled(total > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(box)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def format(self) -> str:
        return str(self.format_box.currentData())

    def set_choice(self, scope: str, format: str) -> None:
        self.scope_buttons[scope].setChecked(True)
        self.format_box.setCurrentIndex(self.format_box.findData(format))

    def accept(self) -> None:
        super().accept()
        self.export_requested.emit(self.scope(), self.format())


class ExportFlow(QObject):
    """Drives File → Export from the choice to the "Show" button in the status bar.

    Signals:
        finished(object): an export ended with this :class:`ExportResult`.
        failed(str): an export failed or was cancelled (message for the user).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, ops: Operations, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._library = ops.library
        self._task: Task | None = None
        self._shown: Path | None = None
        self.dialog: ExportDialog | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self.show_button = QPushButton(
            QCoreApplication.translate("ExportFlow", "Show Export"), window
        )
        self.show_button.setFlat(True)
        self.show_button.setAccessibleName(
            QCoreApplication.translate("ExportFlow", "Show the exported file")
        )
        self.show_button.clicked.connect(self._show_result)
        self.show_button.hide()
        window.statusBar().addPermanentWidget(self.show_button)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_VISIBLE_MS)
        self._show_timer.timeout.connect(self.show_button.hide)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def ask(self, selected: Sequence[int], query: TimelineQuery, shown: int) -> ExportDialog | None:
        """Show the export dialog for the current selection and timeline query."""
        if self.busy:
            if self.progress_dialog is not None:
                self.progress_dialog.show()
                self.progress_dialog.raise_()
            return None
        filtered = query.searching or bool(query.tags)
        # One count over an index: instant even for 100k clips.
        dialog = ExportDialog(
            self._library.count(), len(selected), shown if filtered else None, self._window
        )
        ids = tuple(selected)
        dialog.export_requested.connect(
            lambda scope, fmt: self._choose_output(scope, fmt, ids, query)
        )
        self.dialog = replace_widget(self.dialog, dialog)
        dialog.open()
        return dialog

    def _choose_output(
        self, scope: str, format: str, ids: tuple[int, ...], query: TimelineQuery
    ) -> None:
        stem = f"cuttings-{date.today().isoformat()}"
        settings = app_settings()
        folder = Path(str(settings.value("export/folder", "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        suggested = folder / (stem + SUFFIXES.get(format, ""))
        output = paths.ask_export_path(self._window, format, suggested)
        if output is None:
            return
        # Next time: this format, in this folder.
        settings.setValue("export/format", format)
        settings.setValue("export/folder", str(output.parent))
        if format != "markdown" and not output.suffix:
            output = output.with_suffix(SUFFIXES[format])
        request = ExportRequest(
            format,
            output,
            clip_ids=ids if scope == "selected" else None,
            query=query if scope == "results" else None,
        )
        self.start(request)

    def start(self, request: ExportRequest) -> None:
        library = self._library
        dialog = ProgressDialog(
            QCoreApplication.translate("ExportFlow", "Exporting…"), self._window
        )
        self.progress_dialog = replace_widget(self.progress_dialog, dialog)

        def work(task: Task) -> ExportResult:
            last = 0.0

            def progress(done: int, total: int) -> None:
                nonlocal last
                now = time.monotonic()
                if done >= total or now - last >= PROGRESS_INTERVAL_S:
                    last = now
                    task.report((done, total))

            return run_export(library, request, on_progress=progress, cancel=task.cancel)

        self._task = (
            QueryOp(self._ops, work)
            .progress(lambda value: dialog.set_progress(*value))
            .success(self._done)
            .failure(self._failed)
            .run()
        )
        dialog.cancel_requested.connect(self._task.cancel.set)
        dialog.show_after(PROGRESS_DELAY_MS)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _end(self) -> None:
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.finish()

    def _done(self, result: ExportResult) -> None:
        self._end()
        where = result.path.name if result.path is not None else ""
        self._window.statusBar().showMessage(
            ExportFlow.tr("Exported %Ln clip(s) to {where}", "", result.count).format(where=where),
            SHOW_VISIBLE_MS,
        )
        self._shown = result.path
        self.show_button.setVisible(result.path is not None)
        self._show_timer.start()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, ExportCancelledError | Cancelled):
            self._window.statusBar().showMessage(
                QCoreApplication.translate("ExportFlow", "Export cancelled: nothing was written."),
                8000,
            )
            self.failed.emit(core_text(str(exc)))
            return
        if not isinstance(exc, CuttingsError):
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportFlow", "An unexpected error stopped the export (details in the log)."
                )
            )
            return
        message = core_text(str(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ExportFlow", "Export Failed"),
            QCoreApplication.translate("ExportFlow", "The clips could not be exported."),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setInformativeText(message[:1].upper() + message[1:])
        box.open()
        self.error_box = replace_widget(self.error_box, box)
        self.failed.emit(message)

    def _show_result(self) -> None:
        """Open the folder holding the export (the folder itself for Markdown)."""
        path = self._shown
        if path is None:
            return
        folder = path if path.is_dir() else path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
