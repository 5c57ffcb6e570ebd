"""The timeline model: the ids of every clip a query shows, rows read as they are painted.

As Anki's browser table: for the current query (order, tags, search) the
model loads the ordered ids of *all* matches in the background — with the
local day of each, so day headers and Go to date need no clip — and
``rowCount`` is the number of matches.  A row's clip is read a block of
neighbours at a time and kept in a bounded cache.  End, Page Down, the
scrollbar and Select All therefore reach every match; there is no "fetch
more".

Painting never waits for the database: the delegate asks for
:attr:`TimelineRole.ROW_TEXTS`, which answers from the cache and has a
missing block read in the background (arriving as ``dataChanged``), and
reads the next block ahead as the rows painted near the end of what is
cached.  Every other caller (``clip_at``, accessibility, tooltips) reads a
missing block at once, a few ms on the GUI thread.  Search snippets, which
need the clips' bodies, come from the background too and arrive as
``dataChanged`` for :attr:`TimelineRole.SNIPPET`.

The clips read, and what each row shows, are kept by the row cache
(:mod:`cuttings.ui.timeline.rows`), the list is read by
:mod:`cuttings.ui.timeline.loading`, the roles a clip answers are named in
:mod:`cuttings.ui.timeline.roles`, and a write is applied to the list by
the helpers of :mod:`cuttings.ui.timeline.changes`; this module holds the
list of ids, its day headers, the Qt model interface and the signals.
"""

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import QuerySyntaxError
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.timeline import TimelineList, TimelineQuery
from cuttings.ui.core_texts import core_text
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.changes import (
    SMALL_CHANGE,
    insert_row,
    matches,
    needs_reading_again,
    places,
    remove_row,
    set_header,
)
from cuttings.ui.timeline.dates import day_label
from cuttings.ui.timeline.loading import ListLoader
from cuttings.ui.timeline.roles import CLIP_ROLES, TimelineRole, clip_data
from cuttings.ui.timeline.rows import (
    BLOCK_SIZE,
    CACHE_LIMIT,
    RowCache,
    RowTexts,
    SnippetCache,
    source_label,
)

__all__ = [
    "BLOCK_SIZE",
    "CACHE_LIMIT",
    "SMALL_CHANGE",
    "RowTexts",
    "TimelineModel",
    "TimelineRole",
    "source_label",
]

AnyIndex = QModelIndex | QPersistentModelIndex


def _shows_days(query: TimelineQuery) -> bool:
    """Day headers, except over results ranked by relevance (where days jump about,
    or a ranking too flat to mean anything falls back on dates)."""
    return not (query.searching and query.search_order == "relevance")


class TimelineModel(QAbstractListModel):
    """Every clip of a query, by id; clips read on demand.

    Signals:
        total_changed(int): the number of clips (or matches) the query has.
        search_failed(str): the search was refused (e.g. a query syntax error).
        loaded(): the list of a new query (or a reload) is in.
        headers_changed(): the rows that begin a day may have changed (views
            that size those rows differently look again).
        counting(): the first rows of a new query are shown ahead of its whole
            list: until ``loaded``, ``total`` is not the count of its matches.
    """

    total_changed = Signal(int)
    search_failed = Signal(str)
    loaded = Signal()
    headers_changed = Signal()
    counting = Signal()

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query = TimelineQuery()
        self._shown_query = self._query  # the query whose rows are shown
        self._list = TimelineList()
        self._headers: list[int] = []  # the rows that begin a day, in order
        self._rows = RowCache(library, runner, self._block_changed)
        self._snippets = SnippetCache(
            library,
            runner,
            lambda: self._loader.generation,
            lambda start: self._block_changed(start, [TimelineRole.SNIPPET]),
        )
        self._loader = ListLoader(
            library, runner, self._head_arrived, self._list_arrived, self._list_failed
        )
        self._loading = False
        self._has_loaded = False
        self._refreshing = False  # a reload that keeps the rows if the ids come back equal
        self._head_shown = False  # the rows shown are the first rows of a list still loading
        self._today = date.today()

    # -- queries ------------------------------------------------------------------

    @property
    def query(self) -> TimelineQuery:
        return self._query

    @property
    def total(self) -> int:
        return len(self._list.ids)

    def is_loading(self) -> bool:
        return self._loading

    def is_counting(self) -> bool:
        """True while the rows shown are only the head of a list still loading."""
        return self._head_shown

    @property
    def generation(self) -> int:
        """Changes with every list asked for: an answer (or a wish) for an older one is stale."""
        return self._loader.generation

    def has_loaded(self) -> bool:
        """True once a list has arrived (an empty library included)."""
        return self._has_loaded

    def set_query(self, query: TimelineQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Read the list of the current query again (in the background).

        The rows shown stay until the new list arrives, so typing a search
        never blanks the timeline between keystrokes.
        """
        self._refreshing = False
        self._request_list()

    def refresh(self) -> None:
        """Read the list again after a big change; rows, selection and scroll stay
        if the ids come back the same (tags added to 35,000 selected clips)."""
        self._refreshing = True
        self._request_list()

    def _request_list(self) -> None:
        self._loading = True
        self._head_shown = False
        query = self._query
        # A refresh keeps its rows: no head.
        self._loader.request(query, head=not self._refreshing, days_shown=_shows_days(query))

    def _head_arrived(self, head: TimelineList | None, clips: dict[int, Clip]) -> None:
        """Show the first rows of a new query while its whole list (and count) loads."""
        if not self._loading or head is None:
            return
        self.beginResetModel()
        self._shown_query = self._query
        self._list = head
        self._headers = head.header_rows() if _shows_days(self._query) else []
        self._head_shown = True
        self._forget_rows()
        self._rows.remember(clips, head.ids)
        self.endResetModel()
        self.headers_changed.emit()
        self.counting.emit()

    def _list_arrived(self, found: TimelineList, headers: list[int]) -> None:
        self._loading = False
        self._has_loaded = True
        self._today = date.today()
        if self._refreshing and found.ids == self._list.ids and found.days == self._list.days:
            # Same rows: only their contents changed.
            self._refreshing = False
            self._shown_query = self._query
            self._forget_rows()
            if self.total:
                self.dataChanged.emit(self.index(0), self.index(self.total - 1))
            self.total_changed.emit(self.total)
            self.loaded.emit()
            return
        self._refreshing = False
        shown = len(self._list.ids)
        if self._head_shown and self._starts(found):
            # The rows shown are the list's first: the rest is added below them.
            if len(found.ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(found.ids) - 1)
                self._list, self._headers = found, headers
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._shown_query = self._query
            self._list, self._headers = found, headers
            self._forget_rows()
            self.endResetModel()
        self._head_shown = False
        self.headers_changed.emit()
        self.total_changed.emit(self.total)
        self.loaded.emit()

    def _starts(self, found: TimelineList) -> bool:
        """True if the rows shown are the first rows of ``found``, days and all."""
        shown = self._list
        return (
            found.ids[: len(shown.ids)] == shown.ids
            and found.days[: len(shown.days)] == shown.days
            and (found.filed_by, found.newest_first) == (shown.filed_by, shown.newest_first)
        )

    def _list_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._has_loaded = True
        self._refreshing = False
        self._head_shown = False
        if isinstance(exc, QuerySyntaxError):
            # Half-typed ("an unclosed quote): the last results stay until the query
            # reads, and so does their query (export, snippets and changes use it).
            self._query = self._shown_query
            self.search_failed.emit(core_text(str(exc)))
            return
        self.beginResetModel()
        self._shown_query = self._query
        self._list, self._headers = TimelineList(), []
        self._forget_rows()
        self.endResetModel()
        self.headers_changed.emit()
        self.total_changed.emit(0)
        self.search_failed.emit(core_text(str(exc)))

    def _forget_rows(self) -> None:
        self._rows.forget()
        self._snippets.forget()

    # -- reading rows -----------------------------------------------------------------

    def _block_changed(self, start: int, roles: Sequence[int] = ()) -> None:
        """The clips (or, for ``roles``, the snippets) of the block of rows beginning at
        ``start`` have been read: the views repaint it."""
        last = min(start + BLOCK_SIZE, self.total) - 1
        if start <= last:
            self.dataChanged.emit(self.index(start), self.index(last), list(roles))

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.ids)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for name, role in vars(TimelineRole).items():
            if not name.startswith("_"):
                names[role] = QByteArray(name.lower().encode())
        return names

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._list.ids):
            return None
        if role == TimelineRole.CLIP_ID:
            return self._list.ids[row]
        if role == TimelineRole.DAY_HEADER:
            return self._day_header(row)
        if role == TimelineRole.ROW_TEXTS:
            return self._rows.texts(self._list, row)
        if role == TimelineRole.SNIPPET:
            # No clip needed: never waits.
            return self._snippets.get(self._list, self._query, row)
        if role not in CLIP_ROLES:
            return None  # a status tip asked for as the mouse passes, say: no clip read
        clip = self._rows.clip(self._list, row)
        if clip is None:
            return None
        return clip_data(clip, role, self._list.filed_by, self.day_of_row(row), self._today)

    def _begins_day(self, row: int) -> bool:
        days = self._list.days
        return (
            self._list.dated
            and _shows_days(self._query)
            and (row == 0 or days[row - 1] != days[row])
        )

    def _day_header(self, row: int) -> str:
        """The day's name on the first row of each day, else an empty string."""
        if not self._begins_day(row):
            return ""
        return day_label(date.fromordinal(self._list.days[row]), self._today)

    # -- the list as a whole ------------------------------------------------------------

    def header_rows(self) -> list[int]:
        """The rows that begin a day, in order (none when ranked by relevance)."""
        return list(self._headers)

    def row_of_day(self, day: date) -> int:
        """The row Go to date shows for ``day`` (-1 when the list is not by date or empty)."""
        if not self._list.dated or not self.total:
            return -1
        return min(self._list.row_of_day(day), self.total - 1)

    def ids_of_rows(self, spans: Iterable[tuple[int, int]]) -> list[int]:
        """The ids of the rows in these ``(first, last)`` spans, each once, in row order."""
        ids: list[int] = []
        end = -1
        for first, last in sorted(spans):
            first = max(first, end + 1)
            if first <= last:
                ids.extend(self._list.ids[first : last + 1])
                end = last
        return ids

    def row_of(self, clip_id: int) -> int:
        """The row of a clip, or -1."""
        return self._list.index_of(clip_id)

    def first_row_of(self, clip_ids: Iterable[int]) -> int:
        """The first row showing one of these clips, or -1 (one pass over the list)."""
        wanted = set(clip_ids)
        if len(wanted) == 1:
            return self.row_of(next(iter(wanted)))
        return next((row for row, i in enumerate(self._list.ids) if i in wanted), -1)

    def clip_at(self, row: int) -> Clip:
        clip = self._rows.clip(self._list, row)
        if clip is None:
            raise LookupError(f"the clip of row {row} is gone")
        return clip

    def day_of_row(self, row: int) -> date | None:
        """The day ``row`` is filed under (``None`` in relevance order)."""
        return date.fromordinal(self._list.days[row]) if self._list.dated else None

    # -- reacting to writes ---------------------------------------------------------

    def apply_change(self, change: LibraryChange) -> None:
        """Bring the list up to date with a write: small changes in place, big ones by
        reading the list again in the background (:mod:`cuttings.ui.timeline.changes`)."""
        added, updated, removed = list(change.added), list(change.updated), list(change.removed)
        if change.reload:
            self.reload()
            return
        if self._loading:
            # The list in flight may have been read before this write: read it again.
            self._request_list()
            return
        if needs_reading_again(change, self._query):
            self.refresh()
            return
        before = self.total
        self._remove_ids(removed)
        if updated and change.counts_changed and self._query.tags:
            # A clip not shown may have just gained the tags of the filter.
            added += [i for i in updated if self.row_of(i) < 0]
        if updated:
            self._update_ids(updated)  # a clip can leave a tag filter
        if added:
            self._insert_ids(added)
        if self.total != before:
            self.total_changed.emit(self.total)

    def _remove_ids(self, clip_ids: Sequence[int]) -> None:
        rows = sorted((r for r in map(self.row_of, clip_ids) if r >= 0), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            remove_row(self._list, self._headers, row)
            self._rows.rows_moved()
            self.endRemoveRows()
            self._recheck_headers((row,))
        for clip_id in clip_ids:
            self._rows.drop(clip_id)
            self._snippets.drop(clip_id)

    def _update_ids(self, clip_ids: Sequence[int]) -> None:
        present = [i for i in clip_ids if self.row_of(i) >= 0]
        fresh = self._library.timeline_rows(present)
        for clip_id in present:
            self._snippets.drop(clip_id)
            clip = fresh.get(clip_id)
            if clip is None or not matches(self._query, clip):
                self._remove_ids([clip_id])
                continue
            self._rows.put(clip)
            index = self.index(self.row_of(clip_id))
            self.dataChanged.emit(index, index)
        if self._query.searching:
            self._snippets.words_moved()  # the words may have moved: ask again

    def _insert_ids(self, clip_ids: Sequence[int]) -> None:
        for position, clip in places(self._library, self._query, self._list, clip_ids):
            row = min(position, self.total)
            self.beginInsertRows(QModelIndex(), row, row)
            insert_row(self._list, self._headers, row, clip)
            self._rows.rows_moved()
            self._rows.put(clip)
            self.endInsertRows()
            self._recheck_headers((row, row + 1))

    def _recheck_headers(self, rows: Iterable[int]) -> None:
        """Whether these rows begin a day may have changed: update, tell the views."""
        changed = False
        for row in rows:
            if not 0 <= row < self.total:
                continue
            changed = set_header(self._headers, row, self._begins_day(row)) or changed
            index = self.index(row)
            self.dataChanged.emit(index, index, [TimelineRole.DAY_HEADER])
        if changed:
            self.headers_changed.emit()
