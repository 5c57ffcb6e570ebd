"""Command-line commands grouped by area, each module a thin layer over ``core``.

Each module exposes ``add_parsers(sub)``, which adds its subcommands to the
parser that :func:`cuttings.cli.build_parser` builds; ``cli.py`` keeps the
program's entry points and the commands it had first.
"""
