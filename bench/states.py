"""Reading states and the trash at scale: sidebar counts, moving to the trash, in:trash.

    python bench/states.py LIBRARY [--trash N] [--purge N]

LIBRARY is changed (it is upgraded, clips are marked and trashed): give a copy
(of a library bench/scale.py built, say).  Prints one line per measure.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))

from cuttings.core.library import Library
from cuttings.core.timeline import TimelineQuery


def timed(label: str, work, repeat: int = 1):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<45} {best * 1000:10.1f} ms", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--trash", type=int, default=35_000)
    parser.add_argument("--purge", type=int, default=2_000)
    args = parser.parse_args()
    lib = timed("open (upgrade included)", lambda: Library(args.library))
    total = lib.count()
    print(f"clips: {total:,}")
    ids = list(lib.timeline_list(TimelineQuery()).ids)
    timed("mark 20,000 unread", lambda: lib.mark(ids[:20_000], read=False))
    timed("star 1,000", lambda: lib.mark(ids[::100], starred=True))
    timed("sidebar counts (empty trash)", lib.state_counts, repeat=5)
    timed("tag counts (empty trash)", lib.tags, repeat=5)
    timed("timeline list (empty trash)", lambda: lib.timeline_list(TimelineQuery()), repeat=3)
    timed(
        "timeline list by published (empty trash)",
        lambda: lib.timeline_list(TimelineQuery(order="published")),
        repeat=3,
    )
    timed("search 'the' first page (empty trash)", lambda: lib.search("the", limit=50), repeat=3)
    doomed = ids[-args.trash :]
    timed(f"move {len(doomed):,} clips to the trash", lambda: lib.move_to_trash(doomed))
    timed("sidebar counts", lib.state_counts, repeat=5)
    timed("tag counts", lib.tags, repeat=5)
    timed("timeline count", lib.count, repeat=5)
    timed("timeline list (all ids)", lambda: lib.timeline_list(TimelineQuery()), repeat=3)
    timed(
        "timeline list by published",
        lambda: lib.timeline_list(TimelineQuery(order="published")),
        repeat=3,
    )
    trash = timed(
        "in:trash list (all ids)",
        lambda: lib.timeline_list(TimelineQuery(scope="in:trash")),
        repeat=3,
    )
    print(f"in:trash: {len(trash):,} clips")
    timed("in:trash first page", lambda: lib.search("in:trash", limit=50), repeat=3)
    timed("is:unread list", lambda: lib.timeline_list(TimelineQuery(scope="is:unread")), repeat=3)
    timed("search 'the' first page", lambda: lib.search("the", limit=50), repeat=3)
    timed("search 'the' count", lambda: lib.search("the", limit=0), repeat=3)
    timed("restore 35,000 from the trash", lambda: lib.restore_from_trash(doomed))
    lib.move_to_trash(doomed)
    purge = doomed[: args.purge]
    timed(f"empty {len(purge):,} clips from the trash", lambda: lib.empty_trash(purge))
    lib.close()


if __name__ == "__main__":
    main()
