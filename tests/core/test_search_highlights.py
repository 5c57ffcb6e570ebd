"""Searching highlights: has:highlights, and words in a highlight or its comment find the clip."""

import pytest

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.search.query import HasFilter, Not, parse_query
from tests.factories import make_article


def ids(page):
    return [clip.id for clip in page.clips]


@pytest.fixture
def clips(library):
    made = [
        library.add(make_article(n, text=text, html=f"<p>{text}</p>")).clip.id
        for n, text in enumerate(
            [
                "The harbour reopened after the storm.",
                "Rail strike ends after talks.",
                "東京の記憶と都市の変化について。",
            ],
            start=1,
        )
    ]
    library.add_highlight(
        made[0], TextQuote("harbour reopened"), comment="Check with the port authority"
    )
    library.add_highlight(made[2], TextQuote("都市の変化"), comment="再開発の問題")
    return made


def test_has_highlights_parses_and_prints_back():
    assert parse_query("has:highlights").root == HasFilter("highlights")
    assert str(parse_query("-has:Highlight strike")) == "-has:highlights strike"
    with pytest.raises(QuerySyntaxError, match="has: takes highlights"):
        parse_query("has:wings")


def test_has_highlights_finds_the_clips_with_some(library, clips):
    assert sorted(ids(library.search("has:highlights"))) == [clips[0], clips[2]]
    assert ids(library.search("after -has:highlights")) == [clips[1]]
    assert ids(library.search("storm has:highlights")) == [clips[0]]
    assert isinstance(parse_query("-has:highlights x").root.items[0], Not)


def test_words_of_a_comment_find_the_clip(library, clips):
    for order in ("newest", "oldest", "relevance"):
        page = library.search("port authority", order=order)
        assert ids(page) == [clips[0]] and page.total == 1
    assert ids(library.search("authority*")) == [clips[0]]
    # Words of the clip and of the comment together; an exclusion still excludes.
    assert library.search("authority -harbour").total == 0
    assert ids(library.search("authority OR strike")) == [clips[1], clips[0]]
    # A column filter is about the clip only.
    assert library.search("author:authority").total == 0


def test_words_of_a_comment_in_chinese_or_japanese_are_found_inside_it(library, clips):
    assert ids(library.search("開発")) == [clips[2]]
    assert ids(library.search("再開発 has:highlights")) == [clips[2]]


def test_an_edited_or_removed_comment_is_searched_as_it_is_now(library, clips):
    item = library.highlights(clips[0])[0]
    library.edit_highlight(item.id, comment="Ask the mayor")
    assert library.search("authority").total == 0
    assert ids(library.search("mayor")) == [clips[0]]
    library.remove_highlight(item.id)
    assert library.search("mayor").total == 0
    assert library.search("has:highlights").total == 1


@pytest.mark.parametrize("checks", [500, 0])  # clips checked one by one, or left to SQL
def test_clips_found_by_text_and_by_comment_are_counted_once_and_filtered(
    library, clips, monkeypatch, checks
):
    from cuttings.core.search import plans

    monkeypatch.setattr(plans, "_HIGHLIGHT_CHECKS", checks)
    library.add_tags([clips[0]], ["port"])
    # "harbour" is in the text and in the highlighted text of clip 1; "after" in two texts.
    library.edit_highlight(library.highlights(clips[0])[0].id, comment="after the storm")
    for order in ("newest", "oldest", "relevance"):
        page = library.search("after", order=order)
        assert sorted(ids(page)) == [clips[0], clips[1]] and page.total == 2
    assert ids(library.search("storm harbour")) == [clips[0]]
    page = library.search("after tag:port")
    assert ids(page) == [clips[0]] and page.total == 1
    assert library.search("after -tag:port").total == 1
    assert ids(library.search("after", limit=1, offset=1, order="oldest")) == [clips[1]]
    # A word only in a comment, merged with words of the texts.
    library.edit_highlight(library.highlights(clips[0])[0].id, comment="the pier")
    assert ids(library.search("pier tag:port")) == [clips[0]]
    assert library.search("pier -tag:port").total == 0
    for order in ("newest", "oldest", "relevance"):
        page = library.search("pier OR strike", order=order, limit=1)
        assert page.total == 2 and len(page.clips) == 1
    assert ids(library.search("pier OR strike", order="oldest")) == [clips[0], clips[1]]


def test_the_windows_timeline_lists_clips_found_through_comments(library, clips):
    from cuttings.core.timeline import TimelineQuery

    for order in ("newest", "oldest", "relevance"):
        found = library.timeline_list(
            TimelineQuery(search="authority OR strike", search_order=order)
        )
        assert sorted(found.ids) == sorted([clips[0], clips[1]])
    found = library.timeline_list(TimelineQuery(search="authority", tags=("none-such",)))
    assert list(found.ids) == []
