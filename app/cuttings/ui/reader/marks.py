"""Marking the current search's words and phrases in the article shown in the reader.

The words come from the core's own parse of the query
(:func:`cuttings.core.search.snippets.highlighter`), so the reader marks what
the search matched: phrases as phrases, the word being typed as a prefix,
accents and case ignored, Chinese or Japanese words inside unspaced text;
words after a minus are not marked.
"""

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.search.query import parse_query
from cuttings.core.search.snippets import Highlighter, highlighter

# More marks than this are not worth their cost (each is a selection Qt paints).
MAX_MARKS = 2_000


def search_highlighter(search: str) -> Highlighter | None:
    """The highlighter for a search as the timeline runs it (the last word a prefix)."""
    if not search.strip():
        return None
    try:
        return highlighter(parse_query(search, prefix_last=True))
    except QuerySyntaxError:
        return None


def mark_color(palette: QPalette, strength: float) -> QColor:
    """A marker colour that reads on this palette's page, light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    color = QColor("#f2c744") if base.lightnessF() >= 0.5 else QColor("#8a6d00")
    color.setAlphaF(strength)
    return color


def term_selections(
    document: QTextDocument, found: Highlighter | None, palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """A marker over every place the search's words are in ``document``."""
    if found is None:
        return []
    # toRawText keeps one character per document position (paragraph breaks included).
    text = document.toRawText()
    fmt = QTextCharFormat()
    fmt.setBackground(mark_color(palette, 0.55))
    marks: list[QTextEdit.ExtraSelection] = []
    for start, end in found.spans(text):
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[misc]
        mark.format = fmt  # type: ignore[misc]
        marks.append(mark)
        if len(marks) >= MAX_MARKS:
            break
    return marks
