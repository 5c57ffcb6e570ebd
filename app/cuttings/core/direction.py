"""Which way a clip's text runs: right-to-left for Hebrew, Arabic, Persian, Urdu…

The reader, the timeline and the exports ask :func:`clip_direction`; a
clip's language decides first, then a ``dir="rtl"`` in its stored HTML,
then the strong characters of its text (what the Unicode bidi algorithm
looks at).  Titles and other single lines may mix directions: they are
written with ``dir="auto"`` (each paragraph takes its first strong
character's direction) or isolated, never forced.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

# Primary language subtags written right to left.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku", "ps", "sd", "syr", "ug", "ur",
     "yi"}
)  # fmt: skip
# Enough text to tell an article's direction; past it, counting only costs time.
_SAMPLE_CHARS = 2000
_HTML_RTL = re.compile(r"""\bdir\s*=\s*["']?rtl\b""", re.IGNORECASE)


def language_direction(language: str) -> Direction | None:
    """``rtl`` for a right-to-left language tag, ``ltr`` for another one, None if unknown."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    if not primary:
        return None
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


# Every character whose bidirectional class is R or AL lies in these blocks (a test
# checks it against unicodedata): text with none of them is left-to-right, or has no
# strong character at all.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def text_direction(text: str) -> Direction | None:
    """The direction most strong characters of ``text`` take, None if it has none.

    The reader asks several times for each clip it shows, and the timeline for
    each line it paints: text without a right-to-left letter (most of it) is
    told apart by one regular-expression search, not a loop over its characters.
    """
    sample = text[:_SAMPLE_CHARS]
    if not _MAYBE_RTL.search(sample):
        return "ltr" if any(unicodedata.bidirectional(char) == "L" for char in sample) else None
    rtl = ltr = 0
    for char in sample:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
    if not rtl and not ltr:
        return None
    return "rtl" if rtl > ltr else "ltr"


def clip_direction(language: str, html: str = "", text: str = "") -> Direction:
    """The direction of a clip's article: its language, its HTML's ``dir``, or its text."""
    by_language = language_direction(language)
    if by_language == "rtl" or _HTML_RTL.search(html[:_SAMPLE_CHARS]):
        return "rtl"
    # A language we know as left-to-right still yields to text that is mostly
    # Hebrew or Arabic: the label came from a page, the letters are the article.
    return text_direction(text) or by_language or "ltr"
