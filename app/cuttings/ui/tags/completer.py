"""Completion of tag names in a comma-separated field."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from cuttings.core.library import tag_key


def parse_tags(text: str) -> list[str]:
    """Tag names typed as ``a, b, c``: trimmed, empty ones dropped, duplicates once."""
    seen: set[str] = set()
    names = []
    for part in text.split(","):
        name = " ".join(part.split())
        if name and tag_key(name) not in seen:
            seen.add(tag_key(name))
            names.append(name)
    return names


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma (no signals of its own)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self.setModel(self._names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: Sequence[str]) -> None:
        if list(names) != self._names.stringList():
            self._names.setStringList(list(names))

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0].strip() if "," in text else ""
        name = str(index.data())
        return f"{head}, {name}" if head else name
