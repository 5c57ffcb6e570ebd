"""Blocks of an article tree: their words, shingles and the ones to drop."""

from __future__ import annotations

import copy
import re

import lxml.etree
import lxml.html

from cuttings.core.extract.text import BLOCK_TAGS, INVISIBLE

MIN_ARTICLE_WORDS = 25
_CONTAINER_TAGS = tuple(sorted(BLOCK_TAGS - {"br", "hr"}))
_TOKEN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
CLOSING_QUOTES = "\"')\u00bb\u201d\u2019"
SHINGLE = 4
# An article has at least one sentence this long; headlines and menus do not.
MIN_SENTENCE = 10
# Chinese, Japanese and Thai: a \w+ run there is a whole phrase, not a word.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = re.compile("[.!?\u3002\uff01\uff1f]+")  # and the ideographic/fullwidth ones
_HEADINGS = frozenset({"h1", "h2", "h3"})
TABLE_CELLS = frozenset({"td", "th", "tr", "caption"})
# The words of a share bar: "Share this on WhatsApp", "Condividi su Facebook".
_SHARE_WORDS = re.compile(
    r"\b(?:share|shares|sharing|tweet|email|e-mail|mail|print|copy|link|whatsapp|facebook"
    r"|twitter|linkedin|telegram|pinterest|reddit|messenger|flipboard|x|this|on|via|by|with"
    r"|is|caring"
    r"|condividi|su|partager|partagez|sur|teilen|per|bei|compartir|compartilhar|en|por"
    r"|sdílet|na|tweeter|twitta|invia|envoyer|senden|enviar|copia|copier|kopieren|copiar)\b",
    re.IGNORECASE,
)
# What an embedded player or slideshow says in place of itself.
_NEEDS_SCRIPT = re.compile(
    r"^\W*(?:this \w+ requires javascript|please enable javascript"
    r"|javascript is (?:disabled|required))",
    re.IGNORECASE,
)
# "Read also:" in the languages we meet most, alone before a link.
_READ_ALSO = re.compile(
    r"(?:read (?:also|more)|see also|related|leggi anche|vedi anche|(?:à )?lire aussi"
    r"|lesen sie auch|mehr zum thema|lee también|leer más|ver también|čtěte také"
    r"|přečtěte si také|související)\W*",
    re.IGNORECASE,
)
_SHARE_CUE = re.compile(
    r"\b(?:share|sharing|whatsapp|facebook|condividi|partager|teilen|compartir|sdílet)\b",
    re.IGNORECASE,
)


def is_share_text(text: str) -> bool:
    """True if ``text`` is nothing but a share bar ("Share this on WhatsApp Share on Facebook")."""
    return bool(_SHARE_CUE.search(text)) and not _WORD_CHAR.search(_SHARE_WORDS.sub("", text))


def drop_share_lines(root: lxml.html.HtmlElement) -> None:
    """Remove share bars, "read also" lines and "this needs JavaScript" notes.

    The sites that do not name them in a class give them away in their words.
    """
    for block in leaf_blocks(root):
        text = block.text_content()
        if block.tag not in TABLE_CELLS and (
            is_share_text(text) or _is_read_also_line(block) or _NEEDS_SCRIPT.search(text)
        ):
            drop_block(block)


def _is_read_also_line(block: lxml.html.HtmlElement) -> bool:
    """True for "Read also: <a link>": a cue, then nothing but links."""
    links = block.findall(".//a")
    if not links:
        return False
    text = block.text_content()
    for link in links:
        text = text.replace(link.text_content(), " ", 1)
    return _READ_ALSO.fullmatch(text.strip()) is not None


def drop_empty_blocks(root: lxml.html.HtmlElement) -> None:
    """Remove blocks left with nothing to read or see (spacer paragraphs, emptied wrappers)."""
    for block in leaf_blocks(root):
        if block.tag in TABLE_CELLS or block.find(".//img") is not None:
            continue
        if not INVISIBLE.sub("", block.text_content()).strip():
            drop_block(block)


def prose_words(root: lxml.html.HtmlElement) -> int:
    """Words outside links: a page of headlines or a menu has next to none."""
    linked = sum(rough_word_count(link.text_content()) for link in root.iter("a"))
    return rough_word_count(root.text_content()) - linked


def longest_sentence_words(root: lxml.html.HtmlElement) -> int:
    """Words in the longest sentence outside links: a list of headlines has only short ones."""
    unlinked = copy.deepcopy(root)
    for link in list(unlinked.iter("a")):
        link.drop_tree()
    blocks = leaf_blocks(unlinked) or [unlinked]
    return max(
        (
            rough_word_count(sentence)
            for block in blocks
            for sentence in _SENTENCE_END.split(block.text_content())
        ),
        default=0,
    )


def rough_word_count(text: str) -> int:
    """Words in ``text``, counting two characters as a word in scripts written without spaces."""
    return sum(
        max(1, len(token) // 2) if _UNSPACED_SCRIPT.search(token) else 1
        for token in _TOKEN.findall(text)
    )


def drop_headline(root: lxml.html.HtmlElement, title: str) -> None:
    """Remove the headline from the top of the body: the reader shows the title apart."""
    wanted = tokens_of(title)
    if not wanted:
        return
    for block in leaf_blocks(root)[:3]:
        tokens = tokens_of(block.text_content())
        if tokens and (tokens == wanted or (block.tag in _HEADINGS and _is_within(wanted, tokens))):
            drop_block(block)
            return


def _is_within(needle: list[str], haystack: list[str]) -> bool:
    """True if ``needle`` is a run of ``haystack`` at least half its length."""
    if len(needle) * 2 < len(haystack):
        return False
    text, part = " ".join(haystack), " ".join(needle)
    return part in text


def tokens_of(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN.findall(text)]


def shingles_of(tokens: list[str]) -> set[tuple[str, ...]]:
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def leaf_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Block elements with no block inside them, in document order."""
    blocks = list(root.iter(*_CONTAINER_TAGS))
    containers: set[lxml.html.HtmlElement] = set()
    for block in blocks:
        parent = block.getparent()
        while parent is not None and parent not in containers:
            containers.add(parent)
            parent = parent.getparent()
    return [block for block in blocks if block not in containers]


def drop_block(block: lxml.html.HtmlElement) -> None:
    if block.getparent() is None:
        return
    block.drop_tree()
