"""Killing ``cuttings add`` mid-batch loses nothing and duplicates nothing.

The CLI clips 200 pages from the local server and prints ``ID<TAB>TITLE``
after each commit.  It is killed with SIGKILL at three points of the batch;
after each kill the library passes its checks and holds every clip reported,
and running the same batch again finishes the rest: 200 clips, 200 distinct
canonical URLs.
"""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cuttings.core.library import Library

from .hostile_pages import PARAGRAPHS

ROOT = Path(__file__).parents[2]
PAGES = 200
# (lines printed by the run, then a pause so the kill lands inside later writes);
# clips stored by earlier runs print again at once, as already known.
KILLS = ((25, 0.0), (90, 0.013), (160, 0.031))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def page(n: int) -> str:
    body = "\n".join(f"<p>Item {n}: {text}</p>" for text in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Story {n} | Courier</title></head>"
        f"<body><article><h1>Story {n}</h1>{body}</article></body></html>"
    )


def slow_page(n: int):
    data = page(n).encode()

    def handler(h) -> None:
        time.sleep(0.01)  # a little network time, so that kills land mid-batch
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    return handler


def start_batch(library: Path, urls: list[str]) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "cuttings", "--library", str(library), "add", *urls],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
    )
    lines: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return process, lines


def assert_healthy_and_complete(library: Path, reported: dict[int, str]) -> int:
    with Library(library) as lib:
        report = lib.check()
        assert report.ok, report.problems
        clips = lib.list_clips(limit=10 * PAGES)
        stored = {clip.id: clip.title for clip in clips}
        for clip_id, title in reported.items():
            assert stored.get(clip_id) == title, f"clip {clip_id} {title!r} reported, not stored"
        canonical = [clip.canonical_url for clip in clips]
        assert len(canonical) == len(set(canonical)), "a page was clipped twice"
        assert all(lib.get(clip.id).text for clip in clips), "a clip without its text"
        return len(clips)


def test_sigkill_mid_batch_loses_nothing(server, tmp_path):
    urls = [server.route(f"story/{n}", slow_page(n)) for n in range(PAGES)]
    library = tmp_path / "library.sqlite"
    reported: dict[int, str] = {}
    counts = []
    for kill_after, pause in KILLS:
        process, lines = start_batch(library, urls)
        deadline = time.monotonic() + 60
        while len(lines) < kill_after and process.poll() is None:
            assert time.monotonic() < deadline, "the batch stalled"
            time.sleep(0.002)
        time.sleep(pause)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        time.sleep(0.1)  # let the reader drain what was printed before the kill
        assert process.returncode == -signal.SIGKILL, "the batch ended before the kill"
        for line in lines:
            clip_id, title = line.split("\t")
            assert reported.setdefault(int(clip_id), title) == title
        counts.append((len(lines), assert_healthy_and_complete(library, reported)))

    process, lines = start_batch(library, urls)
    assert process.wait(timeout=120) == 0
    time.sleep(0.1)
    assert process.stderr is not None
    assert "Traceback" not in process.stderr.read()
    for line in lines:
        clip_id, title = line.split("\t")
        assert reported.setdefault(int(clip_id), title) == title
    assert len(lines) == PAGES
    assert assert_healthy_and_complete(library, reported) == PAGES
    assert len(reported) == PAGES
    with Library(library) as lib:
        titles = {clip.title for clip in lib.list_clips(limit=2 * PAGES)}
    assert titles == {f"Story {n}" for n in range(PAGES)}
    print(f"kills after (lines printed, clips stored): {counts}; final {PAGES} clips, 0 lost")
