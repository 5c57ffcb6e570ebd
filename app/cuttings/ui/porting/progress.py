"""A small non-modal progress window with Cancel, for imports and exports."""

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_W = TypeVar("_W", bound=QWidget)


class ProgressDialog(QDialog):
    """Shows done/total and the current item; the window stays usable meanwhile.

    Signals:
        cancel_requested(): the user pressed Cancel (or closed the window).
    """

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.setAccessibleName(title)
        self.label = QLabel(QCoreApplication.translate("ProgressDialog", "Starting…"), self)
        self.label.setAccessibleName(QCoreApplication.translate("ProgressDialog", "Progress"))
        self.current = QLabel("", self)
        self.current.setAccessibleName(QCoreApplication.translate("ProgressDialog", "Current item"))
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        # Long URLs must not widen the window: they are elided to the label's width.
        self.current.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(QCoreApplication.translate("ProgressDialog", "Progress"))
        self.bar.setRange(0, 0)  # busy until the first count arrives
        buttons = QDialogButtonBox(self)
        self.cancel_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ProgressDialog", "Cancel: {title}").format(
                title=title.rstrip("…")
            )
        )
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(buttons)
        self._finished = False

    def show_after(self, delay_ms: int) -> None:
        """Show the window unless the job ends first: a quick job flashes nothing."""
        QTimer.singleShot(delay_ms, self, self._show_if_running)

    def _show_if_running(self) -> None:
        if not self._finished:
            self.show()

    def set_progress(self, done: int, total: int, current: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if self.cancel_button.isEnabled():
            self.label.setText(
                QCoreApplication.translate("ProgressDialog", "{done} of {total} done").format(
                    done=QLocale().toString(done), total=QLocale().toString(total)
                )
            )
        metrics = self.current.fontMetrics()
        self.current.setText(
            metrics.elidedText(current, Qt.TextElideMode.ElideMiddle, self.current.width())
        )
        self.current.setToolTip(current)

    def _cancel(self) -> None:
        if not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(
            QCoreApplication.translate(
                "ProgressDialog", "Cancelling… (work under way finishes first)"
            )
        )
        self.cancel_requested.emit()

    def finish(self) -> None:
        """The job ended: close without asking to cancel."""
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        # Escape or the close button cancel the job; the window stays until it has stopped.
        if self._finished:
            super().reject()
        else:
            self._cancel()


def replace_widget(old: QWidget | None, new: _W) -> _W:
    """Keep one dialog of a kind: the previous one is closed and freed."""
    if old is not None and old is not new:
        old.close()
        old.deleteLater()
    return new
