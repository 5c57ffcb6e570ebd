"""What a write changed, told once to every view (Anki's ``operation_did_execute``)."""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """The ids a write added, updated or removed, and whether tag names or counts moved.

    ``reload`` says the write touched clips it cannot list cheaply (renaming or
    merging a tag): views reload what they show.
    """

    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    tags_changed: bool = False
    reload: bool = False


class LibraryEvents(QObject):
    """The window's one "library changed" channel.

    Signals:
        changed(LibraryChange): emitted on the main thread after each write.
    """

    changed = Signal(object)

    def emit_change(self, change: LibraryChange) -> None:
        self.changed.emit(change)
