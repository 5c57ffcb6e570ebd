"""Impossible dates from every source: dropped with a note, never stored, never fatal.

The dates are generated: the "zero time" (year 1), year 9999 with an offset
that pushes it past Python's range, epochs far before or after anything
possible, malformed and out-of-range fields, in every import format.
"""

import csv
import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cuttings.cli import main
from cuttings.core.clipping import clip_url
from cuttings.core.exporters import export_clips
from cuttings.core.importers import import_files
from cuttings.core.timestamps import (
    EARLIEST_CLIPPED,
    checked_published,
    clipping_time,
    format_utc,
    local_time,
    published_sort_key,
)
from tests.factories import make_article

from .import_server import serving

GOOD = "2024-05-01T10:00:00Z"
FOUR_DIGIT_UTC = "[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z"


def impossible_dates(count: int = 24, seed: int = 12) -> list[str]:
    """The known culprits, then random impossible ones in random shapes."""
    fixed = [
        "0001-01-01",
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "9999-12-31T23:00:00Z",
        "0000-00-00 00:00:00",
        "-62135596800",
        "253402300799",
        "1e400",
        "-1",
        "2024-02-30",
        "not a date",
    ]
    rng = random.Random(seed)
    generated = []
    while len(fixed) + len(generated) < count:
        year = rng.choice([rng.randint(1, 999), rng.randint(2200, 9999)])
        moment = datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23))
        offset = rng.choice(["Z", "+14:00", "-12:00", "+05:30", ""])
        shape = rng.choice(["iso", "space", "date", "epoch", "millis"])
        if shape in {"epoch", "millis"}:
            seconds = int(moment.replace(tzinfo=UTC).timestamp())
            generated.append(str(seconds * 1000 if shape == "millis" else seconds))
        elif shape == "date":
            generated.append(f"{year:04d}-{moment:%m-%d}")
        else:
            sep = "T" if shape == "iso" else " "
            generated.append(f"{year:04d}-{moment:%m-%d}{sep}{moment:%H:%M:%S}{offset}")
    return fixed + generated


def _csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def write_import(fmt, path, dates, story_url):
    """An import file of format ``fmt`` whose item n is saved (and published) at dates[n]."""
    if fmt == "json":
        clips = [
            {
                "url": f"https://news.example.org/{n}",
                "canonical_url": f"https://news.example.org/{n}",
                "title": f"Story {n}",
                "html": f"<p>Body {n}</p>",
                "text": f"Body {n}",
                "published_at": date,
                "clipped_at": date,
                "updated_at": date,
            }
            for n, date in enumerate(dates)
        ]
        path.write_text(json.dumps({"format": "cuttings-export", "version": 1, "clips": clips}))
    elif fmt == "wallabag":
        entries = [
            {
                "url": f"https://news.example.org/{n}",
                "title": f"Story {n}",
                "content": f"<p>Body {n}</p>",
                "created_at": date,
                "published_at": date,
            }
            for n, date in enumerate(dates)
        ]
        path.write_text(json.dumps(entries))
    elif fmt == "netscape":
        links = "".join(
            f'<DT><A HREF="{story_url(n)}" ADD_DATE="{date}">Story {n}</A>\n'
            for n, date in enumerate(dates)
        )
        path.write_text(f"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n{links}</DL><p>\n")
    elif fmt == "pocket":
        rows = [[f"Story {n}", story_url(n), d, "", "unread"] for n, d in enumerate(dates)]
        _csv(path, ["title", "url", "time_added", "tags", "status"], rows)
    elif fmt == "instapaper":
        rows = [[story_url(n), f"Story {n}", "", "Unread", d] for n, d in enumerate(dates)]
        _csv(path, ["URL", "Title", "Selection", "Folder", "Timestamp"], rows)
    else:
        rows = [[story_url(n), f"Story {n}", d] for n, d in enumerate(dates)]
        _csv(path, ["url", "title", "created_at"], rows)


FORMATS = ["json", "wallabag", "netscape", "pocket", "instapaper", "csv"]


def assert_library_sound(library, tmp_path):
    """Every stored date is a four-digit, plausible one, and everything reads it."""
    db = sqlite3.connect(library.path)
    bad = db.execute(
        "SELECT id, clipped_at, updated_at, published_at FROM clips WHERE date_key IS NULL "
        "OR clipped_at NOT GLOB ? OR updated_at NOT GLOB ? "
        "OR (published_utc IS NOT NULL AND published_utc NOT GLOB ?)",
        (FOUR_DIGIT_UTC,) * 3,
    ).fetchall()
    published = [row[0] for row in db.execute("SELECT published_at FROM clips")]
    db.close()
    assert bad == []
    assert all(value is None or checked_published(value) == value for value in published)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    clips = library.list_clips(limit=1000) + library.list_clips(limit=1000, order="published")
    assert all(EARLIEST_CLIPPED <= clip.clipped_at <= tomorrow for clip in clips)
    assert library.search("story").total == library.count()
    assert library.check().ok
    for fmt in ("json", "csv", "netscape", "html", "markdown", "epub"):
        export_clips(library, fmt, tmp_path / f"export-{fmt}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_impossible_dates_are_dropped_with_a_note_in_every_format(library, tmp_path, fmt):
    dates = [*impossible_dates(), GOOD]
    with serving() as server:
        source = write_import(fmt, tmp_path / "import", dates, lambda n: server.url(f"/story/{n}"))
        report = import_files(library, [tmp_path / "import"], report_path=tmp_path / "r.txt")
    assert (len(report.imported), len(report.failures)) == (len(dates), 0), source
    noted = [o for o in report.imported if any("not a possible date" in n for n in o.item.notes)]
    assert len(noted) == len(dates) - 1
    assert "not a possible date: dropped" in report.path.read_text(encoding="utf-8")
    good = library.get_many([o.clip_id for o in report.imported if o.item.title == "Story 24"])
    assert good[0].clipped_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    if fmt in {"json", "wallabag"}:
        assert good[0].published_at == "2024-05-01T10:00:00+00:00"
    assert_library_sound(library, tmp_path)


def test_the_library_refuses_impossible_dates_from_any_caller(library, tmp_path):
    east = timezone(timedelta(hours=5))
    for n, clipped in enumerate(
        [datetime(1, 1, 1), datetime(1, 1, 1, tzinfo=east), datetime(9999, 12, 31, 23, 59)]
    ):
        for published in impossible_dates(6, seed=n):
            article = make_article(len(library.list_clips(limit=1000)) + 1, published_at=published)
            clip = library.add(article, clipped_at=clipped).clip
            assert clip.published_at is None
            assert clip.clipped_at > datetime.now(UTC) - timedelta(minutes=5)
    assert_library_sound(library, tmp_path)


def test_a_page_dated_in_the_far_future_or_past_keeps_no_date(library, server):
    for n, published in enumerate(["2099-01-01T10:00:00+14:00", "0001-01-01T00:00:00Z"]):
        page = (
            "<html lang='en'><head><title>Story</title>"
            f"<meta property='article:published_time' content='{published}'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{published}"}}</script></head><body><article><h1>Story</h1>'
            + "<p>The council met on Tuesday evening to debate the new budget.</p>" * 20
            + "</article></body></html>"
        )
        outcome = clip_url(library, server.page(f"/far-{n}", page))
        assert outcome.clip.published_at is None


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
def test_shifting_the_ends_of_the_calendar_to_local_time_never_raises(monkeypatch, zone):
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        for text in impossible_dates(40):
            moment = None
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                continue
            for tz in (UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))):
                local = local_time(moment.replace(tzinfo=tz))
                assert local.year in {moment.year - 1, moment.year, moment.year + 1}
                assert clipping_time(moment.replace(tzinfo=tz)) is None
            published_sort_key(text)  # None or a key, never an exception
    finally:
        monkeypatch.undo()
        time.tzset()


def test_stored_timestamps_always_have_four_digit_years():
    assert format_utc(datetime(1000, 1, 1, tzinfo=UTC)) == "1000-01-01T00:00:00Z"
    assert published_sort_key("1999-12-31T23:00:00-05:00") == "2000-01-01T04:00:00Z"
    for impossible in (datetime(999, 12, 31, tzinfo=UTC), datetime(1, 1, 1, tzinfo=timezone.max)):
        with pytest.raises(ValueError):
            format_utc(impossible)


def test_the_command_line_lists_shows_and_exports_clips_of_impossible_dates(
    tmp_path, monkeypatch, capsys
):
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    dates = impossible_dates(12)
    write_import("wallabag", tmp_path / "w.json", dates, str)
    assert main(["import", str(tmp_path / "w.json"), "--report", str(tmp_path / "r.txt")]) == 0
    for args in (
        ["list"],
        ["list", "--json", "--sort", "published"],
        ["search", "body", "--json"],
        ["show", "1", "--json"],
        ["export", "--format", "csv"],
        ["export", "--format", "json"],
        ["check"],
    ):
        assert main(args) == 0, args
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
