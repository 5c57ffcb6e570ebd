"""Saved pages and pasted HTML: read, located, clipped as "file" or "clipboard"."""

import pytest

from cuttings.core.clipping import keep_article
from cuttings.core.saved_pages import (
    SavedPageError,
    clipboard_source_url,
    html_page,
    is_link_list,
    page_article,
    parse_mhtml,
    read_saved_page,
)
from tests.core.saved_files import (
    ARTICLE_URL,
    PNG,
    article_html,
    many_parts_mhtml,
    mhtml,
    nested_mhtml,
)
from tests.core.wall_pages import WALLS
from tests.pageserver import FIXTURES


def test_an_mhtml_archive_gives_its_page_address_and_images(tmp_path):
    path = tmp_path / "budget.mhtml"
    path.write_bytes(mhtml(article_html(canonical=False)))
    saved = read_saved_page(path)
    assert saved.url == ARTICLE_URL  # Snapshot-Content-Location
    assert "six hours" in saved.html
    # The images travel with the page, for the image step to keep.
    assert {(r.location, r.content_type, r.data) for r in saved.resources} == {
        ("https://img.example.org/hall.png", "image/png", PNG),
        ("cid:frame-1@mhtml.blink", "image/png", PNG),
    }
    article = page_article(saved, "file")
    assert (article.capture, article.partial, article.url) == ("file", "", ARTICLE_URL)
    assert article.word_count > 350


def test_a_saved_html_page_is_at_its_declared_address_or_its_file(tmp_path):
    declared = tmp_path / "declared.html"
    declared.write_text(article_html(), encoding="utf-8")
    assert read_saved_page(declared).url == ARTICLE_URL
    saved_from = tmp_path / "saved-from.htm"
    saved_from.write_text(
        "<!-- saved from url=(0040)https://news.example.org/2025/02/other -->\n"
        + article_html(canonical=False),
        encoding="utf-8",
    )
    assert read_saved_page(saved_from).url == "https://news.example.org/2025/02/other"
    bare = tmp_path / "bare page.html"
    bare.write_text(article_html(canonical=False), encoding="utf-8")
    assert read_saved_page(bare).url == bare.resolve().as_uri()


def test_a_saved_page_is_stored_as_a_file_capture_and_replaces_a_partial_clip(library):
    teaser = dict((w[0], w[1]) for w in WALLS)["en/incomplete-wordcount"]
    from cuttings.core.clipping import build_article

    partial = library.add(build_article(teaser, ARTICLE_URL)).clip
    assert partial.partial
    saved = html_page(article_html().encode(), "file:///tmp/x.html")
    outcome = keep_article(library, page_article(saved, "file"), tags=["Budget"])
    assert outcome.status == "refreshed"
    clip = library.get(partial.id)
    assert (clip.capture, clip.partial, clip.tags) == ("file", "", ("Budget",))
    # A complete clip is not replaced by another capture.
    again = keep_article(library, page_article(saved, "clipboard"))
    assert again.status == "exists" and library.get(partial.id).capture == "file"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an MHTML archive"),
        (b"\x00\xff" * 100, "not an MHTML archive"),
        (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x--",
            "no page|no HTML",
        ),
        (mhtml("<p>x</p>").replace(b"text/html", b"text/plain"), "no HTML"),
        (nested_mhtml(40), "nested too deeply"),
        (nested_mhtml(3000), "MHTML"),
        (many_parts_mhtml(2500), "too many parts"),
        (mhtml("<p>x</p>", boundary="b").replace(b"--b--", b""), None),  # unterminated: read
    ],
    ids=["empty", "binary", "no-page", "no-html", "nested", "very-nested", "parts", "unclosed"],
)
def test_a_hostile_archive_is_refused_with_a_message(data, message):
    if message is None:
        assert "x" in parse_mhtml(data, "file:///a.mhtml").html
        return
    with pytest.raises(SavedPageError, match=message):
        parse_mhtml(data, "file:///a.mhtml")


def test_huge_and_unreadable_files_are_refused(tmp_path, monkeypatch):
    from cuttings.core import saved_pages

    monkeypatch.setattr(saved_pages, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.mhtml"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(SavedPageError, match="too large"):
        read_saved_page(big)
    with pytest.raises(SavedPageError, match=r"cannot read missing\.html"):
        read_saved_page(tmp_path / "missing.html")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    with pytest.raises(SavedPageError, match="empty"):
        read_saved_page(empty)


def test_bookmark_files_and_reading_lists_are_link_lists():
    for name in ("chrome-bookmarks.html", "pocket-export.html", "instapaper-export.html"):
        html = (FIXTURES / "import" / name).read_text(encoding="utf-8")
        assert is_link_list(html), name
    assert not is_link_list(article_html())


def test_the_clipboard_source_url_of_each_platform():
    moz = "https://news.example.org/a\n".encode("utf-16-le")
    assert clipboard_source_url({"text/x-moz-url-priv": moz}) == "https://news.example.org/a"
    windows = (
        b"Version:0.9\r\nStartHTML:000000\r\nEndHTML:000100\r\n"
        b"SourceURL:https://news.example.org/b\r\n<html>...</html>"
    )
    key = 'application/x-qt-windows-mime;value="HTML Format"'
    assert clipboard_source_url({key: windows}) == "https://news.example.org/b"
    assert clipboard_source_url({"chromium/x-source-url": b"https://e.example/c"}) == (
        "https://e.example/c"
    )
    assert clipboard_source_url({"text/x-moz-url-priv": b"javascript:alert(1)"}) == ""
    assert clipboard_source_url({"text/plain": b"https://e.example/d"}) == ""
