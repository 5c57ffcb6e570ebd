"""Where the window keeps its state (QSettings, organisation "Cuttings")."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

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
