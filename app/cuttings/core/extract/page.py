"""The page as the extractors see it: parsed, bounded, rid of scripts and furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector
from readability.htmls import TITLE_CSS_HEURISTICS

from cuttings.core.extract.text import XML_INVALID
from cuttings.core.images.candidates import choose_image_sources
from cuttings.core.sanitize import is_tracking_image

# Pages larger than this are cut before parsing: real articles are far
# smaller once scripts are gone, and the extractors are not linear in size.
MAX_HTML_CHARS = 3_000_000
# After scripts and styles are removed, the rest is cut to this many elements
# and this much text.
MAX_ELEMENTS = 6_000
MAX_TEXT_CHARS = 200_000
_ARTICLE_JSON_LD = re.compile(
    r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle)"'
)
_NOT_CONTENT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# A start tag of thousands of characters is an attack on the parser (libxml2
# is quadratic in the number of attributes); its attributes are dropped.
_GIANT_TAG = re.compile(r"<([a-zA-Z][\w:-]{0,30})\s[^<>]{4000,}>")
_NEVER_BOILERPLATE = frozenset({"html", "body", "article", "main", "p", "h1", "h2"})
_BOILERPLATE_SHARE = 0.25
_NAMED = lxml.etree.XPath("//*[@class or @id]")
# Class and id words of page furniture, in the languages we meet most.
_BOILERPLATE_NAME = re.compile(
    r"(?:^|\s)(?:"
    r"share|sharing|sharebar|social|socials|partage|partager|condividi|teilen|compartir"
    r"|comments?|kommentare?|commenti|commentaires|comentarios|disqus"
    r"|related|relacionad[ao]s|correlati|read-?more|leggi-?anche|lire-?aussi|mehr-?zum-?thema"
    r"|more-?(?:news|stories)|m[aá]s-?noticias|altre-?notizie|autres-?articles"
    r"|weitere-?(?:artikel|nachrichten)|dal[sš][ií]-?(?:clanky|zpravy)"
    r"|recommended|recirculation|outbrain|taboola|newsletter|subscribe|abonnement"
    r")(?:$|[\s_-])",
    re.IGNORECASE,
)
_EDIT_SECTION = lxml.etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' editsection ')]"
)


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree without scripts and styles, bounded in size."""
    html = XML_INVALID.sub("", html[:MAX_HTML_CHARS])
    html = _XML_DECLARATION.sub("", html, count=1)
    html = _GIANT_TAG.sub(r"<\1>", html)
    if not html.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(html)
    except lxml.etree.ParserError:
        return None  # "Document is empty": nothing but whitespace or junk
    lxml.etree.strip_elements(tree, *_NOT_CONTENT, lxml.etree.Comment, with_tail=False)
    # Tracking pixels go now: readability drops the width, height and style
    # that give a 1x1 counter away, so the sanitizer could no longer tell.
    for img in list(tree.iter("img")):
        if is_tracking_image(img):
            img.drop_tree()
    # Before the extractors: the sanitizer drops srcset and <picture> sources.
    choose_image_sources(tree)
    _bound_tree(tree)
    _drop_boilerplate(tree)
    # Wikipedia's "[edit]" links would stay glued to every heading.
    for element in _EDIT_SECTION(tree):
        element.drop_tree()
    return tree


def _drop_boilerplate(tree: lxml.html.HtmlElement) -> None:
    """Remove share bars, comment threads, "read more" and newsletter boxes.

    Both extractors let some of them through, especially when the page names
    them in a language other than English.  An element is only removed when it
    holds a small part of the page's text, so a ``<div id="main"
    class="has-comments">`` wrapping the article survives.
    """
    page_chars: int | None = None
    doomed = []
    for element in _NAMED(tree):
        if element.tag in _NEVER_BOILERPLATE:
            continue
        if not _BOILERPLATE_NAME.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        if page_chars is None:
            page_chars = len(tree.text_content())
        if len(element.text_content()) < _BOILERPLATE_SHARE * page_chars:
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _bound_tree(tree: lxml.html.HtmlElement) -> None:
    """Cut the tree after MAX_ELEMENTS elements or MAX_TEXT_CHARS of text (document order).

    The extractors are not linear in the size of the page; no article needs more.
    """
    chars = 0
    for count, element in enumerate(tree.iter()):
        chars += len(element.text or "") + len(element.tail or "")
        if count >= MAX_ELEMENTS or chars >= MAX_TEXT_CHARS:
            break
    else:
        return
    if element.text:
        element.text = element.text[:MAX_TEXT_CHARS]
    if element.tail:
        element.tail = element.tail[:MAX_TEXT_CHARS]
    # Remove everything after ``element``: its children, its following
    # siblings, then those of each ancestor.
    for child in list(element):
        element.remove(child)
    node: lxml.html.HtmlElement | None = element
    while node is not None:
        parent = node.getparent()
        if parent is not None:
            for sibling in list(node.itersiblings()):
                parent.remove(sibling)
        node = parent


def page_base_url(tree: lxml.html.HtmlElement, url: str) -> str:
    """The URL relative links are resolved against: ``<base href>`` if the page has one."""
    for base in tree.iter("base"):
        href = str(base.get("href") or "").strip()
        if href:
            try:
                return urljoin(url, href)
            except ValueError:
                break
    return url


class CachedSelectors:
    """A page as readability's ``shorten_title`` sees it, searched in one pass.

    ``shorten_title`` calls ``doc.cssselect`` once for each (``#id`` or
    ``.class``) selector of ``TITLE_CSS_HEURISTICS`` and only collects the
    matches in a set, so the first call can answer for all of them and the
    others with nothing: a dozen XPath walks of the page become one.
    """

    _ids = frozenset(sel[1:] for sel in TITLE_CSS_HEURISTICS if sel.startswith("#"))
    _classes = frozenset(sel[1:] for sel in TITLE_CSS_HEURISTICS if sel.startswith("."))

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self._tree = tree
        self._answered = False

    def find(self, path: str) -> lxml.html.HtmlElement | None:
        return self._tree.find(path)

    def iterfind(self, path: str) -> Iterator[lxml.html.HtmlElement]:
        yield from self._tree.iterfind(path)

    def cssselect(self, selector: str) -> list[lxml.html.HtmlElement]:
        if selector not in TITLE_CSS_HEURISTICS:
            return list(CSSSelector(selector, translator="html")(self._tree))
        if self._answered:
            return []
        self._answered = True
        return [
            element
            for element in _NAMED(self._tree)
            if element.get("id") in self._ids
            or not self._classes.isdisjoint((element.get("class") or "").split())
        ]


def says_it_is_an_article(tree: lxml.html.HtmlElement, html: str) -> bool:
    """True if the page declares itself an article: og:type, JSON-LD, or an ``<article>``."""
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name == "og:type" and (meta.get("content") or "").strip().lower() == "article":
            return True
    # One <article> is the page's article; several are the cards of a list.
    if len(tree.findall(".//article")) == 1:
        return True
    # JSON-LD is a script, gone from the parsed tree: look in the source.
    return _ARTICLE_JSON_LD.search(html[:MAX_HTML_CHARS]) is not None
