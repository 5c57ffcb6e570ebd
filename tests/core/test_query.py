import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.search.compile import compile_query, fts_string
from cuttings.core.search.query import (
    And,
    DateFilter,
    DateSpan,
    LangFilter,
    Not,
    Or,
    Phrase,
    Query,
    StateFilter,
    TagFilter,
    TextFilter,
    Untagged,
    Word,
    format_query,
    parse_query,
)


def root(text: str, **kwargs):
    return parse_query(text, **kwargs).root


def test_words_must_all_match():
    assert root("rome  budget") == And((Word("rome"), Word("budget")))


def test_phrase_and_negation():
    assert root('"state budget" -rome') == And((Phrase("state budget"), Not(Word("rome"))))


def test_or_binds_looser_than_and():
    assert root("a b OR c") == Or((And((Word("a"), Word("b"))), Word("c")))
    assert root("a (b OR c)") == And((Word("a"), Or((Word("b"), Word("c")))))


def test_lowercase_or_is_a_word():
    assert root("war or peace") == And((Word("war"), Word("or"), Word("peace")))


def test_fields():
    query = root('tag:politics tag:"two  words" -tag:sport source:nyt site:"Le Monde" author:Ada')
    assert query == And(
        (
            TagFilter("politics"),
            TagFilter("two words"),
            Not(TagFilter("sport")),
            TextFilter("source", "nyt"),
            TextFilter("source", "Le Monde"),
            TextFilter("author", "Ada"),
        )
    )


def test_field_names_ignore_case_and_unknown_ones_are_words():
    assert root("TAG:x") == TagFilter("x")
    assert root("10:30") == Word("10:30")
    assert root("http://example.org") == Word("http://example.org")


def test_dates():
    assert root("after:2025-02-01") == DateFilter("after", DateSpan(2025, 2, 1))
    assert root("on:2025-2-22") == DateFilter("on", DateSpan(2025, 2, 22))
    assert root("published:2025-02") == DateFilter("published", DateSpan(2025, 2))
    assert root("before:2024") == DateFilter("before", DateSpan(2024))


def test_lang():
    assert root("lang:EN") == LangFilter("en")
    assert root("lang:pt_BR") == LangFilter("pt-br")


def test_prefix_last_only_when_the_word_is_still_being_typed():
    assert root("state budg", prefix_last=True) == And((Word("state"), Word("budg", prefix=True)))
    assert root("state budg ", prefix_last=True) == And((Word("state"), Word("budg")))
    assert root('"state budg"', prefix_last=True) == Phrase("state budg")
    assert root("bud", prefix_last=True) == Word("bud")  # too short to be worth a prefix
    assert root("bud*") == Word("bud", prefix=True)
    assert root("bu*") == Word("bu")
    assert root("budg*") == Word("budg", prefix=True)


def test_punctuation_only_words_are_dropped():
    assert root("rome !!! —") == Word("rome")
    assert parse_query("&&").is_empty
    assert parse_query("").is_empty
    assert parse_query("   ").is_empty


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"unclosed', "quotation mark"),
        ("(a b", "parenthesis is not closed"),
        ("a b)", "no opening"),
        ("OR a", "OR needs"),
        ("a OR", "OR needs"),
        ("a OR OR b", "OR needs"),
        ("(a OR) b", "OR needs"),
        ("()", "empty parentheses"),
        ("tag:", "tag: needs a value"),
        ('tag:""', "tag: needs a value"),
        ("author:", "author: needs"),
        ("source:!!", "letters or digits"),
        ("after:2025-13-01", "not a real date"),
        ("on:2025-02-30", "not a real date"),
        ("before:yesterday", "needs a date"),
        ("published:25", "needs a date"),
        ("lang:english!", "language code"),
        ("is:new", "is: knows unread, read, starred, archived, changed"),
        ("in:inbox", "in: can be trash"),
        ("- a", None),
    ],
)
def test_malformed_queries_say_what_is_wrong(text, message):
    if message is None:
        parse_query(text)  # a lone "-" is punctuation, not an operator
        return
    with pytest.raises(QuerySyntaxError, match=message):
        parse_query(text)


@pytest.mark.parametrize(
    "text",
    [
        'rome -"state budget" (tag:x OR author:"Ada L") lang:it after:2025-02 on:2025-02-22',
        "published:2025 before:2025-03-01 source:nyt budg*",
        'tag:"OR" tag:"-x" tag:"tag:y" "a b" c:d -(e f) -(g OR h)',
        "(a OR b) OR c",
        "(a b) c",
        'is:unread -is:starred (is:archived OR in:trash) tag:none tag:"none" -is:read',
    ],
)
def test_format_round_trips(text):
    query = parse_query(text)
    assert parse_query(format_query(query)) == query
    assert str(query) == format_query(query)


# Text built from the language's own pieces finds the interesting corners faster.
_pieces = st.sampled_from(
    [
        "a", "b", "rome", "perché", "OR", "or", "-", "(", ")", '"', "*", ":", "tag:", "tag:x",
        "-tag:y", "source:", "author:z", "lang:en", "lang:", "after:2025-02-01", "before:2025",
        "on:2025-02-30", "published:2025-02", "NEAR", "^", "{title}", "'", "\\", "%", "_", "é",
        " ", "  ", "\t", "\u200b", "日本", "is:unread", "-is:read", "in:trash", "is:",
        "tag:none", 'tag:"none"', "is:starred", "-is:archived",
    ]
)  # fmt: skip
_queries = st.one_of(
    st.text(max_size=40),
    st.lists(_pieces, max_size=12).map("".join),
    st.lists(_pieces, max_size=12).map(" ".join),
)


@settings(max_examples=600, deadline=None)
@given(_queries, st.booleans())
@example('"a" OR (b', False)
@example("x*)", True)
@example("OR*", False)
@example("a OR*", True)
def test_anything_typed_parses_or_says_why_and_round_trips(text, prefix_last):
    try:
        query = parse_query(text, prefix_last=prefix_last)
    except QuerySyntaxError as exc:
        assert str(exc)
        return
    assert parse_query(format_query(query)) == query
    compile_query(query)  # never fails on a parsed query


def test_fts_strings_quote_user_text():
    assert fts_string('say "hi"') == '"say ""hi"""'
    compiled = compile_query(parse_query("NEAR(a b) title:x^ *"))
    assert compiled.fts is not None
    assert '"NEAR"' in compiled.fts
    assert '"title:x^"' in compiled.fts


def test_query_type_is_a_plain_value():
    assert parse_query("a") == Query(Word("a"))
    assert parse_query("a").root == Word("a")


def test_is_partial_parses_formats_and_refuses_other_states():
    from cuttings.core.search.query import PartialFilter

    assert parse_query("is:partial").root == PartialFilter("partial")
    assert str(parse_query("-IS:PARTIAL budget")) == "-is:partial budget"
    with pytest.raises(QuerySyntaxError, match=r"is: knows .*partial.*, not 'sleepy'"):
        parse_query("is:sleepy")


def test_states_untagged_and_exclusions_parse():
    assert parse_query("is:Unread").root == StateFilter("unread")
    assert parse_query("in:trash").root == StateFilter("trash")
    assert parse_query("tag:none").root == Untagged()
    assert parse_query('tag:"none"').root == TagFilter("none")
    assert format_query(parse_query('tag:"None"')) == 'tag:"None"'
    # Only exclusions: everything but those.
    assert parse_query("-tag:politics").root == Not(TagFilter("politics"))
    assert parse_query("-rome -tag:x").root == And((Not(Word("rome")), Not(TagFilter("x"))))
