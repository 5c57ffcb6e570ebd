"""Finding the article in a page: its body as safe HTML and as plain text.

The page is parsed once, bounded in size, and rid of scripts and of the
furniture whose class or id gives it away (share bars, comment threads,
"related" and newsletter boxes).  Then two extractors look at it.
readability-lxml keeps the article's structure (headings, lists, quotes,
figures) but often lets boilerplate through: photo credits, "most read" lists,
bylines.  trafilatura judges text blocks one by one and is better at leaving
those out, but loses structure.  So we keep readability's HTML and:

- drop the blocks trafilatura does not vouch for, provided the two agree on
  what the article is (otherwise readability's answer stands, unless it found
  nearly nothing or a list of cards, and trafilatura's text is taken);
- put back the paragraphs trafilatura found between two paragraphs both have;
- drop the headline (the reader shows the title apart).

A body with no real sentence outside links (a list of headlines, a login
wall) is no article.  On the article-extraction benchmark this scores F1 0.975
against readability's 0.949 (see bench/extraction.py).
"""

from __future__ import annotations

import copy
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import trafilatura
from lxml.cssselect import CSSSelector
from readability import Document
from readability.htmls import TITLE_CSS_HEURISTICS, shorten_title
from readability.readability import Unparseable

from cuttings.core.errors import ExtractError
from cuttings.core.sanitize import is_tracking_image, sanitize_html

log = logging.getLogger(__name__)

# Pages larger than this are cut before parsing: real articles are far
# smaller once scripts are gone, and the extractors are not linear in size.
MAX_HTML_CHARS = 3_000_000
# After scripts and styles are removed, the rest is cut to this many elements
# and this much text.
MAX_ELEMENTS = 6_000
MAX_TEXT_CHARS = 200_000
MIN_ARTICLE_WORDS = 25
# A page that says it is an article (og:type, JSON-LD, an <article> element)
# may be a news brief of one or two sentences.
MIN_BRIEF_WORDS = 10
_MIN_BRIEF_SENTENCE = 6
_ARTICLE_JSON_LD = re.compile(
    r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle)"'
)
# When our trimmed body keeps less than this share of readability's candidate
# (and that candidate reads like an article), the trim went wrong: the two
# extractors agreed on a fragment.  Readability's answer is taken.
_READABILITY_SHARE = 0.5
_MAX_LINK_SHARE = 0.3
# Readability's candidate is a fragment when trafilatura's text is this many
# times longer (and has the candidate's main paragraph).
_FRAGMENT_SHARE = 3
# When trafilatura's text covers less than this share of readability's, it
# probably missed part of the article, and long paragraphs are kept anyway.
_TRUSTED_COVERAGE = 0.6
_LONG_PARAGRAPH_WORDS = 40
_LEAD_WORDS = 30

_BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
        "dt", "dd", "td", "th", "caption", "div", "section", "article", "header",
        "footer", "aside", "figure", "ul", "ol", "dl", "table", "tr", "main", "nav",
        "address", "details", "summary", "hr", "br", "center", "form", "fieldset",
    }
)  # fmt: skip
_NOT_CONTENT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_CONTAINER_TAGS = tuple(sorted(_BLOCK_TAGS - {"br", "hr"}))
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# A start tag of thousands of characters is an attack on the parser (libxml2
# is quadratic in the number of attributes); its attributes are dropped.
_GIANT_TAG = re.compile(r"<([a-zA-Z][\w:-]{0,30})\s[^<>]{4000,}>")
_TOKEN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_CLOSING_QUOTES = "\"')\u00bb\u201d\u2019"
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SHINGLE = 4
# An article has at least one sentence this long; headlines and menus do not.
_MIN_SENTENCE = 10
# Chinese, Japanese and Thai: a \w+ run there is a whole phrase, not a word.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = re.compile("[.!?\u3002\uff01\uff1f]+")  # and the ideographic/fullwidth ones
_GAP_MIN_WORDS = 5
_CONTAINED = frozenset(
    {"li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
     "figcaption", "figure", "blockquote", "pre"}
)  # fmt: skip
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
_HEADINGS = frozenset({"h1", "h2", "h3"})
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SECTION_HEADING_WORDS = 15
_CLOSING_LINE_WORDS = 25
_EDIT_SECTION = lxml.etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' editsection ')]"
)
# The words of a share bar: "Share this on WhatsApp", "Condividi su Facebook".
_SHARE_WORDS = re.compile(
    r"\b(?:share|shares|sharing|tweet|email|e-mail|mail|print|copy|link|whatsapp|facebook"
    r"|twitter|linkedin|telegram|pinterest|reddit|messenger|flipboard|x|this|on|via|by|with"
    r"|condividi|su|partager|partagez|sur|teilen|per|bei|compartir|compartilhar|en|por"
    r"|sdílet|na|tweeter|twitta|invia|envoyer|senden|enviar|copia|copier|kopieren|copiar)\b",
    re.IGNORECASE,
)
_SHARE_CUE = re.compile(
    r"\b(?:share|whatsapp|facebook|condividi|partager|teilen|compartir|sdílet)\b", re.IGNORECASE
)
_TABLE_CELLS = frozenset({"td", "th", "tr", "caption"})

# share of a block's shingles trafilatura must have for the block to stay
_SUPPORT = 0.3


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
    except (
        lxml.etree.LxmlError,
        Unparseable,
        ValueError,
        RecursionError,
        UnicodeError,
        AssertionError,  # lxml.html asserts on some fragments ("too many bodies")
    ) as exc:
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
    title = _normalise_space(shorten_title(_CachedSelectors(tree)) or "")
    base_url = _base_url(tree, url)
    brief = _says_it_is_an_article(tree, html)
    min_words = MIN_BRIEF_WORDS if brief else MIN_ARTICLE_WORDS
    # Without a URL readability leaves links alone (the sanitizer makes them
    # absolute), which saves a pass over every link of the page.
    readability_html = Document(tree).summary(html_partial=True)
    root = _choose(readability_html, trafilatura_text)
    root = _unless_readability_kept_more(root, readability_html)
    _drop_headline(root, title)
    _drop_share_lines(root)
    _drop_empty_blocks(root)
    if _prose_words(root) < min_words or _longest_sentence_words(root) < (
        _MIN_BRIEF_SENTENCE if brief else _MIN_SENTENCE
    ):
        raise ExtractError("no article text found on the page")
    body_html = sanitize_html(lxml.html.tostring(root, encoding="unicode"), base_url)
    text = html_to_text(_without_captions(body_html))
    if _word_count(text) < min_words:
        raise ExtractError("no article text found on the page")
    return Body(html=body_html, text=text, title=title)


def _without_captions(body_html: str) -> str:
    """The body without its figure captions: they stay with the photos in the HTML.

    The plain text is the article's running prose (what the word count, the
    excerpt and the benchmark's "articleBody" mean); a caption and its photo
    credit read as a stray line in the middle of it.
    """
    if "<figcaption" not in body_html:
        return body_html
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    for caption in list(root.iter("figcaption")):
        caption.drop_tree()
    return str(lxml.html.tostring(root, encoding="unicode"))


def _says_it_is_an_article(tree: lxml.html.HtmlElement, html: str) -> bool:
    """True if the page declares itself an article: og:type, JSON-LD, or an ``<article>``."""
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name == "og:type" and (meta.get("content") or "").strip().lower() == "article":
            return True
    if tree.find(".//article") is not None:
        return True
    # JSON-LD is a script, gone from the parsed tree: look in the source.
    return _ARTICLE_JSON_LD.search(html[:MAX_HTML_CHARS]) is not None


def _unless_readability_kept_more(
    root: lxml.html.HtmlElement, readability_html: str
) -> lxml.html.HtmlElement:
    """Readability's candidate instead of ``root`` when the trim lost most of an article."""
    try:
        candidate = lxml.html.fragment_fromstring(readability_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return root
    theirs = _word_count(candidate.text_content())
    if _word_count(root.text_content()) >= _READABILITY_SHARE * theirs:
        return root
    if (
        _has_template_blocks(candidate)
        or _prose_words(candidate) < (1 - _MAX_LINK_SHARE) * theirs
        or _longest_sentence_words(candidate) < _MIN_SENTENCE
    ):
        return root  # readability's candidate is a list of links or cards
    return candidate


def is_share_text(text: str) -> bool:
    """True if ``text`` is nothing but a share bar ("Share this on WhatsApp Share on Facebook")."""
    return bool(_SHARE_CUE.search(text)) and not _WORD_CHAR.search(_SHARE_WORDS.sub("", text))


def _drop_share_lines(root: lxml.html.HtmlElement) -> None:
    """Remove blocks that are only share links: the sites that do not name them give them away."""
    for block in _leaf_blocks(root):
        if block.tag not in _TABLE_CELLS and is_share_text(block.text_content()):
            _drop_block(block)


def _drop_empty_blocks(root: lxml.html.HtmlElement) -> None:
    """Remove blocks left with nothing to read or see (spacer paragraphs, emptied wrappers)."""
    for block in _leaf_blocks(root):
        if block.tag in _TABLE_CELLS or block.find(".//img") is not None:
            continue
        if not _INVISIBLE.sub("", block.text_content()).strip():
            _drop_block(block)


def _prose_words(root: lxml.html.HtmlElement) -> int:
    """Words outside links: a page of headlines or a menu has next to none."""
    linked = sum(_word_count(link.text_content()) for link in root.iter("a"))
    return _word_count(root.text_content()) - linked


def _longest_sentence_words(root: lxml.html.HtmlElement) -> int:
    """Words in the longest sentence outside links: a list of headlines has only short ones."""
    unlinked = copy.deepcopy(root)
    for link in list(unlinked.iter("a")):
        link.drop_tree()
    blocks = _leaf_blocks(unlinked) or [unlinked]
    return max(
        (
            _word_count(sentence)
            for block in blocks
            for sentence in _SENTENCE_END.split(block.text_content())
        ),
        default=0,
    )


def _word_count(text: str) -> int:
    """Words in ``text``, counting two characters as a word in scripts written without spaces."""
    return sum(
        max(1, len(token) // 2) if _UNSPACED_SCRIPT.search(token) else 1
        for token in _TOKEN.findall(text)
    )


def _drop_headline(root: lxml.html.HtmlElement, title: str) -> None:
    """Remove the headline from the top of the body: the reader shows the title apart."""
    wanted = _tokens(title)
    if not wanted:
        return
    for block in _leaf_blocks(root)[:3]:
        tokens = _tokens(block.text_content())
        if tokens and (tokens == wanted or (block.tag in _HEADINGS and _is_within(wanted, tokens))):
            _drop_block(block)
            return


def _is_within(needle: list[str], haystack: list[str]) -> bool:
    """True if ``needle`` is a run of ``haystack`` at least half its length."""
    if len(needle) * 2 < len(haystack):
        return False
    text, part = " ".join(haystack), " ".join(needle)
    return part in text


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree without scripts and styles, bounded in size."""
    html = _XML_INVALID.sub("", html[:MAX_HTML_CHARS])
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


def _base_url(tree: lxml.html.HtmlElement, url: str) -> str:
    """The URL relative links are resolved against: ``<base href>`` if the page has one."""
    for base in tree.iter("base"):
        href = str(base.get("href") or "").strip()
        if href:
            try:
                return urljoin(url, href)
            except ValueError:
                break
    return url


class _CachedSelectors:
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


def _tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN.findall(text)]


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    if len(tokens) < _SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def _leaf_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Block elements with no block inside them, in document order."""
    blocks = list(root.iter(*_CONTAINER_TAGS))
    containers: set[lxml.html.HtmlElement] = set()
    for block in blocks:
        parent = block.getparent()
        while parent is not None and parent not in containers:
            containers.add(parent)
            parent = parent.getparent()
    return [block for block in blocks if block not in containers]


def _supported(tokens: list[str], reference: set[tuple[str, ...]], vocabulary: set[str]) -> bool:
    if not tokens:
        return True
    if len(tokens) < _SHINGLE:
        return all(token in vocabulary for token in tokens)
    own = _shingles(tokens)
    return len(own & reference) >= _SUPPORT * len(own)


def _choose(readability_html: str, trafilatura_text: str) -> lxml.html.HtmlElement:
    """The article HTML: readability's, trimmed by trafilatura's text."""
    try:
        root = lxml.html.fragment_fromstring(readability_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        root = lxml.html.Element("div")
    t_tokens = _tokens(trafilatura_text)
    r_tokens = _tokens(root.text_content())
    if len(r_tokens) < MIN_ARTICLE_WORDS:
        # Readability found next to nothing; trafilatura, favouring recall,
        # then often hands over the menu and the footer with the article.
        lines = [line for line in trafilatura_text.splitlines() if _reads_like_prose(line)]
        return _paragraphs_element(lines)
    if len(t_tokens) < MIN_ARTICLE_WORDS:
        return root
    lines = [line for line in trafilatura_text.splitlines() if line.strip()]
    if _is_fragment_of(root, r_tokens, t_tokens):
        # Readability took one box of an article split across several (a
        # page builder's "widgets"): trafilatura's text is the article.
        return _paragraphs_element(lines)
    if _trim_unsupported(root, r_tokens, t_tokens, lines):
        _fill_gaps(root, lines)
    elif _has_template_blocks(root):
        # They disagree, and readability picked a list of cards (each with
        # its share buttons or "read more" line), not an article.
        return _paragraphs_element(lines)
    return root


def _is_fragment_of(root: lxml.html.HtmlElement, r_tokens: list[str], t_tokens: list[str]) -> bool:
    """True if readability's text is a small part of trafilatura's, which holds its longest block.

    The longest block is what made readability choose its candidate; around
    it, readability may have kept a headline or a "more news" box that
    trafilatura leaves out.
    """
    if len(r_tokens) * _FRAGMENT_SHARE > len(t_tokens):
        return False
    blocks = (_tokens(block.text_content()) for block in _leaf_blocks(root))
    longest = max(blocks, key=len, default=[])
    own = _shingles(longest)
    return len(longest) >= _MIN_SENTENCE and len(own & _shingles(t_tokens)) >= 0.8 * len(own)


def _reads_like_prose(line: str) -> bool:
    """True for a sentence or a long line; false for menu items and copyright lines."""
    line = line.strip()
    if not line or line.startswith(("©", "(c)", "Copyright")):
        return False
    return _word_count(line) >= _MIN_SENTENCE or line.rstrip(_CLOSING_QUOTES).endswith(
        (".", "!", "?", "\u3002", "\uff01", "\uff1f")
    )


def _has_template_blocks(root: lxml.html.HtmlElement) -> bool:
    """True if some block text recurs three times or more (a card list's buttons)."""
    seen: dict[str, int] = {}
    for block in _leaf_blocks(root):
        key = " ".join(_tokens(block.text_content()))
        if key:
            seen[key] = seen.get(key, 0) + 1
            if seen[key] >= 3:
                return True
    return False


def _trim_unsupported(
    root: lxml.html.HtmlElement, r_tokens: list[str], t_tokens: list[str], t_lines: list[str]
) -> bool:
    """Drop readability's blocks that trafilatura left out, if the two agree overall.

    Returns whether they agree.
    """
    t_shingles = _shingles(t_tokens)
    r_shingles = _shingles(r_tokens)
    common = len(t_shingles & r_shingles)
    if common < 0.5 * min(len(t_shingles), len(r_shingles)):
        return False  # they disagree on what the article is
    vocabulary = set(t_tokens)
    coverage = common / max(1, len(r_shingles))
    # How many times trafilatura has each line: a caption or credit that
    # readability repeats under every photo is kept only as often.
    t_copies = Counter(" ".join(_tokens(line)) for line in t_lines)
    blocks = _leaf_blocks(root)
    block_tokens = [_tokens(block.text_content()) for block in blocks]
    r_total = Counter(" ".join(tokens) for tokens in block_tokens)
    r_copies: Counter[str] = Counter()
    verdicts: list[tuple[bool, int, lxml.html.HtmlElement]] = []
    for block, tokens in zip(blocks, block_tokens, strict=True):
        keep = _supported(tokens, t_shingles, vocabulary) or _is_caption(block)
        if not keep and coverage < _TRUSTED_COVERAGE and len(tokens) >= _LONG_PARAGRAPH_WORDS:
            keep = True  # trafilatura missed part of the article: trust long paragraphs
        key = " ".join(tokens)
        r_copies[key] += 1
        if keep and key in t_copies and r_copies[key] > t_copies[key]:
            # trafilatura keeps at most two copies of a line: a sentence it
            # has twice (a refrain, a repeated warning) is the article's own.
            keep = t_copies[key] >= 2 and block.tag == "p" and len(tokens) >= _MIN_SENTENCE
        elif keep and key not in t_copies and len(tokens) >= _SHINGLE and r_total[key] >= 3:
            keep = False  # a line under every photo, which trafilatura never has alone
        verdicts.append((keep, len(tokens), block))
    _keep_section_headings(verdicts)
    _keep_closing_line(verdicts)
    first = next((i for i, (keep, _, _) in enumerate(verdicts) if keep), len(verdicts))
    for i, (keep, words, block) in enumerate(verdicts):
        # trafilatura often misses the opening paragraph when it is styled
        # apart; a real paragraph right before the first shared block stays.
        if keep or (i == first - 1 and block.tag == "p" and words >= _LEAD_WORDS):
            continue
        _drop_block(block)
    return True


def _is_caption(block: lxml.html.HtmlElement) -> bool:
    """True for a figure's caption (with its photo credit) next to the figure's image."""
    if block.tag != "figcaption":
        return False
    figure = block.getparent()
    return figure is not None and figure.tag == "figure" and figure.find(".//img") is not None


def _keep_section_headings(verdicts: list[tuple[bool, int, lxml.html.HtmlElement]]) -> None:
    """Keep a short heading between kept paragraphs: trafilatura often leaves headings out.

    The heading must be the sibling right before a kept paragraph, so the
    headline of a teaser card (a heading, then a ``<span>``) stays out.
    """
    for i, (keep, words, block) in enumerate(verdicts):
        if keep or block.tag not in _SECTION_HEADINGS or not 0 < words <= _SECTION_HEADING_WORDS:
            continue
        if i + 1 == len(verdicts) or block.find(".//br") is not None:
            continue
        kept_next, _, following = verdicts[i + 1]
        if (
            kept_next
            and following.tag == "p"
            and block.getnext() is following
            and any(kept for kept, _, _ in verdicts[:i])
        ):
            verdicts[i] = (True, words, block)


def _keep_closing_line(verdicts: list[tuple[bool, int, lxml.html.HtmlElement]]) -> None:
    """Keep the article's short last sentence, which trafilatura loses after embedded widgets.

    It is the first paragraph after the last kept block, in the same
    container: a sentence of its own, without links (a bio or a "read more"
    line has them, or sits in a box of its own).
    """
    last = next((i for i in range(len(verdicts) - 1, -1, -1) if verdicts[i][0]), None)
    if last is None:
        return
    container = verdicts[last][2].getparent()
    for i in range(last + 1, len(verdicts)):
        _, words, block = verdicts[i]
        if block.tag != "p":
            continue
        text = block.text_content().strip()
        if (
            block.getparent() is container
            and 0 < words <= _CLOSING_LINE_WORDS
            and block.find(".//a") is None
            and text.rstrip(_CLOSING_QUOTES).endswith((".", "!", "?", "\u3002"))
        ):
            verdicts[i] = (True, words, block)
        return


def _fill_gaps(root: lxml.html.HtmlElement, t_lines: list[str]) -> None:
    """Insert trafilatura's paragraphs that readability skipped inside the article.

    Only lines between two lines both extractors have are taken: before the
    first one are headlines and standfirsts, after the last one author bios
    and disclaimers, which is where the two usually differ on purpose.
    """
    blocks = _leaf_blocks(root)
    block_shingles = [_shingles(_tokens(block.text_content())) for block in blocks]
    owner_of: dict[tuple[str, ...], int] = {}
    for index, shingles in enumerate(block_shingles):
        for shingle in shingles:
            owner_of.setdefault(shingle, index)
    in_body = _shingles(_tokens(root.text_content()))
    # (block the line is in, or -1 if in the body outside any block, or None)
    placed: list[tuple[int | None, str]] = []
    for line in t_lines:
        own = _shingles(_tokens(line))
        if not own or len(own & in_body) < 0.5 * len(own):
            placed.append((None, line))
            continue
        owners = [owner_of[s] for s in own if s in owner_of]
        placed.append((max(set(owners), key=owners.count) if owners else -1, line))
    known = [i for i, (owner, _) in enumerate(placed) if owner is not None]
    if len(known) < 2:
        return
    anchor: lxml.html.HtmlElement | None = None
    gap = placed[known[0] : known[-1]]
    for index, (owner, line) in enumerate(gap):
        if owner is not None:
            anchor = _insertion_point(blocks[owner]) if owner >= 0 else None
            continue
        if anchor is None:
            continue
        if line.startswith("- "):
            # List items between paragraphs are mostly "related" links; a list
            # that a sentence announces ("...the two demands:") is the article's.
            previous = gap[index - 1]
            if previous[0] is not None and previous[1].rstrip().endswith(":"):
                anchor = _insert_list(anchor, gap[index:])
            continue
        if len(_tokens(line)) < _GAP_MIN_WORDS:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = line.strip()
        anchor.addnext(paragraph)
        anchor = paragraph


def _insert_list(
    anchor: lxml.html.HtmlElement, lines: list[tuple[int | None, str]]
) -> lxml.html.HtmlElement:
    """Insert, after ``anchor``, the run of trafilatura list items that ``lines`` starts with."""
    items = lxml.html.Element("ul")
    for owner, line in lines:
        if owner is not None or not line.startswith("- "):
            break
        lxml.etree.SubElement(items, "li").text = line.removeprefix("- ").strip()
    anchor.addnext(items)
    return items


def _insertion_point(block: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element after which a paragraph can follow ``block`` (not inside a list or table)."""
    node = block
    parent = node.getparent()
    while parent is not None and (node.tag in _CONTAINED or parent.tag in _CONTAINED):
        node, parent = parent, parent.getparent()
    return node if parent is not None else None


def _drop_block(block: lxml.html.HtmlElement) -> None:
    if block.getparent() is None:
        return
    block.drop_tree()


def _paragraphs_element(lines: list[str]) -> lxml.html.HtmlElement:
    root = lxml.html.Element("div")
    for line in lines:
        paragraph = lxml.etree.SubElement(root, "p")
        paragraph.text = line.removeprefix("- ").strip()  # trafilatura's list item mark
    return root


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, separated by a blank line."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(_XML_INVALID.sub("", html), create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return _normalise_space(html)
    return "\n\n".join(_paragraphs(root))


def _paragraphs(root: lxml.html.HtmlElement) -> Iterator[str]:
    parts: list[str] = []

    def flush() -> Iterator[str]:
        joined = _INVISIBLE.sub("", "".join(parts))
        parts.clear()
        lines = (_SPACES.sub(" ", line).strip() for line in joined.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            yield paragraph

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS and tag != "br":
                yield from flush()
            if tag == "br":
                parts.append("\n")
            elif element.text and tag and tag not in {"script", "style"}:
                parts.append(element.text.replace("\n", " "))
        else:
            if tag in _BLOCK_TAGS and tag != "br":
                yield from flush()
            if element.tail and element is not root:
                parts.append(element.tail.replace("\n", " "))
    yield from flush()
