"""Scale benchmark: a library of 100,000 realistic clips, timed.

Usage::

    python bench/scale.py [PATH] [--clips N] [--reuse] [--runs 3] [--optimize] [--cpu]
                          [--queries-only]

Builds a library at PATH (default: a temporary folder) from the article
bodies of the article-extraction benchmark's ``ground-truth.json``, read from
``../shared/benchmarks/article-extraction`` next to the repository (or
``$CUTTINGS_BENCHMARKS/article-extraction``, or ``--articles``); without it the
benchmark says so and exits.  The text is remixed, never copied into the repo.
With ``--reuse`` an existing library at PATH is measured as is.

Prints: size on disk, insert throughput, then p50/p95 latencies (median over
``--runs`` passes; CPU time with ``--cpu``) for searches, counts, timeline
pages, tag counts, and the peak resident memory.  Not collected by pytest.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))

from _process import time_window_opens
from cuttings.core.article import Article
from cuttings.core.library import Library, NewClip, _raw
from cuttings.core.search.compile import compile_query
from cuttings.core.search.pages import clips_by_keys, page_snippets
from cuttings.core.search.plans import count_matches, page_keys
from cuttings.core.search.query import parse_query
from cuttings.core.search.snippets import highlighter
from cuttings.core.timeline import TimelineQuery

ROOT = Path(__file__).resolve().parent.parent
SEED = 20250222
WORDS_PER_CLIP = 800
TAG_COUNT = 2000
SOURCE_COUNT = 300
BIG_TAG = "press review"  # on ~92% of clips: makes a tag-filtered page 90,000 deep exist
FIRST_NAMES = [
    "Ada",
    "José",
    "Zoë",
    "Søren",
    "Łukasz",
    "Chloé",
    "Jürgen",
    "Ngozi",
    "Aiko",
    "Mateus",
    "François",
    "Siobhán",
    "Dražen",
    "Ingrid",
    "Rahul",
    "Eleni",
    "Tomás",
    "Maëlle",
    "Oğuz",
    "Mei",
]
LAST_NAMES = [
    "Pérez",
    "Müller",
    "Kierkegaard",
    "Nowak",
    "Dubois",
    "Okafor",
    "Tanaka",
    "Silva",
    "Ó Briain",
    "Šimić",
    "Johansson",
    "Sharma",
    "Papadopoulou",
    "García",
    "Lefèvre",
    "Yilmaz",
    "Chen",
    "Rossi",
    "Kowalski",
    "Novák",
]
PUNCTUATION = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
LANGUAGES = ["en"] * 14 + ["en-GB", "de", "fr", "it", "es", "pt-BR", "nl", "pl"]


def default_articles() -> Path:
    """The benchmark's ``ground-truth.json``, found as bench/extraction.py finds it."""
    env = os.environ.get("CUTTINGS_BENCHMARKS")
    if env:
        folder = Path(env)
        if not (folder / "ground-truth.json").is_file():
            folder = folder / "article-extraction"
        return folder / "ground-truth.json"
    # ../shared next to the repository; a git worktree may sit one level deeper.
    for parent in ROOT.parents:
        candidate = parent / "shared" / "benchmarks" / "article-extraction" / "ground-truth.json"
        if candidate.is_file():
            return candidate
    return ROOT.parent / "shared" / "benchmarks" / "article-extraction" / "ground-truth.json"


def load_texts(path: Path) -> list[list[str]]:
    """Word lists of the benchmark's article bodies (at least 50 words each)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    texts = [
        entry.get("articleBody", "").split()
        for entry in (data.values() if isinstance(data, dict) else data)
    ]
    return [words for words in texts if len(words) >= 50]


def make_clips(count: int, texts: list[list[str]]) -> Iterator[NewClip]:
    rng = random.Random(SEED)
    vocab = sorted({w.strip(PUNCTUATION).lower() for words in texts for w in words})
    vocab = [w for w in vocab if w.isalpha() and len(w) > 3]
    sources = [
        f"{rng.choice(['The', 'Il', 'Le', 'Die', 'El', ''])} {rng.choice(vocab).title()} "
        f"{rng.choice(['Times', 'Post', 'Gazette', 'Zeitung', 'Diário', 'Journal'])}".strip()
        for _ in range(SOURCE_COUNT)
    ]
    tags = [BIG_TAG] + [
        f"{rng.choice(vocab)} {i}" if i % 3 else f"{rng.choice(vocab)}-é{i}"
        for i in range(1, TAG_COUNT)
    ]
    cum_weights = list(itertools.accumulate(1 / rank**0.9 for rank in range(1, TAG_COUNT)))
    start = datetime(2015, 3, 1, tzinfo=UTC)
    span = timedelta(days=3650).total_seconds()
    moments = sorted(rng.random() * span for _ in range(count))
    for n, offset in enumerate(moments):
        chunks: list[str] = []
        while len(chunks) < WORDS_PER_CLIP:
            words = rng.choice(texts)
            first = rng.randrange(max(1, len(words) - 150))
            chunks.extend(words[first : first + rng.randint(60, 150)])
        body = " ".join(chunks[:WORDS_PER_CLIP])
        title_words = rng.choice(texts)
        first = rng.randrange(max(1, len(title_words) - 12))
        title = " ".join(title_words[first : first + rng.randint(5, 12)]).strip(" .,")
        clipped = start + timedelta(seconds=offset)
        published = clipped - timedelta(hours=rng.randint(0, 96))
        source = sources[int(rng.paretovariate(1.2)) % SOURCE_COUNT]
        picks = rng.choices(range(TAG_COUNT - 1), cum_weights=cum_weights, k=rng.randint(0, 4))
        names = list(dict.fromkeys(tags[1 + i] for i in picks))
        if rng.random() < 0.92:
            names.append(BIG_TAG)
        url = f"https://{source.lower().replace(' ', '')}.example/{n}"
        paragraphs = "".join(f"<p>{body[i : i + 600]}</p>" for i in range(0, len(body), 600))
        yield NewClip(
            Article(
                url=url,
                canonical_url=url,
                title=title or f"Untitled {n}",
                html=paragraphs,
                text=body,
                site_name=source,
                source=source,
                author=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                published_at=published.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                language=rng.choice(LANGUAGES),
                excerpt=" ".join(chunks[:30]),
            ),
            tags=tuple(names),
            clipped_at=clipped,
        )


def build(path: Path, count: int, texts: list[list[str]]) -> tuple[float, int]:
    started = time.perf_counter()
    with Library(path) as lib:
        done = 0

        def progress() -> Iterator[NewClip]:
            for n, clip in enumerate(make_clips(count, texts), start=1):
                if n % 10000 == 0:
                    rate = n / (time.perf_counter() - started)
                    print(f"  {n:,} clips, {rate:,.0f}/s", flush=True)
                yield clip

        done = len(lib.bulk_insert(progress(), batch_size=2000).results)
    return time.perf_counter() - started, done


def pick_terms(lib: Library, total: int, articles: Path) -> dict[str, list[str]]:
    """Words of several document frequencies, read from the index's vocabulary."""
    import sqlite3

    db = sqlite3.connect(lib.path)
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, clips_fts, row)")
    rows = db.execute("SELECT term, doc FROM temp.vocab WHERE length(term) > 3").fetchall()
    db.close()
    rng = random.Random(SEED)
    letters = [(t, d) for t, d in rows if t.isalpha()]

    def sample(low: float, high: float, k: int = 20) -> list[str]:
        chosen = [t for t, d in letters if low * total <= d <= high * total]
        rng.shuffle(chosen)
        return chosen[:k]

    texts = load_texts(articles)
    phrases = []
    while len(phrases) < 20:
        words = [w.strip(PUNCTUATION) for w in rng.choice(texts)]
        first = rng.randrange(len(words) - 3)
        phrase = " ".join(words[first : first + rng.randint(2, 3)])
        if all(w.isalpha() for w in phrase.split()):
            phrases.append(phrase)
    return {
        "phrases": phrases,  # type: ignore[dict-item]
        "rare": sample(0.0002, 0.002),
        "mid": sample(0.02, 0.1),
        "common": sample(0.4, 0.7),
        # As typed: 4 to 7 letters of a common word (shorter words are matched whole).
        "prefix": [t[: 4 + i % 4] for i, t in enumerate(sample(0.3, 0.7))],
    }


# Wall time, or this process's CPU time with --cpu: on a machine shared with
# other work, wall time measures the neighbours as much as the library.
clock = time.perf_counter


def measure(fn: Callable[[], object], repeat: int = 1) -> float:
    started = clock()
    for _ in range(repeat):
        fn()
    return (clock() - started) * 1000 / repeat


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def query_set(lib: Library, terms: dict[str, list[str]]) -> dict[str, list[str]]:
    rng = random.Random(SEED + 1)
    tags = [t.name for t in lib.tags() if 1500 <= t.count <= 20000] or [t.name for t in lib.tags()]
    rng.shuffle(tags)

    def tag(i: int) -> str:
        return f'tag:"{tags[i % len(tags)]}"'

    def cycle(words: list[str], fallback: str) -> list[str]:
        # Small libraries may have too few words of some frequency: reuse them.
        return [words[i % len(words)] if words else fallback for i in range(n)]

    n = 20
    common = cycle(terms["common"], "the")
    mid, rare = cycle(terms["mid"], common[0]), cycle(terms["rare"], common[0])
    prefix = cycle(terms["prefix"], common[0][:4])
    phrases = [f'"{text}"' for text in cycle(terms["phrases"], "of the")]
    return {
        "rare word": rare,
        "common word": common,
        "two words": [f"{common[i]} {mid[i]}" for i in range(n)],
        "phrase": phrases,
        "prefix (as you type)": prefix,
        'stop word "the"': ["the"] * n,
        "tag + word": [f"{tag(i)} {common[i]}" for i in range(n)],
        "date range + word": [
            f"after:{2016 + i % 8}-0{1 + i % 9} before:{2017 + i % 8}-0{1 + i % 9} {common[i]}"
            for i in range(n)
        ],
        "all combined": [
            f"{tag(i)} after:{2016 + i % 8} {phrases[i]} {mid[i]} -{rare[i]} {prefix[-i - 1]}"
            for i in range(n)
        ],
    }


def run_queries(lib: Library, queries: dict[str, list[str]], runs: int) -> None:
    # Submitted searches; the "prefix" and "combined" kinds are typed: their last word
    # matches as a prefix (prefix_last=True), as in the window's search-as-you-type.
    # The window does not call search(): it shows the first rows of the timeline's
    # list (timeline_head) and then reads the whole list of ids, whose length is the
    # count in its header ("window, first rows" is what a person waits for).
    kinds = {
        "window, first rows": lambda q, p: _window_first_rows(lib, q),
        "window, whole list": lambda q, p: lib.timeline_list(TimelineQuery(search=q)),
        "search() page 1": lambda q, p: lib.search(q, prefix_last=p),
        "page 1, no count": lambda q, p: _page_only(lib, q, "newest", p),
        "relevance top 50": lambda q, p: lib.search(q, order="relevance", prefix_last=p),
        "match count": lambda q, p: _count_only(lib, q, p),
    }
    print(f"\n{'query kind':26} " + " ".join(f"{k:>19}" for k in kinds))
    print(f"{'':26} " + " ".join(f"{'p50 / p95 ms':>19}" for _ in kinds))
    for kind, texts in queries.items():
        cells = []
        for fn in kinds.values():
            p50s, p95s = [], []
            for _ in range(runs):
                typed = "prefix" in kind or "combined" in kind
                times = [measure(lambda t=t, fn=fn, p=typed: fn(t, p)) for t in texts]
                p50s.append(percentile(times, 0.5))
                p95s.append(percentile(times, 0.95))
            cells.append(f"{statistics.median(p50s):>8.1f} / {statistics.median(p95s):>6.1f}")
        print(f"{kind:26} " + " ".join(f"{c:>19}" for c in cells), flush=True)
    sample = {kind: texts[0] for kind, texts in queries.items()}
    print("\nexample queries:")
    for kind, text in sample.items():
        page = lib.search(text, prefix_last="prefix" in kind or "combined" in kind)
        print(f"  {kind:26} {text!r}: {page.total:,} matches")


def _window_first_rows(lib: Library, query: str) -> None:
    """What the window reads before it paints a new search: its first block of rows."""
    wanted = TimelineQuery(search=query)
    head = lib.timeline_head(wanted, 50)
    if head is None:  # ranked: the whole list first
        head = lib.timeline_list(wanted)
    lib.timeline_rows(list(head.ids[:50]))


def _page_only(lib: Library, query: str, order: str, prefix_last: bool) -> None:
    parsed = parse_query(query, prefix_last=prefix_last)
    compiled = compile_query(parsed)
    with lib._read() as conn:
        db = _raw(conn)
        keys = page_keys(db, compiled, order, 50, 0)  # type: ignore[arg-type]
        clips = clips_by_keys(db, keys)
        page_snippets(db, highlighter(parsed), keys, clips)


def _count_only(lib: Library, query: str, prefix_last: bool) -> None:
    compiled = compile_query(parse_query(query, prefix_last=prefix_last))
    with lib._read() as conn:
        count_matches(_raw(conn), compiled)


def run_timeline(lib: Library, runs: int) -> None:
    total = lib.count()
    big = lib.count(tags=[BIG_TAG])
    tags = sorted(lib.tags(), key=lambda t: t.count)
    mid_tag = tags[len(tags) // 2].name
    deep = min(90_000, max(0, total - 50))
    deep_tag = min(90_000, max(0, big - 50))
    last_page = lib.list_clips(limit=50, offset=deep)
    cases: dict[str, Callable[[], object]] = {
        "timeline page 1": lambda: lib.list_clips(limit=50),
        f"timeline offset {deep:,}": lambda: lib.list_clips(limit=50, offset=deep),
        f"timeline keyset at {deep:,}": lambda: lib.list_clips(limit=50, after=last_page[-1]),
        f"tag ({big:,} clips) page 1": lambda: lib.list_clips(limit=50, tags=[BIG_TAG]),
        f"tag ({big:,}) offset {deep_tag:,}": lambda: lib.list_clips(
            limit=50, offset=deep_tag, tags=[BIG_TAG]
        ),
        "mid tag page 1": lambda: lib.list_clips(limit=50, tags=[mid_tag]),
        "two tags page 1": lambda: lib.list_clips(limit=50, tags=[BIG_TAG, mid_tag]),
        "oldest first page 1": lambda: lib.list_clips(limit=50, newest_first=False),
        "by published page 1": lambda: lib.list_clips(limit=50, order="published"),
        f"by published offset {deep:,}": lambda: lib.list_clips(
            limit=50, offset=deep, order="published"
        ),
        "by published, mid tag page 1": lambda: lib.list_clips(
            limit=50, order="published", tags=[mid_tag]
        ),
        f"by published, tag offset {deep_tag:,}": lambda: lib.list_clips(
            limit=50, offset=deep_tag, order="published", tags=[BIG_TAG]
        ),
        "count()": lambda: lib.count(),
        "count(big tag)": lambda: lib.count(tags=[BIG_TAG]),
        "sidebar tags()": lambda: lib.tags(),
        "changed_elsewhere() (data_version)": lib.changed_elsewhere,
    }
    print(f"\n{'timeline and sidebar':34} {'median ms':>10} {'max of runs':>12}")
    for name, fn in cases.items():
        times = [measure(fn, repeat=5) for _ in range(runs)]
        print(f"{name:34} {statistics.median(times):>10.2f} {max(times):>12.2f}", flush=True)


def run_bulk_edits(lib: Library, runs: int, count: int = 35_000) -> None:
    """A tag added to and removed from ``count`` clips (a Select All), each undone."""
    with lib._read() as conn:
        ids = [row[0] for row in _raw(conn).execute(f"SELECT id FROM clips LIMIT {count}")]
    cases = {
        f"tag {len(ids):,} clips": lambda: lib.edit_tags(ids, add=["bench bulk"]),
        f"untag {len(ids):,} clips": lambda: lib.edit_tags(ids, remove=[BIG_TAG]),
    }
    print(f"\n{'bulk edits (one transaction)':34} {'median ms':>10} {'undo ms':>10}")
    for name, edit in cases.items():
        times, undos = [], []
        for _ in range(runs):
            started = time.perf_counter()
            done = edit()
            times.append((time.perf_counter() - started) * 1000)
            undos.append(measure(lambda done=done: lib.revert_tag_edit(done)))
        print(f"{name:34} {statistics.median(times):>10.0f} {statistics.median(undos):>10.0f}")


def run_window_open(path: Path, runs: int) -> None:
    """Wall time of a fresh ``cuttings`` process opening the window on the library.

    ``--quit-after-show`` says on stderr when the first timeline rows are
    painted: Python's start-up, imports, opening the library and painting.
    """
    with tempfile.TemporaryDirectory() as settings:
        times = [run[0] for run in time_window_opens(path, settings, max(runs, 3))]
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"\nwindow open, first rows painted (new process): "
        f"median {statistics.median(times):.0f} ms, "
        f"max {max(times):.0f} ms; its peak resident memory {child_rss:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--clips", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="measure an existing library")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--optimize", action="store_true", help="merge the index after building")
    parser.add_argument("--cpu", action="store_true", help="time queries in CPU time, not wall")
    parser.add_argument(
        "--queries-only", action="store_true", help="only the searches (no timeline, edits, window)"
    )
    parser.add_argument("--articles", type=Path, default=default_articles())
    args = parser.parse_args()
    if args.cpu:
        global clock
        clock = time.process_time
    if not args.articles.is_file():
        print(f"skipped: the benchmark's article bodies ({args.articles}) are not here")
        return
    folder = None
    if args.path is None:
        folder = tempfile.TemporaryDirectory(prefix="cuttings-scale-")
        args.path = Path(folder.name) / "library.sqlite"
    path: Path = args.path
    if not (args.reuse and path.exists()):
        texts = load_texts(args.articles)
        print(
            f"building {args.clips:,} clips at {path} from "
            f"{len(texts)} article bodies in {args.articles}",
            flush=True,
        )
        seconds, done = build(path, args.clips, texts)
        print(f"inserted {done:,} clips in {seconds:.0f} s: {done / seconds:,.0f} clips/s")
        if args.optimize:
            with Library(path) as lib:
                print(f"optimize: {measure(lib.optimize_search_index) / 1000:.0f} s")
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    print(f"size on disk: {size / 1e6:,.0f} MB (with WAL)")
    with Library(path) as lib:
        total = lib.count()
        print(f"clips: {total:,}; tags: {len(lib.tags()):,}")
        terms = pick_terms(lib, total, args.articles)
        queries = query_set(lib, terms)
        run_queries(lib, queries, args.runs)
        if args.queries_only:
            return
        run_timeline(lib, args.runs)
        run_bulk_edits(lib, args.runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory (ru_maxrss): {rss:.0f} MB")
    run_window_open(path, args.runs)
    if folder is not None:
        folder.cleanup()


if __name__ == "__main__":
    main()
