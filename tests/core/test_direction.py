"""Right-to-left articles: detected, kept by the sanitizer, carried by the exports."""

import io
import sys
import unicodedata
import zipfile

import pytest

from cuttings.core.direction import clip_direction, text_direction
from cuttings.core.exporters import export_clips
from cuttings.core.library import Library
from cuttings.core.sanitize import sanitize_html
from tests.factories import make_article

HEBREW = "הממשלה אישרה את התקציב לאחר דיון ארוך בכנסת."
ARABIC = "وافقت الحكومة على الميزانية بعد نقاش طويل."


@pytest.mark.parametrize(
    ("language", "html", "text", "expected"),
    [
        ("he", "", "", "rtl"),
        ("ar-EG", "", "", "rtl"),
        ("fa_IR", "", "", "rtl"),
        ("ur", "", "", "rtl"),
        ("", '<div dir="rtl"><p>x</p></div>', "", "rtl"),
        ("", "", HEBREW, "rtl"),
        ("en", "", ARABIC, "rtl"),  # a wrong label yields to the letters
        ("", "", "Budget passed after a long debate about " + "שלום", "ltr"),
        ("en", "", "", "ltr"),
        ("", "", "2025 — 42", "ltr"),
    ],
)
def test_clip_direction(language, html, text, expected):
    assert clip_direction(language, html, text) == expected


def test_text_without_strong_characters_has_no_direction():
    assert text_direction("2025-03-01, 42 %") is None


def test_every_right_to_left_character_is_looked_at_closely():
    """The quick path for left-to-right text must not pass over any R or AL character."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.bidirectional(char) in ("R", "AL"):
            assert text_direction("ab" + char * 3) == "rtl", hex(code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget", "ltr"),
        ("42 — " + "Budget", "ltr"),
        ("«" + HEBREW + "» says", "rtl"),
        ("Ελληνικά και русский", "ltr"),
        ("\u200f2025", "rtl"),  # a right-to-left mark is strong
        ("", None),
    ],
)
def test_text_direction_of_short_texts(text, expected):
    assert text_direction(text) == expected


def test_the_sanitizer_keeps_only_real_directions():
    cleaned = sanitize_html(
        '<p dir="RTL">א</p><p dir="auto">b</p><p dir="sideways">c</p>', "https://x.example/"
    )
    assert '<p dir="rtl">' in cleaned
    assert '<p dir="auto">' in cleaned
    assert "sideways" not in cleaned


@pytest.fixture
def mixed(library: Library) -> Library:
    library.add(
        make_article(1, title="התקציב אושר", html=f"<p>{HEBREW}</p>", text=HEBREW, language="he")
    )
    library.add(make_article(2, title="Budget passed", language="en"))
    return library


def test_html_export_carries_dir(mixed: Library):
    out = io.StringIO()
    export_clips(mixed, "html", out)
    page = out.getvalue()
    assert '<article id="clip-1" lang="he" dir="rtl">' in page
    assert '<article id="clip-2" lang="en" dir="ltr">' in page
    assert '<h2 dir="auto">התקציב אושר</h2>' in page


def test_epub_chapters_carry_dir(mixed: Library, tmp_path):
    path = tmp_path / "clips.epub"
    export_clips(mixed, "epub", path)
    with zipfile.ZipFile(path) as archive:
        chapters = {
            name: archive.read(name).decode()
            for name in archive.namelist()
            if name.endswith(".xhtml") and "clip-" in name
        }
    hebrew = next(text for name, text in chapters.items() if name.endswith("clip-1.xhtml"))
    english = next(text for name, text in chapters.items() if name.endswith("clip-2.xhtml"))
    assert 'dir="rtl"' in hebrew and 'lang="he"' in hebrew
    assert 'dir="rtl"' not in english
    assert '<h1 dir="auto">' in hebrew


def test_markdown_front_matter_names_rtl(mixed: Library, tmp_path):
    export_clips(mixed, "markdown", tmp_path / "md")
    files = {path.read_text(encoding="utf-8") for path in (tmp_path / "md").rglob("*.md")}
    hebrew = next(text for text in files if "התקציב" in text)
    english = next(text for text in files if "Budget passed" in text)
    assert '\ndir: "rtl"\n' in hebrew
    assert "\ndir:" not in english
