"""Exports stay inert whatever a clip holds: hostile titles, notes, tags, URLs and bodies.

The clips are stored first and their fields then overwritten in SQL, as an
older version or a hostile import might have left them, so the exporters are
tested on their own.  Markdown is rendered by a real CommonMark parser
(markdown-it-py, with raw HTML allowed as most renderers do) and must yield no
raw HTML and no link other than http(s) or mailto.
"""

import contextlib
import csv
import html
import io
import itertools
import sqlite3
import zipfile
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import pytest
import yaml
from markdown_it import MarkdownIt

from cuttings.core.database import register_sql_functions
from cuttings.core.exporters import export_clips
from cuttings.core.exporters.csv_export import COLUMNS, FORMULA_STARTS
from cuttings.core.exporters.markdown import html_to_markdown
from tests.factories import make_article

SCRIPTS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<svg/onload=alert(1)>"]


def code_payloads() -> list[str]:
    """Code whose backtick runs try to close any fence or span around it."""
    out = []
    for run, script in itertools.product(range(1, 6), SCRIPTS):
        ticks = "`" * run
        out += [
            f"{ticks}{script}{ticks}",
            f"{ticks}\n{script}",
            f"x{ticks}y {script} {ticks}",
            f"{ticks}",
            f"a\n{ticks}\n{script}\n{ticks}\nb",
            f"{script}\n{'`' * (run + 2)}",
        ]
    return out


def body_payloads() -> list[str]:
    """Article bodies (HTML as stored) that try every way out of Markdown's text."""
    bodies = []
    for code in code_payloads():
        esc = html.escape(code)
        bodies += [
            f"<p>before <code>{esc}</code> after</p>",
            f"<pre>{esc}</pre>",
            f"<pre><code>{esc}</code></pre>",
            f"<h2>title <code>{esc}</code></h2>",
            f"<table><tr><td>a <code>{esc}</code> b</td><td>c</td></tr></table>",
            f"<ul><li>item <code>{esc}</code><pre>{esc}</pre></li></ul>",
            f"<blockquote><p><code>{esc}</code></p><pre>{esc}</pre></blockquote>",
            f'<p><a href="https://example.org/">link <code>{esc}</code></a></p>',
        ]
    for script in SCRIPTS:
        esc = html.escape(script)
        bodies += [
            f"<p>{esc}</p>",
            f"<p>&amp;lt;script&amp;gt; {esc}</p>",
            f"<p>line<br>{esc}<br>---<br>{esc}</p>",
            "<p>[x](javascript:alert(1)) ![y](javascript:alert(1)) &lt;javascript:alert(1)&gt;</p>",
            f"<p>[ref]: javascript:alert(1)<br>[ref]</p><p>{esc}</p>",
            f'<p><a href="https://x.org/a) {esc}">t</a></p>',
            '<p><a href="https://x.org/&quot; onmouseover=&quot;alert(1)">t</a></p>',
            f'<p><a href="https://x.org/a b&quot;c\'d">spaces {esc}</a></p>',
            f'<p><img src="https://x.org/i.png&quot;) {esc}" alt="{esc}]({esc}"></p>',
            f'<table><tr><td><img src="https://x.org/a|b" alt="a|{esc}"></td></tr></table>',
            f"<p>---<br>title: x<br>---<br>{esc}</p>",
        ]
    return bodies


HOSTILE_TEXT = [
    *SCRIPTS,
    "`` <script>alert(1)</script> ``",
    '"><svg onload=alert(1)>',
    "---\ntitle: injected\n---",
    '=HYPERLINK("http://evil","x")',
    "a\ufffeb\uffffc\x00d\x1b[31me\x7ff\x85g\u2028h",
    "\U0001d400" * 120,
]
HOSTILE_URLS = [
    "javascript:alert(1)",
    'https://x.org/"><script>alert(1)</script>',
    "https://x.org/a) <img src=x onerror=alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
]


def store_hostile(library, bodies: list[str], texts: list[str], urls: list[str]) -> int:
    """One clip per body; every text and URL field cycled through the hostile values."""
    for n, _body in enumerate(bodies, 1):
        library.add(make_article(n), tags=["plain"])
    texts_cycle = itertools.cycle(texts)
    urls_cycle = itertools.cycle(urls)
    with contextlib.closing(sqlite3.connect(library.path)) as db:
        register_sql_functions(db)  # the search index's triggers call it
        ids = [row[0] for row in db.execute("SELECT id FROM clips ORDER BY id")]
        for clip_id, body in zip(ids, bodies, strict=True):
            text = next(texts_cycle)
            db.execute(
                "UPDATE clips SET html = ?, title = ?, note = ?, author = ?, source = ?, "
                "site_name = ?, excerpt = ?, language = ?, url = ?, lead_image = ?, "
                "canonical_url = ? || id WHERE id = ?",
                (body, text, text, text, text, text, text, text, next(urls_cycle),
                 next(urls_cycle), next(urls_cycle), clip_id),
            )  # fmt: skip
            db.execute(
                "INSERT OR IGNORE INTO tags (name, key) VALUES (?, ?)", (text, f"k{clip_id}")
            )
            db.execute(
                "INSERT INTO clip_tags (clip_id, tag_id) SELECT ?, id FROM tags WHERE key = ?",
                (clip_id, f"k{clip_id}"),
            )
        db.commit()
    return len(ids)


# -- Markdown -------------------------------------------------------------------------

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def raw_html_in(markdown: str) -> list[str]:
    """Raw HTML and non-web links a CommonMark renderer would produce from ``markdown``."""
    found = []
    for token in _walk(_MD.parse(markdown)):
        if token.type in {"html_block", "html_inline"}:
            found.append(token.content)
        for name in ("href", "src"):
            target = token.attrGet(name)
            if target is not None and urlsplit(str(target)).scheme not in {
                "http",
                "https",
                "mailto",
            }:
                found.append(f"{name}={target}")
    return found


def _walk(tokens):
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


@pytest.mark.parametrize("body", body_payloads())
def test_markdown_of_a_hostile_body_holds_no_raw_html(body):
    markdown = html_to_markdown(body)
    assert raw_html_in(markdown) == [], markdown


@pytest.mark.parametrize("code", ["`", "a ` b", "``x``", "`` ` ``", " `x` ", "<b>`</b>"])
def test_a_code_span_keeps_its_content_exactly(code):
    rendered = _MD.render(html_to_markdown(f"<p><code>{html.escape(code)}</code></p>"))
    assert lxml.html.fromstring(rendered).findtext(".//code") == code


def test_markdown_export_of_hostile_clips_is_inert(library, tmp_path):
    bodies = body_payloads()[::7]
    count = store_hostile(library, bodies, HOSTILE_TEXT, HOSTILE_URLS)
    folder = tmp_path / "md"
    assert export_clips(library, "markdown", folder).count == count
    files = sorted(folder.iterdir())
    assert len(files) == count and all(f.suffix == ".md" for f in files)
    for path in files:
        assert len(path.name.encode("utf-8")) <= 255
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        _, front, body = text.split("\n---\n", 1)[0], *text.split("\n---\n", 1)
        meta = yaml.safe_load(front.removeprefix("---\n"))
        assert set(meta) >= {"title", "url", "tags"}
        assert raw_html_in(body) == [], (path.name, body)


def test_markdown_file_names_fit_in_255_bytes(library, tmp_path):
    for n, letter in enumerate(["\U0001d400", "\u00e9", "\u4e2d", "a", "\ufdfa"], 1):
        for copy in range(3):
            library.add(make_article(n * 10 + copy, title=letter * 300))
    result = export_clips(library, "markdown", tmp_path / "md")
    names = [p.name for p in (tmp_path / "md").iterdir()]
    assert result.count == len(names) == 15
    assert max(len(name.encode("utf-8")) for name in names) <= 255
    assert len(set(names)) == 15


# -- CSV ---------------------------------------------------------------------------------


def test_every_csv_column_is_defused(library):
    payloads = [f'{start}HYPERLINK("http://evil")' for start in FORMULA_STARTS]
    count = store_hostile(library, ["<p>x</p>"] * len(payloads), payloads, payloads)
    with contextlib.closing(sqlite3.connect(library.path)) as db:
        # Fields a hostile import could fill that the cycle above leaves alone.
        db.execute("UPDATE clips SET published_at = '=1+1', published_utc = NULL")
        db.commit()
    buffer = io.StringIO()
    export_clips(library, "csv", buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert tuple(rows[0]) == COLUMNS and len(rows) == count + 1
    for row in rows[1:]:
        for column, cell in zip(COLUMNS, row, strict=True):
            assert not cell.startswith(FORMULA_STARTS), (column, cell)
    by_column = {column: [row[i] for row in rows[1:]] for i, column in enumerate(COLUMNS)}
    for column in ("url", "canonical_url", "published_at", "language", "lead_image", "title"):
        assert any(cell.startswith("'") for cell in by_column[column]), column


# -- HTML, Netscape, EPUB ----------------------------------------------------------------

_EVENT = "on"
_ALLOWED_SCHEMES = {"http", "https", "mailto", ""}


def html_problems(root) -> list[str]:
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = lxml.etree.QName(element).localname.lower()
        if tag in {"script", "iframe", "object", "embed", "svg", "math", "form", "base", "img"}:
            problems.append(tag)
        for name, value in element.attrib.items():
            name = lxml.etree.QName(name).localname.lower()
            if name.startswith(_EVENT) or name in {"style", "srcset", "formaction"}:
                problems.append(f"{tag} {name}")
            if name in {"href", "src"} and urlsplit(value).scheme.lower() not in _ALLOWED_SCHEMES:
                problems.append(f"{tag} {name}={value}")
    return problems


@pytest.fixture
def hostile_library(library):
    store_hostile(library, body_payloads()[::11], HOSTILE_TEXT, HOSTILE_URLS)
    return library


def test_html_export_of_hostile_clips_is_inert(hostile_library, tmp_path):
    path = tmp_path / "book.html"
    export_clips(hostile_library, "html", path, title="<script>alert(1)</script>\ufffe")
    text = path.read_text(encoding="utf-8")
    assert not any(c in text for c in "\ufffe\uffff\x00\x1b")
    root = lxml.html.fromstring(text)
    assert html_problems(root) == []
    assert "default-src 'none'" in text


def test_netscape_export_of_hostile_clips_is_inert(hostile_library):
    buffer = io.StringIO()
    count = export_clips(hostile_library, "netscape", buffer).count
    text = buffer.getvalue()
    assert not any(c in text for c in "\ufffe\uffff\x00\x1b")
    root = lxml.html.fromstring(text)
    assert html_problems(root) == []
    assert len(root.findall(".//a")) == count


def test_epub_export_of_hostile_clips_opens_and_is_inert(hostile_library, tmp_path):
    path = tmp_path / "book.epub"
    title = "Book \ufffe\uffff\x00 <script>"
    count = export_clips(hostile_library, "epub", path, title=title).count
    with zipfile.ZipFile(path) as book:
        chapters = [n for n in book.namelist() if n.endswith(".xhtml") and "clip-" in n]
        assert len(chapters) == count
        for name in book.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx")):
                root = lxml.etree.fromstring(book.read(name))  # strict XML: must parse
                assert html_problems(root) == [], name


def test_exports_to_a_path_leave_nothing_but_the_file(hostile_library, tmp_path):
    formats = ("json", "html", "csv", "netscape", "epub")
    out = tmp_path / "out"
    out.mkdir()
    for format in formats:
        export_clips(hostile_library, format, out / f"out.{format}")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"out.{f}" for f in formats)
