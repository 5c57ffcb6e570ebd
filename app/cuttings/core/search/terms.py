"""The index terms that begin with a prefix, read from FTS5's own pages.

A search-as-you-type page spells a prefix out as the OR of its terms
(:func:`cuttings.core.search.plans._look_up_prefixes`).  ``fts5vocab`` lists
them, but it counts each term's documents on the way, reading its whole
doclist: 10-30 ms for "year" or "some" at 100,000 clips, more than the page.
FTS5 keeps, for each segment of the index, the first term of every leaf page
in ``clips_fts_idx``; the terms of a prefix sit on a handful of leaves, whose
terms are read here without touching a doclist (well under a millisecond).

The page format is FTS5's on-disk format (``fts5_index.c``): a leaf holds a
4-byte header (the second half of which is the offset of its page index), its
terms and doclists, then the page index (varints: the offset of the first term
on the page, then deltas).  A term is written whole at the first offset and as
(bytes shared with the previous term, suffix) after that; index keys start
with a byte naming the index (``0`` for the terms themselves).  The structure
record lists the segments and the range of pages each still holds.  Anything
unexpected — a format this code does not know, a page missing — returns
``None``, and the caller asks ``fts5vocab``.
"""

import json
import sqlite3
from dataclasses import dataclass

# fts5_index.c: FTS5_STRUCTURE_ROWID, and a leaf's rowid is segid << 37 | page number.
_STRUCTURE_ROWID = 10
_SEGMENT_SHIFT = 37
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # SQLite 3.44+: five more varints per segment


class _Unreadable(Exception):
    """The index is not laid out as this module expects."""


@dataclass(frozen=True, slots=True)
class _Segment:
    id: int
    first_page: int
    last_page: int


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint at ``at`` (big-endian groups of 7 bits, a 9th byte of 8): value, end."""
    value = 0
    for end in range(at, at + 8):
        if end >= len(data):
            raise _Unreadable
        byte = data[end]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, end + 1
    if at + 8 >= len(data):
        raise _Unreadable
    return (value << 8) | data[at + 8], at + 9


def _segments(db: sqlite3.Connection, table: str) -> list[_Segment]:
    row = db.execute(f"SELECT block FROM {table}_data WHERE id = ?", (_STRUCTURE_ROWID,)).fetchone()
    if row is None:
        raise _Unreadable
    data: bytes = row[0]
    at = 4  # the configuration cookie
    extra = 0
    if data[at : at + 4] == _STRUCTURE_V2:
        at, extra = at + 4, 5
    levels, at = _varint(data, at)
    count, at = _varint(data, at)
    _writes, at = _varint(data, at)
    segments: list[_Segment] = []
    for _level in range(levels):
        _merging, at = _varint(data, at)
        in_level, at = _varint(data, at)
        for _segment in range(in_level):
            segid, at = _varint(data, at)
            first, at = _varint(data, at)
            last, at = _varint(data, at)
            for _field in range(extra):
                _value, at = _varint(data, at)
            segments.append(_Segment(segid, first, last))
    if len(segments) != count or at != len(data):
        raise _Unreadable
    return segments


def _leaf_terms(page: bytes, low: bytes, high: bytes) -> list[bytes]:
    """The index keys in [low, high) that begin on a leaf page, in order."""
    if len(page) < 4:
        raise _Unreadable
    at = int.from_bytes(page[2:4], "big")  # where the page index starts
    end = len(page)
    if at > end:
        raise _Unreadable
    keys: list[bytes] = []
    offset = 0
    key = None
    while at < end:
        # Most varints here are one byte: read those inline (this loop is the cost).
        delta = page[at]
        if delta < 0x80:
            at += 1
        else:
            delta, at = _varint(page, at)
        offset += delta
        start = offset
        if key is not None:
            shared, start = _varint(page, start)
            size, start = _varint(page, start)
            key = key[:shared] + page[start : start + size]
        else:
            size, start = _varint(page, start)
            key = page[start : start + size]
        if start + size > end:
            raise _Unreadable
        if key >= high:
            break  # keys are in order
        if key >= low:
            keys.append(key)
    return keys


def _leaves(
    db: sqlite3.Connection, table: str, segments: list[_Segment], low: bytes, high: bytes
) -> list[int]:
    """The rowids of the leaves that may hold keys in [low, high): in each segment, the
    leaf where ``low`` would be and every leaf whose first key (``%_idx``) is in range."""
    by_id = {segment.id: segment for segment in segments}
    ids = json.dumps(list(by_id))
    pages: dict[int, list[int]] = {segment.id: [] for segment in segments}
    # %_idx.pgno is the leaf's number times two (plus a flag for a doclist index).
    for segid, pgno in db.execute(
        f"SELECT s.value, (SELECT pgno FROM {table}_idx WHERE segid = s.value AND term <= ? "
        "ORDER BY term DESC LIMIT 1) FROM json_each(?) s",
        (low, ids),
    ):
        first = by_id[segid].first_page
        pages[segid].append(first if pgno is None else max(pgno >> 1, first))
    for segid, pgno in db.execute(
        f"SELECT i.segid, i.pgno FROM json_each(?) s JOIN {table}_idx i "
        "ON i.segid = s.value AND i.term > ? AND i.term < ?",
        (ids, low, high),
    ):
        pages[segid].append(pgno >> 1)
    return [
        (segid << _SEGMENT_SHIFT) + page
        for segid, numbers in pages.items()
        for page in dict.fromkeys(numbers)
        if by_id[segid].first_page <= page <= by_id[segid].last_page
    ]


def prefix_terms(db: sqlite3.Connection, prefix: str, table: str = "clips_fts") -> list[str] | None:
    """Every term of ``table``'s index that begins with ``prefix`` (ASCII, lower case),
    sorted; ``None`` if the index could not be read this way.

    Terms whose clips were all deleted may still be listed (FTS5 drops them when
    it merges segments): OR-ed into a query they match nothing.
    """
    if not prefix or not prefix.isascii():
        return None
    low = b"0" + prefix.encode()
    high = low[:-1] + bytes([low[-1] + 1])
    try:
        leaves = _leaves(db, table, _segments(db, table), low, high)
        found: set[bytes] = set()
        read = 0
        for (page,) in db.execute(
            f"SELECT block FROM {table}_data WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(leaves),),
        ):
            found.update(_leaf_terms(page, low, high))
            read += 1
        if read != len(leaves):
            raise _Unreadable  # a page the index lists is not there
        return sorted(key[1:].decode() for key in found)
    except (_Unreadable, UnicodeDecodeError):
        return None
