"""Peak memory of importing a huge CSV: is the import streamed?

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/import_memory.py [--rows N] [--fetch fail|article]

Writes a CSV of N rows (default 1,000,000; about 115 MB) with a URL, a title,
two tags and a saved date each, imports it into an empty library and prints
the peak resident memory (ru_maxrss) and the time.  Nothing is downloaded: a
stand-in fetcher either fails every link at once (``fail``: the whole file
ends in the report's failures, kept for a retry) or builds a small article
(``article``: every row becomes a clip).  That measures reading, checking,
scheduling, writing and the report, not the network.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from cuttings.core.article import Article  # noqa: E402
from cuttings.core.errors import FetchError  # noqa: E402
from cuttings.core.importers import import_files  # noqa: E402
from cuttings.core.library import Library  # noqa: E402


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["url", "title", "tags", "note", "created_at"])
        for n in range(rows):
            writer.writerow(
                [
                    f"https://news{n % 50}.example.org/section/story-{n}",
                    f"Story number {n} about the budget",
                    "news|world",
                    "",
                    "2024-05-01T10:00:00Z",
                ]
            )


def fail(url: str, cancel: threading.Event) -> Article:
    raise FetchError("offline (a stand-in fetcher)")


def article(url: str, cancel: threading.Event) -> Article:
    return Article(url=url, canonical_url=url, title="Story", html="<p>Body.</p>", text="Body.")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--fetch", choices=["fail", "article"], default="fail")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        write_csv(path, args.rows)
        size = path.stat().st_size / 1e6
        with Library(Path(folder) / "library.sqlite") as library:
            before = peak_mb()
            start = time.perf_counter()
            report = import_files(
                library,
                [path],
                fetch=fail if args.fetch == "fail" else article,
                report_path=Path(folder) / "report.txt",
            )
            took = time.perf_counter() - start
        print(
            f"{args.rows:,} rows ({size:.0f} MB), fetch={args.fetch}: {report.summary()}; "
            f"peak RSS {peak_mb():.0f} MB (before the import {before:.0f} MB), {took:.0f} s"
        )


if __name__ == "__main__":
    main()
