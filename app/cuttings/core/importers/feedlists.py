"""Downloading many feeds at once, politely and with a way to stop.

At most ``workers`` downloads run together and at most ``per_host`` of them
to any one host (an OPML list of 40 feeds from one site must not hammer it).
Each feed ends as its bytes or as the one-line reason it could not be had;
one feed's failure never stops the others.
"""

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from urllib.parse import urlsplit

from cuttings.core.errors import CuttingsError

log = logging.getLogger(__name__)

FeedProgress = Callable[[int, int, str], None]
WORKERS = 6
PER_HOST = 2
CANCELLED = "not imported: the import was cancelled before the feed was downloaded"


def download_all(
    urls: Sequence[str],
    fetch: Callable[[str, threading.Event], bytes],
    cancel: threading.Event,
    on_feed: FeedProgress | None = None,
    counter: dict[str, int] | None = None,
    *,
    workers: int = WORKERS,
    per_host: int = PER_HOST,
) -> dict[str, bytes | str]:
    """``{url: body or reason}`` for every URL; ``on_feed(done, total, url)`` is
    called in this thread as each ends (``counter`` carries done/total across calls)."""
    counter = counter if counter is not None else {"done": 0, "total": len(urls)}
    results: dict[str, bytes | str] = {}
    if not urls:
        return results
    limits: dict[str, threading.Semaphore] = {}
    for url in urls:
        limits.setdefault(_host(url), threading.Semaphore(per_host))

    def one(url: str) -> bytes:
        # Waiting for the host's turn, not for a worker: the order below
        # interleaves hosts so that this wait is short.
        with limits[_host(url)]:
            if cancel.is_set():
                raise _Cancelled
            return fetch(url, cancel)

    with ThreadPoolExecutor(min(workers, len(urls)), thread_name_prefix="feed-fetch") as pool:
        futures: dict[Future[bytes], str] = {
            pool.submit(one, url): url for url in _interleaved(list(dict.fromkeys(urls)))
        }
        for future in as_completed(futures):
            url = futures[future]
            results[url] = _outcome(future, url, cancel)
            counter["done"] += 1
            if on_feed is not None:
                on_feed(counter["done"], counter["total"], url)
    return results


class _Cancelled(Exception):
    pass


def _outcome(future: "Future[bytes]", url: str, cancel: threading.Event) -> bytes | str:
    try:
        return future.result()
    except _Cancelled:
        return CANCELLED
    except CuttingsError as exc:
        return CANCELLED if cancel.is_set() else f"the feed could not be read: {exc}"
    except Exception as exc:
        log.exception("bug while downloading the feed %s", url)
        return f"internal error ({type(exc).__name__}: {exc}); please report"


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _interleaved(urls: Sequence[str]) -> list[str]:
    """``urls`` reordered round-robin by host: a, b, c, a, b, a…"""
    queues: dict[str, deque[str]] = {}
    for url in urls:
        queues.setdefault(_host(url), deque()).append(url)
    order: list[str] = []
    while queues:
        for host in list(queues):
            order.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return order
