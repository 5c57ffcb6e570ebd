"""Find in Article: a bar under the reader that finds text in the clip being read.

The keys: Ctrl+F opens it while the reader (or the bar) has the focus —
elsewhere Ctrl+F stays the search of the library; F3 and Shift+F3 go to the
next and previous match (opening the bar if it is closed); Enter and
Shift+Enter in its field too; Esc closes it and gives the reader back the focus.
Every match is marked, the current one more strongly, and the bar counts them.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from cuttings.ui.reader.marks import MAX_MARKS, mark_color

if TYPE_CHECKING:
    from cuttings.ui.reader.view import ReaderBrowser

ERROR_STYLE = "color: #d9432f;"


class FindBar(QWidget):
    """The find bar of one reader (hidden until asked for)."""

    def __init__(self, browser: "ReaderBrowser", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(QCoreApplication.translate("FindBar", "Find in article"))
        self.field.setAccessibleName(QCoreApplication.translate("FindBar", "Find in article"))
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(
            QCoreApplication.translate("FindBar", "Matches in the article")
        )
        self.previous_button = self._button(
            "↑",
            QCoreApplication.translate("FindBar", "Previous match (Shift+F3)"),
            self.find_previous,
        )
        self.next_button = self._button(
            "↓", QCoreApplication.translate("FindBar", "Next match (F3)"), self.find_next
        )
        self.close_button = self._button(
            "✕", QCoreApplication.translate("FindBar", "Close (Esc)"), self.close_bar
        )
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 3
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(lambda _t: self._search(keep_place=False))
        self.field.installEventFilter(self)
        browser.installEventFilter(self)
        browser.content_changed.connect(self._content_changed)
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- opening and closing ------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with its field focused (the selected words, if any, to find)."""
        selected = self._browser.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(keep_place=True)

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self._browser.set_marks("find", [])
        self._browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_focus_within(self) -> bool:
        """Whether the reader or this bar has the focus (Ctrl+F means Find in Article)."""
        focused = self._browser.window().focusWidget()
        return focused is not None and (
            focused is self._browser
            or self._browser.isAncestorOf(focused)
            or self.isAncestorOf(focused)
        )

    # -- moving ------------------------------------------------------------------------

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self._matches:
            return
        self._current = (self._current + by) % len(self._matches)
        self._show_current()

    def match_count(self) -> int:
        return len(self._matches)

    def current_index(self) -> int:
        """The current match, from 0 (-1 without one)."""
        return self._current

    # -- finding -----------------------------------------------------------------------

    def _content_changed(self) -> None:
        if self.isVisible():
            self._search(keep_place=False)

    def _search(self, *, keep_place: bool) -> None:
        text = self.field.text()
        document = self._browser.document()
        self._matches = _find_all(document, text) if text else []
        if not self._matches:
            self._current = -1
        elif not keep_place or not 0 <= self._current < len(self._matches):
            # The first match at or after what the reader shows.
            top = self._browser.cursorForPosition(self._browser.viewport().rect().topLeft())
            first = next(
                (i for i, m in enumerate(self._matches) if m.position() >= top.position()), 0
            )
            self._current = first
        self._show_current()

    def _show_current(self) -> None:
        palette = self._browser.palette()
        every, current = QTextCharFormat(), QTextCharFormat()
        every.setBackground(mark_color(palette, 0.35))
        current.setBackground(palette.color(palette.ColorRole.Highlight))
        current.setForeground(palette.color(palette.ColorRole.HighlightedText))
        marks = []
        for n, cursor in enumerate(self._matches):
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor  # type: ignore[misc]
            mark.format = current if n == self._current else every  # type: ignore[misc]
            marks.append(mark)
        self._browser.set_marks("find", marks)
        text = self.field.text()
        if not text:
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(QCoreApplication.translate("FindBar", "No match"))
        else:
            self.count_label.setText(
                QCoreApplication.translate("FindBar", "{current} of {total}").format(
                    current=QLocale().toString(self._current + 1),
                    total=QLocale().toString(len(self._matches)),
                )
            )
        self.count_label.setStyleSheet(ERROR_STYLE if text and not self._matches else "")
        self.previous_button.setEnabled(len(self._matches) > 1)
        self.next_button.setEnabled(len(self._matches) > 1)
        if 0 <= self._current < len(self._matches):
            place = QTextCursor(self._matches[self._current])
            place.clearSelection()
            self._browser.setTextCursor(place)
            self._browser.ensureCursorVisible()

    # -- keys in the field ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.isVisible():
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if watched is self.field and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else 1)
                return True
        return super().eventFilter(watched, event)


def _find_all(document: QTextDocument, text: str) -> list[QTextCursor]:
    """Every place ``text`` is in ``document`` (case ignored), in order."""
    found: list[QTextCursor] = []
    cursor = document.find(text, 0)
    while not cursor.isNull() and len(found) < MAX_MARKS:
        found.append(cursor)
        cursor = document.find(text, cursor)
    return found
