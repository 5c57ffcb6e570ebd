"""Time of a clip through the browser connector's endpoint, as the extension sends it.

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/connector.py [--pages N]

Runs the endpoint (``cuttings serve``'s service on a temporary library, a free
port, a temporary token) and POSTs real pages as ``/v1/clip/page`` requests:
the article-extraction benchmark's pages (``../shared/benchmarks`` next to the
repository, or ``$CUTTINGS_BENCHMARKS``), else the fixture pages.  Prints the
median, 95th percentile and worst time per clip (request sent to answer read:
extraction, metadata and the library write), per page size, and the cost of a
refused request.  Always exits 0: this measures, the tests judge.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT))

from tests.connector_client import EXTENSION_ORIGIN, call  # noqa: E402

from cuttings.core.connector.server import Endpoint  # noqa: E402
from cuttings.core.connector.service import LibraryService  # noqa: E402
from cuttings.core.connector.token import TokenKeeper  # noqa: E402
from cuttings.core.library import Library  # noqa: E402


def pages(limit: int) -> list[str]:
    shared = Path(os.environ.get("CUTTINGS_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
    folder = shared / "article-extraction" / "html"
    if folder.is_dir():
        files = sorted(folder.glob("*.html.gz"))[:limit]
        return [gzip.decompress(f.read_bytes()).decode("utf-8", "replace") for f in files]
    files = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))[:limit]
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    html_pages = pages(args.pages)
    with tempfile.TemporaryDirectory() as folder:
        keeper = TokenKeeper(Path(folder) / "token")
        library = Library(Path(folder) / "library.sqlite")
        endpoint = Endpoint(LibraryService(library), keeper.current, ports=(0,))
        endpoint.start()
        token = keeper.current()
        times: list[float] = []
        failed = 0
        try:
            for n, html in enumerate(html_pages):
                payload = {"url": f"https://bench.example/{n}", "html": html, "tags": ["bench"]}
                started = time.perf_counter()
                reply = call(endpoint.port, "POST", "/v1/clip/page", token=token,
                             payload=payload, origin=EXTENSION_ORIGIN)  # fmt: skip
                times.append(time.perf_counter() - started)
                failed += reply.status != 200
            started = time.perf_counter()
            for _ in range(20):
                call(endpoint.port, "GET", "/v1/hello", token="wrong" * 8)
            refused = (time.perf_counter() - started) / 20
        finally:
            endpoint.stop()
            library.close()
    sizes = [len(p.encode()) for p in html_pages]
    print(f"{len(times)} pages, {statistics.median(sizes) / 1024:.0f} KiB median "
          f"({max(sizes) / 1024:.0f} KiB largest); {failed} answered with an error")  # fmt: skip
    median, p95, worst = (
        statistics.median(times) * 1000,
        percentile(times, 0.95) * 1000,
        max(times) * 1000,
    )
    print(f"clip through the endpoint: median {median:.0f} ms, p95 {p95:.0f} ms, ", end="")
    print(f"worst {worst:.0f} ms")
    print(f"refused request (wrong token): {refused * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
