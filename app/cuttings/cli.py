"""The ``cuttings`` command line: a thin layer over :mod:`cuttings.core`.

Without a subcommand it opens the window.  Expected failures print one line
``cuttings: <reason>`` on stderr and exit non-zero; bugs print a traceback.
"""

import argparse
import contextlib
import gc
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cuttings import __version__
from cuttings.commands import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK

# Stored text from an import or an older version may hold C0/C1 control
# characters, and printed they could drive the terminal: one shared rule.
from cuttings.core.cleaning import strip_control_chars as printable


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
    # Imported here: opening the window needs none of the commands, and their
    # modules and parsers took some 60 ms of its start-up.
    from cuttings.commands import (
        clipping,
        clips,
        connector,
        highlights,
        images,
        maintenance,
        review,
        saved,
        states,
        transfer,
        versions,
    )

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
    clipping.add_parsers(sub)
    clips.add_parsers(sub)
    transfer.add_parsers(sub)
    maintenance.add_parsers(sub)
    highlights.add_parsers(sub)
    versions.add_parsers(sub)
    states.add_parsers(sub)
    saved.add_parsers(sub)
    images.add_parsers(sub)
    review.add_parsers(sub)
    connector.add_parsers(sub)
    return parser


# -- entry points -------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if not _may_name_a_command(arguments):
            return _launch_gui(arguments)
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


def _first_word(arguments: list[str]) -> str | None:
    """The first argument that is help, the version or a positional one (a command's
    name, or a URL for the window), past ``--library``'s value; None if there is none."""
    skip_value = False
    for token in arguments:
        if skip_value:
            skip_value = False
        elif token == "--library":
            skip_value = True
        elif token in {"-h", "--help", "--version"} or not token.startswith("-"):
            return token
    return None


def _may_name_a_command(arguments: list[str]) -> bool:
    """Whether a command could be named.  Without such a word the window opens, and the
    parser (every command's module) is not built."""
    return _first_word(arguments) is not None


def _names_a_command(arguments: list[str], parser: argparse.ArgumentParser) -> bool:
    """Whether the first positional argument is a subcommand (else: open the window)."""
    commands = {"-h", "--help", "--version"}
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        commands.update(getattr(action, "choices", None) or ())
    return _first_word(arguments) in commands


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
    from cuttings.terminal import ctrl_c_sets

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
    # The window's collector (cuttings.ui.collector) collects cycles on the GUI
    # thread and freezes what exists when it starts.  Left on until then, the
    # automatic collector walked the objects of every module imported (some 100 ms
    # of the window's opening) to find a few hundred objects of garbage.
    gc.disable()
    from cuttings.ui.app import run

    return run(
        resolve_library_path(options.library),
        options.urls,
        quit_after_show=options.quit_after_show,
    )


def gui_main() -> int:
    """The ``cuttings-gui`` entry point (no console window on Windows)."""
    return main(sys.argv[1:])
