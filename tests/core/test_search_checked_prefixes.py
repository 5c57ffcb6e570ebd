"""A typed query's prefix word checked clip by clip (search.plans.checked_keys) finds
exactly what the whole query finds.

Every query here is typed (its last word is a prefix).  Each is run with the
check on, with a budget small enough that the rest of the query is often too
broad to check, and with the check off (the plain plans); pages in both
orders, counts, whole lists and heads must agree.  The library mixes tags
(common, rare, absent), years, phrases, non-ASCII words, the trash and
highlights that match some of the words.
"""

import random
from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.library import Library, NewClip, _raw
from cuttings.core.search import plans
from cuttings.core.search.compile import compile_query
from cuttings.core.search.query import parse_query
from cuttings.core.timeline import TimelineQuery
from tests.factories import make_article

FILLER = ["market", "price", "the", "of", "rail", "union", "wind", "energy", "news", "city"]
RARE = ["teenager", "deadly", "harbour", "embassy", "набивать", "вина", "größe", "café"]
FAMILY = ["some", "something", "someone", "sometimes", "somewhat", "sombre", "Söme", "somè"]
PHRASES = ["installed for", "like a", "the price of wind", "не усваиваются"]

QUERIES = [
    'tag:common after:2017 "installed for" teenager -набивать some',
    'tag:common after:2019 "like a" deadly -вина somet',
    '"like a" deadly peop',
    "teenager some",
    "teenager something",
    "teenager somebod",  # a prefix of no term: nothing to spell out
    "deadly -teenager some",
    "deadly -somet* some",  # a negated prefix stays in the rest
    "tag:rare teenager some",
    "tag:nosuch teenager some",
    "-tag:common deadly some",
    "tag:common tag:mid embassy some",
    "after:2018 before:2021 market pric",
    "набивать some",
    "teenager наби",  # not ASCII: FTS5's own prefix
    "größe café some",
    '"не усваиваются" som',
    '"the price of wind" -teenager some',
    "harbour some",  # highlights hold "harbour"
    "lang:en deadly some",
    "is:starred teenager some",
    "teenager some OR embassy",  # an OR at the top: no prefix word to take apart
    "teenager some* wind",
    "in:trash deadly some",
    "market some",  # the rest matches too many clips to check
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    rng = random.Random(11)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    entries = []
    for n in range(1, 301):
        words = rng.choices(FILLER, k=20) + rng.choices(RARE, k=rng.randint(0, 2))
        words += rng.choices(FAMILY, k=rng.choice([0, 0, 1, 2]))
        words += rng.choices(PHRASES, k=rng.randint(0, 2))
        rng.shuffle(words)
        tags = [
            t
            for t, share in (("common", 0.6), ("mid", 0.25), ("rare", 0.04))
            if rng.random() < share
        ]
        entries.append(
            NewClip(
                make_article(n, title=" ".join(words[:3]), text=" ".join(words)),
                tags=tuple(tags),
                clipped_at=start + timedelta(days=12 * n + rng.randint(0, 5)),
            )
        )
    library = Library(tmp_path_factory.mktemp("checked") / "library.sqlite")
    library.bulk_insert(entries)
    clips = library.get_many_with_bodies(range(1, 301))
    with_harbour = [clip for clip in clips if "harbour" in (clip.text or "")]
    for clip in with_harbour[:3]:
        library.add_highlight(clip.id, TextQuote("harbour"), comment="something to check")
    library.mark([clip.id for clip in clips[::9]], starred=True)
    library.move_to_trash([clip.id for clip in clips[::13]])
    yield library
    library.close()


def results(library: Library, query: str) -> list[object]:
    """Everything the window and the search show of a typed ``query``."""
    seen: list[object] = []
    for order in ("newest", "oldest"):
        for limit, offset in ((50, 0), (3, 0), (3, 2), (500, 0), (5, 400)):
            page = library.search(query, prefix_last=True, order=order, limit=limit, offset=offset)
            seen.append(([clip.id for clip in page.clips], page.total))
        wanted = TimelineQuery(search=query, search_order=order)
        whole = library.timeline_list(wanted)
        seen.append((list(whole.ids), list(whole.days), whole.newest_first))
        head = library.timeline_head(wanted, 4)
        assert head is not None
        seen.append((list(head.ids), list(head.days)))
    return seen


@pytest.mark.parametrize("query", QUERIES)
# As set; then a budget the rest often exceeds, common tags checked per row,
# and an index read that often gives up.
@pytest.mark.parametrize(
    "limits",
    [{}, {"_PREFIX_CHECKS": 12}, {"_FEW_TAG_LIST_LIMIT": 20}, {"_REST_ROWS": 15}],
    ids=["as set", "checks", "tag list", "rest rows"],
)
def test_checking_the_prefix_apart_finds_what_the_whole_query_finds(
    mixed, monkeypatch, query, limits
):
    for name, value in limits.items():
        monkeypatch.setattr(plans, name, value)
    checked = results(mixed, query)
    monkeypatch.setattr(plans, "_PREFIX_CHECKS", 0)
    assert checked == results(mixed, query)


def checked_count(library: Library, query: str) -> int | None:
    with library._read() as conn:
        keys = plans.checked_keys(_raw(conn), compile_query(parse_query(query, prefix_last=True)))
    return None if keys is None else len(keys)


def test_the_queries_take_both_paths(mixed):
    # Else the comparison above would compare the plain plans with themselves.
    counts = {query: checked_count(mixed, query) for query in QUERIES}
    assert sum(count is not None for count in counts.values()) >= 12
    assert sum(bool(count) for count in counts.values()) >= 8
    for query in ("market some", "harbour some", "teenager наби", "teenager some OR embassy"):
        assert counts[query] is None
    assert mixed.search("harbour some", prefix_last=True).total > 0
