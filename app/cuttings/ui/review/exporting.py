"""Exporting an edition in the background, with progress and Cancel."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cuttings.core.review.document import PageSize, ReviewCancelledError
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.tasks import Task

_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "docx": QT_TRANSLATE_NOOP("ReviewExport", "Word document (*.docx)"),
    "html": QT_TRANSLATE_NOOP("ReviewExport", "Web page (*.html)"),
}


class ReviewExport(QObject):
    """One export at a time for an editor.

    Signals:
        progress(int, int): articles done, articles in all.
        finished(str): the message to show (written, cancelled, or why it failed).
    """

    progress = Signal(int, int)
    finished = Signal(str)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.task: Task | None = None

    def ask_and_start(
        self, parent: QWidget, edition_id: int, fmt: str, name: str, page_size: PageSize
    ) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReviewExport", "Export as {format}").format(
                format=fmt.upper()
            ),
            f"{name}.{fmt}",
            QCoreApplication.translate("ReviewExport", _FILTERS[fmt]),
        )
        if path:
            self.start(edition_id, fmt, Path(path), page_size)

    def start(self, edition_id: int, fmt: str, path: Path, page_size: PageSize = "A4") -> Task:
        library = self.ops.library

        def run(task: Task) -> Path:
            # Loaded on first export: ReportLab is not needed to open the window.
            from cuttings.core.review.export import export_review

            return export_review(
                library,
                edition_id,
                fmt,
                path,
                page_size=page_size,
                on_progress=lambda done, total: task.report((done, total)),
                cancel=task.cancel,
            )

        self.task = (
            QueryOp(self.ops, run)
            .progress(lambda value: self.progress.emit(*value))
            .success(
                lambda written: self._done(
                    QCoreApplication.translate("ReviewExport", "Written: {written}").format(
                        written=written
                    )
                )
            )
            .failure(self._failed)
            .run()
        )
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.set()

    def _done(self, message: str) -> None:
        self.task = None
        self.finished.emit(message)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, ReviewCancelledError):
            self.finished.emit(QCoreApplication.translate("ReviewExport", "Export cancelled"))
        else:
            self.ops.report_failure(exc)
            self.finished.emit(
                QCoreApplication.translate("ReviewExport", "Export failed: {error}").format(
                    error=exc
                )
            )
