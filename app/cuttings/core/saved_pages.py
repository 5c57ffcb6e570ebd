"""Pages that reach Cuttings without a fetch: saved files (HTML, MHTML) and pasted HTML.

A saved page is read into a :class:`SavedPage`: its HTML and the address it
came from.  The address is what the page declares (``rel=canonical``,
``og:url``, the ``saved from url`` comment browsers write, an MHTML
archive's ``Snapshot-Content-Location``), else the caller's fallback (a
``file:`` URL for a file).  :func:`clip_saved_page` runs it through the same
pipeline as a fetched page, recording how it was captured.

An MHTML archive also carries the page's images; they are kept in
``SavedPage.resources`` (by ``Content-Location`` and ``cid:``) so that the
image step can store the images the page was saved with instead of fetching
them.  Files are read by people from anywhere: a malformed, huge or deeply
nested archive is refused with a :class:`SavedPageError` that says why.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html
from lxml import etree

from cuttings.core.article import Article, Capture
from cuttings.core.charsets import codec_name, decode_html
from cuttings.core.cleaning import http_url
from cuttings.core.errors import CuttingsError

if TYPE_CHECKING:
    from cuttings.core.fetch import Fetcher
    from cuttings.core.images.settings import ImageSettings

# A saved page with its images inlined (MHTML) is bigger than the page alone.
MAX_FILE_BYTES = 50 * 1024 * 1024
# The HTML itself: as for a fetched page.
MAX_HTML_BYTES = 15 * 1024 * 1024
# An archive is a page and its images: more parts than this is not a saved page.
MAX_PARTS = 2000
MAX_DEPTH = 8
SAVED_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht"})
_MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
_VISIBLE_TEXT = "//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


class SavedPageError(CuttingsError):
    """A file or pasted page that cannot be read as a page (the message says why)."""


@dataclass(frozen=True, slots=True)
class PageResource:
    """A part of an MHTML archive besides the page: an image, a stylesheet…

    ``location`` is its ``Content-Location`` (the URL the page names it by)
    or ``cid:<id>`` from its ``Content-ID``.
    """

    location: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class SavedPage:
    html: str
    url: str
    resources: tuple[PageResource, ...] = ()


def read_saved_page(path: Path) -> SavedPage:
    """The page saved in ``path`` (``.html``, ``.htm`` or ``.mhtml``)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SavedPageError(
                f"{path.name} is too large to be a saved page "
                f"(over {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SavedPageError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    fallback = path.resolve().as_uri()
    if path.suffix.lower() in _MHTML_SUFFIXES:
        return parse_mhtml(data, fallback)
    return html_page(data, fallback)


def html_page(data: bytes, fallback_url: str) -> SavedPage:
    """A saved ``.html`` file's page, at the address it declares or ``fallback_url``."""
    if len(data) > MAX_HTML_BYTES:
        raise SavedPageError("the page is too large (over 15 MB)")
    if not data.strip():
        raise SavedPageError("the file is empty")
    html, _codec = decode_html(data)
    saved_from = _SAVED_FROM.search(data[:4096])
    noted = http_url(saved_from.group(1).decode("ascii", "replace")) if saved_from else ""
    return SavedPage(html, declared_url(html) or noted or fallback_url)


def parse_mhtml(data: bytes, fallback_url: str) -> SavedPage:
    """The page in an MHTML archive (``multipart/related``, as Chromium saves pages).

    The first ``text/html`` part is the page (or the part the archive's
    ``start`` names); every other leaf part becomes a :class:`PageResource`.
    """
    if len(data) > MAX_FILE_BYTES:
        raise SavedPageError("the archive is too large")
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except (ValueError, TypeError, IndexError, RecursionError) as exc:
        raise SavedPageError("the file is not a readable MHTML archive") from exc
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise SavedPageError("the file is not an MHTML archive (no page in it)")
    leaves = _leaves(message)
    page = next((part for part in leaves if part.get_content_type() == "text/html"), None)
    if page is None:
        raise SavedPageError("the MHTML archive holds no HTML page")
    body = _payload(page)
    if len(body) > MAX_HTML_BYTES:
        raise SavedPageError("the page in the archive is too large (over 15 MB)")
    charset = codec_name(page.get_content_charset() or "") or ""
    html = body.decode(charset, errors="replace") if charset else decode_html(body)[0]
    location = http_url(
        str(message.get("Snapshot-Content-Location") or page.get("Content-Location") or "")
    )
    resources = tuple(
        PageResource(_location(part), part.get_content_type(), _payload(part))
        for part in leaves
        if part is not page and _location(part)
    )
    return SavedPage(html, declared_url(html) or location or fallback_url, resources)


def _leaves(message: Message) -> list[Message]:
    """The non-multipart parts, depth first; refuses archives nested or split too far."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            raise SavedPageError(f"the MHTML archive has too many parts (over {MAX_PARTS})")
        if depth > MAX_DEPTH:
            raise SavedPageError("the MHTML archive is nested too deeply")
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(
                    (child, depth + 1) for child in reversed(children) if isinstance(child, Message)
                )
        else:
            leaves.append(part)
    return leaves


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        payload = None
    return payload if isinstance(payload, bytes) else b""


def _location(part: Message) -> str:
    location = str(part.get("Content-Location") or "").strip()
    if location:
        return location
    content_id = str(part.get("Content-ID") or "").strip().strip("<>")
    return f"cid:{content_id}" if content_id else ""


def declared_url(html: str) -> str:
    """The http(s) address a page declares for itself: ``rel=canonical``, else ``og:url``."""
    try:
        root = lxml.html.document_fromstring(html[:2_000_000])
    except (etree.ParserError, ValueError):
        return ""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            url = http_url(link.get("href") or "")
            if url:
                return url
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            url = http_url(meta.get("content") or "")
            if url:
                return url
    return ""


def is_link_list(html: str) -> bool:
    """True for a page that is mostly links: a bookmarks file or a reading-list export.

    Dropped ``.html`` files are either: bookmarks go to the import, pages
    are clipped.
    """
    head = html[:2048].lower()
    if "netscape-bookmark-file" in head:
        return True
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return False
    # Counted, not dropped from the tree (lxml refuses to move some tails).
    words = sum(len(text.split()) for text in root.xpath(_VISIBLE_TEXT))
    links = root.findall(".//a")
    linked = sum(len(link.text_content().split()) for link in links)
    return len(links) >= 2 and linked * 2 >= words


def clipboard_source_url(formats: dict[str, bytes]) -> str:
    """The address of the page HTML was copied from, as the platform put it on the clipboard.

    ``formats`` maps MIME types to their bytes: Firefox's
    ``text/x-moz-url-priv`` (UTF-16), Windows' ``HTML Format`` with its
    ``SourceURL:`` header (Chromium, Edge), Chromium's ``chromium/x-source-url``.
    """
    for name, data in formats.items():
        lowered = name.lower()
        text = _clipboard_text(data)
        if "x-moz-url-priv" in lowered or "x-source-url" in lowered:
            url = http_url(text.splitlines()[0] if text.strip() else "")
        elif "html format" in lowered:
            found = re.search(r"^SourceURL:(\S+)", text, re.MULTILINE)
            url = http_url(found.group(1)) if found else ""
        else:
            continue
        if url:
            return url
    return ""


def _clipboard_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and data[1:2] == b"\x00"):
        return data.decode("utf-16", errors="replace").replace("\x00", "")
    return data.decode("utf-8", errors="replace")


def page_article(
    page: SavedPage,
    capture: Capture,
    fetcher: Fetcher | None = None,
    images: ImageSettings | None = None,
) -> Article:
    """The article in a saved or pasted page, made as a fetched page's is.

    With a ``fetcher``, the pictures it shows are downloaded as a fetched
    page's are, and the page itself is kept as the clip's original.
    """
    # Imported here: the window reads dropped and pasted pages with this
    # module, and loads the extractors only when a page is clipped.
    from cuttings.core.clipping import build_article, captured_article

    article = build_article(page.html, page.url, capture=capture)
    return captured_article(article, page.html, page.url, fetcher, images)
