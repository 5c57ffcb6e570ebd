"""File → Back Up Library… and Tools → Check Library, both in the background.

A backup only reads the library (SQLite's online backup API), so it runs in
the pool; so does the check (integrity and foreign-key pragmas, the search
index).  The results are plain data; the outcome is a status message or a
message box, never a traceback.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cuttings import APP_NAME
from cuttings.core.errors import CuttingsError
from cuttings.core.maintenance import BackupResult, CheckReport
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.porting import paths
from cuttings.ui.porting.progress import replace_widget

MAX_LISTED_PROBLEMS = 30


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


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
        self._window.statusBar().showMessage(f"Backing up the library to {target.name}…")
        (
            QueryOp(self._ops, lambda _task: library.backup(target))
            .success(self._backup_done)
            .failure(self._backup_failed)
            .run()
        )

    def _backup_done(self, result: BackupResult) -> None:
        self._backing_up = False
        noun = "clip" if result.clips == 1 else "clips"
        self._window.statusBar().showMessage(
            f"Backed up {result.clips:,} {noun} ({human_size(result.size)}) to {result.path}",
            15_000,
        )
        self.backed_up.emit(result)

    def _backup_failed(self, exc: BaseException) -> None:
        self._backing_up = False
        self._window.statusBar().clearMessage()
        self._show_error("The library could not be backed up.", exc)

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        self._window.statusBar().showMessage("Checking the library…")
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
                "Check Library",
                "Library is healthy.",
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            skipped = [f"{r.name}: {r.skipped}" for r in report.results if r.skipped]
            box.setInformativeText(
                "No problem found in " + str(report.path) + ("." if not skipped else ":")
            )
            if skipped:
                box.setDetailedText("Not checked:\n" + "\n".join(skipped))
        else:
            problems = report.problems
            shown = problems[:MAX_LISTED_PROBLEMS]
            more = len(problems) - len(shown)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Check Library",
                f"The library has {len(problems)} problem{'s' if len(problems) != 1 else ''}.",
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setInformativeText(
                "\n".join(f"• {p}" for p in shown)
                + (f"\n…and {more} more." if more else "")
                + f"\n\nBack up the library (File → Back Up Library…) before {APP_NAME} "
                "writes to it again."
            )
        self.box = replace_widget(self.box, box)
        box.open()
        self.checked.emit(report)

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self._window.statusBar().clearMessage()
        self._show_error("The library could not be checked.", exc)

    def _show_error(self, text: str, exc: BaseException) -> None:
        if not isinstance(exc, CuttingsError):
            # A bug: the runner has reported it (once per session).
            self.failed.emit(f"Unexpected error: {type(exc).__name__}")
            return
        message = str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setInformativeText(message[:1].upper() + message[1:])
        self.box = replace_widget(self.box, box)
        box.open()
        self.failed.emit(message)
