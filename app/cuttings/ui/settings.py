"""Where the window keeps its state (QSettings, organisation "Cuttings")."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

ORGANISATION = "Cuttings"
APPLICATION = "Cuttings"


def app_settings() -> QSettings:
    """The user's settings, as an INI file on every platform (readable, easy to reset)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def library_key(path: Path) -> str:
    """A short stable key for per-library settings and the single-instance socket."""
    return hashlib.sha256(str(Path(path).expanduser().absolute()).encode()).hexdigest()[:16]


def restore_layout(window: QMainWindow, splitter: QSplitter) -> None:
    """The window's size, docks and panes as they were left (or a size that fits)."""
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(_default_size(window))
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    panes = settings.value("window/splitter")
    if isinstance(panes, QByteArray):
        splitter.restoreState(panes)


def save_layout(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())


def _default_size(window: QWidget) -> QSize:
    unit = window.fontMetrics().averageCharWidth()
    screen = QGuiApplication.primaryScreen()
    size = QSize(unit * 190, window.fontMetrics().height() * 48)
    if screen is not None:
        size = size.boundedTo(screen.availableSize() * 0.9)
    return size
