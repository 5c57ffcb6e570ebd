"""Article-body fidelity of ``extract_body`` on the article-extraction benchmark.

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/extraction.py [--worst N] [--dump FILE]

The data (scrapinghub/article-extraction-benchmark: ``html/<id>.html.gz`` and
``ground-truth.json``) is read from ``../shared/benchmarks/article-extraction``
next to the repository, or from ``$CUTTINGS_BENCHMARKS/article-extraction``.
It is never copied into the repository.  Plain readability-lxml is timed and
scored in the same run, for the speed ratio and for the recall guard: the
pages where our body recall falls more than 0.05 below readability's are
listed (target: at most 3 of 181, none below 0.8 recall).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html  # noqa: E402
from readability import Document  # noqa: E402

from _score import mean_scores, page_counts, page_scores  # noqa: E402
from cuttings.core.errors import ExtractError  # noqa: E402
from cuttings.core.extract import extract_body  # noqa: E402


def data_dir() -> Path:
    env = os.environ.get("CUTTINGS_BENCHMARKS")
    if env:
        folder = Path(env)
        # the benchmarks folder, or the article-extraction folder itself
        return folder if (folder / "ground-truth.json").is_file() else folder / "article-extraction"
    # ../shared next to the repository; a git worktree may sit one level deeper.
    for parent in ROOT.parents:
        candidate = parent / "shared" / "benchmarks" / "article-extraction"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "benchmarks" / "article-extraction"


def load_pages(folder: Path) -> dict[str, tuple[str, str, str]]:
    """id -> (html, url, true article body)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id, item in sorted(truth.items()):
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages[page_id] = (raw.decode("utf-8", errors="replace"), item["url"], item["articleBody"])
    return pages


def ours(html: str, url: str) -> str:
    try:
        return extract_body(html, url).text
    except ExtractError:
        return ""


def plain_readability(html: str, url: str) -> str:
    summary = Document(html, url=url).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content()


def run_both(pages):
    """Texts and timings of plain readability and ours, page by page.

    The two run back to back on each page, so a machine busy with something
    else slows both alike and the time ratio stays meaningful.
    """
    texts = {"readability": {}, "ours": {}}
    total = {"readability": 0.0, "ours": 0.0}
    slowest = {"readability": 0.0, "ours": 0.0}
    for page_id, (html, url, _) in pages.items():
        for name, extractor in (("readability", plain_readability), ("ours", ours)):
            start = time.perf_counter()
            texts[name][page_id] = extractor(html, url)
            elapsed = time.perf_counter() - start
            total[name] += elapsed
            slowest[name] = max(slowest[name], elapsed)
    return texts, total, slowest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worst", type=int, default=15, help="how many worst pages to list")
    parser.add_argument("--dump", type=Path, help="write our texts as JSON to this file")
    args = parser.parse_args()
    folder = data_dir()
    if not (folder / "ground-truth.json").is_file():
        print(f"skipped: benchmark data not found in {folder}")
        return 0
    logging.disable(logging.WARNING)
    pages = load_pages(folder)

    texts, total, slowest = run_both(pages)
    base_texts, base_time, base_slowest = (
        texts["readability"],
        total["readability"],
        slowest["readability"],
    )
    our_texts, our_time, our_slowest = texts["ours"], total["ours"], slowest["ours"]
    if args.dump:
        args.dump.write_text(json.dumps(our_texts, ensure_ascii=False), encoding="utf-8")

    scored = sorted(
        (page_scores(truth, our_texts[page_id])[::-1], page_id)
        for page_id, (_, _, truth) in pages.items()
    )
    print(f"{args.worst} worst pages (ours):")
    for (f1, r, p), page_id in scored[: args.worst]:
        print(f"  {page_id[:16]}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  {pages[page_id][1][:70]}")
    print()
    print(f"{'':22}{'precision':>10}{'recall':>8}{'F1':>7}{'pages/s':>9}{'slowest s':>11}")
    for name, texts, seconds, slowest in (
        ("readability-lxml", base_texts, base_time, base_slowest),
        ("cuttings", our_texts, our_time, our_slowest),
    ):
        p, r, f1 = mean_scores(page_counts(truth, texts[i]) for i, (_, _, truth) in pages.items())
        print(f"{name:22}{p:10.3f}{r:8.3f}{f1:7.3f}{len(pages) / seconds:9.1f}{slowest:11.2f}")
    print(f"time ratio (cuttings / readability-lxml): {our_time / base_time:.2f}")
    p, r, f1 = mean_scores(page_counts(truth, our_texts[i]) for i, (_, _, truth) in pages.items())
    print(f"F1 {f1:.3f}")
    print_recall_guard(pages, base_texts, our_texts)
    return 0


# A page fails the recall guard when our body recall is this much below plain
# readability-lxml's: dropping what readability keeps is the loss a reader
# quoting a clipping notices.  Targets: at most GUARD_MAX_PAGES such pages,
# none of them below GUARD_MIN_RECALL.
GUARD_MARGIN = 0.05
GUARD_MAX_PAGES = 3
GUARD_MIN_RECALL = 0.8


def print_recall_guard(pages, base_texts, our_texts) -> None:
    """List the pages where our recall falls behind plain readability's."""
    behind = []
    for page_id, (_, url, truth) in pages.items():
        _, our_recall, _ = page_scores(truth, our_texts[page_id])
        _, base_recall, _ = page_scores(truth, base_texts[page_id])
        if our_recall < base_recall - GUARD_MARGIN:
            behind.append((our_recall, base_recall, page_id, url))
    print(
        f"recall guard: {len(behind)} of {len(pages)} pages more than {GUARD_MARGIN}"
        " below readability"
    )
    for our_recall, base_recall, page_id, url in sorted(behind):
        print(f"  {page_id[:16]}  R {our_recall:.3f}  readability R {base_recall:.3f}  {url[:60]}")
    low = sum(1 for our_recall, *_ in behind if our_recall < GUARD_MIN_RECALL)
    verdict = "met" if len(behind) <= GUARD_MAX_PAGES and not low else "NOT met"
    target = f"<= {GUARD_MAX_PAGES} pages, none below {GUARD_MIN_RECALL}"
    print(f"recall guard target ({target}): {verdict}")


if __name__ == "__main__":
    sys.exit(main())
