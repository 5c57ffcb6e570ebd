"""Finding the article in a page: its body as safe HTML and as plain text.

The page is parsed once, bounded in size, and rid of scripts and of the
furniture whose class or id gives it away (share bars, comment threads,
"related" and newsletter boxes, Wikipedia's "[edit]" links) (``page``).
Then two extractors look at it.  readability-lxml keeps the article's
structure (headings, lists, quotes, figures) but often lets boilerplate
through: photo credits, "most read" lists, bylines.  trafilatura judges text
blocks one by one and is better at leaving those out, but loses structure.
So we keep readability's HTML and (``merge``):

- drop the blocks trafilatura does not vouch for, provided the two agree on
  what the article is (otherwise readability's answer stands, unless it found
  nearly nothing, a list of cards, or one box of an article trafilatura has
  whole, and trafilatura's text is taken) -- but keep what trafilatura is
  known to lose: figure captions next to their image, section headings
  before a kept paragraph, one-line paragraphs between kept ones, the lead
  paragraph before a photo, a refrain's third copy, the short last sentence
  after embedded widgets;
- put back the paragraphs trafilatura found between two paragraphs both
  have, and a list that a kept sentence announces ("...two demands:");
- take readability's candidate whole if the trim kept less than half of it;
- drop the headline (the reader shows the title apart), share bars,
  "Read also: <link>" lines and "requires JavaScript" notes.

A body with no real sentence outside links (a list of headlines, a login
wall) is no article, unless the page declares itself one (og:type, JSON-LD,
``<article>``): then a one-sentence news brief is.  The plain text leaves
figure captions out (they stay with their photos in the HTML): it is the
running prose.  On the article-extraction benchmark this scores F1 0.978
against readability's 0.949 (see bench/extraction.py), and tests/fixtures/
extract_kept holds pages of each kind of loss seen on pages not tuned on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura
from readability import Document
from readability.htmls import shorten_title
from readability.readability import Unparseable

from cuttings.core.errors import ExtractError
from cuttings.core.extract.blocks import (
    MIN_ARTICLE_WORDS,
    MIN_SENTENCE,
    drop_empty_blocks,
    drop_headline,
    drop_share_lines,
    is_share_text,
    longest_sentence_words,
    prose_words,
    rough_word_count,
)
from cuttings.core.extract.merge import choose, unless_readability_kept_more
from cuttings.core.extract.page import (
    MAX_ELEMENTS,
    MAX_HTML_CHARS,
    MAX_TEXT_CHARS,
    CachedSelectors,
    page_base_url,
    parse_page,
    says_it_is_an_article,
)
from cuttings.core.extract.text import html_to_text, normalise_space
from cuttings.core.sanitize import sanitize_html

__all__ = [
    "MAX_ELEMENTS",
    "MAX_HTML_CHARS",
    "MAX_TEXT_CHARS",
    "MIN_ARTICLE_WORDS",
    "MIN_BRIEF_WORDS",
    "Body",
    "extract_body",
    "html_to_text",
    "is_share_text",
    "parse_page",
]

log = logging.getLogger(__name__)

# A page that says it is an article (og:type, JSON-LD, an <article> element)
# may be a news brief of one or two sentences.
MIN_BRIEF_WORDS = 10
_MIN_BRIEF_SENTENCE = 6


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
    title = normalise_space(shorten_title(CachedSelectors(tree)) or "")
    base_url = page_base_url(tree, url)
    brief = says_it_is_an_article(tree, html)
    min_words = MIN_BRIEF_WORDS if brief else MIN_ARTICLE_WORDS
    # Without a URL readability leaves links alone (the sanitizer makes them
    # absolute), which saves a pass over every link of the page.
    readability_html = Document(tree).summary(html_partial=True)
    root = choose(readability_html, trafilatura_text)
    root = unless_readability_kept_more(root, readability_html)
    drop_headline(root, title)
    drop_share_lines(root)
    drop_empty_blocks(root)
    if prose_words(root) < min_words or longest_sentence_words(root) < (
        _MIN_BRIEF_SENTENCE if brief else MIN_SENTENCE
    ):
        raise ExtractError("no article text found on the page")
    body_html = sanitize_html(lxml.html.tostring(root, encoding="unicode"), base_url)
    text = html_to_text(_without_captions(body_html))
    if rough_word_count(text) < min_words:
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
