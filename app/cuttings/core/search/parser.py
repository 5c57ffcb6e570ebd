"""Parsing what a person types into a :class:`~cuttings.core.search.nodes.Query`.

The grammar is in :mod:`cuttings.core.search.query`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.search.nodes import (
    _CHANGED_WHEN,
    _DATE_FIELDS,
    _FIELD_NAMES,
    _HAS_VALUES,
    _PARTIAL_NAMES,
    _SPECIAL,
    _STATE_VALUES,
    _STATUS_NAMES,
    _TEXT_FIELDS,
    And,
    ChangedFilter,
    DateFilter,
    DateSpan,
    HasFilter,
    LangFilter,
    Node,
    Not,
    Or,
    PartialFilter,
    Phrase,
    Query,
    StateFilter,
    StatusFilter,
    TagFilter,
    TextFilter,
    Untagged,
    Word,
)

_LANG_RE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# FTS5 answers "ab*" by merging the postings of every term starting with "ab" before
# it returns a row (1 s for "th*", 0.3 s for "the*", 0.15 s for "con*" at 100,000
# clips; 10-40 ms from four letters): shorter words are matched whole.  A "*" typed
# on purpose works from three letters; search-as-you-type waits for four.
MIN_PREFIX_LENGTH = 3
MIN_TYPED_PREFIX_LENGTH = 4
# What a person types stays far below these; a pasted page or a generated
# query does not, and would make SQLite refuse (FTS5's parser stack, SQL's
# expression depth) or spend seconds: it is refused with a message instead.
MAX_QUERY_LENGTH = 2000
MAX_TERMS = 100
MAX_NESTING = 16
# FTS5 matches a phrase in time proportional to its length times the
# positions of its words (a 390-word phrase: 2 s on one long clip).
MAX_PHRASE_WORDS = 32


# -- tokens ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: Literal["word", "phrase", "field", "lparen", "rparen", "or", "minus"]
    text: str = ""
    name: str = ""  # for fields
    quoted: bool = False  # for fields: the value was in quotes
    prefix: bool = False  # for words: ended with "*"
    at_end: bool = False  # the token ends the input (no space after it)


_UNSEARCHABLE = re.compile("[\x00\ud800-\udfff]")
# What the index's tokenizer (unicode61) takes as one word.
_INDEX_WORD = re.compile(r"[^\W_]+")


def _tokenize(text: str) -> list[_Token]:
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(f"the search is too long (over {MAX_QUERY_LENGTH:,} characters)")
    # SQLite reads FTS5 queries as C strings: a NUL would cut one short.  A
    # lone surrogate (a stray byte in a command-line argument) cannot be
    # encoded for SQLite at all.
    text = _UNSEARCHABLE.sub(" ", text)
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "(":
            tokens.append(_Token("lparen"))
            i += 1
            continue
        if ch == ")":
            tokens.append(_Token("rparen"))
            i += 1
            continue
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError("a quotation mark is not closed")
            tokens.append(_Token("phrase", text[i + 1 : end], at_end=end + 1 == n))
            i = end + 1
            continue
        if ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != ")":
            tokens.append(_Token("minus"))
            i += 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _SPECIAL:
            i += 1
        word = text[start:i]
        name, colon, value = word.partition(":")
        if colon and name.casefold() in _FIELD_NAMES:
            name = name.casefold()
            if value == "" and i < n and text[i] == '"':
                end = text.find('"', i + 1)
                if end < 0:
                    raise QuerySyntaxError("a quotation mark is not closed")
                tokens.append(_Token("field", text[i + 1 : end], name=name, quoted=True))
                i = end + 1
            else:
                tokens.append(_Token("field", value, name=name))
            continue
        if word == "OR":
            tokens.append(_Token("or"))
            continue
        prefix = word.endswith("*")
        tokens.append(_Token("word", word.rstrip("*"), prefix=prefix, at_end=i == n))
    terms = sum(token.kind in ("word", "phrase", "field") for token in tokens)
    if terms > MAX_TERMS:
        raise QuerySyntaxError(f"the search has too many terms (over {MAX_TERMS})")
    return tokens


# -- parser -----------------------------------------------------------------------


def has_word_characters(text: str) -> bool:
    """True if the index would see a token in ``text`` (letters or digits)."""
    return any(ch.isalnum() for ch in text)


def _bounded_phrase(text: str) -> str:
    """``text``, if the index sees at most MAX_PHRASE_WORDS words in it."""
    if len(_INDEX_WORD.findall(text)) > MAX_PHRASE_WORDS:
        raise QuerySyntaxError(f"a phrase can have at most {MAX_PHRASE_WORDS} words")
    return text


class _Parser:
    def __init__(self, tokens: list[_Token], prefix_last: bool) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        last = tokens[-1] if tokens else None
        self.prefix_token = (
            len(tokens) - 1
            if prefix_last and last is not None and last.kind == "word" and last.at_end
            else -1
        )

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.or_expr()
        if self.peek() is not None:
            # Only a stray ")" can stop or_expr early.
            raise QuerySyntaxError("a closing parenthesis has no opening one")
        return node

    def or_expr(self) -> Node | None:
        if (token := self.peek()) is not None and token.kind == "or":
            raise QuerySyntaxError("OR needs something on both sides")
        items = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", "rparen"):
                raise QuerySyntaxError("OR needs something on both sides")
            items.append(self.and_expr())
        # A side with nothing the index can see ("a OR !!!") is dropped.
        kept = [item for item in items if item is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def and_expr(self) -> Node | None:
        items: list[Node] = []
        seen_any = False
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            seen_any = True
            item = self.unary()
            if item is not None:
                items.append(item)
        if not seen_any:
            raise QuerySyntaxError("empty parentheses")
        if not items:
            return None
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        if token.kind == "minus":
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", "rparen", "minus"):
                raise QuerySyntaxError("“-” must be followed by what to exclude")
            item = self.primary()
            return None if item is None else Not(item)
        return self.primary()

    def primary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        index = self.pos
        self.pos += 1
        if token.kind == "lparen":
            if (nxt := self.peek()) is not None and nxt.kind == "rparen":
                raise QuerySyntaxError("empty parentheses")
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise QuerySyntaxError(
                    f"parentheses are nested too deeply (over {MAX_NESTING} levels)"
                )
            node = self.or_expr()
            self.depth -= 1
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise QuerySyntaxError("a parenthesis is not closed")
            self.pos += 1
            return node
        if token.kind == "rparen":
            raise QuerySyntaxError("a closing parenthesis has no opening one")
        if token.kind == "phrase":
            text = _bounded_phrase(" ".join(token.text.split()))
            return Phrase(text) if has_word_characters(text) else None
        if token.kind == "field":
            return _field(token)
        if token.kind == "word":
            if not has_word_characters(token.text):
                return None
            _bounded_phrase(token.text)  # "a-b-c-…" is a phrase to the index
            typed = index == self.prefix_token and len(token.text) >= MIN_TYPED_PREFIX_LENGTH
            prefix = (token.prefix and len(token.text) >= MIN_PREFIX_LENGTH) or typed
            if token.text == "OR" and not prefix:
                # "OR*" (too short a prefix) is the word "OR", which only a quote
                # can say again: one term either way, written as format_query does.
                return Phrase(token.text)
            return Word(token.text, prefix=prefix)
        raise QuerySyntaxError("OR needs something on both sides")


def _field(token: _Token) -> Node:
    name = token.name
    value = " ".join(token.text.split())
    if not value:
        raise QuerySyntaxError(f"{name}: needs a value")
    if name == "tag":
        return Untagged() if value.casefold() == "none" and not token.quoted else TagFilter(value)
    if name == "has":
        what = _HAS_VALUES.get(value.casefold())
        if what is None:
            raise QuerySyntaxError(f"has: takes highlights, not {value!r}")
        return HasFilter(what)
    if name in _STATE_VALUES and value.casefold() in _STATE_VALUES[name]:
        return StateFilter(_STATE_VALUES[name][value.casefold()])
    if name == "in":
        raise QuerySyntaxError(f"in: can be {' or '.join(_STATE_VALUES['in'])}, not {value!r}")
    if name == "lang":
        code = value.casefold().replace("_", "-")
        if not _LANG_RE.fullmatch(code):
            raise QuerySyntaxError(
                f"lang: needs a language code such as en or pt-BR, not {value!r}"
            )
        return LangFilter(code)
    if name in _TEXT_FIELDS:
        if not has_word_characters(value):
            raise QuerySyntaxError(f"{name}: needs letters or digits")
        return TextFilter(_TEXT_FIELDS[name], _bounded_phrase(value))
    for date_field in _DATE_FIELDS:
        if name == date_field:
            return DateFilter(date_field, parse_date_span(value, name))
    if name == "is":
        for status in _STATUS_NAMES:
            if value.casefold() == status:
                return StatusFilter(status)
        for state in _PARTIAL_NAMES:
            if value.casefold() == state:
                return PartialFilter(state)
        known = ", ".join((*_STATE_VALUES["is"], *_STATUS_NAMES, *_PARTIAL_NAMES))
        raise QuerySyntaxError(f"is: knows {known}, not {value!r}")
    if name == "changed":
        when, colon, day = value.casefold().partition(":")
        for changed_when in _CHANGED_WHEN:
            if colon and when == changed_when:
                return ChangedFilter(changed_when, parse_date_span(day, f"changed:{when}"))
        raise QuerySyntaxError("changed: needs after:, before: or on: and a date")
    raise AssertionError(name)  # pragma: no cover - _FIELD_NAMES lists them all


def parse_date_span(value: str, name: str = "date") -> DateSpan:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raises :class:`QuerySyntaxError`."""
    match = _DATE_RE.fullmatch(value)
    if match is None:
        raise QuerySyntaxError(f"{name}: needs a date like 2025-02-22, 2025-02 or 2025")
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    try:
        date(max(year, 1), month or 1, day or 1)
    except ValueError:
        raise QuerySyntaxError(f"{name}: {value} is not a real date") from None
    if not 1000 <= year <= 9998:
        raise QuerySyntaxError(f"{name}: {value} is not a date Cuttings can search")
    return DateSpan(year, month, day)


def parse_query(text: str, *, prefix_last: bool = False) -> Query:
    """Parse what a person typed; raise :class:`QuerySyntaxError` if it makes no sense.

    With ``prefix_last`` the last word, if nothing follows it (not even a
    space), also matches as a prefix: for searching as you type.
    """
    return Query(_Parser(_tokenize(text), prefix_last).parse())
