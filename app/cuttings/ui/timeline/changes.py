"""Applying a write (a :class:`~cuttings.core.changes.LibraryChange`) to the timeline's list.

A few ids are applied in place: a clip removed, or no longer matching the tag
filter, loses its row; a clip added, or updated to match, goes where the
query lists it (:meth:`~cuttings.core.library.Library.list_position`), and
the rows that begin a day are kept up to date around each row that went in
or out.  Above :data:`SMALL_CHANGE` ids, or when whether clips (still) match
a search is the query's call, the list is read again in the background.

These are the decisions and the edits of the plain list (ids, days, header
rows); :class:`~cuttings.ui.timeline.model.TimelineModel` calls them between
the Qt signals each edit needs and keeps its row cache in step.
"""

from bisect import bisect_left
from collections.abc import Sequence

from cuttings.core.changes import LibraryChange
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.search.compile import tag_key
from cuttings.core.timeline import TimelineList, TimelineQuery
from cuttings.ui.timeline.dates import clip_day

# Above this many ids, a change is applied by reading the whole list again in the
# background: finding a row in the list, or a new clip's place, costs a few ms each.
SMALL_CHANGE = 4


def needs_reading_again(change: LibraryChange, query: TimelineQuery) -> bool:
    """True if ``change`` is applied by reading the whole list again, not in place."""
    added, updated, removed = list(change.added), list(change.updated), list(change.removed)
    # Whether clips (still) match is the query's call, and many rows moved.
    return len(added) + len(updated) + len(removed) > SMALL_CHANGE or bool(
        query.searching and (added or (updated and change.counts_changed))
    )


def matches(query: TimelineQuery, clip: Clip) -> bool:
    """True if ``clip`` has every tag the query filters by."""
    wanted = {tag_key(t) for t in query.tags}
    return wanted <= {tag_key(t) for t in clip.tags}


def places(
    library: Library, query: TimelineQuery, shown: TimelineList, clip_ids: Sequence[int]
) -> list[tuple[int, Clip]]:
    """Where the clips of ``clip_ids`` that match and are not shown yet go, in row order.

    Each position counts the new clips above it: insert them in this order.
    """
    fresh = library.timeline_rows(clip_ids)
    placed: list[tuple[int, Clip]] = []
    for clip_id in clip_ids:
        clip = fresh.get(clip_id)
        if clip is None or not matches(query, clip) or clip_id in shown.ids:
            continue
        placed.append((library.list_position(query, clip), clip))
    return sorted(placed, key=lambda item: item[0])


def remove_row(shown: TimelineList, headers: list[int], row: int) -> None:
    """Take ``row`` out of the list, moving the header rows after it up."""
    if shown.dated:
        del shown.days[row]
    del shown.ids[row]
    _shift_headers(headers, row, -1)


def insert_row(shown: TimelineList, headers: list[int], row: int, clip: Clip) -> None:
    """Put ``clip`` in the list at ``row``, moving the header rows after it down."""
    if shown.dated:
        shown.days.insert(row, clip_day(clip, shown.filed_by).toordinal())
    shown.ids.insert(row, clip.id)
    _shift_headers(headers, row, 1)


def _shift_headers(headers: list[int], row: int, by: int) -> None:
    """Move the header rows after a row that went in (``by`` 1) or out (``by`` -1)."""
    at = bisect_left(headers, row)
    tail = headers[at:]
    if by < 0 and tail and tail[0] == row:
        tail = tail[1:]  # the row removed began a day
    headers[at:] = [header + by for header in tail]


def set_header(headers: list[int], row: int, begins_day: bool) -> bool:
    """List ``row`` among the header rows if it begins a day, else not; True if that changed."""
    at = bisect_left(headers, row)
    listed = at < len(headers) and headers[at] == row
    if begins_day == listed:
        return False
    if listed:
        del headers[at]
    else:
        headers.insert(at, row)
    return True
