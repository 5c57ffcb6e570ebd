"""The search field and the order of search results (toolbar box and View menu).

Typing is debounced with a single-shot timer (qutebrowser's completer): the
query is asked for once the user pauses, not on every key.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from cuttings.core.library import SearchOrder

SEARCH_DELAY_MS = 200
# Labels are English source texts, translated when shown (context "SearchBar").
SEARCH_ORDERS: tuple[tuple[SearchOrder, str], ...] = (
    ("newest", QT_TRANSLATE_NOOP("SearchBar", "Newest First")),
    ("oldest", QT_TRANSLATE_NOOP("SearchBar", "Oldest First")),
    ("relevance", QT_TRANSLATE_NOOP("SearchBar", "Relevance")),
)
MENU_LABELS: dict[SearchOrder, str] = {
    "newest": QT_TRANSLATE_NOOP("SearchBar", "Newest first"),
    "oldest": QT_TRANSLATE_NOOP("SearchBar", "Oldest first"),
    "relevance": QT_TRANSLATE_NOOP("SearchBar", "Relevance"),
}


class SearchBar(QObject):
    """The search text and order, and the widgets and actions that set them.

    Signals:
        changed(): the text (after a pause in typing) or the order changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        unit = parent.fontMetrics().averageCharWidth()
        self.field = QLineEdit(parent)
        self.field.setPlaceholderText(QCoreApplication.translate("SearchBar", "Search (Ctrl+F)"))
        self.field.setAccessibleName(QCoreApplication.translate("SearchBar", "Search clips"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(unit * 30)
        self.field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.order_box = QComboBox(parent)
        self.order_box.setAccessibleName(
            QCoreApplication.translate("SearchBar", "Order of search results")
        )
        self.order_box.setToolTip(
            QCoreApplication.translate("SearchBar", "Order of search results")
        )
        for order, label in SEARCH_ORDERS:
            self.order_box.addItem(QCoreApplication.translate("SearchBar", label), order)
        self.order_group = QActionGroup(self)
        self.order_actions: dict[SearchOrder, QAction] = {}
        for search_order, _label in SEARCH_ORDERS:
            action = QAction(
                QCoreApplication.translate("SearchBar", MENU_LABELS[search_order]),
                self.order_group,
            )
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, o=search_order: self.set_order(o))
            self.order_actions[search_order] = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.textChanged.connect(self._enable_order)
        self.order_box.activated.connect(lambda i: self.set_order(self.order_box.itemData(i)))
        self.order: SearchOrder = "newest"
        self.show_order("newest")
        self._enable_order(self.field.text())

    def text(self) -> str:
        return self.field.text().strip()

    def set_order(self, order: SearchOrder) -> None:
        """Order search results newest first, oldest first or by relevance."""
        self.show_order(order)
        self.changed.emit()

    def show_order(self, order: SearchOrder) -> None:
        self.order = order
        self.order_actions[order].setChecked(True)
        self.order_box.setCurrentIndex(self.order_box.findData(order))

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        """Empty the field at once (no pause to wait for)."""
        self.field.clear()
        self._timer.stop()

    def _enable_order(self, text: str) -> None:
        """The order of search results only means something while searching."""
        searching = bool(text.strip())
        self.order_box.setEnabled(searching)
        self.order_group.setEnabled(searching)
