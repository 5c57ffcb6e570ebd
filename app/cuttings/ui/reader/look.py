"""How the reader looks: its text size (Ctrl + / Ctrl - / Ctrl 0) and the theme, remembered.

The theme is a palette set on the main window (see :mod:`.themes`), so the
timeline and the sidebar change with the reader; the text size is the
reader's alone.
"""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from cuttings.ui.reader.themes import THEMES, Theme, theme_named, theme_palette
from cuttings.ui.reader.view import ReaderBrowser
from cuttings.ui.settings import app_settings

# The reader's text sizes, as a share of the window's font.
SCALES = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4)
NORMAL = SCALES.index(1.0)


class ReaderLook(QObject):
    """The text size and theme actions, their settings, and applying them."""

    def __init__(self, browser: ReaderBrowser, window: QMainWindow) -> None:
        super().__init__(window)
        self._browser = browser
        self._window = window
        std = QKeySequence.StandardKey
        self.act_larger = self._action(
            QCoreApplication.translate("ReaderLook", "&Larger Text"),
            self.larger,
            [std.ZoomIn, "Ctrl+="],
        )
        self.act_smaller = self._action(
            QCoreApplication.translate("ReaderLook", "&Smaller Text"), self.smaller, [std.ZoomOut]
        )
        self.act_actual = self._action(
            QCoreApplication.translate("ReaderLook", "&Actual Size"), self.actual_size, ["Ctrl+0"]
        )
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(
                QCoreApplication.translate("ReaderLook", theme.label), self.theme_group
            )
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, name=theme.name: self.set_theme(name))
            self.theme_actions[theme.name] = action
        settings = app_settings()
        try:
            scale = float(str(settings.value("reader/text_scale", 1.0)))
        except ValueError:
            scale = 1.0
        self._step = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - scale))
        self.theme: Theme = theme_named(settings.value("reader/theme", "system"))
        self._apply()

    def _action(self, text: str, slot: object, keys: list) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def menus(self, parent: QMenu) -> None:
        """The Text Size and Theme submenus, in ``parent`` (View)."""
        size = parent.addMenu(QCoreApplication.translate("ReaderLook", "Reader &Text Size"))
        size.addActions([self.act_larger, self.act_smaller, self.act_actual])
        themes = parent.addMenu(QCoreApplication.translate("ReaderLook", "T&heme"))
        themes.addActions(list(self.theme_actions.values()))

    # -- text size ------------------------------------------------------------------

    def larger(self) -> None:
        self._set_step(self._step + 1)

    def smaller(self) -> None:
        self._set_step(self._step - 1)

    def actual_size(self) -> None:
        self._set_step(NORMAL)

    def scale(self) -> float:
        return SCALES[self._step]

    def _set_step(self, step: int) -> None:
        self._step = max(0, min(len(SCALES) - 1, step))
        app_settings().setValue("reader/text_scale", self.scale())
        self._apply()

    # -- theme -------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        self.theme = theme_named(name)
        app_settings().setValue("reader/theme", self.theme.name)
        self._apply()

    def _apply(self) -> None:
        self.theme_actions[self.theme.name].setChecked(True)
        self.act_larger.setEnabled(self._step < len(SCALES) - 1)
        self.act_smaller.setEnabled(self._step > 0)
        self._window.setPalette(theme_palette(self.theme))
        self._browser.set_text_scale(self.scale())
