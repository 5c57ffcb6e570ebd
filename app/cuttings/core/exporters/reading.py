"""Clip bodies prepared for reading files (the HTML book and the EPUB).

Bodies are sanitized again (the export must be safe even for a clip stored
by an older version).  A picture stored in the library is embedded (the
caller says how: a data URI, a file inside the book); every other image
becomes a link to its original address with its alt text.  Opening an export
makes no network request (no tracking pixels, nothing to break offline).
"""

import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from cuttings.core.direction import Direction, clip_direction
from cuttings.core.exporters.highlighting import mark_highlights
from cuttings.core.highlights.models import Highlight
from cuttings.core.models import Clip
from cuttings.core.sanitize import sanitize_html


def reading_body(
    clip: Clip,
    highlights: Sequence[Highlight] = (),
    pictures: Mapping[str, str] | None = None,
) -> str:
    """The clip's sanitized HTML with its highlights marked, well-formed XHTML-friendly.

    ``pictures`` gives the embedded source for an image's URL; other images
    are replaced by links.
    """
    pictures = pictures or {}
    html = sanitize_html(xml_safe(clip.html or ""), clip.url)
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for img in list(root.iter("img")):
        embedded = pictures.get(img.get("src") or "")
        if embedded:
            img.set("src", embedded)
            continue
        link = lxml.html.Element("a", href=img.get("src") or "")
        link.set("class", "image")
        alt = (img.get("alt") or "").strip()
        link.text = f"[image: {alt}]" if alt else "[image]"
        link.tail = img.tail
        parent = img.getparent()
        if parent is not None:
            parent.replace(img, link)
    if highlights:
        mark_highlights(root, highlights, len(clip.text or ""))
    # XML serialisation: also valid XHTML inside an EPUB chapter.
    return str(lxml.html.tostring(root, encoding="unicode", method="xml"))


def direction(clip: Clip) -> Direction:
    """The direction of the clip's article (for ``dir`` beside ``lang``)."""
    return clip_direction(clip.language, clip.html or "", clip.text or clip.title)


def language_tag(language: str) -> str:
    """``fr_FR`` → ``fr-FR``: the form HTML's lang attribute wants."""
    return language.replace("_", "-")


# Characters XML 1.0 forbids (C0 controls but tab and line breaks, surrogates,
# U+FFFE, U+FFFF): an EPUB holding one does not open, and lxml refuses to
# build it.  HTML is stricter than it looks too: they are dropped everywhere.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return _XML_INVALID.sub("", text)


def safe_href(url: str) -> str:
    """``url`` when it is a web or mail address, else "" (never ``javascript:`` and kin)."""
    try:
        scheme = urlsplit(url.strip()).scheme.casefold()
    except ValueError:
        return ""
    return url.strip() if scheme in {"http", "https", "mailto"} else ""
