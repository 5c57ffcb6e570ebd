"""Reading the timeline and searching: pages, counts, the list of ids, rows by id."""

import json
from collections.abc import Sequence

from cuttings.core.library.rows import _raw, _tag_keys
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import Clip
from cuttings.core.search.compile import CompiledQuery, compile_query, tag_key
from cuttings.core.search.pages import (
    SearchPage,
    clips_by_keys,
    search_page,
    timeline_by_published,
)
from cuttings.core.search.plans import SearchOrder, count_matches, page_keys
from cuttings.core.search.query import parse_query
from cuttings.core.search.snippets import highlighter
from cuttings.core.timeline import (
    SortOrder,
    TimelineList,
    TimelineQuery,
    clip_date_key,
    list_position,
    search_marker,
    timeline_head,
    timeline_list,
    timeline_rows,
    timeline_snippets,
)


class Timeline(LibraryStore):
    """Reading the timeline and searching: pages, counts, positions."""

    def list_clips(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        order: SortOrder = "clipped",
        newest_first: bool = True,
        tags: Sequence[str] = (),
        after: Clip | None = None,
    ) -> list[Clip]:
        """A page of the timeline, newest first by default, optionally only ``tags``.

        ``after`` is keyset paging: pass the last clip of the previous page
        (and ``offset=0``) to get the next one; it costs the same at any depth,
        whereas a deep ``offset`` still has to step over the rows it skips.
        """
        if order == "published":
            with self._read() as conn:
                return timeline_by_published(
                    _raw(conn), limit, offset, newest_first, _tag_keys(tags), after
                )
        compiled = CompiledQuery(tag_keys=_tag_keys(tags))
        if after is not None:
            key = clip_date_key(after)
            if newest_first:
                compiled.narrow(compiled.key_range[0], key)
            else:
                compiled.narrow(key + 1, compiled.key_range[1])
        with self._read() as conn:
            db = _raw(conn)
            keys = page_keys(db, compiled, "newest" if newest_first else "oldest", limit, offset)
            return clips_by_keys(db, keys)

    def count(self, *, tags: Sequence[str] = ()) -> int:
        """How many clips there are (carrying every tag in ``tags``)."""
        compiled = CompiledQuery(tag_keys=_tag_keys(tags))
        with self._read() as conn:
            return count_matches(_raw(conn), compiled)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        order: SearchOrder = "newest",
        prefix_last: bool = False,
        tags: Sequence[str] = (),
    ) -> SearchPage:
        """A page of the clips matching ``query`` (see :mod:`cuttings.core.search.query`).

        ``tags`` (the window's tag selection) narrows the query further, like
        ``tag:`` terms.  ``order`` is ``newest`` (the default), ``oldest`` or
        ``relevance`` (bm25, title weighted most, newer first among equals).
        An empty query is the timeline.  Raises
        :class:`~cuttings.core.errors.QuerySyntaxError` for malformed queries.
        ``snippets`` are computed for the clips of this page only.
        """
        parsed = parse_query(query, prefix_last=prefix_last)
        if parsed.is_empty and query.strip():
            # Only punctuation: nothing the index can look for, so nothing found.
            return SearchPage([], 0, {})
        compiled = compile_query(parsed, tags=[tag_key(name) for name in tags])
        with self._read() as conn:
            return search_page(_raw(conn), compiled, highlighter(parsed), order, limit, offset)

    # -- the timeline as a list of ids (see cuttings.core.timeline) ---------------------

    def timeline_list(self, query: TimelineQuery) -> TimelineList:
        """The ids of every clip ``query`` shows, in order, with the day of each."""
        with self._read() as conn:
            return timeline_list(_raw(conn), query)

    def timeline_head(self, query: TimelineQuery, limit: int) -> TimelineList | None:
        """The first ``limit`` ids of :meth:`timeline_list` (``None``: not date-ordered)."""
        with self._read() as conn:
            return timeline_head(_raw(conn), query, limit)

    def timeline_rows(self, clip_ids: Sequence[int]) -> dict[int, Clip]:
        """Clips without their bodies, by id (for the rows a view shows)."""
        with self._read() as conn:
            return timeline_rows(_raw(conn), clip_ids)

    def timeline_snippets(self, clip_ids: Sequence[int], query: TimelineQuery) -> dict[int, str]:
        """Search extracts of these clips for ``query`` (none if it is not a search)."""
        marker = search_marker(query)
        if marker is None or not clip_ids:
            return {}
        with self._read() as conn:
            return timeline_snippets(_raw(conn), clip_ids, marker)

    def common_tags(self, clip_ids: Sequence[int]) -> list[str]:
        """The tags every one of these clips carries, by name (any number of ids)."""
        wanted = sorted(set(clip_ids))
        if not wanted:
            return []
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    "SELECT t.name FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
                    "WHERE ct.clip_id IN (SELECT value FROM json_each(?)) "
                    "GROUP BY t.id HAVING count(*) = ? ORDER BY t.key",
                    (json.dumps(wanted), len(wanted)),
                )
                .fetchall()
            )
        return [str(name) for (name,) in rows]

    def list_position(self, query: TimelineQuery, clip: Clip) -> int:
        """How many clips come before ``clip`` in the plain timeline of ``query``."""
        with self._read() as conn:
            return list_position(_raw(conn), query, clip)
