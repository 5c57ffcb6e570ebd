"""File → Back Up Library… and Tools → Check Library, both in the background.

A backup only reads the library (SQLite's online backup API), so it runs in
the pool; so does the check (integrity and foreign-key pragmas, the search
index).  The results are plain data; the outcome is a status message or a
message box, never a traceback.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cuttings import APP_NAME
from cuttings.core.errors import CuttingsError
from cuttings.core.maintenance import BackupResult, CheckReport
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.porting import paths
from cuttings.ui.porting.progress import replace_widget

MAX_LISTED_PROBLEMS = 30


def human_size(size: int) -> str:
    """A size in bytes in the user's language ("1.5 MB", "1,5 Mo")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class MaintenanceFlow(QObject):
    """Backs up and checks the library off the GUI thread, one job of each at a time.

    Signals:
        backed_up(object): a backup was written (its :class:`BackupResult`).
        checked(object): a check ended (its :class:`CheckReport`).
        failed(str): a backup or a check could not run (message for the user).
    """

    backed_up = Signal(object)
    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, ops: Operations, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._library = ops.library
        self._backing_up = False
        self._checking = False
        self.box: QMessageBox | None = None

    def ask_backup(self) -> None:
        if self._backing_up:
            return
        suggested = self._library.path.parent / paths.backup_name()
        target = paths.ask_backup_path(self._window, suggested)
        if target is not None:
            self.back_up(target)

    def back_up(self, target: Path) -> None:
        library = self._library
        self._backing_up = True
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MaintenanceFlow", "Backing up the library to {name}…"
            ).format(name=target.name)
        )
        (
            QueryOp(self._ops, lambda _task: library.backup(target))
            .success(self._backup_done)
            .failure(self._backup_failed)
            .run()
        )

    def _backup_done(self, result: BackupResult) -> None:
        self._backing_up = False
        self._window.statusBar().showMessage(
            MaintenanceFlow.tr("Backed up %Ln clip(s) ({size}) to {path}", "", result.clips).format(
                size=human_size(result.size), path=result.path
            ),
            15_000,
        )
        self.backed_up.emit(result)

    def _backup_failed(self, exc: BaseException) -> None:
        self._backing_up = False
        self._window.statusBar().clearMessage()
        self._show_error(
            QCoreApplication.translate("MaintenanceFlow", "The library could not be backed up."),
            exc,
        )

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MaintenanceFlow", "Checking the library…")
        )
        library = self._library
        (
            QueryOp(self._ops, lambda _task: library.check())
            .success(self._checked)
            .failure(self._check_failed)
            .run()
        )

    def _checked(self, report: CheckReport) -> None:
        self._checking = False
        self._window.statusBar().clearMessage()
        if report.ok:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("MaintenanceFlow", "Check Library"),
                QCoreApplication.translate("MaintenanceFlow", "Library is healthy."),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            skipped = [f"{r.name}: {r.skipped}" for r in report.results if r.skipped]
            box.setInformativeText(
                (
                    QCoreApplication.translate("MaintenanceFlow", "No problem found in {path}.")
                    if not skipped
                    else QCoreApplication.translate(
                        "MaintenanceFlow", "No problem found in {path}:"
                    )
                ).format(path=report.path)
            )
            if skipped:
                box.setDetailedText(
                    QCoreApplication.translate("MaintenanceFlow", "Not checked:")
                    + "\n"
                    + "\n".join(skipped)
                )
        else:
            problems = report.problems
            shown = problems[:MAX_LISTED_PROBLEMS]
            more = len(problems) - len(shown)
            summary = MaintenanceFlow.tr("The library has %Ln problem(s).", "", len(problems))
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MaintenanceFlow", "Check Library"),
                summary,
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setInformativeText(
                "\n".join(f"• {p}" for p in shown)
                + ("\n" + MaintenanceFlow.tr("…and %Ln more.", "", more) if more else "")
                + QCoreApplication.translate(
                    "MaintenanceFlow",
                    "\n\nBack up the library (File → Back Up Library…) "
                    "before {APP_NAME} writes to it again.",
                ).format(APP_NAME=APP_NAME)
            )
        self.box = replace_widget(self.box, box)
        box.open()
        self.checked.emit(report)

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self._window.statusBar().clearMessage()
        self._show_error(
            QCoreApplication.translate("MaintenanceFlow", "The library could not be checked."), exc
        )

    def _show_error(self, text: str, exc: BaseException) -> None:
        if not isinstance(exc, CuttingsError):
            # A bug: the runner has reported it (once per session).
            self.failed.emit(
                QCoreApplication.translate(
                    "MaintenanceFlow", "Unexpected error: {error_type}"
                ).format(error_type=type(exc).__name__)
            )
            return
        message = core_text(str(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setInformativeText(message[:1].upper() + message[1:])
        self.box = replace_widget(self.box, box)
        box.open()
        self.failed.emit(message)
