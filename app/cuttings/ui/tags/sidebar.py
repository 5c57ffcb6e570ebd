"""The tag sidebar: click a tag to filter, select several to intersect, manage tags."""

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QListView,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cuttings.core.library import tag_key
from cuttings.ui.tags.model import TagListModel, TagRole

AnyIndex = QModelIndex | QPersistentModelIndex


class _CountDelegate(QStyledItemDelegate):
    """A tag's name with its count right-aligned (none until it is counted)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(TagRole.COUNT)
        count = "" if value is None else QLocale().toString(int(value))
        metrics = option.fontMetrics
        pad = metrics.height() // 2
        count_w = metrics.horizontalAdvance(count) + pad
        # Only what is drawn, not initStyleOption (which asks the model for nine roles
        # per row): the sidebar repaints with every activation of the window.
        opt = QStyleOptionViewItem(option)
        opt.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        opt.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        widget = option.widget
        style = widget.style() if widget else None
        if style is None:
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        text_rect = QRect(opt.rect)
        text_rect.setRight(text_rect.right() - count_w)
        opt.rect = text_rect
        if index.data(TagRole.IS_ALL):
            opt.font.setBold(True)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(color)
        painter.drawText(
            QRect(
                option.rect.right() - count_w,
                option.rect.top(),
                count_w - pad // 2,
                option.rect.height(),
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(round(option.fontMetrics.height() * 1.9))
        return size


class TagSidebar(QListView):
    """Lists "All clips" and the tags.

    Signals:
        filter_changed(tuple): the selected tag names (empty for all clips).
        rename_requested(str, str): rename a tag (old, new).
        merge_requested(list, str): merge tags (sources) into a target name.
        delete_requested(str): remove a tag from every clip.
    """

    filter_changed = Signal(tuple)
    rename_requested = Signal(str, str)
    merge_requested = Signal(list, str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_model = TagListModel(self)
        self.setModel(self.tag_model)
        self.setItemDelegate(_CountDelegate(self))
        # Every row is one line high: with 2,000 tags, asking the delegate for each
        # row's size on every refresh of the counts held the GUI thread for 100 ms+.
        self.setUniformItemSizes(True)
        # Laid out a few hundred rows per turn of the event loop: a tag made by an edit
        # inserts a row, and laying out 2,000 rows at once held the GUI thread 15 ms.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(250)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAccessibleName(QCoreApplication.translate("TagSidebar", "Tags"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "TagSidebar", "Select one or more tags to show only clips carrying all of them"
            )
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._filter: tuple[str, ...] = ()
        self._restoring = False
        self._renamed: dict[str, str] = {}  # a renamed tag's key → its new name
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tag_model.modelAboutToBeReset.connect(self._remember)
        self.tag_model.modelReset.connect(self._restore)
        self.select_names(())

    # -- filter ---------------------------------------------------------------------

    def selected_names(self) -> tuple[str, ...]:
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        names = [self.tag_model.index(r).data(TagRole.NAME) for r in rows]
        return tuple(n for n in names if n)

    def current_filter(self) -> tuple[str, ...]:
        return self._filter

    def select_names(self, names: tuple[str, ...] | list[str]) -> None:
        """Select these tags (or "All clips" when empty) without a round trip through the user."""
        selection = QItemSelection()
        rows = [r for r in (self.tag_model.row_of(n) for n in names) if r >= 0] or [0]
        for row in rows:
            index = self.tag_model.index(row)
            selection.select(index, index)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.selectionModel().setCurrentIndex(
            self.tag_model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._restoring:
            return
        all_index = self.tag_model.index(0)
        selection = self.selectionModel()
        if selected.contains(all_index) or not selection.selectedRows():
            # "All clips" clears the tag filter.
            self._restoring = True
            selection.select(all_index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._restoring = False
        elif selection.isSelected(all_index):
            self._restoring = True
            selection.select(all_index, QItemSelectionModel.SelectionFlag.Deselect)
            self._restoring = False
        names = self.selected_names()
        if names != self._filter:
            self._filter = names
            self.filter_changed.emit(names)

    def _remember(self) -> None:
        self._kept = self._filter

    def _restore(self) -> None:
        kept = [self._after_rename(n) for n in getattr(self, "_kept", ())]
        kept = [n for n in kept if self.tag_model.row_of(n) >= 0]
        self._restoring = True
        self.select_names(kept)
        self._restoring = False
        names = self.selected_names()
        if names != self._filter:
            self._filter = names
            self.filter_changed.emit(names)

    def _after_rename(self, name: str) -> str:
        """The name a filtered tag has now: the filter follows a rename."""
        if self.tag_model.row_of(name) >= 0:
            return name
        return self._renamed.pop(tag_key(name), name)

    # -- managing tags -----------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        name = index.data(TagRole.NAME) if index.isValid() else None
        if not name:
            return
        if not self.selectionModel().isSelected(index):
            self.select_names([name])
        menu = QMenu(self)
        selected = list(self.selected_names())
        rename = QAction(
            QCoreApplication.translate("TagSidebar", "Rename “{name}”…").format(name=name), menu
        )
        rename.triggered.connect(lambda: self.ask_rename(name))
        menu.addAction(rename)
        merge = QAction(
            QCoreApplication.translate("TagSidebar", "Merge Selected Tags Into…")
            if len(selected) > 1
            else QCoreApplication.translate("TagSidebar", "Merge “{name}” Into…").format(name=name),
            menu,
        )
        merge.triggered.connect(lambda: self.ask_merge(selected or [name]))
        menu.addAction(merge)
        menu.addSeparator()
        delete = QAction(
            QCoreApplication.translate("TagSidebar", "Delete “{name}”…").format(name=name), menu
        )
        delete.triggered.connect(lambda: self.ask_delete(name))
        menu.addAction(delete)
        menu.popup(self.viewport().mapToGlobal(pos))

    def ask_rename(self, name: str) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("TagSidebar", "Rename Tag"))
        dialog.setLabelText(
            QCoreApplication.translate("TagSidebar", "New name for “{name}”:").format(name=name)
        )
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(lambda new: self._rename(name, new))
        dialog.open()
        return dialog

    def _rename(self, old: str, new: str) -> None:
        if new.strip() and new != old:
            self._renamed[tag_key(old)] = new.strip()
            self.rename_requested.emit(old, new)

    def ask_merge(self, sources: list[str]) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("TagSidebar", "Merge Tags"))
        quoted = ", ".join(
            QCoreApplication.translate("TagSidebar", "“{tag}”").format(tag=s) for s in sources
        )
        dialog.setLabelText(
            QCoreApplication.translate("TagSidebar", "Merge {tags} into:").format(tags=quoted)
        )
        others = [n for n in self.tag_model.names() if n not in sources]
        dialog.setComboBoxItems(others or sources)
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")  # no guess: the first name in the list is rarely the one
        dialog.textValueSelected.connect(
            lambda target: self.merge_requested.emit(sources, target) if target.strip() else None
        )
        dialog.open()
        return dialog

    def ask_delete(self, name: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("TagSidebar", "Delete Tag"),
            QCoreApplication.translate(
                "TagSidebar", "Remove the tag “{name}” from every clip? The clips themselves stay."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(QCoreApplication.translate("TagSidebar", "Delete Tag"))
        box.buttonClicked.connect(
            lambda button: self.delete_requested.emit(name) if button is yes else None
        )
        box.open()
        return box
