"""How many real article pages the wall detector marks partial (false positives).

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/walls.py

Runs :func:`cuttings.core.clipping.build_article` as a fetch would on each
page of the article-extraction benchmark (see ``bench/extraction.py`` for
where the data is read from) and lists the pages marked partial, with the
reason and the words extracted against the benchmark's own article body.
These pages were captured from a browser with the article in full, so each
one listed is a false positive unless its stored body really is a teaser.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "bench"))

from cuttings.core.clipping import build_article  # noqa: E402
from cuttings.core.errors import ExtractError  # noqa: E402
from cuttings.core.walls import read_signs  # noqa: E402
from cuttings.core.words import count_words  # noqa: E402
from extraction import data_dir, load_pages  # noqa: E402


def main() -> int:
    logging.disable(logging.WARNING)
    folder = data_dir()
    if not (folder / "ground-truth.json").is_file():
        print(f"no benchmark data in {folder}", file=sys.stderr)
        return 1
    pages = load_pages(folder)
    marked = failed = 0
    # Pages showing a sign of a wall that the text-length guards let through.
    signs = {"consent manager": 0, "paywall sign": 0, "not free (schema.org)": 0, "login form": 0}
    for page_id, (html, url, truth) in pages.items():
        try:
            article = build_article(html, url)
        except ExtractError:
            failed += 1
            continue
        found = read_signs(html, url, article.text)
        signs["consent manager"] += bool(found.consent_vendor)
        signs["paywall sign"] += bool(
            found.paywall_markup or found.paywall_phrase or found.paywall_vendor
        )
        signs["not free (schema.org)"] += found.locked
        signs["login form"] += found.login_form
        if article.partial:
            marked += 1
            print(
                f"{page_id[:12]}  {article.word_count:5d}/{count_words(truth):5d} words  "
                f"{url[:60]}\n              {article.partial}"
            )
    print("pages with a sign of a wall:", ", ".join(f"{n} {what}" for what, n in signs.items()))
    print(f"{marked} of {len(pages)} pages marked partial ({failed} not read as articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
