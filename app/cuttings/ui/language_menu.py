"""View → Language: the system's language or one of ours, applied at the next start.

Switching live would mean re-setting every text of every open widget; a
restart is what Thunderbird and LibreOffice ask for too.
"""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cuttings import APP_NAME
from cuttings.ui.i18n import LANGUAGES, chosen_language, set_chosen_language


class LanguageMenu(QObject):
    """The Language submenu; ``menu`` goes into View (no signals of its own)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), window)
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choices = [("", QCoreApplication.translate("LanguageMenu", "System Default"))]
        # Each language is named in itself, so anyone can find their own.
        choices += list(LANGUAGES.items())
        current = chosen_language()
        for code, name in choices:
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.insertSeparator(self.actions["en"])
        self.box: QMessageBox | None = None

    def choose(self, code: str) -> None:
        if code == chosen_language():
            return
        set_chosen_language(code)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            QCoreApplication.translate(
                "LanguageMenu", "The new language is used the next time {app} starts."
            ).format(app=APP_NAME),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        self.box = box
        box.open()
