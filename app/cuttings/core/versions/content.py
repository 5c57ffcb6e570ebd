"""The normalized form of an article (what counts as a change) and packed version bodies.

Two fetches of one article differ in ways that are no change to a reader:
whitespace and line breaks, Unicode forms (composed or decomposed "é",
no-break spaces, typographic variants NFKC folds), and the "Updated 14:32"
or "Last modified 3 minutes ago" stamps that many sites print on every
request.  :func:`content_hash` hashes the title, byline and text with all of
those removed; two fetches with the same hash are one version.  Tracking
parameters (``utm_*``) live only in links, which are not part of the hashed
text.

Version bodies (text and sanitized HTML) are compressed with zlib.  Every
version after the first is compressed with the first one's body as zlib's
preset dictionary: an edited article is mostly the text it was, so a later
version costs little more than its edits (see docs/versions.md for figures).
"""

import hashlib
import re
import unicodedata
import zlib

# Lines (or sentences standing alone) that only stamp the time of an update.
_STAMP = re.compile(
    r"^\W*(?:(?:last\s+)?(?:updated|modified|edited)|aggiornat[oa](?:\s+il|\s+alle)?|"
    r"mis\s+à\s+jour|actualizado|aktualisiert|atualizado|bijgewerkt|zuletzt\s+aktualisiert)"
    r"\b[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)
# "3 minutes ago", "2 hours ago" anywhere: a relative time is always a stamp.
_RELATIVE = re.compile(r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?)\s+ago\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# Separates the text from the HTML in a packed body (neither holds a NUL:
# cleaning strips control characters).
_SEPARATOR = "\x00"
_LEVEL = 9


def normalized_text(text: str) -> str:
    """``text`` without what is no change: Unicode form, whitespace, update stamps."""
    folded = unicodedata.normalize("NFKC", text)
    folded = _STAMP.sub("", folded)
    folded = _RELATIVE.sub("", folded)
    return _SPACE.sub(" ", folded).strip()


def content_hash(title: str, author: str, text: str) -> str:
    """The hash of an article's normalized title, byline and text (hex, 32 characters)."""
    parts = (normalized_text(part) for part in (title, author, text))
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16)
    return digest.hexdigest()


def pack_body(text: str, html: str, *, base: bytes | None = None) -> bytes:
    """A version's text and HTML, compressed (against ``base`` when given).

    ``base`` is the first version's :func:`raw_body`; zlib's window is 32 KB,
    so its last 32 KB serve as the dictionary.
    """
    raw = raw_body(text, html)
    compressor = zlib.compressobj(_LEVEL, zdict=base) if base else zlib.compressobj(_LEVEL)
    return compressor.compress(raw) + compressor.flush()


def unpack_body(packed: bytes, *, base: bytes | None = None) -> tuple[str, str]:
    """``(text, html)`` of a body packed by :func:`pack_body` with the same ``base``."""
    decompressor = zlib.decompressobj(zdict=base) if base else zlib.decompressobj()
    raw = decompressor.decompress(packed) + decompressor.flush()
    text, _, html = raw.decode("utf-8").partition(_SEPARATOR)
    return text, html


def raw_body(text: str, html: str) -> bytes:
    """A body as packed before compression (also the dictionary of later versions)."""
    return f"{text}{_SEPARATOR}{html}".encode()
