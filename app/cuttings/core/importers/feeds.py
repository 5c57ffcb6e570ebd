"""RSS/Atom feeds and OPML lists of feeds.

A feed's items are clipped by fetching their pages: a feed's summary (even a
``content:encoded`` one) is the publisher's teaser or a reformatted copy, not
the article as its page shows it.  An OPML file only lists feeds; each feed is
downloaded (by the caller-supplied ``fetch_feed``) and its items are clipped.
"""

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from cuttings.core.errors import CuttingsError
from cuttings.core.importers.items import ImportItem, ImportSourceError

FeedFetcher = Callable[[str], bytes]


def read_feed(data: bytes, *, source: str = "") -> Iterator[ImportItem]:
    """The items of an RSS or Atom document, in feed order."""
    # Bytes, never a str: feedparser would take a str that looks like a URL as
    # one and fetch it itself.
    parsed: Any = feedparser.parse(data)
    if not parsed.entries and parsed.bozo and not parsed.feed:
        raise ImportSourceError(f"not a readable RSS or Atom feed ({parsed.bozo_exception})")
    for position, entry in enumerate(parsed.entries, start=1):
        link = (entry.get("link") or "").strip()
        yield ImportItem(
            url=link,
            title=" ".join((entry.get("title") or "").split()),
            source=source,
            position=position,
            problem="" if link else "the feed item has no link",
        )


def read_opml(text: str) -> list[tuple[str, str]]:
    """``(feed URL, title)`` for every feed outline of an OPML document."""
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise ImportSourceError(f"not a readable OPML file ({exc})") from None
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            feeds.append((url, outline.get("title") or outline.get("text") or ""))
    return feeds


def read_opml_feeds(text: str, fetch_feed: FeedFetcher) -> Iterator[ImportItem]:
    """The items of every feed an OPML file lists; a feed that fails is one failed item."""
    position = 0
    for feed_url, title in read_opml(text):
        try:
            items = list(read_feed(fetch_feed(feed_url), source=feed_url))
        except CuttingsError as exc:
            position += 1
            yield ImportItem(
                url=feed_url,
                title=title,
                source=feed_url,
                position=position,
                problem=f"the feed could not be read: {exc}",
            )
            continue
        for item in items:
            position += 1
            yield ImportItem(
                url=item.url,
                title=item.title,
                source=feed_url,
                position=position,
                problem=item.problem,
            )


FEED_MAX_BYTES = 10 * 1024 * 1024


def download_feed(url: str, *, timeout: float = 20.0) -> bytes:
    """The bytes of the feed at ``url``; raises :class:`FetchError` with the reason.

    Not :class:`~cuttings.core.fetch.Fetcher`: that one accepts HTML pages only.
    """
    import requests

    from cuttings.core.errors import FetchError
    from cuttings.core.fetch import USER_AGENT
    from cuttings.core.urls import parse_user_url

    session = requests.Session()
    session.trust_env = False  # as the Fetcher: no proxies or .netrc behind the user's back
    try:
        with (
            session,
            session.get(
                parse_user_url(url),
                timeout=timeout,
                stream=True,
                headers={"User-Agent": USER_AGENT},
            ) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > FEED_MAX_BYTES:
                    raise FetchError("the feed is too large (over 10 MB)")
                chunks.append(chunk)
            return b"".join(chunks)
    except requests.RequestException as exc:
        raise FetchError(f"could not download the feed ({type(exc).__name__})") from None
