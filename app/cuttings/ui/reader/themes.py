"""The reading themes: the system's palette, or light, dark or sepia for the whole window.

A theme is a palette set on the main window (its children, the reader
included, inherit it; the reader's stylesheet is drawn from the palette it
has).  ``system`` sets none, so the window follows the desktop.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette

SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    label: str  # English source text, translated where shown (context "ReaderLook")
    colors: dict[str, str]  # QPalette role name → colour; empty for the system's


_ROLES = QPalette.ColorRole

THEMES: tuple[Theme, ...] = (
    Theme(SYSTEM, QT_TRANSLATE_NOOP("ReaderLook", "&System"), {}),
    Theme(
        "light",
        QT_TRANSLATE_NOOP("ReaderLook", "&Light"),
        {
            "Window": "#f3f3f3",
            "WindowText": "#1d1d1f",
            "Base": "#ffffff",
            "AlternateBase": "#f6f6f6",
            "Text": "#1d1d1f",
            "Button": "#ececec",
            "ButtonText": "#1d1d1f",
            "Highlight": "#2f6fd6",
            "HighlightedText": "#ffffff",
            "Link": "#1f5fbf",
            "PlaceholderText": "#7b7b80",
            "ToolTipBase": "#ffffdc",
            "ToolTipText": "#1d1d1f",
            "Mid": "#c8c8c8",
            "Dark": "#a0a0a0",
            "Light": "#ffffff",
            "Midlight": "#e4e4e4",
        },
    ),
    Theme(
        "dark",
        QT_TRANSLATE_NOOP("ReaderLook", "&Dark"),
        {
            "Window": "#2b2d31",
            "WindowText": "#e6e6e6",
            "Base": "#1b1c1f",
            "AlternateBase": "#232427",
            "Text": "#e6e6e6",
            "Button": "#35373c",
            "ButtonText": "#e6e6e6",
            "Highlight": "#3d6fd6",
            "HighlightedText": "#ffffff",
            "Link": "#7aa7ff",
            "PlaceholderText": "#8a8d93",
            "ToolTipBase": "#2b2d31",
            "ToolTipText": "#e6e6e6",
            "Mid": "#3a3c40",
            "Dark": "#111214",
            "Light": "#3a3c40",
            "Midlight": "#303236",
        },
    ),
    Theme(
        "sepia",
        QT_TRANSLATE_NOOP("ReaderLook", "S&epia"),
        {
            "Window": "#e9dfc9",
            "WindowText": "#4a3b2c",
            "Base": "#f6efdf",
            "AlternateBase": "#efe5d0",
            "Text": "#4a3b2c",
            "Button": "#e2d6bc",
            "ButtonText": "#4a3b2c",
            "Highlight": "#a0622d",
            "HighlightedText": "#fffaf0",
            "Link": "#8a4b1c",
            "PlaceholderText": "#8c7a63",
            "ToolTipBase": "#f6efdf",
            "ToolTipText": "#4a3b2c",
            "Mid": "#cbbd9f",
            "Dark": "#a8987a",
            "Light": "#fbf6ea",
            "Midlight": "#ddd0b3",
        },
    ),
)
THEME_NAMES = tuple(theme.name for theme in THEMES)


def theme_named(name: object) -> Theme:
    """The theme called ``name`` (the system's for anything unknown, e.g. an old setting)."""
    return next((theme for theme in THEMES if theme.name == name), THEMES[0])


def theme_palette(theme: Theme) -> QPalette:
    """The palette to set on the window: an empty one (inherit the system's) for ``system``."""
    palette = QPalette()
    if not theme.colors:
        return palette
    for role, color in theme.colors.items():
        palette.setColor(getattr(_ROLES, role), QColor(color))
    muted = QColor(theme.colors["PlaceholderText"])
    for role in (_ROLES.Text, _ROLES.WindowText, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette
