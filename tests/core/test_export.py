"""Every export format, selections, streams and failure handling."""

import csv
import io
import json
import threading
import zipfile

import pytest

from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.exporters import EXPORT_FORMATS, ExportCancelledError, export_clips
from cuttings.core.exporters.csv_export import COLUMNS
from cuttings.core.exporters.markdown import html_to_markdown

from .porting_library import CLIPS, fill_library


def export_text(library, format, **options) -> str:
    buffer = io.StringIO()
    export_clips(library, format, buffer, **options)
    return buffer.getvalue()


def test_json_has_every_field_and_is_valid(library):
    ids = fill_library(library)
    data = json.loads(export_text(library, "json"))
    assert data["format"] == "cuttings-export" and data["version"] == 1
    assert sorted(clip["id"] for clip in data["clips"]) == sorted(ids)
    first = library.get(ids[0])
    record = next(c for c in data["clips"] if c["id"] == ids[0])
    # Pictures and original pages travel too (none for these hand-made clips).
    expected = {
        **first.to_json(),
        "updated_at": record["updated_at"],
        "images": [],
        "originals": [],
    }
    assert record == expected
    assert {"html", "text", "tags", "note", "updated_at"} <= set(record)


def test_all_clips_are_exported_oldest_first(library):
    fill_library(library)
    data = json.loads(export_text(library, "json"))
    dates = [clip["clipped_at"] for clip in data["clips"]]
    assert dates == sorted(dates) and len(dates) == len(CLIPS)


def test_selection_by_ids_and_by_query(library):
    ids = fill_library(library)
    chosen = json.loads(export_text(library, "json", clip_ids=[ids[2], ids[0]]))
    assert [clip["id"] for clip in chosen["clips"]] == [ids[2], ids[0]]
    found = json.loads(export_text(library, "json", query="résultats"))
    assert [clip["id"] for clip in found["clips"]] == [ids[1]]
    with pytest.raises(NotFoundError, match="999"):
        export_text(library, "json", clip_ids=[ids[0], 999])


def test_csv_has_stable_columns_and_defuses_formulas(library):
    fill_library(library)
    rows = list(csv.reader(io.StringIO(export_text(library, "csv"))))
    assert tuple(rows[0]) == COLUMNS
    by_url = {row[1]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    council = by_url[CLIPS[0]["url"]]
    assert council["tags"] == "local news|Politics"
    assert council["note"] == CLIPS[0]["note"]
    evil = by_url[CLIPS[3]["url"]]
    assert evil["title"].startswith("'=HYPERLINK")
    assert evil["author"] == "'-minus author"
    assert evil["note"] == "'@mention"


def test_markdown_writes_one_file_per_clip_with_front_matter(library, tmp_path):
    yaml = pytest.importorskip("yaml")
    fill_library(library)
    folder = tmp_path / "notes"
    result = export_clips(library, "markdown", folder)
    files = sorted(folder.glob("*.md"))
    assert result.count == len(files) == len(CLIPS)
    council = next(f for f in files if "council" in f.name)
    assert council.name == "2024-03-02-council-votes-on-the-budget-more.md"
    text = council.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["title"] == CLIPS[0]["title"]
    assert meta["url"] == CLIPS[0]["url"]
    assert meta["tags"] == ["local news", "Politics"]
    assert meta["note"] == CLIPS[0]["note"]
    assert meta["published_at"] == "2024-03-02T10:15:00+01:00"
    assert meta["clipped_at"] == "2024-03-02T12:00:05Z"
    assert "## What was decided" in body
    assert "- Schools" in body and "  - repairs" in body
    assert "![The hall](https://news.example.org/img/hall.jpg)" in body
    assert "[budget](https://news.example.org/budget.pdf)" in body
    assert "| Bridge | 1 M€ |" in body
    japanese = next(f for f in files if f.name.startswith("2024-04-01"))
    assert "東京で桜が満開" in japanese.name


def test_markdown_never_overwrites(library, tmp_path):
    fill_library(library)
    export_clips(library, "markdown", tmp_path / "md")
    export_clips(library, "markdown", tmp_path / "md")
    assert len(list((tmp_path / "md").glob("*.md"))) == 2 * len(CLIPS)


def test_html_to_markdown_escapes_and_converts():
    assert html_to_markdown("<p>1 * 2 _x_ [y]</p>") == "1 \\* 2 \\_x\\_ \\[y\\]\n"
    assert html_to_markdown("<p># not a heading</p>") == "\\# not a heading\n"
    assert html_to_markdown("<ol start='3'><li>a</li><li>b</li></ol>") == "3. a\n4. b\n"
    assert html_to_markdown("<blockquote><p>q</p></blockquote>") == "> q\n"
    nested = "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
    assert html_to_markdown(nested) == "- a\n  - b\n- c\n"
    assert html_to_markdown("<p>a<br>b <code>x`y</code></p>") == "a  \nb ``x`y``\n"
    assert html_to_markdown("") == ""


def test_html_book_is_self_contained_and_escaped(library, tmp_path):
    ids = fill_library(library)
    path = tmp_path / "book.html"
    export_clips(library, "html", path, title="My <clips>")
    page = path.read_text(encoding="utf-8")
    assert "<title>My &lt;clips&gt;</title>" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page and "<img" not in page
    assert "Council &lt;votes&gt; on the &quot;budget&quot; &amp; more" in page
    for clip_id in ids:
        assert f'href="#clip-{clip_id}"' in page and f'id="clip-{clip_id}"' in page
    assert (
        '<a href="https://news.example.org/img/hall.jpg" class="image">[image: The hall]</a>'
        in page
    )
    assert 'lang="fr-FR"' in page
    assert page.index('id="contents"') < page.index(f'id="clip-{ids[0]}"')


def test_netscape_export_is_a_bookmark_file(library):
    fill_library(library)
    page = export_text(library, "netscape")
    assert page.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
    assert 'TAGS="local news,Politics"' in page
    assert 'ADD_DATE="1709380805"' in page


def test_epub_is_a_readable_book_with_contents(library, tmp_path):
    from ebooklib import epub

    ids = fill_library(library)
    path = tmp_path / "clips.epub"
    result = export_clips(library, "epub", path, title="Clips")
    assert result.count == len(CLIPS)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.read("mimetype") == b"application/epub+zip"
        assert any(name.endswith("nav.xhtml") for name in names)
        assert any(name.endswith(f"clip-{ids[0]}.xhtml") for name in names)
        chapter = next(n for n in names if n.endswith(f"clip-{ids[0]}.xhtml"))
        body = archive.read(chapter).decode("utf-8")
        assert "<img" not in body and "[image: The hall]" in body
    book = epub.read_epub(str(path))
    assert [link.title for link in book.toc][: len(CLIPS)] == [
        c.title for c in library.list_clips(newest_first=False)
    ]


def test_epub_and_markdown_need_an_output_path(library):
    fill_library(library)
    for format in ("epub", "markdown"):
        with pytest.raises(CuttingsError, match="--output"):
            export_clips(library, format, io.StringIO())


def test_unknown_format_is_refused(library):
    with pytest.raises(CuttingsError, match="unknown export format"):
        export_text(library, "docx")
    assert set(EXPORT_FORMATS) == {"json", "markdown", "html", "csv", "netscape", "epub"}


def test_cancelled_export_leaves_no_file(library, tmp_path):
    fill_library(library)
    cancel = threading.Event()
    progress = []

    def on_progress(done, total):
        progress.append((done, total))
        cancel.set()

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelledError):
        export_clips(
            library, "json", folder / "export.json", on_progress=on_progress, cancel=cancel
        )
    assert list(folder.iterdir()) == []
    assert progress == [(1, len(CLIPS))]


def test_exporting_an_empty_library(library, tmp_path):
    data = json.loads(export_text(library, "json"))
    assert data["clips"] == []
    assert export_clips(library, "epub", tmp_path / "e.epub").count == 0
