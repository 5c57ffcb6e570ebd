"""Refetch: download the selected clips' pages again and refresh them in place.

The fetch runs in the pool, the write (:meth:`Library.refresh`) on the writer:
tags, note, clipping date and every detail a person edited by hand stay.  A
refresh replaces the article's text, so it is not a step of the undo history.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from cuttings.core.article import Article
from cuttings.core.changes import ClipEdit
from cuttings.core.errors import CuttingsError
from cuttings.core.models import Clip
from cuttings.ui.clipping.controller import FetchArticle, default_fetch_article
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.tasks import Task

# More than this at once is an import's job, not a menu command's.
MAX_REFETCH = 50


class Refetcher(QObject):
    """Refetches clips; says in the status bar how each went."""

    def __init__(
        self,
        ops: Operations,
        fetch: FetchArticle | None,
        selected: Callable[[], Sequence[int]],
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._ops = ops
        self._fetch: FetchArticle = fetch or default_fetch_article
        self._selected = selected
        self._window = window
        self.pending = 0

    def _say(self, message: str, timeout: int = 8000) -> None:
        self._window.statusBar().showMessage(message, timeout)

    def refetch_selected(self) -> None:
        ids = list(self._selected())
        if len(ids) > MAX_REFETCH:
            self._say(
                QCoreApplication.translate(
                    "Refetcher", "Refetch takes {max} clips at most: select fewer."
                ).format(max=MAX_REFETCH)
            )
            return
        clips = self._ops.library.timeline_rows(ids)
        for clip_id in ids:
            if clip_id in clips:
                self.refetch(clips[clip_id])

    def refetch(self, clip: Clip) -> None:
        fetch, url = self._fetch, clip.url
        self.pending += 1
        self._say(
            QCoreApplication.translate("Refetcher", "Refetching “{title}”…").format(
                title=clip.title
            ),
            0,
        )

        def work(task: Task) -> Article:
            return fetch(url, on_stage=task.report, cancel=task.cancel)

        (
            QueryOp(self._ops, work)
            .success(lambda article: self._store(clip, article))
            .failure(lambda exc: self._failed(clip, exc))
            .run()
        )

    def _store(self, clip: Clip, article: Article) -> None:
        clip_id = clip.id
        (
            LibraryOp(self._ops, lambda library: library.refresh(clip_id, article))
            .success(self._done)
            .failure(lambda exc: self._failed(clip, exc))
            .run()
        )

    def _done(self, edit: ClipEdit) -> None:
        self.pending -= 1
        self._say(
            QCoreApplication.translate("Refetcher", "Refetched “{title}”").format(
                title=edit.clip.title
            )
        )

    def _failed(self, clip: Clip, exc: BaseException) -> None:
        self.pending -= 1
        reason = (
            core_text(str(exc))
            if isinstance(exc, CuttingsError)
            else QCoreApplication.translate("Refetcher", "unexpected error (see the log)")
        )
        self._say(
            QCoreApplication.translate("Refetcher", "Could not refetch “{title}”: {reason}").format(
                title=clip.title, reason=reason
            )
        )
