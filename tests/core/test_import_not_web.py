"""Bookmarks that are no web page (bookmarklets, browser queries) through `cuttings import`."""

import os
import subprocess
import sys
from pathlib import Path

from cuttings.core.urls import non_web_scheme

APP = Path(__file__).resolve().parents[2] / "app"

BOOKMARKS = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
<DT><A HREF="javascript:alert(document.title)">Show title</A>
<DT><A HREF="place:sort=8&amp;maxResults=10">Most visited</A>
<DT><A HREF="about:blank">Blank</A>
</DL>
"""


def test_bookmarklets_and_places_are_skipped_not_failed(tmp_path):
    source = tmp_path / "bookmarks.html"
    source.write_text(BOOKMARKS, encoding="utf-8")
    report = tmp_path / "report.txt"
    args = ["--library", str(tmp_path / "lib.sqlite"), "import", str(source)]
    done = subprocess.run(
        [sys.executable, "-m", "cuttings", *args, "--report", str(report)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(APP)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "3 read: 0 imported, 0 skipped as duplicates, 3 not web pages, 0 failed" in done.stdout
    text = report.read_text(encoding="utf-8")
    assert "Not web pages:         3" in text
    assert "Failed:                0" in text
    assert "not a web page (javascript: link)" in text
    assert "not a web page (place: link)" in text


def test_what_counts_as_no_web_page():
    assert non_web_scheme("javascript:void(0)") == "javascript"
    assert non_web_scheme("place:parent=menu") == "place"
    assert non_web_scheme(" ABOUT:config") == "about"
    assert non_web_scheme("https://example.org/a") is None
    assert non_web_scheme("example.org:8080/story") is None
    assert non_web_scheme("example.org/story") is None
    assert non_web_scheme("not a url") is None
