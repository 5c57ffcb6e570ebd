"""The timeline model: every clip, newest first, loaded a page at a time.

A 100,000-clip library opens as fast as a ten-clip one: the model asks for a
count and one page, and loads more only when the view scrolls near the end
(``canFetchMore``/``fetchMore``).  A plain listing page is one indexed query of
a few milliseconds, so it runs on the GUI thread; a search can scan every clip's
text, so it runs through the task helper and its pages arrive asynchronously.
"""

from dataclasses import dataclass, replace
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
from cuttings.core.library import Library, SearchOrder, SearchPage, SortOrder, tag_key
from cuttings.core.models import Clip, format_utc, published_sort_key
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.dates import clip_day, clip_moment, day_label, has_time, time_label

PAGE_SIZE = 100

AnyIndex = QModelIndex | QPersistentModelIndex


class TimelineRole:
    """The data roles of :class:`TimelineModel` (named, never bare numbers)."""

    CLIP = Qt.ItemDataRole.UserRole + 1
    CLIP_ID = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    TAGS = Qt.ItemDataRole.UserRole + 5
    EXCERPT = Qt.ItemDataRole.UserRole + 6
    SNIPPET = Qt.ItemDataRole.UserRole + 7
    DAY_HEADER = Qt.ItemDataRole.UserRole + 8
    URL = Qt.ItemDataRole.UserRole + 9


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """What the timeline shows: an order, a tag filter (all must match) and a search.

    ``search_order`` orders search results (newest, oldest or relevance);
    ``order`` orders the plain timeline.
    """

    order: SortOrder = "clipped"
    tags: tuple[str, ...] = ()
    search: str = ""
    search_order: SearchOrder = "newest"

    @property
    def searching(self) -> bool:
        return bool(self.search.strip())


def sort_key(clip: Clip, order: SortOrder) -> tuple[str, int]:
    """The key the library sorts by, so a new clip can be slotted in place."""
    clipped = format_utc(clip.clipped_at)
    if order == "published":
        return (published_sort_key(clip.published_at) or clipped, clip.id)
    return (clipped, clip.id)


def search_page(
    library: Library, query: TimelineQuery, offset: int, limit: int = PAGE_SIZE
) -> SearchPage:
    """A page of a search as the window runs it: the tag filter narrows it, and the
    word being typed counts as a prefix (search as you type)."""
    return library.search(
        query.search,
        limit=limit,
        offset=offset,
        order=query.search_order,
        prefix_last=True,
        tags=query.tags,
    )


def source_label(clip: Clip) -> str:
    if clip.source or clip.site_name:
        return clip.source or clip.site_name
    host = clip.url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


class TimelineModel(QAbstractListModel):
    """Clips in timeline order, fetched lazily.

    Signals:
        total_changed(int): the number of clips (or matches) the query has.
        search_failed(str): the search was refused (e.g. a query syntax error).
        loaded(): the first page of a new query is in.
    """

    total_changed = Signal(int)
    search_failed = Signal(str)
    loaded = Signal()

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._query = TimelineQuery()
        self._clips: list[Clip] = []
        self._snippets: dict[int, str] = {}
        self._total = 0
        self._offset = 0  # position of row 0 in the whole timeline (after "jump to date")
        self._generation = 0  # pages of an older query are dropped
        self._pending = False
        self._today = date.today()

    # -- queries ------------------------------------------------------------------

    @property
    def query(self) -> TimelineQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def offset(self) -> int:
        """How many newer clips sit above row 0 (not loaded; see :meth:`fetch_newer`)."""
        return self._offset

    def set_query(self, query: TimelineQuery) -> None:
        self._query = query
        self.reload()

    def _runs_inline(self) -> bool:
        """A plain listing page is one indexed query of a few ms: fine on the GUI thread.

        A tag filter (a grouped subquery) or a search (a scan of every text) can
        take hundreds of ms on a big library: those go through the task helper.
        """
        return not self._query.searching and not self._query.tags

    def reload(self, start: int = 0) -> None:
        """Start over from timeline position ``start`` (after a change of query)."""
        self._generation += 1
        self._today = date.today()
        self.beginResetModel()
        self._clips = []
        self._snippets = {}
        self._total = 0
        self._offset = 0 if self._query.searching else max(0, start)
        self._pending = False
        if self._runs_inline():
            self._total = self._library.count()
            self._offset = min(self._offset, max(0, self._total - 1))
            self._clips = self._list_page(self._offset)
        self.endResetModel()
        if self._runs_inline():
            self.total_changed.emit(self._total)
            self.loaded.emit()
        else:
            self._request_page(first=True)

    def jump_to(self, position: int) -> int:
        """Make timeline ``position`` loaded; returns its row (ready now, or once ``loaded``)."""
        if self._offset <= position < self._offset + len(self._clips):
            return position - self._offset
        start = max(0, position - PAGE_SIZE // 2)
        self.reload(start)
        return position - self._offset

    def _list_page(self, offset: int, limit: int = PAGE_SIZE) -> list[Clip]:
        return self._library.list_clips(
            limit=limit, offset=offset, order=self._query.order, tags=self._query.tags
        )

    def _request_page(self, *, first: bool) -> None:
        generation = self._generation
        query = self._query
        offset = self._offset + len(self._clips)
        library = self._library
        self._pending = True

        def load() -> SearchPage:
            if query.searching:
                return search_page(library, query, offset)
            clips = library.list_clips(
                limit=PAGE_SIZE, offset=offset, order=query.order, tags=query.tags
            )
            return SearchPage(clips, library.count(tags=query.tags) if first else -1, {})

        self._runner.run(
            load,
            on_done=lambda page: self._page_arrived(generation, offset, first, page),
            on_error=lambda exc: self._page_failed(generation, exc),
        )

    def _page_arrived(self, generation: int, offset: int, first: bool, page: SearchPage) -> None:
        if generation != self._generation or offset != self._offset + len(self._clips):
            return
        self._pending = False
        clips = page.clips
        if page.total >= 0:
            self._total = self._offset + page.total
        if clips:
            start = len(self._clips)
            self.beginInsertRows(QModelIndex(), start, start + len(clips) - 1)
            self._clips.extend(clips)
            self._snippets.update(page.snippets)
            self.endInsertRows()
        if first:
            self.total_changed.emit(self._total)
            self.loaded.emit()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._total = len(self._clips)
        self.total_changed.emit(self._total)
        self.search_failed.emit(str(exc))

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clips)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._pending:
            return False
        return self._offset + len(self._clips) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if not self._runs_inline():
            self._request_page(first=False)
            return
        clips = self._list_page(self._offset + len(self._clips))
        if not clips:
            # The library shrank behind our back (another process): stop asking.
            self._total = self._offset + len(self._clips)
            return
        start = len(self._clips)
        self.beginInsertRows(QModelIndex(), start, start + len(clips) - 1)
        self._clips.extend(clips)
        self.endInsertRows()

    def fetch_newer(self) -> int:
        """Load the page above row 0 (after a jump); returns how many rows came in."""
        if self._offset <= 0 or self._query.searching:
            return 0
        count = min(PAGE_SIZE, self._offset)
        # One page by offset; after a jump it is the user scrolling up, page by page.
        clips = self._list_page(self._offset - count, count)
        self._offset -= count
        if not clips:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(clips) - 1)
        self._clips[0:0] = clips
        self.endInsertRows()
        self._header_may_change(len(clips))
        return len(clips)

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
        if not index.isValid() or not 0 <= index.row() < len(self._clips):
            return None
        clip = self._clips[index.row()]
        order = self._query.order
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return clip.title
        if role == TimelineRole.CLIP:
            return clip
        if role == TimelineRole.CLIP_ID:
            return clip.id
        if role == TimelineRole.SOURCE:
            return source_label(clip)
        if role == TimelineRole.TIME:
            return time_label(clip_moment(clip, order)) if has_time(clip, order) else ""
        if role == TimelineRole.TAGS:
            return list(clip.tags)
        if role == TimelineRole.EXCERPT:
            return " ".join(clip.excerpt.split())
        if role == TimelineRole.SNIPPET:
            return self._snippets.get(clip.id, "")
        if role == TimelineRole.DAY_HEADER:
            return self._day_header(index.row())
        if role == TimelineRole.URL:
            return clip.url
        if role == Qt.ItemDataRole.ToolTipRole:
            return clip.url
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [clip.title, source_label(clip), self._day_label(index.row())]
            if clip.tags:
                parts.append("tags: " + ", ".join(clip.tags))
            return ", ".join(parts)
        return None

    def _day_label(self, row: int) -> str:
        return day_label(clip_day(self._clips[row], self._query.order), self._today)

    def _day_header(self, row: int) -> str:
        """The day's name on the first row of each day, else an empty string."""
        order = self._query.order
        day = clip_day(self._clips[row], order)
        if row > 0 and clip_day(self._clips[row - 1], order) == day:
            return ""
        return day_label(day, self._today)

    # -- lookups ----------------------------------------------------------------------

    def row_of(self, clip_id: int) -> int:
        """The loaded row of a clip, or -1."""
        for row, clip in enumerate(self._clips):
            if clip.id == clip_id:
                return row
        return -1

    def clip_at(self, row: int) -> Clip:
        return self._clips[row]

    # -- reacting to writes ---------------------------------------------------------

    def apply_change(self, change: LibraryChange) -> None:
        """Bring the loaded rows up to date with a write (no reload unless searching)."""
        if change.reload:
            self.reload()
            return
        if (self._query.searching and change.added) or (change.added and self._pending):
            # Whether a new clip matches is the search engine's call: ask again.
            self.reload()
            return
        for clip_id in change.removed:
            self._remove_row(self.row_of(clip_id))
        if change.updated:
            self._update_rows(change.updated)
        if change.added:
            self._insert_clips(self._library.get_many(list(change.added)))
        if change.added or change.removed:
            self.total_changed.emit(self._total)

    def _matches(self, clip: Clip) -> bool:
        wanted = {tag_key(t) for t in self._query.tags}
        return wanted <= {tag_key(t) for t in clip.tags}

    def _remove_row(self, row: int) -> None:
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._clips[row]
        self.endRemoveRows()
        self._total = max(0, self._total - 1)
        self._header_may_change(row)

    def _update_rows(self, clip_ids: tuple[int, ...]) -> None:
        fresh = {clip.id: clip for clip in self._library.get_many(list(clip_ids))}
        for clip_id in clip_ids:
            row = self.row_of(clip_id)
            if row < 0:
                continue
            clip = fresh.get(clip_id)
            if clip is None or not self._matches(clip):
                self._remove_row(row)
                continue
            self._clips[row] = clip
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _insert_clips(self, clips: list[Clip]) -> None:
        order = self._query.order
        for clip in clips:
            if not self._matches(clip) or self.row_of(clip.id) >= 0:
                continue
            key = sort_key(clip, order)
            row = next(
                (r for r, c in enumerate(self._clips) if sort_key(c, order) < key),
                len(self._clips),
            )
            self._total += 1
            if row == 0 and self._offset > 0:
                self._offset += 1  # above what is loaded: fetch_newer brings it
                continue
            if row == len(self._clips) and self._offset + len(self._clips) < self._total - 1:
                continue  # below what is loaded: a later page brings it
            self.beginInsertRows(QModelIndex(), row, row)
            self._clips.insert(row, clip)
            self.endInsertRows()
            self._header_may_change(row + 1)

    def _header_may_change(self, row: int) -> None:
        if 0 <= row < len(self._clips):
            index = self.index(row)
            self.dataChanged.emit(index, index, [TimelineRole.DAY_HEADER])

    def replace_clip(self, clip: Clip) -> None:
        row = self.row_of(clip.id)
        if row >= 0:
            self._clips[row] = replace(clip, html=None, text=None)
            index = self.index(row)
            self.dataChanged.emit(index, index)
