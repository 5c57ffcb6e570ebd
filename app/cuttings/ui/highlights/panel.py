"""The reader's clip's highlights in a list: go to one, comment, recolour, remove."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from cuttings.core.highlights.models import Highlight
from cuttings.ui.highlights.drawing import COLOR_LABELS, COLOR_VALUES

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_LENGTH = 240


def swatch(color: str, side: int = 14) -> QIcon:
    """A small rounded square of a highlight colour."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOR_VALUES.get(color, COLOR_VALUES["yellow"])))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRoundedRect(1, 1, side - 2, side - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def highlight_label(item: Highlight) -> str:
    """“The text” (shortened), the comment under it; orphans say so."""
    text = " ".join(item.exact.split())
    if len(text) > PREVIEW_LENGTH:
        text = text[: PREVIEW_LENGTH - 1] + "…"
    lines = [f"“{text}”"]
    if item.orphaned:
        lines.append(QCoreApplication.translate("highlights.panel", "(no longer in the article)"))
    if item.comment:
        lines.append(item.comment)
    return "\n".join(lines)


class HighlightsPanel(QWidget):
    """The reader's clip's highlights, in reading order (orphans last).

    Signals:
        activated(int): go to this highlight in the reader.
        edit_requested(int): edit this highlight's comment.
        color_requested(int, str): give this highlight another colour.
        remove_requested(int): remove this highlight.
    """

    activated = Signal(int)
    edit_requested = Signal(int)
    color_requested = Signal(int, str)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            QCoreApplication.translate("HighlightsPanel", "Highlights of this clip")
        )
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(14, 14))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.empty = QLabel(
            QCoreApplication.translate(
                "HighlightsPanel",
                "No highlights yet.\nSelect text in the article and press Ctrl+H,\n"
                "or right-click it and choose Highlight.",
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        remove = QAction(
            QCoreApplication.translate("HighlightsPanel", "Remove Highlight"), self.list
        )
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_current)
        self.list.addAction(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.set_highlights(())

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        current = self.current_id()
        self.list.clear()
        for item in highlights:
            row = QListWidgetItem(swatch(item.color), highlight_label(item))
            row.setData(ID_ROLE, item.id)
            row.setToolTip(item.comment or item.exact[:500])
            if item.orphaned:
                font = row.font()
                font.setItalic(True)
                row.setFont(font)
            self.list.addItem(row)
            if item.id == current:
                self.list.setCurrentItem(row)
        self.list.setVisible(bool(highlights))
        self.empty.setVisible(not highlights)

    def current_id(self) -> int | None:
        row = self.list.currentItem()
        return None if row is None else int(row.data(ID_ROLE))

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def _activated(self, row: QListWidgetItem) -> None:
        self.activated.emit(int(row.data(ID_ROLE)))

    def _remove_current(self) -> None:
        current = self.current_id()
        if current is not None:
            self.remove_requested.emit(current)

    def _menu(self, pos: QPoint) -> None:
        row = self.list.itemAt(pos)
        if row is None:
            return
        highlight_id = int(row.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("HighlightsPanel", "Go to Highlight"),
            lambda: self.activated.emit(highlight_id),
        )
        menu.addAction(
            QCoreApplication.translate("HighlightsPanel", "Edit Comment…"),
            lambda: self.edit_requested.emit(highlight_id),
        )
        colors = menu.addMenu(QCoreApplication.translate("HighlightsPanel", "Colour"))
        for name, label in COLOR_LABELS.items():
            colors.addAction(
                swatch(name), label, lambda n=name: self.color_requested.emit(highlight_id, n)
            )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("HighlightsPanel", "Remove Highlight"),
            lambda: self.remove_requested.emit(highlight_id),
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(pos))
