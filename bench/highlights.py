"""Highlights benchmark: anchoring on a long clip, and highlights in a big library, timed.

Usage::

    python bench/highlights.py [PATH] [--clips 100000] [--highlights 5000] [--reuse]

Part 1 anchors 200 highlights on one 10,000-word clip again after its text
changed in three ways (unchanged; reformatted: whitespace, case, quotes; and
edited: words replaced, a third of the highlights' text gone).  Part 2
builds (or, with ``--reuse``, measures as is) a library of ``--clips``
synthetic clips of about 150 words, ``--highlights`` of them highlighted
with a comment, and times All Highlights (first and a deep page), the
highlights of a clip in the reader, ``has:highlights``, and a search whose
word is in the comments.  Prints the median of five runs.  Not collected by
pytest.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))

from cuttings.core.article import Article
from cuttings.core.highlights.anchoring import quote_at
from cuttings.core.library import Library, NewClip

SEED = 17
VOCABULARY = [
    f"{a}{b}{c}"
    for a in ("ka", "lo", "mi", "ne", "po", "ru", "sa", "te", "vi", "zo")
    for b in ("r", "l", "n", "s", "t", "")
    for c in ("a", "e", "i", "o", "u", "an", "el")
]


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def words(rng: random.Random, count: int) -> str:
    sentences = []
    while count > 0:
        n = min(count, rng.randint(8, 20))
        sentence = " ".join(rng.choice(VOCABULARY) for _ in range(n))
        sentences.append(sentence.capitalize() + ".")
        count -= n
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs)


def article(n: int, text: str) -> Article:
    html = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    url = f"https://bench.example/{n}"
    return Article(url=url, canonical_url=url, title=f"Clip {n}", html=html, text=text)


def anchoring(path: Path) -> None:
    rng = random.Random(SEED)
    text = words(rng, 10_000)
    with Library(path) as library:
        clip_id = library.add(article(0, text)).clip.id
        for _ in range(200):
            start = rng.randrange(0, len(text) - 200)
            start = text.index(" ", start) + 1
            end = text.index(" ", start + rng.randint(20, 120))
            library.add_highlight(clip_id, quote_at(text, start, end))
        print(f"one clip of {len(text.split()):,} words ({len(text):,} characters), "
              "200 highlights:")  # fmt: skip
        variants = {
            "unchanged": text,
            "reformatted": text.replace(". ", ".  ").replace("\n\n", "\n").upper(),
            "edited": " ".join(
                w if rng.random() > 0.02 else rng.choice(VOCABULARY) for w in text.split(" ")
            ),
        }
        for name, new_text in variants.items():
            library.refresh(clip_id, article(0, new_text))
            found = library.highlights(clip_id)
            orphans = sum(item.orphaned for item in found)
            ms = timed(lambda: library.highlights(clip_id))
            print(f"  {name:<12} re-anchored in {ms:7.1f} ms, {orphans} orphaned")


def clips(count: int, rng: random.Random) -> Iterator[NewClip]:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for n in range(1, count + 1):
        yield NewClip(article(n, words(rng, 150)), clipped_at=start + timedelta(minutes=20 * n))


def library_scale(path: Path, count: int, highlighted: int, reuse: bool) -> None:
    rng = random.Random(SEED)
    with Library(path) as library:
        if not reuse:
            began = time.perf_counter()
            library.bulk_insert(clips(count, rng), batch_size=2000)
            print(f"built {count:,} clips in {time.perf_counter() - began:.0f} s")
            began = time.perf_counter()
            for clip_id in rng.sample(range(1, count + 1), highlighted):
                clip_text = library.get(clip_id).text or ""
                start = clip_text.index(" ", 40) + 1
                quote = quote_at(clip_text, start, clip_text.index(" ", start + 40))
                comment = f"check {rng.choice(VOCABULARY)} with the desk"
                library.add_highlight(clip_id, quote, comment=comment)
            print(f"added {highlighted:,} highlights in {time.perf_counter() - began:.0f} s")
        total = library.count()
        marked = library.highlight_count()
        print(f"library of {total:,} clips, {marked:,} highlights:")
        plain = next(c.id for c in library.list_clips(limit=50) if not library.highlights(c.id))
        rows: list[tuple[str, Callable[[], object]]] = [
            ("All Highlights, first page (200)", lambda: library.all_highlights(limit=200)),
            ("All Highlights, page at 4,800",
             lambda: library.all_highlights(limit=200, offset=4800)),
            ("highlight count", library.highlight_count),
            ("a clip's highlights (none)", lambda: library.highlights(plain)),
            ("search has:highlights (page of 50)",
             lambda: library.search("has:highlights", limit=50)),
            ("search 'desk' (in every comment)", lambda: library.search("desk", limit=50)),
            ("search 'karan' (text, and comments)", lambda: library.search("karan", limit=50)),
            ("search 'karan' by relevance",
             lambda: library.search("karan", limit=50, order="relevance")),
        ]  # fmt: skip
        for name, fn in rows:
            print(f"  {name:<40} {timed(fn):8.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--clips", type=int, default=100_000)
    parser.add_argument("--highlights", type=int, default=5000)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        anchoring(Path(folder) / "anchoring.sqlite")
        path = args.path or Path(folder) / "scale.sqlite"
        library_scale(path, args.clips, args.highlights, args.reuse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
