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
