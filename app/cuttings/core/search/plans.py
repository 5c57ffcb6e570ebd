"""Running a compiled query: its SQL plan, a page of date keys, the whole list, the counts.

:mod:`cuttings.core.search.compile` turns a parsed query into SQL pieces; the
functions here choose how to read them (driven by the full-text index, by a
tag's timeline or by the clips' date index) and run them inside a read
transaction that :class:`~cuttings.core.library.Library` opens.
:mod:`cuttings.core.search.pages` turns a page of keys into clips and snippets.

These paths run on every keystroke of a search and every scroll of the
timeline, so they take the sqlite3 connection under SQLAlchemy's transaction
directly: statements with a fixed text (lists go in as JSON) hit sqlite3's
statement cache and skip SQLAlchemy's per-call overhead.
"""

import heapq
import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Literal

from cuttings.core.search.compile import BM25_WEIGHTS, CompiledQuery
from cuttings.core.search.terms import prefix_terms
from cuttings.core.states import TRASH_SET, trash_size

SearchOrder = Literal["newest", "oldest", "relevance"]

# Up to this many clips, a tag filter on a full-text query reads the tag's
# date keys into a list once; above it, each match is checked by primary key.
_TAG_LIST_LIMIT = 20_000
# The same when the rows matched are given, and few (see _plan's ``matched``).
_FEW_TAG_LIST_LIMIT = 2_000
# Below this many matches, ranking is cheap whatever the words (see _ranking_is_noise).
_NOISE_MIN_MATCHES = 2_000
# A prefix word is spelled out as the OR of at most this many index terms in
# a page, this many in a count (see _spelled_out); past that, FTS5 answers the
# prefix itself.  Counting an OR of many terms costs more than FTS5's merge.
_MAX_PAGE_TERMS = 256
_MAX_COUNT_TERMS = 48
# Up to this many clips matched through their highlights are checked one by
# one against the index (see _highlight_matches).
_HIGHLIGHT_CHECKS = 500
# A prefix word is checked clip by clip when the rest of the query matches at
# most this many clips times index terms of the word (see checked_keys): a
# term looked up at a given rowid costs 30-60 us at 100,000 clips.  The rest
# of the query is read from the index up to this many rows at most.
_PREFIX_CHECKS = 200
_REST_ROWS = 500


@dataclass(frozen=True, slots=True)
class _TagRef:
    id: int
    clip_count: int


@dataclass(frozen=True, slots=True)
class _Plan:
    """FROM and WHERE of a query whose rows are ordered by ``key`` (a date key)."""

    source: str
    where: str
    key: str
    params: dict[str, Any]
    # The clips matched through their highlights only (see _highlight_matches):
    # the same query over their keys, merged with this one's rows.  bm25 has
    # no score for them: relevance is then newest first.
    extra: "_Plan | None" = None


def _tags_by_rarity(db: sqlite3.Connection, keys: Sequence[str]) -> list[_TagRef] | None:
    """The tags with these keys, rarest first; ``None`` if one does not exist."""
    if not keys:
        return []
    rows = db.execute(
        "SELECT id, clip_count FROM tags WHERE key IN (SELECT value FROM json_each(?)) "
        "ORDER BY clip_count, id",
        (json.dumps(list(keys)),),
    ).fetchall()
    if len(rows) < len(set(keys)):
        return None
    return [_TagRef(int(tag_id), int(count)) for tag_id, count in rows]


def _spelled_out(compiled: CompiledQuery, most: int) -> str | None:
    """``compiled.fts`` with prefix words as the OR of the index terms they begin.

    FTS5 answers ``"than" *`` by merging the doclists of every term with that
    prefix, positions included, into one list before it returns a row: a
    newest-first page of "than…" cost what counting all 71,000 matches costs.
    An OR of the terms is read as it goes, and a page stops after its rows
    (for "than…", 10 ms become 0.7 ms plus 7 ms to list the terms).  Counting
    reads every match either way; it reuses the terms a page looked up when
    there are at most ``most`` of them.
    """
    if not compiled.expansions:
        return compiled.fts
    usable = {word: terms for word, terms in compiled.expansions.items() if len(terms) <= most}
    return compiled.fts_for(usable)


def _look_up_prefixes(db: sqlite3.Connection, compiled: CompiledQuery) -> None:
    """Fill ``compiled.expansions``: the index terms each prefix word begins.

    The terms are read off the index's leaf pages in the same read transaction
    (:mod:`cuttings.core.search.terms`), or from ``fts5vocab`` when those
    cannot be read, so they are exactly the index's (plus, at worst, terms
    of deleted clips, which match nothing).  Only ASCII letters and digits are looked up:
    FTS5 folds other text (case, diacritics) with rules this code would have
    to copy, so those prefixes stay FTS5's, as do prefixes of more than
    ``_MAX_PAGE_TERMS`` terms.
    """
    if compiled.expansions is not None:
        return
    compiled.expansions = {}
    words = [word for word in compiled.prefixes if word.isascii() and word.isalnum()]
    for word in words:
        low = word.lower()
        # Off the index's leaves: 1-2 ms where fts5vocab, which counts each term's
        # clips, took 10-30 ms for "year" or "some" at 100,000 clips.
        terms = prefix_terms(db, low)
        if terms is None:
            db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.clips_terms "
                "USING fts5vocab(main, clips_fts, row)"
            )
            # Terms are compared as bytes: every term starting with "than" sorts before "thao".
            high = low[:-1] + chr(ord(low[-1]) + 1)
            terms = [
                str(term)
                for (term,) in db.execute(
                    "SELECT term FROM temp.clips_terms WHERE term >= ? AND term < ? LIMIT ?",
                    (low, high, _MAX_PAGE_TERMS + 1),
                )
            ]
        if 0 < len(terms) <= _MAX_PAGE_TERMS:
            compiled.expansions[word] = terms


def _plan(
    db: sqlite3.Connection,
    compiled: CompiledQuery,
    fts: str | None = None,
    *,
    matched: list[int] | None = None,
) -> _Plan | None:
    """FROM and WHERE for a query, or ``None`` when it cannot match anything.

    Full-text queries are driven by the index, whose rowids are date keys:
    FTS5 hands out matches newest (or oldest) first and stops at the
    LIMIT, so a first page costs about the same for a rare word and for
    "the".  Tags are checked per match, either in a list of the tag's date
    keys built once (a rare tag: short list, few matches survive) or by
    primary key (a common tag: most matches survive, the page fills fast);
    the unary ``+`` keeps SQLite from handing the list to FTS5 as rowid
    lookups, which would rerun the full-text query once per tagged clip.
    Both read only ``clip_tags_timeline``, never the clips.

    Timelines filtered by tags walk ``clip_tags_timeline`` for the rarest
    tag in date order and check the others by primary key.

    ``fts`` replaces ``compiled.fts`` (the same query, prefixes spelled out).
    ``matched`` are the date keys that match ``fts``, few, already read
    from the index (and no clip matches through its highlights only): the
    plan checks them, and only a rare tag's list is worth building then
    (15,000 keys cost 5 ms, as many checks as 2,500 rows).
    """
    tags = _tags_by_rarity(db, compiled.tag_keys)
    if tags is None:
        return None
    excluded = [
        _TagRef(int(tag_id), int(count))
        for tag_id, count in db.execute(
            "SELECT id, clip_count FROM tags WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(compiled.excluded_tag_keys),),
        )
    ]
    params: dict[str, Any] = dict(compiled.params)
    where: list[str] = []
    highlighted: list[int] = []
    if compiled.fts is not None:
        key = "clips_fts.rowid"
        source = "clips_fts"
        where.append("clips_fts MATCH :fts")
        params["fts"] = fts or compiled.fts
        highlighted = _highlight_matches(db, compiled) if matched is None else []
        # Tags to carry (:t0…), then tags to lack (:x0…, the same tests negated).
        for letter, negation, refs in (("t", "", tags), ("x", "NOT ", excluded)):
            for i, tag in enumerate(refs):
                name = f"{letter}{i}"
                params[name] = tag.id
                if tag.clip_count <= (_TAG_LIST_LIMIT if matched is None else _FEW_TAG_LIST_LIMIT):
                    where.append(
                        f"+{key} {negation}IN "
                        f"(SELECT date_key FROM clip_tags WHERE tag_id = :{name})"
                    )
                else:
                    where.append(
                        f"{negation}EXISTS (SELECT 1 FROM clip_tags x WHERE x.tag_id = :{name} "
                        f"AND x.date_key = {key})"
                    )
        if compiled.conditions:
            source += " CROSS JOIN clips c ON c.date_key = clips_fts.rowid"
    else:
        if tags:
            key, clip_id = "d.date_key", "d.clip_id"
            source = "clip_tags d"
            where.append("d.tag_id = :t0")
            params["t0"] = tags[0].id
            if compiled.conditions:
                source += " CROSS JOIN clips c ON c.id = d.clip_id"
        else:
            key, clip_id = "c.date_key", "c.id"
            source = "clips c"
        where.extend(_with_other_tags(clip_id, tags, params))
        for i, tag in enumerate(excluded):
            where.append(
                f"NOT EXISTS (SELECT 1 FROM clip_tags x WHERE x.clip_id = {clip_id} "
                f"AND x.tag_id = :x{i})"
            )
            params[f"x{i}"] = tag.id
    # "+" only on the index side: SQLite would hand the list to FTS5
    # as rowid lookups; on a timeline it should look the keys up.
    plus = "+" if compiled.fts is not None else ""
    for subquery in compiled.key_sets:
        where.append(f"{plus}{key} IN ({subquery})")
    excluded_sets = list(compiled.excluded_key_sets)
    if compiled.exclude_trash:
        excluded_sets.append(TRASH_SET)
    for subquery in excluded_sets:
        where.append(f"{plus}{key} NOT IN ({subquery})")
    if compiled.has_range:
        where.append(f"{key} >= :key_low AND {key} < :key_high")
        params["key_low"], params["key_high"] = compiled.key_range
    where.extend(compiled.conditions)
    extra = None
    if highlighted:
        # Their keys named as the index's rows, so that every other condition reads the same.
        params["highlighted"] = json.dumps(highlighted)
        others = where[1:]
        if len(highlighted) > _HIGHLIGHT_CHECKS or compiled.prefixes:  # unchecked: may overlap
            others.append(f"{key} NOT IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH :fts)")
        keys = "(SELECT value AS rowid FROM json_each(:highlighted)) AS clips_fts"
        extra = _Plan(keys + source[len("clips_fts") :], " AND ".join(others) or "1", key, params)
    if matched is not None:
        # The rows named as the index's, as for the highlights above.
        params["matched"] = json.dumps(matched)
        source = "(SELECT value AS rowid FROM json_each(:matched)) AS " + source
        where = where[1:]
    return _Plan(source, " AND ".join(where) or "1", key, params, extra)


def checked_keys(db: sqlite3.Connection, compiled: CompiledQuery) -> list[int] | None:
    """Every date key ``compiled`` matches, in ascending order, when the query
    narrows to a few clips without its prefix words; else ``None``.

    A typed query ends in a prefix word, spelled out as the OR of its terms
    (see _spelled_out).  Next to a rare word or phrase that OR costs more
    than the rest of the query: FTS5 seeks every term's doclist at each row
    the rest matches before any tag or date is checked, newest first (its
    doclists walked backwards, at a cost), and with few matches a LIMIT
    never stops it early.  So the rest is read first, oldest first, its
    rows checked for tags (per row: a common tag's list costs more than the
    checks) and the rest of the query, and the prefix words are looked up
    in the index at the few rows left: "tag + date range + phrase + word
    - word + some" at 100,000 clips went from 14-20 ms to 6-9.  The read
    gives up at a number of rows that would leave more clips than the words'
    terms can be checked at, and the query then runs whole: a broad rest
    costs a read of a few hundred rows at most.
    """
    if compiled.checked_tried:
        return compiled.checked
    compiled.checked_tried = True
    if compiled.fts is None or not compiled.splits_prefixes:
        return None
    _look_up_prefixes(db, compiled)
    split = compiled.split_prefixes(compiled.expansions or {})
    if split is None or _highlight_matches(db, compiled):
        return None
    rest, checks, terms = split
    most = _PREFIX_CHECKS // terms
    if most < 1:
        return None
    tags = _tags_by_rarity(db, compiled.tag_keys)
    if tags is None:
        return None
    # The share of the clips the tags leave (as if unrelated to the words):
    # past twice the rows that leave ``most`` clips, the rest is too broad.
    share = 1.0
    if tags:
        clips = int(db.execute("SELECT max(rowid) FROM clips").fetchone()[0] or 1)
        share = math.prod(min(tag.clip_count / clips, 1.0) for tag in tags)
    rows = min(_REST_ROWS, math.ceil(2 * most / share)) if share else _REST_ROWS
    sql = "SELECT rowid FROM clips_fts WHERE clips_fts MATCH :fts"
    if compiled.has_range:
        sql += " AND rowid >= :key_low AND rowid < :key_high"
    low, high = compiled.key_range
    bounds = {"fts": rest, "key_low": low, "key_high": high, "rows": rows + 1}
    matched = [row[0] for row in db.execute(f"{sql} ORDER BY rowid LIMIT :rows", bounds)]
    plan = _plan(db, compiled, rest, matched=matched) if len(matched) <= rows else None
    if plan is None:
        return None
    keys = [row[0] for row in db.execute(f"{plan_keys_sql(plan)} ORDER BY 1", plan.params)]
    if len(keys) > most:
        return None
    # FTS5 answers "MATCH … AND rowid = ?" by seeking each term to that rowid;
    # SQLite stops at a word's first alternative that matches.
    held = "EXISTS (SELECT 1 FROM clips_fts WHERE clips_fts MATCH ? AND rowid = k.value)"
    each = " AND ".join("(" + " OR ".join(held for _ in word) + ")" for word in checks)
    params = [json.dumps(keys), *(fts for word in checks for fts in word)]
    sql = f"SELECT k.value FROM json_each(?) k WHERE {each}"
    compiled.checked = [int(key) for (key,) in db.execute(sql, params)]
    return compiled.checked


def plan_keys_sql(plan: _Plan) -> str:
    """The SELECT of the date keys ``plan`` matches, to be followed by ``ORDER BY 1``.

    With clips found through highlights only it is a compound SELECT:
    SQLite merges the two streams in key order and stops at a LIMIT.
    """
    select = f"SELECT {plan.key} FROM {plan.source} WHERE {plan.where}"
    if plan.extra is not None:
        extra = plan.extra
        select += f" UNION ALL SELECT {extra.key} FROM {extra.source} WHERE {extra.where}"
    return select


def ordered_keys(db: sqlite3.Connection, plan: _Plan, *, descending: bool) -> list[int]:
    """Every date key ``plan`` matches, in order (a whole list: the timeline's).

    The clips found through highlights only are few: merged here rather than
    in SQL, whose compound SELECT costs a co-routine step per row.
    """
    direction = "DESC" if descending else "ASC"
    main = f"SELECT {plan.key} FROM {plan.source} WHERE {plan.where} ORDER BY 1 {direction}"
    # Iterated in C (SQLite's integers are ints already): a loop over 35,000 rows
    # in Python held the GIL against the GUI thread for ~20 ms.
    keys = list(map(itemgetter(0), db.execute(main, plan.params)))
    if plan.extra is None:
        return keys
    extra = plan.extra
    more = f"SELECT {extra.key} FROM {extra.source} WHERE {extra.where}"
    found = sorted((int(row[0]) for row in db.execute(more, plan.params)), reverse=descending)
    return list(heapq.merge(keys, found, reverse=descending))


def _highlight_matches(db: sqlite3.Connection, compiled: CompiledQuery) -> list[int]:
    """The date keys of clips whose highlights (text or comment) match the query's words.

    A library holds far fewer highlights than clips: a few microseconds
    when none match, and a short list when some do.
    """
    if compiled.highlight_fts is None:
        return []
    if compiled.highlighted is None:
        # Once per query: a page and its count ask for the same.
        compiled.highlighted = _look_up_highlighted(db, compiled, compiled.highlight_fts)
    return compiled.highlighted


def _look_up_highlighted(db: sqlite3.Connection, compiled: CompiledQuery, words: str) -> list[int]:
    sql = (
        "SELECT DISTINCT date_key FROM highlights WHERE id IN "
        "(SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ?)"
    )
    params: tuple[str, ...] = (words,)
    if compiled.highlight_exclude is not None:
        sql += " AND date_key NOT IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH ?)"
        params += (compiled.highlight_exclude,)
    keys = [int(key) for (key,) in db.execute(sql, params)]
    if len(keys) > _HIGHLIGHT_CHECKS or compiled.prefixes:
        # A prefix is merged over the whole index at each lookup: SQL checks these.
        return keys
    # Highlighted text is the clip's own text: most of these clips match the
    # index anyway, and only the others need merging in (a rowid lookup in
    # the index: 0.2 ms for a word in a third of 100,000 clips).
    return [
        key
        for key in keys
        if db.execute(
            "SELECT 1 FROM clips_fts WHERE clips_fts MATCH ? AND rowid = ?", (compiled.fts, key)
        ).fetchone()
        is None
    ]


def _with_other_tags(clip_id: str, tags: Sequence[_TagRef], params: dict[str, Any]) -> list[str]:
    """Conditions that the clip ``clip_id`` carries every tag but the first (``:t1``…)."""
    where = []
    for i, tag in enumerate(tags[1:], start=1):
        where.append(
            f"EXISTS (SELECT 1 FROM clip_tags x WHERE x.clip_id = {clip_id} AND x.tag_id = :t{i})"
        )
        params[f"t{i}"] = tag.id
    return where


def count_matches(db: sqlite3.Connection, compiled: CompiledQuery) -> int:
    """How many clips match ``compiled``."""
    simple = (
        compiled.fts is None
        and not compiled.conditions
        and not compiled.key_sets
        and not compiled.excluded_key_sets
        and compiled.exclude_trash
        and not compiled.has_range
    )
    if simple and not compiled.excluded_tag_keys and len(compiled.tag_keys) <= 1:
        return _count_cheaply(db, compiled.tag_keys)
    keys = checked_keys(db, compiled)
    if keys is not None:
        return len(keys)
    plan = _plan(db, compiled, _spelled_out(compiled, _MAX_COUNT_TERMS))
    if plan is None:
        return 0
    sql = f"SELECT count(*) FROM {plan.source} WHERE {plan.where}"
    if plan.extra is not None:
        sql = (
            f"SELECT ({sql}) + (SELECT count(*) FROM {plan.extra.source} WHERE {plan.extra.where})"
        )
    return int(db.execute(sql, plan.params).fetchone()[0])


def _ranking_is_noise(db: sqlite3.Connection, compiled: CompiledQuery, total: int) -> bool:
    """True when bm25 could not tell the matches apart: rank them newest first.

    bm25's IDF of a word found in more than half of the clips is
    log((N - n + 0.5) / (n + 0.5)) <= 0, which FTS5 clamps to 1e-6.  When
    every word must match and more than half of the library does, every
    word (and phrase) is in more than half of it: all scores are ~0, and
    computing them would still read every match's positions (0.5 s for
    "the" at 100,000 clips).
    """
    if compiled.fts is None or not compiled.fts_is_conjunction or total < _NOISE_MIN_MATCHES:
        return False
    clips = int(db.execute("SELECT count(*) FROM clips").fetchone()[0]) - trash_size(db)
    return total * 2 > clips


def _count_cheaply(db: sqlite3.Connection, tag_keys: Sequence[str]) -> int:
    """All clips, or the clips of one tag, out of the trash: counts kept up to date by
    the schema (``tags.clip_count`` leaves the trash out; the trash's own index)."""
    if tag_keys:
        row = db.execute("SELECT clip_count FROM tags WHERE key = ?", (tag_keys[0],)).fetchone()
        return 0 if row is None else int(row[0])
    # max(rowid) is exact only without gaps; the count of the date index is always exact.
    return int(db.execute("SELECT count(*) FROM clips").fetchone()[0]) - trash_size(db)


def page_keys(
    db: sqlite3.Connection,
    compiled: CompiledQuery,
    order: SearchOrder,
    limit: int,
    offset: int,
) -> list[int]:
    """The date keys of one page of matches, in order."""
    ranked = order == "relevance" and compiled.fts is not None
    if not ranked and limit > 0 and (keys := checked_keys(db, compiled)) is not None:
        ordered = keys if order == "oldest" else keys[::-1]
        return ordered[max(offset, 0) : max(offset, 0) + limit]
    if not ranked and compiled.prefixes:
        # Not for a ranked page: bm25 weighs each term of an OR apart.
        _look_up_prefixes(db, compiled)
    plan = _plan(db, compiled, None if ranked else _spelled_out(compiled, _MAX_PAGE_TERMS))
    if plan is None or limit <= 0:
        return []
    if ranked and plan.extra is None:
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        order_by = f"bm25(clips_fts, {weights}), {plan.key} DESC"
    else:
        order_by = f"1 {'ASC' if order == 'oldest' else 'DESC'}"
    sql = f"{plan_keys_sql(plan)} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    rows = db.execute(sql, {**plan.params, "limit": limit, "offset": max(offset, 0)})
    return [int(row[0]) for row in rows]
