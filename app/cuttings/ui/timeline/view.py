"""The timeline list view: keyboard moves, row layout updates, first paint."""

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from cuttings.ui.timeline.delegate import ClipDelegate
from cuttings.ui.timeline.model import TimelineModel, TimelineRole


class TimelineView(QListView):
    """The clip list.

    Signals:
        open_requested(str): Enter asks to open a clip's original URL.
        rename_requested(): a double click asks to edit the clip's title.
        first_painted(): the view has painted rows (or an empty library) once.
    """

    open_requested = Signal(str)
    rename_requested = Signal()
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ClipDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Clips, newest first, grouped by day")
        self._painted = False
        self._empty_text = ""
        self.verticalScrollBar().valueChanged.connect(self._maybe_fetch_newer)
        self.doubleClicked.connect(lambda _index: self.rename_requested.emit())

    def timeline_model(self) -> TimelineModel:
        model = self.model()
        assert isinstance(model, TimelineModel)
        return model

    # -- selection helpers ----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [model.index(row, 0).data(TimelineRole.CLIP_ID) for row in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(TimelineRole.CLIP_ID) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_ids(self, clip_ids: Sequence[int]) -> None:
        model = self.timeline_model()
        rows = [r for r in (model.row_of(i) for i in clip_ids) if r >= 0]
        if rows:
            self.select_row(rows[0])

    # -- events ---------------------------------------------------------------------

    def _maybe_fetch_newer(self, value: int) -> None:
        """At the top of a timeline opened at a date, bring in the newer page above."""
        model = self.model()
        if value > self.verticalScrollBar().minimum() or not isinstance(model, TimelineModel):
            return
        if model.offset <= 0:
            return
        anchor = self.indexAt(self.viewport().rect().topLeft())
        anchor_id = anchor.data(TimelineRole.CLIP_ID) if anchor.isValid() else None
        if model.fetch_newer() and anchor_id is not None:
            self.doItemsLayout()
            row = model.row_of(anchor_id)
            if row >= 0:
                self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        model = self.model()
        if row < 0 and isinstance(model, TimelineModel) and model.offset > 0:
            row += model.fetch_newer()
        if row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if 0 <= row < model.rowCount():
            self.select_row(row)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(TimelineRole.URL))

    def dataChanged(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        super().dataChanged(top_left, bottom_right, roles)
        # A row can gain or lose its day header: heights change, so lay out again.
        self.scheduleDelayedItemsLayout()

    def has_painted(self) -> bool:
        return self._painted

    def set_empty_text(self, text: str) -> None:
        """What an empty timeline says (first run, no match)."""
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self._empty_text:
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
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
