"""Plain text of an HTML fragment: one paragraph per block."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
        "dt", "dd", "td", "th", "caption", "div", "section", "article", "header",
        "footer", "aside", "figure", "ul", "ol", "dl", "table", "tr", "main", "nav",
        "address", "details", "summary", "hr", "br", "center", "form", "fieldset",
    }
)  # fmt: skip
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"[^\S\n]+")
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, separated by a blank line."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(XML_INVALID.sub("", html), create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return normalise_space(html)
    return "\n\n".join(_paragraphs(root))


def _paragraphs(root: lxml.html.HtmlElement) -> Iterator[str]:
    parts: list[str] = []

    def flush() -> Iterator[str]:
        joined = INVISIBLE.sub("", "".join(parts))
        parts.clear()
        lines = (_SPACES.sub(" ", line).strip() for line in joined.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            yield paragraph

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS and tag != "br":
                yield from flush()
            if tag == "br":
                parts.append("\n")
            elif element.text and tag and tag not in {"script", "style"}:
                parts.append(element.text.replace("\n", " "))
        else:
            if tag in BLOCK_TAGS and tag != "br":
                yield from flush()
            if element.tail and element is not root:
                parts.append(element.tail.replace("\n", " "))
    yield from flush()
