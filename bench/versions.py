"""Versions: re-checking 1,000 clips, diffing two 5,000-word versions, storage per version.

Usage::

    python bench/versions.py [--clips 1000] [--hosts 10] [--runs 5]

(1) Re-check: a local HTTP server serves ``--clips`` article pages spread
    over ``--hosts`` host names (all resolving to 127.0.0.1), one in ten of
    them edited since clipping; the clips are stored from the same pages, so
    nine in ten are unchanged.  ``recheck`` runs with its defaults (6 at once,
    2 per host) and outcomes are written 100 per transaction, as
    ``cuttings recheck`` does.  Printed: the wall time, and the most requests
    the server saw at once from one host.  Then again with every page on one
    host.
(2) Diff: two 5,000-word versions (sentences edited, paragraphs added and
    removed); the median of ``--runs`` diffs and renders.
(3) Storage: 20 versions of a 2,000-word article (one paragraph edited each
    time): bytes of compressed bodies, and what the library file grew by.

Texts come from the extraction benchmark (../shared/benchmarks) when it is
there, else from a fixed word list.  Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cuttings.core.clipping import build_article
from cuttings.core.fetch import Fetcher
from cuttings.core.library import Library, NewClip
from cuttings.core.network import Network
from cuttings.core.versions.compare import render_diff
from cuttings.core.versions.diff import Side, diff_versions
from cuttings.core.versions.recheck import recheck

SEED = 20251130


def words_source() -> list[str]:
    try:
        from scale import default_articles, load_texts

        path = default_articles()
        if path.is_file():
            return [w for words in load_texts(path) for w in words]
    except (ImportError, OSError, ValueError):
        pass
    base = "the council said budget vote city schools mayor opposition plan members week law"
    return base.split() * 1000


def paragraphs_of(rng: random.Random, words: list[str], count: int) -> list[str]:
    """About ``count`` words as paragraphs of 4 to 6 sentences."""
    out: list[str] = []
    total = 0
    while total < count:
        sentences = []
        for _ in range(rng.randint(4, 6)):
            n = rng.randint(12, 28)
            start = rng.randrange(0, len(words) - n)
            sentence = " ".join(words[start : start + n]).rstrip(".")
            sentences.append(sentence[:1].upper() + sentence[1:] + ".")
            total += n
        out.append(" ".join(sentences))
    return out


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


class BenchNetwork(Network):
    def resolve(self, host: str, port: int) -> list[str]:
        return ["127.0.0.1"] if host.endswith(".bench") else super().resolve(host, port)


class Server:
    """Pages by path; records the most requests served at once per host."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.active: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").split(":")[0]
                with server.lock:
                    server.active[host] = server.active.get(host, 0) + 1
                    server.peak[host] = max(server.peak.get(host, 0), server.active[host])
                try:
                    body = server.pages.get(self.path, b"")
                    self.send_response(200 if body else 404)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with server.lock:
                        server.active[host] -= 1

            def log_message(self, *args: object) -> None:
                pass

        class Quiet(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def bench_recheck(folder: Path, words: list[str], clips: int, hosts: int) -> None:
    rng = random.Random(SEED)
    server = Server()
    entries = []
    for n in range(clips):
        host = f"site{n % hosts}.bench"
        url = f"http://{host}:{server.port}/story/{n}"
        paragraphs = paragraphs_of(rng, words, 600)
        html = page(f"Story {n}", paragraphs)
        entries.append(NewClip(build_article(html, url)))
        if n % 10 == 0:
            paragraphs[1] = "A correction was made. " + paragraphs[1]
            html = page(f"Story {n}, corrected", paragraphs)
        server.pages[f"/story/{n}"] = html.encode()
    path = folder / f"recheck-{hosts}.sqlite"
    with Library(path) as library:
        library.bulk_insert(entries)
        targets = library.all_check_targets()
        batch: list = []
        found: dict[str, int] = {}

        def on_outcome(outcome) -> None:
            batch.append(outcome)
            if len(batch) >= 100:
                write()

        def write() -> None:
            recorded = library.record_checks(batch)
            for finding in recorded.findings.values():
                found[finding] = found.get(finding, 0) + 1
            batch.clear()

        start = time.perf_counter()
        recheck(targets, on_outcome, fetcher=Fetcher(network=BenchNetwork()))
        write()
        elapsed = time.perf_counter() - start
    print(
        f"recheck {clips} clips on {hosts} host(s): {elapsed:.1f} s; {found}; "
        f"most at once per host: {max(server.peak.values())}"
    )
    server.httpd.shutdown()


def bench_diff(words: list[str], runs: int) -> None:
    rng = random.Random(SEED + 1)
    old = paragraphs_of(rng, words, 5000)
    new = [*old]
    for i in range(0, len(new), 7):
        sentences = new[i].split(". ")
        sentences[0] = "An edited opening " + sentences[0].lower()
        new[i] = ". ".join(sentences)
    del new[3]
    new[10:10] = paragraphs_of(rng, words, 150)
    a = Side("Story", "Ada", "", "\n\n".join(old))
    b = Side("Story, updated", "Ada", "", "\n\n".join(new))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        diff = diff_versions(a, b)
        render_diff(diff, color=False)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"diff of two {len(a.text.split())}/{len(b.text.split())}-word versions: "
        f"median {statistics.median(times):.0f} ms ({diff.summary()})"
    )


def bench_storage(folder: Path, words: list[str]) -> None:
    rng = random.Random(SEED + 2)
    paragraphs = paragraphs_of(rng, words, 2000)
    path = folder / "storage.sqlite"
    with Library(path) as library:
        clip = library.add(build_article(page("Long read", paragraphs), "https://e.example/a")).clip
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.stat().st_size + _wal(path)
    # The same library with one version, compacted as the twenty are below: the baseline.
    single = folder / "single.sqlite"
    with sqlite3.connect(path) as db, sqlite3.connect(single) as copy:
        db.backup(copy)
    with sqlite3.connect(single) as db:
        db.execute("VACUUM")
    baseline = single.stat().st_size
    with Library(path) as library:
        for n in range(2, 21):
            paragraphs[n % len(paragraphs)] = f"Edit {n}. " + paragraphs[n % len(paragraphs)]
            article = build_article(page(f"Long read ({n})", paragraphs), "https://e.example/a")
            library.refresh(clip.id, article)
        assert len(library.versions(clip.id)) == 20
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored, first = db.execute(
            "SELECT sum(length(body)), (SELECT length(body) FROM clip_versions WHERE number = 1) "
            "FROM clip_versions"
        ).fetchone()
    after = path.stat().st_size + _wal(path)
    # What stays once the search index has merged its segments (each refresh of
    # a clip's text writes a segment, with or without versions) and free pages go.
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO clips_fts (clips_fts) VALUES ('optimize')")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    compact = path.stat().st_size + _wal(path)
    print(
        f"20 versions of a {sum(len(p.split()) for p in paragraphs)}-word article: "
        f"{stored / 1024:.1f} KB of bodies (version 1: {first / 1024:.1f} KB, the other 18 "
        f"stored: {(stored - first) / 18 / 1024:.2f} KB each); "
        f"file grew {(after - before) / 1024:.0f} KB"
        f", {compact / 1024:.0f} KB in all after the index's merge and VACUUM "
        f"(one version, compacted: {baseline / 1024:.0f} KB; "
        f"added by 19 versions: {(compact - baseline) / 1024:.0f} KB)"
    )


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    socket.setdefaulttimeout(30)
    words = words_source()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_diff(words, args.runs)
        bench_storage(folder, words)
        bench_recheck(folder, words, args.clips, args.hosts)
        bench_recheck(folder, words, args.clips, 1)


if __name__ == "__main__":
    main()
