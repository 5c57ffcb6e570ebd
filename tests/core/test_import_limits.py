"""Imports have size limits: big files are streamed, an over-sized article is refused.

Memory is measured in a subprocess (``ru_maxrss`` of a fresh interpreter), on
files the tests generate; the bounds are several times what the streamed
import needs and well below what holding the file whole cost.
"""

import csv
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from cuttings.core.errors import FetchError
from cuttings.core.importers import ImportReport, import_files, read_file, run_import
from cuttings.core.importers.vetting import MAX_ARTICLE_CHARS, TOO_LARGE

ROOT = Path(__file__).parents[2]

MEASURE = """
import json, resource, sys
from pathlib import Path
sys.path.insert(0, {app!r})
from cuttings.core.importers import read_file, import_files
from cuttings.core.library import Library

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

path = Path(sys.argv[1])
with Library(path.with_suffix(".sqlite")) as library:
    before = peak()
    if sys.argv[2] == "read":
        source = read_file(path)
        count = sum(1 for _item in source)
        print(json.dumps([count, source.count, peak() - before]))
    else:
        report = import_files(library, [path], report_path=path.with_suffix(".txt"))
        failed = [o.reason for o in report.failures]
        print(json.dumps([len(report.imported), failed, peak() - before]))
"""


def measure(path: Path, mode: str) -> list:
    script = MEASURE.format(app=str(ROOT / "app"))
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), mode],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout)


def write_csv(path: Path, rows: int, note: str = "") -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["url", "title", "tags", "note", "created_at"])
        for n in range(rows):
            writer.writerow(
                [f"https://news{n % 7}.example.org/{n}", f"Story {n}", "a|b", note, "2024-05-01"]
            )


def test_a_big_csv_is_read_as_a_stream(tmp_path):
    path = tmp_path / "big.csv"
    # 30 MB: held whole, decoded and as items it cost over 90 MB.
    write_csv(path, 10_000, note="A long note. " * 230)
    count, announced, growth = measure(path, "read")
    assert count == announced == 10_000
    assert growth < 25


def over_sized() -> str:
    return "<p>" + "word " * (MAX_ARTICLE_CHARS // 5 + 1000) + "</p>"


def test_an_over_sized_article_fails_alone_without_being_parsed(tmp_path):
    path = tmp_path / "wallabag.json"
    entries = [
        {"url": "https://news.example.org/big", "content": over_sized()},
        {"url": "https://news.example.org/small", "content": "<p>A small story.</p>"},
    ]
    path.write_text(json.dumps(entries), encoding="utf-8")
    imported, failed, growth = measure(path, "import")
    assert (imported, failed) == (1, [TOO_LARGE])
    # Sanitizing a 15 MB article took twenty times its size; decoding it, three.
    assert growth < 150


def test_an_over_sized_text_in_our_export_is_refused_too(library, tmp_path):
    clips = [
        {"url": "https://news.example.org/big", "html": "<p>x</p>", "text": over_sized()},
        {"url": "https://news.example.org/small", "html": "<p>Small.</p>", "text": "Small."},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "cuttings-export", "version": 1, "clips": clips}))
    report = import_files(library, [path], report_path=tmp_path / "r.txt")
    assert [o.reason for o in report.failures] == [TOO_LARGE]
    assert report.failures[0].item.content is None  # not kept whole for a retry
    assert [c.url for c in library.list_clips()] == ["https://news.example.org/small"]


def test_reading_stays_a_bounded_distance_ahead_of_the_fetches(library, tmp_path):
    path = tmp_path / "links.csv"
    write_csv(path, 3_000)
    release = threading.Event()

    def fetch(url, cancel):
        release.wait(30)
        raise FetchError("offline")

    source = read_file(path)
    report = ImportReport()
    worker = threading.Thread(
        target=run_import,
        args=(library, source),
        kwargs={"total": source.count, "fetch": fetch, "report": report},
    )
    reads = []
    worker.start()
    try:
        for _ in range(60):
            time.sleep(0.05)
            reads.append(report.read)
    finally:
        release.set()
        worker.join(60)
    assert report.read == 3_000 and len(report.failures) == 3_000
    # While every fetch waited, at most the read-ahead (and one batch) was read.
    assert 0 < max(reads) <= 1_000 + 250
