"""Untrusted HTML: nothing active or tracking survives into a stored clip.

Every payload of :mod:`tests.core.hostile_pages` is put into a realistic
article page, served by the local server and clipped through the real
pipeline (:func:`clip_url`); the stored HTML must hold none of the payload's
markers and obey :func:`inert_problems`.  The sanitizer alone is held to the
same rule, so a payload that extraction happens to drop still tests it.
"""

import time

import pytest

from cuttings.cli import main
from cuttings.core.article import Article
from cuttings.core.clipping import clip_url
from cuttings.core.fetch import Fetcher
from cuttings.core.library import Library
from cuttings.core.sanitize import sanitize_html

from .hostile_pages import (
    BEFORE,
    PARAGRAPHS,
    PAYLOADS,
    article_page,
    inert_problems,
    surviving_markers,
)

BASE = "https://news.example.org/politics/railway-plan"


def test_the_corpus_is_large_and_names_are_unique():
    assert len(PAYLOADS) >= 90
    assert len({p.name for p in PAYLOADS}) == len(PAYLOADS)


@pytest.fixture(scope="module")
def clipped(tmp_path_factory):
    """Every payload page clipped into one library: name → stored HTML."""
    from tests.pageserver import PageServer

    server = PageServer()
    library = Library(tmp_path_factory.mktemp("hostile") / "library.sqlite")
    fetcher = Fetcher(deadline=10)
    stored: dict[str, str] = {}
    try:
        for number, payload in enumerate(PAYLOADS):
            url = server.page(f"news/story-{number}", article_page(payload))
            outcome = clip_url(library, url, fetcher=fetcher)
            assert outcome.status == "added", payload.name
            clip = library.get(outcome.clip.id)
            assert clip.html is not None
            stored[payload.name] = clip.html
    finally:
        library.close()
        server.close()
    return stored


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.name)
def test_clipped_page_keeps_the_article_and_drops_the_payload(clipped, payload):
    stored = clipped[payload.name]
    # The payload sat in the part that was extracted: the article is there.
    assert PARAGRAPHS[1].split(",")[0] in stored
    assert BEFORE.split(" ")[0] in stored
    assert surviving_markers(stored, payload) == []
    assert inert_problems(stored) == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.name)
def test_sanitizer_alone_drops_the_payload(payload):
    for fragment in (payload.markup, f"<p>{BEFORE} {payload.markup} tail</p>"):
        cleaned = sanitize_html(fragment, BASE)
        assert surviving_markers(cleaned, payload) == [], fragment
        assert inert_problems(cleaned) == [], fragment


def test_links_and_images_come_out_absolute_http():
    cleaned = sanitize_html(
        '<p><a href="/next">next</a> <a href="mailto:desk@example.org">mail</a>'
        '<img src="../img/photo.jpg" alt="photo"></p>',
        BASE,
    )
    assert 'href="https://news.example.org/next"' in cleaned
    assert 'href="mailto:desk@example.org"' in cleaned
    assert 'src="https://news.example.org/img/photo.jpg"' in cleaned
    assert inert_problems(cleaned) == []


def test_a_text_full_of_entities_is_sanitized_in_linear_time():
    # html5ever is quadratic in the character references of one text node.
    # Compared in CPU time, best of three, so another process's load does not
    # count: four times the text must cost well under sixteen times as much.
    def cost(count: int) -> float:
        text = "word &amp; " * count
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            cleaned = sanitize_html(f"<p>{text}</p>", BASE)
            best = min(best, time.process_time() - started)
        assert cleaned == f"<p>{text}</p>"
        return best

    small, large = cost(25_000), cost(100_000)
    assert large < 8 * max(small, 0.005)


HOSTILE_HEAD = """
<link rel="canonical" href="javascript:alert('xss-canonical')">
<meta property="og:url" content="data:text/html,xss-ogurl">
<meta property="og:image" content="javascript:alert('xss-ogimage')">
<meta name="twitter:image" content="vbscript:xss-twimage">
<link rel="image_src" href="//tracker.example/xss-imagesrc.gif">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
"""


def test_urls_declared_in_the_head_are_http_or_nothing(server, tmp_path):
    """The reader opens a clip's URL and may show its lead image: never a script."""
    html = article_page(PAYLOADS[0]).replace("</head>", HOSTILE_HEAD + "</head>")
    url = server.page("news/head", html)
    with Library(tmp_path / "library.sqlite") as library:
        clip = library.get(clip_url(library, url, fetcher=Fetcher(deadline=10)).clip.id)
    assert clip.canonical_url == url
    for value in (clip.url, clip.canonical_url, clip.lead_image):
        assert value == "" or value.startswith(("http://", "https://")), value
    # A protocol-relative image becomes an absolute http(s) one, like any <img src>.
    assert clip.lead_image in ("", "http://tracker.example/xss-imagesrc.gif")
    assert inert_problems(clip.html or "") == []


def test_no_terminal_control_characters_reach_a_clip(server, tmp_path, capsys):
    """ESC/CSI sequences in a page's title or text must not drive `cuttings list`."""
    evil = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f\x00"
    html = (
        article_page(PAYLOADS[0], title=f"Railway{evil} plan")
        .replace("Maria Rossi", f"Maria{evil} Rossi")
        .replace("Sentinel-before", f"Sentinel-before{evil}")
    )
    url = server.page("news/terminal", html)
    library_path = tmp_path / "library.sqlite"
    with Library(library_path) as library:
        clip = library.get(clip_url(library, url, fetcher=Fetcher(deadline=10)).clip.id)
    fields = [clip.title, clip.author, clip.site_name, clip.source, clip.excerpt]
    for value in [*fields, clip.text or "", clip.html or ""]:
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in value)
    assert clip.title.startswith("Railway")
    assert main(["--library", str(library_path), "list"]) == 0
    assert main(["--library", str(library_path), "show", str(clip.id)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out


def test_server_text_in_error_messages_has_no_control_characters(server, tmp_path, capsys):
    def raw(response: bytes):
        return lambda h: h.wfile.write(response)

    urls = [
        server.route("reason", raw(b"HTTP/1.1 500 Bad\x1b]0;pwned\x07\x1b[2J\r\nContent-Length: 0\r\n\r\n")),
        server.route("ctype", raw(b"HTTP/1.1 200 OK\r\nContent-Type: app/x\x1b[2J\xc2\x9b\r\nContent-Length: 2\r\n\r\nhi")),
    ]  # fmt: skip
    code = main(["--library", str(tmp_path / "library.sqlite"), "add", *urls])
    err = capsys.readouterr().err
    assert code == 1
    assert "HTTP 500 Bad]0;pwned[2J" in err and "not an article page (app/x[2j" in err
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in err), repr(err)


@pytest.mark.parametrize("junk", ["\x00", "\x1f", "\x0b", "\ud800", "\uffff"])
def test_sanitizer_takes_characters_lxml_refuses(junk):
    # Imported clips reach sanitize_html without the extractor's cleaning.
    cleaned = sanitize_html(f'<p>a{junk}b <img src="/photo.jpg" alt="p">{junk}</p>', BASE)
    assert cleaned == '<p>ab <img src="https://news.example.org/photo.jpg" alt="p"></p>'


def test_the_cli_prints_no_control_characters_from_stored_text(tmp_path, capsys):
    """Clips imported or stored by an older version may hold them."""
    evil = "\x1b]0;pwned\x07\x1b[2J\x9b31m"
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        url = "https://news.example.org/evil"
        article = Article(
            url=url, canonical_url=url, title=f"Evil{evil} title", html=f"<p>body{evil}</p>",
            text=f"searchable body{evil} text", source=f"Src{evil}",
        )  # fmt: skip
        clip_id = library.add(article).clip.id
    for args in (["list"], ["show", str(clip_id)], ["search", "searchable"]):
        assert main(["--library", str(path), *args]) == 0
    out = capsys.readouterr().out
    assert "Evil]0;pwned[2J31m title" in out
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in out)
