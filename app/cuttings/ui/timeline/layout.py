"""A timeline row laid out once: its lines elided and shaped, ready to be drawn again and again.

Painting is the busiest thing the window does while it scrolls (a dozen rows a
frame, 16 ms for all of it), and most of a row's cost is working out its
lines: eliding the title and the excerpt to the width, finding their
direction, shaping the glyphs.  :func:`lay_out_row` does that once per row
shown, width and font, into :class:`QStaticText` pieces placed relative to
the row's top-left; the delegate keeps the result and only draws it (a
search's snippet, arriving later, lays out the last line again).  Where a
piece goes is worked out as ``QPainter.drawText`` into a rectangle would put it
(vertically centred on the font's height), so rows look the same as drawn text.
"""

import html
import re
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QStaticText, QTextOption, QTransform

from cuttings.core.direction import text_direction
from cuttings.ui.timeline.model import RowTexts

_SPACES = re.compile(r"\s+")
_MARK = re.compile(r"(<b>.*?</b>)", re.DOTALL)
_LEFT = Qt.AlignmentFlag.AlignLeft
_CENTRE = Qt.AlignmentFlag.AlignHCenter
_LTR = Qt.LayoutDirection.LeftToRight
_RTL = Qt.LayoutDirection.RightToLeft
_STARTS = {
    _LTR: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    _RTL: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
}

# The timeline's mark of a partial clip (paywall, consent wall, login page).
PARTIAL_MARK = QT_TRANSLATE_NOOP("ClipDelegate", "◐ Partial")
PARTIAL_COLOR = "#c77c02"


def snippet_runs(snippet_html: str) -> list[tuple[str, bool]]:
    """Split a search snippet (escaped text with ``<b>`` marks) into (text, bold) runs."""
    runs = []
    for part in _MARK.split(snippet_html):
        if not part:
            continue
        bold = part.startswith("<b>") and part.endswith("</b>")
        text = html.unescape(part[3:-4] if bold else part)
        runs.append((_SPACES.sub(" ", text), bold))
    return runs


@lru_cache(maxsize=4096)  # each title and excerpt laid out
def line_direction(text: str) -> Qt.LayoutDirection:
    """Right-to-left for a line whose strong characters are mostly Hebrew, Arabic…
    (a line without such letters is told at once: see ``text_direction``)."""
    return _RTL if text_direction(text) == "rtl" else _LTR


def line_start(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The start of a line in ``direction`` (left or right, whatever the window's direction)."""
    return _STARTS[direction]


class Fonts:
    """The fonts of a row, their metrics and the spacing derived from them."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.title = QFont(base)
        self.title.setWeight(QFont.Weight.DemiBold)
        self.title.setPointSizeF(base.pointSizeF() * 1.1)
        self.header = QFont(base)
        self.header.setWeight(QFont.Weight.Bold)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.9)
        self.bold = QFont(base)
        self.bold.setWeight(QFont.Weight.Bold)
        # An unread clip's title: bolder than a read one's.
        self.unread = QFont(self.title)
        self.unread.setWeight(QFont.Weight.Black)
        self.m_unread = QFontMetrics(self.unread)
        self.m_base = QFontMetrics(self.base)
        self.m_title = QFontMetrics(self.title)
        self.m_header = QFontMetrics(self.header)
        self.m_small = QFontMetrics(self.small)
        self.m_bold = QFontMetrics(self.bold)
        unit = self.m_base.height()
        self.pad_x = round(unit * 0.9)
        self.pad_y = round(unit * 0.55)
        self.gap = round(unit * 0.2)
        self.header_height = round(self.m_header.height() * 2.3)
        self.chip_pad = round(self.m_small.height() * 0.45)
        self.line_h = self.m_small.height() + self.chip_pad // 2  # source, time and chips
        # Each font's line height, as drawText centres a line in a rectangle by (by the
        # id of these fonts, which live as long as this: QFont.key() costs more).
        self._heights = {id(font): QFontMetricsF(font).height() for font in self._all()}
        # Tag chips and marks come back row after row: measured and shaped once.
        self._words: dict[tuple[str, int, int, int], QStaticText] = {}
        self._advances: dict[str, int] = {}

    def _all(self) -> tuple[QFont, ...]:
        return (self.base, self.title, self.header, self.small, self.bold, self.unread)

    def top(self, font: QFont, top: float, height: float) -> float:
        """Where a line of ``font`` vertically centred in ``height`` from ``top`` begins."""
        return top + (height - self._heights[id(font)]) / 2

    def word(self, text: str, font: QFont, width: int, align: Qt.AlignmentFlag) -> QStaticText:
        """A short text that recurs (a tag, "+3", the partial mark), shaped once per width."""
        key = (text, width, int(align), id(font))
        found = self._words.get(key)
        if found is None:
            if len(self._words) > 4096:
                self._words.clear()
            found = self._words[key] = shaped(text, font, width, align)
        return found

    def small_advance(self, text: str) -> int:
        """The width of a short text that recurs (a tag, the partial mark) in the small font."""
        found = self._advances.get(text)
        if found is None:
            if len(self._advances) > 4096:
                self._advances.clear()
            found = self._advances[text] = self.m_small.horizontalAdvance(text)
        return found


def shaped(
    text: str,
    font: QFont,
    width: float,
    align: Qt.AlignmentFlag,
    direction: Qt.LayoutDirection = _LTR,
) -> QStaticText:
    """``text`` shaped in ``font`` on one line ``width`` wide, aligned in it as ``align`` says."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # a title with "<b>" is a title
    option = QTextOption(align)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    static.setTextOption(option)
    static.setTextWidth(width)
    static.prepare(QTransform(), font)
    return static


class Ink(IntEnum):
    """Which of the row's colours a piece is drawn in (they change with the selection)."""

    TEXT = 0
    MUTED = 1
    PARTIAL = 2


@dataclass(slots=True)
class Piece:
    text: QStaticText
    at: QPointF
    font: QFont
    ink: Ink


@dataclass(slots=True)
class RowLayout:
    """A row's pieces, placed relative to the top-left of the row under its day header."""

    texts: RowTexts
    width: int
    unread_dot: QRectF | None = None
    pieces: list[Piece] = field(default_factory=list)  # title, source and time, chips' words
    chips: list[QRectF] = field(default_factory=list)
    snippet: str = ""
    excerpt: list[Piece] = field(default_factory=list)  # the excerpt, or the snippet's runs


def lay_out_row(texts: RowTexts, snippet: str, width: int, f: Fonts) -> RowLayout:
    """Lay out a row ``width`` wide: title, source and time with chips, excerpt or snippet."""
    row = RowLayout(texts, width)
    x = f.pad_x
    inner = width - 2 * f.pad_x
    y = f.pad_y

    # Title: a Hebrew or Arabic one starts at the right, in its own direction.
    # Unread: bolder, with a dot in the margin; starred: a star before it.
    font, metrics = (f.unread, f.m_unread) if texts.unread else (f.title, f.m_title)
    if texts.unread:
        dot = max(4, f.pad_x // 3)
        middle = y + f.m_title.height() // 2
        row.unread_dot = QRectF(x - f.pad_x // 2 - dot // 2, middle - dot // 2, dot, dot)
    full_title = "★ " + texts.title if texts.starred else texts.title
    direction = line_direction(full_title)
    title = metrics.elidedText(full_title, Qt.TextElideMode.ElideRight, inner)
    row.pieces.append(
        Piece(
            shaped(title, font, inner, line_start(direction), direction),
            QPointF(x, f.top(font, y, f.m_title.height())),
            font,
            Ink.TEXT,
        )
    )
    y += f.m_title.height() + f.gap

    # Source · time, then tag chips
    meta_x = x
    if texts.partial:
        mark = QCoreApplication.translate("ClipDelegate", PARTIAL_MARK)
        row.pieces.append(
            Piece(
                f.word(mark, f.small, inner, _STARTS[_LTR]),
                QPointF(x, f.top(f.small, y, f.line_h)),
                f.small,
                Ink.PARTIAL,
            )
        )
        meta_x = x + f.small_advance(mark) + f.pad_x
    meta = "  ·  ".join(p for p in (texts.source, texts.time, texts.changes) if p)
    meta = f.m_small.elidedText(meta, Qt.TextElideMode.ElideRight, inner // 2)
    meta_w = f.m_small.horizontalAdvance(meta)
    row.pieces.append(
        Piece(
            shaped(meta, f.small, meta_w + 1, _LEFT),
            QPointF(meta_x, f.top(f.small, y, f.line_h)),
            f.small,
            Ink.MUTED,
        )
    )
    chips_x = meta_x + meta_w + f.pad_x
    _lay_out_chips(row, texts.tags, chips_x, x + inner - 1, y, f)
    y += f.line_h + f.gap

    lay_out_excerpt(row, snippet, f)
    return row


def lay_out_excerpt(row: RowLayout, snippet: str, f: Fonts) -> None:
    """(Re)lay out the row's last line: the excerpt, or the search snippet with its matches
    in bold (snippets arrive after the row is first shown, and change with the search)."""
    row.snippet = snippet
    row.excerpt = []
    x = f.pad_x
    inner = row.width - 2 * f.pad_x
    y = f.pad_y + f.m_title.height() + f.gap + f.line_h + f.gap
    if snippet:
        runs = snippet_runs(snippet)
        direction = line_direction("".join(text for text, _ in runs))
        _lay_out_runs(row, runs, QRectF(x, y, inner, f.m_base.height()), direction, f)
        return
    excerpt = row.texts.excerpt
    direction = line_direction(excerpt)
    shown = f.m_base.elidedText(excerpt, Qt.TextElideMode.ElideRight, inner)
    row.excerpt.append(
        Piece(
            shaped(shown, f.base, inner, line_start(direction), direction),
            QPointF(x, f.top(f.base, y, f.m_base.height())),
            f.base,
            Ink.MUTED,
        )
    )


def _lay_out_chips(
    row: RowLayout, tags: tuple[str, ...], left: int, right: int, top: int, f: Fonts
) -> None:
    """A chip per tag from ``left`` while they fit before ``right``, then "+n" for the rest."""
    if right < left:
        return
    x = left
    chip_h = f.m_small.height() + f.chip_pad // 2
    chip_top = top + (f.line_h - chip_h) // 2
    for i, tag in enumerate(tags):
        chip_w = f.small_advance(tag) + 2 * f.chip_pad
        remaining = right - x
        if chip_w > remaining:
            more = f"+{len(tags) - i}"
            more_w = f.small_advance(more)
            if more_w <= remaining:
                row.pieces.append(
                    Piece(
                        f.word(more, f.small, more_w + 1, _LEFT),
                        QPointF(x, f.top(f.small, chip_top, chip_h)),
                        f.small,
                        Ink.TEXT,
                    )
                )
            return
        row.chips.append(QRectF(x, chip_top, chip_w, chip_h))
        row.pieces.append(
            Piece(
                f.word(tag, f.small, chip_w, _CENTRE),
                QPointF(x, f.top(f.small, chip_top, chip_h)),
                f.small,
                Ink.TEXT,
            )
        )
        x += chip_w + f.chip_pad


def _lay_out_runs(
    row: RowLayout,
    runs: list[tuple[str, bool]],
    rect: QRectF,
    direction: Qt.LayoutDirection,
    f: Fonts,
) -> None:
    """Runs one after the other from the line's start (the right, right-to-left)."""
    rtl = direction == _RTL
    align = line_start(direction)
    width = int(rect.width())
    used = 0
    for text, bold in runs:
        font, metrics = (f.bold, f.m_bold) if bold else (f.base, f.m_base)
        remaining = width - used
        advance = metrics.horizontalAdvance(text)
        elided = advance > remaining
        if elided:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, remaining) or "…"
            advance = remaining
        left = rect.left() + width - 1 - used - advance if rtl else rect.left() + used
        row.excerpt.append(
            Piece(
                shaped(text, font, advance + 1, align, direction),
                QPointF(left, f.top(font, rect.top(), rect.height())),
                font,
                Ink.TEXT if bold else Ink.MUTED,
            )
        )
        if elided:
            return
        used += advance
