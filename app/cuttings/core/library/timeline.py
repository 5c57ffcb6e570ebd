"""Reading the timeline and searching: pages, counts, positions."""

from collections.abc import Sequence
from datetime import datetime

from cuttings.core.library.rows import SortOrder, _raw, _tag_keys, clip_date_key, date_key_at
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import Clip
from cuttings.core.search.compile import CompiledQuery, compile_query, tag_key
from cuttings.core.search.plans import (
    SearchOrder,
    SearchPage,
    clips_by_keys,
    count_matches,
    count_published_since,
    page_keys,
    search_page,
    timeline_by_published,
)
from cuttings.core.search.query import parse_query
from cuttings.core.search.snippets import highlighter


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

    def timeline_position(
        self, before: datetime, *, order: SortOrder = "clipped", tags: Sequence[str] = ()
    ) -> int:
        """The row, in the newest-first timeline, of the first clip dated before ``before``.

        It is the number of clips dated at or after ``before`` (with the same
        order and tag filter as :meth:`list_clips`): "jump to date" scrolls there.
        """
        keys = _tag_keys(tags)
        with self._read() as conn:
            db = _raw(conn)
            if order == "clipped":
                compiled = CompiledQuery(tag_keys=keys)
                compiled.narrow(date_key_at(before), compiled.key_range[1])
                return count_matches(db, compiled)
            return count_published_since(db, before, keys)
