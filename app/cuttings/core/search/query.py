"""The search language: parsing what a person types into a :class:`Query`.

Grammar (operators are case-insensitive, ``OR`` must be upper case)::

    query    := or_expr
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary+                      every item must match
    unary    := "-" primary | primary       "-" excludes
    primary  := "(" or_expr ")" | '"phrase"' | field | word ["*"]
    field    := name ":" (value | '"value"')

Fields: ``tag:`` (repeatable: all must match), ``source:``/``site:``,
``author:``, ``lang:``, ``after:``/``before:``/``on:`` (the date a clip was
clipped, UTC), ``published:`` (the article's own date) and ``is:partial``
(clips holding less than the article: a paywall's teaser…).  Dates are
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``after:`` includes its date,
``before:`` excludes it, as in Gmail.  A word ending in ``*`` matches as a
prefix.  ``is:unread``/``read``/``starred``/``archived`` and ``in:trash``
test a clip's state (:mod:`cuttings.core.states`); ``tag:none`` finds
untagged clips (``tag:"none"`` a tag of that name).  A query made only of
exclusions lists everything else.  An unknown ``name:`` is an ordinary word
(``10:30``).

The tree is in :mod:`cuttings.core.search.nodes` (with :func:`format_query`,
its canonical text), the parser in :mod:`cuttings.core.search.parser`; this
module names them all.  Nothing here builds SQL:
:mod:`cuttings.core.search.compile` turns the tree into FTS5 strings and
bound parameters.  Every string a person can type either parses or raises
:class:`~cuttings.core.errors.QuerySyntaxError` with a short message saying
what is wrong.
"""

from cuttings.core.search.nodes import (
    And,
    ChangedFilter,
    ChangedWhen,
    DateField,
    DateFilter,
    DateSpan,
    HasFilter,
    HasWhat,
    LangFilter,
    Node,
    Not,
    Or,
    PartialFilter,
    PartialName,
    Phrase,
    Query,
    StateFilter,
    StateName,
    StatusFilter,
    StatusName,
    TagFilter,
    TextField,
    TextFilter,
    Untagged,
    Word,
    format_query,
)
from cuttings.core.search.parser import (
    MAX_NESTING,
    MAX_PHRASE_WORDS,
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    MIN_PREFIX_LENGTH,
    MIN_TYPED_PREFIX_LENGTH,
    has_word_characters,
    parse_date_span,
    parse_query,
)

__all__ = [
    "MAX_NESTING",
    "MAX_PHRASE_WORDS",
    "MAX_QUERY_LENGTH",
    "MAX_TERMS",
    "MIN_PREFIX_LENGTH",
    "MIN_TYPED_PREFIX_LENGTH",
    "QUERY_HELP",
    "And",
    "ChangedFilter",
    "ChangedWhen",
    "DateField",
    "DateFilter",
    "DateSpan",
    "HasFilter",
    "HasWhat",
    "LangFilter",
    "Node",
    "Not",
    "Or",
    "PartialFilter",
    "PartialName",
    "Phrase",
    "Query",
    "StateFilter",
    "StateName",
    "StatusFilter",
    "StatusName",
    "TagFilter",
    "TextField",
    "TextFilter",
    "Untagged",
    "Word",
    "format_query",
    "has_word_characters",
    "parse_date_span",
    "parse_query",
]

QUERY_HELP = """\
words            every word must appear (accents and case do not matter)
"exact phrase"   these words together, in this order
-word            leave out clips with this word (also -"a phrase", -tag:name)
a OR b           either; use parentheses to group: (a OR b) c
word*            words starting with these letters (at least three)
tag:name         clips with this tag (repeat for several; tag:"two words")
source:name      in the source or site name (site: works too)
author:name      by this author
lang:en          in this language (lang:en also finds en-GB)
after:2025-02-01 clipped on or after this day (also 2025-02 or 2025)
before:2025-03   clipped before this month
on:2025-02-22    clipped on this day (month or year also work)
published:2025-02  published in this month (day or year also work)
has:highlights   clips with highlights (words in highlights and comments find clips too)
is:changed       the article changed after it was clipped (is:removed, is:redirected,
                 is:walled: what its last re-check found)
changed:after:2025-03-01  changed on or after this day (changed:before:, changed:on:)
is:partial       clips that hold only part of the article (paywall, consent wall, login)
is:unread        unread clips (also is:read, is:starred, is:archived)
in:trash         clips in the trash (left out of every other search)
tag:none         clips without tags
"""
"""A summary of the language for help screens (``cuttings search --help``, tooltips)."""
