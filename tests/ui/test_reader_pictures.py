"""The reader shows the pictures stored with a clip, from the library, never the network."""

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor

from cuttings.core.images.media import ClipMedia, ImageData, ImageLink
from cuttings.ui.reader.view import ReaderBrowser
from tests.factories import make_article
from tests.image_pages import picture

WIDE = ImageData("image/png", 2400, 600, picture("PNG", 2400, 600, "navy"))
SMALL = ImageData("image/jpeg", 64, 48, picture("JPEG"))


def stored_images(qtbot, browser):
    """The sources of the images in the reader's document, in order."""
    found = {}
    cursor = QTextCursor(browser.document())
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        fmt = cursor.charFormat()
        if fmt.isImageFormat():
            found[fmt.toImageFormat().name()] = True
    return list(found)


def test_stored_pictures_show_scaled_to_the_column_and_nothing_is_requested(qtbot, library, server):
    wide, small, gone = (server.url(name) for name in ("wide.png", "small.jpg", "gone.jpg"))
    links = (
        ImageLink(wide, image=WIDE),
        ImageLink(small, image=SMALL),
        ImageLink(gone, failure="picture not found (HTTP 404)"),
    )
    html = (
        f'<p>Before</p><figure><img src="{wide}" alt="A chart"><figcaption>Votes by '
        f'party</figcaption></figure><p><img src="{small}"></p><p><img src="{gone}" alt="Map"></p>'
    )
    clip = library.add(make_article(1, html=html, media=ClipMedia(links))).clip
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    browser.show()
    qtbot.waitExposed(browser)
    browser.set_picture_source(library)
    browser.show_clip(library.get(clip.id))
    browser.viewport().repaint()
    assert server.requests == []
    # Only the picture not kept is left as a placeholder, and its caption says why.
    assert [u.toString() for u in browser.refused_urls] == [gone]
    text = browser.toPlainText()
    assert "Map — Picture not kept: picture not found (HTTP 404)" in text
    assert "A chart" in text and "Votes by party" in text
    assert stored_images(qtbot, browser) == [wide, small, gone]
    # The wide picture is scaled to the column (sharp: device pixels at the screen's ratio).
    fitted = browser.loadResource(2, QUrl(wide))  # QTextDocument.ImageResource
    ratio = browser.devicePixelRatioF()
    assert fitted.width() / fitted.devicePixelRatio() <= browser.viewport().width()
    assert fitted.devicePixelRatio() == ratio
    assert browser.horizontalScrollBar().maximum() == 0
    # The small one keeps its own size.
    assert browser.loadResource(2, QUrl(small)).width() == 64


def test_clicking_a_picture_opens_it_full_size(qtbot, library):
    url = "https://cdn.example/wide.png"
    html = f'<p>Before</p><p><img src="{url}"></p><p>After</p>'
    clip = library.add(
        make_article(1, html=html, media=ClipMedia((ImageLink(url, image=WIDE),)))
    ).clip
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    browser.show()
    qtbot.waitExposed(browser)
    browser.set_picture_source(library)
    browser.show_clip(library.get(clip.id))
    cursor = QTextCursor(browser.document())
    cursor.setPosition(browser.toPlainText().index("\ufffc"))
    rect = browser.cursorRect(cursor)
    point = QPoint(rect.left() + 40, rect.bottom() - 10)
    assert browser.picture_at(point) == url
    with qtbot.waitSignal(browser.picture_opened) as opened:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [url]
    assert browser.picture_at(QPoint(5, 5)) == ""


def test_a_stored_lead_image_heads_the_text_once(qtbot, library):
    lead, inline = "https://cdn.example/lead.jpg", "https://cdn.example/wide.png"
    links = (ImageLink(lead, image=SMALL, lead=True), ImageLink(inline, image=WIDE))
    html = f'<p>Text</p><p><img src="{inline}"></p>'
    clip = library.add(make_article(1, html=html, media=ClipMedia(links))).clip
    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.set_picture_source(library)
    browser.show_clip(library.get(clip.id))
    assert stored_images(qtbot, browser) == [lead, inline]
    # A lead image the article shows is not shown twice.
    other = library.add(
        make_article(2, html=f'<p><img src="{lead}"></p>', media=ClipMedia(links[:1]))
    ).clip
    browser.show_clip(library.get(other.id))
    assert stored_images(qtbot, browser) == [lead]
    assert browser.toPlainText().count("\ufffc") == 1
