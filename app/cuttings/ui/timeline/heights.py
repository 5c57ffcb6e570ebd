"""The timeline's row heights: rows that begin a day are taller, sized a slice at a time.

A list of 35,000 clips begins a day on some 3,650 rows; sizing them all when
the list arrives held the GUI thread ~5 ms on top of the rest of that event.
The rows are sized in row order, the first slice at once (far more rows than
a screen shows, from the top, where a new list is seen) and the others a
slice per turn of the event loop.  Until the last slice is in, rows further
down may still have their plain height: nothing on screen moves, only the
scrollbar's length grows.  Whatever needs rows' positions (scrolling to a
row, Go to Date) calls :meth:`DayRowHeights.finish` first, for the rows above
the one it wants.
"""

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView

# Rows resized per turn of the event loop: ~1 ms, and four screens' worth of days.
SLICE = 200


class DayRowHeights(QObject):
    """Keeps a table view's rows tall on the rows ``wanted()`` lists, plain elsewhere.

    ``wanted`` returns the rows that begin a day, in order, as the model has
    them now; the view tells of rows inserted or removed and of resets.
    """

    def __init__(self, view: QTableView, wanted: Callable[[], list[int]]) -> None:
        super().__init__(view)
        self._view = view
        self._header = view.verticalHeader()
        self._wanted = wanted
        self._plain = self._tall_height = 0
        self._tall: set[int] = set()  # rows sized tall so far
        self._todo: list[tuple[int, bool]] = []  # (row, tall) still to apply, in row order
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)

    def set_heights(self, plain: int, tall: int) -> None:
        """New heights (the font changed): every row has the plain one, the tall ones follow."""
        self._plain, self._tall_height = plain, tall
        self._header.setDefaultSectionSize(plain)
        self._tall = set()
        self.sync()

    def reset(self) -> None:
        """The model was reset: every section has the default (plain) height again."""
        self._tall = set()
        self.sync()

    def rows_inserted(self, first: int, count: int) -> None:
        self._tall = {row if row < first else row + count for row in self._tall}
        self._resync_if_pending()

    def rows_removed(self, first: int, last: int) -> None:
        count = last - first + 1
        self._tall = {
            row if row < first else row - count for row in self._tall if not first <= row <= last
        }
        self.sync()

    def _resync_if_pending(self) -> None:
        # Rows still to size were counted before the change: work them out again.
        if self._todo:
            self._todo = []
            self._timer.start()

    def sync(self) -> None:
        """Size the rows that begin a day (and only those) tall: the first slice now."""
        wanted = set(self._wanted())
        changes = [(row, False) for row in self._tall - wanted]
        changes += [(row, True) for row in wanted - self._tall]
        changes.sort()
        self._todo = changes
        self._apply(SLICE)
        if self._todo:
            self._timer.start()

    def finish(self, through: int | None = None) -> bool:
        """Size the rows still to size now, every one or those up to row ``through``
        (where that row is depends on the rows above it); True if some were."""
        if self._timer.isActive() and not self._todo:
            self.sync()  # a change asked for a new count
        most = len(self._todo)
        if through is not None:
            most = bisect_right(self._todo, (through, True))
        if not most:
            return False
        self._apply(most)
        if not self._todo:
            self._timer.stop()
        return True

    def pending(self) -> bool:
        return self._timer.isActive()

    def _next_slice(self) -> None:
        if not self._todo:
            self.sync()
            return
        self._apply(SLICE)
        if self._todo:
            self._timer.start()

    def _apply(self, most: int) -> None:
        done, self._todo = self._todo[:most], self._todo[most:]
        if not done:
            return
        header, plain, tall = self._header, self._plain, self._tall_height
        # With updates off, resizeSection skips working out where the section is
        # on screen: an O(rows) walk each time, seconds for thousands of days.
        header.setUpdatesEnabled(False)
        try:
            for row, is_tall in done:
                header.resizeSection(row, tall if is_tall else plain)
        finally:
            header.setUpdatesEnabled(True)
        self._tall.difference_update(row for row, is_tall in done if not is_tall)
        self._tall.update(row for row, is_tall in done if is_tall)
        self._view.viewport().update()
