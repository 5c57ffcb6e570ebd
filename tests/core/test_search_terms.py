"""The terms of a prefix read off FTS5's leaf pages are the index's terms (core.search.terms).

The library's index is given tiny pages and is merged a few pages at a time,
so that terms sit on many leaves, across several segments, some of them
partly merged away; clips are deleted and rewritten on the way.
"""

import random
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.database import register_sql_functions
from cuttings.core.search.terms import _segments, prefix_terms
from tests.factories import make_article

STEMS = ["con", "pre", "than", "zq", "ab", "stat"]
ENDINGS = ["", "s", "e", "ed", "ing", "ion", "ions", "al", "ity", "ful", "ness", "er", "ers"]


def vocabulary(rng: random.Random) -> list[str]:
    words = [
        stem + rng.choice("abcdefghijklmnopqrstuvwxyz") * rng.randint(0, 2) + ending
        for stem in STEMS
        for ending in ENDINGS
        for _ in range(3)
    ]
    return [*words, "constitución", "présent", "thanköz", "42nd", "4x4", "记忆", "the", "a"]


@pytest.fixture
def scattered(library):
    rng = random.Random(11)
    words = vocabulary(rng)
    db = sqlite3.connect(library.path)
    register_sql_functions(db)
    # Pages of 64 bytes: a few terms a leaf, many leaves per segment.
    db.execute("INSERT INTO clips_fts(clips_fts, rank) VALUES ('pgsz', 64)")
    db.commit()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for n in range(1, 121):
        text = " ".join(rng.choices(words, k=rng.randint(3, 30)))
        library.add(make_article(n, text=text), clipped_at=start + timedelta(hours=n))
        if n % 17 == 0:
            library.delete([n - 3])
        if n % 11 == 0:
            library.update_clip(n - 5, note=" ".join(rng.choices(words, k=5)))
        if n % 13 == 0:
            # A few pages of merging at a time: segments left half merged.
            db.execute("INSERT INTO clips_fts(clips_fts, rank) VALUES ('merge', 3)")
            db.commit()
    db.close()
    return library


def index_terms(db: sqlite3.Connection, prefix: str) -> list[str]:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, clips_fts, row)"
    )
    high = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = db.execute("SELECT term FROM temp.terms WHERE term >= ? AND term < ?", (prefix, high))
    return [row[0] for row in rows]


def test_the_leaves_hold_exactly_the_terms_of_each_prefix(scattered):
    db = sqlite3.connect(scattered.path)
    segments = _segments(db, "clips_fts")
    leaves = db.execute("SELECT count(*) FROM clips_fts_idx").fetchone()[0]
    # The layout the test is about: several segments, one partly merged away, many leaves.
    assert len(segments) >= 2 and leaves > 100
    assert any(segment.first_page > 1 for segment in segments)
    every = index_terms(db, "0") + index_terms(db, "a")
    prefixes = {term[:n] for term in every for n in (1, 2, 3, 4) if term[:n].isascii()}
    prefixes |= set(STEMS) | {"zzz", "thanx"}
    for prefix in sorted(prefixes):
        read = prefix_terms(db, prefix)
        assert read is not None, prefix  # read off the leaves, not left to fts5vocab
        # fts5vocab leaves out terms whose clips are all deleted; the leaves may not yet.
        assert set(index_terms(db, prefix)) <= set(read), prefix
        assert all(term.startswith(prefix) for term in read)
    db.close()


def test_prefixes_the_index_folds_itself_are_left_to_it(scattered):
    db = sqlite3.connect(scattered.path)
    assert prefix_terms(db, "pré") is None
    assert prefix_terms(db, "") is None
    db.close()


def test_a_search_finds_the_same_clips_through_the_leaves(scattered):
    db = sqlite3.connect(scattered.path)
    for stem in [stem for stem in STEMS if len(stem) >= 3]:  # shorter ones match whole
        fts = db.execute(
            "SELECT rowid FROM clips_fts WHERE clips_fts MATCH ? ORDER BY rowid DESC",
            (f'"{stem}" *',),
        ).fetchall()
        page = scattered.search(f"{stem}*", limit=1000)
        assert [clip.id for clip in page.clips] == [key & 0xFFFFFF for (key,) in fts], stem
    db.close()
