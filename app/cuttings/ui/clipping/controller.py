"""Turning URLs into clips: validate, look up, fetch in the pool, save on the writer."""

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cuttings.core.article import Article
from cuttings.core.errors import CuttingsError, FetchError
from cuttings.core.library import AddResult
from cuttings.core.urls import parse_user_url
from cuttings.ui.clipping.jobs import ActivityModel, ClipJob, JobState
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.tasks import Task

if TYPE_CHECKING:
    from cuttings.core.clipping import ClipOutcome

_STAGES = {"fetching": JobState.FETCHING, "cleaning": JobState.CLEANING}


class FetchArticle(Protocol):
    def __call__(
        self,
        url: str,
        *,
        on_stage: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Article: ...


def default_fetch_article(
    url: str,
    *,
    on_stage: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Article:
    """The core pipeline (imported late: only clipping needs the network stack)."""
    from cuttings.core.clipping import fetch_article
    from cuttings.ui.media import image_settings

    return fetch_article(url, on_stage=on_stage, cancel=cancel, images=image_settings())


class ClipController(QObject):
    """Runs clip jobs and keeps the activity model up to date.

    Signals:
        clip_ready(int, bool): a job ended with a clip in the library (id, and
            whether the user asked to see it: a single URL typed or pasted).
        job_finished(int): a job reached a final state (its id).
        found_in_trash(int): the link is a clip in the trash (its id): offer it back.
    """

    clip_ready = Signal(int, bool)
    job_finished = Signal(int)
    found_in_trash = Signal(int)

    def __init__(
        self,
        ops: Operations,
        fetch: FetchArticle | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._library = ops.library
        self._fetch: FetchArticle = fetch or default_fetch_article
        self.activity = ActivityModel(self)

    def clip(self, urls: Iterable[str], tags: Iterable[str] = ()) -> list[ClipJob]:
        """Queue every URL; a single URL is selected in the timeline when it lands."""
        urls = [u.strip() for u in urls if u.strip()]
        jobs = [ClipJob(url, tuple(tags), select=len(urls) == 1) for url in urls]
        for job in jobs:
            self.activity.add(job)
            self._start(job)
        return jobs

    def clip_page(
        self, label: str, make: Callable[[], Article], tags: Iterable[str] = ()
    ) -> ClipJob:
        """Queue a page that needs no fetch; ``make`` builds its article in the pool.

        The clip is stored as :func:`cuttings.core.clipping.keep_article`
        does: a partial clip of the same URL gets the page's full text.
        """
        job = ClipJob(label, tuple(tags), select=True, make=make)
        self.activity.add(job)
        self._start(job)
        return job

    def retry(self, job_id: int) -> None:
        job = self.activity.job(job_id)
        if job is None or job.state not in (JobState.FAILED, JobState.CANCELLED):
            return
        job.cancel = threading.Event()
        job.message = ""
        if job.restart is not None:
            job.restart(job)
            return
        job.select = True
        self._start(job)

    def cancel(self, job_id: int) -> None:
        job = self.activity.job(job_id)
        # Saving is a short database write: it is let through.
        if job is None or job.state not in (JobState.QUEUED, JobState.FETCHING, JobState.CLEANING):
            return
        job.cancel.set()
        self._set(job, JobState.CANCELLED)

    def cancel_all(self) -> None:
        for job in self.activity.jobs():
            self.cancel(job.id)

    # -- the steps ------------------------------------------------------------------

    def _set(self, job: ClipJob, state: JobState, message: str = "") -> None:
        job.state = state
        job.message = message
        self.activity.job_changed(job)
        if state.finished:
            self.job_finished.emit(job.id)

    def _start(self, job: ClipJob) -> None:
        self._set(job, JobState.QUEUED)
        if job.make is not None:
            self._start_page(job, job.make)
            return
        try:
            url = parse_user_url(job.url)
            # One indexed lookup by URL: quick enough for the GUI thread.
            existing = self._library.find_by_url(url)
        except CuttingsError as exc:
            self._set(job, JobState.FAILED, core_text(str(exc)))
            return
        if existing is not None:
            job.clip_id = existing.id
            self._set(job, JobState.EXISTS)
            if existing.state.trashed:
                self.found_in_trash.emit(existing.id)
                return
            self.clip_ready.emit(existing.id, True)
            return
        fetch = self._fetch
        cancel = job.cancel

        def work(task: Task) -> Article:
            if cancel.is_set():
                raise FetchError("cancelled")
            return fetch(url, on_stage=task.report, cancel=cancel)

        (
            QueryOp(self._ops, work)
            .progress(lambda stage: self._staged(job, stage))
            .success(lambda article: self._fetched(job, article))
            .failure(lambda exc: self._failed(job, exc))
            .run()
        )

    def _start_page(self, job: ClipJob, make: Callable[[], Article]) -> None:
        cancel = job.cancel

        def work(task: Task) -> Article:
            if cancel.is_set():
                raise FetchError("cancelled")
            task.report("cleaning")
            return make()

        (
            QueryOp(self._ops, work)
            .progress(lambda stage: self._staged(job, stage))
            .success(lambda article: self._made(job, article))
            .failure(lambda exc: self._failed(job, exc))
            .run()
        )

    def _made(self, job: ClipJob, article: Article) -> None:
        if job.cancel.is_set():
            return
        from cuttings.core.clipping import keep_article  # loaded with the page (see above)

        self._set(job, JobState.SAVING)
        tags = job.tags
        (
            LibraryOp(self._ops, lambda library: keep_article(library, article, tags=tags))
            .success(lambda outcome: self._kept(job, outcome))
            .failure(lambda exc: self._failed(job, exc))
            .run()
        )

    def _kept(self, job: ClipJob, outcome: "ClipOutcome") -> None:
        job.clip_id = outcome.clip.id
        self._set(job, JobState.EXISTS if outcome.status == "exists" else JobState.DONE)
        self.clip_ready.emit(outcome.clip.id, job.select)

    def _staged(self, job: ClipJob, stage: str) -> None:
        if job.state.pending and stage in _STAGES:
            self._set(job, _STAGES[stage])

    def _fetched(self, job: ClipJob, article: Article) -> None:
        if job.cancel.is_set():
            return
        self._set(job, JobState.SAVING)
        tags = job.tags
        (
            LibraryOp(self._ops, lambda library: library.add(article, tags=tags))
            .success(lambda result: self._saved(job, result))
            .failure(lambda exc: self._failed(job, exc))
            .run()
        )

    def _saved(self, job: ClipJob, result: AddResult) -> None:
        # The views have the new clip already: LibraryOp announced its change.
        job.clip_id = result.clip.id
        if result.created:
            self._set(job, JobState.DONE)
        else:
            # Another URL of the same article (canonical link) was clipped before.
            self._set(job, JobState.EXISTS)
            if result.clip.state.trashed:
                self.found_in_trash.emit(result.clip.id)
                return
        self.clip_ready.emit(result.clip.id, job.select)

    def _failed(self, job: ClipJob, exc: BaseException) -> None:
        if job.cancel.is_set():
            if job.state is not JobState.CANCELLED:
                self._set(job, JobState.CANCELLED)
            return
        message = (
            core_text(str(exc))
            if isinstance(exc, CuttingsError)
            else QCoreApplication.translate("ClipController", "unexpected error (see the log)")
        )
        self._set(job, JobState.FAILED, message)
