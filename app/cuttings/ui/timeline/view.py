"""The timeline view: one column of clip rows over every match, keyboard moves, first paint.

A ``QTableView`` with one column rather than a ``QListView``: a list view
lays out every row itself (asking the delegate, and the model twice, for each
of 100,000 rows: seconds), while a table takes row heights from its vertical
header, which keeps them in an array.  Rows are one height; rows that begin a
day are taller by their header.  The model lists those rows, so no clip is
read to lay the view out.
"""

import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cuttings.ui.timeline.delegate import ClipDelegate
from cuttings.ui.timeline.heights import DayRowHeights
from cuttings.ui.timeline.model import TimelineModel, TimelineRole


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(first, last)`` row spans, overlapping or touching ones merged, in order."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


# Time spent laying out rows ahead in one go (s): well within a frame.
AHEAD_BUDGET = 0.0015


class TimelineView(QTableView):
    """The clip list.

    Signals:
        open_requested(str): Enter asks to open a clip's original URL.
        rename_requested(): a double click asks to edit the clip's title.
        first_painted(): the view has painted rows (or an empty library) once: the
            first rows of its list, the rest of which may still be loading.
        selection_count_changed(int): how many clips are selected (all matches
            after Select All, loaded or not).
    """

    open_requested = Signal(str)
    rename_requested = Signal()
    first_painted = Signal()
    selection_count_changed = Signal(int)
    # Pixels past the last row, so that one of the last days can go on top (a class
    # attribute: Qt lays the view out inside ``__init__`` already).
    _overscroll = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = ClipDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        columns = self.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.setMouseTracking(True)
        self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self.setAccessibleDescription(
            QCoreApplication.translate("TimelineView", "Clips, newest first, grouped by day")
        )
        self._heights = (0, 0)
        self._day_rows = DayRowHeights(self, self._header_rows)
        self._painted = False
        self._empty_text = ""
        self._keyed = False  # a key press is being handled
        # Select All or End asked for while only a new query's first rows are in:
        # done again on its whole list, if that list is still the one asked for.
        self._pending: tuple[int, bool, bool] | None = None  # (generation, all, end)
        self.doubleClicked.connect(lambda _index: self.rename_requested.emit())
        self._ahead = QTimer(self)  # lays out the pages next to the one shown, while idle
        self._ahead.setSingleShot(True)
        self._ahead.timeout.connect(self._lay_out_ahead)
        self._apply_heights()

    def timeline_model(self) -> TimelineModel:
        model = self.model()
        assert isinstance(model, TimelineModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        # Connected after the header's own slots: its sections have moved by then.
        if isinstance(model, TimelineModel):
            model.modelReset.connect(self._rows_reset)
            model.rowsInserted.connect(self._rows_inserted)
            model.rowsRemoved.connect(self._rows_removed)
            model.headers_changed.connect(self._day_rows.sync)
            model.loaded.connect(self._list_loaded)
        selection = self.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)
        self._rows_reset()

    # -- row heights ------------------------------------------------------------------

    def _apply_heights(self) -> None:
        heights = self._delegate.row_heights(self.font())
        if heights != self._heights:
            self._heights = heights
            self._day_rows.set_heights(*heights)

    def _header_rows(self) -> list[int]:
        model = self.model()
        return model.header_rows() if isinstance(model, TimelineModel) else []

    def _rows_reset(self) -> None:
        self._overscroll = 0
        self._day_rows.reset()
        self._selection_changed()  # a reset clears the selection without a word

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._day_rows.rows_inserted(first, last - first + 1)

    def _rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._day_rows.rows_removed(first, last)

    def day_rows_pending(self) -> bool:
        """True while some rows that begin (or no longer begin) a day are still to size."""
        return self._day_rows.pending()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # Where a row is depends on every row above it.  (Qt's constructor scrolls
        # before __init__ has made the sizer.)
        day_rows: DayRowHeights | None = getattr(self, "_day_rows", None)
        if day_rows is not None and day_rows.finish(through=index.row()):
            self.updateGeometries()  # the scrollbar's range, before it is set
        super().scrollTo(index, hint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_heights()

    # -- selection helpers ----------------------------------------------------------

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as ``(first, last)`` spans: a few, even after Select All."""
        selection = self.selectionModel()
        if selection is None:
            return []
        return merged_spans((r.top(), r.bottom()) for r in selection.selection())

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self.selected_spans())

    def selected_ids(self) -> list[int]:
        """Every selected clip's id in row order, read or not (no clip is read)."""
        return self.timeline_model().ids_of_rows(self.selected_spans())

    def _selection_changed(self, *_args: object) -> None:
        self.selection_count_changed.emit(self.selected_count())

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(TimelineRole.CLIP_ID) if index.isValid() else None

    def select_row(
        self,
        row: int,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        index = self.model().index(row, 0)
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index, hint)

    def scroll_to_top(self, row: int) -> None:
        """Put ``row`` at the top of the view, scrolling past the end of the list if need
        be (Go to Date on one of the last days: that day first, blank space under it)."""
        self.executeDelayedItemsLayout()  # a layout still to come would undo the overscroll
        if self._day_rows.finish():
            self.updateGeometries()
        header = self.verticalHeader()
        y = header.sectionPosition(row)
        if y < 0:
            return
        self._overscroll = max(0, self.viewport().height() - (header.length() - y))
        self.updateGeometries()
        self.verticalScrollBar().setValue(y)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self._overscroll:
            bar = self.verticalScrollBar()
            bar.setMaximum(bar.maximum() + self._overscroll)

    def select_ids(self, clip_ids: Sequence[int]) -> None:
        row = self.timeline_model().first_row_of(clip_ids)
        if row >= 0:
            self.select_row(row)

    # -- keys -----------------------------------------------------------------------

    def moveCursor(
        self,
        cursorAction: QAbstractItemView.CursorAction,
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        # A table's Home and End move along the row; here they mean the first and
        # last clip, as in a list.
        actions = QAbstractItemView.CursorAction
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if rows and cursorAction == actions.MoveHome:
            return model.index(0, 0)
        if rows and cursorAction == actions.MoveEnd:
            self._wish(end=True)
            return model.index(rows - 1, 0)
        return super().moveCursor(cursorAction, modifiers)

    def selectAll(self) -> None:
        self._wish(select_all=True)
        super().selectAll()

    def _wish(self, *, select_all: bool = False, end: bool = False) -> None:
        """Remember Select All or End made on a head, to do again on the whole list."""
        model = self.model()
        if not isinstance(model, TimelineModel) or not model.is_counting():
            return
        if self._pending is not None and self._pending[0] == model.generation:
            select_all, end = select_all or self._pending[1], end or self._pending[2]
        self._pending = (model.generation, select_all, end)

    def _list_loaded(self) -> None:
        pending, self._pending = self._pending, None
        model = self.model()
        if pending is None or not isinstance(model, TimelineModel):
            return
        generation, select_all, end = pending
        if generation != model.generation or not model.rowCount():
            return
        if end:
            last = model.index(model.rowCount() - 1, 0)
            self.setCurrentIndex(last)
            self.scrollTo(last)
        if select_all:
            super().selectAll()

    def moved_by_key(self) -> bool:
        """True while a key pressed in the view moves the current row."""
        return self._keyed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keyed = True  # the window's reader follows such a move a turn later
        try:
            self._key_pressed(event)
        finally:
            self._keyed = False

    def _key_pressed(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_J, Qt.Key.Key_K):
            self._step(1 if key == Qt.Key.Key_J else -1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _step(self, delta: int) -> None:
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if 0 <= row < self.model().rowCount():
            self.select_row(row)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(TimelineRole.URL))

    # -- painting -------------------------------------------------------------------

    def _lay_out_ahead(self) -> None:
        """Lay out the page below the rows shown, then the one above, a few rows per turn
        of the event loop: Page Down and the wheel then find their rows ready to draw."""
        model = self.model()
        first = self.rowAt(0)
        if model is None or first < 0:
            return
        total = model.rowCount()
        last = self.rowAt(self.viewport().height() - 1)
        last = total - 1 if last < 0 else last
        page = last - first + 1
        rows = [*range(last + 1, min(last + 1 + page, total)), *range(max(0, first - page), first)]
        width, font = self.columnWidth(0), self.font()
        began = time.perf_counter()
        for row in rows:
            if self._delegate.lay_out_ahead(model.index(row, 0), width, font) and (
                time.perf_counter() - began > AHEAD_BUDGET
            ):
                self._ahead.start(0)  # the rest on the next turn, after waiting events
                return

    def has_painted(self) -> bool:
        return self._painted

    def set_empty_text(self, text: str) -> None:
        """What an empty timeline says (first run, no match)."""
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._delegate.blank_rows = 0
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._empty_text:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            margin = self.fontMetrics().height() * 2
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
            painter.end()
        if not self._ahead.isActive():
            self._ahead.start(0)
        # The first paint that shows the library's rows (or that it has none), not
        # rows left blank while their clips are read.
        if (
            not self._painted
            and isinstance(model, TimelineModel)
            and (model.has_loaded() or (model.is_counting() and model.rowCount() > 0))
            and not self._delegate.blank_rows
        ):
            self._painted = True
            self.first_painted.emit()
