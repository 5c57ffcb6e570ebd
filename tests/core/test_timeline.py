"""The timeline as one list of ids: order, days, searches, positions (cuttings.core.timeline)."""

import random
import time
from array import array
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from cuttings.core.timeline import TimelineList, TimelineQuery, _clipped_days, filed_day
from tests.factories import make_article


def days_of(library, query):
    found = library.timeline_list(query)
    return [date.fromordinal(d) for d in found.days]


def test_the_list_holds_every_clip_newest_first_with_its_local_day(library):
    start = datetime(2025, 2, 10, 12, tzinfo=UTC)
    ids = [
        library.add(make_article(n), clipped_at=start - timedelta(hours=9 * n)).clip.id
        for n in range(10)
    ]
    found = library.timeline_list(TimelineQuery())
    assert list(found.ids) == ids
    clips = library.get_many(ids)
    assert days_of(library, TimelineQuery()) == [c.clipped_at.astimezone().date() for c in clips]
    rows = found.header_rows()
    assert rows[0] == 0
    assert all(found.days[r] != found.days[r - 1] for r in rows[1:])
    assert len(rows) == len(set(found.days))


@pytest.fixture
def local_zone(monkeypatch):
    """Set the process's local time zone (restored after the test)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone can be set only where time.tzset exists (not Windows)")

    def set_zone(name):
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    "zone", ["UTC", "Europe/Rome", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe"]
)
def test_each_key_gets_its_local_day_whatever_the_zone_and_direction(local_zone, zone):
    """Days are found a run at a time (a binary search for where each ends): the same as
    asking the calendar for every key, across clock changes (some at midnight here)."""
    local_zone(zone)
    rng = random.Random(zone)
    for _ in range(10):
        start = rng.randrange(-(10**8), 2 * 10**9)
        moments = sorted(rng.randrange(start, start + 86400 * 400) for _ in range(1500))
        keys = [(moment << 24) | rng.randrange(1, 1 << 24) for moment in moments]
        for ordered in (keys, keys[::-1]):
            expected = [datetime.fromtimestamp(key >> 24).date().toordinal() for key in ordered]
            assert list(_clipped_days(ordered)) == expected
    assert list(_clipped_days([])) == []


def test_index_of_finds_the_row_of_an_id_as_a_list_would():
    rng = random.Random(11)
    ids = [*rng.sample(range(1, 2**40), 2000), 1 << 8, 0, 2, 1 << 16, 7]
    found = TimelineList(array("q", ids))
    for clip_id in rng.sample(ids, 300):
        assert found.index_of(clip_id) == ids.index(clip_id)
    # The bytes of 1 begin one byte into 256 (little-endian), of 2 in 512...: not a row.
    assert found.index_of(1) == -1
    assert found.index_of(1 << 16) == len(ids) - 2
    assert found.index_of(123) == -1
    assert TimelineList().index_of(1) == -1


def test_row_of_day_is_the_first_clip_of_that_day_or_of_an_older_one(library):
    for n, day in enumerate((1, 2, 2, 3, 5), start=1):
        library.add(make_article(n), clipped_at=datetime(2025, 2, day, 12, tzinfo=UTC))
    found = library.timeline_list(TimelineQuery())
    # Newest first: 5, 3, 2, 2, 1 February.
    assert found.row_of_day(date(2025, 2, 2)) == 2
    assert found.row_of_day(date(2025, 2, 4)) == 1  # no clip that day: the next older
    assert found.row_of_day(date(2025, 3, 1)) == 0
    assert found.row_of_day(date(2025, 1, 1)) == 5  # older than all: past the end
    oldest_first = library.timeline_list(TimelineQuery(search="story", search_order="oldest"))
    assert oldest_first.row_of_day(date(2025, 2, 2)) == 1
    assert oldest_first.row_of_day(date(2025, 2, 4)) == 4  # the next newer day


def test_tags_search_and_orders(library):
    library.add(make_article(1, title="Wind power auction"), tags=["energy", "uk"])
    library.add(make_article(2, title="Solar farms"), tags=["energy"])
    library.add(make_article(3, title="Rail strikes"), tags=["uk"])
    ids = list(library.timeline_list(TimelineQuery()).ids)
    assert list(library.timeline_list(TimelineQuery(tags=("Energy", "uk"))).ids) == [ids[2]]
    assert list(library.timeline_list(TimelineQuery(tags=("nothing",))).ids) == []
    # The word being typed is a prefix; a tag filter narrows a search too.
    assert list(library.timeline_list(TimelineQuery(search="farm")).ids) == [ids[1]]
    query = TimelineQuery(search="stor", tags=("uk",))
    assert list(library.timeline_list(query).ids) == [ids[0], ids[2]]
    query = TimelineQuery(search="story", search_order="oldest")
    assert list(library.timeline_list(query).ids) == ids[::-1]
    ranked = library.timeline_list(TimelineQuery(search="solar", search_order="relevance"))
    assert list(ranked.ids) == [ids[1]]
    assert not ranked.dated and ranked.header_rows() == []
    assert len(library.timeline_list(TimelineQuery(search="?!"))) == 0


def test_the_published_order_files_clips_under_the_day_printed_on_the_page(library):
    clipped = datetime(2025, 3, 1, 12, tzinfo=UTC)
    dates = ["2025-02-20", "2025-02-21T23:30:00", "2025-02-22T10:00:00+05:00", None]
    for n, published in enumerate(dates, start=1):
        library.add(make_article(n, published_at=published), clipped_at=clipped, tags=["x"])
    for tags in ((), ("x",)):
        query = TimelineQuery(order="published", tags=tags)
        found = library.timeline_list(query)
        clips = library.get_many(list(found.ids))
        assert [c.published_at for c in clips] == [None, *dates[2::-1]]
        expected = [filed_day(c.clipped_at, c.published_at, "published") for c in clips]
        assert days_of(library, query) == expected
    assert expected[1:] == [
        datetime.fromisoformat(dates[2]).astimezone().date(),
        date(2025, 2, 21),  # as written: no offset
        date(2025, 2, 20),
    ]


def test_ids_past_the_date_key_bits_are_looked_up(library):
    library.add(make_article(1), clipped_at=datetime(2025, 2, 1, tzinfo=UTC))
    big = library.add(make_article(2), clipped_at=datetime(2025, 2, 2, tzinfo=UTC)).clip
    deleted = library.delete([big.id])
    moved = replace(deleted, clips=(replace(deleted.clips[0], id=2**24 + 5),))
    assert library.restore(moved).ids == (2**24 + 5,)
    first = library.add(make_article(3), clipped_at=datetime(2025, 1, 1, tzinfo=UTC)).clip
    expected = [2**24 + 5, 1, first.id]
    assert list(library.timeline_list(TimelineQuery()).ids) == expected
    assert list(library.timeline_list(TimelineQuery(search="story")).ids) == expected
