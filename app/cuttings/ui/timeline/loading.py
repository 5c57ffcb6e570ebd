"""Reading the list of a timeline query in the background: its head first, then the whole.

The first screenful comes ahead of the whole list, with its clips: a few ms
where the list of "the" takes 100-200 ms at 100,000 clips.  One after the
other, and the whole list a frame after the head is in: the list's Python
loops hold the GIL, and in parallel the head's read, then its paint, waited
for it (a paint of 13 ms of CPU took 21 ms).  A refresh keeps the rows shown,
so it asks for no head.

Every request has a generation: an answer to an older one is dropped here,
so :class:`~cuttings.ui.timeline.model.TimelineModel` only hears about the
list it asked for last.
"""

from collections.abc import Callable

from PySide6.QtCore import QTimer

from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.timeline import TimelineList, TimelineQuery
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.rows import BLOCK_SIZE

# A frame: the head's rows are painted before the whole list is read.
HEAD_PAINT_MS = 16


class ListLoader:
    """Reads lists in the background and hands on the answers to the latest request.

    ``head_arrived(head, clips)``: the first rows of the list (``None`` if the
    query has none to show ahead) and their clips.  ``list_arrived(found,
    headers)``: the whole list and the rows that begin a day.  ``failed(exc)``:
    the list could not be read.
    """

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        head_arrived: Callable[[TimelineList | None, dict[int, Clip]], None],
        list_arrived: Callable[[TimelineList, list[int]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._library = library
        self._runner = runner
        self._head_arrived = head_arrived
        self._list_arrived = list_arrived
        self._failed = failed
        self.generation = 0  # answers to an older request are dropped

    def request(self, query: TimelineQuery, *, head: bool, days_shown: bool) -> None:
        """Read the list of ``query`` (its head first if ``head``), with its day
        header rows if ``days_shown``."""
        self.generation += 1
        generation = self.generation
        library = self._library

        def load() -> tuple[TimelineList, list[int]]:
            found = library.timeline_list(query)
            return found, found.header_rows() if days_shown else []

        def request_whole() -> None:
            if generation == self.generation:
                self._runner.run(
                    load,
                    on_done=lambda loaded: self._whole_arrived(generation, *loaded),
                    on_error=lambda exc: self._whole_failed(generation, exc),
                )

        if not head:
            request_whole()
            return

        def read_head() -> tuple[TimelineList | None, dict[int, Clip]]:
            found = library.timeline_head(query, BLOCK_SIZE)
            return found, library.timeline_rows(found.ids) if found is not None else {}

        def head_arrived(head: tuple[TimelineList | None, dict[int, Clip]]) -> None:
            if generation != self.generation:
                return
            self._head_arrived(*head)
            if self._runner.synchronous:
                request_whole()
            else:  # after the head's paint (a zero timer would come before it)
                QTimer.singleShot(HEAD_PAINT_MS, self._runner, request_whole)

        self._runner.run(
            read_head,
            on_done=head_arrived,
            on_error=lambda _exc: request_whole(),  # the whole list reports it
            quick=True,
        )

    def _whole_arrived(self, generation: int, found: TimelineList, headers: list[int]) -> None:
        if generation == self.generation:
            self._list_arrived(found, headers)

    def _whole_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self._failed(exc)
