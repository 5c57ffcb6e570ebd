"""Running an import: validate, skip what is known, store what the file carries,
fetch the rest, and account for every item.

One thread (the caller's) dispatches fetches to a bounded thread pool, at
most ``per_host`` at once to any one host so that an import of 3,000 links
from one newspaper does not hammer it, and hands results in batches to
``store`` (:meth:`Library.add_many` unless the caller queues them to its own
writer).  Items that carry their
article (wallabag, our JSON export) are stored without touching the network.
Running the same import again skips everything already in the library
(compared by canonical URL), so an interrupted import simply resumes.
"""

import hashlib
import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

from cuttings.core.article import Article
from cuttings.core.changes import AddedMany
from cuttings.core.clipping import choose_canonical, fetch_article
from cuttings.core.errors import CuttingsError, LibraryError
from cuttings.core.importers.content import article_from_content
from cuttings.core.importers.items import ImportItem
from cuttings.core.importers.report import ImportReport, ItemOutcome, item_label
from cuttings.core.importers.vetting import vet_item
from cuttings.core.library import Library, NewClip
from cuttings.core.urls import canonical_url, non_web_scheme, parse_user_url

log = logging.getLogger(__name__)

ArticleFetcher = Callable[[str, threading.Event], Article]
ProgressCallback = Callable[[int, int, ItemOutcome], None]
StoreBatch = Callable[[Sequence[NewClip]], AddedMany]

DEFAULT_WORKERS = 6
DEFAULT_PER_HOST = 2
CANCELLED_REASON = "not imported: the import was cancelled"
# A batch holding this many bytes of pictures is stored at once, however few its clips.
MAX_BATCH_PICTURE_BYTES = 64 * 1024 * 1024
_POSITIONS = 1 << 40


def fetch_with_pipeline(url: str, cancel: threading.Event) -> Article:
    """The default fetcher: the clipping pipeline (download, clean, metadata)."""
    return fetch_article(url, cancel=cancel)


@dataclass(frozen=True, slots=True)
class _Pending:
    item: ImportItem
    url: str
    tags: tuple[str, ...]
    key: str  # the canonical URL the item claims (carried) or has
    url_key: str  # the canonical form of its URL


def run_import(
    library: Library,
    items: Iterable[ImportItem],
    *,
    total: int | None = None,
    tags: Iterable[str] = (),
    fetch: ArticleFetcher | None = None,
    workers: int = DEFAULT_WORKERS,
    per_host: int = DEFAULT_PER_HOST,
    batch_size: int = 250,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    report: ImportReport | None = None,
    store: StoreBatch | None = None,
) -> ImportReport:
    """Import ``items`` into ``library`` and return the report (not written to disk).

    ``items`` may be a stream (an :class:`ImportSource`) read once, then
    ``total`` must say how many it holds; items that carry their article are
    stored as they stream by, a batch at a time, so memory stays flat.

    ``tags`` are added to every item.  ``on_progress(done, total, outcome)`` is
    called in this thread after each item is settled.  Setting ``cancel``
    stops dispatching; fetches in flight finish (they are handed the same
    event), what they produced is stored, and the rest is reported as
    cancelled.  Library errors (disk full…) fail the items concerned and are
    reported; bugs in fetching one item are logged with their traceback and
    fail that item only.  ``store`` writes a batch (``library.add_many`` by
    default; the window passes one that runs it on its writer thread).
    """
    if total is None:
        items = list(items)
        total = len(items)
    run = _ImportRun(
        library,
        items,
        total=total,
        extra_tags=tuple(tags),
        fetch=fetch or fetch_with_pipeline,
        workers=max(1, workers),
        per_host=max(1, per_host),
        batch_size=max(1, batch_size),
        on_progress=on_progress,
        cancel=cancel or threading.Event(),
        report=report or ImportReport(),
        store=store or library.add_many,
    )
    return run.execute()


class _ImportRun:
    def __init__(
        self,
        library: Library,
        items: Iterable[ImportItem],
        *,
        total: int,
        extra_tags: tuple[str, ...],
        fetch: ArticleFetcher,
        workers: int,
        per_host: int,
        batch_size: int,
        on_progress: ProgressCallback | None,
        cancel: threading.Event,
        report: ImportReport,
        store: StoreBatch,
    ) -> None:
        self.library = library
        self.store_batch = store
        self.items = items
        self.extra_tags = extra_tags
        self.fetch = fetch
        self.workers = workers
        self.per_host = per_host
        self.batch_size = batch_size
        # Items read ahead of the fetches: enough to keep every worker and host
        # busy, few enough that a huge file costs no memory.
        self.read_ahead = max(4 * batch_size, 1000)
        self.on_progress = on_progress
        self.cancel = cancel
        self.report = report
        self.total = total
        self.first_seen: dict[int, int] = {}  # digest of a key: source id and position
        self.sources: list[str] = []
        self.source_ids: dict[str, int] = {}
        self.batch: list[tuple[_Pending, Article]] = []

    # -- bookkeeping -----------------------------------------------------------

    def settle(self, outcome: ItemOutcome) -> None:
        self.report.record(outcome)
        if self.on_progress is not None:
            self.on_progress(self.report.done, self.total, outcome)

    def fail(self, item: ImportItem, reason: str) -> None:
        self.settle(ItemOutcome(item, "failed", reason))

    # -- the run ---------------------------------------------------------------

    def execute(self) -> ImportReport:
        """Read, store and fetch at once: items are read a batch at a time, and only
        while fewer than ``read_ahead`` wait for a fetch, so that a file of a
        million links is never held whole (as items or as the queue)."""
        self.report.expected += self.total
        items = iter(self.items)
        exhausted = False
        queues: dict[str, deque[_Pending]] = {}
        hosts: deque[str] = deque()
        queued = 0
        in_flight: dict[Future[Article], _Pending] = {}
        load: Counter[str] = Counter()
        last_flush = time.monotonic()
        with ThreadPoolExecutor(self.workers, thread_name_prefix="import-fetch") as pool:
            while True:
                while not exhausted and queued < self.read_ahead and not self.cancel.is_set():
                    fresh, exhausted = self.read_batch(items)
                    for pending in fresh:
                        host = _host(pending.url)
                        if host not in queues:
                            queues[host] = deque()
                            hosts.append(host)
                        queues[host].append(pending)
                    queued += len(fresh)
                if self.cancel.is_set():
                    if not exhausted:
                        self.cancel_rest(items)
                        exhausted = True
                    if not in_flight:
                        break
                else:
                    queued -= self.dispatch(pool, queues, hosts, in_flight, load)
                    if exhausted and not hosts and not in_flight:
                        break
                done, _ = wait(list(in_flight), timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    pending = in_flight.pop(future)
                    load[_host(pending.url)] -= 1
                    self.collect(future, pending)
                if (
                    len(self.batch) >= self.batch_size
                    or self.batch_bytes() > MAX_BATCH_PICTURE_BYTES
                    or (self.batch and time.monotonic() - last_flush > 0.5)
                ):
                    self.flush()
                    last_flush = time.monotonic()
        self.flush()
        for host in hosts:
            for pending in queues[host]:
                self.fail(pending.item, CANCELLED_REASON)
        self.report.cancelled = self.cancel.is_set()
        self.report.finished_at = datetime.now().astimezone()
        return self.report

    def read_batch(self, items: Iterator[ImportItem]) -> tuple[list[_Pending], bool]:
        """Read up to a batch of items: settle the invalid, store those carrying their
        article, and return the ones to fetch (and whether the items ran out)."""
        to_fetch: list[_Pending] = []
        carried: list[_Pending] = []
        exhausted = False
        picture_bytes = 0
        for _ in range(self.batch_size):
            if picture_bytes > MAX_BATCH_PICTURE_BYTES:
                break  # a batch of exports rich in pictures: store these first
            item = next(items, None)
            if item is None:
                exhausted = True
                break
            # Counted as read, not trusted from ``total``: the file may have changed.
            self.report.read += 1
            if self.cancel.is_set():
                # Kept whole, article included, so that a retry needs no fetch.
                self.fail(item, CANCELLED_REASON)
                continue
            pending = self.check(item)
            if pending is not None:
                (to_fetch if pending.item.content is None else carried).append(pending)
                media = pending.item.content.media if pending.item.content else None
                picture_bytes += media.image_bytes if media else 0
        if self.cancel.is_set():
            for pending in carried:
                self.fail(pending.item, CANCELLED_REASON)
        else:
            self.store(carried)
        return self.skip_known(to_fetch), exhausted

    def cancel_rest(self, items: Iterator[ImportItem]) -> None:
        """Settle the items not read yet as cancelled (whole, for a retry)."""
        for item in items:
            self.report.read += 1
            self.fail(item, CANCELLED_REASON)

    def check(self, item: ImportItem) -> "_Pending | None":
        """The item ready to import, or None once it is settled as invalid or repeated."""
        scheme = non_web_scheme(item.url)
        if scheme is not None:
            reason = f"not a web page ({scheme}: link)"
            self.settle(ItemOutcome(_light(item), "not_web", reason))
            return None
        item = vet_item(item)
        if item.problem:
            self.fail(item, item.problem)
            return None
        try:
            url = parse_user_url(item.url)
        except CuttingsError as exc:
            self.fail(_light(item), str(exc))
            return None
        declared = item.content.canonical_url if item.content else ""
        key = choose_canonical(url, declared)
        digest = _digest(key)
        earlier = self.first_seen.get(digest)
        if earlier is not None:
            source, position = divmod(earlier, _POSITIONS)
            label = item_label(
                replace(_light(item), source=self.sources[source], position=position)
            )
            where = f" ({label})" if label else ""
            reason = f"listed earlier in the import{where}"
            self.settle(ItemOutcome(_light(item), "duplicate", reason))
            return None
        # Two ints an entry (sources are few): a million entries cost about 100 MB less
        # than keys and labels as strings.
        if item.source not in self.source_ids:
            self.source_ids[item.source] = len(self.sources)
            self.sources.append(item.source)
        place = min(max(item.position, 0), _POSITIONS - 1)
        self.first_seen[digest] = self.source_ids[item.source] * _POSITIONS + place
        return _Pending(item, url, (*item.tags, *self.extra_tags), key, canonical_url(url))

    def skip_known(self, candidates: list[_Pending]) -> list[_Pending]:
        """Settle the candidates already in the library; return the others."""
        known = self.library.known_urls(
            list({value for pending in candidates for value in (pending.key, pending.url_key)})
        )
        fresh = []
        for pending in candidates:
            if pending.key in known or pending.url_key in known:
                self.settle(
                    ItemOutcome(_light(pending.item), "duplicate", "already in the library")
                )
            else:
                fresh.append(pending)
        return fresh

    def store(self, carried: list[_Pending]) -> None:
        for pending in self.skip_known(carried):
            self.prepare_content(pending)
        self.flush()

    def dispatch(
        self,
        pool: ThreadPoolExecutor,
        queues: dict[str, deque[_Pending]],
        hosts: deque[str],
        in_flight: dict[Future[Article], _Pending],
        load: Counter[str],
    ) -> int:
        """Start fetches while workers are free, round-robin over hosts below their limit;
        return how many were started."""
        skipped = started = 0
        while hosts and len(in_flight) < self.workers and skipped < len(hosts):
            host = hosts[0]
            if load[host] >= self.per_host:
                hosts.rotate(-1)
                skipped += 1
                continue
            pending = queues[host].popleft()
            if queues[host]:
                hosts.rotate(-1)
            else:
                hosts.popleft()
                del queues[host]
            load[host] += 1
            in_flight[pool.submit(self.fetch, pending.url, self.cancel)] = pending
            skipped = 0
            started += 1
        return started

    def collect(self, future: Future[Article], pending: _Pending) -> None:
        try:
            article = future.result()
        except CuttingsError as exc:
            self.fail(pending.item, str(exc))
        except Exception as exc:
            # A bug in the pipeline must not sink the other 9,999 items: logged
            # with its traceback, and this item fails with a message saying so.
            log.exception("bug while importing %s", pending.url)
            self.fail(pending.item, f"internal error ({type(exc).__name__}: {exc}); please report")
        else:
            self.batch.append((pending, article))

    def prepare_content(self, pending: _Pending) -> None:
        try:
            article = article_from_content(pending.item, pending.url)
        except CuttingsError as exc:
            self.fail(pending.item, str(exc))
        except Exception as exc:
            log.exception("bug while importing the stored content of %s", pending.url)
            self.fail(pending.item, f"internal error ({type(exc).__name__}: {exc}); please report")
        else:
            self.batch.append((pending, article))

    def batch_bytes(self) -> int:
        """The picture bytes the batch holds (what makes a batch heavy in memory)."""
        return sum(article.media.image_bytes for _p, article in self.batch if article.media)

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        entries = [
            NewClip(
                article=article,
                tags=pending.tags,
                clipped_at=pending.item.saved_at,
                updated_at=pending.item.updated_at,
                note=pending.item.note,
                versions=pending.item.versions,
                status=pending.item.status,
            )
            for pending, article in batch
        ]
        try:
            results = self.store_batch(entries).results
        except LibraryError as exc:
            for pending, _article in batch:
                self.fail(pending.item, f"could not be stored: {exc}")
            return
        for (pending, article), (clip_id, created) in zip(batch, results, strict=True):
            if created and pending.item.highlights:
                self.library.put_highlights(clip_id, pending.item.highlights)
            if created:
                self.settle(ItemOutcome(_light(pending.item), "imported", clip_id=clip_id))
            else:
                where = "" if article.url == pending.url else f" (as {article.url})"
                self.settle(
                    ItemOutcome(
                        _light(pending.item), "duplicate", f"already in the library{where}", clip_id
                    )
                )


def _light(item: ImportItem) -> ImportItem:
    """What a report keeps of an item that needs no retry: where it was, not its article.

    With 100,000 items the report is most of an import's memory.
    """
    return ImportItem(
        url=item.url,
        title=item.title,
        source=item.source,
        position=item.position,
        notes=item.notes,
    )


def _digest(key: str) -> int:
    """A 64-bit digest of a canonical URL: a million of them fit in a few dozen MB (two
    different URLs clash with a chance of one in 30 million in a million-link import)."""
    return int.from_bytes(
        hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def with_source(items: Iterable[ImportItem], source: str) -> Iterator[ImportItem]:
    for item in items:
        yield item if item.source else replace(item, source=source)
