"""Saving a search: its name, query, tags (all or any) and order, in one small dialog."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cuttings.core.saved_searches import SavedSearch
from cuttings.ui.searchbar import SEARCH_ORDERS
from cuttings.ui.tags.completer import parse_tags


class SaveSearchDialog(QDialog):
    """Names a saved search (a new one, or ``replacing`` one being edited or renamed).

    Signals:
        search_saved(SavedSearch, object): the search, and the name it replaces (or None).
    """

    search_saved = Signal(object, object)

    def __init__(
        self, search: SavedSearch, parent: QWidget | None = None, *, replacing: str | None = None
    ) -> None:
        super().__init__(parent)
        self.replacing = replacing
        self.setWindowTitle(
            QCoreApplication.translate("SaveSearchDialog", "Edit Saved Search")
            if replacing
            else QCoreApplication.translate("SaveSearchDialog", "Save Search")
        )
        form = QFormLayout(self)
        self.name_field = QLineEdit(search.name, self)
        self.name_field.setAccessibleName(QCoreApplication.translate("SaveSearchDialog", "Name"))
        self.query_field = QLineEdit(search.query, self)
        self.query_field.setAccessibleName(QCoreApplication.translate("SaveSearchDialog", "Search"))
        self.tags_field = QLineEdit(", ".join(search.tags), self)
        self.tags_field.setAccessibleName(QCoreApplication.translate("SaveSearchDialog", "Tags"))
        self.any_box = QCheckBox(
            QCoreApplication.translate("SaveSearchDialog", "Any of these tags (not all of them)"),
            self,
        )
        self.any_box.setChecked(search.tags_any)
        self.order_box = QComboBox(self)
        self.order_box.setAccessibleName(QCoreApplication.translate("SaveSearchDialog", "Order"))
        for order, label in SEARCH_ORDERS:
            self.order_box.addItem(QCoreApplication.translate("SearchBar", label), order)
        self.order_box.setCurrentIndex(self.order_box.findData(search.sort))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d9432f;")
        self.error.hide()
        form.addRow(QCoreApplication.translate("SaveSearchDialog", "&Name:"), self.name_field)
        form.addRow(QCoreApplication.translate("SaveSearchDialog", "&Search:"), self.query_field)
        form.addRow(QCoreApplication.translate("SaveSearchDialog", "&Tags:"), self.tags_field)
        form.addRow("", self.any_box)
        form.addRow(QCoreApplication.translate("SaveSearchDialog", "&Order:"), self.order_box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def search(self) -> SavedSearch:
        return SavedSearch(
            self.name_field.text(),
            self.query_field.text(),
            tuple(parse_tags(self.tags_field.text())),
            self.any_box.isChecked(),
            self.order_box.currentData(),
        )

    def accept(self) -> None:
        if not self.name_field.text().strip():
            self.show_error(
                QCoreApplication.translate("SaveSearchDialog", "A saved search needs a name.")
            )
            return
        self.search_saved.emit(self.search(), self.replacing)
        super().accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
