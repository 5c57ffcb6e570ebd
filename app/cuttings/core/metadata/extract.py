"""Reading a page once and assembling its :class:`Metadata` from the field readers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cuttings.core.metadata.author import read_author
from cuttings.core.metadata.content import read_content
from cuttings.core.metadata.dates import numeric_order_hint
from cuttings.core.metadata.language import primary_language, read_language
from cuttings.core.metadata.links import read_canonical_url, read_lead_image
from cuttings.core.metadata.page import (
    Page,
    article_node,
    clean,
    collect_json_ld,
    json_text,
    name_key,
    safe_host,
    text_of,
)
from cuttings.core.metadata.published import read_published_at
from cuttings.core.metadata.site import read_site_name, read_title
from cuttings.core.metadata.source import read_source

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a press clipping records about an article besides its text.

    ``source`` is the original publisher when the page credits one (an
    aggregator republishing a newspaper's story), otherwise ``site_name``.
    ``published_at`` is ISO 8601 as precise as the page allows: a date, a local
    time, or a time with its offset.
    """

    title: str
    site_name: str
    source: str
    author: str
    published_at: str | None
    language: str
    lead_image: str
    description: str
    canonical_url: str


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def extract_metadata(html: str, url: str, *, text: str = "") -> Metadata:
    """Read a clipping's metadata from a fetched page.

    ``url`` is the address fetched (to resolve relative links and name the
    site), ``text`` the article body already extracted, used to guess the
    language when the markup does not say.  Never raises: a field that cannot
    be read is empty.
    """
    try:
        return _extract(html, url, text)
    except Exception:
        # A bug, but a clipping without metadata is better than no clipping.
        logger.exception("metadata extraction failed for %s", url)
        host = safe_host(url)
        return Metadata("", host, host, "", None, "", "", "", "")


def _extract(html: str, url: str, text: str) -> Metadata:
    page = _read_page(html if isinstance(html, str) else "", _usable_url(url))
    host = safe_host(page.url)
    site_name = read_site_name(page, host)
    title = read_title(page, site_name, host)
    language = read_language(page, text)
    locale = language
    if primary_language(language) == "en" and "-" not in locale:
        hint = numeric_order_hint(page.content)
        if hint:
            locale = "en-US"
    return Metadata(
        title=title,
        site_name=site_name,
        source=read_source(page, site_name, host) or site_name,
        author=read_author(page, site_name, host),
        published_at=read_published_at(page, locale),
        language=language,
        lead_image=read_lead_image(page),
        description=_description(page),
        canonical_url=read_canonical_url(page),
    )


def _usable_url(url: str) -> str:
    """``url``, or ``""`` when it cannot even be split (then nothing is resolved against it)."""
    try:
        urlsplit(url).hostname  # noqa: B018 - raises ValueError on "http://[::1"
    except (ValueError, TypeError, AttributeError):
        return ""
    return url


def _read_page(html: str, url: str) -> Page:
    root: HtmlElement | None
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        root = None
    meta: dict[str, list[str]] = {}
    nodes: list[dict[str, Any]] = []
    depths: dict[int, int] = {}
    if root is not None:
        for element in root.iter("meta"):
            key = (
                (
                    element.get("property")
                    or element.get("name")
                    or element.get("itemprop")
                    or element.get("http-equiv")
                    or ""
                )
                .strip()
                .lower()
            )
            content = element.get("content")
            if key and content is not None:
                meta.setdefault(key, []).append(clean(content))
        for script in root.iter("script"):
            if "ld+json" in (script.get("type") or "").lower():
                collect_json_ld(script.text or "", nodes, depths)
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    titles = {
        name_key(meta.get(key, [""])[0]) for key in ("og:title", "twitter:title", "parsely-title")
    }
    if root is not None:
        titles.add(name_key(text_of(root.find(".//title"))))
    titles.discard("")
    page = Page(url, root, meta, nodes, by_id, article_node(nodes, depths, titles))
    if root is not None:
        read_content(page)
    return page


def _description(page: Page) -> str:
    return page.first_meta(
        "og:description", "description", "twitter:description", "dc.description"
    ) or json_text(page.article.get("description"))
