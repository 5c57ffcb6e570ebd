"""Repairing a library that already holds impossible values (schema v2 -> v3).

The rows are written with raw SQL as Cuttings at schema v2 stored them:
``strftime`` wrote year 1 as ``1-01-01T00:00:00Z`` (no date key, so no search
index row that the triggers can find), and nothing checked images, languages,
notes or tag names.
"""

import random
import sqlite3
from datetime import UTC, datetime, timedelta

from cuttings.cli import main
from cuttings.core import migrations
from cuttings.core.cleaning import http_url, language_tag
from cuttings.core.database import backup_path_for
from cuttings.core.exporters import export_clips
from cuttings.core.library import Library
from cuttings.core.timestamps import checked_published

from .test_hostile_dates import FOUR_DIGIT_UTC

CONTROL = "".join(chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)])


def v2_timestamp(moment: datetime) -> str:
    """What schema v2's format_utc wrote (glibc's strftime does not pad the year)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hostile_rows(rng: random.Random, count: int):
    good = datetime(2024, 5, 1, 10, tzinfo=UTC)
    clipped_choices = [
        v2_timestamp(datetime(1, 1, 1, tzinfo=UTC)),
        v2_timestamp(datetime(9999, 12, 31, 23, tzinfo=UTC)),
        v2_timestamp(datetime(rng.randint(1, 999), 6, 1, tzinfo=UTC)),
        "0000-00-00T00:00:00Z",
        "",
        v2_timestamp(good),
    ]
    published_choices = [
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:00:00-05:00",
        "2999-01-01",
        "yesterday",
        "2024-04-30T09:00:00+02:00",
        None,
    ]
    for n in range(1, count + 1):
        yield {
            "id": n,
            "url": f"https://news.example.org/{n}",
            "canonical_url": rng.choice(
                [f"https://news.example.org/{n}", f"javascript:alert({n})"]
            ),
            "title": f"Story {n} {rng.choice(CONTROL)}budget",
            "published_at": rng.choice(published_choices),
            "language": rng.choice(["en", "<script>", "fr_FR", "x" * 40, ""]),
            "lead_image": rng.choice(
                ["javascript:alert(1)", "data:,x", "https://img.example/a.png"]
            ),
            "note": f"note {rng.choice(CONTROL)}{rng.choice(CONTROL)} end\r\nline",
            "clipped_at": rng.choice(clipped_choices),
            "updated_at": rng.choice(clipped_choices),
            "text": f"The budget story number {n}.",
        }


def make_v2_library(path, rows, tags) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    migrations.MIGRATIONS[0](db)
    migrations.MIGRATIONS[1](db)
    db.execute("PRAGMA user_version = 2")
    for row in rows:
        db.execute(
            "INSERT INTO clips (id, url, url_key, canonical_url, title, published_at, "
            "published_utc, language, lead_image, note, clipped_at, updated_at, text) VALUES "
            "(:id, :url, :url, :canonical_url, :title, :published_at, NULL, :language, "
            ":lead_image, :note, :clipped_at, :updated_at, :text)",
            row,
        )
    for tag_id, (name, clip_ids) in enumerate(tags, start=1):
        db.execute(
            "INSERT INTO tags (id, name, key) VALUES (?, ?, ?)",
            (tag_id, name, " ".join(name.split()).casefold()),
        )
        db.executemany(
            "INSERT INTO clip_tags (clip_id, tag_id) VALUES (?, ?)",
            [(clip_id, tag_id) for clip_id in clip_ids],
        )
    db.close()


TAGS = [
    ("café", [1, 2]),  # composed
    ("cafe\u0301", [2, 3]),  # decomposed: the same tag
    ("Cafe\u0301\u200b", [4]),  # and with a zero-width space
    ("po\u200blitics", [5]),  # a zero-width space
    ("politics", [6]),
    ("\u202eevil", [7]),  # a right-to-left override
    ("\x1b[31mred", [8]),
    ("\x07\x1b", [9]),  # nothing visible: goes away
]


def test_a_v2_library_with_impossible_values_opens_repaired(tmp_path, monkeypatch, capsys):
    rng = random.Random(3)
    rows = list(hostile_rows(rng, 40))
    path = tmp_path / "old.sqlite"
    make_v2_library(path, rows, TAGS)

    with Library(path) as lib:
        assert backup_path_for(path, 2).exists()
        assert lib.check().ok
        assert lib.check_search_index() == []
        clips = lib.list_clips(limit=100)
        assert len(clips) == len(rows)
        assert len(lib.list_clips(limit=100, order="published")) == len(rows)
        assert lib.search("budget").total == len(rows)
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        for clip in clips:
            clip = lib.get(clip.id)
            assert datetime(1990, 1, 1, tzinfo=UTC) <= clip.clipped_at <= tomorrow
            assert clip.published_at is None or checked_published(clip.published_at)
            assert clip.lead_image in {"", "https://img.example/a.png"}
            assert clip.canonical_url.startswith("https://")
            assert clip.language == language_tag(clip.language)
            assert not any(ch in CONTROL.replace("\n", "") for ch in clip.title + clip.note)
            assert "\n" in clip.note
        assert {t.name: t.count for t in lib.tags()} == {
            "café": 4,
            "politics": 2,
            "[31mred": 1,
            "evil": 1,
        }
        assert {c.id for c in lib.search("tag:cafe\u0301").clips} == {1, 2, 3, 4}
        assert lib.search("tag:CAFÉ").total == 4
        lib.add_tags([10], ["Cafe\u0301"])
        assert lib.count(tags=["café"]) == 5
        for fmt in ("json", "csv", "netscape", "markdown", "html", "epub"):
            export_clips(lib, fmt, tmp_path / f"out-{fmt}")

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    bad = db.execute(
        "SELECT count(*) FROM clips WHERE date_key IS NULL OR clipped_at NOT GLOB ? "
        "OR updated_at NOT GLOB ?",
        (FOUR_DIGIT_UTC, FOUR_DIGIT_UTC),
    ).fetchone()[0]
    kept = db.execute("SELECT lead_image FROM clips").fetchall()
    db.close()
    assert bad == 0
    assert all(http_url(image) == image for (image,) in kept)

    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    for args in (["list"], ["search", "budget", "--json"], ["show", "1"], ["check"]):
        assert main(args) == 0, args
    out, err = capsys.readouterr()
    assert "\x1b" not in out and "Traceback" not in err


def test_a_sound_v2_library_is_left_as_it_was(tmp_path):
    """The repair touches only what needs it: good rows keep every value."""
    rows = [
        {
            "id": n,
            "url": f"https://news.example.org/{n}",
            "canonical_url": f"https://news.example.org/{n}",
            "title": f"Story {n}",
            "published_at": "2024-04-30T09:00:00+02:00",
            "language": "en",
            "lead_image": "",
            "note": "a\tnote\nwith lines",
            "clipped_at": "2024-05-01T10:00:00Z",
            "updated_at": "2024-05-02T10:00:00Z",
            "text": "Body.",
        }
        for n in (1, 2)
    ]
    path = tmp_path / "good.sqlite"
    make_v2_library(path, rows, [("Politics", [1, 2])])
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE clips SET published_utc = '2024-04-30T07:00:00Z'")
    before = db.execute("SELECT * FROM clips ORDER BY id").fetchall()
    db.close()
    with Library(path) as lib:
        assert [(t.name, t.count) for t in lib.tags()] == [("Politics", 2)]
    db = sqlite3.connect(path)
    after = db.execute("SELECT * FROM clips ORDER BY id").fetchall()
    db.close()
    # Later versions add columns after v2's: those of v2 are as they were.
    assert [row[: len(before[0])] for row in after] == before
