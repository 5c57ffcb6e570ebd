"""Opening a link in the person's web browser, and saying so when there is none."""

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_in_browser(url: QUrl, parent: QWidget) -> bool:
    """Hand ``url`` to the system's browser; when none takes it (no browser, no
    ``xdg-open``), say so in a box and put the link on the clipboard instead."""
    if QDesktopServices.openUrl(url):
        return True
    QGuiApplication.clipboard().setText(url.toString())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("browser", "No Web Browser"),
        QCoreApplication.translate(
            "browser",
            "No web browser could be opened for this link. "
            "It is on the clipboard: paste it into a browser.",
        ),
        QMessageBox.StandardButton.Ok,
        parent.window(),
    )
    box.setObjectName("no-browser")
    box.setInformativeText(url.toString())
    box.open()
    return False
