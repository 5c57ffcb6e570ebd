"""Rename Clip (F2): a title field that refuses an empty title instead of losing the edit."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget


class TitleDialog(QInputDialog):
    """Asks for a clip's title; OK on an empty title says why and stays open.

    Signals (QInputDialog's): ``textValueSelected(str)`` carries a non-empty title.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setWindowTitle(QCoreApplication.translate("TitleDialog", "Rename Clip"))
        self.setLabelText(QCoreApplication.translate("TitleDialog", "Title:"))
        self.setTextValue(title)

    def done(self, result: int) -> None:
        if result == int(QInputDialog.DialogCode.Accepted) and not self.textValue().strip():
            # The dialog stays open with the person's text (none): nothing is lost.
            self.setLabelText(
                QCoreApplication.translate(
                    "TitleDialog", "A clip needs a title: type one, or Cancel to keep the old one."
                )
            )
            return
        super().done(result)
