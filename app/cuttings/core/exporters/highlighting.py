"""Highlights in exports: marked in the article (HTML, EPUB), listed with their comments.

The exporters ask :class:`HighlightSource` for a clip's highlights (anchored
in its text now, orphans included).  In the HTML book and the EPUB each
highlight found in the article is a ``<mark>`` (its comment as the title);
after the article, every highlight is listed with its comment, orphans said
to be so: an export loses none of them.
"""

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

import lxml.html

from cuttings.core.highlights.anchoring import Anchorer
from cuttings.core.highlights.models import Highlight

if TYPE_CHECKING:
    from cuttings.core.library import Library

HighlightsOf = Callable[[int], Sequence[Highlight]]

# Elements whose edges separate words (a line break in the text they hold).
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "dt", "dd", "section",
    }
)  # fmt: skip


def no_highlights(_clip_id: int) -> Sequence[Highlight]:
    return ()


class HighlightSource:
    """A library's highlights by clip id; asks nothing of a library that has none."""

    def __init__(self, library: "Library") -> None:
        self._library = library
        self._any = library.highlight_count() > 0

    def __call__(self, clip_id: int) -> Sequence[Highlight]:
        return self._library.highlights(clip_id) if self._any else ()


def _segments(root: lxml.html.HtmlElement) -> tuple[str, list[tuple[object, str, int]]]:
    """The text of ``root`` and, for each text node, ``(element, "text"|"tail", offset)``."""
    parts: list[str] = []
    segments: list[tuple[object, str, int]] = []
    length = 0

    def add(element: object, kind: str, value: str | None) -> None:
        nonlocal length
        if value:
            segments.append((element, kind, length))
            parts.append(value)
            length += len(value)

    def newline() -> None:
        nonlocal length
        parts.append("\n")
        length += 1

    def walk(element: lxml.html.HtmlElement) -> None:
        block = isinstance(element.tag, str) and element.tag in _BLOCKS
        if block:
            newline()
        add(element, "text", element.text)
        for child in element:
            walk(child)
            add(child, "tail", child.tail)
        if block:
            newline()

    walk(root)
    return "".join(parts), segments


def _mark(highlight: Highlight, text: str) -> lxml.html.HtmlElement:
    mark = lxml.html.Element("mark")
    mark.set("class", f"highlight {highlight.color}")
    if highlight.comment:
        mark.set("title", highlight.comment)
    mark.text = text
    return mark


def mark_highlights(
    root: lxml.html.HtmlElement, highlights: Sequence[Highlight], size: int
) -> None:
    """Wrap the text of each highlight found under ``root`` in ``<mark>`` elements.

    ``size`` is the length of the clip's text, to scale the position hints.
    Overlapping highlights: the earlier one keeps the overlap.
    """
    text, segments = _segments(root)
    anchorer = Anchorer(text)
    spans: list[tuple[int, int, Highlight]] = []
    for item in highlights:
        hint = item.quote.position * len(text) // max(size, 1)
        span = anchorer.anchor(item.quote, hint=hint)
        if span is not None:
            spans.append((*span, item))
    spans.sort(key=lambda s: (s[0], s[1]))
    kept: list[tuple[int, int, Highlight]] = []
    for start, end, item in spans:
        if kept and start < kept[-1][1]:
            start = kept[-1][1]
        if start < end:
            kept.append((start, end, item))
    for element, kind, offset in segments:
        value: str = getattr(element, kind)
        inside = [
            (max(start, offset) - offset, min(end, offset + len(value)) - offset, item)
            for start, end, item in kept
            if start < offset + len(value) and end > offset
        ]
        if inside:
            _split(element, kind, value, inside)


def _split(
    element: object, kind: str, value: str, ranges: list[tuple[int, int, Highlight]]
) -> None:
    """Replace one text node by its text with ``<mark>`` elements around ``ranges``."""
    assert isinstance(element, lxml.html.HtmlElement)
    marks: list[lxml.html.HtmlElement] = []
    cursor = ranges[0][0]
    first = value[:cursor]
    for n, (start, end, item) in enumerate(ranges):
        mark = _mark(item, value[start:end])
        following = ranges[n + 1][0] if n + 1 < len(ranges) else len(value)
        mark.tail = value[end:following] or None
        marks.append(mark)
    if kind == "text":
        element.text = first or None
        for index, mark in enumerate(marks):
            element.insert(index, mark)
    else:
        element.tail = first or None
        parent = element.getparent()
        assert parent is not None
        index = parent.index(element)
        for step, mark in enumerate(marks, start=1):
            parent.insert(index + step, mark)


def highlights_section(highlights: Sequence[Highlight]) -> str:
    """The list of highlights after an article (XHTML): quote, comment, orphans said so."""
    if not highlights:
        return ""
    items = []
    for item in highlights:
        orphan = ' <em class="orphaned">(no longer in the text)</em>' if item.orphaned else ""
        comment = f'<p class="comment">{escape(item.comment)}</p>' if item.comment else ""
        items.append(
            f'<li><blockquote class="highlight {escape(item.color)}">'
            f"<p>{escape(item.exact)}</p></blockquote>{orphan}{comment}</li>"
        )
    return f'<section class="highlights"><h3>Highlights</h3><ol>{"".join(items)}</ol></section>'
