"""Cleaning text and values that come from outside: pages, import files, the command line.

One place for the rules, used by the importers, the library's writers and the
CLI's output:

- no C0/C1 control character (tab and newline aside) in stored or printed
  text: ESC and CSI sequences drive the terminal ``cuttings list`` prints to;
- a tag is one visible name: NFC (composed and decomposed "café" are one
  tag), without zero-width or bidirectional-override characters (which make
  two different tags look the same, or a name read backwards);
- a language is a BCP 47-like tag (``en``, ``pt-BR``, ``zh-Hant-TW``), else none;
- a URL kept as a link or an image is http(s) with a host, else none.
"""

import re
import unicodedata
from urllib.parse import urlsplit

# C0 and C1 control characters but tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible characters that change how a name reads or compares but not how it
# looks: zero-width space, (non-)joiners and marks, bidi embeddings, overrides
# and isolates, word joiner and invisible operators, BOM, soft hyphen.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*", re.IGNORECASE)


def strip_control_chars(text: str) -> str:
    """``text`` without C0/C1 control characters (tab and newline are kept)."""
    return _CONTROL.sub("", text)


def clean_note(text: str) -> str:
    """A note as stored: no control characters; CR line ends become LF."""
    return strip_control_chars(text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_tag_name(name: str) -> str:
    """A tag name as stored: NFC, visible characters only, whitespace folded ("" if none)."""
    visible = _INVISIBLE.sub("", strip_control_chars(name))
    return " ".join(unicodedata.normalize("NFC", visible).split())


def tag_identity(name: str) -> str:
    """What makes two tag names the same tag: case, normal form and invisibles aside."""
    return unicodedata.normalize("NFC", clean_tag_name(name).casefold())


def language_tag(value: str) -> str:
    """``value`` as a BCP 47-like language tag (``en``, ``pt-BR``), or "" if it is none.

    Underscores (``en_US``, as some tools write) become hyphens; the case is
    the registry's: language lower, script title, region upper.
    """
    candidate = value.strip().replace("_", "-")
    if len(candidate) > 35 or not _LANGUAGE.fullmatch(candidate):
        return ""
    parts = candidate.split("-")
    shaped = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            shaped.append(part.title())
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            shaped.append(part.upper())
        else:
            shaped.append(part.lower())
    return "-".join(shaped)


def http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL with a host, else "".

    ``javascript:``, ``data:``, relative or unreadable URLs and URLs holding
    spaces or control characters are no links to keep.
    """
    candidate = value.strip()
    if not candidate or len(candidate) > 8192 or any(c.isspace() for c in candidate):
        return ""
    if _CONTROL.search(candidate):
        return ""
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
    except ValueError:
        return ""
    if parts.scheme.lower() not in {"http", "https"} or not host:
        return ""
    return candidate
