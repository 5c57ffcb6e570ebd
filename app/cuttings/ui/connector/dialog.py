"""Tools → Browser Extension…: the pairing token to paste in the extension, copy and reset."""

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cuttings import APP_NAME
from cuttings.core.connector.token import TokenKeeper
from cuttings.core.errors import CuttingsError
from cuttings.ui.connector.bridge import BrowserBridge
from cuttings.ui.core_texts import core_text

INTRO = QT_TRANSLATE_NOOP(
    "BrowserExtensionDialog",
    "The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are "
    "reading as your browser shows it: articles behind your subscription, pages drawn by "
    "scripts. Install it (see the README), open its options, and paste this pairing token.",
)


def extension_folder() -> Path | None:
    """Where the extension to install is: beside the installed programs, or in the checkout."""
    if getattr(sys, "frozen", False):
        programs = Path(sys.executable).resolve().parent
        # macOS: Cuttings.app/Contents/MacOS/cuttings-gui, the extension in Contents/Resources.
        candidates = [programs / "browser", programs.parent / "Resources" / "browser"]
    else:
        candidates = [Path(__file__).resolve().parents[4] / "browser"]
    return next((path for path in candidates if path.is_dir()), None)


class BrowserExtensionDialog(QDialog):
    """The token with Copy and Reset, and whether the window's endpoint listens (no signals)."""

    def __init__(self, bridge: BrowserBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate(
                "BrowserExtensionDialog", "Browser Extension — {APP_NAME}"
            ).format(APP_NAME=APP_NAME)
        )
        self._keeper: TokenKeeper | None = None
        intro = QLabel(QCoreApplication.translate("BrowserExtensionDialog", INTRO), self)
        intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            QCoreApplication.translate("BrowserExtensionDialog", "Connector status")
        )
        if bridge is not None and bridge.endpoint is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "BrowserExtensionDialog",
                    "Listening for the extension on {url} while this window is open.",
                ).format(url=bridge.url)
            )
        elif bridge is not None and bridge.error:
            self.status.setText(
                QCoreApplication.translate(
                    "BrowserExtensionDialog", "Not listening: {error}."
                ).format(error=bridge.error)
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "BrowserExtensionDialog",
                    "Not listening in this window; “cuttings serve” can instead.",
                )
            )
        self.token_field = QLineEdit(self)
        self.token_field.setReadOnly(True)
        self.token_field.setAccessibleName(
            QCoreApplication.translate("BrowserExtensionDialog", "Pairing token")
        )
        self.token_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.token_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        label = QLabel(
            QCoreApplication.translate("BrowserExtensionDialog", "Pairing &token:"), self
        )
        label.setBuddy(self.token_field)
        self.copy_button = QPushButton(
            QCoreApplication.translate("BrowserExtensionDialog", "&Copy"), self
        )
        self.reset_button = QPushButton(
            QCoreApplication.translate("BrowserExtensionDialog", "&Reset…"), self
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "BrowserExtensionDialog",
                "Make a new token; extensions paired with the old one stop working",
            )
        )
        self.copy_button.clicked.connect(self.copy)
        self.reset_button.clicked.connect(self.ask_reset)
        row = QHBoxLayout()
        row.addWidget(self.token_field, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.reset_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.folder = extension_folder()
        if self.folder is not None:
            role = QDialogButtonBox.ButtonRole.ActionRole
            show = buttons.addButton(
                QCoreApplication.translate("BrowserExtensionDialog", "Show E&xtension Folder"), role
            )
            show.setToolTip(str(self.folder))
            show.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
            )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        try:
            self._keeper = TokenKeeper()
            self.token_field.setText(self._keeper.current())
        except CuttingsError as exc:
            self.token_field.setPlaceholderText(
                QCoreApplication.translate("BrowserExtensionDialog", "unavailable")
            )
            self.status.setText(core_text(str(exc))[:1].upper() + core_text(str(exc))[1:] + ".")
            self.copy_button.setEnabled(False)
            self.reset_button.setEnabled(False)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.token_field.text())
        self.copy_button.setText(QCoreApplication.translate("BrowserExtensionDialog", "Copied"))

    def ask_reset(self) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("BrowserExtensionDialog", "Reset the Pairing Token"),
            QCoreApplication.translate(
                "BrowserExtensionDialog",
                "Make a new pairing token? Browsers paired with the current one stop clipping "
                "until the new token is pasted in their extension's options.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset()

    def reset(self) -> None:
        if self._keeper is None:
            return
        try:
            self.token_field.setText(self._keeper.reset())
        except CuttingsError as exc:
            QMessageBox.warning(self, APP_NAME, core_text(str(exc)))
            return
        self.copy_button.setText(QCoreApplication.translate("BrowserExtensionDialog", "&Copy"))


def show_browser_dialog(window: QWidget) -> BrowserExtensionDialog:
    dialog = BrowserExtensionDialog(window.findChild(BrowserBridge), window)
    dialog.open()
    return dialog
