"""The first rows of a timeline list, read ahead of the whole list (core.timeline.timeline_head).

The window shows them while the whole list loads, so they must be exactly
the list's first rows, whatever the query.
"""

import random
from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.timeline import TimelineQuery
from tests.factories import make_article

WORDS = [
    "energy",
    "wind",
    "windmill",
    "windfall",
    "solar",
    "price",
    "prices",
    "market",
    "union",
    "strike",
    "rail",
]
CJK = ["记忆力的研究", "日本の経済ニュース", "학교에서 공부", "中国经济增长"]


@pytest.fixture
def varied(library):
    rng = random.Random(7)
    start = datetime(2025, 2, 1, 9, tzinfo=UTC)
    for n in range(120):
        words = rng.choices(WORDS, k=12)
        if n % 7 == 0:
            words.append(CJK[n // 7 % len(CJK)])
        if n % 5 == 0:
            words.extend(["the", "price", "of", "wind"])
        tags = [t for t in ("energy", "uk", "press review") if rng.random() < 0.4]
        library.add(
            make_article(n, title=" ".join(words[:4]), text=" ".join(words)),
            tags=tags,
            # Several clips a day, so that day headers fall inside and across the head.
            clipped_at=start + timedelta(hours=5 * n + rng.randint(0, 4)),
        )
    library.move_to_trash([3, 40, 41])
    return library


QUERIES = [
    TimelineQuery(),
    TimelineQuery(tags=("energy",)),
    TimelineQuery(tags=("energy", "uk")),
    TimelineQuery(tags=("nothing",)),
    TimelineQuery(search="wind"),
    TimelineQuery(search="win"),  # typed: a prefix
    TimelineQuery(search="wind*"),
    TimelineQuery(search='"price of"'),
    TimelineQuery(search='"the price of wind"'),
    TimelineQuery(search="solar -market"),
    TimelineQuery(search="-tag:uk price"),
    TimelineQuery(search="tag:energy rail", tags=("uk",)),
    TimelineQuery(search="energy OR strike"),
    TimelineQuery(search="记忆"),
    TimelineQuery(search="経済"),
    TimelineQuery(search="학교"),
    TimelineQuery(search="after:2025-02-05 before:2025-02-20 union"),
    TimelineQuery(search="wind", search_order="oldest"),
    TimelineQuery(search="pri", search_order="oldest", tags=("energy",)),
    TimelineQuery(search="in:trash"),
    TimelineQuery(search="market", scope="is:unread"),
    TimelineQuery(search="?!"),
    TimelineQuery(search="nowhere"),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.search!r}-{q.tags}-{q.search_order}")
def test_the_head_is_the_first_rows_of_the_whole_list(varied, query):
    whole = varied.timeline_list(query)
    for limit in (1, 7, 50, 500):
        head = varied.timeline_head(query, limit)
        assert head is not None
        assert list(head.ids) == list(whole.ids[:limit])
        assert list(head.days) == list(whole.days[:limit])
        assert (head.filed_by, head.newest_first) == (whole.filed_by, whole.newest_first)


def test_lists_not_in_clipping_date_order_have_no_head(varied):
    assert varied.timeline_head(TimelineQuery(order="published"), 50) is None
    ranked = TimelineQuery(search="wind", search_order="relevance")
    assert varied.timeline_head(ranked, 50) is None


def test_the_queries_find_enough_to_cut(varied):
    # Else the comparison above would compare empty lists or lists shorter than the head.
    sizes = [len(varied.timeline_list(q)) for q in QUERIES]
    assert sum(size > 7 for size in sizes) >= 12
    assert all(
        len(varied.timeline_list(TimelineQuery(search=w))) > 0 for w in ("记忆", "経済", "학교")
    )
