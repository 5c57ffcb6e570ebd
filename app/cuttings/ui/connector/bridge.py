"""The connector endpoint while the window is open; its clips join the window's activity.

The server answers on its own threads; a clip request hops to the main
thread (a queued signal), becomes a row of the activity panel, is cleaned in
the pool and stored by the single writer (:class:`LibraryOp`, so every view
updates from its change), and the answer goes back to the waiting thread.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from cuttings.core.article import Article
from cuttings.core.connector.protocol import LinkRequest, PageRequest, RequestError
from cuttings.core.connector.server import DEFAULT_PORTS, Endpoint
from cuttings.core.connector.service import ClipResult
from cuttings.core.connector.token import TokenKeeper
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.ui.clipping.controller import ClipController, default_fetch_article
from cuttings.ui.clipping.jobs import ClipJob, JobState
from cuttings.ui.media import image_settings
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.tasks import Task

if TYPE_CHECKING:
    from cuttings.core.connector.capture import Stored

log = logging.getLogger(__name__)

ANSWER_TIMEOUT = 180.0  # seconds a request waits for the window (a slow fetch is 30 s at most)


@dataclass(eq=False)  # each call is itself: hashed by identity
class _Call:
    """A request waiting on a server thread for the main thread's answer."""

    kind: str
    request: Any
    done: threading.Event = field(default_factory=threading.Event)
    result: ClipResult | None = None
    error: BaseException | None = None

    def finish(self, result: ClipResult | None = None, error: BaseException | None = None) -> None:
        self.result, self.error = result, error
        self.done.set()

    def wait(self) -> ClipResult | None:
        if not self.done.wait(ANSWER_TIMEOUT):
            raise RequestError("the Cuttings window did not answer in time", 503)
        if self.error is not None:
            raise self.error
        return self.result


class WindowService(QObject):
    """The endpoint's :class:`ClipService` in the window (called from server threads).

    Signals:
        called(object): a request for the main thread (a :class:`_Call`; internal).
    """

    called = Signal(object)

    def __init__(
        self,
        ops: Operations,
        clipper: ClipController,
        show_clip: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._clipper = clipper
        self._show_clip = show_clip
        self._waiting: set[_Call] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.called.connect(self._run, Qt.ConnectionType.QueuedConnection)

    # -- on the server's threads ------------------------------------------------------

    def tag_names(self) -> list[str]:
        return [tag.name for tag in self._ops.library.tags()]  # a read: any thread

    def clip_page(self, page: PageRequest) -> ClipResult:
        return self._ask("page", page)

    def clip_link(self, link: LinkRequest) -> ClipResult:
        return self._ask("link", link)

    def open_clip(self, clip_id: int) -> None:
        self._ask("open", clip_id)

    def _ask(self, kind: str, request: Any) -> Any:
        call = _Call(kind, request)
        with self._lock:
            if self._closed:
                raise RequestError("the Cuttings window is closing", 503)
            self._waiting.add(call)
        try:
            self.called.emit(call)
            return call.wait()
        finally:
            with self._lock:
                self._waiting.discard(call)

    def close(self) -> None:
        """Answer every waiting request (the window closes): nothing waits on it any more."""
        with self._lock:
            self._closed = True
            waiting = list(self._waiting)
        for call in waiting:
            call.finish(
                error=RequestError(
                    QCoreApplication.translate("WindowService", "the Cuttings window closed"), 503
                )
            )

    # -- on the main thread ------------------------------------------------------------

    def _run(self, call: _Call) -> None:
        # Imported on the first clip: the window opens without the extraction stack.
        from cuttings.core.connector.capture import page_article, store_article, tag_known

        if call.done.is_set():
            return  # answered already: the window closed before this came through
        if call.kind == "open":
            self._show_clip(call.request)
            call.finish()
            return
        request: PageRequest | LinkRequest = call.request
        job = ClipJob(request.url, request.tags)
        self._clipper.activity.add(job)
        if call.kind == "link":
            existing = self._ops.library.find_by_url(request.url)
            if existing is not None:
                self._store(job, call, lambda library: tag_known(library, existing.id, job.tags))
                return
        self._set(job, JobState.CLEANING if call.kind == "page" else JobState.FETCHING)
        replace = call.kind == "page"

        def work(task: Task) -> Article:
            if isinstance(request, PageRequest):
                from cuttings.core.clipping import default_fetcher

                return page_article(request, default_fetcher(), image_settings())
            return default_fetch_article(request.url, cancel=job.cancel)

        (
            QueryOp(self._ops, work)
            .success(
                lambda article: self._store(
                    job,
                    call,
                    lambda library: store_article(library, article, job.tags, replace=replace),
                )
            )
            .failure(lambda exc: self._failed(job, call, exc))
            .run()
        )

    def _store(self, job: ClipJob, call: _Call, write: Callable[[Library], "Stored"]) -> None:
        if job.cancel.is_set():
            call.finish(
                error=RequestError(
                    QCoreApplication.translate("WindowService", "cancelled in the Cuttings window"),
                    409,
                )
            )
            return
        self._set(job, JobState.SAVING)
        (
            LibraryOp(self._ops, write)
            .success(lambda stored: self._stored(job, call, stored))
            .failure(lambda exc: self._failed(job, call, exc))
            .run()
        )

    def _stored(self, job: ClipJob, call: _Call, stored: "Stored") -> None:
        job.clip_id = stored.clip.id
        self._set(job, JobState.EXISTS if stored.status == "exists" else JobState.DONE)
        call.finish(ClipResult.of(stored.status, stored.clip))

    def _failed(self, job: ClipJob, call: _Call, exc: BaseException) -> None:
        expected = isinstance(exc, CuttingsError)
        message = (
            str(exc)
            if expected
            else QCoreApplication.translate("WindowService", "unexpected error (see the log)")
        )
        if job.cancel.is_set():
            self._set(job, JobState.CANCELLED)
        else:
            self._set(job, JobState.FAILED, message)
        # A bug was logged by the task runner; the extension hears of it as one.
        call.finish(error=exc if expected else RuntimeError(message))

    def _set(self, job: ClipJob, state: JobState, message: str = "") -> None:
        job.state, job.message = state, message
        self._clipper.activity.job_changed(job)
        if state.finished:
            self._clipper.job_finished.emit(job.id)


class BrowserBridge(QObject):
    """Runs the endpoint for ``window`` from :meth:`start` until the window closes.

    ``error`` says why it is not running (no free port, unreadable token).
    """

    def __init__(
        self,
        window: QMainWindow,
        ops: Operations,
        clipper: ClipController,
        *,
        keeper: TokenKeeper | None = None,
        ports: tuple[int, ...] = DEFAULT_PORTS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clipper = clipper
        self.error = ""
        self.service = WindowService(ops, clipper, self._show_clip, self)
        self._keeper = keeper
        self._ports = ports
        self.endpoint: Endpoint | None = None
        window.installEventFilter(self)

    @property
    def url(self) -> str:
        return self.endpoint.url if self.endpoint is not None else ""

    def start(self) -> bool:
        try:
            keeper = self._keeper or TokenKeeper()
            endpoint = Endpoint(self.service, keeper.current, ports=self._ports)
            endpoint.start()
        except CuttingsError as exc:
            self.error = str(exc)
            log.warning("browser connector not started: %s", exc)
            return False
        self.endpoint, self.error = endpoint, ""
        log.info("browser connector listening on %s", endpoint.url)
        return True

    def stop(self) -> None:
        self.service.close()  # first: a request waiting on the window would hold up the stop
        if self.endpoint is not None:
            self.endpoint.stop()
            self.endpoint = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _show_clip(self, clip_id: int) -> None:
        window = self._window
        # The signal the window already follows for "show this clip".
        self._clipper.clip_ready.emit(clip_id, True)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
