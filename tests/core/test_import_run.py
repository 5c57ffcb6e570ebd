"""Running imports against a real library and a local page server."""

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cuttings.core.errors import FetchError
from cuttings.core.importers import ImportItem, import_files, run_import

from .import_server import serving

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def server():
    with serving() as running:
        yield running


def assert_accounted(report):
    settled = len(report.imported) + len(report.duplicates) + len(report.not_web)
    assert settled + len(report.failures) == report.read


def write_urls(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_url_list_import_accounts_for_every_line(library, server, tmp_path):
    source = write_urls(
        tmp_path / "links.txt",
        [
            server.url("/story/1"),
            server.url("/story/2"),
            server.url("/story/1?utm_source=mail"),  # the same article
            server.url("/gone"),
            server.url("/pdf"),
            "ftp://files.example.org/report.txt",
            "not a url",
        ],
    )
    report_path = tmp_path / "report.txt"
    report = import_files(library, [source], tags=["imported"], report_path=report_path)

    assert_accounted(report)
    assert report.read == 7
    assert sorted(o.item.url for o in report.imported) == [
        server.url("/story/1"),
        server.url("/story/2"),
    ]
    assert [o.reason for o in report.duplicates] == ["listed earlier in the import (links.txt #1)"]
    reasons = {o.item.url: o.reason for o in report.failures}
    assert reasons == {
        server.url("/gone"): "page not found (HTTP 404)",
        server.url("/pdf"): "not an article page (application/pdf)",
        "not a url": "not a URL (it contains spaces): not a url",
    }
    # No web page to fetch, now or ever: skipped apart, not a failure to retry.
    assert [(o.item.url, o.reason) for o in report.not_web] == [
        ("ftp://files.example.org/report.txt", "not a web page (ftp: link)")
    ]
    found = library.find_by_url(server.url("/story/1"))
    assert found is not None
    clip = library.get(found.id)
    assert clip.title == "Story 1"
    assert clip.tags == ("imported",)
    assert "Paragraph 3 of story 1" in clip.text

    text = report_path.read_text(encoding="utf-8")
    assert report.path == report_path
    assert "Items read:            7" in text
    for url, reason in reasons.items():
        assert url in text and reason in text
    assert not report.ok


def test_the_report_goes_next_to_the_library_by_default(library, server, tmp_path):
    source = write_urls(tmp_path / "links.txt", [server.url("/story/1")])
    report = import_files(library, [source])
    assert report.path is not None
    assert report.path.parent == library.path.parent / "import-reports"
    assert report.path.name.startswith("import-") and report.path.suffix == ".txt"
    assert report.ok


def test_running_an_import_again_skips_what_is_done(library, server, tmp_path):
    source = write_urls(tmp_path / "links.txt", [server.url(f"/story/{n}") for n in range(5)])
    first = import_files(library, [source], report_path=tmp_path / "r1.txt")
    assert len(first.imported) == 5
    hits_before = sum(server.hits.values())

    again = import_files(library, [source], report_path=tmp_path / "r2.txt")
    assert_accounted(again)
    assert len(again.imported) == 0
    assert [o.reason for o in again.duplicates] == ["already in the library"] * 5
    assert sum(server.hits.values()) == hits_before  # nothing fetched again
    assert library.count() == 5


def test_saved_dates_and_tags_of_bookmarks_are_kept(library, server, tmp_path):
    bookmarks = tmp_path / "bookmarks.html"
    bookmarks.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
        f'<DT><A HREF="{server.url("/story/7")}" ADD_DATE="1600000000" TAGS="a,b">Seven</A>\n'
        "</DL>\n",
        encoding="utf-8",
    )
    report = import_files(library, [bookmarks], report_path=tmp_path / "r.txt")
    clip = library.get(report.imported[0].clip_id)
    assert clip.clipped_at == datetime.fromtimestamp(1600000000, tz=UTC)
    assert clip.tags == ("a", "b")


def test_wallabag_content_is_stored_sanitized_without_fetching(library, tmp_path):
    fetched = []

    def fetch(url, cancel):
        fetched.append(url)
        raise FetchError("the site is unreachable")

    items_report = import_files(
        library, [FIXTURES / "wallabag-export.json"], report_path=tmp_path / "r.txt", fetch=fetch
    )
    assert_accounted(items_report)
    assert len(items_report.imported) == 2
    mars = library.find_by_url("https://science.example.com/mars")
    assert mars is not None
    mars = library.get(mars.id)
    assert "<script" not in mars.html and "onerror" not in mars.html
    assert "<strong>water</strong>" in mars.html
    assert "<li>One</li>" in mars.html
    assert "Scientists found water under the ice." in mars.text
    assert mars.tags == ("science", "space")
    assert mars.author == "Ada Lovelace, Grace Hopper"
    assert mars.published_at == "2023-10-10T18:00:00+02:00"
    assert mars.clipped_at == datetime(2023, 10, 11, 7, 30, tzinfo=UTC)
    assert mars.note == "> water under the ice\ncheck this figure"
    assert mars.lead_image == "https://science.example.com/mars.jpg"
    assert mars.site_name == "science.example.com"
    assert mars.excerpt.startswith("A discovery")
    conseil = library.find_by_url("https://actu.example.fr/conseil-budget")
    assert conseil is not None and conseil.language == "fr-FR"  # as a BCP 47 tag
    # Only the entry wallabag could not fetch is fetched (here it fails).
    assert fetched == ["https://paywalled.example.com/story"]
    [failure] = items_report.failures
    assert failure.item.url == "https://paywalled.example.com/story"
    assert failure.reason == "the site is unreachable"


def test_at_most_two_requests_at_once_per_host(library, server):
    items = [
        ImportItem(url=server.url(f"/slow/{n}", host))
        for host in ("127.0.0.1", "localhost")
        for n in range(6)
    ]
    report = run_import(library, items, workers=6, per_host=2)
    assert len(report.imported) == 12, [o.reason for o in report.failures]
    assert server.max_active["127.0.0.1"] == 2
    assert server.max_active["localhost"] == 2
    # Both hosts were served in parallel: the pool is not limited to one host's share.
    assert server.max_total > 2


def test_progress_is_reported_for_every_item(library, server):
    items = [ImportItem(url=server.url(f"/story/{n}")) for n in range(4)]
    items.append(ImportItem(url="mailto:someone@example.org"))
    seen = []
    report = run_import(library, items, on_progress=lambda d, t, o: seen.append((d, t, o.status)))
    assert [d for d, _t, _s in seen] == [1, 2, 3, 4, 5]
    assert {t for _d, t, _s in seen} == {5}
    assert sorted(s for _d, _t, s in seen) == [*["imported"] * 4, "not_web"]
    assert_accounted(report)


def test_cancelling_reports_the_rest_and_a_rerun_finishes(library, server):
    items = [ImportItem(url=server.url(f"/slow/{n}")) for n in range(10)]
    cancel = threading.Event()

    def on_progress(done, total, outcome):
        cancel.set()

    report = run_import(library, items, workers=2, on_progress=on_progress, cancel=cancel)
    assert report.cancelled
    assert_accounted(report)
    assert report.read == 10
    assert 1 <= len(report.imported) <= 4
    cancelled = [o for o in report.failures if "cancelled" in o.reason]
    assert len(cancelled) == 10 - len(report.imported)

    rest = run_import(library, report.retry_items())
    assert len(rest.imported) == len(cancelled)
    assert library.count() == 10


def test_a_bug_fails_one_item_and_is_logged(library, server, caplog):
    from cuttings.core.clipping import fetch_article

    def fetch(url, cancel):
        if url.endswith("/story/2"):
            raise RuntimeError("boom")
        return fetch_article(url, cancel=cancel)

    items = [ImportItem(url=server.url(f"/story/{n}")) for n in range(3)]
    with caplog.at_level(logging.ERROR):
        report = run_import(library, items, fetch=fetch)
    assert len(report.imported) == 2
    [failure] = report.failures
    assert failure.reason == "internal error (RuntimeError: boom); please report"
    assert "boom" in caplog.text and "Traceback" in caplog.text


def test_a_file_that_cannot_be_read_stops_before_anything_is_imported(library, server, tmp_path):
    from cuttings.core.importers import ImportSourceError

    good = write_urls(tmp_path / "links.txt", [server.url("/story/1")])
    bad = tmp_path / "notes.txt"
    bad.write_text("Dear diary,\nnothing here.\n", encoding="utf-8")
    with pytest.raises(ImportSourceError, match=r"notes\.txt"):
        import_files(library, [good, bad])
    assert library.count() == 0


def test_a_bug_that_stops_the_run_still_leaves_a_report(library, tmp_path):
    source = tmp_path / "links.txt"
    source.write_text("ftp://a.example/1\nftp://a.example/2\nftp://a.example/3\n", "utf-8")

    def on_progress(done, total, outcome):
        if done == 2:
            raise RuntimeError("bug in a progress callback")

    report_path = tmp_path / "report.txt"
    with pytest.raises(RuntimeError):
        import_files(
            library, [source], format="urls", report_path=report_path, on_progress=on_progress
        )
    text = report_path.read_text(encoding="utf-8")
    assert "stopped early because of an error: 1 items were not reached" in text
    assert "ftp://a.example/1" in text


def test_cancelled_items_that_carry_their_article_are_retried_without_fetching(library):
    from cuttings.core.importers import ImportContent

    items = [
        ImportItem(
            url=f"https://example.org/{n}",
            title=f"Stored {n}",
            content=ImportContent(html=f"<p>Stored article {n}.</p>"),
            position=n + 1,
        )
        for n in range(6)
    ]
    cancel = threading.Event()

    def no_fetch(url, cancel):
        raise AssertionError(f"fetched {url}")

    report = run_import(
        library,
        iter(items),
        total=len(items),
        batch_size=2,
        fetch=no_fetch,
        cancel=cancel,
        on_progress=lambda done, total, outcome: cancel.set(),
    )
    assert report.cancelled
    assert_accounted(report)
    assert len(report.imported) == 2
    retry = report.retry_items()
    assert len(retry) == 4 and all(item.content is not None for item in retry)
    assert all("cancelled" in outcome.reason for outcome in report.failures)

    rest = run_import(library, retry, fetch=no_fetch)
    assert len(rest.imported) == 4
    assert library.count() == 6


def test_imported_text_cannot_drive_a_terminal(library, tmp_path):
    import json

    entry = {
        "title": "Budget\x1b]0;pwned\x07 vote\x1b[2J",
        "url": "https://news.example.org/budget",
        "content": "<p>The vote\x1b[31m passed after a long night in parliament.</p>",
        "created_at": "2024-01-02T03:04:05+00:00",
        "tags": [],
        "published_by": ["Ana\x9bRossi"],
    }
    path = tmp_path / "wallabag.json"
    path.write_text(json.dumps([entry]), encoding="utf-8")
    report = import_files(library, [path], format="wallabag", report_path=tmp_path / "r.txt")
    assert len(report.imported) == 1
    clip = library.get(library.find_by_url(entry["url"]).id)
    for value in (clip.title, clip.text, clip.author, clip.excerpt, clip.html):
        assert not any(
            (0 <= ord(ch) < 32 and ch not in "\t\n") or 0x7F <= ord(ch) <= 0x9F for ch in value
        ), value
    assert clip.title == "Budget]0;pwned vote[2J"
