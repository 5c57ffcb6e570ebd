"""Highlights in exports: Markdown blockquotes, marked HTML and EPUB, a lossless JSON round trip."""

import json
import zipfile

import lxml.html
import pytest

from cuttings.core.exporters import export_clips
from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.importers import import_files
from cuttings.core.library import Library
from tests.factories import make_article

HTML = (
    "<p>The council approved the <em>budget</em> on Tuesday.</p>"
    "<p>Critics said the budget ignores housing.</p>"
)
TEXT = "The council approved the budget on Tuesday.\n\nCritics said the budget ignores housing."


@pytest.fixture
def clip_id(library):
    clip_id = library.add(make_article(1, text=TEXT, html=HTML)).clip.id
    library.add(make_article(2))  # a clip without highlights
    library.add_highlight(
        clip_id, TextQuote("approved the budget"), comment="Vote: 21 to 4", color="green"
    )
    library.add_highlight(clip_id, TextQuote("ignores housing"), comment="*Really*?\n- check")
    gone = library.add_highlight(clip_id, TextQuote("Tuesday"), comment="date").highlight
    new_text = TEXT.replace("on Tuesday", "on Monday")
    library.refresh(clip_id, make_article(1, text=new_text, html=HTML.replace("Tues", "Mon")))
    assert library.highlights(clip_id)[-1].id == gone.id  # orphaned now
    return clip_id


def test_markdown_lists_highlights_as_blockquotes_with_their_comments(library, clip_id, tmp_path):
    export_clips(library, "markdown", tmp_path / "md")
    (page,) = [p for p in (tmp_path / "md").iterdir() if "story-number-1" in p.name]
    section = page.read_text(encoding="utf-8").split("## Highlights\n\n")[1]
    assert section.split("\n\n") == [
        "> approved the budget",
        "Vote: 21 to 4",
        "> ignores housing",
        "\\*Really\\*?  \n\\- check",
        "> Tuesday",
        "*(No longer in the article.)*",
        "date\n",
    ]
    (other,) = [p for p in (tmp_path / "md").iterdir() if "story-number-2" in p.name]
    assert "Highlights" not in other.read_text(encoding="utf-8")


def test_html_marks_the_highlighted_text_across_elements(library, clip_id, tmp_path):
    export_clips(library, "html", tmp_path / "book.html")
    page = lxml.html.parse(str(tmp_path / "book.html")).getroot()
    body = page.cssselect(f"#clip-{clip_id} .body")[0]
    marks = [(m.text_content(), m.get("class"), m.get("title")) for m in body.iter("mark")]
    assert marks == [
        ("approved the ", "highlight green", "Vote: 21 to 4"),
        ("budget", "highlight green", "Vote: 21 to 4"),
        ("ignores housing", "highlight yellow", "*Really*?\n- check"),
    ]
    assert body.text_content().count("The council approved the budget on Monday.") == 1
    listed = page.cssselect(f"#clip-{clip_id} .highlights li")
    assert [li.cssselect("blockquote")[0].text_content() for li in listed] == [
        "approved the budget",
        "ignores housing",
        "Tuesday",
    ]
    assert "no longer in the text" in listed[2].text_content()


def test_epub_marks_the_highlighted_text(library, clip_id, tmp_path):
    export_clips(library, "epub", tmp_path / "book.epub", clip_ids=[clip_id])
    with zipfile.ZipFile(tmp_path / "book.epub") as book:
        (name,) = [n for n in book.namelist() if n.endswith(f"clip-{clip_id}.xhtml")]
        chapter = book.read(name).decode("utf-8")
    marks = lxml.html.fromstring(chapter.encode("utf-8")).iter("mark")
    assert [(m.text_content(), m.get("class")) for m in marks] == [
        ("approved the ", "highlight green"),
        ("budget", "highlight green"),
        ("ignores housing", "highlight yellow"),
    ]
    assert "Highlights" in chapter and "Tuesday" in chapter


def test_json_round_trip_keeps_every_highlight(library, clip_id, tmp_path):
    export = tmp_path / "export.json"
    export_clips(library, "json", export)
    records = json.loads(export.read_text(encoding="utf-8"))["clips"]
    assert [len(r.get("highlights", [])) for r in records] == [3, 0]
    with Library(tmp_path / "other.sqlite") as fresh:
        report = import_files(fresh, [export], report_path=tmp_path / "r.txt", fetch=None)
        assert report.ok and len(report.imported) == 2
        (imported,) = [c for c in fresh.list_clips() if c.url == records[0]["url"]]

        def shape(items):
            return [(h.to_json() | {"id": 0, "clip_id": 0}) for h in items]

        assert shape(fresh.highlights(imported.id)) == shape(library.highlights(clip_id))
        assert fresh.search("Really has:highlights").total == 1
        # Imported again: nothing doubled.
        import_files(fresh, [export], report_path=tmp_path / "r2.txt", fetch=None)
        assert len(fresh.highlights(imported.id)) == 3
