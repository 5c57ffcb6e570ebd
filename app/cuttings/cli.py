"""The ``cuttings`` command line: a thin layer over :mod:`cuttings.core`.

Without a subcommand it opens the window.  Expected failures print one line
``cuttings: <reason>`` on stderr and exit non-zero; bugs print a traceback.
"""

import argparse
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from cuttings import __version__
from cuttings.commands import connector, highlights, images, review, saved, states, versions

# Stored text from an import or an older version may hold C0/C1 control
# characters, and printed they could drive the terminal: one shared rule.
from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import (
    Progress,
    ctrl_c_sets,
    details_lines,
    print_json,
    show_json,
    snippet_to_text,
    summary_line,
)

log = logging.getLogger("cuttings")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
CLIP_WORKERS = 4
EXIT_INTERRUPTED = 130
# Spelled out so that `cuttings --help` does not import the importers;
# tests check them against cuttings.core.importers / exporters.
IMPORT_FORMAT_CHOICES = (
    "json", "wallabag", "netscape", "pocket", "instapaper", "csv", "feed", "opml", "urls"
)  # fmt: skip
EXPORT_FORMAT_CHOICES = ("json", "markdown", "html", "csv", "netscape", "epub")


def default_library_path() -> Path:
    """``$CUTTINGS_LIBRARY``, else ``cuttings.sqlite`` in the user data folder."""
    from_env = os.environ.get("CUTTINGS_LIBRARY")
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Cuttings", appauthor=False)) / "cuttings.sqlite"


def resolve_library_path(option: str | None) -> Path:
    if option:
        return Path(option).expanduser()
    path = default_library_path()
    if "CUTTINGS_LIBRARY" not in os.environ:
        # Only the default folder is created for the user; a path they name must exist.
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cuttings",
        description="Clip news articles into a local library; without a command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"cuttings {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="library file (default: $CUTTINGS_LIBRARY, else cuttings.sqlite in your data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
        type=_positive_float,
        default=30.0,
        metavar="SECONDS",
        help="give up on a page that takes longer than this in total (default 30)",
    )
    p.add_argument(
        "--connect-timeout",
        type=_positive_float,
        default=10.0,
        metavar="SECONDS",
        help="give up on a server that does not answer within this (default 10)",
    )
    p.add_argument("--images", choices=images.IMAGE_CHOICES, default="all", help=images.IMAGES_HELP)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help="list clips, newest first")
    p.add_argument("--limit", type=_positive_int, default=50)
    p.add_argument("--sort", choices=("clipped", "published"), default="clipped")
    p.add_argument("--tag", "-t", action="append", default=[], metavar="TAG", dest="tags")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one clip with its text")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    from cuttings.core.search.query import QUERY_HELP

    p = sub.add_parser(
        "search",
        help="search clips",
        description="Search the library; matches are listed newest first.",
        epilog="query language:\n" + QUERY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--limit", type=_positive_int, default=50)
    p.add_argument(
        "--sort",
        choices=("newest", "oldest", "relevance"),
        help="order of the results (relevance ties go to the newest; default newest)",
    )
    p.add_argument(
        "--saved", metavar="NAME", help="run this saved search (QUERY searches within it)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "edit",
        help="edit a clip's details by hand (a later refresh keeps them)",
        description='Edit a clip\'s details; an empty value ("") clears all but the title. '
        "A detail edited here keeps its value when the clip is refreshed.",
    )
    p.add_argument("id", type=int)
    p.add_argument("--title", metavar="T")
    p.add_argument("--author", metavar="A")
    p.add_argument("--source", metavar="S", help="the original publisher")
    p.add_argument("--site", metavar="S", dest="site_name", help="the site it was clipped from")
    p.add_argument(
        "--published",
        metavar="WHEN",
        dest="published_at",
        help="2025-02-22, 2025-02-22 14:30, 2025-02-22T14:30+01:00 or 22/02/2025 14:30",
    )
    p.add_argument("--language", metavar="L", help="a language tag: en, it, pt-BR")
    p.add_argument("--json", action="store_true", help="print the clip as show --json does")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("tag", help="add tags to a clip")
    p.add_argument("id", type=int)
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("untag", help="remove tags from a clip")
    p.add_argument("id", type=int)
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.set_defaults(func=cmd_untag)

    p = sub.add_parser("delete", help="move clips to the trash (restore brings them back)")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--permanently", action="store_true", help="delete for good, not to the trash")
    p.set_defaults(func=cmd_delete)

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

    p = sub.add_parser("backup", help="write a consistent copy of the library")
    p.add_argument("path", metavar="PATH", help="backup file, or a folder for a dated file")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("check", help="check the library for damage (changes nothing)")
    p.set_defaults(func=cmd_check)
    highlights.add_parsers(sub)
    versions.add_parsers(sub)
    states.add_parsers(sub)
    saved.add_parsers(sub)
    images.add_parsers(sub)
    review.add_parsers(sub)
    connector.add_parsers(sub)
    return parser


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


# -- commands -------------------------------------------------------------------


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


def cmd_list(library: Any, args: argparse.Namespace) -> int:
    clips = library.list_clips(limit=args.limit, order=args.sort, tags=args.tags)
    if args.json:
        print_json([clip.to_json() for clip in clips])
        return EXIT_OK
    for clip in clips:
        print(summary_line(clip))
    return EXIT_OK


def cmd_show(library: Any, args: argparse.Namespace) -> int:
    clip = library.get(args.id)
    if args.json:
        print_json({**show_json(clip), **images.media_json(library, clip.id)})
        return EXIT_OK
    lines = [*details_lines(clip), "", clip.text or ""]
    print(printable("\n".join(lines)))
    return EXIT_OK


def cmd_edit(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.details import EDITABLE_FIELDS

    values = {name: getattr(args, name) for name in EDITABLE_FIELDS}
    if all(value is None for value in values.values()):
        print(
            "cuttings: nothing to edit: give --title, --author, --source, --site, "
            "--published or --language",
            file=sys.stderr,
        )
        return EXIT_USAGE
    clip = library.edit_details(args.id, **values).clip
    if args.json:
        print_json(show_json(clip))
    else:
        print(printable("\n".join(details_lines(clip))))
    return EXIT_OK


def cmd_search(library: Any, args: argparse.Namespace) -> int:
    query, order = args.query, args.sort or "newest"
    if args.saved is None and not query:
        print("cuttings: give a QUERY or --saved NAME", file=sys.stderr)
        return EXIT_USAGE
    if args.saved is not None:
        search = library.saved_search(args.saved)
        query = f"({search.full_query}) {query}" if query.strip() else search.full_query
        order = args.sort or search.sort
    page = library.search(query, limit=args.limit, order=order)
    if args.json:
        print_json(
            [
                {**clip.to_json(), "snippet": snippet_to_text(page.snippets.get(clip.id, ""))}
                for clip in page.clips
            ]
        )
        return EXIT_OK
    for clip in page.clips:
        print(summary_line(clip))
        snippet = page.snippets.get(clip.id, "")
        if snippet:
            print("    " + snippet_to_text(snippet, bold=sys.stdout.isatty()))
    print(f"{page.total} match{'es' if page.total != 1 else ''}", file=sys.stderr)
    return EXIT_OK


def cmd_tag(library: Any, args: argparse.Namespace) -> int:
    library.add_tags([args.id], args.tags)
    print(printable(", ".join(library.get(args.id, with_body=False).tags)))
    return EXIT_OK


def cmd_untag(library: Any, args: argparse.Namespace) -> int:
    library.get(args.id, with_body=False)  # a clear error for an unknown id
    library.remove_tags([args.id], args.tags)
    print(printable(", ".join(library.get(args.id, with_body=False).tags)))
    return EXIT_OK


def cmd_delete(library: Any, args: argparse.Namespace) -> int:
    ids = list(dict.fromkeys(args.ids))
    if args.permanently:
        for clip in library.delete(ids).clips:
            print(printable(f"{clip.id}\t{clip.title}\tdeleted"))
        library.collect_unused_images()  # no undo here: their pictures go now
        return EXIT_OK
    clips = {clip.id: clip for clip in library.get_many(ids)}
    library.move_to_trash(ids)  # a clear error, moving nothing, for an unknown id
    for clip_id in ids:
        print(printable(f"{clip_id}\t{clips[clip_id].title}\tmoved to the trash"))
    return EXIT_OK


def cmd_backup(library: Any, args: argparse.Namespace) -> int:
    result = library.backup(Path(args.path).expanduser(), args.cancel)
    size = result.size / (1024 * 1024)
    clips = f"{result.clips} clip{'s' if result.clips != 1 else ''}"
    print(f"backed up {clips} to {result.path} ({size:.1f} MB)")
    return EXIT_OK


def cmd_check(library: Any, args: argparse.Namespace) -> int:
    report = library.check(args.cancel)
    for result in report.results:
        if result.skipped:
            print(f"{result.name}: skipped ({result.skipped})")
        elif result.ok:
            print(f"{result.name}: ok")
        else:
            for problem in result.problems:
                print(f"{result.name}: {problem}")
    if not report.ok:
        print(
            f"cuttings: {library.path} has the problems above; nothing was changed "
            "(keep a copy of the file before any repair)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


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


# -- entry points -------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if not _names_a_command(arguments, parser):
            return _launch_gui(arguments)
        args = parser.parse_args(arguments)
        args.process_ends_after = argv is None  # run as the program, not from a test
        _setup_logging(args.debug)
    except KeyboardInterrupt:  # Ctrl-C before the command started: nothing was done
        return EXIT_INTERRUPTED
    return run_command(args.func, args)


def _setup_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _names_a_command(arguments: list[str], parser: argparse.ArgumentParser) -> bool:
    """Whether the first positional argument is a subcommand (else: open the window)."""
    commands = {"-h", "--help", "--version"}
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        commands.update(getattr(action, "choices", None) or ())
    skip_value = False
    for token in arguments:
        if skip_value:
            skip_value = False
        elif token == "--library":
            skip_value = True
        elif token in commands:
            return True
        elif not token.startswith("-"):
            return False
    return False


# Commands that may run for long: Ctrl-C asks them to stop cleanly.
CANCELLABLE = frozenset(
    {"add", "import", "export", "backup", "check", "recheck", "trash", "reclean", "images"}
)


def run_command(func: Callable[[Any, argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Open the library, run ``func``, close the library; one line per expected failure.

    During a long command (:data:`CANCELLABLE`) Ctrl-C sets ``args.cancel``
    instead of raising KeyboardInterrupt, from the opening of the library to
    its closing: the command stops what it does at a safe point (what is in
    flight finishes, a report is written, nothing half-written is left) and
    exits with status 130.  A KeyboardInterrupt raised in the middle of
    arbitrary code could close the library under a live worker.
    """
    args.cancel = threading.Event()
    handling = getattr(args, "command", None) in CANCELLABLE
    ending = getattr(args, "process_ends_after", False)
    with ctrl_c_sets(args.cancel, ending) if handling else contextlib.nullcontext():
        try:
            return _run(func, args)
        except KeyboardInterrupt:
            print("\ncuttings: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED


def _run(func: Callable[[Any, argparse.Namespace], int], args: argparse.Namespace) -> int:
    from cuttings.core.errors import CuttingsError
    from cuttings.core.library import Library

    try:
        library = Library(resolve_library_path(args.library))
    except CuttingsError as exc:
        print(printable(f"cuttings: {exc}"), file=sys.stderr)
        return EXIT_FAILED
    try:
        code = func(library, args)
    except CuttingsError as exc:
        print(printable(f"cuttings: {exc}"), file=sys.stderr)
        return EXIT_INTERRUPTED if args.cancel.is_set() else EXIT_FAILED
    except BrokenPipeError:
        # `cuttings list | head`: the reader went away; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    finally:
        library.close()
    return EXIT_INTERRUPTED if args.cancel.is_set() else code


def _launch_gui(arguments: list[str]) -> int:
    gui = argparse.ArgumentParser(prog="cuttings", description="Open the Cuttings window.")
    gui.add_argument("--library", metavar="PATH")
    gui.add_argument("--debug", action="store_true")
    gui.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    gui.add_argument("urls", nargs="*", metavar="URL", help="URLs to clip in the window")
    options = gui.parse_args(arguments)
    _setup_logging(options.debug)
    from cuttings.ui.app import run

    return run(
        resolve_library_path(options.library),
        options.urls,
        quit_after_show=options.quit_after_show,
    )


def gui_main() -> int:
    """The ``cuttings-gui`` entry point (no console window on Windows)."""
    return main(sys.argv[1:])
