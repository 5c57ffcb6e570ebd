"""The sidebar's places: Unread, Starred, Archive, Trash and the saved searches, with counts."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QMenu, QWidget

from cuttings.core.saved_searches import SavedSearch
from cuttings.core.states import StateCounts
from cuttings.ui.tags.model import TagRole
from cuttings.ui.tags.sidebar import _CountDelegate

AnyIndex = QModelIndex | QPersistentModelIndex
TRASH_SCOPE = "in:trash"


@dataclass(frozen=True, slots=True)
class Place:
    """A sidebar entry: its name, the query it shows, its count, the saved search behind it."""

    name: str
    scope: str
    count: int | None = None  # None until counted: no number shown
    saved: SavedSearch | None = None


# The states' places, in the sidebar's order, by the StateCounts field they show.
STATE_PLACES = (
    (QT_TRANSLATE_NOOP("PlacesModel", "Unread"), "is:unread", "unread"),
    (QT_TRANSLATE_NOOP("PlacesModel", "Starred"), "is:starred", "starred"),
    (QT_TRANSLATE_NOOP("PlacesModel", "Archive"), "is:archived", "archived"),
    (QT_TRANSLATE_NOOP("PlacesModel", "Trash"), TRASH_SCOPE, "trash"),
)


def _state_name(name: str) -> str:
    return QCoreApplication.translate("PlacesModel", name)


class PlaceRole:
    """Data roles of :class:`PlacesModel` (the count is the tag list's, for its delegate)."""

    SCOPE = Qt.ItemDataRole.UserRole + 20
    SAVED = Qt.ItemDataRole.UserRole + 21


class PlacesModel(QAbstractListModel):
    """The four states' places, then the saved searches by name (no signals of its own)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places = [Place(_state_name(name), scope) for name, scope, _field in STATE_PLACES]

    def set_counts(self, counts: StateCounts, saved: Sequence[tuple[SavedSearch, int]]) -> None:
        """New counts and saved searches; only a change of the entries resets the model."""
        places = [
            Place(_state_name(name), scope, getattr(counts, field))
            for name, scope, field in STATE_PLACES
        ]
        places += [Place(s.name, s.full_query, count, s) for s, count in saved]
        if [(p.name, p.scope) for p in places] != [(p.name, p.scope) for p in self._places]:
            self.beginResetModel()
            self._places = places
            self.endResetModel()
            return
        old, self._places = self._places, places
        for row, (before, after) in enumerate(zip(old, places, strict=True)):
            if before != after:
                index = self.index(row)
                self.dataChanged.emit(index, index, [TagRole.COUNT, PlaceRole.SAVED])

    def place(self, row: int) -> Place | None:
        return self._places[row] if 0 <= row < len(self._places) else None

    def row_of_scope(self, scope: str) -> int:
        for row, place in enumerate(self._places):
            if place.scope == scope:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._places)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[TagRole.COUNT] = QByteArray(b"count")
        names[PlaceRole.SCOPE] = QByteArray(b"scope")
        names[PlaceRole.SAVED] = QByteArray(b"saved")
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        place = self.place(index.row()) if index.isValid() else None
        if place is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return place.name
        if role == TagRole.COUNT:
            return place.count
        if role == PlaceRole.SCOPE:
            return place.scope
        if role == PlaceRole.SAVED:
            return place.saved
        if role == Qt.ItemDataRole.ToolTipRole:
            return place.scope
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if place.count is None:
                return place.name
            return PlacesModel.tr("{name}, %Ln clip(s)", "", place.count).format(name=place.name)
        return None


class PlacesList(QListView):
    """Shows :class:`PlacesModel`; one place at a time, or none (the whole library).

    Signals:
        place_changed(str): the scope of the place chosen ("" for none).
        rename_requested(SavedSearch), edit_requested(SavedSearch),
        delete_requested(SavedSearch): a saved search's context menu.
        empty_trash_requested(): Empty Trash from the Trash's context menu.
    """

    place_changed = Signal(str)
    rename_requested = Signal(object)
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    empty_trash_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place_model = PlacesModel(self)
        self.setModel(self.place_model)
        self.setItemDelegate(_CountDelegate(self))
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(QCoreApplication.translate("PlacesList", "Places"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._scope = ""
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.place_model.modelReset.connect(self._restore)
        self.place_model.modelReset.connect(self._fit)
        self._fit()

    def scope(self) -> str:
        return self._scope

    def current_place(self) -> Place | None:
        rows = self.selectionModel().selectedRows()
        return self.place_model.place(rows[0].row()) if rows else None

    def choose(self, scope: str) -> None:
        """Show the place with this scope ("" or an unknown one: none)."""
        row = self.place_model.row_of_scope(scope) if scope else -1
        if row < 0:
            self.clearSelection()
        else:
            self.setCurrentIndex(self.place_model.index(row))

    def mousePressEvent(self, event: Any) -> None:
        # A second click on the place shown leaves it: back to the whole library.
        index = self.indexAt(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton
        if left and index.isValid() and self.selectionModel().isSelected(index):
            self.clearSelection()
            return
        super().mousePressEvent(event)

    def _selection_changed(self, *_args: object) -> None:
        place = self.current_place()
        scope = place.scope if place is not None else ""
        if scope != self._scope:
            self._scope = scope
            self.place_changed.emit(scope)

    def _restore(self) -> None:
        """After a reset (a saved search added or renamed): the same place if it is there."""
        scope = self._scope
        row = self.place_model.row_of_scope(scope) if scope else -1
        if row >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(self.place_model.index(row))
            self.blockSignals(False)
        elif scope:
            self._scope = ""
            self.place_changed.emit("")

    def _fit(self) -> None:
        """As tall as its rows: the tag list below takes the rest."""
        rows = self.place_model.rowCount()
        height = self.sizeHintForRow(0) * rows if rows else 0
        self.setFixedHeight(height + 2 * self.frameWidth())

    def _context_menu(self, pos: QPoint) -> None:
        place = self.place_model.place(self.indexAt(pos).row())
        if place is None:
            return
        menu = QMenu(self)
        if place.saved is not None:
            saved = place.saved
            menu.addAction(
                QCoreApplication.translate("PlacesList", "Rename “{name}”…").format(
                    name=place.name
                ),
                lambda: self.rename_requested.emit(saved),
            )
            menu.addAction(
                QCoreApplication.translate("PlacesList", "Edit “{name}”…").format(name=place.name),
                lambda: self.edit_requested.emit(saved),
            )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("PlacesList", "Delete “{name}”").format(name=place.name),
                lambda: self.delete_requested.emit(saved),
            )
        elif place.scope == TRASH_SCOPE:
            menu.addAction(
                QCoreApplication.translate("PlacesList", "Empty Trash…"),
                self.empty_trash_requested.emit,
            )
        else:
            return
        menu.popup(self.viewport().mapToGlobal(pos))
