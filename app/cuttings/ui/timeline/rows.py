"""The timeline's row cache: the clips of the rows read so far, and what each row shows.

A row's clip is read a block of neighbours at a time and kept in a bounded
cache.  Painting never waits for the database: :meth:`RowCache.texts`
(behind :attr:`~cuttings.ui.timeline.model.TimelineRole.ROW_TEXTS`) answers
from the cache and has a missing block read in the background (its owner is
told, and emits ``dataChanged``), and reads the next block ahead as the rows
painted near the end of what is cached.  Every other caller (``clip_at``,
accessibility, tooltips) reads a missing block at once with
:meth:`RowCache.clip`, a few ms on the GUI thread.

Kept apart from :class:`~cuttings.ui.timeline.model.TimelineModel`, which
owns the list of ids, its day headers and the Qt signals: the cache knows
clips, not the order of the rows, so each read is given the list shown.
Search snippets, which need the clips' bodies, are read in the background
apart from the clips and kept here too (:class:`SnippetCache`).
"""

import itertools
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.timeline import SortOrder, TimelineList, TimelineQuery
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.dates import clip_moment, has_time, time_label
from cuttings.ui.versions.labels import change_label

# Rows read together when one is painted: a screenful and some (a few ms).
BLOCK_SIZE = 50
# Clips kept in memory, most recently read first out last.
CACHE_LIMIT = 40 * BLOCK_SIZE


@dataclass(frozen=True, slots=True)
class RowTexts:
    """What a timeline row shows of its clip, worked out once per version of the clip."""

    clip_id: int
    title: str
    unread: bool
    starred: bool
    source: str
    time: str
    changes: str
    partial: bool
    tags: tuple[str, ...]
    excerpt: str

    @classmethod
    def of(cls, clip: Clip, order: SortOrder) -> "RowTexts":
        return cls(
            clip.id,
            clip.title,
            clip.state.unread,
            clip.state.starred,
            source_label(clip),
            time_text(clip, order),
            change_label(clip),
            bool(clip.partial),
            clip.tags,
            " ".join(clip.excerpt.split()),
        )


def source_label(clip: Clip) -> str:
    if clip.source or clip.site_name:
        return clip.source or clip.site_name
    host = clip.url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def time_text(clip: Clip, order: SortOrder) -> str:
    return time_label(clip_moment(clip, order)) if has_time(clip, order) else ""


class RowCache:
    """The clips of the rows read so far, by id, and their :class:`RowTexts`.

    ``arrived(start)`` is called when the block of rows beginning at ``start``
    has been read in the background (the owner tells the views).
    """

    def __init__(
        self, library: Library, runner: TaskRunner, arrived: Callable[[int], None]
    ) -> None:
        self._library = library
        self._runner = runner
        self._arrived = arrived
        self._clips: OrderedDict[int, Clip] = OrderedDict()
        # Clips read for the rows shown before the list was read again: painted, never
        # returned as data, until their fresh version arrives (no blank flash on a refresh).
        self._stale: dict[int, Clip] = {}
        self._asked: set[int] = set()  # first rows of the blocks being read in the background
        # By clip id: the version of the clip its RowTexts were made of, and those.
        self._texts: dict[int, tuple[Clip, RowTexts]] = {}
        self._era = 0  # changes when rows move or the cache is emptied: older blocks are dropped
        self._missing: set[int] = set()  # ids whose clip is gone (another process)

    def forget(self) -> None:
        """A new list: the clips read are kept only to paint until their rows are read again."""
        self._stale.update(self._clips)
        for old in list(itertools.islice(self._stale, max(0, len(self._stale) - CACHE_LIMIT))):
            del self._stale[old]
        self._clips.clear()
        self._texts.clear()  # the new list may file clips by another date
        self._missing.clear()
        self.rows_moved()

    def rows_moved(self) -> None:
        """Blocks asked for by row are stale: their answers are dropped, a paint asks again."""
        self._era += 1
        self._asked.clear()

    def put(self, clip: Clip) -> None:
        """A fresh version of a clip (an edit, or a clip just added to the list)."""
        self._clips[clip.id] = clip

    def drop(self, clip_id: int) -> None:
        self._clips.pop(clip_id, None)

    def clip(self, shown: TimelineList, row: int) -> Clip | None:
        """The clip of ``row``, read with its block if it is not in the cache."""
        clip_id = shown.ids[row]
        clip = self._clips.get(clip_id)
        if clip is not None:
            self._clips.move_to_end(clip_id)
            return clip
        if clip_id in self._missing:
            return None
        start = row - row % BLOCK_SIZE
        wanted = [i for i in shown.ids[start : start + BLOCK_SIZE] if i not in self._clips]
        self.remember(self._library.timeline_rows(wanted), wanted)
        return self._clips.get(clip_id)

    def remember(self, clips: dict[int, Clip], asked: Iterable[int]) -> None:
        """Keep the clips read for ``asked``; those not in ``clips`` are gone."""
        for clip_id in asked:
            clip = clips.get(clip_id)
            if clip is None:
                self._missing.add(clip_id)
            else:
                self._clips[clip_id] = clip
                self._clips.move_to_end(clip_id)
            self._stale.pop(clip_id, None)
        while len(self._clips) > CACHE_LIMIT:
            self._clips.popitem(last=False)

    def _cached_clip(self, shown: TimelineList, row: int) -> Clip | None:
        """The clip of ``row`` if it is in memory; if not, its block is read in the background.

        Also reads the next (or previous) block ahead when ``row`` is half a block
        from the end of what is cached, so Page Down usually finds its rows read.
        """
        ids = shown.ids
        clip_id = ids[row]
        clip = self._clips.get(clip_id)
        if clip is None:
            if clip_id in self._missing:
                return None
            self._ask_block(shown, row)
            # A synchronous runner (tests) has answered already.
            return self._clips.get(clip_id) or self._stale.get(clip_id)
        self._clips.move_to_end(clip_id)
        for near in (row + BLOCK_SIZE // 2, row - BLOCK_SIZE // 2):
            if 0 <= near < len(ids):
                near_id = ids[near]
                if near_id not in self._clips and near_id not in self._missing:
                    self._ask_block(shown, near)  # once per block: a set lookup after that
        return clip

    def texts(self, shown: TimelineList, row: int) -> RowTexts | None:
        """What ``row`` shows, from memory; ``None`` while its clip is read in the background."""
        clip = self._cached_clip(shown, row)
        if clip is None:
            return None
        made = self._texts.get(clip.id)
        if made is not None and made[0] is clip:
            return made[1]
        if len(self._texts) >= CACHE_LIMIT:
            self._texts.clear()
        texts = RowTexts.of(clip, shown.filed_by)
        self._texts[clip.id] = (clip, texts)
        return texts

    def _ask_block(self, shown: TimelineList, row: int) -> None:
        """Read the clips of ``row``'s block in the background (once), unless all are known."""
        start = row - row % BLOCK_SIZE
        if start in self._asked:
            return
        clips, missing = self._clips, self._missing
        block = shown.ids[start : start + BLOCK_SIZE]
        wanted = [i for i in block if i not in clips and i not in missing]
        if not wanted:
            return
        self._asked.add(start)
        era, library = self._era, self._library
        self._runner.run(
            lambda: library.timeline_rows(wanted),
            on_done=lambda clips: self._block_arrived(era, start, wanted, clips),
            # The rows stay blank until the list is read again (bugs are logged by the runner).
            on_error=lambda _exc: None,
            quick=True,
        )

    def _block_arrived(
        self, era: int, start: int, asked: list[int], clips: dict[int, Clip]
    ) -> None:
        if era != self._era:
            return  # rows moved or the cache was emptied meanwhile: the next paint asks again
        self._asked.discard(start)
        # A clip read since (an edit, or a caller that could not wait) is as fresh or fresher.
        self.remember(clips, [i for i in asked if i not in self._clips])
        self._arrived(start)


class SnippetCache:
    """The search extracts of the rows, by clip id, asked for in the background a block at a time.

    Snippets need the clips' bodies, so they never come with the rows' clips.
    ``arrived(start)`` is called when the snippets of the block of rows beginning
    at ``start`` are in; answers asked for before another list was asked for
    (``generation()`` moved on) are dropped.
    """

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        generation: Callable[[], int],
        arrived: Callable[[int], None],
    ) -> None:
        self._library = library
        self._runner = runner
        self._generation = generation
        self._arrived = arrived
        self._snippets: dict[int, str] = {}
        self._blocks: set[int] = set()  # blocks whose snippets were asked for

    def forget(self) -> None:
        self._snippets.clear()
        self._blocks.clear()

    def drop(self, clip_id: int) -> None:
        self._snippets.pop(clip_id, None)

    def words_moved(self) -> None:
        """Clips were edited: the blocks are asked for again (their snippets are kept)."""
        self._blocks.clear()

    def get(self, shown: TimelineList, query: TimelineQuery, row: int) -> str:
        """The search extract of a row; asked for in the background with its block."""
        clip_id = shown.ids[row]
        found = self._snippets.get(clip_id)
        if found is not None or not query.searching:
            return found or ""
        block = row // BLOCK_SIZE
        if block not in self._blocks:
            self._blocks.add(block)
            start = block * BLOCK_SIZE
            ids = list(shown.ids[start : start + BLOCK_SIZE])
            generation, library = self._generation(), self._library
            self._runner.run(
                lambda: library.timeline_snippets(ids, query),
                on_done=lambda snippets: self._snippets_arrived(generation, start, snippets),
                on_error=lambda _exc: None,  # the excerpt stays (bugs are logged by the runner)
                quick=True,
            )
        return self._snippets.get(clip_id, "")

    def _snippets_arrived(self, generation: int, start: int, snippets: dict[int, str]) -> None:
        if generation != self._generation():
            return
        self._snippets.update(snippets)
        self._arrived(start)
