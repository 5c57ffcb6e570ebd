"""Finding a highlight's text again: W3C Web Annotation text quotes.

A highlight remembers its text as a ``TextQuoteSelector`` (the exact text,
and up to :data:`CONTEXT` characters before and after it) plus a position
hint (where it started in the clip's plain text).  The clip's text can
change under it: a re-clean, a refresh, a new version of the article, or
another rendering of the same text (the reader's document, an export).
:class:`Anchorer` finds the quote in whatever text it is given, in three
steps:

1. the exact text, as is; among several places, the one whose prefix and
   suffix agree best with the quote's, then the one nearest the hint;
2. the same on both sides normalized: whitespace runs are one space, case,
   accents, ligatures, typographic quotes and dashes folded, soft hyphens
   and zero-width characters dropped;
3. fuzzy (optional): the text between where the prefix ends and where the
   suffix starts, if it is still close enough to the quote (a word changed).

A quote found nowhere is *orphaned*: the caller lists it as such, and never
drops it.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Characters of context kept on each side of the quote (as hypothes.is does).
CONTEXT = 32
# A fuzzy match must be at least this similar to the quote (difflib's ratio).
FUZZY_MIN_RATIO = 0.7
# Past this many places for one piece of text, the rest are not scored.
MAX_CANDIDATES = 200

Span = tuple[int, int]

_FOLDED = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": "...",
}  # fmt: skip
_RUNS = re.compile(r"(\s+)|([!-~]+)|(.)", re.DOTALL)
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u2068\u2069\u200e\u200f")


@dataclass(frozen=True, slots=True)
class TextQuote:
    """A ``TextQuoteSelector`` and a ``TextPositionSelector``'s start, as a hint."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    position: int = 0


def quote_at(text: str, start: int, end: int) -> TextQuote:
    """The quote of ``text[start:end]``, with its context and position."""
    return TextQuote(
        text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start
    )


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """What one character becomes in normalized text ("" if dropped)."""
    if char.isspace():
        return " "
    if char in _DROPPED:
        return ""
    folded = _FOLDED.get(char)
    if folded is not None:
        return folded
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize(text: str) -> str:
    """``text`` as step 2 compares it (without the map back to ``text``)."""
    return _Normalized(text).text.strip()


class _Normalized:
    """Normalized text and, for each of its characters, the index it came from."""

    __slots__ = ("origin", "text")

    def __init__(self, text: str) -> None:
        out: list[str] = []
        origin: list[int] = []
        space = True  # leading whitespace goes too
        # Runs of whitespace and of printable ASCII in one step each (most of
        # a text: 10 times faster than character by character), the rest one
        # character at a time.
        for match in _RUNS.finditer(text):
            start = match.start()
            if match.lastindex == 1:
                if not space:
                    space = True
                    out.append(" ")
                    origin.append(start)
                continue
            if match.lastindex == 2:
                out.append(match.group().lower())
                origin.extend(range(start, match.end()))
                space = False
                continue
            for piece in _fold(match.group()):
                if piece == " ":
                    if space:
                        continue
                    space = True
                else:
                    space = False
                out.append(piece)
                origin.append(start)
        self.text = "".join(out)
        self.origin = origin

    def span(self, start: int, end: int) -> Span:
        """The span of the original text that ``text[start:end]`` came from."""
        return self.origin[start], self.origin[end - 1] + 1


def _find_all(text: str, needle: str) -> Iterator[int]:
    if not needle:
        return
    found = text.find(needle)
    count = 0
    while found >= 0 and count < MAX_CANDIDATES:
        yield found
        count += 1
        found = text.find(needle, found + 1)


def _common_suffix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


class Anchorer:
    """Anchors quotes in one text; normalizes it once, however many quotes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._normalized: _Normalized | None = None

    @property
    def normalized(self) -> _Normalized:
        if self._normalized is None:
            self._normalized = _Normalized(self.text)
        return self._normalized

    def occurrences(self, exact: str) -> list[Span]:
        """Every place ``exact`` appears: as is, or else normalized."""
        if exact and exact in self.text:
            return [(start, start + len(exact)) for start in _find_all(self.text, exact)]
        needle = normalize(exact)
        norm = self.normalized
        return [norm.span(start, start + len(needle)) for start in _find_all(norm.text, needle)]

    def anchor(
        self, quote: TextQuote, *, hint: int | None = None, fuzzy: bool = True
    ) -> Span | None:
        """Where ``quote`` is in the text now, or ``None`` (orphaned).

        ``hint`` replaces the quote's position (a caller anchoring in another
        rendering of the text scales it to that text).
        """
        where = quote.position if hint is None else hint
        if not quote.exact.strip():
            return None
        if quote.exact in self.text:
            spans = [(s, s + len(quote.exact)) for s in _find_all(self.text, quote.exact)]
            agree, span = self._best(spans, self.text, quote.prefix, quote.suffix, where, None)
            if agree == len(quote.prefix) + len(quote.suffix):
                return span
            # The context moved (reformatted?): compare everything normalized.
        norm = self.normalized
        exact = normalize(quote.exact)
        spans = [(s, s + len(exact)) for s in _find_all(norm.text, exact)]
        if spans:
            prefix, suffix = _fold_context(quote.prefix), _fold_context(quote.suffix)
            return self._best(spans, norm.text, prefix, suffix, where, norm)[1]
        return self._fuzzy(quote, where) if fuzzy else None

    def _best(
        self,
        spans: list[Span],
        text: str,
        prefix: str,
        suffix: str,
        where: int,
        norm: _Normalized | None,
    ) -> tuple[int, Span]:
        """How many context characters agree at the best of ``spans``, and where it is."""

        def score(span: Span) -> tuple[int, int]:
            start, end = span
            agree = _common_suffix(text[max(0, start - len(prefix)) : start], prefix)
            agree += _common_prefix(text[end : end + len(suffix)], suffix)
            origin = norm.span(*span)[0] if norm is not None else start
            return agree, -abs(origin - where)

        best = max(spans, key=score)
        return score(best)[0], norm.span(*best) if norm is not None else best

    def _fuzzy(self, quote: TextQuote, where: int) -> Span | None:
        """The text between the quote's context, if it still resembles the quote."""
        norm = self.normalized
        text = norm.text
        exact = normalize(quote.exact)
        if not exact:
            return None
        prefix, suffix = _fold_context(quote.prefix), _fold_context(quote.suffix).lstrip()
        length = len(exact)
        starts = [s + len(prefix) for s in _find_all(text, prefix)] if prefix.strip() else []
        if not quote.prefix.strip():
            starts.append(0)
        ends = list(_find_all(text, suffix)) if suffix.strip() else []
        if not quote.suffix.strip():
            ends.append(len(text))
        # The spaces between the context and the quote belong to neither.
        starts = [start + (text[start : start + 1] == " ") for start in starts]
        ends = [end - (text[end - 1 : end] == " ") for end in ends]
        candidates: set[Span] = set()
        for start in starts:
            later = [end for end in ends if start < end <= start + 2 * length + 8]
            candidates.update((start, end) for end in later)
            candidates.add((start, min(len(text), start + length)))
        candidates.update((max(0, end - length), end) for end in ends)
        best: tuple[float, int, Span] | None = None
        for start, end in candidates:
            if end <= start:
                continue
            matcher = difflib.SequenceMatcher(None, exact, text[start:end], autojunk=False)
            if (
                matcher.real_quick_ratio() < FUZZY_MIN_RATIO
                or matcher.quick_ratio() < FUZZY_MIN_RATIO
            ):
                continue
            ratio = matcher.ratio()
            if ratio < FUZZY_MIN_RATIO:
                continue
            span = norm.span(start, end)
            ranked = (ratio, -abs(span[0] - where), span)
            if best is None or ranked[:2] > best[:2]:
                best = ranked
        return None if best is None else best[2]


def _fold_context(text: str) -> str:
    """A prefix or suffix normalized, its edge spaces kept as one (they separate words)."""
    return _Normalized("x" + text).text[1:]
