"""The reader follows a row moved by a key, or chosen for a list just in, a frame later,
its clip read in the pool.

End, Page Down, J/K or an arrow repaint the timeline; showing the clip lays
out its article as well.  In the same event, the two held the GUI thread for
over 16 ms.  A frame later, the timeline has answered first, input in between
is handled, and a key held down shows only the clip it stops on.  The clip is
then read in the pool with everything the reader shows of it — its links,
highlights and pictures, decoded and fitted to the column — so the GUI thread
only lays the article out.  The row a new list selects (a search typed, a tag
chosen) follows the same way.  A row chosen otherwise (a click, the window's
own code) is shown at once, read on the GUI thread.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from cuttings.core.library import Library
from cuttings.core.library.reading import ReaderPage
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.reader.pictures import decode, fitted
from cuttings.ui.tasks import Cancelled, Task

# A frame: long enough for the timeline's repaint to be its own event.
FOLLOW_MS = 16


@dataclass(frozen=True)
class PreparedPage:
    """A :class:`ReaderPage` (without the pictures' bytes) and its pictures ready to lay out."""

    page: ReaderPage
    pictures: dict[str, QImage]


def prepare_page(
    library: Library, clip_id: int, column: float, ratio: float, task: Task
) -> PreparedPage:
    """Read a clip for the reader and decode its pictures, fitted to ``column`` logical
    pixels at device ``ratio`` (in the pool: QImage needs no GUI thread)."""
    page = library.reader_page(clip_id, with_pictures=True)
    pictures: dict[str, QImage] = {}
    for url, data in page.pictures.items():
        if task.cancelled:
            raise Cancelled("another clip was asked for")
        image = decode(data)
        if image is not None:
            pictures[url] = fitted(image, column, ratio)
    return PreparedPage(dataclasses.replace(page, pictures={}), pictures)


class ReaderFollower(QObject):
    """Shows the clip asked for: now through ``show_now(clip_id)``, or for the newest one
    asked for later, read in the pool, through ``show_page(prepared)`` (no signals).

    ``fit()`` gives the reader's column width and device pixel ratio at the time
    of the read.  A read that fails (the clip deleted meanwhile) falls back to
    ``show_now``, which says why.
    """

    def __init__(
        self,
        ops: Operations,
        show_now: Callable[[int | None], None],
        show_page: Callable[[PreparedPage], None],
        fit: Callable[[], tuple[float, float]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._show_now = show_now
        self._show_page = show_page
        self._fit = fit
        self._wanted: int | None = None
        # Bumped by every request: a read answered after a newer request is dropped.
        self._generation = 0
        self._reading: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self._read)

    def follow(self, clip_id: int | None, *, later: bool) -> None:
        self._generation += 1
        self._stop_reading()
        self._wanted = clip_id
        if later:
            self._timer.start()
        else:
            self._timer.stop()  # an older clip asked for later must not follow this one
            self._show_now(clip_id)

    def pending(self) -> bool:
        """Whether a clip asked for later is not shown yet."""
        return self._timer.isActive() or self._reading is not None

    def cancel(self) -> None:
        """Show nothing more (the window is closing)."""
        self._generation += 1
        self._timer.stop()
        self._stop_reading()

    def _read(self) -> None:
        clip_id = self._wanted
        if clip_id is None:
            self._show_now(None)
            return
        generation = self._generation
        column, ratio = self._fit()
        library = self._ops.library

        answered: list[bool] = []  # a synchronous runner answers before run() returns

        def done(prepared: PreparedPage) -> None:
            answered.append(True)
            if generation == self._generation:
                self._reading = None
                self._show_page(prepared)

        def failed(exc: BaseException) -> None:
            answered.append(True)
            if generation == self._generation:
                self._reading = None
                if not isinstance(exc, Cancelled):
                    self._show_now(clip_id)

        reading = (
            QueryOp(self._ops, lambda task: prepare_page(library, clip_id, column, ratio, task))
            .success(done)
            .failure(failed)
            .quick()
            .run()
        )
        if not answered:
            self._reading = reading

    def _stop_reading(self) -> None:
        if self._reading is not None:
            self._reading.cancel.set()
            self._reading = None
