"""Export, then import into an empty library: nothing may change."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cuttings.core.exporters import export_clips
from cuttings.core.exporters.json_export import clip_record
from cuttings.core.importers import import_files, read_source
from cuttings.core.library import Library

from .porting_library import CLIPS, fill_library


def full_records(library: Library) -> dict[str, dict]:
    clips = library.list_clips(limit=1000)
    records = {}
    for clip in library.get_many_with_bodies([c.id for c in clips]):
        record = clip_record(clip)
        del record["id"]  # ids belong to a library
        records[clip.url] = record
    return records


def no_fetch(url, cancel):
    raise AssertionError(f"a round trip must not fetch {url}")


def test_json_round_trip_changes_nothing(library, tmp_path):
    fill_library(library)
    export = tmp_path / "export.json"
    assert export_clips(library, "json", export).count == len(CLIPS)

    (tmp_path / "other").mkdir()
    with Library(tmp_path / "other" / "library.sqlite") as fresh:
        report = import_files(fresh, [export], report_path=tmp_path / "r.txt", fetch=no_fetch)
        assert len(report.imported) == len(CLIPS)
        assert report.ok
        before, after = full_records(library), full_records(fresh)
    assert before.keys() == after.keys()
    differences = {
        (url, field): (before[url][field], after[url].get(field))
        for url in before
        for field in before[url]
        if before[url][field] != after[url].get(field)
    }
    assert differences == {}
    assert set(after[next(iter(after))]) == set(before[next(iter(before))])


def test_importing_an_export_into_its_own_library_skips_everything(library, tmp_path):
    fill_library(library)
    export = tmp_path / "export.json"
    export_clips(library, "json", export)
    report = import_files(library, [export], report_path=tmp_path / "r.txt", fetch=no_fetch)
    assert len(report.duplicates) == len(CLIPS) and not report.imported


def test_netscape_round_trip_keeps_urls_tags_dates_and_notes(library, tmp_path):
    fill_library(library)
    export = tmp_path / "bookmarks.html"
    export_clips(library, "netscape", export)
    source = read_source(export.read_bytes())
    assert source.format == "netscape"
    items = {item.url: item for item in source.items}
    for clip in library.get_many_with_bodies([c.id for c in library.list_clips()]):
        item = items[clip.url]
        assert item.title == clip.title
        assert item.tags == clip.tags
        assert item.saved_at == clip.clipped_at
        assert item.note == clip.note.strip()


def test_csv_round_trip_keeps_urls_titles_tags_dates_and_notes(library, tmp_path):
    fill_library(library)
    export = tmp_path / "clips.csv"
    export_clips(library, "csv", export)
    source = read_source(export.read_bytes())
    assert source.format == "csv"
    items = {item.url: item for item in source.items}
    for clip in library.list_clips():
        item = items[clip.url]
        assert (item.title, item.tags, item.saved_at, item.note) == (
            clip.title,
            clip.tags,
            clip.clipped_at,
            clip.note,
        )


def test_round_trip_keeps_an_exported_updated_at(library, tmp_path):
    fill_library(library)
    export = tmp_path / "export.json"
    export_clips(library, "json", export)
    text = export.read_text(encoding="utf-8")
    assert '"updated_at": "' in text
    with Library(tmp_path / "b.sqlite") as fresh:
        import_files(fresh, [export], report_path=tmp_path / "r.txt", fetch=no_fetch)
        clip = fresh.find_by_url(CLIPS[3]["url"])
        assert clip is not None
        assert clip.clipped_at == datetime(2020, 1, 1, tzinfo=UTC)
        original = library.find_by_url(CLIPS[3]["url"])
        assert original is not None and clip.updated_at == original.updated_at


def test_export_path_is_a_plain_file(library, tmp_path):
    fill_library(library)
    export: Path = tmp_path / "export.json"
    export_clips(library, "json", export)
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize(
    "fragment",
    ["<pre>\n\ncode</pre>", "<li><table><li>x</li></table></li>"],
)
def test_stored_html_survives_a_second_sanitizing(fragment):
    from cuttings.core.sanitize import sanitize_html

    once = sanitize_html(fragment, "https://news.example.org/a")
    assert sanitize_html(once, "https://news.example.org/a") == once
