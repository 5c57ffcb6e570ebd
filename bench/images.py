"""Pictures benchmark: what keeping pictures costs a clip, and that big libraries don't notice.

Usage::

    python bench/images.py clip [--runs 7] [--images 12]
    python bench/images.py add-media PATH [--share 0.3] [--distinct 2000]

``clip`` serves an article over a local HTTP server (tests/pageserver.py)
with ``--images`` photos (1600 x 1000 JPEG each, generated) and the same
article without them, clips each ``--runs`` times into a fresh library, and
prints the median wall time of both, the difference, and the peak resident
memory.  Nothing leaves the machine.

``add-media`` gives an existing library (say one built by ``bench/scale.py``)
pictures and original pages as clipping would have: ``--share`` of the clips
get 4 picture links each, drawn from ``--distinct`` stored pictures of ~200
KB, and every clip an original page of ~30 KB (compressed as stored).  Run
``bench/scale.py PATH --reuse`` before and after to compare timeline and
search latencies.  Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT))

from tests.image_pages import serve_gallery  # noqa: E402
from tests.pageserver import PageServer  # noqa: E402

from cuttings.core.clipping import clip_url  # noqa: E402
from cuttings.core.fetch import Fetcher  # noqa: E402
from cuttings.core.images.media import ImageData, OriginalPage  # noqa: E402
from cuttings.core.library import Library, _raw  # noqa: E402
from cuttings.core.library.media import image_values, original_values  # noqa: E402


def bench_clip(runs: int, count: int) -> None:
    server = PageServer()
    fetcher = Fetcher()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="cuttings-images-") as folder,
            Library(Path(folder) / "library.sqlite") as lib,
        ):
            times: dict[str, list[float]] = {"text only": [], f"{count} pictures": []}
            for run in range(runs + 1):  # the first of each is a warm-up
                for images, name in ((False, "text only"), (True, f"{count} pictures")):
                    url = serve_gallery(server, count, images=images) + f"?run={run}"
                    start = time.perf_counter()
                    outcome = clip_url(lib, url, fetcher=fetcher)
                    elapsed = time.perf_counter() - start
                    kept = sum(1 for s in lib.clip_images(outcome.clip.id) if s.sha256)
                    assert kept == (count if images else 0), kept
                    if run:
                        times[name].append(elapsed)
            info = lib.library_info()
    finally:
        server.close()
    print(f"{'clip over a local server':24} {'median s':>9} {'min s':>7} {'max s':>7}")
    for name, values in times.items():
        print(
            f"{name:24} {statistics.median(values):>9.3f} {min(values):>7.3f} {max(values):>7.3f}"
        )
    extra = statistics.median(times[f"{count} pictures"]) - statistics.median(times["text only"])
    print(f"pictures add {extra:.3f} s (median of {runs} runs)")
    print(f"stored: {info.images} pictures, {info.image_bytes / 1e6:.1f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory (ru_maxrss): {rss:.0f} MB")


def add_media(path: Path, share: float, distinct: int) -> None:
    rng = random.Random(20250222)
    start = time.perf_counter()
    with Library(path) as lib, lib._write() as conn:
        db = _raw(conn)
        ids = [row[0] for row in db.execute("SELECT id FROM clips")]
        shas = []
        for n in range(distinct):
            data = n.to_bytes(4, "big") + os.urandom(200_000)
            image = ImageData("image/jpeg", 1600, 1000, data)
            db.execute(
                "INSERT OR IGNORE INTO images (sha256, media_type, width, height, size, bytes) "
                "VALUES (:sha256, :media_type, :width, :height, :size, :bytes)",
                image_values(image),
            )
            shas.append(image.sha256)
        links = 0
        for clip_id in ids:
            if rng.random() < share:
                for position in range(4):
                    db.execute(
                        "INSERT INTO clip_images (clip_id, position, url, sha256) "
                        "VALUES (?, ?, ?, ?)",
                        (
                            clip_id,
                            position,
                            f"https://img.example/{clip_id}/{position}.jpg",
                            rng.choice(shas),
                        ),
                    )
                    links += 1
            # ~30 KB compressed: half compressible page markup, half noise.
            body = b"<html><body>" + os.urandom(15_000).hex().encode()[:30_000] + b"</body></html>"
            page = OriginalPage(datetime.now(UTC), f"https://e.example/{clip_id}", 200, (), body)
            values = original_values(clip_id, page)
            db.execute(
                "INSERT INTO originals VALUES (:clip_id, :fetched_at, :final_url, :status, "
                ":headers, :html, :size, :sha256)",
                values,
            )
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    print(
        f"added {distinct:,} pictures, {links:,} links, {len(ids):,} originals in {seconds:.0f} s;"
        f" library now {size / 1e6:,.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("clip")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--images", type=int, default=12)
    p = sub.add_parser("add-media")
    p.add_argument("path", type=Path)
    p.add_argument("--share", type=float, default=0.3)
    p.add_argument("--distinct", type=int, default=2000)
    args = parser.parse_args()
    if args.command == "clip":
        bench_clip(args.runs, args.images)
    else:
        add_media(args.path, args.share, args.distinct)


if __name__ == "__main__":
    main()
