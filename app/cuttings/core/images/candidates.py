"""Which file of a picture to keep: the ``srcset`` / ``<picture>`` candidate nearest 1600 px.

A page offers each picture in several widths (``srcset="a-800.jpg 800w,
a-1600.jpg 1600w"``) and formats (``<picture><source type="image/webp">``).
The reader's column is narrower than 1600 device pixels on any screen, so
the smallest candidate at least that wide is enough and never more than
needed; a page without one that wide gives its widest.  This runs on the page
before extraction (:func:`cuttings.core.extract.page.parse_page`), rewriting
each ``<img src>`` to the chosen candidate, so the stored article names the
file that is downloaded and the reader asks for that.
"""

import re
from dataclasses import dataclass

import lxml.html

TARGET_WIDTH = 1600
# What Qt's reader and Pillow both decode (AVIF and JPEG XL are not Qt's yet);
# an untyped source is judged when it is downloaded.
DISPLAYABLE_TYPES = frozenset({"", "image/jpeg", "image/png", "image/webp", "image/gif"})
# Lazy-loading pages keep the real source here and a placeholder in src.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url")
_LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$")


@dataclass(frozen=True, slots=True)
class Candidate:
    url: str
    width: float | None  # in CSS pixels when a ``w`` descriptor gives it
    density: float = 1.0


def parse_srcset(value: str) -> list[Candidate]:
    """The candidates of a ``srcset`` attribute (malformed ones skipped)."""
    candidates = []
    for url, descriptor in _srcset_items(value or ""):
        width: float | None = None
        density = 1.0
        described = _DESCRIPTOR.match(descriptor.lower())
        if described:
            number = float(described.group(1))
            if described.group(2) == "w":
                width = number
            else:
                density = number
        elif descriptor:
            continue
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() not in ("http", "https"):
            continue  # data:, javascript: and the like are never a picture to fetch
        candidates.append(Candidate(url, width, density))
    return candidates


def _srcset_items(value: str) -> list[tuple[str, str]]:
    """``(url, descriptor)`` pairs as the HTML standard splits a srcset.

    A URL runs to the next whitespace (commas inside it are kept, trailing
    ones end the candidate); its descriptor runs to the next comma.
    """
    items = []
    at, end = 0, len(value)
    while at < end:
        while at < end and (value[at].isspace() or value[at] == ","):
            at += 1
        start = at
        while at < end and not value[at].isspace():
            at += 1
        url = value[start:at]
        if not url:
            break
        if url.endswith(","):
            items.append((url.rstrip(","), ""))
            continue
        start = at
        while at < end and value[at] != ",":
            at += 1
        items.append((url, value[start:at].strip()))
    return items


def best_candidate(candidates: list[Candidate], target: int = TARGET_WIDTH) -> Candidate | None:
    """The smallest candidate at least ``target`` wide, else the widest.

    Candidates described by density (``2x``) are ranked by density: 2x is
    taken as wide enough.
    """
    if not candidates:
        return None
    widths = [c for c in candidates if c.width is not None]
    if widths:
        wide = [c for c in widths if c.width is not None and c.width >= target]
        if wide:
            return min(wide, key=lambda c: c.width or 0)
        return max(widths, key=lambda c: c.width or 0)
    enough = [c for c in candidates if c.density >= 2]
    if enough:
        return min(enough, key=lambda c: c.density)
    return max(candidates, key=lambda c: c.density)


def choose_image_sources(tree: lxml.html.HtmlElement, target: int = TARGET_WIDTH) -> None:
    """Point every ``<img src>`` of a page at its best candidate, in place."""
    for img in tree.iter("img"):
        src = (img.get("src") or "").strip()
        if not src or src.startswith("data:"):
            lazy = next((img.get(name) for name in _LAZY_SOURCES if img.get(name)), None)
            if lazy:
                src = lazy.strip()
        candidates = _picture_candidates(img)
        for attribute in ("srcset", *_LAZY_SRCSETS):
            candidates.extend(parse_srcset(img.get(attribute) or ""))
        if src and not src.startswith("data:"):
            # src is the 1x candidate of its srcset, of unknown width.
            candidates.append(Candidate(src, None))
        chosen = best_candidate(candidates, target)
        if chosen is not None:
            img.set("src", chosen.url)


def _picture_candidates(img: lxml.html.HtmlElement) -> list[Candidate]:
    """The ``<source>`` candidates of the ``<picture>`` around ``img`` that Qt can show.

    Sources for narrow screens only (a ``media`` query) are skipped.
    """
    # libxml2 knows no <source> as empty: it nests what follows inside it.
    parent = next((a for a in img.iterancestors() if a.tag in ("picture", "figure", "p")), None)
    if parent is None or parent.tag != "picture":
        return []
    candidates: list[Candidate] = []
    for source in parent.iter("source"):
        kind = (source.get("type") or "").split(";")[0].strip().lower()
        if kind not in DISPLAYABLE_TYPES or "max-width" in (source.get("media") or ""):
            continue
        candidates.extend(parse_srcset(source.get("srcset") or source.get("data-srcset") or ""))
    return candidates
