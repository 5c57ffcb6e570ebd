"""The small dialog that edits the tags of one or many clips."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from cuttings.core.library import tag_key
from cuttings.ui.tags.completer import TagCompleter, parse_tags


class EditTagsDialog(QDialog):
    """Edit the tags shared by the selected clips.

    Signals:
        tags_edited(list, list): the tag names to add and to remove, on OK.
    """

    tags_edited = Signal(list, list)

    def __init__(
        self,
        common: Sequence[str],
        clip_count: int,
        known: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EditTagsDialog", "Edit Tags"))
        self._common = list(common)
        self.field = QLineEdit(", ".join(common), self)
        self.field.setAccessibleName(QCoreApplication.translate("EditTagsDialog", "Tags"))
        self.field.setPlaceholderText(
            QCoreApplication.translate("EditTagsDialog", "politics, energy, to read")
        )
        completer = TagCompleter(self.field)
        completer.set_names(known)
        self.field.setCompleter(completer)
        # Whole sentences: "of this clip" and "of the 3 selected clips" differ by more
        # than a plural ending in some languages (articles, prepositions).
        text = (
            QCoreApplication.translate("EditTagsDialog", "&Tags of this clip, separated by commas:")
            if clip_count == 1
            else EditTagsDialog.tr(
                "&Tags of the %Ln selected clips, separated by commas:", "", clip_count
            )
        )
        label = QLabel(
            text,
            self,
        )
        label.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)

    def accept(self) -> None:
        chosen = parse_tags(self.field.text())
        old = {tag_key(n) for n in self._common}
        new = {tag_key(n) for n in chosen}
        added = [n for n in chosen if tag_key(n) not in old]
        removed = [n for n in self._common if tag_key(n) not in new]
        super().accept()
        if added or removed:
            self.tags_edited.emit(added, removed)
