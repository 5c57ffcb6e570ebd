"""Scripts written without spaces between words: Chinese, Japanese, Korean, Thai…

FTS5's ``unicode61`` tokenizer cuts words at spaces and punctuation, so a
whole run of Chinese or Japanese (a clause, a sentence) is one token and a
word inside it is never found.  The index therefore sees these scripts
segmented: a space around each of their characters (:func:`segment`, applied
by the view ``clips_fts_source`` and the triggers through the SQL function
``cuttings_segment``, migration v4), and a query word in them becomes the
phrase of its characters.  docs/search.md says why this beat a trigram index.
"""

from __future__ import annotations

import re
import sqlite3

# Code point ranges of the scripts that do not separate words with spaces
# (Korean does, but glues particles to words: "학교에서" holds "학교").
UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x3005, 0x3007),  # iteration marks, ideographic zero
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
# The SQL function the index's view and triggers call: every connection to a
# library has it (cuttings.core.database registers it).
SEGMENT_FUNCTION = "cuttings_segment"


def has_unspaced(text: str) -> bool:
    """True if ``text`` holds a character of a script written without spaces."""
    return UNSPACED_RE.search(text) is not None


def segment(text: str) -> str:
    """``text`` with a space around each character of an unspaced script.

    Text without such characters comes back unchanged (the same object), so
    Latin clips are indexed exactly as before.  Combining marks (Thai vowel
    signs) are separators to ``unicode61`` anyway: they need no space.
    """
    # isascii() costs nothing; the search 0.1 ms per 5 KB of other text (measured loaded).
    if not isinstance(text, str) or text.isascii() or UNSPACED_RE.search(text) is None:
        return text
    return UNSPACED_RE.sub(r" \g<0> ", text)


def register_segment_function(db: sqlite3.Connection) -> None:
    """Make :func:`segment` callable from SQL on ``db`` (the index needs it to write)."""
    db.create_function(SEGMENT_FUNCTION, 1, segment, deterministic=True)
