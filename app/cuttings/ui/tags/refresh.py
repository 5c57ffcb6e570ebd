"""Reading the tag list again after a change, in the pool.

The sidebar's tags with their counts and the library's clip count are one
grouped query over every clip's tags (10-20 ms at 100,000 clips): read on
the GUI thread after each tag edit, they held it up while the edit showed.
"""

from PySide6.QtCore import QObject

from cuttings.core.models import TagCount
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.tags.completer import TagCompleter
from cuttings.ui.tags.model import TagListModel


class TagListRefresher(QObject):
    """Fills the sidebar's model and the completer from the pool; the newest answer
    wins (no signals of its own)."""

    def __init__(
        self,
        ops: Operations,
        model: TagListModel,
        completer: TagCompleter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._model = model
        self._completer = completer
        self._asked = 0

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked
        library = self._ops.library
        QueryOp(self._ops, lambda _task: (library.tags(), library.count())).success(
            lambda found: self._arrived(asked, *found)
        ).run()

    def _arrived(self, asked: int, tags: list[TagCount], total: int) -> None:
        if asked != self._asked:
            return  # an older read, overtaken by a newer change
        self._model.set_tags(tags, total)
        self._completer.set_names([t.name for t in tags])
