"""Pages that reach the window without a fetch: HTML pasted from a browser, saved pages dropped.

What the clipboard or a drop holds is looked at on the GUI thread (cheap);
files are read and pages cleaned in the pool, through
:meth:`ClipController.clip_page`.  A pasted page is captured as
``clipboard``, a dropped file as ``file``.
"""

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from cuttings.core.article import Article
from cuttings.core.cleaning import http_url
from cuttings.ui.clipping.controller import ClipController
from cuttings.ui.media import image_settings

# Fewer words than this in copied HTML is a link or a phrase, not a page.
PASTED_PAGE_MIN_WORDS = 25
# Enough of a dropped .html file to tell a bookmarks list from a page.
_SNIFF_BYTES = 512 * 1024
# The clipboard formats that may name the page HTML was copied from.
_SOURCE_FORMATS = ("x-moz-url-priv", "x-source-url", "html format")
_TAG = re.compile(r"<[^>]*>")
# What names a saved page (cuttings.core.saved_pages.SAVED_PAGE_SUFFIXES, which a
# test keeps equal): that module, with lxml and the charset detector, is imported
# when a page comes, not with the window (40 ms).
SAVED_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht"})


def ask_page_url(parent: QWidget | None) -> str | None:
    """The web address of a pasted page, asked of the user; None if they cancel.

    Looked up on the module at call time, so that a test can answer it.
    """
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("clipping.pages", "Paste Page"),
        QCoreApplication.translate(
            "clipping.pages",
            "The copied page does not say where it comes from.\n"
            "Web address of the page (it identifies the clip):",
        ),
        QLineEdit.EchoMode.Normal,
    )
    return text.strip() if ok else None


def saved_page_files(mime: QMimeData) -> list[Path]:
    """Local files in a drop whose names say they are saved pages (not read yet)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SAVED_PAGE_SUFFIXES]


def saved_pages_in(paths: Sequence[Path]) -> list[Path]:
    """The saved pages among dropped files: an ``.html`` bookmarks list is an import instead."""
    from cuttings.core.saved_pages import is_link_list

    pages = []
    for path in paths:
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            try:
                with path.open("rb") as file:
                    head = file.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
            except OSError:
                head = ""  # clipping it will say what is wrong with the file
            if head and is_link_list(head):
                continue
        pages.append(path)
    return pages


def pasted_page_html(mime: QMimeData) -> str:
    """The HTML on the clipboard if it is a page or a part of one ("" for a copied link)."""
    if not mime.hasHtml():
        return ""
    html = mime.html()
    if len(_TAG.sub(" ", html).split()) < PASTED_PAGE_MIN_WORDS:
        return ""
    return html


def pasted_source_url(mime: QMimeData) -> str:
    """The address the platform says the clipboard's HTML was copied from, if it says."""
    from cuttings.core.saved_pages import clipboard_source_url

    formats = {
        name: bytes(mime.data(name).data())
        for name in mime.formats()
        if any(mark in name.lower() for mark in _SOURCE_FORMATS)
    }
    return clipboard_source_url(formats)


class PageIntake(QObject):
    """Turns pasted HTML and dropped saved pages into clip jobs (no signals of its own)."""

    def __init__(
        self,
        clipper: ClipController,
        window: QWidget,
        tags: Callable[[], list[str]],
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._clipper = clipper
        self._window = window
        self._tags = tags
        self._notify = notify

    def paste(self, mime: QMimeData) -> bool:
        """Clip the page on the clipboard; False if it holds no page (links are for the caller)."""
        html = pasted_page_html(mime)
        if not html:
            return False
        from cuttings.core.saved_pages import MAX_HTML_BYTES, SavedPage, declared_url, page_article

        if len(html.encode("utf-8", errors="replace")) > MAX_HTML_BYTES:
            self._notify(
                QCoreApplication.translate(
                    "PageIntake", "The copied page is too large to clip (over 15 MB)."
                )
            )
            return True
        url = pasted_source_url(mime) or declared_url(html)
        if not url:
            answer = ask_page_url(self._window)
            if answer is None:
                return True
            url = http_url(answer)
            if not url:
                self._notify(
                    QCoreApplication.translate(
                        "PageIntake",
                        "A pasted page needs the web address it comes from (http or https).",
                    )
                )
                return True
        page = SavedPage(html, url)

        def make() -> Article:
            from cuttings.core.clipping import default_fetcher

            return page_article(page, "clipboard", default_fetcher(), image_settings())

        self._clipper.clip_page(
            QCoreApplication.translate("PageIntake", "Pasted page: {url}").format(url=url),
            make,
            self._tags(),
        )
        return True

    def open_files(self, paths: Sequence[Path]) -> None:
        """Clip each saved page (``.html``, ``.htm``, ``.mhtml``) as a ``file`` capture."""
        from cuttings.core.saved_pages import page_article, read_saved_page

        tags = self._tags()
        for path in paths:

            def make(path: Path = path) -> Article:
                from cuttings.core.clipping import default_fetcher

                return page_article(
                    read_saved_page(path), "file", default_fetcher(), image_settings()
                )

            self._clipper.clip_page(path.name, make, tags)
