"""Finding the links in pasted text and dropped data."""

import re

from PySide6.QtCore import QMimeData

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""


def links_in_text(text: str) -> list[str]:
    """Every http(s) URL in ``text``, in order, once each (trailing punctuation trimmed)."""
    seen: set[str] = set()
    links = []
    for match in _URL.finditer(text):
        url = match.group(0)
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
            url = url[:-1]
        if url and url not in seen:
            seen.add(url)
            links.append(url)
    return links


def links_in_mime(mime: QMimeData) -> list[str]:
    """The web links carried by a drop or a paste (text/uri-list, then text/plain)."""
    links: list[str] = []
    if mime.hasUrls():
        links = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
    if not links and mime.hasText():
        links = links_in_text(mime.text())
    return list(dict.fromkeys(links))
