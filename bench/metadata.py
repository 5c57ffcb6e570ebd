"""Match rate of extract_metadata on the fixture corpus, field by field.

Run from the repository root:

    /work/main/.venv/bin/python bench/metadata.py [-v]

``-v`` prints every mismatch.  Always exits 0: this measures, the tests judge.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from cuttings.core.metadata import extract_metadata  # noqa: E402

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


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    expected: dict[str, dict[str, str | None]] = json.loads(
        (PAGES / "expected.json").read_text(encoding="utf-8")
    )
    pages = {name: (PAGES / name).read_text(encoding="utf-8") for name in expected}
    # Language detection loads its model on first use; do not count that.
    extract_metadata("<p>" + "warm up the language model " * 5, "https://example.org/")
    hits = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    elapsed = 0.0
    for name, want in expected.items():
        html, url = pages[name], str(want["url"])
        start = time.perf_counter()
        for _ in range(ROUNDS):
            got = extract_metadata(html, url)
        elapsed += (time.perf_counter() - start) / ROUNDS
        for field in FIELDS:
            if field not in want:
                continue
            totals[field] += 1
            value = getattr(got, field)
            if value == want[field]:
                hits[field] += 1
            elif verbose:
                print(f"{name}: {field}: got {value!r}, want {want[field]!r}")
    print(f"{len(expected)} pages, {elapsed / len(expected) * 1000:.2f} ms per page")
    for field in FIELDS:
        if totals[field]:
            rate = hits[field] / totals[field]
            print(f"{field:>13}: {hits[field]:>2}/{totals[field]:<2} {rate:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
