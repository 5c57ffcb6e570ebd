"""The page's lead image and canonical URL, as absolute http(s) addresses."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from cuttings.core.metadata.page import Page, resolve_ref

_HOST = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def _absolute_http(page: Page, value: str) -> str:
    value = value.strip()
    if not value or value.startswith("data:"):
        return ""
    try:
        absolute = urljoin(page.url, value)
        parts = urlsplit(absolute)
        hostname = parts.hostname or ""
    except ValueError:
        return ""
    # The page's own host is always plausible (an intranet name, an address).
    plausible = _HOST.match(hostname) or hostname == urlsplit(page.url).hostname
    if parts.scheme not in {"http", "https"} or not plausible:
        return ""
    return absolute


def read_lead_image(page: Page) -> str:
    candidates = [
        page.first_meta(
            "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"
        ),
    ]
    image = page.article.get("image")
    for item in (image if isinstance(image, list) else [image])[:3]:
        item = resolve_ref(page, item)
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl")
        if isinstance(item, str):
            candidates.append(item)
    if page.root is not None:
        candidates.extend(page.root.xpath("//link[@rel='image_src']/@href")[:1])
    for candidate in candidates:
        url = _absolute_http(page, str(candidate))
        if url:
            return url
    return ""


def read_canonical_url(page: Page) -> str:
    candidates: list[str] = []
    if page.root is not None:
        candidates.extend(
            str(href) for href in page.root.xpath("//link[@rel='canonical']/@href")[:1]
        )
    candidates.append(page.first_meta("og:url"))
    for candidate in candidates:
        url = _absolute_http(page, candidate)
        if url:
            return url
    return ""
