"""The command line end to end, against pages served by a local server."""

import json
import sqlite3

import pytest

from cuttings.cli import main
from cuttings.core.library import Library

ARTICLE = "site/portale-manovra.html"


@pytest.fixture
def lib_path(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def count_clips(path) -> int:
    with Library(path) as lib:
        return lib.count()


def test_add_then_show_json_has_the_clipping(server, lib_path, capsys):
    url = server.url(ARTICLE)
    code, out, err = run(capsys, "add", url, "--tag", "Manovra", "-t", "politica")
    assert code == 0, err
    clip_id, title = out.strip().split("\t")
    assert title == "Manovra, via libera del governo: trenta miliardi per famiglie e imprese"

    code, out, _ = run(capsys, "show", clip_id, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == title
    assert data["published_at"] == "2025-02-22T14:49:00"
    assert data["source"] == "Corriere della Sera"
    assert data["site_name"] == "Il Portale Notizie"
    assert data["author"] == "Giulia Bianchi"
    assert data["language"] == "it"
    assert data["tags"] == ["Manovra", "politica"]
    assert data["url"] == url
    assert data["canonical_url"] == server.url("politica/manovra-via-libera-governo")
    assert data["lead_image"] == server.url("img/manovra.jpg")
    assert data["clipped_at"].endswith("Z")
    assert data["word_count"] > 150
    assert data["excerpt"].startswith("Il Consiglio dei ministri")
    text = data["text"]
    assert "trenta miliardi di euro" in text
    assert "pausa natalizia" in text
    assert "\n\n" in text
    for boilerplate in (
        "Condividi",
        "WhatsApp",
        "Ultime notizie",
        "Vertice a Bruxelles",
        "Piazza Affari",
        "newsletter",
        "P.IVA",
        "Cookie",
        "Spettacoli",
    ):
        assert boilerplate not in text, boilerplate
    html = data["html"]
    assert "<script" not in html and "dataLayer" not in html
    assert "<p>" in html
    expected_keys = {
        "id",
        "url",
        "canonical_url",
        "title",
        "site_name",
        "source",
        "author",
        "published_at",
        "clipped_at",
        "language",
        "lead_image",
        "excerpt",
        "tags",
        "word_count",
        "note",
        "text",
        "html",
        "edited",
        "state",
        "status",
        "change_count",
        "capture",
        "partial",
        "partial_reason",
        "images",
        "original",
    }
    assert set(data) == expected_keys
    assert data["edited"] == []
    assert (data["capture"], data["partial"], data["partial_reason"]) == ("fetched", False, "")


def test_adding_a_known_url_reports_the_existing_clip(server, lib_path, capsys):
    url = server.url(ARTICLE)
    run(capsys, "add", url)
    fetched = len(server.requests)
    code, out, err = run(capsys, "add", url + "?utm_source=newsletter#comments")
    assert code == 0
    assert out.startswith("1\t")
    assert "already in the library" in err
    assert len(server.requests) == fetched, "a known URL is not fetched again"
    assert count_clips(lib_path) == 1


def test_refresh_fetches_again_and_keeps_tags(server, lib_path, capsys):
    url = server.url(ARTICLE)
    run(capsys, "add", url, "--tag", "keep")
    fetched = len(server.requests)
    code, out, _ = run(capsys, "add", "--refresh", url)
    assert code == 0 and out.startswith("1\t")
    assert len(server.requests) > fetched
    code, out, _ = run(capsys, "show", "1", "--json")
    assert json.loads(out)["tags"] == ["keep"]
    assert count_clips(lib_path) == 1


def test_list_search_tag_untag_delete(server, lib_path, capsys):
    run(capsys, "add", server.url(ARTICLE))
    code, out, _ = run(capsys, "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [1]
    assert "text" not in json.loads(out)[0]

    code, out, _ = run(capsys, "tag", "1", "Economia", "bilancio")
    assert code == 0 and out.strip() == "bilancio, Economia"
    code, out, _ = run(capsys, "untag", "1", "ECONOMIA")
    assert out.strip() == "bilancio"

    code, out, err = run(capsys, "search", "miliardi", "--json")
    assert code == 0
    assert [c["id"] for c in json.loads(out)] == [1]
    assert "snippet" in json.loads(out)[0]
    code, out, _ = run(capsys, "search", "introvabile")
    assert out == ""

    code, out, _ = run(capsys, "list")
    assert "Corriere della Sera" in out and "[bilancio]" in out

    code, out, _ = run(capsys, "delete", "1")
    assert code == 0 and "moved to the trash" in out
    assert count_clips(lib_path) == 0


def test_unknown_ids_are_one_line_errors(lib_path, capsys):
    for args in (("show", "42"), ("tag", "42", "x"), ("untag", "42", "x"), ("delete", "42")):
        code, out, err = run(capsys, *args)
        assert code == 1, args
        assert err.strip() == "cuttings: no clip with id 42"
        assert "Traceback" not in err


def test_library_option_and_bad_library(tmp_path, capsys):
    path = tmp_path / "other.sqlite"
    code, _, _ = run(capsys, "--library", path, "list")
    assert code == 0 and path.exists()
    code, _, err = run(capsys, "--library", tmp_path / "missing" / "x.sqlite", "list")
    assert code == 1 and "does not exist" in err


# -- bad input: one line each, non-zero exit, nothing written -------------------------


def _drip(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(60):  # bounded: the client must give up long before
        try:
            handler.wfile.write(b"<")
            handler.wfile.flush()
        except OSError:
            return
        import time

        time.sleep(1)


def _endless(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    for _ in range(2000):  # 130 MB at most, far past the 15 MB cap
        try:
            handler.wfile.write(chunk)
        except OSError:
            return


def _gzip_bomb_body() -> bytes:
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    block = b"\0" * (1 << 20)
    parts = [compressor.compress(b"<html><body>")]
    parts += [compressor.compress(block) for _ in range(200)]  # 200 MB inflated
    parts.append(compressor.flush())
    return b"".join(parts)


def _reset_mid_body(handler):
    import socket
    import struct

    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<html><body><p>" + b"partial " * 100)
    handler.wfile.flush()
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.shutdown(socket.SHUT_RDWR)
    handler.close_connection = True


def _redirect(target):
    def handle(handler):
        handler.send_response(302)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return handle


NO_ARTICLE = """<html><head><title>Portale</title></head><body><nav>
<a href="/a">Politica</a> <a href="/b">Economia</a> <a href="/c">Sport</a></nav>
<footer>© 2025</footer></body></html>"""


@pytest.fixture
def hostile(server):
    """URL → the reason its failure must mention."""
    cases = {
        server.route("drip", _drip): "took longer than 2 s",
        server.route("endless", _endless): "too large (over 15 MB)",
        server.page(
            "bomb", _gzip_bomb_body(), "text/html", headers={"Content-Encoding": "gzip"}
        ): "too large (over 15 MB)",
        server.route("loop-a", _redirect("/loop-b")): "redirects in a loop",
        server.route("to-ftp", _redirect("ftp://files.example.org/a.html")): "non-web address",
        server.page(
            "missing", "<html><body><h1>Not here</h1></body></html>", status=404
        ): "page not found (HTTP 404)",
        server.page(
            "broken", "<html><body>Oops</body></html>", status=503
        ): "server failed (HTTP 503",
        server.route("reset", _reset_mid_body): "cut off",
        server.page(
            "report.pdf", b"%PDF-1.7 ...", "application/pdf"
        ): "not an article page (application/pdf)",
        server.page("pic.png", b"\x89PNG....", "image/png"): "not an article page (image/png)",
        server.page(
            "api.json", b'{"a": 1}', "application/json"
        ): "not an article page (application/json)",
        server.page("empty", b""): "empty page",
        server.page("no-article", NO_ARTICLE): "no article text",
        "http://127.0.0.1:9/closed-port": "refused the connection",
        "not a url at all": "not a URL",
        "javascript:alert(1)": "only http and https",
        "file:///etc/passwd": "only http and https",
        "http://": "no host name",
    }
    server.route("loop-b", _redirect("/loop-a"))
    for hop in range(12):
        server.route(f"hop{hop}", _redirect(f"/hop{hop + 1}"))
    cases[server.url("hop0")] = "too many redirects (more than 10)"
    return cases


@pytest.mark.slow
def test_every_bad_input_fails_alone_with_its_reason(server, hostile, lib_path, capsys):
    good = server.url(ARTICLE)
    code, out, err = run(capsys, "add", "--deadline", "2", good, *hostile)
    assert code == 1
    assert out.count("\n") == 1 and out.startswith("1\t"), "the good URL is still clipped"
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    for url, reason in hostile.items():
        mine = [line for line in lines if line.startswith(f"cuttings: {url}: ")]
        assert len(mine) == 1, (url, lines)
        assert reason in mine[0], (url, mine[0])
    assert len(lines) == len(hostile)
    db = sqlite3.connect(lib_path)
    assert db.execute("SELECT count(*) FROM clips").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_gzip_bomb_does_not_inflate_in_memory(server):
    import tracemalloc

    from cuttings.core.errors import FetchError
    from cuttings.core.fetch import Fetcher

    url = server.page("bomb", _gzip_bomb_body(), "text/html", headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    with pytest.raises(FetchError, match="too large"):
        Fetcher().fetch(url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


def test_cancel_stops_a_slow_download(server):
    import threading

    from cuttings.core.errors import FetchError
    from cuttings.core.fetch import Fetcher

    url = server.route("drip", _drip)
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(FetchError, match="cancelled"):
        Fetcher().fetch(url, cancel=cancel)


LATIN1_PAGE = (
    "<html><head><title>Perché la manovra divide</title></head><body><article>"
    "<h1>Perché la manovra divide</h1>"
    + "<p>Il governo è convinto che la città e l'università avranno più risorse, perché "
    "la crescita è più forte del previsto; le opposizioni però non sono d'accordo.</p>"
    * 6
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (LATIN1_PAGE.encode("latin-1"), "text/html; charset=utf-8"),  # Latin-1 declared UTF-8
        (LATIN1_PAGE.encode("utf-8"), "text/html; charset=iso-8859-1"),  # UTF-8 declared Latin-1
        (LATIN1_PAGE.encode("latin-1"), "text/html"),  # no charset at all
        (
            LATIN1_PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"),
            "text/html",
        ),
    ],
    ids=["latin1-declared-utf8", "utf8-declared-latin1", "latin1-undeclared", "meta-charset"],
)
def test_charsets_never_give_mojibake(server, lib_path, capsys, body, content_type):
    url = server.page("page", body, content_type)
    code, out, err = run(capsys, "add", url)
    assert code == 0, err
    code, out, _ = run(capsys, "show", "1", "--json")
    data = json.loads(out)
    assert data["title"] == "Perché la manovra divide"
    assert "la città e l'università avranno più risorse" in data["text"]
    assert "Ã" not in data["text"] and "\ufffd" not in data["text"]


def test_search_sorts_and_reports_bad_queries(lib_path, capsys):
    from tests.factories import make_article

    with Library(lib_path) as lib:
        lib.add(make_article(1, title="Energy prices", text="energy " * 3 + "filler words"))
        lib.add(make_article(2, title="Budget", text="energy once among many other words"))
    code, out, err = run(capsys, "search", "energy", "--sort", "relevance", "--json")
    assert code == 0
    assert [c["title"] for c in json.loads(out)] == ["Energy prices", "Budget"]
    code, out, _ = run(capsys, "search", "energy", "--sort", "oldest", "--json")
    assert [c["title"] for c in json.loads(out)] == ["Energy prices", "Budget"]
    code, out, _ = run(capsys, "search", "energy", "--json")
    assert [c["title"] for c in json.loads(out)] == ["Budget", "Energy prices"]
    assert "**energy**" in json.loads(out)[0]["snippet"].lower()
    code, out, err = run(capsys, "search", '"unbalanced')
    assert code == 1 and out == ""
    assert err.startswith("cuttings: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
