"""Making clipped HTML safe to store and show.

Everything a page sends is untrusted.  The last word belongs to ``nh3`` (the
Rust ``ammonia`` sanitizer) with an allowlist of reader tags and attributes;
before it, an lxml pass removes what an allowlist cannot express: tracking
pixels, images without a usable source, and ``srcset`` (whose candidate URLs
would escape the URL checks).  Links and image sources come out absolute, so a
clip read offline or moved never points back at a relative path.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import nh3

from cuttings.core.urls import without_credentials

_READER_TAGS = frozenset(
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
        "blockquote", "q", "pre", "code", "em", "strong", "b", "i", "u", "s", "sub",
        "sup", "small", "mark", "a", "img", "figure", "figcaption", "table", "thead",
        "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd", "abbr", "cite", "time",
    }
)  # fmt: skip

# Tags removed together with everything inside them: their content is code,
# a fallback for a plugin, or controls, never article text.
_DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "noscript", "svg", "math", "template", "iframe", "object",
        "embed", "applet", "frame", "frameset", "textarea", "select", "option",
        "button", "head", "title", "canvas", "audio", "video", "dialog", "xmp",
        "noembed", "noframes", "plaintext",
    }
)  # fmt: skip

_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
    # Right-to-left articles keep their direction (only ltr, rtl or auto).
    "*": {"dir"},
}
_DIRECTIONS = frozenset({"ltr", "rtl", "auto"})

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE_SCHEMES = frozenset({"http", "https"})
_URL_ATTRIBUTES = frozenset({"href", "src"})
LINK_REL = "noopener noreferrer nofollow"
MAX_TEXT_RUN = 10_000
# Characters lxml refuses (and no page needs): gone before any parsing, so an
# imported clip with a stray control character is cleaned, not a crash.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# Browsers ignore ASCII whitespace and control characters inside a URL's
# scheme ("java\tscript:"), so they are removed before the scheme is judged.
# U+FFFD is what an HTML parser makes of a NUL ("java&#0;script:"): treated
# as noise too, the link is judged (and dropped) as javascript:, not kept as
# an odd relative path.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f\ufffd]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_DIMENSION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$")
# Well-known beacon paths and hosts: an image from them is a counter, not a picture.
_PIXEL_URL = re.compile(
    r"(?:^|/)(?:pixel|beacon|spacer|blank|clear|transparent|1x1|[a-z]|tr|px)\.(?:gif|png)(?:[?#]|$)"
    r"|/(?:pixel|beacon|tr|px|track|collect|b/ss)/?(?:[?#]|$)"
    r"|[/.@](?:doubleclick\.net|google-analytics\.com|googletagmanager\.com"
    r"|scorecardresearch\.com|quantserve\.com|facebook\.com/tr|bat\.bing\.com"
    r"|analytics\.twitter\.com|pixel\.wp\.com|stats\.wp\.com|chartbeat\.net"
    r"|omtrdc\.net|2o7\.net|imrworldwide\.com)",
    re.IGNORECASE,
)


def absolute_url(value: str, base_url: str, schemes: frozenset[str] = _LINK_SCHEMES) -> str | None:
    """``value`` made absolute against ``base_url``, or None if its scheme is not allowed."""
    cleaned = _URL_NOISE.sub("", value) if _SCHEME.match(_URL_NOISE.sub("", value)) else value
    cleaned = cleaned.strip()
    if not cleaned:
        return None
    try:
        resolved = urljoin(base_url, cleaned) if base_url else cleaned
        scheme = urlsplit(resolved).scheme.lower()
    except ValueError:
        return None
    if scheme not in schemes:
        return None
    # A second look at the cleaned form catches schemes split by whitespace.
    match = _SCHEME.match(_URL_NOISE.sub("", resolved))
    if match is None or match.group(1).lower() not in schemes:
        return None
    return without_credentials(resolved)


def _is_tiny(value: str | None) -> bool:
    if value is None:
        return False
    match = _DIMENSION.match(value)
    return match is not None and float(match.group(1)) <= 2


def is_tracking_image(img: lxml.html.HtmlElement) -> bool:
    """True for a 1x1 counter or an image from a known beacon URL."""
    if _is_tiny(img.get("width")) or _is_tiny(img.get("height")):
        return True
    style = (img.get("style") or "").replace(" ", "").lower()
    if "width:1px" in style or "height:1px" in style or "display:none" in style:
        return True
    return bool(_PIXEL_URL.search(img.get("src") or ""))


def _drop_unwanted_images(root: lxml.html.HtmlElement, base_url: str) -> None:
    for img in list(root.iter("img")):
        src = img.get("src") or ""
        if is_tracking_image(img) or absolute_url(src, base_url, _IMAGE_SCHEMES) is None:
            img.drop_tree()


def _has_long_text(fragment: str) -> bool:
    return len(fragment) > MAX_TEXT_RUN and max(map(len, fragment.split("<"))) > MAX_TEXT_RUN


def _break_long_texts(root: lxml.html.HtmlElement) -> None:
    """Cut text runs longer than MAX_TEXT_RUN with empty ``<span>``s (nh3 drops them).

    html5ever, inside nh3, takes time quadratic in the character references
    of one text node: a hostile page of a million ``&`` would keep the
    sanitizer busy for minutes.  Separate text nodes keep it linear, and the
    reader sees the same text.
    """
    for element in list(root.iter(lxml.etree.Element)):
        text = element.text
        if text and len(text) > MAX_TEXT_RUN:
            element.text = text[:MAX_TEXT_RUN]
            for index, start in enumerate(range(MAX_TEXT_RUN, len(text), MAX_TEXT_RUN)):
                element.insert(index, _breaker(text[start : start + MAX_TEXT_RUN]))
        tail = element.tail
        parent = element.getparent()
        if parent is not None and tail and len(tail) > MAX_TEXT_RUN:
            element.tail = tail[:MAX_TEXT_RUN]
            at = parent.index(element)
            for offset, start in enumerate(range(MAX_TEXT_RUN, len(tail), MAX_TEXT_RUN), 1):
                parent.insert(at + offset, _breaker(tail[start : start + MAX_TEXT_RUN]))


def _breaker(tail: str) -> lxml.html.HtmlElement:
    span = lxml.html.Element("span")
    span.tail = tail
    return span


def _prepare(fragment: str, base_url: str) -> str:
    """Drop the images an allowlist cannot judge, break long texts.

    Falls back to the raw text on bad markup.
    """
    has_images = "<img" in fragment.lower()
    long_text = _has_long_text(fragment)
    if not has_images and not long_text:
        return fragment
    try:
        wrapper = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return fragment  # nh3 still sanitizes it; only pixel removal is lost
    _drop_unwanted_images(wrapper, base_url)
    if long_text:
        _break_long_texts(wrapper)
    inner = (wrapper.text or "").replace("&", "&amp;").replace("<", "&lt;")
    return inner + "".join(lxml.html.tostring(child, encoding="unicode") for child in wrapper)


def sanitize_html(fragment: str, base_url: str) -> str:
    """``fragment`` reduced to safe reader HTML, with absolute links and image sources.

    The result is a fixed point: sanitizing it again changes nothing.  One pass
    is not always enough (an HTML parser drops the newline after ``<pre>`` and
    moves misnested list items), and stored HTML must come back unchanged from
    an export and re-import, which sanitizes it again.
    """
    cleaned = _sanitize_once(fragment, base_url)
    for _ in range(_MAX_PASSES):
        again = _sanitize_once(cleaned, base_url)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


_MAX_PASSES = 4


def _sanitize_once(fragment: str, base_url: str) -> str:

    def filter_attribute(tag: str, attribute: str, value: str) -> str | None:
        if attribute in _URL_ATTRIBUTES:
            schemes = _IMAGE_SCHEMES if tag == "img" else _LINK_SCHEMES
            return absolute_url(value, base_url, schemes)
        if attribute == "dir":
            direction = value.strip().lower()
            return direction if direction in _DIRECTIONS else None
        if attribute in {"width", "height"}:
            match = _DIMENSION.match(value)
            return match.group(1) if match else None
        return value

    return nh3.clean(
        _prepare(_XML_INVALID.sub("", fragment), base_url),
        tags=set(_READER_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=filter_attribute,
        strip_comments=True,
        link_rel=LINK_REL,
        url_schemes=set(_LINK_SCHEMES),
    )
