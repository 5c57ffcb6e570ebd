"""A timeline as one list: every clip a query shows, in order, and the rows on demand.

The window's timeline holds the ids of *all* the clips its query matches —
100,000 integers are 0.8 MB and come out of an index in tens of
milliseconds — and reads only the rows it paints, a block at a time (the
pattern of Anki's browser table).  End, the scrollbar, Select All, Go to
date and the count then cover every match, not just the rows loaded so far.

The list comes from the same plans as a page of search results
(:mod:`cuttings.core.search.plans`): a date-ordered query walks the date
index (or FTS5's rowids, which are date keys) and never sorts.  Each row
also carries the local day it is filed under (the keys are in order, so the
calendar is consulted once per day), so the view knows where the day headers
go and which row a date is at without reading a single clip.
"""

import html
import json
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import compress, islice, repeat
from operator import and_, ne, neg
from typing import Any, Literal

from cuttings.core.models import CLIP_SUMMARY_COLUMNS, Clip, ClipState, clip_from_row
from cuttings.core.search.compile import BM25_WEIGHTS, compile_query, tag_key
from cuttings.core.search.plans import (
    SearchOrder,
    _plan,
    _ranking_is_noise,
    _tags_by_rarity,
    _with_other_tags,
    checked_keys,
    count_matches,
    ordered_keys,
    page_keys,
)
from cuttings.core.search.query import parse_query
from cuttings.core.search.snippets import Highlighter, highlighter
from cuttings.core.states import TRASH_IDS, states_of
from cuttings.core.timestamps import format_utc, local_time, parse_utc, published_sort_key

SortOrder = Literal["clipped", "published"]
NO_STATE = ClipState()

# date_key keeps the clip id in its low 24 bits (migration v2).
_ID_BITS = 0xFFFFFF


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """What the timeline shows: an order, a tag filter (all must match) and a search.

    ``search_order`` orders search results (newest, oldest or relevance);
    ``order`` orders the plain timeline.  The search's last word counts as a
    prefix (search as you type).  ``scope`` is a query the search is made
    within (a sidebar entry: ``is:unread``, ``in:trash``, a saved search, tags
    joined by OR); with one, the list is a search.
    """

    order: SortOrder = "clipped"
    tags: tuple[str, ...] = ()
    search: str = ""
    search_order: SearchOrder = "newest"
    scope: str = ""

    @property
    def searching(self) -> bool:
        return bool(self.search.strip() or self.scope.strip())

    @property
    def full_search(self) -> str:
        """The search within the scope, as one query."""
        if not self.scope.strip():
            return self.search
        return f"({self.scope}) {self.search}" if self.search.strip() else self.scope


@dataclass(frozen=True, slots=True)
class TimelineList:
    """Every clip a query shows: ``ids`` in order, and ``days`` the local day of each.

    ``days`` holds date ordinals (:meth:`datetime.date.toordinal`), in the
    order of ``ids``; it is empty when the list is ranked by relevance
    (no dates, no day headers).  ``filed_by`` says which date a row is filed
    under (a search is always by clipping date); ``newest_first`` its direction.
    """

    ids: "array[int]" = field(default_factory=lambda: array("q"))
    days: "array[int]" = field(default_factory=lambda: array("i"))
    filed_by: SortOrder = "clipped"
    newest_first: bool = True

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def dated(self) -> bool:
        return len(self.days) == len(self.ids)

    def header_rows(self) -> list[int]:
        """The rows that begin a day (where a day header goes); none when ranked.

        Each row compared with the one before by iterators that run in C: a
        Python loop over 35,000 rows held the GIL ~7 ms in the pool, against
        the GUI thread.
        """
        days = self.days
        if not self.dated or not days:
            return []
        changed = map(ne, islice(days, 1, None), days)
        return [0, *compress(range(1, len(days)), changed)]

    def index_of(self, clip_id: int) -> int:
        """The row of ``clip_id``, or -1.

        A byte search of the ids: ``array.index`` makes a Python int of every
        row it passes (ms for a list of 35,000 clips, on the GUI thread when a
        list arrives); this is tens of microseconds.
        """
        data = self.ids.tobytes()
        needle = array("q", [clip_id]).tobytes()
        width = len(needle)
        at = data.find(needle)
        while at >= 0 and at % width:  # the bytes straddle two ids: look on
            at = data.find(needle, at + 1)
        return at // width if at >= 0 else -1

    def row_of_day(self, day: date) -> int:
        """The first row filed on ``day`` or, without one, on the next day in the list's
        direction (older when newest first); ``len`` if there is none.

        The list is in date order, so this is a binary search.
        """
        target = day.toordinal()
        days = self.days
        low, high = 0, len(days)
        while low < high:
            middle = (low + high) // 2
            if (days[middle] > target) if self.newest_first else (days[middle] < target):
                low = middle + 1
            else:
                high = middle
        return low


def timeline_list(db: sqlite3.Connection, query: TimelineQuery) -> TimelineList:
    """Every clip ``query`` shows, in its order (one read, no clip visited when date-ordered).

    Raises :class:`~cuttings.core.errors.QuerySyntaxError` for a malformed search.
    """
    tags = sorted({tag_key(name) for name in query.tags})
    if not query.searching and query.order == "published":
        return _by_published(db, tags)
    parsed = parse_query(query.full_search, prefix_last=True)
    order: SearchOrder = query.search_order if query.searching else "newest"
    if parsed.is_empty and query.full_search.strip():
        # Only punctuation: nothing the index can look for, so nothing found.
        return TimelineList()
    compiled = compile_query(parsed, tags=tags)
    checked = checked_keys(db, compiled) if order != "relevance" else None
    if checked is not None:
        return _clipped_list(db, checked if order == "oldest" else checked[::-1], order)
    plan = _plan(db, compiled)
    if plan is None:
        return TimelineList()
    if order == "relevance" and compiled.fts is not None and plan.extra is None:
        if not _ranking_is_noise(db, compiled, count_matches(db, compiled)):
            weights = ", ".join(str(w) for w in BM25_WEIGHTS)
            rows = db.execute(
                f"SELECT {plan.key} FROM {plan.source} WHERE {plan.where} "
                f"ORDER BY bm25(clips_fts, {weights}), {plan.key} DESC",
                plan.params,
            )
            return TimelineList(_ids_of_keys(db, [row[0] for row in rows]), array("i"))
        order = "newest"
    return _clipped_list(db, ordered_keys(db, plan, descending=order != "oldest"), order)


def _clipped_list(db: sqlite3.Connection, keys: list[int], order: SearchOrder) -> TimelineList:
    """The list of these date keys, in clipping-date ``order``."""
    return TimelineList(_ids_of_keys(db, keys), _clipped_days(keys), "clipped", order != "oldest")


def timeline_head(db: sqlite3.Connection, query: TimelineQuery, limit: int) -> TimelineList | None:
    """The first ``limit`` rows of :func:`timeline_list`'s list, read as a page is.

    The whole list of "the" is 100,000 ids (100-150 ms at 100,000 clips); its
    first screenful comes off the same index in a few milliseconds, so the
    window shows it while the list (and with it the count) is read.  ``None``
    when the list is not in clipping-date order (ranked by relevance, or the
    timeline by published date): its first rows cost what the list costs.
    Raises :class:`~cuttings.core.errors.QuerySyntaxError` for a malformed search.
    """
    if query.searching and query.search_order == "relevance":
        return None
    if not query.searching and query.order == "published":
        return None
    parsed = parse_query(query.full_search, prefix_last=True)
    if parsed.is_empty and query.full_search.strip():
        return TimelineList()
    compiled = compile_query(parsed, tags=sorted({tag_key(name) for name in query.tags}))
    newest = not (query.searching and query.search_order == "oldest")
    keys = page_keys(db, compiled, "newest" if newest else "oldest", limit, 0)
    return TimelineList(_ids_of_keys(db, keys), _clipped_days(keys), "clipped", newest)


def _by_published(db: sqlite3.Connection, tag_keys: Sequence[str]) -> TimelineList:
    """The timeline by published date (the ``published_key`` indexes), newest first.

    A row's day is the one printed on the page: a published time without an
    offset is taken as written, one with an offset in local time, and a clip
    without a (readable) published date is filed under its clipping date —
    as :func:`filed_day` places a clip.
    """
    found = _tags_by_rarity(db, tag_keys)
    if found is None:
        return TimelineList(filed_by="published")
    params: dict[str, Any] = {}
    where: list[str] = []
    if found:
        source = "clip_tags d CROSS JOIN clips c ON c.id = d.clip_id"
        key, clip_id = "d.published_key", "d.clip_id"
        where.append("d.tag_id = :t0")
        params["t0"] = found[0].id
    else:
        source, key, clip_id = "clips c", "c.published_key", "c.id"
    where.extend(_with_other_tags(clip_id, found, params))
    where.append(f"{clip_id} NOT IN ({TRASH_IDS})")
    condition = f"WHERE {' AND '.join(where)}"
    # published_at only where it was readable: published_key is the clipping date otherwise.
    rows = db.execute(
        f"SELECT {clip_id}, {key}, CASE WHEN c.published_utc IS NOT NULL THEN c.published_at END "
        f"FROM {source} {condition} ORDER BY {key} DESC, {clip_id} DESC",
        params,
    ).fetchall()
    return TimelineList(array("q", [row[0] for row in rows]), _published_days(rows), "published")


def _published_days(rows: list[Any]) -> "array[int]":
    """The day of each ``(id, published_key, published_at)`` row, rows newest first.

    In Python rather than with SQLite's ``localtime`` (a third of the time): the
    keys are in order, so the local calendar is consulted once a day, and only
    times written without an offset are parsed.
    """
    days = array("i")
    append = days.append
    low = high = ""  # the current local day, as published keys: [low, high)
    day = 0
    for _clip_id, key, published in rows:
        if published is not None:
            moment = datetime.fromisoformat(published)
            if moment.tzinfo is None:
                append(moment.toordinal())  # as written on the page
                continue
        if not low <= key < high:
            local = parse_utc(key).astimezone().date()
            day = local.toordinal()
            low = format_utc(datetime.combine(local, time()).astimezone())
            high = format_utc(datetime.combine(local + timedelta(days=1), time()).astimezone())
        append(day)
    return days


def _ids_of_keys(db: sqlite3.Connection, keys: list[int]) -> "array[int]":
    """The clip ids of these date keys: their low bits, while ids fit in them."""
    largest = db.execute("SELECT max(id) FROM clips").fetchone()[0]
    if largest is None or int(largest) <= _ID_BITS:
        return array("q", map(and_, keys, repeat(_ID_BITS)))
    # Ids past 16.7 million (a restored clip can bring one): look the keys up.
    by_key = dict(db.execute("SELECT date_key, id FROM clips").fetchall())
    return array("q", [by_key[key] for key in keys])


def _clipped_days(keys: Sequence[int]) -> "array[int]":
    """The local day of each date key, keys in date order (either direction).

    Not SQLite's ``date(..., 'localtime')`` (250 ms for 100,000 clips): the
    keys are in order, so the local calendar is consulted once per day, and
    where that day's rows end is a binary search.  Python touches each day,
    not each row (a loop over the rows held the GIL ~20 ms for 35,000).
    """
    days = array("i")
    descending = len(keys) > 1 and keys[0] > keys[-1]
    start = 0
    while start < len(keys):
        local = datetime.fromtimestamp(keys[start] >> 24).date()
        if descending:  # the day ends before the first key earlier than its midnight
            midnight = int(datetime.combine(local, time()).timestamp())
            end = bisect_left(keys, 1 - (midnight << 24), start, key=neg)
        else:  # ... or at the first key from the next midnight on
            midnight = int(datetime.combine(local + timedelta(days=1), time()).timestamp())
            end = bisect_left(keys, midnight << 24, start)
        end = max(end, start + 1)  # a midnight that the clocks skipped: one row at a time
        days.extend(repeat(local.toordinal(), end - start))
        start = end
    return days


def timeline_rows(db: sqlite3.Connection, clip_ids: Sequence[int]) -> dict[int, Clip]:
    """The clips with these ids (without bodies), by id; ids of no clip are left out."""
    if not clip_ids:
        return {}
    wanted = json.dumps(list(clip_ids))
    rows = db.execute(
        f"SELECT {CLIP_SUMMARY_COLUMNS} FROM clips WHERE id IN (SELECT value FROM json_each(?))",
        (wanted,),
    ).fetchall()
    tags: dict[int, list[str]] = {}
    for clip_id, name in db.execute(
        "SELECT ct.clip_id, t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.clip_id IN (SELECT value FROM json_each(?)) ORDER BY t.key",
        (wanted,),
    ):
        tags.setdefault(clip_id, []).append(name)
    states = states_of(db, clip_ids)
    return {
        row[0]: clip_from_row(row, tuple(tags.get(row[0], ())), state=states.get(row[0], NO_STATE))
        for row in rows
    }


def timeline_snippets(
    db: sqlite3.Connection, clip_ids: Sequence[int], marker: Highlighter
) -> dict[int, str]:
    """HTML extracts of these clips with the matched words in ``<b>`` (excerpt if none shows).

    Reading the bodies and finding the words is most of the cost of showing
    search results, so the window asks for them apart from the rows.
    """
    snippets: dict[int, str] = {}
    for clip_id, title, excerpt, body, note in db.execute(
        "SELECT id, title, excerpt, text, note FROM clips "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(clip_ids)),),
    ):
        extract = marker.snippet((body, title, note))
        snippets[clip_id] = extract if extract is not None else html.escape(excerpt)
    return snippets


def list_position(db: sqlite3.Connection, query: TimelineQuery, clip: Clip) -> int:
    """How many clips come before ``clip`` in the plain timeline of ``query`` (not a search).

    Where a clip added or restored goes in a list already loaded: one count
    over the same index the list was read from.
    """
    tags = sorted({tag_key(name) for name in query.tags})
    if query.order == "clipped":
        compiled = compile_query(parse_query(""), tags=tags)
        compiled.narrow(clip_date_key(clip) + 1, compiled.key_range[1])
        return count_matches(db, compiled)
    found = _tags_by_rarity(db, tags)
    if found is None:
        return 0
    params: dict[str, Any] = {
        "key": published_sort_key(clip.published_at) or format_utc(clip.clipped_at),
        "id": clip.id,
    }
    if found:
        sql = "SELECT count(*) FROM clip_tags d WHERE d.tag_id = :t0 AND "
        key, clip_id = "d.published_key", "d.clip_id"
        params["t0"] = found[0].id
    else:
        sql = "SELECT count(*) FROM clips c WHERE "
        key, clip_id = "c.published_key", "c.id"
    conditions = [f"({key}, {clip_id}) > (:key, :id)", *_with_other_tags(clip_id, found, params)]
    conditions.append(f"{clip_id} NOT IN ({TRASH_IDS})")
    return int(db.execute(sql + " AND ".join(conditions), params).fetchone()[0])


def clip_date_key(clip: Clip) -> int:
    """``clips.date_key`` of a clip, as the schema computes it (migration v2)."""
    return (int(clip.clipped_at.timestamp()) << 24) | (clip.id & _ID_BITS)


def search_marker(query: TimelineQuery) -> Highlighter | None:
    """What marks the matched words in the snippets of ``query``'s rows (``None``: no search)."""
    if not query.search.strip():
        return None
    return highlighter(parse_query(query.search, prefix_last=True))


def filed_day(clipped_at: datetime, published_at: str | None, order: SortOrder) -> date:
    """The local day a clip is filed under in ``order`` (as the lists' ``days`` compute it)."""
    if order == "published" and published_at:
        try:
            moment = datetime.fromisoformat(published_at)
        except ValueError:
            pass
        else:
            # Without an offset: a date or a local time as printed on the page.
            return moment.date() if moment.tzinfo is None else local_time(moment).date()
    return local_time(clipped_at).date()
