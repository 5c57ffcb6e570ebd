"""The window's own message boxes: About, and the one telling of a bug.

Their texts keep the ``MainWindow`` translation context they were written in.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QMessageBox, QWidget

from cuttings import APP_NAME, __version__
from cuttings.ui.resources import app_icon


def show_about(parent: QWidget, library: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(
        QCoreApplication.translate("MainWindow", "About {APP_NAME}").format(APP_NAME=APP_NAME)
    )
    side = parent.fontMetrics().height() * 4
    box.setIconPixmap(app_icon().pixmap(QSize(side, side), parent.devicePixelRatioF()))
    about = QCoreApplication.translate(
        "MainWindow",
        "A news-clipping manager: clip articles by URL, read them offline, tag and search them.",
    )
    where = QCoreApplication.translate("MainWindow", "Library: {path}")
    box.setText(
        f"<h3>{APP_NAME} {__version__}</h3><p>{about}</p><p>{where.format(path=library)}</p>"
    )
    box.open()


def show_bug(parent: QWidget, message: str) -> None:
    """A bug (not an expected error): what happened, and that the library is safe."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "{APP_NAME}: something went wrong").format(
            APP_NAME=APP_NAME
        ),
        QCoreApplication.translate(
            "MainWindow",
            "Cuttings met an unexpected error. Your library is safe; the details are in the log.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(message)
    box.open()
