"""Noticing writes made by other processes (the command line) while the window is open.

``Library.changed_elsewhere`` asks SQLite (``PRAGMA data_version`` on a kept
connection): microseconds, so it is asked on the GUI thread, whenever the
window is activated and every few seconds; the views reload only when another
process did write.
"""

import logging

from PySide6.QtCore import QObject, QTimer

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.ui.changes import LibraryEvents

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 3000


class LibraryWatcher(QObject):
    """Announces "anything may have changed" when another process wrote to the library."""

    def __init__(
        self, library: Library, events: LibraryEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._events = events
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        # What happened before the window opened is in what it loads.
        self._library.changed_elsewhere()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Whether another process wrote since the last check (the views are told)."""
        try:
            changed = self._library.changed_elsewhere()
        except CuttingsError as exc:
            log.warning("could not check the library for outside changes: %s", exc)
            return False
        if changed:
            log.info("the library changed outside this window: reloading")
            self._events.emit_change(LibraryChange.everything())
        return changed
