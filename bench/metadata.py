"""Field-by-field fidelity and speed of ``extract_metadata``.

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/metadata.py [-v] [--real]

By default it runs over the fixture corpus (``tests/fixtures/pages`` and its
``expected.json``) and prints, for each field, how many pages match exactly,
then the time per page.  ``-v`` lists every mismatch.

``--real`` also runs over the pages of the article-extraction benchmark
(``../shared/benchmarks/article-extraction`` next to the repository, or
``$CUTTINGS_BENCHMARKS/article-extraction``).  It has no metadata truth, so it
reports how often each field is filled and the time per page on real, large
pages.  Always exits 0: this measures, the tests judge.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from cuttings.core.metadata import Metadata, extract_metadata  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
FIELDS = (
    "title",
    "author",
    "published_at",
    "source",
    "language",
    "site_name",
    "lead_image",
    "canonical_url",
    "description",
)
ROUNDS = 5


def timed(html: str, url: str, text: str = "") -> tuple[Metadata, float, float]:
    """The metadata, and the wall and CPU seconds it took.

    CPU time is printed too because the machine may be busy with other work.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    meta = extract_metadata(html, url, text=text)
    return meta, time.perf_counter() - wall, time.process_time() - cpu


def run_corpus(verbose: bool) -> None:
    expected: dict[str, dict[str, str | None]] = json.loads(
        (PAGES / "expected.json").read_text(encoding="utf-8")
    )
    hits = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    wall = cpu = 0.0
    for name, want in expected.items():
        html, url = (PAGES / name).read_text(encoding="utf-8"), str(want["url"])
        for _ in range(ROUNDS):
            got, page_wall, page_cpu = timed(html, url)
            wall, cpu = wall + page_wall / ROUNDS, cpu + page_cpu / ROUNDS
        for field in FIELDS:
            if field not in want:
                continue
            totals[field] += 1
            value = getattr(got, field)
            if value == want[field]:
                hits[field] += 1
            elif verbose:
                print(f"  {name}: {field}: got {value!r}, want {want[field]!r}")
    count = len(expected)
    print(f"Fixture corpus: {count} pages, match rate per field")
    for field in FIELDS:
        if totals[field]:
            rate = hits[field] / totals[field]
            print(f"  {field:>13}: {hits[field]:>3}/{totals[field]:<3} {rate:6.1%}")
    print(f"  time per page: {wall / count * 1000:.2f} ms wall, {cpu / count * 1000:.2f} ms CPU")


def benchmark_dir() -> Path:
    env = os.environ.get("CUTTINGS_BENCHMARKS")
    if env:
        return Path(env) / "article-extraction"
    # Next to the repository, or next to the folder of worktrees it sits in.
    for parent in (ROOT.parent, ROOT.parent.parent):
        folder = parent / "shared" / "benchmarks" / "article-extraction"
        if folder.is_dir():
            return folder
    return ROOT.parent / "shared" / "benchmarks" / "article-extraction"


def run_real() -> None:
    folder = benchmark_dir()
    truth_file = folder / "ground-truth.json"
    if not truth_file.is_file():
        print(f"Real pages: {truth_file} not found, skipped")
        return
    truth: dict[str, dict[str, str]] = json.loads(truth_file.read_text(encoding="utf-8"))
    filled = dict.fromkeys(FIELDS, 0)
    walls: list[float] = []
    cpus: list[float] = []
    for page_id, item in truth.items():
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        got, page_wall, page_cpu = timed(html, item["url"], item.get("articleBody", ""))
        walls.append(page_wall)
        cpus.append(page_cpu)
        for field in FIELDS:
            if getattr(got, field):
                filled[field] += 1
    count = len(truth)
    print(f"Real pages (article-extraction benchmark): {count} pages, share with the field filled")
    for field in FIELDS:
        print(f"  {field:>13}: {filled[field]:>3}/{count:<3} {filled[field] / count:6.1%}")
    cpus.sort()
    print(
        f"  time per page: {sum(walls) / count * 1000:.2f} ms wall, "
        f"{sum(cpus) / count * 1000:.2f} ms CPU (median {cpus[count // 2] * 1000:.2f}, "
        f"max {cpus[-1] * 1000:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--real", action="store_true", help="also run over real pages")
    args = parser.parse_args()
    # Language detection loads its model on first use; do not count that.
    extract_metadata("<p>" + "warm up the language model " * 5, "https://example.org/")
    run_corpus(args.verbose)
    if args.real:
        run_real()
    return 0


if __name__ == "__main__":
    sys.exit(main())
