"""The window's "library changed" channel (Anki's ``operation_did_execute``).

What changed is the core's :class:`~cuttings.core.changes.LibraryChange`,
returned by the write itself; this only carries it to every view.
"""

from PySide6.QtCore import QObject, Signal

from cuttings.core.changes import LibraryChange


class LibraryEvents(QObject):
    """The window's one "library changed" channel.

    Signals:
        changed(LibraryChange): emitted on the main thread after each write.
    """

    changed = Signal(object)

    def emit_change(self, change: LibraryChange) -> None:
        self.changed.emit(change)
