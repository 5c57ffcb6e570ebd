"""Legacy charsets: pages in eleven legacy encodings, served through the real fetcher
with no declaration, wrong ones and the right one, must all decode to their text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cuttings.core.charsets import decode_html
from cuttings.core.fetch import Fetcher

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def text(name: str) -> str:
    """A corpus text: one sentence a line, joined as the page prints it."""
    lines = (FIXTURES / "charsets" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return ("" if name.startswith(("ja", "zh")) else " ").join(lines)


# (name, language, charset, text, a wrong legacy charset to declare)
PAGES = [
    ("fr-latin1", "fr", "iso-8859-1", text("fr"), "windows-1250"),
    ("fr-latin9", "fr", "iso-8859-15", text("fr-oe"), "windows-1250"),
    ("fr-1252", "fr", "windows-1252", text("fr-1252"), "windows-1250"),
    ("it-latin1", "it", "iso-8859-1", text("it"), "windows-1250"),
    ("it-1252", "it", "windows-1252", text("it-1252"), "iso-8859-2"),
    ("de-latin9", "de", "iso-8859-15", text("de"), "windows-1250"),
    ("de-1252", "de", "windows-1252", text("de-1252"), "iso-8859-2"),
    ("es-latin1", "es", "iso-8859-1", text("es"), "windows-1250"),
    ("es-1252", "es", "windows-1252", text("es-1252"), "windows-1251"),
    ("cs-1250", "cs", "windows-1250", text("cs"), "iso-8859-1"),
    ("cs-latin2", "cs", "iso-8859-2", text("cs"), "windows-1252"),
    ("pl-1250", "pl", "windows-1250", text("pl"), "iso-8859-2"),
    ("pl-latin2", "pl", "iso-8859-2", text("pl"), "windows-1250"),
    ("hu-latin2", "hu", "iso-8859-2", text("hu"), "iso-8859-1"),
    ("hu-1250", "hu", "windows-1250", text("hu"), "windows-1252"),
    ("ru-1251", "ru", "windows-1251", text("ru"), "koi8-r"),
    ("ru-koi8", "ru", "koi8-r", text("ru-koi8"), "windows-1251"),
    ("uk-1251", "uk", "windows-1251", text("uk"), "iso-8859-1"),
    ("ja-sjis", "ja", "shift_jis", text("ja"), "euc-jp"),
    ("ja-eucjp", "ja", "euc-jp", text("ja"), "shift_jis"),
    ("zh-gb18030", "zh-CN", "gb18030", text("zh-hans"), "big5"),
    ("zh-big5", "zh-TW", "big5", text("zh-hant"), "gb2312"),
]

# How each page is served: (case, HTTP charset, <meta charset>, <html lang>).  "right"
# and "wrong" stand for the page's charset and its wrong legacy charset.
CASES = [
    ("undeclared", None, None, True),
    ("bare", None, None, False),
    ("header-utf8", "utf-8", None, True),
    ("meta-utf8", None, "utf-8", True),
    ("meta-utf8-bare", None, "utf-8", False),
    ("header-wrong", "wrong", None, True),
    ("meta-wrong", None, "wrong", True),
    ("header-latin1-meta-right", "iso-8859-1", "right", True),
    ("header-right", "right", None, True),
    ("meta-right", None, "right", True),
    ("header-right-meta-utf8", "right", "utf-8", True),
]


def page_html(text: str, language: str, meta: str | None, with_lang: bool) -> str:
    lang = f' lang="{language}"' if with_lang else ""
    head = f'<meta charset="{meta}">' if meta else ""
    title = text.split(".")[0][:60]
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in text.split(". "))
    return (
        f"<!DOCTYPE html><html{lang}><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def _choose(value: str | None, right: str, wrong: str) -> str | None:
    return {"right": right, "wrong": wrong}.get(value or "", value)


@pytest.fixture(scope="module")
def served():
    from tests.pageserver import PageServer

    srv = PageServer()
    urls: dict[tuple[str, str], tuple[str, str]] = {}
    for name, language, charset, text, wrong in PAGES:
        for case, header, meta, with_lang in CASES:
            html = page_html(text, language, _choose(meta, charset, wrong), with_lang)
            http = _choose(header, charset, wrong)
            content_type = f"text/html; charset={http}" if http else "text/html"
            url = srv.page(f"{name}/{case}", html.encode(charset), content_type)
            urls[name, case] = (url, html)
    yield urls
    srv.close()


@pytest.mark.parametrize("case", [case[0] for case in CASES])
@pytest.mark.parametrize("page", [page[0] for page in PAGES])
def test_legacy_page_decodes_without_mojibake(served, page: str, case: str):
    url, html = served[page, case]
    assert Fetcher().fetch(url).html == html


@pytest.mark.parametrize(
    ("host", "expected"),
    [("www.lemonde.fr", "cp1252"), ("www.idnes.cz", "cp1250"), ("www.example.com", "cp1252")],
)
def test_the_domain_decides_a_latin_page_with_no_language(host: str, expected: str):
    # "é" and "í" read alike in windows-1250 and -1252; only "ř"/"ø" tells them apart,
    # and this page has neither: the domain decides.
    body = "<p>Café, récit, délai, désir, île, idée, médecin.</p>".encode("cp1252")
    text, codec = decode_html(body, "text/html", url=f"https://{host}/a")
    assert (text, codec) == (body.decode(expected), expected)


def test_utf8_pages_of_the_fixtures_decode_as_before():
    for path in sorted(FIXTURES.rglob("*.html")):
        body = path.read_bytes()
        for content_type in ("text/html", "text/html; charset=utf-8"):
            assert decode_html(body, content_type) == (body.decode("utf-8"), "utf-8"), path


def test_a_utf8_page_declared_legacy_is_read_as_utf8():
    html = page_html(text("ru"), "ru", "windows-1251", True)
    assert decode_html(html.encode("utf-8"), "text/html; charset=windows-1251")[0] == html
