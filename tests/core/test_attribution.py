"""What a page may claim about itself: its canonical URL speaks for its own site
only, and no stored URL keeps a password or a mailto: attachment."""

import json

import pytest

from cuttings.core.clipping import build_article, choose_canonical, clip_url
from cuttings.core.fetch import Fetcher
from cuttings.core.importers import import_files
from cuttings.core.sanitize import sanitize_html
from cuttings.core.urls import registrable_domain, same_site, without_credentials

from .netfixtures import PUBLIC_A, PUBLIC_B, RoutedNetwork


def page(title: str, canonical: str = "", image: str = "", body: str = "") -> str:
    head = f"<title>{title}</title>"
    if canonical:
        head += f"<link rel='canonical' href='{canonical}'>"
    if image:
        head += f"<meta property='og:image' content='{image}'>"
    text = "".join(
        f"<p>{title}: paragraph {n} of the story. " + "words " * 40 + "</p>" for n in range(5)
    )
    return f"<html><head>{head}</head><body><article><h1>{title}</h1>{text}{body}</article></body></html>"


@pytest.mark.parametrize(
    ("url", "declared", "honoured"),
    [
        ("https://www.bbc.co.uk/news/1", "https://news.bbc.co.uk/story/1", True),
        ("https://amp.example.com/a", "https://example.com/a", True),
        ("https://example.com/a", "https://EXAMPLE.com./b?utm_source=x", True),
        ("https://evil.example/a", "https://victim.example/a", False),
        ("https://evil.co.uk/a", "https://victim.co.uk/a", False),
        ("https://evil.github.io/a", "https://victim.github.io/a", False),
        ("https://example.com/a", "https://example.com.evil.example/a", False),
        ("https://example.com/a", "https://com/a", False),
        ("http://127.0.0.1:8000/a", "http://127.0.0.2:8000/a", False),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/b", True),
        ("https://xn--caf-dma.example/a", "https://www.café.example/b", True),
        ("https://example.com/a", "javascript:alert(1)//example.com/a", False),
        ("https://example.com/a", "https://[::1/a", False),
    ],
)
def test_a_canonical_url_is_honoured_on_the_same_site_only(url, declared, honoured):
    chosen = choose_canonical(url, declared)
    assert (chosen != choose_canonical(url, "")) is honoured, chosen


def test_a_redirected_page_may_name_the_site_it_was_asked_from():
    chosen = choose_canonical(
        "https://cdn.other.example/x",
        "https://news.example/a",
        requested_url="https://news.example/s",
    )
    assert chosen == "https://news.example/a"


def test_registrable_domains():
    assert registrable_domain("https://a.b.news.bbc.co.uk/x") == "bbc.co.uk"
    assert registrable_domain("https://alice.github.io/") == "alice.github.io"
    assert registrable_domain("http://[::1]:80/") == "::1"
    assert registrable_domain("not a url") == ""
    assert not same_site("https://co.uk/", "https://bbc.co.uk/")


def test_an_impostor_cannot_take_the_real_articles_place(server, library):
    network = RoutedNetwork({"victim.example": [PUBLIC_A], "impostor.example": [PUBLIC_B]})
    port = server.httpd.server_address[1]
    real = f"http://victim.example:{port}/real"
    fake = f"http://impostor.example:{port}/fake"
    server.page("fake", page("Invented quotes", canonical=real))
    server.page("real", page("What was really said"))
    fetcher = Fetcher(deadline=5, network=network)
    first = clip_url(library, fake, fetcher=fetcher)
    assert first.status == "added"
    second = clip_url(library, real, fetcher=fetcher)
    assert second.status == "added"
    assert library.get(second.clip.id).title == "What was really said"
    # The impostor is stored under its own address.
    assert library.get(first.clip.id).canonical_url == fake


def test_an_import_file_cannot_claim_another_sites_canonical(tmp_path, library):
    export = {
        "format": "cuttings-export",
        "version": 1,
        "clips": [
            {
                "url": "https://impostor.example/fake",
                "canonical_url": "https://victim.example/real",
                "title": "Invented quotes",
                "html": "<p>Invented.</p>",
                "clipped_at": "2025-01-01T10:00:00+00:00",
            }
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    report = import_files(library, [path], report_path=tmp_path / "r.txt")
    [imported] = report.imported
    assert library.get(imported.clip_id).canonical_url == "https://impostor.example/fake"
    assert library.find_by_url("https://victim.example/real") is None


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://user:secret@example.org/a", "https://example.org/a"),
        ("https://user@example.org:8443/a?b=c#d", "https://example.org:8443/a?b=c#d"),
        ("https://a@b:c@example.org/", "https://example.org/"),
        ("https://example.org/path@not-userinfo", "https://example.org/path@not-userinfo"),
        ("mailto:me@example.org?attach=/etc/passwd", "mailto:me@example.org"),
        ("MAILTO:me@example.org?subject=x&body=y&attach=~/.ssh/id_rsa", "mailto:me@example.org"),
        ("mailto:?to=x@example.org&attach=/etc/shadow", "mailto:"),
        ("http://[::1/", "http://[::1/"),
    ],
)
def test_stored_urls_lose_credentials_and_mailto_queries(url, stored):
    assert without_credentials(url) == stored
    assert without_credentials(stored) == stored


def test_no_credentials_anywhere_in_a_clipped_article():
    html = page(
        "Story",
        canonical="https://editor:hunter2@news.example/story",
        image="https://cdn:pw@news.example/lead.jpg",
        body=(
            "<p>The minister said more in an interview, "
            + "words " * 30
            + "<a href='https://u:p@news.example/other'>link</a> and wrote to the desk "
            + "<a href='mailto:desk@news.example?attach=/etc/passwd&amp;subject=hi'>mail</a> "
            + "about it " * 30
            + "<img src='https://u:p@news.example/pic.jpg' width='400' height='300'></p>"
        ),
    )
    article = build_article(
        html, "https://news.example/story", requested_url="https://me:pw@news.example/story"
    )
    stored = " ".join([article.url, article.canonical_url, article.lead_image, article.html])
    for secret in ("hunter2", "editor", ":pw@", "u:p@", "attach", "subject"):
        assert secret not in stored, secret
    assert article.url == "https://news.example/story"
    assert article.lead_image == "https://news.example/lead.jpg"
    assert "mailto:desk@news.example" in article.html


def test_sanitized_links_are_a_fixed_point():
    html = (
        "<p><a href='https://u:p@x.example/a'>a</a> <a href='mailto:a@b.example?attach=x'>m</a></p>"
    )
    once = sanitize_html(html, "https://x.example/")
    assert sanitize_html(once, "https://x.example/") == once
    assert "u:p@" not in once and "attach" not in once
