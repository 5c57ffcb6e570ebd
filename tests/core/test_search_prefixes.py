"""Prefix words spelled out as the index's terms find exactly what FTS5's prefix query finds.

The library is built so that every path shows: pages that fill and pages that
do not (the total then comes from the page), prefixes of a few terms and of
more than the planner spells out, prefixes in a count and under a NOT, and
prefixes FTS5 must fold itself.
"""

import random
import re
from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.library import Library, NewClip
from cuttings.core.search import plans
from tests.factories import make_article

STEMS = ["than", "cons", "pres", "zqxw"]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> tuple[Library, dict[int, str]]:
    rng = random.Random(7)
    # "zqxw" has more completions than a page spells out; the others a few each,
    # in most clips (so that pages fill and totals need a count).
    rare = [f"zqxw{n:03d}" for n in range(plans._MAX_PAGE_TERMS + 40)]
    common = ["than", "thanks", "thank", "thankful", "cons", "console", "consider"]
    common += ["press", "present", "president", "plain", "words", "here"]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    entries = []
    for n in range(1, 181):
        words = rng.choices(rare, k=rng.randint(0, 8)) + rng.choices(common, k=rng.randint(1, 6))
        body = " ".join(rng.sample(words, len(words)))
        entries.append(NewClip(make_article(n, text=body), clipped_at=start + timedelta(hours=n)))
    library = Library(tmp_path_factory.mktemp("prefixes") / "library.sqlite")
    library.bulk_insert(entries)
    bodies = {clip.id: clip.text or "" for clip in library.get_many_with_bodies(range(1, 181))}
    yield library, bodies
    library.close()


def expected(bodies: dict[int, str], stem: str, *, without: str = "") -> list[int]:
    """Ids of the clips with a word starting with ``stem``, newest first."""

    def has(body: str, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in re.findall(r"\w+", body.lower()))

    found = [i for i, body in bodies.items() if has(body, stem)]
    found = [i for i in found if not (without and has(bodies[i], without))]
    return sorted(found, reverse=True)


def found(library: Library, query: str, **options) -> tuple[list[int], int]:
    pages, offset, total = [], 0, -1
    while True:
        page = library.search(query, limit=50, offset=offset, **options)
        total = page.total
        pages.extend(clip.id for clip in page.clips)
        offset += 50
        if offset >= total:
            return pages, total


@pytest.mark.parametrize("stem", [*STEMS, "thank", "presi"])
def test_a_typed_prefix_finds_every_completion(texts, stem):
    library, bodies = texts
    want = expected(bodies, stem)
    ids, total = found(library, stem, prefix_last=True)
    assert ids == want
    assert total == len(want)


@pytest.mark.parametrize("stem", STEMS)
def test_oldest_first_and_negated_prefixes(texts, stem):
    library, bodies = texts
    ids, total = found(library, f"{stem}*", order="oldest")
    assert ids == sorted(expected(bodies, stem))
    assert total == len(ids)
    ids, total = found(library, f"words -{stem}*")
    assert ids == expected(bodies, "words", without=stem)
    assert total == len(ids)


def test_a_prefix_in_a_full_page_is_counted_exactly(texts):
    library, bodies = texts
    page = library.search("thank zqxw", prefix_last=True, limit=5)
    want = [i for i in expected(bodies, "zqxw") if "thank" in bodies[i].split()]
    assert page.total == len(want) > 5
    assert [clip.id for clip in page.clips] == want[:5]


def test_relevance_keeps_fts5s_own_prefix_ranking(texts):
    library, bodies = texts
    page = library.search("cons", prefix_last=True, order="relevance", limit=200)
    assert sorted(clip.id for clip in page.clips) == sorted(expected(bodies, "cons"))


def test_a_prefix_with_diacritics_is_folded_by_the_index(library):
    library.add(make_article(1, text="La politica economica del governo."))
    library.add(make_article(2, text="L'économie française ralentit."))
    library.add(make_article(3, text="Nothing to see."))
    for query in ("écon", "econ", "ÉCONO"):
        page = library.search(query, prefix_last=True)
        assert sorted(clip.id for clip in page.clips) == [1, 2], query
        assert page.total == 2
