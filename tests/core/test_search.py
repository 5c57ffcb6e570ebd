import sqlite3
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.library import Library, NewClip
from tests.factories import make_article


def day(d: int, month: int = 2, year: int = 2025, hour: int = 12) -> datetime:
    return datetime(year, month, d, hour, tzinfo=UTC)


@pytest.fixture
def news(library: Library) -> Library:
    """A small library with one clip per feature the query language can select on."""
    add = library.add
    add(
        make_article(
            1,
            title="Il governo approva il bilancio",
            text="Perché il bilancio dello stato cambia. The state budget passed in Rome.",
            source="Corriere",
            site_name="Corriere della Sera",
            author="Giulia Rossi",
            language="it",
            published_at="2025-02-21T23:30:00-05:00",
        ),
        tags=["Politics", "Italy"],
        clipped_at=day(22),
    )
    add(
        make_article(
            2,
            title="Budget talks stall",
            text="The budget of the state is not passed. Talks in Berlin continue.",
            source="The Times",
            author="Ada Lovelace",
            language="en-GB",
            published_at="2025-02-10",
        ),
        tags=["Politics"],
        clipped_at=day(11),
    )
    add(
        make_article(
            3,
            title="Football results",
            text="Rome won the derby. No budget news today.",
            source="Sports Daily",
            author="Ada Byron",
            language="en",
            published_at="2024-12-01",
        ),
        tags=["Sport", "Italy"],
        clipped_at=day(5, month=1),
        note="ask about the budget",
    )
    add(
        make_article(
            4,
            title="Gardening <tips> & tricks",
            text="Roses need <b>sun</b> & water; prune them in state parks.",
            source="Home",
            language="de",
        ),
        clipped_at=day(1, month=3),
    )
    return library


def titles(page) -> list[str]:
    return [clip.title.split()[0] for clip in page.clips]


def test_words_all_match_newest_first(news):
    page = news.search("budget state")
    assert titles(page) == ["Il", "Budget"]
    assert page.total == 2


def test_phrase_negation_or_parentheses(news):
    assert titles(news.search('"state budget"')) == ["Il"]
    assert titles(news.search("budget -berlin")) == ["Il", "Football"]
    assert titles(news.search("berlin OR derby")) == ["Budget", "Football"]
    assert titles(news.search("(berlin OR derby) rome")) == ["Football"]
    assert titles(news.search("budget -(berlin OR derby)")) == ["Il"]


def test_diacritics_and_case_are_ignored(news):
    assert titles(news.search("perche")) == ["Il"]
    assert titles(news.search("PERCHÉ")) == ["Il"]


def test_prefix_matching_as_you_type(news):
    assert news.search("garden").total == 0
    assert titles(news.search("garden", prefix_last=True)) == ["Gardening"]
    assert news.search("garden ", prefix_last=True).total == 0
    assert titles(news.search("rose*")) == ["Gardening"]


def test_tags_intersect_and_exclude(news):
    assert titles(news.search("tag:italy")) == ["Il", "Football"]
    assert titles(news.search("tag:Italy tag:politics")) == ["Il"]
    assert titles(news.search('tag:"politics" -tag:italy')) == ["Budget"]
    assert titles(news.search("budget", tags=["ITALY"])) == ["Il", "Football"]
    assert news.search("tag:nonexistent").total == 0
    assert titles(news.search("budget -tag:nonexistent")) == ["Il", "Budget", "Football"]


def test_source_author_lang(news):
    assert titles(news.search("source:corriere")) == ["Il"]
    assert titles(news.search('site:"della sera"')) == ["Il"]  # the site name counts too
    assert titles(news.search("source:times")) == ["Budget"]
    assert titles(news.search("author:ada")) == ["Budget", "Football"]
    assert titles(news.search('author:"ada byron"')) == ["Football"]
    assert titles(news.search("lang:en")) == ["Budget", "Football"]
    assert titles(news.search("lang:en-gb")) == ["Budget"]
    assert titles(news.search("budget lang:it")) == ["Il"]


def test_clipping_dates(news):
    assert titles(news.search("after:2025-02-11")) == ["Gardening", "Il", "Budget"]
    assert titles(news.search("before:2025-02-11")) == ["Football"]
    assert titles(news.search("on:2025-02-22")) == ["Il"]
    assert titles(news.search("on:2025-02")) == ["Il", "Budget"]
    assert titles(news.search("budget after:2025-02 before:2025-02-20")) == ["Budget"]
    assert news.search("budget after:2026").total == 0


def test_published_is_the_articles_own_date(news):
    # Published at 23:30 in New York on the 21st (the 22nd in UTC): the 21st.
    assert titles(news.search("published:2025-02-21")) == ["Il"]
    assert news.search("published:2025-02-22").total == 0
    assert titles(news.search("published:2025-02")) == ["Il", "Budget"]
    assert titles(news.search("published:2024")) == ["Football"]


def test_note_is_searchable(news):
    assert titles(news.search("ask")) == ["Football"]


def test_mixed_boolean_with_filters_takes_the_general_path(news):
    assert titles(news.search("tag:sport OR berlin")) == ["Budget", "Football"]
    assert titles(news.search("(lang:de OR author:giulia) -roses")) == ["Il"]


def test_orders(news):
    assert titles(news.search("budget", order="oldest")) == ["Football", "Budget", "Il"]
    # The title weighs most: the clip with "budget" in its title ranks first.
    assert titles(news.search("budget", order="relevance"))[0] == "Budget"


def test_paging_and_total(news):
    first = news.search("budget", limit=2)
    second = news.search("budget", limit=2, offset=2)
    assert first.total == second.total == 3
    assert titles(first) + titles(second) == ["Il", "Budget", "Football"]


def test_empty_query_is_the_timeline(news):
    page = news.search("")
    assert page.total == 4
    assert titles(page) == ["Gardening", "Il", "Budget", "Football"]
    assert titles(news.search("  ", tags=["italy"])) == ["Il", "Football"]


def test_snippets_mark_terms_and_escape_html(news):
    page = news.search("roses sun")
    snippet = page.snippets[page.clips[0].id]
    assert "<b>Roses</b>" in snippet
    assert "&lt;<b>b</b>&gt;" not in snippet
    assert "&lt;b&gt;<b>sun</b>&lt;/b&gt;" in snippet
    assert "&amp;" in snippet
    assert "<b>" not in snippet.replace("<b>Roses</b>", "").replace("<b>sun</b>", "")


def test_snippets_fall_back_to_the_excerpt_without_words(news):
    page = news.search("tag:sport")
    assert set(page.snippets) == {page.clips[0].id}


def test_user_text_never_reaches_sql(news):
    for text in [
        "NEAR(budget state)",
        "budget^",
        "{title}: x",
        "'; DROP TABLE clips; --",
        '"a" "b"',
    ]:
        news.search(text)
    assert news.count() == 4
    with pytest.raises(QuerySyntaxError):
        news.search('"budget')


def test_only_punctuation_finds_nothing(news):
    assert news.search("%").total == 0
    assert news.search("_").clips == []


def test_list_clips_and_count_with_tags_and_keyset(news):
    assert [c.title.split()[0] for c in news.list_clips(tags=["italy"])] == ["Il", "Football"]
    assert news.count(tags=["italy"]) == 2
    assert news.count(tags=["italy", "politics"]) == 1
    assert news.count(tags=["nope"]) == 0
    everything = news.list_clips(limit=10)
    page = news.list_clips(limit=2)
    rest = news.list_clips(limit=10, after=page[-1])
    assert [c.id for c in page + rest] == [c.id for c in everything]
    oldest = news.list_clips(limit=10, newest_first=False)
    assert [c.id for c in oldest] == [c.id for c in reversed(everything)]
    tagged = news.list_clips(limit=1, tags=["politics"])
    assert [c.title for c in news.list_clips(after=tagged[-1], tags=["politics"])] == [
        "Budget talks stall"
    ]
    by_published = news.list_clips(order="published", limit=1)
    after = news.list_clips(order="published", after=by_published[0])
    assert [c.id for c in by_published + after] == [
        c.id for c in news.list_clips(order="published")
    ]


def test_tag_counts(news):
    assert [(t.name, t.count) for t in news.tags()] == [("Italy", 2), ("Politics", 2), ("Sport", 1)]


def index_is_consistent(library: Library) -> None:
    assert library.check_search_index() == []
    db = sqlite3.connect(library.path)
    try:
        counts = db.execute(
            "SELECT name, clip_count, (SELECT count(*) FROM clip_tags WHERE tag_id = tags.id) "
            "FROM tags"
        ).fetchall()
    finally:
        db.close()
    assert all(kept == real for _name, kept, real in counts)


def test_index_follows_edits_refreshes_deletes_restores_and_tags(news):
    budget = news.search("berlin").clips[0]
    news.update_clip(budget.id, title="Haushalt", note="zebra")
    assert news.search("stall").total == 0
    assert titles(news.search("haushalt zebra")) == ["Haushalt"]
    # The title was edited by hand: the refresh keeps it and changes the text.
    news.refresh(budget.id, make_article(2, title="Other", text="Quagga news, nothing else."))
    assert news.search("berlin").total == 0
    assert titles(news.search("quagga zebra")) == ["Haushalt"]
    index_is_consistent(news)

    deleted = news.delete([budget.id])
    assert news.search("quagga").total == 0
    assert news.search("tag:politics").total == 1
    index_is_consistent(news)
    news.restore(deleted)
    assert titles(news.search("quagga tag:politics")) == ["Haushalt"]
    index_is_consistent(news)

    news.add_tags([budget.id], ["New"])
    news.remove_tags([budget.id], ["politics"])
    assert titles(news.search("tag:new")) == ["Haushalt"]
    assert titles(news.search("tag:politics")) == ["Il"]
    news.rename_tag("new", "Italy")  # merges into Italy
    assert news.search("tag:italy").total == 3
    news.delete_tag("sport")
    index_is_consistent(news)
    assert [(t.name, t.count) for t in news.tags()] == [("Italy", 3), ("Politics", 1)]


def test_check_finds_an_index_out_of_step_and_rebuild_repairs_it(news):
    db = sqlite3.connect(news.path)
    # Change a clip behind the triggers' back.
    db.execute("DROP TRIGGER clips_fts_update")
    db.execute("UPDATE clips SET text = 'changed' WHERE title LIKE 'Football%'")
    db.execute("UPDATE clip_tags SET date_key = 1")
    db.commit()
    db.close()
    problems = news.check_search_index()
    assert any("search index" in p for p in problems)
    assert any("date key" in p for p in problems)
    news.rebuild_search_index()
    assert news.check_search_index() == []
    assert titles(news.search("changed")) == ["Football"]


def test_bulk_insert_indexes_clips_of_any_date(library):
    items = [
        NewClip(
            make_article(n, title=f"Bulk {n}", text=f"alpha{n % 3} common"),
            tags=("bulk", f"t{n % 2}"),
            clipped_at=day(1 + (n * 7) % 28),
            note="batch",
        )
        for n in range(30)
    ]
    ids = library.bulk_insert(items, batch_size=7).ids
    assert len(ids) == 30 == len(set(ids))
    assert library.bulk_insert(items[:2]).ids == ids[:2]  # known URLs are skipped
    assert library.search("common").total == 30
    assert library.search("alpha1 tag:t0").total == 5
    assert library.count(tags=["bulk"]) == 30
    dates = [c.clipped_at for c in library.search("common", limit=100).clips]
    assert dates == sorted(dates, reverse=True)
    index_is_consistent(library)
    library.add(make_article(99, text="common"))  # the trigger is back
    assert library.search("common").total == 31
    index_is_consistent(library)


def test_snippets_fold_diacritics_mark_phrases_and_prefixes(library):
    long_text = (
        " ".join(["filler"] * 80)
        + " Perché lo STATE   budget è <approvato>? "
        + " ".join(["tail"] * 80)
    )
    clip = library.add(make_article(1, title="T", text=long_text)).clip
    snippet = library.search('perche "state budget" appro', prefix_last=True).snippets[clip.id]
    assert "<b>Perché</b>" in snippet
    assert "<b>STATE budget</b>" in snippet  # whitespace folded, case kept
    assert "&lt;<b>approvato</b>&gt;" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 400


def test_snippet_from_title_or_note_when_the_text_has_no_match(library):
    clip = library.add(make_article(1, title="Zebra crossing", text="Nothing here."), note="x").clip
    assert library.search("zebra").snippets[clip.id] == "<b>Zebra</b> crossing"
    library.update_clip(clip.id, note="call the okapi keeper")
    assert "<b>okapi</b>" in library.search("okapi").snippets[clip.id]


_pieces = st.sampled_from(
    [
        "budget", "rome", "perché", "OR", "or", "-", "(", ")", '"', "*", ":", "tag:", "tag:italy",
        "-tag:sport", "source:", "source:times", "author:ada", "lang:en", "after:2025-02-01",
        "before:2025", "on:2025-02-22", "published:2025-02", "NEAR", "^", "{title}", "'", "\\",
        "%", "_", "é", " ", "\u200b", "日本", "AND", "NOT", "+", "\x00",
    ]
)  # fmt: skip


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(st.text(max_size=30), st.lists(_pieces, max_size=10).map(" ".join)),
    st.booleans(),
    st.sampled_from(["newest", "oldest", "relevance"]),
)
def test_any_text_searches_or_raises_a_query_error(news, text, prefix_last, order):
    try:
        page = news.search(text, prefix_last=prefix_last, order=order, limit=3)
    except QuerySyntaxError:
        return
    assert page.total >= len(page.clips)
    assert set(page.snippets) == {clip.id for clip in page.clips}


def test_relevance_of_words_in_most_clips_is_newest_first(library):
    library.bulk_insert(
        NewClip(make_article(n, text="the budget" + " word" * (n % 7)), clipped_at=day(1 + n % 28))
        for n in range(2100)
    )
    newest = [c.id for c in library.search("the budget", limit=20).clips]
    assert [c.id for c in library.search("the budget", order="relevance", limit=20).clips] == newest


def test_published_timeline_of_tags_pages_by_keyset(news):
    italy = news.list_clips(order="published", tags=["italy"])
    assert [c.published_at for c in italy] == ["2025-02-21T23:30:00-05:00", "2024-12-01"]
    first = news.list_clips(order="published", tags=["italy"], limit=1)
    rest = news.list_clips(order="published", tags=["italy"], after=first[0])
    assert [c.id for c in first + rest] == [c.id for c in italy]
    oldest = news.list_clips(order="published", tags=["italy", "sport"], newest_first=False)
    assert [c.title for c in oldest] == ["Football results"]
    clip = italy[1]
    news.refresh(clip.id, make_article(3, title="Moved", published_at="2026-01-01"))
    assert news.list_clips(order="published", tags=["italy"])[0].id == clip.id
    index_is_consistent(news)
