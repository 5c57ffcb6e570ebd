"""`cuttings import | export`: clippings in and out of the library, in other programs' formats."""

import argparse
import sys
from pathlib import Path
from typing import Any

from cuttings.commands import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import Progress

# Spelled out so that `cuttings --help` does not import the importers;
# tests check them against cuttings.core.importers / exporters.
IMPORT_FORMAT_CHOICES = (
    "json", "wallabag", "netscape", "pocket", "instapaper", "csv", "feed", "opml", "urls"
)  # fmt: skip
EXPORT_FORMAT_CHOICES = ("json", "markdown", "html", "csv", "netscape", "epub")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import clippings: browser bookmarks, Pocket, Instapaper, Raindrop, wallabag, "
        "Cuttings JSON, feeds, URL lists",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--format",
        choices=IMPORT_FORMAT_CHOICES,
        help="read the files as this format (default: recognise it from the content)",
    )
    p.add_argument("--tag", "-t", action="append", default=[], metavar="TAG", dest="tags")
    p.add_argument(
        "--report",
        type=Path,
        metavar="PATH",
        help="write the import report here (default: import-reports/ next to the library)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export clips (all of them, or those matching QUERY)")
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--format", "-f", required=True, choices=EXPORT_FORMAT_CHOICES)
    p.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="PATH",
        help="file to write (a folder for markdown); json, html, csv and netscape go to "
        "standard output without it",
    )
    p.add_argument(
        "--id", type=int, action="append", dest="ids", metavar="ID", help="only this clip"
    )
    p.add_argument("--title", default="Cuttings", help="title of an html or epub export")
    p.add_argument(
        "--history",
        action="store_true",
        help="markdown and html: add the change history of clips whose article changed",
    )
    p.set_defaults(func=cmd_export)


def cmd_import(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.importers import ItemOutcome, check_report_path, import_files

    if args.report is not None:
        check_report_path(args.report.expanduser().absolute())
    progress: Progress | None = None

    def on_progress(done: int, total: int, outcome: ItemOutcome) -> None:
        nonlocal progress
        if progress is None:
            progress = Progress(total, sys.stderr, verb="importing")
        if outcome.status == "failed" and not args.cancel.is_set():
            progress.message(
                printable(f"cuttings: {outcome.item.url or '(no URL)'}: {outcome.reason}")
            )
        progress.advance()

    feeds = Progress(0, sys.stderr, verb="downloading feeds")

    def on_feed(done: int, total: int, url: str) -> None:
        # An OPML list's feeds are downloaded before the import can count its items.
        feeds.total, feeds.done, feeds.live = total, done - 1, sys.stderr.isatty()
        feeds.advance()
        if done == total:
            feeds.finish()

    # In this thread: Ctrl-C only sets ``cancel`` (see run_command), so what is
    # in flight finishes, the rest is reported as cancelled, the report is written.
    report = import_files(
        library,
        args.files,
        format=args.format,
        tags=args.tags,
        report_path=args.report,
        on_progress=on_progress,
        on_feed=on_feed,
        cancel=args.cancel,
    )
    if progress is not None:
        progress.finish()
    print(report.summary())
    if report.path is not None:
        print(f"report: {report.path}")
    else:
        print(f"cuttings: {report.write_error}", file=sys.stderr)
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_OK if report.ok and report.path is not None else EXIT_FAILED


def cmd_export(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.exporters import STREAM_FORMATS, export_clips

    if args.ids and args.query:
        print("cuttings: give either --id or a QUERY, not both", file=sys.stderr)
        return EXIT_USAGE
    if args.output is None and args.format not in STREAM_FORMATS:
        print(f"cuttings: an {args.format} export needs --output", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = export_clips(
            library,
            args.format,
            args.output if args.output is not None else sys.stdout,
            clip_ids=args.ids,
            query=args.query,
            title=args.title,
            history=args.history,
            cancel=args.cancel,
        )
        sys.stdout.flush()  # a full disk under stdout shows here, not at exit
    except BrokenPipeError:
        raise
    except OSError as exc:
        # Standard output on a full disk (files are handled by the exporters).
        print(f"cuttings: cannot write the export: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    if result.path is not None:
        noun = "clip" if result.count == 1 else "clips"
        print(f"exported {result.count} {noun} to {result.path}", file=sys.stderr)
    return EXIT_OK
