"""Past editions in the sidebar, newest first: open one, duplicate it, delete it."""

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from cuttings.core.review.models import EditionSummary

ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewList(QListWidget):
    """The editions.

    Signals:
        open_requested(int): open the editor on an edition.
        duplicate_requested(int): copy an edition as today's.
        delete_requested(int): delete an edition.
    """

    open_requested = Signal(int)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ReviewList", "Press reviews"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))

    def show_editions(self, editions: list[EditionSummary]) -> None:
        current = self.currentItem()
        kept = current.data(ID_ROLE) if current is not None else None
        self.clear()
        for edition in editions:
            item = QListWidgetItem(f"{edition.date.isoformat()}  {edition.title}")
            articles = ReviewList.tr("%Ln article(s)", "", edition.articles)
            sections = ReviewList.tr("%Ln section(s)", "", edition.sections)
            item.setToolTip(
                QCoreApplication.translate("ReviewList", "{name}: {articles} in {sections}").format(
                    name=edition.name, articles=articles, sections=sections
                )
            )
            item.setData(ID_ROLE, edition.id)
            self.addItem(item)
            if edition.id == kept:
                self.setCurrentItem(item)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        edition_id = int(item.data(ID_ROLE))
        menu = QMenu(self)
        for text, signal in (
            (QCoreApplication.translate("ReviewList", "Open"), self.open_requested),
            (
                QCoreApplication.translate("ReviewList", "Duplicate as Today's"),
                self.duplicate_requested,
            ),
            (QCoreApplication.translate("ReviewList", "Delete…"), self.delete_requested),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, s=signal: s.emit(edition_id))
            menu.addAction(action)
        menu.popup(self.viewport().mapToGlobal(pos))
