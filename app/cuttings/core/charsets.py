"""Decoding an HTML body to text with the right charset (see :func:`decode_html`)."""

import codecs
import re

import charset_normalizer

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LATIN_FAMILY = frozenset({"cp1252", "iso8859-15"})


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    # Browsers read Latin-1 labels as windows-1252 (WHATWG Encoding).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _header_charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type, re.IGNORECASE)
    return _codec_name(match.group(1)) if match else None


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode an HTML body; return the text and the codec used.

    Order: byte-order mark, the HTTP charset, ``<meta charset>``, then
    detection.  A declared charset that the bytes contradict is not
    trusted: a Latin-1 page declared UTF-8 does not decode as UTF-8, and a
    UTF-8 page declared Latin-1 is recognised by its valid multi-byte
    sequences, so neither ends as mojibake.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace"), codec
    meta = _META_CHARSET.search(body[:4096])
    declared = [
        name
        for name in (
            _header_charset(content_type),
            _codec_name(meta.group(1).decode("ascii", "replace")) if meta else None,
        )
        if name
    ]
    utf8 = _try_decode(body, "utf-8")
    for name in declared:
        if name in _LATIN_FAMILY and utf8 is not None and not body.isascii():
            return utf8, "utf-8"
        text = _try_decode(body, name)
        if text is not None:
            return text, name
    if utf8 is not None:
        return utf8, "utf-8"
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        encoding = _codec_name(best.encoding) or "cp1252"
        return body.decode(encoding, errors="replace"), encoding
    return body.decode("cp1252", errors="replace"), "cp1252"


def _try_decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
