"""All Highlights: every highlight of the library, newest first, read a page at a time."""

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QLabel, QListView, QVBoxLayout, QWidget

from cuttings.core.highlights.models import HighlightEntry
from cuttings.core.library import Library
from cuttings.ui.highlights.panel import highlight_label, swatch

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class HighlightRole:
    CLIP_ID = Qt.ItemDataRole.UserRole + 1
    HIGHLIGHT_ID = Qt.ItemDataRole.UserRole + 2
    ORPHANED = Qt.ItemDataRole.UserRole + 3


class AllHighlightsModel(QAbstractListModel):
    """The library's highlights with their clips' titles, a page at a time (``fetchMore``)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._entries: list[HighlightEntry] = []
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._library.highlight_count()
        self._entries = self._library.all_highlights(limit=PAGE_SIZE)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = self._library.all_highlights(limit=PAGE_SIZE, offset=len(self._entries))
        if not more:
            self._total = len(self._entries)
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        item = entry.highlight
        if role == Qt.ItemDataRole.DisplayRole:
            source = f" · {entry.clip_source}" if entry.clip_source else ""
            return f"{highlight_label(item)}\n— {entry.clip_title}{source}"
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(item.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.comment or None
        if role == HighlightRole.CLIP_ID:
            return item.clip_id
        if role == HighlightRole.HIGHLIGHT_ID:
            return item.id
        if role == HighlightRole.ORPHANED:
            return item.orphaned
        return None


class AllHighlightsWindow(QDialog):
    """A window listing every highlight; activating one opens its clip at it.

    Signals:
        open_requested(int, int): show clip ``clip_id`` at highlight ``highlight_id``.
    """

    open_requested = Signal(int, int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AllHighlightsWindow", "All Highlights"))
        self.model = AllHighlightsModel(library, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(
            QCoreApplication.translate("AllHighlightsWindow", "All highlights")
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(False)
        self.view.setIconSize(QSize(14, 14))
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        unit = self.fontMetrics().averageCharWidth()
        self.resize(unit * 80, self.fontMetrics().height() * 36)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        total = self.model.total
        self.count_label.setText(
            AllHighlightsWindow.tr(
                "%Ln highlight(s), newest first. Double-click one to read it in its clip.",
                "",
                total,
            )
            if total
            else QCoreApplication.translate(
                "AllHighlightsWindow", "No highlights yet: select text in a clip and press Ctrl+H."
            )
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(
                int(index.data(HighlightRole.CLIP_ID)), int(index.data(HighlightRole.HIGHLIGHT_ID))
            )
