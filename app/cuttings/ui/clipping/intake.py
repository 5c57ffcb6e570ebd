"""Links and pages coming into the window: the link field, the next clip's tags, the
Clip button, Paste and drops.

The texts keep the ``MainWindow`` translation context they had when the window
built these fields itself, so their translations still apply.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QStatusBar, QWidget

from cuttings.ui.clipping.controller import ClipController
from cuttings.ui.clipping.links import links_in_mime, links_in_text
from cuttings.ui.clipping.pages import PageIntake, saved_page_files, saved_pages_in
from cuttings.ui.porting.paths import import_files_in_mime
from cuttings.ui.tags.completer import TagCompleter, parse_tags


class LinkIntake(QObject):
    """Turns what the user gives the window (typed, pasted or dropped) into clips,
    saved pages or an import; owns the fields that take links and tags."""

    def __init__(
        self,
        parent: QWidget,
        clipper: ClipController,
        pages: PageIntake,
        start_import: Callable[[list[Path]], None],
        status_bar: Callable[[], QStatusBar],
    ) -> None:
        super().__init__(parent)
        self._clipper = clipper
        self._pages = pages
        self._start_import = start_import
        self._status_bar = status_bar
        char = parent.fontMetrics().averageCharWidth()
        self.url_field = QLineEdit(parent)
        self.url_field.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Paste a link to clip it (Ctrl+L)")
        )
        self.url_field.setAccessibleName(QCoreApplication.translate("MainWindow", "Link to clip"))
        self.url_field.setClearButtonEnabled(True)
        self.url_field.setMinimumWidth(char * 30)
        self.url_field.setMaximumWidth(char * 80)
        self.url_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tags_field = QLineEdit(parent)
        self.tags_field.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Tags for the next clip")
        )
        self.tags_field.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Tags for the links you clip next; emptied once they are used"
            )
        )
        self.tags_field.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Tags for new clips")
        )
        self.tags_field.setClearButtonEnabled(True)
        self.tags_field.setMaximumWidth(char * 28)
        self.tag_completer = TagCompleter(self.tags_field)
        self.tags_field.setCompleter(self.tag_completer)
        self.clip_button = QPushButton(QCoreApplication.translate("MainWindow", "Clip"), parent)
        self.clip_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Clip the link")
        )
        self.url_field.returnPressed.connect(self.clip_from_field)
        self.clip_button.clicked.connect(self.clip_from_field)

    def next_tags(self) -> list[str]:
        """The tags typed for the next clip, left in the field."""
        return parse_tags(self.tags_field.text())

    def take_tags(self) -> list[str]:
        """The tags for the links being clipped now; the field empties, so they never
        go, unseen, onto later clips."""
        tags = self.next_tags()
        self.tags_field.clear()
        return tags

    def clip_from_field(self) -> None:
        text = self.url_field.text().strip()
        if not text:
            return
        urls = links_in_text(text) or [text]  # a bare host is checked (and explained) by the core
        self._clip(urls)
        self.url_field.clear()

    def paste_links(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and self._pages.paste(mime):
            return  # HTML copied from a page: clipped as it is
        urls = links_in_mime(mime) if mime is not None else []
        if not urls:
            self._status_bar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The clipboard holds no web link to clip."
                ),
                5000,
            )
            return
        self._clip(urls)

    @staticmethod
    def accepts(mime: QMimeData) -> bool:
        """True for a drop this window takes: files to import, saved pages or links."""
        return bool(import_files_in_mime(mime) or saved_page_files(mime) or links_in_mime(mime))

    def drop(self, mime: QMimeData) -> bool:
        """Take a drop; False if it held nothing to take."""
        pages = saved_pages_in(saved_page_files(mime))
        files = [path for path in import_files_in_mime(mime) if path not in pages]
        if pages:  # saved pages are clipped as they are; other files still go to the import
            self._pages.open_files(pages)
        if files:  # a bookmarks file or an export: the import flow, not clipping
            self._start_import(files)
        if pages or files:
            return True
        urls = links_in_mime(mime)
        if urls:
            self._clip(urls)
        return bool(urls)

    def _clip(self, urls: list[str]) -> None:
        self._clipper.clip(urls, self.take_tags())
