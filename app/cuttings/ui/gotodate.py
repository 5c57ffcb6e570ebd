"""View → Go to Date: a typed date or a calendar, then the timeline scrolled to that day."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cuttings.ui.typed_dates import parse_typed_date

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow

ERROR_STYLE = "color: #d9432f;"


class GoToDateDialog(QDialog):
    """A field to type a date in (any usual form, see :mod:`~cuttings.ui.typed_dates`)
    kept in step with a calendar to pick one; :meth:`chosen` is the day either gives."""

    def __init__(self, start: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GoToDateDialog", "Go to Date"))
        locale = QLocale()
        self._short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.field = QLineEdit(self)
        self.field.setObjectName("date")
        self.field.setAccessibleName(QCoreApplication.translate("GoToDateDialog", "Date"))
        example = QDate(2025, 2, 20)
        self.field.setPlaceholderText(
            QCoreApplication.translate(
                "GoToDateDialog", "{example}, 20 February 2025, 2025-02, 2024…"
            ).format(example=locale.toString(example, self._short))
        )
        label = QLabel(QCoreApplication.translate("GoToDateDialog", "&Date:"), self)
        label.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setAccessibleName(QCoreApplication.translate("GoToDateDialog", "Date problem"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setAccessibleName(QCoreApplication.translate("GoToDateDialog", "Calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self._syncing = False
        if start is not None:
            self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self._picked(self.calendar.selectedDate())
        self.field.selectAll()
        self.field.textEdited.connect(self._typed)
        self.calendar.selectionChanged.connect(lambda: self._picked(self.calendar.selectedDate()))
        self.calendar.activated.connect(lambda _d: self.accept())

    def chosen(self) -> date | None:
        return parse_typed_date(self.field.text())

    def _typed(self, text: str) -> None:
        day = parse_typed_date(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(day is not None)
        if day is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(
                QCoreApplication.translate("GoToDateDialog", "Not a date I can read yet.")
                if text.strip()
                else ""
            )
            return
        self.message.setStyleSheet("")
        self.message.setText(QLocale().toString(QDate(day), QLocale.FormatType.LongFormat))
        self._syncing = True
        self.calendar.setSelectedDate(QDate(day))
        self._syncing = False

    def _picked(self, qdate: QDate) -> None:
        if self._syncing:
            return
        self.field.setText(QLocale().toString(qdate, "yyyy-MM-dd"))
        self._typed(self.field.text())

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


class DateJumper(QObject):
    """Asks for a date and selects the first clip of that day (or of the nearest older one)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window

    def ask(self) -> GoToDateDialog:
        window = self._window
        current = window.timeline.currentIndex()
        day = window.timeline_model.day_of_row(current.row()) if current.isValid() else None
        dialog = GoToDateDialog(day, window)
        dialog.accepted.connect(lambda: self._go_to_chosen(dialog))
        dialog.open()
        return dialog

    def _go_to_chosen(self, dialog: GoToDateDialog) -> None:
        day = dialog.chosen()
        if day is not None:
            self.go_to(QDate(day))

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
        window.timeline.scroll_to_top(row)
        window.timeline.setFocus()
        return row
