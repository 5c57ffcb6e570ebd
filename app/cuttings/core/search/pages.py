"""A page of matches as the reader gets it: the clips of its date keys, their snippets.

:mod:`cuttings.core.search.plans` finds the date keys (and counts); this
module turns a page of them into clips and extracts, and reads the timeline
by published date a page at a time.
"""

import html
import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cuttings.core.errors import QuerySyntaxError
from cuttings.core.models import CLIP_SUMMARY_COLUMNS, Clip, ClipState, clip_from_row
from cuttings.core.search.compile import CompiledQuery
from cuttings.core.search.plans import (
    SearchOrder,
    _ranking_is_noise,
    _tags_by_rarity,
    _with_other_tags,
    count_matches,
    page_keys,
)
from cuttings.core.search.snippets import Highlighter
from cuttings.core.states import TRASH_IDS, states_of
from cuttings.core.timestamps import format_utc, published_sort_key

# SQLite's words for a statement past its limits (all SQLITE_ERROR or
# SQLITE_TOOBIG, so the message tells them from a real failure).
_TOO_COMPLEX = re.compile(
    r"too many terms|too large|too big|stack overflow|too complex|too many (SQL )?variables"
)


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search results.

    ``total`` counts every match, not just this page.  ``snippets`` maps a
    clip id to a short HTML-escaped extract in which matched terms are
    wrapped in ``<b>…</b>``.
    """

    clips: list[Clip]
    total: int
    snippets: dict[int, str]


def search_page(
    db: sqlite3.Connection,
    compiled: CompiledQuery,
    marker: Highlighter | None,
    order: SearchOrder,
    limit: int,
    offset: int,
) -> SearchPage:
    """The total, the clips and the snippets of one page of matches.

    In date order the page comes first: a page with room left holds the last
    matches, so they need no separate count (a rare word, a query that
    narrows to a few clips: one pass over the index instead of two).
    """
    try:
        if order == "relevance":
            total = count_matches(db, compiled)
            if _ranking_is_noise(db, compiled, total):
                order = "newest"
            keys = page_keys(db, compiled, order, limit, offset) if total else []
        else:
            keys = page_keys(db, compiled, order, limit, offset)
            if limit > 0 and (0 < len(keys) < limit or (not keys and offset <= 0)):
                total = max(offset, 0) + len(keys)
            else:
                total = count_matches(db, compiled)
    except sqlite3.Error as exc:
        # The parser's bounds keep queries far from SQLite's limits; should
        # one still be reached, the query is at fault, not the library.
        if not _TOO_COMPLEX.search(str(exc)):
            raise
        raise QuerySyntaxError("the search is too complex: use fewer terms") from None
    clips = clips_by_keys(db, keys)
    return SearchPage(clips, total, page_snippets(db, marker, keys, clips))


def clips_by_keys(db: sqlite3.Connection, keys: Sequence[int]) -> list[Clip]:
    """Clips (without bodies) with these date keys, in the order of ``keys``."""
    if not keys:
        return []
    rows = db.execute(
        f"SELECT {CLIP_SUMMARY_COLUMNS}, date_key FROM clips "
        "WHERE date_key IN (SELECT value FROM json_each(?))",
        (json.dumps(list(keys)),),
    ).fetchall()
    by_key = {row[-1]: row for row in rows}
    ordered = [by_key[key] for key in keys if key in by_key]
    tags: dict[int, list[str]] = {}
    for clip_id, name in db.execute(
        "SELECT ct.clip_id, t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.clip_id IN (SELECT value FROM json_each(?)) ORDER BY t.key",
        (json.dumps([row[0] for row in ordered]),),
    ):
        tags.setdefault(clip_id, []).append(name)
    states = states_of(db, [row[0] for row in ordered])
    return [
        clip_from_row(row, tuple(tags.get(row[0], ())), state=states.get(row[0], ClipState()))
        for row in ordered
    ]


def page_snippets(
    db: sqlite3.Connection,
    marker: Highlighter | None,
    keys: Sequence[int],
    clips: Sequence[Clip],
) -> dict[int, str]:
    """HTML extracts for one page: matched words in ``<b>``, everything else escaped.

    Clips where no word shows (a match on ``source:`` only, say) get their
    excerpt.  See :mod:`cuttings.core.search.snippets` for why this is not FTS5's
    ``snippet()``.
    """
    bodies: dict[int, tuple[str, str]] = {}
    if marker is not None and keys:
        rows = db.execute(
            "SELECT date_key, text, note FROM clips "
            "WHERE date_key IN (SELECT value FROM json_each(?))",
            (json.dumps(list(keys)),),
        )
        bodies = {int(key): (body, note) for key, body, note in rows}
    snippets: dict[int, str] = {}
    for key, clip in zip(keys, clips, strict=True):
        extract = None
        if marker is not None:
            body, note = bodies.get(key, ("", ""))
            extract = marker.snippet((body, clip.title, note))
        snippets[clip.id] = extract if extract is not None else html.escape(clip.excerpt)
    return snippets


def timeline_by_published(
    db: sqlite3.Connection,
    limit: int,
    offset: int,
    newest_first: bool,
    tag_keys: Sequence[str],
    after: Clip | None,
) -> list[Clip]:
    """The timeline by published date: ``published_key`` indexes, as the clipped one."""
    op, direction = ("<", "DESC") if newest_first else (">", "ASC")
    where: list[str] = []
    params: dict[str, Any] = {"limit": limit, "offset": max(offset, 0)}
    found = _tags_by_rarity(db, tag_keys)
    if found is None:
        return []
    if found:
        source, key, clip_id = "clip_tags d", "d.published_key", "d.clip_id"
        where.append("d.tag_id = :t0")
        params["t0"] = found[0].id
    else:
        source, key, clip_id = "clips c", "c.published_key", "c.id"
    where.extend(_with_other_tags(clip_id, found, params))
    where.append(f"{clip_id} NOT IN ({TRASH_IDS})")
    if after is not None:
        where.append(f"({key}, {clip_id}) {op} (:after_key, :after_id)")
        params["after_key"] = published_sort_key(after.published_at) or format_utc(after.clipped_at)
        params["after_id"] = after.id
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    ids = [
        int(row[0])
        for row in db.execute(
            f"SELECT {clip_id} FROM {source} {condition} "
            f"ORDER BY {key} {direction}, {clip_id} {direction} "
            "LIMIT :limit OFFSET :offset",
            params,
        )
    ]
    rows = db.execute(
        f"SELECT {CLIP_SUMMARY_COLUMNS}, date_key FROM clips "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    keys = {row[0]: row[-1] for row in rows}
    return clips_by_keys(db, [keys[i] for i in ids if i in keys])
