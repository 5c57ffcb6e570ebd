"""`cuttings backup | check`: keep the library file safe."""

import argparse
import sys
from pathlib import Path
from typing import Any

from cuttings.commands import EXIT_FAILED, EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a consistent copy of the library")
    p.add_argument("path", metavar="PATH", help="backup file, or a folder for a dated file")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("check", help="check the library for damage (changes nothing)")
    p.set_defaults(func=cmd_check)


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
