"""Scripts written without spaces between words: Chinese, Japanese, Korean, Thai…

FTS5's ``unicode61`` tokenizer cuts words at spaces and punctuation, so a
whole run of Chinese or Japanese (a clause, a sentence) is one token and a
word inside it is never found.  Clips holding these scripts are also indexed
in ``clips_cjk`` (a ``trigram`` index, migration v4), and query words
holding them are matched there as substrings (see ``search.compile``).
"""

from __future__ import annotations

import re

# Code point ranges of the scripts that do not separate words with spaces
# (Korean does, but glues particles to words: "학교에서" holds "학교").
# Migration v4 spells out the same ranges in its triggers.
UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # CJK extensions B-G
)

_UNSPACED_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in UNSPACED_RANGES)
UNSPACED_RE = re.compile(f"[{_UNSPACED_CLASS}]")
# The trigram index matches substrings of three characters or more; shorter
# words are looked for with LIKE in the (few) clips that index holds.
TRIGRAM_LENGTH = 3


def has_unspaced(text: str) -> bool:
    """True if ``text`` holds a character of a script written without spaces."""
    return UNSPACED_RE.search(text) is not None


def glob_class() -> str:
    """The ranges as an SQLite GLOB character class (``[一-鿿…]``)."""
    return f"[{_UNSPACED_CLASS}]"
