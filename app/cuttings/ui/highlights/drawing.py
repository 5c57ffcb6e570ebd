"""Drawing highlights over the reader's document, and reading a selection as a quote.

Highlights are character formats merged into the document the reader just
laid out (a background colour and the highlight's id as a property), so
that extra selections stay free for the reader's own uses (search terms,
Find).  The reader draws its document anew for every clip it shows; each
time, the highlights are anchored again in its text, as the core anchors
them in the clip's (:mod:`cuttings.core.highlights.anchoring`).
"""

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from cuttings.core.highlights.anchoring import Anchorer, TextQuote, quote_at
from cuttings.core.highlights.models import Highlight

# Light enough for black text in any theme (the text is drawn black over them).
COLOR_VALUES = {
    "yellow": "#fff09a",
    "green": "#bfeeb4",
    "blue": "#c4defc",
    "pink": "#ffc8df",
    "purple": "#dfcdfd",
}
COLOR_LABELS = {name: name.capitalize() for name in COLOR_VALUES}
INK = QColor("#1b1b1b")
# The character property that holds a highlight's id.
HIGHLIGHT_ID = QTextFormat.Property.UserProperty + 17


def scaled(position: int, size: int, other_size: int) -> int:
    """A position in a text of ``size`` characters, moved to one of ``other_size``."""
    return position * other_size // max(size, 1)


def draw_highlights(
    document: QTextDocument, highlights: Sequence[Highlight], clip_text_size: int
) -> dict[int, tuple[int, int]]:
    """Colour the highlights found in ``document``; return where each one is."""
    if not highlights:
        return {}
    text = document.toPlainText()  # one character per cursor position
    anchorer = Anchorer(text)
    found: dict[int, tuple[int, int]] = {}
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)  # drawing is not an edit
    batch = QTextCursor(document)
    batch.beginEditBlock()  # one layout pass for all of them, not one each
    for item in highlights:
        if item.orphaned:
            continue
        hint = scaled(item.quote.position, clip_text_size, len(text))
        span = anchorer.anchor(item.quote, hint=hint)
        if span is None:
            continue
        found[item.id] = span
        cursor = QTextCursor(document)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(COLOR_VALUES.get(item.color, COLOR_VALUES["yellow"])))
        fmt.setForeground(INK)
        fmt.setProperty(HIGHLIGHT_ID, item.id)
        if item.comment:
            fmt.setToolTip(item.comment)
        cursor.mergeCharFormat(fmt)
    batch.endEditBlock()
    document.setUndoRedoEnabled(undo)
    return found


def highlight_at(cursor: QTextCursor) -> int | None:
    """The id of the highlight under ``cursor`` (the character after it), if any."""
    probe = QTextCursor(cursor)
    probe.clearSelection()
    if not probe.atEnd():
        probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
    value = probe.charFormat().property(HIGHLIGHT_ID)
    return int(value) if isinstance(value, int) else None


def selection_quote(cursor: QTextCursor, clip_text_size: int) -> TextQuote | None:
    """The selection under ``cursor`` as a quote, its position scaled to the clip's text."""
    if not cursor.hasSelection():
        return None
    text = cursor.document().toPlainText()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    # Spaces at the edges of a selection are not part of what was meant.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    quote = quote_at(text, start, end)
    position = scaled(start, len(text), clip_text_size)
    return TextQuote(quote.exact, quote.prefix, quote.suffix, position)
