"""`cuttings add`: clip the articles at URLs, several fetched at once.

`--html FILE` clips a saved page instead (:mod:`cuttings.commands.saved_pages`).
"""

import argparse
import logging
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from cuttings.commands import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, images, positive_float
from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import Progress

log = logging.getLogger("cuttings")

CLIP_WORKERS = 4


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("add", help="clip the articles at one or more URLs")
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--tag", "-t", action="append", default=[], metavar="TAG", dest="tags")
    p.add_argument("--refresh", action="store_true", help="fetch URLs already clipped again")
    p.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="clip FILE (a saved .html or .mhtml page) as the page at URL, without fetching",
    )
    p.add_argument(
        "--deadline",
        type=positive_float,
        default=30.0,
        metavar="SECONDS",
        help="give up on a page that takes longer than this in total (default 30)",
    )
    p.add_argument(
        "--connect-timeout",
        type=positive_float,
        default=10.0,
        metavar="SECONDS",
        help="give up on a server that does not answer within this (default 10)",
    )
    p.add_argument("--images", choices=images.IMAGE_CHOICES, default="all", help=images.IMAGES_HELP)
    p.set_defaults(func=cmd_add)


def cmd_add(library: Any, args: argparse.Namespace) -> int:
    if args.html is not None:
        from cuttings.commands.saved_pages import add_saved_page

        return add_saved_page(library, args)
    from cuttings.core.clipping import ClipOutcome, clip_url
    from cuttings.core.errors import CuttingsError
    from cuttings.core.fetch import Fetcher

    fetcher = Fetcher(connect_timeout=args.connect_timeout, deadline=args.deadline)
    settings = images.image_settings(args.images)
    urls: list[str] = list(dict.fromkeys(args.urls))  # the same URL twice is clipped once
    progress = Progress(len(urls), sys.stderr)
    cancel: threading.Event = args.cancel
    failures = 0
    not_clipped = 0

    def work(url: str) -> ClipOutcome:
        # Fetching runs in the pool; library writes are serialised by SQLite's
        # write lock (BEGIN IMMEDIATE), one short transaction per clip.
        return clip_url(
            library,
            url,
            tags=args.tags,
            refresh=args.refresh,
            fetcher=fetcher,
            cancel=cancel,
            images=settings,
        )

    with ThreadPoolExecutor(max_workers=min(CLIP_WORKERS, len(urls))) as pool:
        futures: dict[Future[ClipOutcome], str] = {pool.submit(work, url): url for url in urls}
        pending = set(futures)
        while pending:
            # Polled, not as_completed(): Ctrl-C (which only sets ``cancel``)
            # must stop the URLs not started yet at once.
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancel.is_set():
                for future in pending:
                    future.cancel()
            for future in done:
                url = futures[future]
                if future.cancelled():
                    not_clipped += 1
                    continue
                try:
                    outcome = future.result()
                except CuttingsError as exc:
                    if cancel.is_set():
                        not_clipped += 1  # stopped by the cancel, not a failure of the page
                        continue
                    failures += 1
                    progress.message(printable(f"cuttings: {url}: {exc}"))
                except Exception:
                    failures += 1
                    log.exception("bug while clipping %s", url)
                    progress.message(f"cuttings: {url}: internal error (a bug; details above)")
                else:
                    if outcome.status == "exists" and outcome.clip.state.trashed:
                        # Clipping it again says it is wanted: back from the trash.
                        library.restore_from_trash([outcome.clip.id])
                        progress.message(f"cuttings: {url}: was in the trash: restored")
                    elif outcome.status == "exists":
                        progress.message(f"cuttings: {url}: already in the library")
                    print(f"{outcome.clip.id}\t{printable(outcome.clip.title)}", flush=True)
                progress.advance()
    progress.finish()
    if cancel.is_set():
        print(f"cuttings: cancelled: {not_clipped} of {len(urls)} not clipped", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FAILED if failures else EXIT_OK
