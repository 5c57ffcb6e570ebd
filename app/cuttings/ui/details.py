"""Edit Details: a clip's title, author, source, site, published date and language by hand.

The dialog checks what is typed with the core's own rules
(:func:`cuttings.core.details.checked_details`) and says what is wrong without
closing; OK writes only the details that changed, through
``Library.edit_details`` on the writer thread, as one step of the window's
undo history ("Undo Edit Details").  A detail edited here keeps its value when
the clip is refreshed.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.changes import ClipEdit
from cuttings.core.details import EDITABLE_FIELDS, checked_details, parse_published
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import LibraryOp

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow

UNDO_TEXT = QT_TRANSLATE_NOOP("EditDetailsDialog", "Edit Details")

# Label, accessible name and placeholder of each field, by column name.
_FIELDS = {
    "title": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "&Title:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Title"),
        "",
    ),
    "author": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "&Author:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Author"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Ada Rossi, Ugo Bianchi"),
    ),
    "source": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "&Source:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Source"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "the original publisher"),
    ),
    "site_name": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "S&ite:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Site"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "the site it was clipped from"),
    ),
    "published_at": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "&Published:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Published"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "2025-02-22 14:30, or empty for no date"),
    ),
    "language": (
        QT_TRANSLATE_NOOP("EditDetailsDialog", "&Language:"),
        QT_TRANSLATE_NOOP("EditDetailsDialog", "Language"),
        "en, it, pt-BR",
    ),
}


def published_text(published_at: str | None) -> str:
    """A stored published date as a person would type it (and it reads back the same)."""
    if not published_at:
        return ""
    date, _t, time = published_at.partition("T")
    if not time:
        return date
    clock, offset = time[:8], time[8:]
    return f"{date} {clock[:5] if clock.endswith(':00') else clock}{offset}"


class EditDetailsDialog(QDialog):
    """The details of one clip, editable; the URL shown read-only.

    Signals:
        details_edited(dict): on OK, the details that changed (column name →
            the text typed, as ``Library.edit_details`` takes it).
    """

    details_edited = Signal(dict)

    def __init__(self, clip: Clip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EditDetailsDialog", "Edit Details"))
        self.clip_id = clip.id
        self._clip = clip
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in EDITABLE_FIELDS:
            label, accessible, placeholder = (
                QCoreApplication.translate("EditDetailsDialog", text) if text else ""
                for text in _FIELDS[name]
            )
            field = QLineEdit(self._shown(name), self)
            field.setAccessibleName(accessible)
            field.setPlaceholderText(placeholder)
            self.fields[name] = field
            form.addRow(label, field)
            if name == "published_at":
                # What the date typed reads as, or why it cannot be read, as it is typed.
                self.published_hint = QLabel(self)
                self.published_hint.setWordWrap(True)
                form.addRow("", self.published_hint)
                field.textChanged.connect(self._show_published_hint)
        self.url = QLineEdit(clip.url, self)
        self.url.setReadOnly(True)  # selectable and copyable, not editable
        self.url.setAccessibleName("URL")
        form.addRow("URL:", self.url)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("EditDetailsDialog", "Error"))
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._show_published_hint(self.fields["published_at"].text())

    def _shown(self, name: str) -> str:
        if name == "published_at":
            return published_text(self._clip.published_at)
        return str(getattr(self._clip, name))

    def _show_published_hint(self, typed: str) -> None:
        try:
            published = parse_published(typed)
        except CuttingsError as exc:
            self.published_hint.setText(core_text(str(exc)))
            return
        self.published_hint.setText(_spelled_out(published))

    def changed_details(self) -> dict[str, str]:
        """The details typed that differ from the clip's; raises ``CuttingsError`` for a bad one."""
        # Only what was retyped is checked: a stored value the rules would now
        # refuse (a page's 3,000-character title) must not block editing another.
        typed = {
            name: field.text()
            for name, field in self.fields.items()
            if field.text() != self._shown(name)
        }
        checked = checked_details(**typed)
        return {
            name: typed[name]
            for name, value in checked.items()
            if value != getattr(self._clip, name)
        }

    def accept(self) -> None:
        try:
            changed = self.changed_details()
        except CuttingsError as exc:
            # Stay open: the person fixes the value, nothing is lost.
            self.error.setText(core_text(str(exc)))
            self.error.show()
            return
        super().accept()
        if changed:
            self.details_edited.emit(changed)


def _spelled_out(published: str | None) -> str:
    """A checked published date in the user's words ("Saturday 22 February 2025, 14:30")."""
    if published is None:
        return QCoreApplication.translate("details", "No published date")
    moment = datetime.fromisoformat(published)
    locale = QLocale()
    day_format = QCoreApplication.translate(
        "timeline.dates",
        "dddd d MMMM yyyy",
        "Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year",
    )
    text = locale.toString(QDate(moment.year, moment.month, moment.day), day_format)
    if "T" in published:
        clock = QTime(moment.hour, moment.minute)
        text += ", " + locale.toString(clock, QLocale.FormatType.ShortFormat)
        if moment.utcoffset() is not None:
            text += f" ({published[19:]})"
    return text


def ask_details(window: "MainWindow") -> EditDetailsDialog | None:
    """Open Edit Details for the current clip of the timeline (None if there is none)."""
    index = window.timeline.currentIndex()
    if not index.isValid():
        return None
    dialog = EditDetailsDialog(window.timeline_model.clip_at(index.row()), window)
    dialog.details_edited.connect(lambda values: edit_details(window, dialog.clip_id, values))
    dialog.open()
    return dialog


def edit_details(window: "MainWindow", clip_id: int, values: dict[str, str]) -> None:
    """Write the details on the writer thread; one undo step when something changed."""

    def done(edit: ClipEdit) -> None:
        if not edit.change.is_empty:
            revert = Library.revert_clip_edit
            window.editor.history.push(
                QCoreApplication.translate("EditDetailsDialog", UNDO_TEXT),
                edit,
                undo=revert,
                redo=revert,
            )

    LibraryOp(window.ops, lambda library: library.edit_details(clip_id, **values)).success(
        done
    ).run()
