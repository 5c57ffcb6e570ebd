"""Bringing clippings in from other tools.

The GUI's File → Import calls :func:`read_sources` (to show what was found:
format and item count per file), then :func:`import_sources` in a worker
thread with ``on_progress`` and a ``cancel`` event; ``cuttings import`` calls
:func:`import_files` (both steps).  Retrying the failures is
:func:`run_import` with ``report.retry_items()``.

Formats (detected from the content; see :mod:`.sources`): our JSON export,
wallabag JSON, Netscape bookmark HTML (browsers, Pocket, Instapaper,
Raindrop), Pocket CSV, Instapaper CSV, any CSV with a ``url`` column, RSS/Atom
feeds, OPML lists of feeds and plain lists of URLs.
"""

import itertools
import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cuttings.core.importers.feedlists import FeedProgress
from cuttings.core.importers.feeds import FeedFetcher, download_feed
from cuttings.core.importers.items import ImportContent, ImportItem, ImportSourceError
from cuttings.core.importers.report import (
    ImportReport,
    ItemOutcome,
    ReportWriteError,
    check_report_path,
    default_report_path,
)
from cuttings.core.importers.runner import (
    DEFAULT_PER_HOST,
    DEFAULT_WORKERS,
    ArticleFetcher,
    ProgressCallback,
    StoreBatch,
    run_import,
    with_source,
)
from cuttings.core.importers.sources import (
    FORMAT_TITLES,
    IMPORT_FORMATS,
    FeedDownloads,
    ImportSource,
    detect_format,
    read_file,
    read_source,
)
from cuttings.core.library import Library

__all__ = [
    "FORMAT_TITLES",
    "IMPORT_FORMATS",
    "ArticleFetcher",
    "FeedProgress",
    "ImportContent",
    "ImportItem",
    "ImportReport",
    "ImportSource",
    "ImportSourceError",
    "ItemOutcome",
    "ProgressCallback",
    "ReportWriteError",
    "StoreBatch",
    "check_report_path",
    "default_report_path",
    "detect_format",
    "import_files",
    "import_sources",
    "read_file",
    "read_source",
    "read_sources",
    "run_import",
]


def read_sources(
    paths: Sequence[Path],
    *,
    format: str | None = None,
    fetch_feed: FeedFetcher | None = None,
    cancel: threading.Event | None = None,
    on_feed: FeedProgress | None = None,
) -> list[ImportSource]:
    """Read every file before anything is imported: a bad file stops the import at once.

    The feeds of an OPML list are downloaded here (``on_feed(done, total, url)``
    reports each; ``cancel`` stops them, and the feeds not read become failed items).
    """
    downloads = FeedDownloads(fetch_feed or download_feed, cancel, on_feed)
    return [read_file(Path(path), format=format, downloads=downloads) for path in paths]


def import_files(
    library: Library,
    paths: Sequence[Path],
    *,
    format: str | None = None,
    fetch_feed: FeedFetcher | None = None,
    on_feed: FeedProgress | None = None,
    **options: Any,
) -> ImportReport:
    """Read the files at ``paths``, then :func:`import_sources` them (same ``options``;
    their ``cancel`` also stops downloading an OPML list's feeds).

    Raises :class:`ImportSourceError` (nothing imported) if a file cannot be
    read or recognised.
    """
    sources = read_sources(
        paths,
        format=format,
        fetch_feed=fetch_feed,
        cancel=options.get("cancel"),
        on_feed=on_feed,
    )
    return import_sources(library, sources, **options)


def import_sources(
    library: Library,
    sources: Sequence[ImportSource],
    *,
    tags: Iterable[str] = (),
    report_path: Path | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    fetch: ArticleFetcher | None = None,
    workers: int = DEFAULT_WORKERS,
    per_host: int = DEFAULT_PER_HOST,
    store: StoreBatch | None = None,
) -> ImportReport:
    """Import sources already read (see :func:`read_sources`) and write the report.

    Returns the report, ``report.path`` set (or ``report.write_error`` saying
    why the report file could not be written).  Runs in the calling thread,
    which writes each batch with ``store`` (``library.add_many`` by default):
    call it from a worker, never from the GUI thread.
    ``on_progress(done, total, outcome)`` is called in that thread.
    """
    report = ImportReport(started_at=datetime.now(UTC))
    for source in sources:
        report.sources.append(f"{source.name} ({source.format}, {source.count} items)")
    items = itertools.chain.from_iterable(with_source(s, s.name) for s in sources)
    try:
        run_import(
            library,
            items,
            total=sum(source.count for source in sources),
            tags=tags,
            fetch=fetch,
            workers=workers,
            per_host=per_host,
            on_progress=on_progress,
            cancel=cancel,
            report=report,
            store=store,
        )
        if not report.cancelled:
            _import_editions(library, sources)
    finally:
        # Even when a bug stops the run, the report says what was done.  A
        # report that cannot be written (full disk) loses nothing imported:
        # its reason is kept for the caller to show.
        try:
            report.write(report_path or default_report_path(library.path, report.started_at))
        except ReportWriteError as exc:
            report.write_error = str(exc)
    return report


def _import_editions(library: Library, sources: Sequence[ImportSource]) -> None:
    """The press reviews a Cuttings export carries, once its clips are in."""
    from cuttings.core.review.transfer import import_editions

    for source in sources:
        if source.editions:
            import_editions(library, source.editions)
