"""View → Go to Date: a calendar, then the timeline scrolled to that day."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow


class DateJumper(QObject):
    """Asks for a date and selects the first clip of that day (or of the nearest older one)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window

    def ask(self) -> QDialog:
        window = self._window
        dialog = QDialog(window)
        dialog.setWindowTitle("Go to Date")
        calendar = QCalendarWidget(dialog)
        calendar.setObjectName("calendar")
        calendar.setAccessibleName("Date")
        calendar.setGridVisible(False)
        current = window.timeline.currentIndex()
        day = window.timeline_model.day_of_row(current.row()) if current.isValid() else None
        if day is not None:
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.setMaximumDate(QDate.currentDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.go_to(calendar.selectedDate()))
        dialog.open()
        return dialog

    def go_to(self, qdate: QDate) -> int:
        """Select the first clip of ``qdate`` (or of the nearest older day) at the top of
        the view; returns its row (or -1)."""
        window = self._window
        model = window.timeline_model
        if model.query.searching:
            return -1
        # A binary search in the days of the list the model holds: no query.
        row = model.row_of_day(qdate.toPython())
        if row < 0:
            return -1
        window.forget_wanted_clip()
        window.timeline.select_row(row, QAbstractItemView.ScrollHint.PositionAtTop)
        window.timeline.setFocus()
        return row
