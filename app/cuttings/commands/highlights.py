"""``cuttings highlight``, ``highlights``, ``highlight-edit`` and ``highlight-remove``."""

import argparse
import sys
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import print_json

EXIT_OK = 0
EXIT_USAGE = 2
COLOR_CHOICES = ("yellow", "green", "blue", "pink", "purple")  # cuttings.core.highlights.models


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("highlight", help="highlight text of a clip, with an optional comment")
    p.add_argument("id", type=int, metavar="ID", help="the clip")
    p.add_argument("text", metavar="TEXT", help="the exact text to highlight")
    p.add_argument("--comment", default="", help="a comment on the highlight")
    p.add_argument("--color", default="yellow", choices=COLOR_CHOICES, type=str.lower)
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which place, when the text is in the clip more than once (1 for the first)",
    )
    p.set_defaults(func=cmd_highlight)

    p = sub.add_parser("highlights", help="list the highlights of a clip, or of every clip")
    p.add_argument("id", type=int, nargs="?", metavar="ID", help="only this clip")
    p.add_argument("--limit", type=int, default=1000, help="at most this many (all clips)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_highlights)

    p = sub.add_parser("highlight-edit", help="change a highlight's comment or colour")
    p.add_argument("highlight", type=int, metavar="HIGHLIGHT", help="the highlight's id")
    p.add_argument("--comment")
    p.add_argument("--color", choices=COLOR_CHOICES, type=str.lower)
    p.set_defaults(func=cmd_highlight_edit)

    p = sub.add_parser("highlight-remove", help="remove highlights")
    p.add_argument("highlights", type=int, nargs="+", metavar="HIGHLIGHT")
    p.set_defaults(func=cmd_highlight_remove)


def _line(item: Any, clip_title: str | None = None) -> str:
    """``ID  CLIP  COLOUR  “text”`` (and ``orphaned``), the comment on the next line."""
    text = " ".join(item.exact.split())
    if len(text) > 100:
        text = text[:99] + "…"
    where = f"\t{clip_title}" if clip_title is not None else ""
    line = f"{item.id}\t{item.clip_id}\t{item.color}\t“{text}”"
    line += "\torphaned (its text is no longer in the clip)" if item.orphaned else ""
    line += where
    if item.comment:
        line += "\n    " + "\n    ".join(item.comment.splitlines())
    return printable(line)


def cmd_highlight(library: Any, args: argparse.Namespace) -> int:
    quote = library.quote_in_clip(args.id, args.text, occurrence=args.occurrence)
    item = library.add_highlight(args.id, quote, color=args.color, comment=args.comment).highlight
    print(_line(item))
    return EXIT_OK


def cmd_highlights(library: Any, args: argparse.Namespace) -> int:
    if args.id is not None:
        items = library.highlights(args.id)
        if args.json:
            print_json([item.to_json() for item in items])
        for item in items if not args.json else ():
            print(_line(item))
        return EXIT_OK
    entries = library.all_highlights(limit=args.limit)
    if args.json:
        print_json(
            [{**entry.highlight.to_json(), "clip_title": entry.clip_title} for entry in entries]
        )
        return EXIT_OK
    for entry in entries:
        print(_line(entry.highlight, entry.clip_title))
    return EXIT_OK


def cmd_highlight_edit(library: Any, args: argparse.Namespace) -> int:
    if args.comment is None and args.color is None:
        print("cuttings: nothing to edit: give --comment or --color", file=sys.stderr)
        return EXIT_USAGE
    item = library.edit_highlight(args.highlight, comment=args.comment, color=args.color)
    print(_line(item.highlight))
    return EXIT_OK


def cmd_highlight_remove(library: Any, args: argparse.Namespace) -> int:
    for highlight_id in dict.fromkeys(args.highlights):
        library.remove_highlight(highlight_id)
    return EXIT_OK
