"""Command-line commands grouped by area, each module a thin layer over ``core``.

Each module exposes ``add_parsers(sub)``, which adds its subcommands to the
parser that :func:`cuttings.cli.build_parser` builds; ``cli.py`` keeps the
program's entry points and the helpers they share; the exit codes and
argument types below are shared by the commands.
"""

import argparse

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value
