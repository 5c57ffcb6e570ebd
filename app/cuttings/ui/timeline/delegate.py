"""How one timeline row is drawn: day header, title, source and time, tag chips, excerpt.

Every length derives from the font metrics, so rows scale with the user's font
and stay sharp at any device pixel ratio (QPainter works in device-independent
pixels; nothing here is a hard-coded pixel size).
"""

import html
import re
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cuttings.core.direction import text_direction
from cuttings.ui.timeline.model import TimelineRole

AnyIndex = QModelIndex | QPersistentModelIndex
_SPACES = re.compile(r"\s+")
_MARK = re.compile(r"(<b>.*?</b>)", re.DOTALL)


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


@lru_cache(maxsize=4096)  # each visible title and excerpt, at every repaint
def line_direction(text: str) -> Qt.LayoutDirection:
    """Right-to-left for a line whose strong characters are mostly Hebrew, Arabic…"""
    if text_direction(text) == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _aligned(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The start of a line in ``direction``, vertically centred."""
    start = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class _Fonts:
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


# The timeline's mark of a partial clip (paywall, consent wall, login page).
PARTIAL_MARK = QT_TRANSLATE_NOOP("ClipDelegate", "◐ Partial")
PARTIAL_COLOR = "#c77c02"


class ClipDelegate(QStyledItemDelegate):
    """Paints a clip row of the timeline (no signals of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: _Fonts | None = None
        self._font_key = ""

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        if self._fonts is None or key != self._font_key:
            self._fonts = _Fonts(font)
            self._font_key = key
        return self._fonts

    # -- geometry -------------------------------------------------------------------

    def _body_height(self, f: _Fonts) -> int:
        return (
            f.pad_y * 2
            + f.m_title.height()
            + f.gap
            + max(f.m_small.height() + f.chip_pad // 2, f.m_small.height())
            + f.gap
            + f.m_base.height()
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        plain, with_header = self.row_heights(option.font)
        height = with_header if index.data(TimelineRole.DAY_HEADER) else plain
        return QSize(max(option.rect.width(), self.min_width(option.font)), height)

    def row_heights(self, font: QFont) -> tuple[int, int]:
        """The height of a row, and of a row that begins a day (under its header)."""
        f = self._fonts_for(font)
        body = self._body_height(f)
        return body, body + f.header_height

    def min_width(self, font: QFont) -> int:
        return self._fonts_for(font).m_base.averageCharWidth() * 30

    # -- painting -----------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        f = self._fonts_for(option.font)
        palette: QPalette = option.palette
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        header = index.data(TimelineRole.DAY_HEADER)
        if header:
            header_rect = QRect(rect.left(), rect.top(), rect.width(), f.header_height)
            self._paint_header(painter, header_rect, header, palette, f)
            rect.setTop(rect.top() + f.header_height)

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = rect
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_color = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.68)

        x = rect.left() + f.pad_x
        width = rect.width() - 2 * f.pad_x
        y = rect.top() + f.pad_y

        # Title: a Hebrew or Arabic one starts at the right, in its own direction.
        # Unread: bolder, with a dot in the margin; starred: a star before it.
        clip = index.data(TimelineRole.CLIP)
        unread = clip is not None and clip.state.unread
        font, metrics = (f.unread, f.m_unread) if unread else (f.title, f.m_title)
        if unread:
            dot = max(4, f.pad_x // 3)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            middle = y + f.m_title.height() // 2
            painter.drawEllipse(x - f.pad_x // 2 - dot // 2, middle - dot // 2, dot, dot)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.setPen(text_color)
        full_title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if clip is not None and clip.state.starred:
            full_title = "★ " + full_title
        direction = line_direction(full_title)
        painter.setLayoutDirection(direction)
        title = metrics.elidedText(full_title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y, width, f.m_title.height()), _aligned(direction), title)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        y += f.m_title.height() + f.gap

        # Source · time, then tag chips
        line_h = f.m_small.height() + f.chip_pad // 2
        meta_parts = [
            p
            for p in (
                index.data(TimelineRole.SOURCE),
                index.data(TimelineRole.TIME),
                index.data(TimelineRole.CHANGES),
            )
            if p
        ]
        meta = "  ·  ".join(meta_parts)
        painter.setFont(f.small)
        meta_x = x
        if index.data(TimelineRole.PARTIAL):
            # In amber, or in the selection's text colour on the selection.
            mark = text_color if selected else QColor(PARTIAL_COLOR)
            meta_x = self._paint_partial_mark(painter, QRect(x, y, width, line_h), mark, f)
        painter.setPen(muted)
        meta = f.m_small.elidedText(meta, Qt.TextElideMode.ElideRight, width // 2)
        meta_w = f.m_small.horizontalAdvance(meta)
        painter.drawText(
            QRect(meta_x, y, meta_w + 1, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            meta,
        )
        chips_x = meta_x + meta_w + f.pad_x
        self._paint_chips(
            painter,
            QRect(chips_x, y, x + width - chips_x, line_h),
            index.data(TimelineRole.TAGS) or [],
            palette,
            group,
            selected,
            f,
        )
        y += line_h + f.gap

        # Excerpt, or the search snippet with its matches in bold
        excerpt_rect = QRect(x, y, width, f.m_base.height())
        snippet = index.data(TimelineRole.SNIPPET)
        painter.setPen(muted)
        if snippet:
            runs = snippet_runs(snippet)
            painter.setLayoutDirection(line_direction("".join(text for text, _ in runs)))
            self._paint_runs(painter, excerpt_rect, runs, f, text_color, muted)
        else:
            painter.setFont(f.base)
            full_excerpt = index.data(TimelineRole.EXCERPT) or ""
            direction = line_direction(full_excerpt)
            painter.setLayoutDirection(direction)
            excerpt = f.m_base.elidedText(full_excerpt, Qt.TextElideMode.ElideRight, width)
            painter.drawText(excerpt_rect, _aligned(direction), excerpt)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        # A hairline between rows
        if not selected:
            line = QColor(palette.color(group, QPalette.ColorRole.Text))
            line.setAlphaF(0.08)
            painter.setPen(line)
            painter.drawLine(x, rect.bottom(), rect.right() - f.pad_x, rect.bottom())
        painter.restore()

    def _paint_partial_mark(self, painter: QPainter, rect: QRect, color: QColor, f: _Fonts) -> int:
        """The partial mark before the source; returns where the source starts."""
        mark = QCoreApplication.translate("ClipDelegate", PARTIAL_MARK)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
        return rect.left() + f.m_small.horizontalAdvance(mark) + f.pad_x

    def _paint_header(
        self, painter: QPainter, rect: QRect, text: str, palette: QPalette, f: _Fonts
    ) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setFont(f.header)
        color = palette.color(QPalette.ColorRole.Text)
        painter.setPen(color)
        text_rect = QRect(
            rect.left() + f.pad_x,
            rect.bottom() - f.m_header.height() - f.pad_y // 2,
            rect.width() - 2 * f.pad_x,
            f.m_header.height(),
        )
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f.m_header.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        accent.setAlphaF(0.55)
        painter.setPen(accent)
        painter.drawLine(
            rect.left() + f.pad_x, rect.bottom(), rect.right() - f.pad_x, rect.bottom()
        )

    def _paint_chips(
        self,
        painter: QPainter,
        rect: QRect,
        tags: list[str],
        palette: QPalette,
        group: QPalette.ColorGroup,
        selected: bool,
        f: _Fonts,
    ) -> None:
        if not tags or rect.width() <= 0:
            return
        painter.setFont(f.small)
        fill = QColor(
            palette.color(
                group,
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight,
            )
        )
        fill.setAlphaF(0.22 if selected else 0.14)
        text_color = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        x = rect.left()
        chip_h = f.m_small.height() + f.chip_pad // 2
        top = rect.top() + (rect.height() - chip_h) // 2
        spacing = f.chip_pad
        for i, tag in enumerate(tags):
            label = tag
            chip_w = f.m_small.horizontalAdvance(label) + 2 * f.chip_pad
            remaining = rect.right() - x
            if chip_w > remaining:
                more = f"+{len(tags) - i}"
                more_w = f.m_small.horizontalAdvance(more)
                if more_w <= remaining:
                    painter.setPen(text_color)
                    painter.drawText(
                        QRect(x, top, more_w + 1, chip_h), Qt.AlignmentFlag.AlignVCenter, more
                    )
                break
            chip = QRectF(x, top, chip_w, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            radius = chip_h / 2
            painter.drawRoundedRect(chip, radius, radius)
            painter.setPen(text_color)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += chip_w + spacing

    def _paint_runs(
        self,
        painter: QPainter,
        rect: QRect,
        runs: list[tuple[str, bool]],
        f: _Fonts,
        strong: QColor,
        muted: QColor,
    ) -> None:
        """Runs one after the other from the line's start (the right, painting right-to-left)."""
        rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        align = _aligned(painter.layoutDirection())
        used = 0
        ellipsis = "…"
        for text, bold in runs:
            metrics = f.m_bold if bold else f.m_base
            painter.setFont(f.bold if bold else f.base)
            painter.setPen(strong if bold else muted)
            remaining = rect.width() - used
            advance = metrics.horizontalAdvance(text)
            elided = advance > remaining
            if elided:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, remaining) or ellipsis
                advance = remaining
            left = rect.right() - used - advance if rtl else rect.left() + used
            painter.drawText(QRect(left, rect.top(), advance + 1, rect.height()), align, text)
            if elided:
                return
            used += advance
