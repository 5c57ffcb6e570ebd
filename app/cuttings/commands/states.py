"""`cuttings mark`, `cuttings restore` and `cuttings trash`: reading states and the trash.

`cuttings delete` (in :mod:`cuttings.commands.clips`) moves clips to the trash.
"""

import argparse
import sys
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import Progress, print_json

# The flags of `mark`, each with the Library.mark argument it sets.
_MARKS = (
    ("--read", "read", True, "mark read"),
    ("--unread", "read", False, "mark unread"),
    ("--star", "starred", True, "star"),
    ("--unstar", "starred", False, "remove the star"),
    ("--archive", "archived", True, "archive (also marks read)"),
    ("--unarchive", "archived", False, "take out of the archive"),
)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "mark",
        help="mark clips read or unread, starred, archived",
        description="Change the reading state of clips. Archiving marks read too.",
    )
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    groups = {name: p.add_mutually_exclusive_group() for name in ("read", "starred", "archived")}
    for flag, name, value, text in _MARKS:
        groups[name].add_argument(flag, dest=name, action="store_const", const=value, help=text)
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("restore", help="bring clips back from the trash")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "trash",
        help="list the clips in the trash, or empty it",
        description="Deleted clips stay in the trash for 30 days (the window empties it "
        "when it opens), or until emptied here.",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--empty", action="store_true", help="delete the clips in it for good")
    p.set_defaults(func=cmd_trash)


def cmd_mark(library: Any, args: argparse.Namespace) -> int:
    marks = {name: getattr(args, name) for name in ("read", "starred", "archived")}
    if all(value is None for value in marks.values()):
        print(
            "cuttings: say how to mark: --read, --unread, --star, --unstar, --archive "
            "or --unarchive",
            file=sys.stderr,
        )
        return 2
    ids = list(dict.fromkeys(args.ids))
    library.mark(ids, **marks)
    for clip in library.get_many(ids):
        print(printable(f"{clip.id}\t{clip.title}\t{state_words(clip.state)}"))
    return 0


def state_words(state: Any) -> str:
    """``read, starred`` and so on: a clip's state in words."""
    words = ["unread" if state.unread else "read"]
    words += [word for word, on in (("starred", state.starred), ("archived", state.archived)) if on]
    if state.trashed:
        words.append("in the trash")
    return ", ".join(words)


def cmd_restore(library: Any, args: argparse.Namespace) -> int:
    ids = list(dict.fromkeys(args.ids))
    clips = {clip.id: clip for clip in library.get_many(ids)}
    unknown = [i for i in ids if i not in clips]
    if unknown:
        print(f"cuttings: no clip with id {unknown[0]}", file=sys.stderr)
        return 1
    back = set(library.restore_from_trash(ids).ids)
    for clip_id in ids:
        if clip_id in back:
            print(printable(f"{clip_id}\t{clips[clip_id].title}\trestored"))
        else:
            print(f"cuttings: clip {clip_id} is not in the trash", file=sys.stderr)
    return 0 if len(back) == len(ids) else 1


def cmd_trash(library: Any, args: argparse.Namespace) -> int:
    ids = library.trashed_ids()
    if args.empty:
        progress = Progress(len(ids), sys.stderr, verb="deleting")

        def advance(done: int, _total: int) -> None:
            while progress.done < done:
                progress.advance()

        purged = library.empty_trash(ids, progress=advance, cancel=args.cancel)
        progress.finish()
        library.collect_unused_images()  # deleted for good: their pictures go too
        noun = "clip" if purged.count == 1 else "clips"
        print(f"trash emptied: {purged.count} {noun} deleted for good", file=sys.stderr)
        return 0
    clips = library.get_many(ids)
    if args.json:
        print_json(
            [{**clip.to_json(), "deleted_at": clip.state.deleted_at.isoformat()} for clip in clips]
        )
        return 0
    for clip in clips:
        deleted = clip.state.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(printable(f"{clip.id}\tdeleted {deleted}\t{clip.title}"))
    return 0
