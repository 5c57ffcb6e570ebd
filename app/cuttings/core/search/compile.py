"""Turning a parsed :class:`~cuttings.core.search.query.Query` into SQL pieces.

User text reaches SQLite only as bound parameters; inside those parameters
every word is an FTS5 string (``"word"`` with ``"`` doubled), so FTS5 syntax
typed by a person (``NEAR``, ``*``, ``^``, ``:``) is inert.

The top level of a query is an AND of items; the items the index can answer
alone (words, phrases, ``source:``/``author:`` and their ORs) become one
FTS5 expression, date filters on the clipping date become a range of FTS5
rowids (see ``clips.date_key``), positive tags become a list the library can
plan with, and anything else becomes an SQL condition on ``clips AS c``.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from cuttings.core.cleaning import tag_identity
from cuttings.core.search.query import (
    And,
    ChangedFilter,
    DateFilter,
    HasFilter,
    LangFilter,
    Node,
    Not,
    Or,
    PartialFilter,
    Phrase,
    Query,
    StateFilter,
    StateName,
    StatusFilter,
    TagFilter,
    TextFilter,
    Untagged,
    Word,
)
from cuttings.core.search.scripts import has_unspaced, segment
from cuttings.core.states import STATE_SETS

# bm25 weights, in the order of the index's columns: title, source, author, text, note.
BM25_WEIGHTS = (10.0, 3.0, 3.0, 1.0, 2.0)
# The smallest and largest values a date_key can take (64-bit signed).
MIN_KEY = -(2**63)
MAX_KEY = 2**63 - 1


def date_key(day: date) -> int:
    """The smallest ``clips.date_key`` of a clip clipped at 00:00:00 UTC on ``day``."""
    seconds = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    return seconds << 24


def fts_string(text: str) -> str:
    """``text`` as an FTS5 string: a phrase of its tokens, with no syntax left.

    Chinese, Japanese, Korean and Thai are segmented as the index holds them
    (see :mod:`cuttings.core.search.scripts`): "记忆" is the phrase "记 忆",
    found inside any run of text.
    """
    return '"' + segment(text.replace("\x00", " ")).replace('"', '""') + '"'


def _is_fts(node: Node) -> bool:
    """True if FTS5 alone can answer ``node`` (a positive expression over the index)."""
    if isinstance(node, Word | Phrase | TextFilter):
        return True
    if isinstance(node, Or):
        return all(_is_fts(item) for item in node.items)
    if isinstance(node, And):
        positives = [item for item in node.items if not isinstance(item, Not)]
        negatives = [item.item for item in node.items if isinstance(item, Not)]
        return bool(positives) and all(_is_fts(item) for item in positives + negatives)
    return False


# Prefix words spelled out as the index terms they stand for (see CompiledQuery.fts_for).
Expansions = Mapping[str, Sequence[str]]


def fts_expression(node: Node, expansions: Expansions | None = None) -> str:
    """The FTS5 expression of a node for which :func:`_is_fts` holds.

    A prefix word found in ``expansions`` becomes the OR of its terms.
    """
    if isinstance(node, Word) and has_unspaced(node.text):
        # A phrase of characters already matches inside longer words.
        return fts_string(node.text)
    if isinstance(node, Word):
        terms = expansions.get(node.text) if node.prefix and expansions else None
        if terms:
            return "(" + " OR ".join(fts_string(term) for term in terms) + ")"
        return fts_string(node.text) + (" *" if node.prefix else "")
    if isinstance(node, Phrase):
        return fts_string(node.text)
    if isinstance(node, TextFilter):
        return f"{{{node.field}}} : {fts_string(node.text)}"
    if isinstance(node, Or):
        return "(" + " OR ".join(fts_expression(item, expansions) for item in node.items) + ")"
    if isinstance(node, And):
        positives = [item for item in node.items if not isinstance(item, Not)]
        negatives = [item.item for item in node.items if isinstance(item, Not)]
        return _and_not(positives, negatives, expansions)
    raise AssertionError(node)  # pragma: no cover


def _and_not(
    positives: Sequence[Node], negatives: Sequence[Node], expansions: Expansions | None
) -> str:
    text = "(" + " AND ".join(fts_expression(item, expansions) for item in positives) + ")"
    if not negatives:
        return text
    # "a NOT (b OR c)", not "((a NOT b) NOT c)": FTS5's parser stack
    # overflows at about a hundred nested NOTs.
    alternatives = " OR ".join(fts_expression(item, expansions) for item in negatives)
    return f"({text} NOT ({alternatives}))"


def _prefix_words(nodes: Sequence[Node]) -> list[str]:
    """The texts of the prefix words among ``nodes`` and inside them."""
    found: list[str] = []
    for node in nodes:
        if isinstance(node, Word) and node.prefix and not has_unspaced(node.text):
            found.append(node.text)
        elif isinstance(node, And | Or):
            found.extend(_prefix_words(node.items))
        elif isinstance(node, Not):
            found.extend(_prefix_words([node.item]))
    return list(dict.fromkeys(found))


@dataclass
class CompiledQuery:
    """What the library needs to run a query.

    ``fts`` is the FTS5 expression (``None``: no full-text part), and
    ``prefixes`` the prefix words in it, which :meth:`fts_for` can spell out;
    ``fts_is_conjunction`` says every word and phrase in it must match (no OR);
    ``key_range``
    the half-open range of ``date_key`` values allowed, ``tag_keys`` and
    ``excluded_tag_keys`` casefolded tag names, ``conditions`` SQL over
    ``clips AS c`` and ``key_sets`` subqueries giving the date keys allowed
    (``excluded_key_sets`` those not allowed), with their parameters in
    ``params``; ``exclude_trash`` leaves out the clips in the trash.
    """

    fts: str | None = None
    prefixes: list[str] = field(default_factory=list)
    # The index terms each prefix word begins, once looked up (see search.plans).
    expansions: dict[str, list[str]] | None = None
    fts_is_conjunction: bool = True
    key_range: tuple[int, int] = (MIN_KEY, MAX_KEY)
    tag_keys: list[str] = field(default_factory=list)
    excluded_tag_keys: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    key_sets: list[str] = field(default_factory=list)
    # Subqueries giving date keys a match must not have (-is:starred, is:read).
    excluded_key_sets: list[str] = field(default_factory=list)
    # Clips in the trash are left out of every query that does not name in:trash.
    exclude_trash: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    # The same words matched against highlights and their comments
    # (``highlights_fts``): a clip whose highlight matches matches too, unless
    # it matches ``highlight_exclude``.  ``None``: the query names a column.
    highlight_fts: str | None = None
    highlight_exclude: str | None = None
    # The date keys of the clips found through highlights only, once looked up.
    highlighted: list[int] | None = None
    # Every date key matched, found by checking the prefix words apart (see
    # search.plans.checked_keys), once tried: ``None`` when that did not pay.
    checked: list[int] | None = None
    checked_tried: bool = False
    _names: itertools.count[int] = field(default_factory=itertools.count)
    # The positive and negated items behind ``fts``, to write it again with expansions.
    _fts_nodes: tuple[list[Node], list[Node]] = field(default_factory=lambda: ([], []))

    @property
    def has_range(self) -> bool:
        return self.key_range != (MIN_KEY, MAX_KEY)

    def bind(self, value: Any) -> str:
        name = f"q{next(self._names)}"
        self.params[name] = value
        return f":{name}"

    def narrow(self, low: int, high: int) -> None:
        self.key_range = (max(self.key_range[0], low), min(self.key_range[1], high))

    def fts_for(self, expansions: Expansions) -> str | None:
        """``fts`` with the prefix words of ``expansions`` as the OR of their terms."""
        if self.fts is None or not expansions:
            return self.fts
        return _and_not(*self._fts_nodes, expansions)

    def split_prefixes(self, expansions: Expansions) -> tuple[str, list[list[str]], int] | None:
        """``fts`` split in two: without its prefix words that must all match
        (those spelled out in ``expansions``), and those words; with how many
        index terms the words name.

        ``fts`` is "(a AND b AND w) NOT (n…)": its matches are the first
        part's that match every word.  A word comes as FTS5 expressions of
        which a match holds one: the word as a term first when it is one (a
        word typed to its end, mostly what the clips hold), then its other
        terms.  ``None`` without such a word, or when nothing would be left
        without it (a query of prefix words only).
        """
        words, others = self._prefix_words_apart(expansions)
        if not words or not others:
            return None
        checks = []
        for word in words:
            terms = list(expansions[word.text])
            whole = [term for term in terms if term == word.text.lower()]
            parts = [whole, [term for term in terms if term not in whole]]
            checks.append([" OR ".join(map(fts_string, part)) for part in parts if part])
        terms_named = sum(len(expansions[word.text]) for word in words)
        return _and_not(others, self._fts_nodes[1], expansions), checks, terms_named

    @property
    def splits_prefixes(self) -> bool:
        """True if :meth:`split_prefixes` can split ``fts``, given the words' terms."""
        words, others = self._prefix_words_apart(None)
        return bool(words and others)

    def _prefix_words_apart(self, expansions: Expansions | None) -> tuple[list[Word], list[Node]]:
        """The prefix words that must all match (spelled out in ``expansions``, if
        given), and the other items that must match."""
        positives = self._fts_nodes[0]
        words = [
            item
            for item in positives
            if isinstance(item, Word)
            and item.prefix
            and (expansions is None or expansions.get(item.text))
        ]
        return words, [item for item in positives if item not in words]


def compile_query(query: Query, *, tags: list[str] | tuple[str, ...] = ()) -> CompiledQuery:
    """Split ``query`` (plus the tag keys in ``tags``) into index, range, tag and SQL parts."""
    compiled = CompiledQuery(tag_keys=list(tags))
    root = query.root
    if root is None:
        return compiled
    compiled.exclude_trash = not _names_trash(root)
    items = root.items if isinstance(root, And) else (root,)
    positives: list[Node] = []
    negatives: list[Node] = []
    for item in items:
        if isinstance(item, TagFilter):
            compiled.tag_keys.append(tag_key(item.name))
        elif isinstance(item, Not) and isinstance(item.item, TagFilter):
            compiled.excluded_tag_keys.append(tag_key(item.item.name))
        elif (state := _state_of(item)) is not None:
            # is:read is "not unread": the sets hold the exceptions to the default.
            included = isinstance(item, StateFilter) != (state == "read")
            key_set = STATE_SETS["unread" if state == "read" else state]
            (compiled.key_sets if included else compiled.excluded_key_sets).append(key_set)
        elif isinstance(item, DateFilter) and item.field != "published":
            compiled.narrow(*_clipped_range(item))
        elif isinstance(item, HasFilter):
            # The highlights (few) hold their clips' date keys: no clip is read.
            compiled.key_sets.append("SELECT date_key FROM highlights")
        elif isinstance(item, LangFilter):
            # The date keys of a language come from one index: checking a
            # match against that list beats reading each matching clip.
            compiled.key_sets.append(
                f"SELECT date_key FROM clips c WHERE {_condition(item, compiled)}"
            )
        elif isinstance(item, PartialFilter):
            # From the partial index of the few partial clips (see migrations).
            compiled.key_sets.append(
                f"SELECT date_key FROM clips c WHERE {_condition(item, compiled)}"
            )
        elif isinstance(item, Not) and _is_fts(item.item):
            negatives.append(item.item)
        elif _is_fts(item):
            positives.append(item)
        else:
            compiled.conditions.append(_condition(item, compiled))
    if positives:
        compiled.fts = _and_not(positives, negatives, None)
        compiled.prefixes = _prefix_words(positives + negatives)
        compiled._fts_nodes = (positives, negatives)
        compiled.fts_is_conjunction = not any(_has_or(item) for item in items)
        if not any(_names_column(item) for item in positives + negatives):
            compiled.highlight_fts = _and_not(positives, [], None)
            if negatives:
                compiled.highlight_exclude = " OR ".join(fts_expression(n) for n in negatives)
    elif negatives:
        excluded = " OR ".join(fts_expression(node) for node in negatives)
        compiled.conditions.append(
            "c.date_key NOT IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH "
            f"{compiled.bind(excluded)})"
        )
    compiled.tag_keys = sorted(set(compiled.tag_keys))
    compiled.excluded_tag_keys = sorted(set(compiled.excluded_tag_keys))
    return compiled


def _state_of(item: Node) -> StateName | None:
    """The state an item (``is:starred``, ``-is:starred``) tests, if it is one."""
    if isinstance(item, Not):
        item = item.item
    return item.state if isinstance(item, StateFilter) else None


def _names_trash(node: Node) -> bool:
    if isinstance(node, StateFilter):
        return node.state == "trash"
    if isinstance(node, And | Or | Not):
        children = node.items if isinstance(node, And | Or) else (node.item,)
        return any(_names_trash(item) for item in children)
    return False


def _has_or(node: Node) -> bool:
    if isinstance(node, Or):
        return True
    if isinstance(node, And | Not):
        children = node.items if isinstance(node, And) else (node.item,)
        return any(_has_or(item) for item in children)
    return False


def _names_column(node: Node) -> bool:
    """True if ``node`` holds ``source:`` or ``author:`` (columns highlights lack)."""
    if isinstance(node, TextFilter):
        return True
    if isinstance(node, And | Or):
        return any(_names_column(item) for item in node.items)
    return isinstance(node, Not) and _names_column(node.item)


def tag_key(name: str) -> str:
    """The identity of a tag name (as ``tags.key``): case, normal form and invisibles aside."""
    return tag_identity(name)


def _clipped_range(item: DateFilter) -> tuple[int, int]:
    start, end = date_key(item.span.first_day), date_key(item.span.day_after)
    if item.field == "after":
        return start, MAX_KEY
    if item.field == "before":
        return MIN_KEY, start
    return start, end


def _condition(node: Node, compiled: CompiledQuery) -> str:
    """A general SQL condition over ``clips AS c`` for any node (slow paths included)."""
    if _is_fts(node):
        return (
            "c.date_key IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH "
            f"{compiled.bind(fts_expression(node))})"
        )
    if isinstance(node, TagFilter):
        return (
            "EXISTS (SELECT 1 FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
            f"WHERE ct.clip_id = c.id AND t.key = {compiled.bind(tag_key(node.name))})"
        )
    if isinstance(node, HasFilter):
        return "EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id)"
    if isinstance(node, Untagged):
        return "NOT EXISTS (SELECT 1 FROM clip_tags u WHERE u.clip_id = c.id)"
    if isinstance(node, StateFilter):
        if node.state == "read":
            return f"c.date_key NOT IN ({STATE_SETS['unread']})"
        return f"c.date_key IN ({STATE_SETS[node.state]})"
    if isinstance(node, LangFilter):
        # "en" and "en-…" in one range of the clips_language index: after "en"
        # a code has "-" or nothing ("-" sorts just before "."; "enm" after it).
        return (
            f"(lower(c.language) >= {compiled.bind(node.code)} "
            f"AND lower(c.language) < {compiled.bind(node.code + '.')})"
        )
    if isinstance(node, PartialFilter):
        # As written in the index clips_partial's WHERE, so that SQLite uses it.
        return "c.partial != ''"
    if isinstance(node, DateFilter):
        if node.field == "published":
            return _published_condition(node, compiled)
        low, high = _clipped_range(node)
        return f"(c.date_key >= {compiled.bind(low)} AND c.date_key < {compiled.bind(high)})"
    if isinstance(node, StatusFilter | ChangedFilter):
        return _version_condition(node, compiled)
    if isinstance(node, Not):
        return f"NOT {_condition(node.item, compiled)}"
    if isinstance(node, And):
        return "(" + " AND ".join(_condition(item, compiled) for item in node.items) + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(_condition(item, compiled) for item in node.items) + ")"
    raise AssertionError(node)  # pragma: no cover


def _published_condition(node: DateFilter, compiled: CompiledQuery) -> str:
    """The article's own date, as printed in ``published_at`` (its local date).

    ``published_utc`` is indexed but in UTC, a day off at most: the index
    narrows to a range a day wider on each side and the local date decides.
    """
    first, after = node.span.first_day, node.span.day_after
    wide_low = datetime.combine(first - timedelta(days=1), datetime.min.time())
    wide_high = datetime.combine(after + timedelta(days=1), datetime.min.time())
    return (
        f"(c.published_utc >= {compiled.bind(wide_low.strftime('%Y-%m-%dT%H:%M:%SZ'))} "
        f"AND c.published_utc < {compiled.bind(wide_high.strftime('%Y-%m-%dT%H:%M:%SZ'))} "
        f"AND substr(c.published_at, 1, 10) >= {compiled.bind(first.isoformat())} "
        f"AND substr(c.published_at, 1, 10) < {compiled.bind(after.isoformat())})"
    )


def _version_condition(node: StatusFilter | ChangedFilter, compiled: CompiledQuery) -> str:
    """``is:`` and ``changed:`` over the clips' status columns (migration v6).

    Each condition repeats the WHERE of a partial index (``changed_at IS NOT
    NULL``, ``status != 'ok'``) so that SQLite reads only the few clips it covers.
    """
    if isinstance(node, StatusFilter):
        if node.status == "changed":
            return "(c.changed_at IS NOT NULL)"
        return f"(c.status != 'ok' AND c.status = {compiled.bind(node.status)})"
    low = f"{node.span.first_day.isoformat()}T00:00:00Z"
    high = f"{node.span.day_after.isoformat()}T00:00:00Z"
    if node.when == "after":
        return f"(c.changed_at IS NOT NULL AND c.changed_at >= {compiled.bind(low)})"
    if node.when == "before":
        return f"(c.changed_at IS NOT NULL AND c.changed_at < {compiled.bind(low)})"
    return (
        f"(c.changed_at IS NOT NULL AND c.changed_at >= {compiled.bind(low)} "
        f"AND c.changed_at < {compiled.bind(high)})"
    )
