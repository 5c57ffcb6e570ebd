"""`cuttings list | show | search | edit | tag | untag | delete`: clips one by one."""

import argparse
import sys
from typing import Any

from cuttings.commands import EXIT_OK, EXIT_USAGE, images, positive_int
from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import details_lines, print_json, show_json, snippet_to_text, summary_line


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("list", help="list clips, newest first")
    p.add_argument("--limit", type=positive_int, default=50)
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
    p.add_argument("--limit", type=positive_int, default=50)
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
