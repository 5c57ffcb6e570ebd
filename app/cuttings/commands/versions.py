"""``cuttings recheck``, ``versions`` and ``diff``: how clipped articles changed since."""

import argparse
import sys
import time
from datetime import UTC, datetime
from typing import Any

from cuttings.core.cleaning import strip_control_chars as printable
from cuttings.terminal import Progress, print_json

EXIT_OK, EXIT_FAILED = 0, 1
# Outcomes are written in batches: one transaction (one fsync) per batch, not per clip.
_BATCH = 100
_BATCH_SECONDS = 1.0


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "recheck",
        help="fetch clipped pages again and keep a new version of what changed",
        description="Re-check clips: the given ones, --all, or (without either) those whose "
        "scheduled re-check is due.  A changed article becomes a new version; a page gone "
        "(404, 410), moved or behind a wall marks the clip so.",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--all", action="store_true", help="every clip")
    p.add_argument("--since", metavar="DATE", help="only clips clipped on or after DATE")
    p.add_argument(
        "--schedule",
        default=None,
        metavar="STEPS",
        help="re-check steps after clipping, e.g. 1h,6h,1d,3d,7d,30d (default), or off",
    )
    p.add_argument("--deadline", type=float, default=30.0, metavar="SECONDS")
    p.set_defaults(func=cmd_recheck)

    p = sub.add_parser("versions", help="list the versions of a clip's article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser(
        "diff",
        help="compare two versions of a clip's article word by word (the newest two by default)",
    )
    p.add_argument("id", type=int)
    p.add_argument("a", nargs="?", type=int, metavar="A")
    p.add_argument("b", nargs="?", type=int, metavar="B")
    p.add_argument("--json", action="store_true", help="the operations as JSON")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(func=cmd_diff)


def _since(text: str | None) -> datetime | None:
    from cuttings.core.details import parse_published
    from cuttings.core.errors import CuttingsError

    if text is None:
        return None
    value = parse_published(text)
    if value is None:
        raise CuttingsError("--since needs a date, such as 2025-02-22")
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cmd_recheck(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.errors import CuttingsError
    from cuttings.core.fetch import Fetcher
    from cuttings.core.versions.checks import CheckOutcome
    from cuttings.core.versions.recheck import recheck
    from cuttings.core.versions.schedule import DEFAULT_SCHEDULE, Schedule

    if args.ids and args.all:
        raise CuttingsError("give clip ids or --all, not both")
    schedule = Schedule.parse(args.schedule) if args.schedule is not None else DEFAULT_SCHEDULE
    since = _since(args.since)
    if args.ids:
        targets = library.check_targets(args.ids)
    elif args.all or since is not None:
        targets = library.all_check_targets(since=since)
    else:
        targets = library.due_checks(schedule=schedule)
    progress = Progress(len(targets), sys.stderr, verb="checking")
    batch: list[CheckOutcome] = []
    counts: dict[str, int] = {}
    last_write = time.monotonic()

    def write() -> None:
        nonlocal last_write
        recorded = library.record_checks(batch, schedule=schedule)
        for outcome in batch:
            clip_id = outcome.target.clip_id
            finding = recorded.findings.get(clip_id, outcome.finding)
            counts[finding] = counts.get(finding, 0) + 1
            if finding == "unchanged":
                continue
            detail = outcome.detail
            if finding == "changed":
                detail = f"version {recorded.new_versions[clip_id]}"
            progress.message(printable(f"{clip_id}\t{finding}" + (f"\t{detail}" if detail else "")))
        batch.clear()
        last_write = time.monotonic()

    def on_outcome(outcome: CheckOutcome) -> None:
        batch.append(outcome)
        progress.advance()
        if len(batch) >= _BATCH or time.monotonic() - last_write > _BATCH_SECONDS:
            write()

    fetcher = Fetcher(deadline=args.deadline)
    recheck(targets, on_outcome, cancel=args.cancel, fetcher=fetcher)
    if batch:
        write()
    progress.finish()
    said = ", ".join(f"{count} {finding}" for finding, count in sorted(counts.items()))
    print(
        f"cuttings: checked {sum(counts.values())} of {len(targets)}: {said or 'nothing due'}",
        file=sys.stderr,
    )
    return EXIT_FAILED if counts.get("failed") else EXIT_OK


def cmd_versions(library: Any, args: argparse.Namespace) -> int:
    versions = library.versions(args.id)
    clip = library.get(args.id, with_body=False)
    if args.json:
        print_json(
            {"id": clip.id, "status": clip.status, "versions": [v.to_json() for v in versions]}
        )
        return EXIT_OK
    for version in versions:
        changes = version.changes or ("first version" if version.number == 1 else "")
        print(
            printable(
                f"{version.number}\t{version.fetched_at}\t{version.word_count} words\t"
                f"{version.title}\t{changes}"
            )
        )
    if clip.status != "ok":
        print(f"status: {clip.status}")
    return EXIT_OK


def cmd_diff(library: Any, args: argparse.Namespace) -> int:
    from cuttings.core.versions.compare import compare, render_diff

    old, new, diff = compare(library, args.id, args.a, args.b)
    if args.json:
        print_json({"id": args.id, "a": old.number, "b": new.number, **diff.to_json()})
        return EXIT_OK
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(f"version {old.number} ({old.fetched_at}) → version {new.number} ({new.fetched_at})")
    print(diff.summary())
    print()
    print(render_diff(diff, color=color))
    return EXIT_OK
