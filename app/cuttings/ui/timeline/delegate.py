"""How one timeline row is drawn: day header, title, source and time, tag chips, excerpt.

Every length derives from the font metrics, so rows scale with the user's font
and stay sharp at any device pixel ratio (QPainter works in device-independent
pixels; nothing here is a hard-coded pixel size).

A row is laid out once (:mod:`cuttings.ui.timeline.layout`) and drawn from
that layout until what it shows, the width or the font changes: a paint asks
the model for one :class:`~cuttings.ui.timeline.model.RowTexts` per row (no
``initStyleOption``, no role per field).  A row whose clip is still being
read is drawn blank under its day header, and filled when it arrives.
"""

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cuttings.ui.timeline.layout import (
    PARTIAL_COLOR,
    Fonts,
    RowLayout,
    lay_out_excerpt,
    lay_out_row,
    shaped,
)
from cuttings.ui.timeline.model import RowTexts, TimelineRole

AnyIndex = QModelIndex | QPersistentModelIndex
# Rows laid out and kept: a few screenfuls.
LAYOUT_LIMIT = 400
# Looked up once: each Qt enum attribute costs a Python call, a dozen a row.
_HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_SELECTED = QStyle.StateFlag.State_Selected
_FOCUSED_WINDOW = QStyle.StateFlag.State_Active
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive


class _Colors:
    """A row's colours for one palette, colour group and selection state."""

    def __init__(self, palette: QPalette, group: QPalette.ColorGroup, selected: bool) -> None:
        role = QPalette.ColorRole
        self.text = palette.color(group, role.HighlightedText if selected else role.Text)
        self.muted = QColor(self.text)
        self.muted.setAlphaF(0.68)
        # The partial mark: amber, or the selection's text colour on the selection.
        self.inks = (self.text, self.muted, self.text if selected else QColor(PARTIAL_COLOR))
        self.dot = palette.color(group, role.Highlight)
        chip = role.HighlightedText if selected else role.Highlight
        self.chip = QColor(palette.color(group, chip))
        self.chip.setAlphaF(0.22 if selected else 0.14)
        self.line = QColor(palette.color(group, role.Text))
        self.line.setAlphaF(0.08)


class ClipDelegate(QStyledItemDelegate):
    """Paints a clip row of the timeline (no signals of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: Fonts | None = None
        self._layouts: OrderedDict[int, RowLayout] = OrderedDict()  # by clip id
        self._headers: dict[tuple[str, int, Qt.LayoutDirection], QStaticText] = {}
        self._colors: dict[tuple[int, QPalette.ColorGroup, bool], _Colors] = {}
        self.blank_rows = 0  # rows painted blank, their clip still being read (the view resets it)

    def _fonts_for(self, font: QFont) -> Fonts:
        if self._fonts is None or font != self._fonts.base:  # (== costs less than key())
            self._fonts = Fonts(font)
            self._layouts.clear()
            self._headers.clear()
        return self._fonts

    # -- geometry -------------------------------------------------------------------

    def _body_height(self, f: Fonts) -> int:
        return (
            f.pad_y * 2
            + f.m_title.height()
            + f.gap
            + max(f.line_h, f.m_small.height())
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
        painter.setRenderHints(_HINTS)

        header = index.data(TimelineRole.DAY_HEADER)
        if header:
            header_rect = QRect(rect.left(), rect.top(), rect.width(), f.header_height)
            self._paint_header(painter, header_rect, header, palette, f)
            rect.setTop(rect.top() + f.header_height)

        state = option.state
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            panel = QStyleOptionViewItem(option)
            panel.rect = rect
            style.drawPrimitive(_PANEL, panel, painter, widget)

        selected = bool(state & _SELECTED)
        group = _ACTIVE if state & _FOCUSED_WINDOW else _INACTIVE
        colors = self._colors_for(palette, group, selected)
        painter.translate(rect.topLeft())
        texts = index.data(TimelineRole.ROW_TEXTS)
        if texts is not None:
            self._paint_row(painter, self._layout(index, texts, rect.width(), f)[0], colors)
        else:
            self.blank_rows += 1
        # A hairline between rows
        if not selected:
            painter.setPen(colors.line)
            bottom = rect.height() - 1
            painter.drawLine(f.pad_x, bottom, rect.width() - 1 - f.pad_x, bottom)
        painter.restore()

    def lay_out_ahead(self, index: AnyIndex, width: int, font: QFont) -> bool:
        """Lay out a row before it is shown (the view's next page, while idle).

        True if that took work; False if the row was laid out already, or its clip
        is not read yet (it is then asked for in the background).
        """
        texts = index.data(TimelineRole.ROW_TEXTS)
        return texts is not None and self._layout(index, texts, width, self._fonts_for(font))[1]

    def _layout(
        self, index: AnyIndex, texts: RowTexts, width: int, f: Fonts
    ) -> tuple[RowLayout, bool]:
        """The row's layout, kept while what it shows and its width hold (a new search, or a
        new version of the clip, showing the same keeps it); and whether that took work."""
        snippet = index.data(TimelineRole.SNIPPET) or ""
        layouts = self._layouts
        found = layouts.get(texts.clip_id)
        if found is not None and found.width == width and found.texts == texts:
            layouts.move_to_end(texts.clip_id)
            if found.snippet == snippet:
                return found, False
            lay_out_excerpt(found, snippet, f)  # the snippet arrived, or the search changed
            return found, True
        found = layouts[texts.clip_id] = lay_out_row(texts, snippet, width, f)
        if len(layouts) > LAYOUT_LIMIT:
            layouts.popitem(last=False)
        return found, True

    def _paint_row(self, painter: QPainter, row: RowLayout, colors: _Colors) -> None:
        if row.unread_dot is not None:
            painter.setBrush(colors.dot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(row.unread_dot)
        if row.chips:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.chip)
            for chip in row.chips:
                radius = chip.height() / 2
                painter.drawRoundedRect(chip, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inks = colors.inks
        for pieces in (row.pieces, row.excerpt):
            for piece in pieces:
                painter.setFont(piece.font)
                painter.setPen(inks[piece.ink])
                painter.drawStaticText(piece.at, piece.text)

    def _colors_for(self, palette: QPalette, group: QPalette.ColorGroup, selected: bool) -> _Colors:
        key = (palette.cacheKey(), group, selected)
        found = self._colors.get(key)
        if found is None:
            if len(self._colors) > 64:
                self._colors.clear()
            found = self._colors[key] = _Colors(palette, group, selected)
        return found

    def _paint_header(
        self, painter: QPainter, rect: QRect, text: str, palette: QPalette, f: Fonts
    ) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setFont(f.header)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        width = rect.width() - 2 * f.pad_x
        direction = painter.layoutDirection()  # the window's: a header is the window's text
        key = (text, width, direction)
        shown = self._headers.get(key)
        if shown is None:
            if len(self._headers) > 256:
                self._headers.clear()
            elided = f.m_header.elidedText(text, Qt.TextElideMode.ElideRight, width)
            shown = shaped(elided, f.header, width, Qt.AlignmentFlag.AlignLeft, direction)
            self._headers[key] = shown
        height = f.m_header.height()
        top = rect.bottom() - height - f.pad_y // 2
        painter.drawStaticText(QPointF(rect.left() + f.pad_x, f.top(f.header, top, height)), shown)
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        accent.setAlphaF(0.55)
        painter.setPen(accent)
        painter.drawLine(
            rect.left() + f.pad_x, rect.bottom(), rect.right() - f.pad_x, rect.bottom()
        )
