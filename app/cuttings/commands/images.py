"""Pictures and original pages: ``original``, ``reclean``, ``images --missing``, ``info``."""

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from cuttings.terminal import Progress, printable

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
IMAGE_CHOICES = ("all", "lead", "none")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("original", help="write a clip's page as it was fetched")
    p.add_argument("id", type=int)
    p.add_argument("--output", "-o", type=Path, metavar="PATH", help="a file (default: stdout)")
    p.set_defaults(func=cmd_original)

    p = sub.add_parser(
        "reclean",
        help="clean clips again from their stored pages (tags, notes and edits stay)",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--all", action="store_true", help="every clip with a stored page")
    p.set_defaults(func=cmd_reclean)

    p = sub.add_parser("images", help="download the pictures of clips stored without them")
    p.add_argument("--missing", action="store_true", required=True)
    p.add_argument("--images", choices=IMAGE_CHOICES, default="all", help=IMAGES_HELP)
    p.set_defaults(func=cmd_images)

    p = sub.add_parser("info", help="the library's size, and how much of it is pictures")
    p.set_defaults(func=cmd_info)


IMAGES_HELP = "which pictures to keep: all (default), the lead image only, or none"


def image_settings(choice: str) -> Any:
    from cuttings.core.images.settings import ImageSettings

    return ImageSettings(policy=choice)


def media_json(library: Any, clip_id: int) -> dict[str, Any]:
    """``show --json``'s ``images`` (kept ones, in order) and ``original``."""
    original = library.original(clip_id)
    return {
        "images": [image.to_json() for image in library.clip_images(clip_id) if image.sha256],
        "original": None if original is None else original.to_json(),
    }


def cmd_original(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.errors import CuttingsError
    from cuttings.core.images.offline import save_original

    if args.output is None:
        original = library.original(args.id)
        if original is None:
            raise CuttingsError(
                f"clip {args.id} has no original page (clipped before they were kept)"
            )
        sys.stdout.buffer.write(original.body)
        sys.stdout.buffer.flush()
        return EXIT_OK
    target = args.output.expanduser().absolute()
    original = save_original(library, args.id, target)
    print(f"wrote {target} ({original.size} bytes, fetched {original.to_json()['fetched_at']})")
    return EXIT_OK


def cmd_reclean(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.errors import CuttingsError
    from cuttings.core.images.offline import reclean

    if args.all == bool(args.ids):
        raise CuttingsError("name clips to clean again, or --all")
    ids = library.clips_with_originals() if args.all else list(dict.fromkeys(args.ids))
    return _walk(reclean, library, ids, args, "recleaning", "cleaned again")


def cmd_images(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.fetch import Fetcher
    from cuttings.core.images.offline import download_missing_images

    ids = library.clips_missing_images()
    fetcher, settings = Fetcher(), image_settings(args.images)

    def walk(library: Any, ids: list[int], **kwargs: Any) -> Any:
        return download_missing_images(library, ids, fetcher=fetcher, settings=settings, **kwargs)

    return _walk(walk, library, ids, args, "downloading pictures", "pictures fetched for")


def _walk(
    walk: Any, library: Any, ids: list[int], args: argparse.Namespace, verb: str, done: str
) -> int:
    progress = Progress(len(ids), sys.stderr, verb=verb)
    cancel: threading.Event = args.cancel
    report = walk(library, ids, on_progress=lambda _d, _t: progress.advance(), cancel=cancel)
    progress.finish()
    for clip_id, reason in report.failed.items():
        print(printable(f"cuttings: clip {clip_id}: {reason}"), file=sys.stderr)
    count = len(report.done)
    print(f"{done} {count} clip{'s' if count != 1 else ''}")
    if report.cancelled:
        print(f"cuttings: cancelled: {len(ids) - count - len(report.failed)} left", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_info(library: Any, args: argparse.Namespace) -> int:
    info = library.library_info()
    for line in info_lines(library.path, info):
        print(line)
    return EXIT_OK


def info_lines(path: Path, info: Any) -> list[str]:
    """What ``cuttings info`` and File → Library Info say."""
    share = info.image_bytes / info.file_bytes if info.file_bytes else 0.0
    return [
        f"library: {path}",
        f"size: {megabytes(info.file_bytes)}",
        f"clips: {info.clips}",
        f"pictures: {info.images} ({megabytes(info.image_bytes)}, {share:.0%} of the library)",
        f"original pages: {info.originals} ({megabytes(info.original_bytes)} compressed)",
    ]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
