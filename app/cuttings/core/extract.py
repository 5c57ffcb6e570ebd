"""Finding the article in a page: its body as safe HTML and as plain text.

Two extractors look at the same parsed page.  readability-lxml keeps the
article's structure (headings, lists, quotes, figures) but often lets
boilerplate through: share bars, "read more" boxes, photo credits.
trafilatura judges text blocks one by one and is better at leaving those out,
but loses structure.  We keep readability's HTML and drop the blocks
trafilatura does not vouch for, provided the two agree on what the article
is; trafilatura's lead paragraphs that readability skipped are put back in
front.  When they disagree, readability's answer stands, unless it found
(nearly) nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from readability import Document
from readability.readability import Unparseable

from cuttings.core.errors import ExtractError
from cuttings.core.sanitize import sanitize_html

log = logging.getLogger(__name__)

# Pages larger than this are cut before parsing: real articles are far
# smaller once scripts are gone, and the extractors are not linear in size.
MAX_HTML_CHARS = 3_000_000
# After scripts and styles are removed, the rest is cut to this many elements.
MAX_ELEMENTS = 25_000
MIN_ARTICLE_WORDS = 25
# When trafilatura's text covers less than this share of readability's, it
# probably missed part of the article, and long paragraphs are kept anyway.
_TRUSTED_COVERAGE = 0.6
_LONG_PARAGRAPH_WORDS = 40

_BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
        "dt", "dd", "td", "th", "caption", "div", "section", "article", "header",
        "footer", "aside", "figure", "ul", "ol", "dl", "table", "tr", "main", "nav",
        "address", "details", "summary", "hr", "br",
    }
)  # fmt: skip
_NOT_CONTENT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"[^\S\n]+")
_SHINGLE = 4


@dataclass(frozen=True, slots=True)
class Body:
    """An article body: sanitized HTML, its plain text, and the headline guess."""

    html: str
    text: str
    title: str


def extract_body(html: str, url: str) -> Body:
    """The article in ``html`` (fetched from ``url``).

    Raises :class:`ExtractError` when the page holds no article text, or when
    the markup is too broken for the parsers.
    """
    try:
        return _extract(html, url)
    except ExtractError:
        raise
    except (lxml.etree.LxmlError, Unparseable, ValueError, RecursionError, UnicodeError) as exc:
        log.info("extraction failed on %s: %r", url, exc)
        raise ExtractError("the page could not be read as an article") from exc


def _extract(html: str, url: str) -> Body:
    tree = parse_page(html)
    if tree is None:
        raise ExtractError("the page is empty")
    # trafilatura works on a copy; readability then may change the tree.
    trafilatura_text = (
        trafilatura.extract(
            tree,
            url=url or None,
            fast=True,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            output_format="txt",
        )
        or ""
    )
    reader = Document(tree, url=url or None)
    title = _normalise_space(reader.short_title() or "")
    readability_html = reader.summary(html_partial=True)
    fragment = _choose(readability_html, trafilatura_text)
    body_html = sanitize_html(fragment, url)
    text = html_to_text(body_html)
    if len(_TOKEN.findall(text)) < MIN_ARTICLE_WORDS:
        raise ExtractError("no article text found on the page")
    return Body(html=body_html, text=text, title=title)


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree without scripts and styles, bounded in size."""
    html = _XML_INVALID.sub("", html[:MAX_HTML_CHARS])
    if not html.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(html)
    except lxml.etree.ParserError:
        return None  # "Document is empty": nothing but whitespace or junk
    lxml.etree.strip_elements(tree, *_NOT_CONTENT, lxml.etree.Comment, with_tail=False)
    _bound_elements(tree)
    return tree


def _bound_elements(tree: lxml.html.HtmlElement) -> None:
    """Cut the tree after MAX_ELEMENTS elements (document order)."""
    for count, element in enumerate(tree.iter()):
        if count >= MAX_ELEMENTS:
            break
    else:
        return
    # Remove everything that follows ``element``: its following siblings, then
    # those of each ancestor.
    node: lxml.html.HtmlElement | None = element
    while node is not None:
        for sibling in list(node.itersiblings()):
            sibling.getparent().remove(sibling)
        node = node.getparent()
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN.findall(text)]


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    if len(tokens) < _SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def _leaf_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Block elements with text and no block inside them, in document order."""
    leaves = []
    for element in root.iter(lxml.etree.Element):
        if element.tag not in _BLOCK_TAGS or element.tag in {"br", "hr"}:
            continue
        if any(
            child.tag in _BLOCK_TAGS and child.tag not in {"br", "hr"}
            for child in element.iterdescendants(lxml.etree.Element)
        ):
            continue
        leaves.append(element)
    return leaves


def _supported(tokens: list[str], reference: set[tuple[str, ...]], vocabulary: set[str]) -> bool:
    if not tokens:
        return True
    if len(tokens) < _SHINGLE:
        return all(token in vocabulary for token in tokens)
    own = _shingles(tokens)
    return len(own & reference) >= 0.5 * len(own)


def _choose(readability_html: str, trafilatura_text: str) -> str:
    """The article HTML: readability's, trimmed and completed by trafilatura's text."""
    try:
        root = lxml.html.fragment_fromstring(readability_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        root = lxml.html.fragment_fromstring("<div></div>")
    t_lines = [line for line in trafilatura_text.splitlines() if line.strip()]
    t_tokens = _tokens(trafilatura_text)
    r_text = root.text_content()
    r_tokens = _tokens(r_text)
    if len(r_tokens) < MIN_ARTICLE_WORDS:
        return _paragraphs_html(t_lines)
    if len(t_tokens) < MIN_ARTICLE_WORDS:
        return readability_html
    t_shingles = _shingles(t_tokens)
    r_shingles = _shingles(r_tokens)
    common = len(t_shingles & r_shingles)
    if common < 0.5 * min(len(t_shingles), len(r_shingles)):
        return readability_html  # they disagree on what the article is
    vocabulary = set(t_tokens)
    coverage = common / max(1, len(r_shingles))
    for block in _leaf_blocks(root):
        tokens = _tokens(block.text_content())
        if coverage < _TRUSTED_COVERAGE and len(tokens) >= _LONG_PARAGRAPH_WORDS:
            continue  # trafilatura missed part of the article: trust long paragraphs
        if not _supported(tokens, t_shingles, vocabulary):
            _drop_block(block)
    return lxml.html.tostring(root, encoding="unicode")


def _drop_block(block: lxml.html.HtmlElement) -> None:
    if block.getparent() is None:
        return
    block.drop_tree()


def _paragraphs_html(lines: list[str]) -> str:
    root = lxml.html.Element("div")
    for line in lines:
        paragraph = lxml.etree.SubElement(root, "p")
        paragraph.text = line.strip()
    return lxml.html.tostring(root, encoding="unicode")


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, separated by a blank line."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(_XML_INVALID.sub("", html), create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return _normalise_space(html)
    return "\n\n".join(_paragraphs(root))


def _paragraphs(root: lxml.html.HtmlElement) -> Iterator[str]:
    parts: list[str] = []

    def flush() -> Iterator[str]:
        joined = "".join(parts)
        parts.clear()
        lines = (_SPACES.sub(" ", line).strip() for line in joined.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            yield paragraph

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                yield from flush()
            if tag == "br":
                parts.append("\n")
            elif element.text and tag and tag not in {"script", "style"}:
                parts.append(element.text.replace("\n", " "))
        else:
            if tag in _BLOCK_TAGS:
                yield from flush()
            if element.tail and element is not root:
                parts.append(element.tail.replace("\n", " "))
    yield from flush()
