"""Re-checking clips' pages politely: a few at once, at most two per site, conditionally.

:func:`recheck` fetches each target's page and says what it found
(:class:`~cuttings.core.versions.checks.CheckOutcome`), in the calling
thread, as each ends; it writes nothing (the caller hands the outcomes to
``Library.record_checks``, the single writer).  Politeness: ``workers``
requests at once in all, ``per_host`` at once to one host, the validators of
the last answer sent back (``If-None-Match``, ``If-Modified-Since``) so that a
server with nothing new answers 304 without a body, and a 429 (or 503) with
``Retry-After`` pauses that host for as long as it asks (up to
``max_wait``; longer is a failure for this run) before the page is asked for
again.  Each request has the fetcher's deadline; ``cancel`` stops it all (the
requests in flight are cut off).

What a page now answers: 404 or 410 is *removed*; 401, 402, 403 and 451, a
page the wall detector marks partial (:mod:`cuttings.core.walls`) or one that
:func:`~cuttings.core.versions.walls.looks_walled`, is *walled*; a
redirect to another page is *redirected*; a page read is *changed* for the
library to compare with the newest version (it may be the same).

A page whose content differs from the newest version's keeps its original
(the page as fetched) and gets its pictures, as a clipping does: one at a
time, in a step that holds a turn of the page's host, so the politeness
limit counts those requests too.
"""

import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from cuttings.core.charsets import decode_html
from cuttings.core.clipping import build_article, default_fetcher, with_images
from cuttings.core.errors import CuttingsError, HTTPStatusError
from cuttings.core.fetch import Download, Fetcher
from cuttings.core.images.media import ClipMedia, OriginalPage
from cuttings.core.images.settings import ImageSettings
from cuttings.core.timestamps import format_utc, parse_utc
from cuttings.core.versions.checks import CheckOutcome, CheckTarget
from cuttings.core.versions.content import content_hash
from cuttings.core.versions.walls import looks_walled

log = logging.getLogger(__name__)

WORKERS = 6
PER_HOST = 2
MAX_WAIT = 120.0  # the longest Retry-After honoured within one run, in seconds
MAX_ATTEMPTS = 3
# 429 without Retry-After: a pause of this long before asking again.
DEFAULT_PAUSE = 30.0
_REMOVED = frozenset({404, 410})
_WALLED = frozenset({401, 402, 403, 451})
_WALL = "the page shows a paywall or consent wall, not the article"
# A changed page's pictures come one at a time: the step holds one of its host's turns.
_PICTURES = ImageSettings(workers=1, per_host=1)

OutcomeCallback = Callable[[CheckOutcome], None]


class _RetryLater(Exception):
    def __init__(self, seconds: float, message: str) -> None:
        super().__init__(message)
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page downloaded for a check, not read yet."""

    target: CheckTarget
    download: Download
    fetched_at: str


def check_page(
    target: CheckTarget, *, fetcher: Fetcher, cancel: threading.Event | None = None
) -> CheckOutcome:
    """Fetch one target's page and say what it found (raises ``_RetryLater`` on 429)."""
    fetched = fetch_page(target, fetcher=fetcher, cancel=cancel)
    if not isinstance(fetched, Fetched):
        return fetched
    outcome = read_page(fetched)
    return (
        add_pictures(outcome, fetcher=fetcher, cancel=cancel) if outcome.pictures_due else outcome
    )


def fetch_page(
    target: CheckTarget, *, fetcher: Fetcher, cancel: threading.Event | None = None
) -> "CheckOutcome | Fetched":
    """The network half of a check: an outcome already, or the page to read."""
    validators = {}
    if target.etag:
        validators["If-None-Match"] = target.etag
    if target.last_modified:
        validators["If-Modified-Since"] = target.last_modified
    try:
        download = fetcher.download(target.url, cancel=cancel, validators=validators)
    except HTTPStatusError as exc:
        if exc.status in _REMOVED:
            return CheckOutcome(target, "removed", detail=str(exc))
        if exc.status == 429 or (exc.status == 503 and exc.retry_after is not None):
            raise _RetryLater(
                DEFAULT_PAUSE if exc.retry_after is None else exc.retry_after, str(exc)
            ) from None
        if exc.status in _WALLED:
            return CheckOutcome(target, "walled", detail=str(exc))
        return CheckOutcome(target, "failed", detail=str(exc))
    except CuttingsError as exc:
        return CheckOutcome(target, "failed", detail=str(exc))
    fetched_at = format_utc(datetime.now(UTC))
    if download.status == 304:
        return CheckOutcome(target, "unchanged", fetched_at=fetched_at)
    if moved_elsewhere(target, download.final_url):
        return CheckOutcome(target, "redirected", detail=download.final_url)
    return Fetched(target, download, fetched_at)


def read_page(fetched: Fetched) -> CheckOutcome:
    """The reading half of a check (no network): the article, or why there is none."""
    target, download = fetched.target, fetched.download
    html, _encoding = decode_html(
        download.body,
        download.header,
        url=download.final_url,
        content_language=download.content_language,
    )
    try:
        article = build_article(html, download.final_url, requested_url=target.url)
    except CuttingsError as exc:
        # No article left on the page: a wall often leaves too little to extract.
        if looks_walled(html, "", 0, target.word_count):
            return CheckOutcome(target, "walled", detail=_WALL)
        return CheckOutcome(target, "failed", detail=str(exc))
    # The wall detector (cuttings.core.walls, run by build_article) knows the
    # walls' markup; looks_walled compares with the version kept, which it cannot.
    if article.partial or looks_walled(html, article.text, article.word_count, target.word_count):
        return CheckOutcome(target, "walled", detail=article.partial or _WALL)
    new = content_hash(article.title, article.author, article.text) != target.content_hash
    if new:
        # A new version keeps the page it came from (its pictures come next).
        original = OriginalPage(
            parse_utc(fetched.fetched_at),
            download.final_url,
            download.status,
            download.headers,
            download.body,
        )
        article = replace(article, media=ClipMedia((), (original,)))
    return CheckOutcome(
        target,
        "changed",
        article,
        etag=download.etag,
        last_modified=download.last_modified,
        fetched_at=fetched.fetched_at,
        pictures_due=new,
    )


def add_pictures(
    outcome: CheckOutcome, *, fetcher: Fetcher, cancel: threading.Event | None = None
) -> CheckOutcome:
    """``outcome`` with its new article's pictures downloaded (and its original kept)."""
    article = outcome.article
    if article is None:
        return outcome
    originals = article.media.originals if article.media is not None else ()
    base = originals[0].final_url if originals else outcome.target.url
    with_pictures = with_images(
        article, base, fetcher, _PICTURES, originals[0] if originals else None, cancel
    )
    return replace(outcome, article=with_pictures, pictures_due=False)


def moved_elsewhere(target: CheckTarget, final_url: str) -> bool:
    """Whether the page now redirects to another page (not just https, www or a slash)."""
    return _page_key(final_url) not in {_page_key(target.url), _page_key(target.canonical_url)}


def _page_key(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def recheck(
    targets: Sequence[CheckTarget],
    on_outcome: OutcomeCallback,
    *,
    cancel: threading.Event | None = None,
    fetcher: Fetcher | None = None,
    workers: int = WORKERS,
    per_host: int = PER_HOST,
    max_wait: float = MAX_WAIT,
) -> None:
    """Check every target; ``on_outcome`` is called in this thread as each ends.

    Targets not started when ``cancel`` is set get no outcome.
    """
    cancel = cancel or threading.Event()
    fetcher = fetcher or default_fetcher()
    # A host's queue: pages to fetch (with their attempt) and new pages' pictures to fetch.
    queues: dict[str, deque[tuple[CheckTarget, int] | CheckOutcome]] = {}
    for target in targets:
        queues.setdefault(host_of(target.url), deque()).append((target, 1))
    paused: dict[str, float] = {}
    load: Counter[str] = Counter()
    # A future fetches (and holds its host's turn) or reads a page fetched (and
    # holds none: reading is ours, not the site's, so the next request may go).
    in_flight: dict[Future[CheckOutcome | Fetched], tuple[str, CheckTarget, int]] = {}
    reading: set[Future[CheckOutcome | Fetched]] = set()

    def dispatch(pool: ThreadPoolExecutor) -> None:
        now = time.monotonic()
        for host in list(queues):
            while (
                queues[host]
                and len(in_flight) < workers
                and load[host] < per_host
                and paused.get(host, 0.0) <= now
            ):
                item = queues[host].popleft()
                load[host] += 1
                future: Future[CheckOutcome | Fetched]
                if isinstance(item, CheckOutcome):
                    future = pool.submit(add_pictures, item, fetcher=fetcher, cancel=cancel)
                    in_flight[future] = (host, item.target, MAX_ATTEMPTS)
                    continue
                target, attempt = item
                future = pool.submit(fetch_page, target, fetcher=fetcher, cancel=cancel)
                in_flight[future] = (host, target, attempt)
            if not queues[host]:
                del queues[host]

    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="recheck") as pool:
        while (queues or in_flight) and not cancel.is_set():
            dispatch(pool)
            if not in_flight:
                # Every host left is paused: sleep until the first may go on.
                resume = min(paused.get(host, 0.0) for host in queues)
                cancel.wait(max(0.0, resume - time.monotonic()) + 0.01)
                continue
            done, _ = wait(list(in_flight), timeout=0.5, return_when=FIRST_COMPLETED)
            for future in done:
                host, target, attempt = in_flight.pop(future)
                if future in reading:
                    reading.discard(future)
                else:
                    load[host] -= 1
                result = _settle(future, target, attempt, max_wait, host, queues, paused)
                if isinstance(result, Fetched):
                    page: Future[CheckOutcome | Fetched] = pool.submit(read_page, result)
                    reading.add(page)
                    in_flight[page] = (host, target, attempt)
                elif result is not None and result.pictures_due:
                    # First in its host's queue: the pictures come with the next turn.
                    queues.setdefault(host, deque()).appendleft(result)
                elif result is not None:
                    on_outcome(result)
        # Cancelled: the requests in flight were cut off by the fetcher.
        for future in in_flight:
            future.cancel()


def _settle(
    future: "Future[CheckOutcome | Fetched]",
    target: CheckTarget,
    attempt: int,
    max_wait: float,
    host: str,
    queues: dict[str, deque[tuple[CheckTarget, int] | CheckOutcome]],
    paused: dict[str, float],
) -> "CheckOutcome | Fetched | None":
    """The outcome of a finished step (or the page to read), or None when it goes back
    in its host's queue."""
    try:
        return future.result()
    except _RetryLater as later:
        if later.seconds > max_wait or attempt >= MAX_ATTEMPTS:
            return CheckOutcome(target, "failed", detail=str(later))
        paused[host] = max(paused.get(host, 0.0), time.monotonic() + later.seconds)
        queues.setdefault(host, deque()).appendleft((target, attempt + 1))
        return None
    except Exception as exc:
        # A bug with one page must not stop the other checks.
        log.exception("bug while re-checking %s", target.url)
        return CheckOutcome(target, "failed", detail=f"internal error ({type(exc).__name__})")
