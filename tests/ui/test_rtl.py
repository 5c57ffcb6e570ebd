"""Right-to-left clips in the reader and the timeline rows."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from cuttings.ui.reader.render import clip_document
from cuttings.ui.reader.view import ReaderBrowser
from cuttings.ui.timeline.delegate import ClipDelegate
from cuttings.ui.timeline.model import RowTexts, TimelineRole
from tests.factories import make_article

HEBREW = "הממשלה אישרה את התקציב לאחר דיון ארוך בכנסת."


def test_the_reader_lays_out_a_hebrew_clip_right_to_left(qtbot, library):
    hebrew = library.add(
        make_article(1, title="התקציב אושר", html=f"<p>{HEBREW}</p>", text=HEBREW, language="he")
    ).clip
    english = library.add(make_article(2, title="Budget passed", language="en")).clip
    assert '<div dir="rtl">' in clip_document(library.get(hebrew.id))
    assert 'dir="rtl"' not in clip_document(library.get(english.id))

    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.show_clip(library.get(hebrew.id))
    block = browser.document().begin()
    directions = set()
    while block.isValid():
        directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    # Headline, metadata and text alike.
    assert directions == {Qt.LayoutDirection.RightToLeft}


def _ink_columns(
    title: str, excerpt: str, snippet: str = "", line: str = "title"
) -> tuple[int, int, int]:
    """Paint a row; return the image width and the first and last column with ink in a line."""
    model = QStandardItemModel()
    item = QStandardItem(title)
    texts = RowTexts(1, title, False, False, "", "", "", False, (), excerpt)
    item.setData(texts, TimelineRole.ROW_TEXTS)
    item.setData(snippet, TimelineRole.SNIPPET)
    model.appendRow(item)
    index = model.index(0, 0)
    delegate = ClipDelegate()
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.palette = QApplication.palette()
    height = delegate.sizeHint(option, index).height()
    image = QImage(800, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option.rect = QRect(0, 0, image.width(), height)
    option.palette.setColor(option.palette.ColorRole.Text, QColor("black"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    # The title line is the top third of the row, the excerpt the bottom third.
    rows = range(height // 3) if line == "title" else range(height * 2 // 3, height - 2)
    columns = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 160 for y in rows)
    ]
    return image.width(), columns[0], columns[-1]


def test_timeline_rows_draw_rtl_titles_from_the_right(qtbot):
    width, first, last = _ink_columns("התקציב אושר", HEBREW)
    assert first > width // 2  # a short title, flush right
    width, first, last = _ink_columns("Budget passed", "The budget passed.")
    assert last < width // 2  # flush left


def test_a_name_in_the_other_direction_is_isolated(library):
    name = "דוד כהן"
    clip = library.add(make_article(3, title="Budget", author=name, language="en")).clip
    assert f"By \u2068{name}\u2069" in clip_document(library.get(clip.id))


def test_timeline_rows_draw_rtl_excerpts_and_snippets_from_the_right(qtbot):
    width, first, _last = _ink_columns("Budget", "התקציב אושר", line="excerpt")
    assert first > width // 2
    width, first, _last = _ink_columns("Budget", "", "<b>התקציב</b> אושר", line="excerpt")
    assert first > width // 2
    width, _first, last = _ink_columns("Budget", "", "the <b>budget</b> passed", line="excerpt")
    assert last < width // 2
