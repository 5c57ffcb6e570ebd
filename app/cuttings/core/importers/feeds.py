"""RSS/Atom feeds and OPML lists of feeds.

A feed's items are clipped by fetching their pages: a feed's summary (even a
``content:encoded`` one) is the publisher's teaser or a reformatted copy, not
the article as its page shows it.  An OPML file only lists feeds; each feed is
downloaded (by the caller-supplied ``fetch_feed``, normally the page fetcher
with its deadline, size cap and network rules: :func:`download_feed`), several
at once, and its items are clipped.  A feed that cannot be downloaded or read
is one failed item; the others go on.  An OPML list may name other OPML lists:
they are followed, but a list that comes back to one already read (itself
included) is reported as a loop.
"""

import logging
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from cuttings.core.errors import CuttingsError
from cuttings.core.importers.feedlists import FeedProgress, download_all
from cuttings.core.importers.items import ImportItem, ImportSourceError
from cuttings.core.urls import canonical_url

log = logging.getLogger(__name__)

FeedFetcher = Callable[[str, threading.Event], bytes]
# OPML lists naming OPML lists: how deep they are followed, and how many feeds
# one import downloads at most (a hostile server can invent lists forever).
MAX_OPML_DEPTH = 4
MAX_FEEDS = 1000


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


def read_opml(text: str | bytes) -> list[tuple[str, str]]:
    """``(feed URL, title)`` for every feed outline of an OPML document."""
    try:
        root = ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except ET.ParseError as exc:
        raise ImportSourceError(f"not a readable OPML file ({exc})") from None
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            feeds.append((url, outline.get("title") or outline.get("text") or ""))
    return feeds


def is_opml(data: bytes) -> bool:
    """Whether a downloaded "feed" is in fact an OPML list."""
    return b"<opml" in data.lstrip()[:4096].lower()


def read_opml_feeds(
    text: str,
    fetch_feed: FeedFetcher,
    *,
    cancel: threading.Event | None = None,
    on_feed: FeedProgress | None = None,
) -> Iterator[ImportItem]:
    """The items of every feed an OPML file lists; a feed that fails is one failed item.

    Feeds are downloaded several at once (see :func:`.feedlists.download_all`);
    ``on_feed(done, total, url)`` is called in this thread as each one ends.
    Setting ``cancel`` stops the downloads: the feeds not read are failed items.
    """
    cancel = cancel or threading.Event()
    level = read_opml(text)
    if not level:
        raise ImportSourceError("the OPML file lists no feeds")
    seen: set[str] = set()
    lists: set[str] = set()  # the URLs that turned out to be OPML lists
    items: list[ImportItem] = []
    counter = {"done": 0, "total": 0}

    def add(url: str, title: str, problem: str = "", feed: str = "") -> None:
        items.append(
            ImportItem(
                url=url, title=title, source=feed or url, position=len(items) + 1, problem=problem
            )
        )

    for depth in range(MAX_OPML_DEPTH + 1):
        wanted: list[tuple[str, str]] = []
        over: list[tuple[str, str]] = []
        for url, title in level:
            key = _feed_key(url)
            if key in lists:
                add(url, title, "an OPML list that refers back to itself (or to a list that "
                    "names it): a loop, not read again")  # fmt: skip
            elif key in seen:
                continue  # the same feed twice: read once
            elif depth == MAX_OPML_DEPTH:
                add(url, title, f"OPML lists nested more than {MAX_OPML_DEPTH} deep: not read")
            elif len(seen) >= MAX_FEEDS:
                over.append((url, title))
            else:
                seen.add(key)
                wanted.append((url, title))
        if over:
            # One item, not one per feed: a list can name millions.
            add(*over[0], f"{len(over)} feeds not read: the OPML lists name over {MAX_FEEDS}")
        counter["total"] += len(wanted)
        bodies = download_all([url for url, _ in wanted], fetch_feed, cancel, on_feed, counter)
        level = []
        for url, title in wanted:
            body = bodies[url]
            if isinstance(body, str):
                add(url, title, body)
            elif is_opml(body):
                lists.add(_feed_key(url))
                nested = _nested_list(body, url)
                if isinstance(nested, str):
                    add(url, title, nested)
                else:
                    level.extend(nested)
            else:
                _feed_items(body, url, title, add)
        if not level:
            break
    return iter(items)


def _feed_key(url: str) -> str:
    try:
        return canonical_url(url)
    except ValueError:
        return url


def _nested_list(body: bytes, url: str) -> list[tuple[str, str]] | str:
    try:
        feeds = read_opml(body)
    except ImportSourceError as exc:
        return f"the feed could not be read: {exc}"
    return feeds or "the address is an OPML list that lists no feeds"


def _feed_items(
    body: bytes, url: str, title: str, add: Callable[[str, str, str, str], None]
) -> None:
    try:
        entries = list(read_feed(body, source=url))
    except CuttingsError as exc:
        add(url, title, f"the feed could not be read: {exc}", url)
        return
    except Exception as exc:
        # A bug in reading one feed must not sink the others: logged, reported.
        log.exception("bug while reading the feed %s", url)
        add(url, title, f"internal error ({type(exc).__name__}: {exc}); please report", url)
        return
    if not entries:
        add(url, title, "the feed lists no items", url)
    for entry in entries:
        add(entry.url, entry.title, entry.problem, url)


def download_feed(url: str, cancel: threading.Event | None = None) -> bytes:
    """The bytes of the feed at ``url``, through the page fetcher (same deadline,
    size cap, redirect and network rules); raises :class:`FetchError` with the reason."""
    from cuttings.core.clipping import default_fetcher
    from cuttings.core.fetch import FEED

    return default_fetcher().download(url, cancel=cancel, wanted=FEED).body
