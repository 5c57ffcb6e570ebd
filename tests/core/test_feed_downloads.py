"""OPML imports against hostile feed servers: every feed is bounded in time and
size, failures stay per feed, downloads run in parallel and can be cancelled,
and lists that refer back to themselves say so."""

import threading

import pytest

from cuttings.cli import main
from cuttings.core.errors import CuttingsError
from cuttings.core.fetch import FEED, Fetcher
from cuttings.core.importers import import_files, read_sources
from cuttings.core.importers.feeds import read_opml_feeds
from tests.core.import_server import serving

from .netfixtures import drip, opml, redirect, rss, wait_for


def fetch_with(fetcher: Fetcher):
    def fetch_feed(url: str, cancel: threading.Event) -> bytes:
        return fetcher.download(url, cancel=cancel, wanted=FEED).body

    return fetch_feed


def problems(items) -> dict[str, str]:
    return {item.url: item.problem for item in items if item.problem}


def test_a_dripping_feed_fails_alone_at_the_deadline(server):
    good = server.page("good.xml", rss("https://example.org/a"), "application/rss+xml")
    slow = server.route("slow.xml", drip())
    items = list(read_opml_feeds(opml(slow, good), fetch_with(Fetcher(deadline=1))))
    assert [i.url for i in items if not i.problem] == ["https://example.org/a"]
    assert "took longer than 1 s to send the feed" in problems(items)[slow]


def test_one_bad_redirect_does_not_stop_the_other_feeds(server, tmp_path):
    good = server.page("good.xml", rss("https://example.org/a"), "application/rss+xml")
    bad = server.route("bad.xml", redirect("http://[::1/"))
    items = list(read_opml_feeds(opml(bad, good), fetch_with(Fetcher(deadline=5))))
    assert "redirects to an invalid address" in problems(items)[bad]
    assert "https://example.org/a" in [i.url for i in items]


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("image/png", b"\x89PNG", "not a feed (image/png)"),
        ("application/rss+xml", b"", "empty feed"),
        ("application/rss+xml", b"<rss version='2.0'><channel></channel></rss>", "no items"),
        ("text/html", b"<html><body>nope</body></html>", "no items"),
        ("application/rss+xml", b"x" * 3000, "too large"),
    ],
)
def test_what_is_not_a_usable_feed_is_reported(server, content_type, body, expected):
    url = server.page("odd.xml", body, content_type)
    items = list(read_opml_feeds(opml(url), fetch_with(Fetcher(deadline=5, max_bytes=2000))))
    assert expected in problems(items)[url]


def test_feeds_download_in_parallel_at_most_two_per_host(tmp_path):
    with serving() as srv:
        feeds = [srv.url(f"/slow/{n}") for n in range(5)]
        feeds += [srv.url(f"/slow/{n}", host="localhost") for n in range(5, 10)]
        seen: list[tuple[int, int]] = []
        items = list(
            read_opml_feeds(
                opml(*feeds),
                fetch_with(Fetcher(deadline=10)),
                on_feed=lambda done, total, url: seen.append((done, total)),
            )
        )
    assert max(srv.max_active.values()) <= 2
    assert srv.max_total >= 2
    assert seen == [(n, 10) for n in range(1, 11)]
    assert len(items) == 10  # each /slow/N is an HTML page: a failed item each


def test_cancel_stops_the_downloads_and_every_feed_is_accounted_for(server):
    cut: list[str] = []
    feeds = [server.route(f"drip{n}.xml", drip(cut=cut)) for n in range(4)]
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    items = list(read_opml_feeds(opml(*feeds), fetch_with(Fetcher()), cancel=cancel))
    # The downloads under way were stopped, not waited for (a drip lasts 20 s).
    assert wait_for(lambda: sorted(cut) == sorted(server.requests)), (cut, server.requests)
    assert cut
    assert sorted(problems(items)) == sorted(feeds)
    assert all("cancelled" in reason for reason in problems(items).values())


def test_a_self_referencing_opml_says_so(server, tmp_path):
    port = server.httpd.server_address[1]
    me = f"http://127.0.0.1:{port}/me.opml"
    server.page("me.opml", opml(me, f"http://127.0.0.1:{port}/feed.xml"), "text/x-opml")
    server.page("feed.xml", rss("https://example.org/a"), "application/rss+xml")
    items = list(read_opml_feeds(opml(me), fetch_with(Fetcher(deadline=5))))
    assert "refers back to itself" in problems(items)[me]
    assert "https://example.org/a" in [i.url for i in items]


def test_a_cycle_of_opml_lists_says_so(server):
    a, b = server.url("a.opml"), server.url("b.opml")
    server.page("a.opml", opml(b), "application/xml")
    server.page("b.opml", opml(a), "application/xml")
    items = list(read_opml_feeds(opml(a), fetch_with(Fetcher(deadline=5))))
    assert len(items) == 1 and "a loop" in items[0].problem


def test_endless_nested_lists_stop(server):
    # Every list names a new one: followed a few levels, then reported.
    def deeper(handler) -> None:
        from tests.pageserver import send

        depth = int(handler.path.rsplit("/", 1)[1].split(".")[0]) + 1
        send(handler, 200, opml(server.url(f"n/{depth}.opml")).encode(), "text/xml")

    for n in range(10):
        server.route(f"n/{n}.opml", deeper)
    items = list(read_opml_feeds(opml(server.url("n/0.opml")), fetch_with(Fetcher(deadline=5))))
    assert len(items) == 1 and "nested more than" in items[0].problem


def test_an_opml_without_feeds_is_an_error(tmp_path):
    path = tmp_path / "empty.opml"
    path.write_text(opml(), encoding="utf-8")
    with pytest.raises(CuttingsError, match="lists no feeds"):
        read_sources([path])


def test_cli_import_of_a_looping_opml_fails_with_the_reason(server, tmp_path, capsys):
    me = server.url("me.opml")
    server.page("me.opml", opml(me), "text/xml")
    path = tmp_path / "list.opml"
    path.write_text(opml(me), encoding="utf-8")
    status = main(["--library", str(tmp_path / "lib.sqlite"), "import", str(path)])
    captured = capsys.readouterr()
    assert status == 1
    assert "refers back to itself" in captured.err


def test_import_files_cancel_also_stops_the_feed_downloads(server, tmp_path, library):
    cut: list[str] = []
    feeds = [server.route(f"drip{n}.xml", drip(cut=cut)) for n in range(3)]
    path = tmp_path / "list.opml"
    path.write_text(opml(*feeds), encoding="utf-8")
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    report = import_files(library, [path], cancel=cancel, report_path=tmp_path / "r.txt")
    assert report.cancelled
    assert len(report.failures) == 3
    assert wait_for(lambda: sorted(cut) == sorted(server.requests)), (cut, server.requests)
    assert cut


def test_a_feed_listed_twice_is_read_once(server):
    feed = server.page("f.xml", rss("https://example.org/a"), "application/rss+xml")
    items = list(read_opml_feeds(opml(feed, feed), fetch_with(Fetcher(deadline=5))))
    assert [(i.url, i.problem) for i in items] == [("https://example.org/a", "")]
    assert server.requests.count("/f.xml") == 1


def test_feeds_past_the_cap_are_one_reported_item(server, monkeypatch):
    from cuttings.core.importers import feeds as feeds_module

    monkeypatch.setattr(feeds_module, "MAX_FEEDS", 3)
    urls = [
        server.page(f"f{n}.xml", rss(f"https://example.org/{n}"), "application/rss+xml")
        for n in range(5)
    ]
    items = list(read_opml_feeds(opml(*urls), fetch_with(Fetcher(deadline=5))))
    assert [i.problem for i in items if i.problem] == [
        "2 feeds not read: the OPML lists name over 3"
    ]
    assert len(items) == 4


def test_cli_import_goes_on_past_a_feed_with_a_broken_redirect(server, tmp_path, capsys):
    bad = server.route("bad.xml", redirect("http://[::1/feed"))
    with serving() as srv:
        good = srv.url("/feed.xml")
        path = tmp_path / "list.opml"
        path.write_text(opml(bad, good, "http://[::1/", srv.url("/gone")), encoding="utf-8")
        status = main(["--library", str(tmp_path / "lib.sqlite"), "import", str(path)])
    captured = capsys.readouterr()
    assert status == 1
    assert "Traceback" not in captured.err and "internal error" not in captured.err
    assert "redirects to an invalid address (http://[::1/feed" in captured.err
    assert "not a valid URL" in captured.err and "feed not found (HTTP 404)" in captured.err
    assert "2 imported" in captured.out
