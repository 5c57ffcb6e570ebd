"""The reader follows a row moved by a key, or chosen for a list just in, a frame later.

End, Page Down, J/K or an arrow repaint the timeline; showing the clip lays
out its article as well (~10 ms).  In the same event, the two held the GUI
thread for over 16 ms.  A frame later, the timeline has answered first, input
in between is handled, and a key held down shows only the clip it stops on.
The row a new list selects (a search typed, a tag chosen) follows the same
way: the list's rows come first.  A row chosen otherwise (a click, the
window's own code) is shown at once.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# A frame: long enough for the timeline's repaint to be its own event.
FOLLOW_MS = 16


class ReaderFollower(QObject):
    """Calls ``show(clip_id)`` now, or for the newest clip asked for once the event loop
    turns (no signals of its own)."""

    def __init__(self, show: Callable[[int | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._wanted: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(lambda: self._show(self._wanted))

    def follow(self, clip_id: int | None, *, later: bool) -> None:
        if later:
            self._wanted = clip_id
            self._timer.start()
        else:
            self._timer.stop()  # an older clip asked for later must not follow this one
            self._show(clip_id)

    def pending(self) -> bool:
        return self._timer.isActive()

    def cancel(self) -> None:
        """Show nothing more (the window is closing)."""
        self._timer.stop()
