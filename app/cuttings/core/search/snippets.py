"""Search result extracts: a short window of a clip with the matched words in ``<b>``.

FTS5's ``snippet()`` re-tokenizes every column of every row and, for rows
picked by id, re-runs the query once per row: about 0.3 ms a clip, 15 ms
for a page of 50, most of the time budget of a search.  Finding the first
match with one compiled regular expression over the clip's text costs a few
microseconds.  The expression ignores diacritics the way the index does
(``unicode61 remove_diacritics 2``): each letter of a query word becomes the
class of that letter with any diacritic (``e`` matches ``é``, ``è``, ``ê``…),
so the clip's text is searched as stored, without a folded copy.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from cuttings.core.search.query import And, Node, Or, Phrase, Query, Word
from cuttings.core.search.scripts import UNSPACED_RE, has_unspaced

SNIPPET_CHARS = 200
# The patterns stay small whatever the query, so finding and marking a match
# costs time linear in the text: a term is matched by its first
# MAX_TERM_CHARS letters (a longer word or phrase is marked from its start),
# and only the first MAX_MARKED_TERMS terms are marked.  A match is looked
# for in the first SCAN_CHARS of a text (some 50,000 words: past any
# article), which bounds the time of a snippet whatever the text.
MAX_TERM_CHARS = 32
MAX_MARKED_TERMS = 20
SCAN_CHARS = 300_000


@cache
def _fold_table() -> dict[int, str]:
    """Characters with diacritics mapped to their base letter (Latin, Greek, Cyrillic)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x530):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[code] = decomposed[0]
    for code in range(0x1E00, 0x1F00):  # Latin Extended Additional (Vietnamese…)
        decomposed = unicodedata.normalize("NFD", chr(code))
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[code] = decomposed[0]
    return table


def fold(text: str) -> str:
    """``text`` without diacritics (same length)."""
    return text.translate(_fold_table())


@cache
def _variants() -> dict[str, str]:
    """For each base letter, the letters with diacritics that fold to it."""
    variants: dict[str, str] = {}
    for code, base in _fold_table().items():
        variants[base.lower()] = variants.get(base.lower(), "") + chr(code).lower()
    return variants


def _letter_class(letter: str) -> str:
    variants = _variants().get(letter.lower())
    if not variants:
        return re.escape(letter)
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(letter + variants)) + "]"


def _terms(node: Node | None) -> Iterable[tuple[str, bool]]:
    """The positive words and phrases of a query (negated ones are never shown)."""
    if isinstance(node, Word):
        yield node.text, node.prefix
    elif isinstance(node, Phrase):
        yield node.text, False
    elif isinstance(node, And | Or):
        for item in node.items:
            yield from _terms(item)


class Highlighter:
    """Finds and marks the words of one query in clip texts.

    Finding the first match uses one pattern per word, lower case and without
    diacritic classes, over ``text.lower()``: a pattern that starts with a
    literal lets the regex engine jump from candidate to candidate, some ten
    times faster than a class-led one.  Texts where those find nothing (the
    word shows with a diacritic, or only in the title) are searched with the
    full pattern.  Marking a window of 200 characters always uses the full one.
    """

    def __init__(self, terms: Sequence[tuple[str, bool]]) -> None:
        full: list[str] = []
        self._quick: list[re.Pattern[str]] = []
        for text, prefix in terms[:MAX_MARKED_TERMS]:
            tokens, cut = _bounded(re.findall(r"[^\W_]+", fold(text)))
            if not tokens:
                continue
            # A word of an unspaced script (Chinese…) is found inside a run: no end.
            tail = r"[^\W_]*" if prefix or cut else r"(?![^\W_])"
            if has_unspaced(text):
                tail = ""
            # No look-behind at the start: _hits checks the word boundary.
            full.append(r"[\W_]+".join("".join(map(_letter_class, t)) for t in tokens) + tail)
            quick = r"[\W_]+".join(re.escape(t.lower()) for t in tokens) + tail
            self._quick.append(re.compile(quick))
        # Longest first: a phrase wins over one of its words.
        full.sort(key=len, reverse=True)
        self.pattern = re.compile("|".join(full), re.IGNORECASE) if full else None

    def first_hit(self, sources: Sequence[str]) -> tuple[str, int] | None:
        """The source holding the first match, and where that match starts."""
        if self.pattern is None:
            return None
        for source in sources:
            lowered = source[:SCAN_CHARS].lower()
            if len(lowered) != min(len(source), SCAN_CHARS):
                continue
            starts = [
                hit.start()
                for quick in self._quick
                if (hit := next(_hits(quick, lowered, 0, len(lowered)), None)) is not None
            ]
            if starts:
                return source, min(starts)
        for source in sources:
            hit = next(_hits(self.pattern, source, 0, min(len(source), SCAN_CHARS)), None)
            if hit is not None:
                return source, hit.start()
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the query's words and phrases are in ``text``: ``(start, end)``, in order
        (the reader marks them in the article)."""
        if self.pattern is None:
            return
        for hit in _hits(self.pattern, text, 0, min(len(text), SCAN_CHARS)):
            yield hit.start(), hit.end()

    def snippet(self, sources: Sequence[str]) -> str | None:
        """An HTML extract around the first match in the first source that has one."""
        found = self.first_hit(sources)
        if found is None or self.pattern is None:
            return None
        source, first = found
        start = max(0, first - SNIPPET_CHARS // 4)
        if start > 0:
            space = source.find(" ", start, first)
            start = space + 1 if space >= 0 else start
        end = min(len(source), start + SNIPPET_CHARS)
        if end < len(source):
            space = source.rfind(" ", first + 1, end)
            end = space if space > 0 else end
        parts = ["…"] if start > 0 else []
        position = start
        for hit in _hits(self.pattern, source, start, end):
            parts.append(html.escape(source[position : hit.start()]))
            parts.append(f"<b>{html.escape(source[hit.start() : hit.end()])}</b>")
            position = hit.end()
        parts.append(html.escape(source[position:end]))
        if end < len(source):
            parts.append("…")
        return re.sub(r"\s+", " ", "".join(parts)).strip()


def _bounded(tokens: list[str]) -> tuple[list[str], bool]:
    """The first MAX_TERM_CHARS letters of a term's tokens, and whether it was cut."""
    kept: list[str] = []
    room = MAX_TERM_CHARS
    for token in tokens:
        if room <= 0:
            return kept, True
        kept.append(token[:room])
        if len(token) > room:
            return kept, True
        room -= len(token)
    return kept, False


def highlighter(query: Query) -> Highlighter | None:
    """A highlighter for the positive words and phrases of ``query``, if it has any."""
    found = Highlighter(list(_terms(query.root)))
    return found if found.pattern is not None else None


def _hits(pattern: re.Pattern[str], source: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that begin a word."""
    for hit in pattern.finditer(source, start, end):
        at = hit.start()
        if at == 0 or not source[at - 1].isalnum() or UNSPACED_RE.match(source, at):
            yield hit
