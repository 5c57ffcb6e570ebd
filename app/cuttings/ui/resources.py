"""Finding bundled resources (icons, styles) in a checkout or an installed wheel."""

from pathlib import Path

from PySide6.QtGui import QIcon

import cuttings

_CANDIDATES = (
    Path(cuttings.__file__).resolve().parent / "resources",  # installed: cuttings/resources
    Path(cuttings.__file__).resolve().parents[2] / "resources",  # checkout: <repo>/resources
)


def resource_path(*parts: str) -> Path | None:
    """The first existing ``resources/<parts>`` file, or ``None``."""
    for base in _CANDIDATES:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return None


def app_icon() -> QIcon:
    path = resource_path("icons", "cuttings.svg")
    if path is not None:
        return QIcon(str(path))
    return QIcon.fromTheme("accessories-text-editor")


def themed_icon(name: str, fallback: QIcon | None = None) -> QIcon:
    """A freedesktop theme icon, falling back to ``resources/icons/<name>.svg``."""
    icon = QIcon.fromTheme(name)
    if not icon.isNull():
        return icon
    path = resource_path("icons", f"{name}.svg")
    if path is not None:
        return QIcon(str(path))
    return fallback or QIcon()
