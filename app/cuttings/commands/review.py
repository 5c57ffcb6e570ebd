"""``cuttings review``: press reviews (editions) made, listed, shown, exported, copied.

A thin layer over :mod:`cuttings.core.review`: argument parsing and printing.
"""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import print_json

EXIT_OK = 0


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _section(value: str) -> tuple[str, str]:
    name, sep, query = value.partition("=")
    if not sep or not name.strip() or not query.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=QUERY, not {value!r}")
    return name.strip(), query.strip()


def add_parsers(sub: Any) -> None:
    review = sub.add_parser(
        "review",
        help="press reviews: dated editions of clips in sections, exported as PDF, DOCX, HTML",
    )
    commands = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    p = commands.add_parser(
        "new",
        help="make an edition",
        description="Make an edition from clip ids, a search (QUERY or --query), a tag, "
        "a range of clipping days, or one search per section (--section NAME=QUERY).",
    )
    p.add_argument("title")
    p.add_argument("items", nargs="*", metavar="ID|QUERY", help="clip ids, or a search")
    p.add_argument("--date", type=_day, help="the edition's date (default today)")
    p.add_argument("--name", help="the review's name (default: the title)")
    p.add_argument("--query", "-q", help="the clips this search finds")
    p.add_argument("--tag", "-t", help="the clips with this tag")
    p.add_argument("--from", dest="since", type=_day, metavar="DAY", help="clipped from DAY")
    p.add_argument("--to", dest="until", type=_day, metavar="DAY", help="clipped up to DAY")
    p.add_argument("--section", action="append", type=_section, default=[], metavar="NAME=QUERY")
    p.add_argument(
        "--sections-from-tags", action="store_true", help="one section per tag of the clips"
    )
    p.add_argument("--highlights", metavar="TEXT", help='the "In evidenza" text')
    p.set_defaults(func=cmd_new)

    p = commands.add_parser("list", help="list the editions, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("show", help="show an edition's sections and clips")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = commands.add_parser("export", help="write an edition as PDF, DOCX or HTML")
    p.add_argument("id", type=int)
    p.add_argument("--format", "-f", choices=("pdf", "docx", "html"), required=True)
    p.add_argument("--output", "-o", type=Path, required=True, metavar="PATH")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("duplicate", help="copy an edition (yesterday's as today's start)")
    p.add_argument("id", type=int)
    p.add_argument("--date", type=_day, help="the copy's date (default today)")
    p.add_argument("--title", help="the copy's title (default: the same)")
    p.set_defaults(func=cmd_duplicate)

    p = commands.add_parser("rename", help="rename an edition")
    p.add_argument("id", type=int)
    p.add_argument("name")
    p.set_defaults(func=cmd_rename)

    p = commands.add_parser("delete", help="delete an edition (its clips stay)")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_delete)


def cmd_new(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.review.plans import (
        clips_for_query,
        review_query,
        sections_from_tags,
        single_section,
    )

    ids = [int(item) for item in args.items if item.isdigit()]
    words = [item for item in args.items if not item.isdigit()]
    searched = words or args.query or args.tag or args.since or args.until
    if not (ids or searched or args.section):
        sections = []  # an empty edition, to fill in the window
    elif args.section:
        sections = [
            (name, [clip.id for clip in clips_for_query(library, query)])
            for name, query in args.section
        ]
    else:
        if not searched:
            clips = library.get_many(ids)
            missing = set(ids) - {clip.id for clip in clips}
            if missing:
                from cuttings.core.errors import NotFoundError

                raise NotFoundError(f"no clip with id {min(missing)}")
        else:
            query = review_query(
                query=" ".join([*args.items, args.query or ""]),
                tag=args.tag,
                since=args.since,
                until=args.until,
            )
            clips = clips_for_query(library, query)
        sections = sections_from_tags(clips) if args.sections_from_tags else single_section(clips)
    edit = library.create_edition(
        args.title,
        day=args.date,
        name=args.name,
        highlights=args.highlights or "",
        sections=sections,
    )
    edition = library.edition(edit.edition_id)
    print(f"{edition.id}\t{printable(edition.title)}\t{len(edition.entries)} articles")
    return EXIT_OK


def cmd_list(library: Any, args: argparse.Namespace) -> int:
    editions = library.editions()
    if args.json:
        print_json([edition.to_json() for edition in editions])
        return EXIT_OK
    for edition in editions:
        print(
            f"{edition.id}\t{edition.date.isoformat()}\t{printable(edition.title)}\t"
            f"{edition.articles} articles in {edition.sections} sections"
        )
    return EXIT_OK


def cmd_show(library: Any, args: argparse.Namespace) -> int:
    edition = library.edition(args.id)
    clips = {clip.id: clip for clip in library.get_many([e.clip_id for e in edition.entries])}
    if args.json:
        print_json(
            {
                "id": edition.id,
                "name": edition.name,
                "title": edition.title,
                "date": edition.date.isoformat(),
                "highlights": edition.highlights,
                "has_logo": edition.logo is not None,
                "sections": [
                    {
                        "id": section.id,
                        "title": section.title,
                        "entries": [
                            {
                                "id": entry.id,
                                "clip_id": entry.clip_id,
                                "title": clips[entry.clip_id].title,
                                "summary": entry.summary,
                                "full_text": entry.full_text,
                            }
                            for entry in section.entries
                        ],
                    }
                    for section in edition.sections
                ],
            }
        )
        return EXIT_OK
    print(printable(f"{edition.title} ({edition.name}), {edition.date.isoformat()}"))
    number = 0
    for section in edition.sections:
        print(printable(f"\n{section.title}"))
        for entry in section.entries:
            number += 1
            clip = clips[entry.clip_id]
            outlet = clip.source or clip.site_name
            mode = "" if entry.full_text else " [headline and summary]"
            print(printable(f"  {number}. [{clip.id}] {clip.title} — {outlet}{mode}"))
    return EXIT_OK


def cmd_export(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.review.export import export_review

    path = export_review(
        library,
        args.id,
        args.format,
        args.output,
        page_size=args.page_size,
        cancel=args.cancel,
    )
    print(printable(str(path)), file=sys.stderr)
    return EXIT_OK


def cmd_duplicate(library: Any, args: argparse.Namespace) -> int:
    edit = library.duplicate_edition(args.id, day=args.date, title=args.title)
    edition = library.edition(edit.edition_id)
    print(f"{edition.id}\t{edition.date.isoformat()}\t{printable(edition.title)}")
    return EXIT_OK


def cmd_rename(library: Any, args: argparse.Namespace) -> int:
    library.rename_edition(args.id, args.name)
    return EXIT_OK


def cmd_delete(library: Any, args: argparse.Namespace) -> int:
    library.delete_edition(args.id)
    return EXIT_OK
