"""The reader shows a clip offline: nothing remote ever loads; links open outside."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument

from cuttings.ui.reader.render import body_html
from cuttings.ui.reader.view import ReaderBrowser, ReaderPanel
from tests.factories import make_article


def test_remote_images_become_placeholders_and_are_never_requested(qtbot, library, server):
    image = server.url("photo.jpg")
    clip = library.add(
        make_article(
            1,
            html=f'<p>Before</p><img src="{image}" alt="The minister" width="1200" height="800">'
            f'<p>After</p><img src="https://elsewhere.example/x.png">',
        )
    ).clip
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.show_clip(library.get(clip.id))
    browser.viewport().repaint()
    assert server.requests == []
    refused = {u.toString() for u in browser.refused_urls}
    assert refused == {image, "https://elsewhere.example/x.png"}
    assert "The minister" in browser.toPlainText()  # the alt text is shown as a caption
    # The placeholder is small, not 1200 pixels wide.
    assert browser.document().idealWidth() < 900


def test_each_clip_is_shown_in_a_new_document_with_the_readers_settings(qtbot, library):
    """A clip replaces the document (cheaper than replacing its text); the new one keeps
    the reader's style and column, gets the search's marks, and the old ones are freed."""
    clips = [library.add(make_article(n)).clip for n in range(1, 6)]
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.set_text_scale(1.25)
    sheet = browser.document().defaultStyleSheet()
    browser.set_search("story")
    documents = set()
    for clip in clips:
        browser.show_clip(library.get(clip.id))
        document = browser.document()
        documents.add(id(document))
        assert document.defaultStyleSheet() == sheet
        assert document.rootFrame().frameFormat().leftMargin() > 50  # the ~70-character column
        marks = browser.extraSelections()
        assert len(marks) == 2  # "Story" in the title, "story" in the body
        assert all(mark.cursor.document() is document for mark in marks)
    assert len(documents) == len(clips)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert browser.findChildren(QTextDocument) == [browser.document()]


def test_body_html_drops_image_sizes():
    out = body_html('<img width="900" src="a.png" height="10" alt="x &amp; y">')
    assert "width" not in out and "height" not in out
    assert 'alt="x &amp; y"' in out


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


def test_links_open_in_the_system_browser(qtbot, library):
    clip = library.add(make_article(1)).clip
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 500)
    browser.show()
    qtbot.waitExposed(browser)
    browser.show_clip(library.get(clip.id))
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        with qtbot.waitSignal(browser.link_opened):
            browser.anchorClicked.emit(QUrl(clip.url))
        # A click on the "Open the original" link itself.
        cursor = browser.document().find("Open the original")
        rect = browser.cursorRect(cursor)
        with qtbot.waitSignal(browser.link_opened):
            pos = QPointF(rect.center()).toPoint() - QPointF(rect.width() * 2, 0).toPoint()
            qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls[0] == clip.url
    assert browser.source().isEmpty()  # the reader itself never navigated


def test_reader_shows_the_clip_header(qtbot, library):
    clip = library.add(
        make_article(1, author="Giulia Bianchi", published_at="2025-02-22T14:49:00"),
        tags=["politica"],
    ).clip
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.show_clip(library.get(clip.id))
    text = panel.browser.toPlainText()
    for part in ("Story number 1", "By Giulia Bianchi", "22 February 2025", "#politica", "Clipped"):
        assert part in text, part


def test_reader_follows_a_dark_palette(qtbot, library):
    from PySide6.QtGui import QColor, QPalette

    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    palette = QPalette(browser.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    browser.setPalette(palette)
    assert "#eeeeee" in browser.document().defaultStyleSheet()
