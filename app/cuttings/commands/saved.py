"""`cuttings saved add | list | remove`: saved searches (shown in the window's sidebar).

`cuttings search --saved NAME` (in :mod:`cuttings.commands.clips`) runs one.
"""

import argparse
import sys
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import print_json


def add_parsers(sub: Any) -> None:
    saved = sub.add_parser("saved", help="saved searches: add, list, remove")
    commands = saved.add_subparsers(dest="saved_command", metavar="COMMAND", required=True)

    p = commands.add_parser("add", help="save a search under a name (replacing one of that name)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--tag", "-t", action="append", default=[], metavar="TAG", dest="tags")
    p.add_argument("--any", action="store_true", help="any of the tags, not all of them")
    p.add_argument("--sort", choices=("newest", "oldest", "relevance"), default="newest")
    p.set_defaults(func=cmd_saved_add)

    p = commands.add_parser("list", help="list the saved searches with their counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_saved_list)

    p = commands.add_parser("remove", help="forget a saved search (its clips stay)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_saved_remove)


def cmd_saved_add(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.errors import NotFoundError
    from cuttings.core.saved_searches import SavedSearch

    search = SavedSearch(args.name, args.query, tuple(args.tags), args.any, args.sort)
    try:
        replacing = library.saved_search(args.name).name
    except NotFoundError:
        replacing = None
    library.save_search(search, replacing=replacing)
    saved = library.saved_search(args.name)
    verb = "replaced" if replacing is not None else "saved"
    count = library.saved_search_count(saved)
    print(printable(f"{saved.name}\t{count}\t{verb}"))
    return 0


def cmd_saved_list(library: Any, args: argparse.Namespace) -> int:
    searches = library.saved_searches()
    counts = [library.saved_search_count(search) for search in searches]
    if args.json:
        print_json(
            [
                {**search.to_json(), "count": count}
                for search, count in zip(searches, counts, strict=True)
            ]
        )
        return 0
    for search, count in zip(searches, counts, strict=True):
        print(printable(f"{search.name}\t{count}\t{search.full_query}"))
    if not searches:
        print("no saved searches", file=sys.stderr)
    return 0


def cmd_saved_remove(library: Any, args: argparse.Namespace) -> int:
    name = library.saved_search(args.name).name
    library.delete_saved_search(name)
    print(printable(f"{name}\tremoved"))
    return 0
