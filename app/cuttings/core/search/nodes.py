"""The parsed search query: its nodes, and their canonical text (:func:`format_query`).

:mod:`cuttings.core.search.parser` builds these from what a person types;
:mod:`cuttings.core.search.compile` turns them into SQL.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeAlias

StateName = Literal["unread", "read", "starred", "archived", "trash"]
TextField = Literal["source", "author"]
DateField = Literal["after", "before", "on", "published"]
HasWhat = Literal["highlights"]

_TEXT_FIELDS: dict[str, TextField] = {"source": "source", "site": "source", "author": "author"}
_DATE_FIELDS: tuple[DateField, ...] = ("after", "before", "on", "published")
# What ``has:`` can ask for, and the spellings of each.
_HAS_VALUES: dict[str, HasWhat] = {"highlights": "highlights", "highlight": "highlights"}
StatusName = Literal["changed", "removed", "redirected", "walled"]
_STATUS_NAMES: tuple[StatusName, ...] = ("changed", "removed", "redirected", "walled")
ChangedWhen = Literal["after", "before", "on"]
_CHANGED_WHEN: tuple[ChangedWhen, ...] = ("after", "before", "on")
PartialName = Literal["partial"]
_PARTIAL_NAMES: tuple[PartialName, ...] = ("partial",)
_STATE_VALUES: dict[str, dict[str, StateName]] = {
    "is": {"unread": "unread", "read": "read", "starred": "starred", "archived": "archived"},
    "in": {"trash": "trash"},
}
_FIELD_NAMES = {*_TEXT_FIELDS, *_DATE_FIELDS, "tag", "lang", "has", "changed", *_STATE_VALUES}
# Characters that end a word: a word holding one is written in quotes.
_SPECIAL = '()"'


@dataclass(frozen=True, slots=True)
class Word:
    """A word (or a run of word characters joined by punctuation) to find in any column."""

    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must appear together, in this order."""

    text: str


@dataclass(frozen=True, slots=True)
class TextFilter:
    """``source:`` or ``author:``: words or a phrase in that column only."""

    field: TextField
    text: str


@dataclass(frozen=True, slots=True)
class TagFilter:
    """``tag:name``: clips carrying that tag (compared case-insensitively)."""

    name: str


@dataclass(frozen=True, slots=True)
class Untagged:
    """``tag:none``: clips without any tag."""


@dataclass(frozen=True, slots=True)
class StateFilter:
    """``is:unread``, ``is:read``, ``is:starred``, ``is:archived`` or ``in:trash``."""

    state: StateName


@dataclass(frozen=True, slots=True)
class LangFilter:
    """``lang:en`` matches ``en`` and ``en-GB``."""

    code: str


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A year, a month or a day as typed: ``2025``, ``2025-02``, ``2025-02-22``."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def day_after(self) -> date:
        """The first day after the span (exclusive end)."""
        if self.day is not None:
            return date.fromordinal(self.first_day.toordinal() + 1)
        if self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            return date.fromordinal(date(self.year, self.month, last).toordinal() + 1)
        return date(self.year + 1, 1, 1)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True, slots=True)
class DateFilter:
    """``after:``/``before:``/``on:`` (clipping date) or ``published:`` (article date)."""

    field: DateField
    span: DateSpan


@dataclass(frozen=True, slots=True)
class HasFilter:
    """``has:highlights``: clips with at least one highlight."""

    what: HasWhat


@dataclass(frozen=True, slots=True)
class StatusFilter:
    """``is:changed`` (a version after the first) or ``is:removed``/``redirected``/``walled``."""

    status: StatusName


@dataclass(frozen=True, slots=True)
class ChangedFilter:
    """``changed:after:DATE`` (also ``before:``, ``on:``): when the article last changed."""

    when: ChangedWhen
    span: DateSpan


@dataclass(frozen=True, slots=True)
class PartialFilter:
    """``is:partial``: clips in that state."""

    state: PartialName


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


Node: TypeAlias = (
    Word
    | Phrase
    | TextFilter
    | TagFilter
    | LangFilter
    | DateFilter
    | HasFilter
    | StatusFilter
    | ChangedFilter
    | PartialFilter
    | Untagged
    | StateFilter
    | Not
    | And
    | Or
)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query; ``root`` is ``None`` for an empty query (the whole timeline)."""

    root: Node | None = field(default=None)

    def __str__(self) -> str:
        return format_query(self)

    @property
    def is_empty(self) -> bool:
        return self.root is None


# -- formatting ----------------------------------------------------------------------


def _quote(text: str) -> str:
    # Phrases cannot contain a quotation mark: the tokenizer sees none inside.
    return '"' + text.replace('"', " ") + '"'


def _needs_quotes(text: str) -> bool:
    if not text or text == "OR" or text.startswith("-") or text.endswith("*"):
        return True
    if any(ch.isspace() or ch in _SPECIAL for ch in text):
        return True
    name, colon, _ = text.partition(":")
    return bool(colon) and name.casefold() in _FIELD_NAMES


def _format(node: Node, parent: type | None) -> str:
    if isinstance(node, Word):
        text = _quote(node.text) if _needs_quotes(node.text) else node.text
        return text + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return _quote(node.text)
    if isinstance(node, TextFilter | TagFilter):
        value = node.text if isinstance(node, TextFilter) else node.name
        name = node.field if isinstance(node, TextFilter) else "tag"
        needs = _needs_quotes(value) or '"' in value
        # tag:none is Untagged; a tag named "none" is written in quotes.
        needs = needs or (name == "tag" and value.casefold() == "none")
        return f"{name}:{_quote(value) if needs else value}"
    if isinstance(node, Untagged):
        return "tag:none"
    if isinstance(node, StateFilter):
        return "in:trash" if node.state == "trash" else f"is:{node.state}"
    if isinstance(node, LangFilter):
        return f"lang:{node.code}"
    if isinstance(node, HasFilter):
        return f"has:{node.what}"
    if isinstance(node, PartialFilter):
        return f"is:{node.state}"
    if isinstance(node, DateFilter):
        return f"{node.field}:{node.span}"
    if isinstance(node, StatusFilter):
        return f"is:{node.status}"
    if isinstance(node, ChangedFilter):
        return f"changed:{node.when}:{node.span}"
    if isinstance(node, Not):
        inner = _format(node.item, Not)
        return "-" + inner
    if isinstance(node, And):
        text = " ".join(_format(item, And) for item in node.items)
        return f"({text})" if parent in (And, Not) else text
    if isinstance(node, Or):
        text = " OR ".join(_format(item, Or) for item in node.items)
        return f"({text})" if parent is not None else text
    raise AssertionError(node)  # pragma: no cover


def format_query(query: Query) -> str:
    """The canonical text of ``query``: ``parse_query(format_query(q)) == q``."""
    return "" if query.root is None else _format(query.root, None)
