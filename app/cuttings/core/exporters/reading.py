"""Clip bodies prepared for reading files (the HTML book and the EPUB).

Bodies are sanitized again (the export must be safe even for a clip stored
by an older version) and every image becomes a link to its original address
with its alt text: opening an export makes no network request (no tracking
pixels, nothing to break offline), and the picture is one click away.
"""

import lxml.etree
import lxml.html

from cuttings.core.models import Clip
from cuttings.core.sanitize import sanitize_html


def reading_body(clip: Clip) -> str:
    """The clip's sanitized HTML with images replaced by links; well-formed XHTML-friendly."""
    html = sanitize_html(clip.html or "", clip.url)
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for img in list(root.iter("img")):
        link = lxml.html.Element("a", href=img.get("src") or "")
        link.set("class", "image")
        alt = (img.get("alt") or "").strip()
        link.text = f"[image: {alt}]" if alt else "[image]"
        link.tail = img.tail
        parent = img.getparent()
        if parent is not None:
            parent.replace(img, link)
    # XML serialisation: also valid XHTML inside an EPUB chapter.
    return str(lxml.html.tostring(root, encoding="unicode", method="xml"))


def language_tag(language: str) -> str:
    """``fr_FR`` → ``fr-FR``: the form HTML's lang attribute wants."""
    return language.replace("_", "-")
