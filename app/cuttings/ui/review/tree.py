"""An edition's sections and clips as a tree, rearranged by drag and drop."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from cuttings.core.models import Clip
from cuttings.core.review.models import Edition

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION, ENTRY = "section", "entry"


class EditionTree(QTreeWidget):
    """Sections (top level) holding entries; a drop that would nest a section or put
    an entry outside a section is refused.

    Signals:
        arranged(): the user moved sections or entries (read :meth:`layout`).
    """

    arranged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(QCoreApplication.translate("EditionTree", "Sections and clips"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def show_edition(self, edition: Edition, clips: dict[int, Clip]) -> None:
        current = self.current_key()
        self.clear()
        for section in edition.sections:
            top = QTreeWidgetItem([section.title])
            top.setData(0, ID_ROLE, section.id)
            top.setData(0, KIND_ROLE, SECTION)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsDropEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for entry in section.entries:
                clip = clips.get(entry.clip_id)
                title = (
                    clip.title
                    if clip
                    else QCoreApplication.translate("EditionTree", "clip {id}").format(
                        id=entry.clip_id
                    )
                )
                outlet = (clip.source or clip.site_name) if clip else ""
                mark = (
                    ""
                    if entry.full_text
                    else "  " + QCoreApplication.translate("EditionTree", "[headline]")
                )
                child = QTreeWidgetItem([f"{title} — {outlet}{mark}" if outlet else title + mark])
                child.setData(0, ID_ROLE, entry.id)
                child.setData(0, KIND_ROLE, ENTRY)
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)
        if current is not None:
            self.select_key(*current)

    def current_key(self) -> tuple[str, int] | None:
        item = self.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))

    def select_key(self, kind: str, item_id: int) -> None:
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == item_id:
                    self.setCurrentItem(item)
                    return

    def layout(self) -> list[tuple[int, list[int]]]:
        """Every section id with its entry ids, in the order shown."""
        result = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            entries = [int(top.child(i).data(0, ID_ROLE)) for i in range(top.childCount())]
            result.append((int(top.data(0, ID_ROLE)), entries))
        return result

    def dropEvent(self, event: QDropEvent) -> None:
        """Move the dragged item ourselves and tell Qt nothing is left to remove.

        Qt's own move would also accept a section inside a section; an entry
        dropped on an entry goes after it.
        """
        item = self.currentItem()
        place = None if item is None else self._place(item, event)
        if item is None or place is None:
            event.ignore()
            return
        parent, row = place
        old_parent = item.parent()
        if old_parent is None:
            old_row = self.indexOfTopLevelItem(item)
            self.takeTopLevelItem(old_row)
        else:
            old_row = old_parent.indexOfChild(item)
            old_parent.takeChild(old_row)
        if old_parent is parent and old_row < row:
            row -= 1
        if parent is None:
            self.insertTopLevelItem(row, item)
            item.setExpanded(True)
        else:
            parent.insertChild(row, item)
        self.setCurrentItem(item)
        # IgnoreAction: the drag's source must not remove the (moved) item again.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.arranged.emit()

    def _place(
        self, item: QTreeWidgetItem, event: QDropEvent
    ) -> tuple[QTreeWidgetItem | None, int] | None:
        """Where a drop puts ``item``: its new parent (None: top level) and row, or None."""
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        below = position == QAbstractItemView.DropIndicatorPosition.BelowItem
        on = position == QAbstractItemView.DropIndicatorPosition.OnItem
        if target is None or target is item:
            return None
        if item.data(0, KIND_ROLE) == SECTION:
            if target.parent() is not None or on:
                return None
            return None, self.indexOfTopLevelItem(target) + int(below)
        if target.data(0, KIND_ROLE) == SECTION:
            return (target, target.childCount()) if on else None
        parent = target.parent()
        return parent, parent.indexOfChild(target) + int(below or on)
