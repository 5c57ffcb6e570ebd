"""Re-check Settings: automatic re-checks on or off, and the steps after clipping.

Remembered in the settings file (``[versions] automatic`` and ``schedule``)
and applied at once to the window's :class:`ChangeChecker`: switched off,
its timers stop; switched on or with new steps, it looks for due clips a few
seconds later.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.errors import CuttingsError
from cuttings.core.versions.schedule import DEFAULT_STEPS, Schedule
from cuttings.ui.versions.checker import (
    ChangeChecker,
    automatic_setting,
    save_schedule,
    steps_setting,
)


class RecheckSettingsDialog(QDialog):
    """Edits the automatic re-check schedule; OK is enabled only for steps that read."""

    def __init__(self, checker: ChangeChecker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checker = checker
        self.setWindowTitle(
            QCoreApplication.translate("RecheckSettingsDialog", "Re-check Settings")
        )
        self.automatic = QCheckBox(
            QCoreApplication.translate(
                "RecheckSettingsDialog", "&Check clips for changes automatically"
            ),
            self,
        )
        self.automatic.setChecked(automatic_setting())
        self.steps = QLineEdit(steps_setting().describe(), self)
        self.steps.setPlaceholderText(DEFAULT_STEPS)
        self.steps.setAccessibleName(
            QCoreApplication.translate("RecheckSettingsDialog", "Re-check steps")
        )
        steps_label = QLabel(
            QCoreApplication.translate("RecheckSettingsDialog", "&After clipping:"), self
        )
        steps_label.setBuddy(self.steps)
        hint = QLabel(
            QCoreApplication.translate(
                "RecheckSettingsDialog",
                "Each clip is checked at these times after it was clipped, soonest first: "
                "m for minutes, h for hours, d for days (for example 1h, 6h, 1d, 3d, 7d, 30d). "
                "Checks run while the window is open.",
            ),
            self,
        )
        hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(
            QCoreApplication.translate("RecheckSettingsDialog", "Problem")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(steps_label, self.steps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.automatic)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.automatic.toggled.connect(self._validate)
        self.steps.textChanged.connect(self._validate)
        self._validate()

    def typed_schedule(self) -> Schedule | None:
        """The steps typed, or None (and the reason shown) when they do not read."""
        try:
            schedule = Schedule.parse(self.steps.text(), ascending=True)
        except CuttingsError as exc:
            self.problem.setText(str(exc).capitalize())
            return None
        if not schedule.enabled:
            self.problem.setText(
                QCoreApplication.translate(
                    "RecheckSettingsDialog", "Write at least one step, such as 1d."
                )
            )
            return None
        self.problem.setText("")
        return schedule

    def _validate(self) -> None:
        self.steps.setEnabled(self.automatic.isChecked())
        usable = self.typed_schedule() is not None or not self.automatic.isChecked()
        if not self.automatic.isChecked():
            self.problem.setText("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(usable)

    def accept(self) -> None:
        automatic = self.automatic.isChecked()
        typed = self.typed_schedule()
        if typed is None and automatic:
            return
        # Switched off with steps that do not read: the steps remembered stay.
        steps = typed or steps_setting()
        save_schedule(automatic, steps)
        self._checker.set_schedule(steps if automatic else Schedule(()))
        super().accept()
