"""How long a 10,000-item import takes, and whether memory stays flat.

Usage (from the repository root)::

    /work/main/.venv/bin/python bench/import_scale.py [--items N] [--format json|wallabag|netscape]

Writes a synthetic export (articles of ~4 KB of HTML with lists, links and
images, three tags each, saved dates over ten years) to a temporary folder,
imports it into an empty library and prints the time and the peak resident
memory (ru_maxrss) before and after.  ``json`` is our own export (HTML
re-sanitized, text carried), ``wallabag`` carries HTML only (sanitized and
turned into text on import), ``netscape`` carries links only: its items are
"fetched" by a stand-in that builds an article instantly, which measures the
scheduling and writing, not the network.  Then it exports the library back
to JSON and reports that too.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from cuttings.core.article import Article  # noqa: E402
from cuttings.core.exporters import export_clips  # noqa: E402
from cuttings.core.importers import import_files  # noqa: E402
from cuttings.core.library import Library  # noqa: E402

WORDS = [
    "council",
    "budget",
    "river",
    "bridge",
    "school",
    "library",
    "residents",
    "evening",
    "debate",
    "money",
    "repair",
    "minister",
    "election",
    "results",
    "museum",
    "weather",
    "storm",
    "harbour",
    "trains",
    "strike",
    "reform",
]


def body(n: int) -> str:
    paragraphs = []
    for p in range(8):
        words = " ".join(WORDS[(n * 7 + p * 3 + i) % len(WORDS)] for i in range(60))
        paragraphs.append(f"<p>{words.capitalize()} <a href='/related/{n}-{p}'>more</a>.</p>")
    return (
        f"<h2>Story {n}</h2>{''.join(paragraphs[:4])}"
        f"<figure><img src='https://cdn.example.org/{n}.jpg' alt='Picture {n}'>"
        "<figcaption>A caption</figcaption></figure>"
        f"<ul><li>first point</li><li>second point</li></ul>{''.join(paragraphs[4:])}"
    )


def saved(n: int) -> datetime:
    return datetime(2015, 1, 1, tzinfo=UTC) + timedelta(hours=n * 8)


def url(n: int) -> str:
    return f"https://site{n % 50}.example.org/2024/story-{n}"


def write_json(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "cuttings-export", "version": 1, "clips": [\n')
        for n in range(count):
            html = body(n)
            record = {
                "id": n + 1,
                "url": url(n),
                "canonical_url": url(n),
                "title": f"Story number {n}",
                "site_name": "Example",
                "source": "Example Times",
                "author": "Jo Reporter",
                "published_at": saved(n).date().isoformat(),
                "clipped_at": saved(n).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "updated_at": saved(n).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "language": "en",
                "lead_image": f"https://cdn.example.org/{n}.jpg",
                "excerpt": f"Story {n} begins",
                "tags": [f"topic-{n % 40}", f"year-{saved(n).year}", "imported"],
                "word_count": 500,
                "note": "",
                "text": f"Story {n}\n\n" + " ".join(WORDS) * 20,
                "html": html,
            }
            out.write(("," if n else "") + json.dumps(record) + "\n")
        out.write("]}\n")


def write_wallabag(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for n in range(count):
            entry = {
                "is_archived": n % 2,
                "tags": [f"topic-{n % 40}", "imported"],
                "title": f"Story number {n}",
                "url": url(n),
                "content": body(n),
                "created_at": saved(n).isoformat(),
                "published_at": saved(n).isoformat(),
                "published_by": ["Jo Reporter"],
                "language": "en",
                "domain_name": f"site{n % 50}.example.org",
                "preview_picture": f"https://cdn.example.org/{n}.jpg",
            }
            out.write(("," if n else "") + json.dumps(entry) + "\n")
        out.write("]\n")


def write_netscape(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n")
        for n in range(count):
            stamp = int(saved(n).timestamp())
            out.write(
                f'<DT><A HREF="{url(n)}" ADD_DATE="{stamp}" TAGS="topic-{n % 40},imported">'
                f"Story number {n}</A>\n"
            )
        out.write("</DL>\n")


def instant_article(link: str, cancel: threading.Event) -> Article:
    n = int(link.rsplit("-", 1)[1])
    html = body(n)
    return Article(
        url=link,
        canonical_url=link,
        title=f"Story number {n}",
        html=html,
        text=" ".join(WORDS) * 20,
        site_name="Example",
    )


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--format", choices=("json", "wallabag", "netscape"), default="json")
    args = parser.parse_args()
    writers = {"json": write_json, "wallabag": write_wallabag, "netscape": write_netscape}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"export.{args.format}"
        writers[args.format](source, args.items)
        size_mib = source.stat().st_size / 2**20
        print(f"{args.items} items, {args.format}, file {size_mib:.1f} MiB")
        before = peak_mib()
        with Library(Path(folder) / "library.sqlite") as library:
            start = time.perf_counter()
            report = import_files(
                library,
                [source],
                report_path=Path(folder) / "report.txt",
                fetch=instant_article,
            )
            elapsed = time.perf_counter() - start
            after_import = peak_mib()
            print(
                f"import: {elapsed:.1f} s ({args.items / elapsed:.0f} items/s); {report.summary()}"
            )
            print(f"peak RSS: {before:.0f} MiB before, {after_import:.0f} MiB after the import")
            assert report.done == report.read == args.items
            start = time.perf_counter()
            again = import_files(
                library, [source], report_path=Path(folder) / "again.txt", fetch=instant_article
            )
            print(
                f"same import again (all skipped): {time.perf_counter() - start:.1f} s; "
                f"{again.summary()}"
            )
            start = time.perf_counter()
            export_clips(library, "json", Path(folder) / "out.json")
            elapsed = time.perf_counter() - start
            print(f"export json: {elapsed:.1f} s; peak RSS {peak_mib():.0f} MiB after the export")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
