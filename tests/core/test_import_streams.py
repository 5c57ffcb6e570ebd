"""Big JSON files streamed element by element; feeds and OPML through a local server."""

import io
import json

import pytest

from cuttings.core.importers import ImportSourceError, import_files, read_file, read_source
from cuttings.core.importers.jsonstream import JsonStream

from .import_server import serving


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_json_stream_reads_arrays_whatever_the_chunk_size(chunk):
    data = [{"n": n, "text": "é" * (n * 37 % 300), "list": [1.5, None, True]} for n in range(50)]
    text = json.dumps(data, ensure_ascii=False, indent=1)
    assert list(JsonStream(io.StringIO(text), chunk).array()) == data
    wrapped = json.dumps({"format": "x", "clips": data, "after": 123456})
    header = {}
    stream = JsonStream(io.StringIO(wrapped), chunk)
    assert list(stream.object_members(header.__setitem__, "clips")) == data
    assert header == {"format": "x", "after": 123456}


def test_json_stream_reports_broken_files():
    with pytest.raises(ImportSourceError, match="not valid JSON"):
        list(JsonStream(io.StringIO('[{"a": 1}, {"b": ]'), 4).array())
    with pytest.raises(ImportSourceError, match="not valid JSON"):
        list(JsonStream(io.StringIO('[{"a": 1} {"b": 2}]')).array())


def export_file(tmp_path, clips, **header):
    path = tmp_path / "export.json"
    document = {"format": "cuttings-export", "version": 1, **header, "clips": clips}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def clip(n, **fields):
    return {
        "url": f"https://example.org/{n}",
        "canonical_url": f"https://example.org/{n}",
        "title": f"T{n}",
        "clipped_at": "2024-01-01T00:00:00Z",
        "html": "<p>x</p>" * (fields.pop("size", 1)),
        "text": "x",
        **fields,
    }


def test_a_first_article_bigger_than_the_sniffed_head_is_still_recognised(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([clip(1, size=300_000), clip(2)]), encoding="utf-8")
    source = read_file(path)
    assert (source.format, source.count) == ("json", 2)
    assert [item.url for item in source] == ["https://example.org/1", "https://example.org/2"]


def test_an_export_from_a_newer_cuttings_is_refused(tmp_path):
    path = export_file(tmp_path, [clip(1)], version=99)
    with pytest.raises(ImportSourceError, match="newer Cuttings"):
        read_file(path)


def test_a_truncated_export_is_refused_before_anything_is_stored(library, tmp_path):
    path = export_file(tmp_path, [clip(n) for n in range(20)])
    path.write_text(path.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    with pytest.raises(ImportSourceError, match="not valid JSON"):
        import_files(library, [path])
    assert library.count() == 0


def test_forcing_json_on_another_json_file_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "something-else", "clips": [clip(1)]}), "utf-8")
    with pytest.raises(ImportSourceError, match="not a Cuttings JSON export"):
        read_file(path, format="json")


def test_a_json_export_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(json.dumps([clip(1, title="café")], ensure_ascii=False).encode("latin-1"))
    with pytest.raises(ImportSourceError, match="UTF-8"):
        read_file(path, format="json")


def test_rss_items_are_fetched_from_their_pages(library, tmp_path):
    with serving() as server:
        feed = tmp_path / "feed.xml"
        feed.write_bytes(
            (
                "<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
                f"<item><title>Teaser</title><link>{server.url('/story/5')}</link>"
                "<description>only a teaser</description></item>"
                "</channel></rss>"
            ).encode()
        )
        report = import_files(library, [feed], report_path=tmp_path / "r.txt")
    assert len(report.imported) == 1
    stored = library.get(report.imported[0].clip_id)
    assert stored.title == "Story 5"
    assert "Paragraph 5 of story 5" in stored.text


def test_opml_downloads_each_feed(library, tmp_path):
    with serving() as server:
        opml = tmp_path / "feeds.opml"
        opml.write_text(
            "<?xml version='1.0'?><opml version='2.0'><body>"
            f"<outline text='Local' xmlUrl='{server.url('/feed.xml')}'/>"
            f"<outline text='Gone' xmlUrl='{server.url('/gone')}'/>"
            "</body></opml>",
            encoding="utf-8",
        )
        report = import_files(library, [opml], report_path=tmp_path / "r.txt")
    assert sorted(o.item.title for o in report.imported) == ["Story 11", "Story 12"]
    [failure] = report.failures
    assert failure.item.url == server.url("/gone")
    assert failure.reason == "the feed could not be read: feed not found (HTTP 404)"
    assert report.read == 3


def test_bytes_and_files_read_alike(tmp_path):
    path = export_file(tmp_path, [clip(1), clip(2)])
    from_bytes = read_source(path.read_bytes())
    from_file = read_file(path)
    assert from_bytes.format == from_file.format == "json"
    assert from_bytes.items == from_file.items
