"""The window's pictures and original pages: the setting, Save Original Page…, Library Info,
Download Missing Images, and collecting unused pictures at close."""

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.images.media import ImageLink
from cuttings.core.images.settings import IMAGE_POLICIES, ImagePolicy, ImageSettings
from cuttings.core.library.media import LibraryInfo, StoredOriginal
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.porting.maintenance import human_size
from cuttings.ui.porting.progress import ProgressDialog
from cuttings.ui.settings import app_settings
from cuttings.ui.tasks import Task

if TYPE_CHECKING:
    from cuttings.core.images.offline import WalkReport
    from cuttings.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

POLICY_KEY = "images/policy"
POLICY_LABELS: dict[ImagePolicy, str] = {
    "all": QT_TRANSLATE_NOOP("MediaFlow", "&Always"),
    "lead": QT_TRANSLATE_NOOP("MediaFlow", "&Lead Image Only"),
    "none": QT_TRANSLATE_NOOP("MediaFlow", "&Never"),
}


def image_policy() -> ImagePolicy:
    """Which pictures new clips keep (the setting; any thread may ask)."""
    value = str(app_settings().value(POLICY_KEY, "all"))
    return next((policy for policy in IMAGE_POLICIES if policy == value), "all")


def image_settings() -> ImageSettings:
    return ImageSettings(policy=image_policy())


def set_image_policy(policy: ImagePolicy) -> None:
    app_settings().setValue(POLICY_KEY, policy)


def info_text(path: Path, info: LibraryInfo) -> str:
    share = info.image_bytes / info.file_bytes if info.file_bytes else 0.0
    return QCoreApplication.translate(
        "media",
        "Library: {path}\n"
        "Size: {size}\n"
        "Clips: {clips}\n"
        "Pictures: {images} ({images_size}, {percent}% of the library)\n"
        "Original pages: {originals} ({originals_size} compressed)",
    ).format(
        path=path,
        size=human_size(info.file_bytes),
        clips=QLocale().toString(info.clips),
        images=QLocale().toString(info.images),
        images_size=human_size(info.image_bytes),
        percent=QLocale().toString(round(share * 100)),
        originals=QLocale().toString(info.originals),
        originals_size=human_size(info.original_bytes),
    )


def ask_original_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a clip's original page; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("media", "Save Original Page"),
        str(suggested),
        QCoreApplication.translate("media", "HTML page (*.html);;All files (*)"),
    )
    return Path(chosen) if chosen else None


class MediaFlow(QObject):
    """Pictures and original pages in the window.

    Signals:
        original_saved(str): an original page was written (its path).
        missing_done(object): Download Missing Images ended (its WalkReport).
        info_shown(str): Library Info is showing (its text).
    """

    original_saved = Signal(str)
    missing_done = Signal(object)
    info_shown = Signal(str)

    def __init__(self, ops: Operations, window: "MainWindow") -> None:
        super().__init__(window)
        self._ops = ops
        self._window = window
        self._library = ops.library
        self._progress: ProgressDialog | None = None
        self._task: Task | None = None
        self.box: QMessageBox | None = None

    def policy_actions(self) -> list[QAction]:
        """The Save Pictures choices, as checkable actions of one group."""
        group = QActionGroup(self._window)
        current = image_policy()
        actions = []
        for policy, label in POLICY_LABELS.items():
            action = QAction(QCoreApplication.translate("MediaFlow", label), group)
            action.setCheckable(True)
            action.setChecked(policy == current)
            action.triggered.connect(lambda _=False, p=policy: set_image_policy(p))
            actions.append(action)
        return actions

    # -- Save Original Page… ------------------------------------------------------

    def ask_save_original(self) -> None:
        clip_id = self._window.reader.clip_id()
        if clip_id is None:
            return
        suggested = self._library.path.parent / f"clip-{clip_id}.html"
        target = ask_original_path(self._window, suggested)
        if target is not None:
            self.save_original(clip_id, target)

    def save_original(self, clip_id: int, target: Path) -> None:
        from cuttings.core.images.offline import save_original

        library = self._library
        (
            QueryOp(self._ops, lambda _task: save_original(library, clip_id, target))
            .success(lambda original: self._saved(target, original))
            .failure(
                lambda exc: self._show(
                    QCoreApplication.translate("MediaFlow", "Save Original Page"),
                    QCoreApplication.translate("MediaFlow", "The page was not saved."),
                    exc,
                )
            )
            .run()
        )

    def _saved(self, target: Path, original: StoredOriginal) -> None:
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MediaFlow", "Saved the page as fetched on {fetched_at} to {target}"
            ).format(fetched_at=original.to_json()["fetched_at"], target=target),
            10_000,
        )
        self.original_saved.emit(str(target))

    # -- Library Info ------------------------------------------------------------------

    def show_info(self) -> None:
        library = self._library
        (
            QueryOp(self._ops, lambda _task: library.library_info())
            .success(self._info_ready)
            .failure(
                lambda exc: self._show(
                    QCoreApplication.translate("MediaFlow", "Library Info"),
                    QCoreApplication.translate("MediaFlow", "The library could not be read."),
                    exc,
                )
            )
            .run()
        )

    def _info_ready(self, info: LibraryInfo) -> None:
        text = info_text(self._library.path, info)
        self._message(QCoreApplication.translate("MediaFlow", "Library Info"), text)
        self.info_shown.emit(text)

    # -- Download Missing Images ---------------------------------------------------

    def download_missing(self) -> None:
        """Fetch pictures for clips from before they were kept (pool; stored on the writer)."""
        if self._task is not None:
            return
        from cuttings.core.clipping import default_fetcher
        from cuttings.core.images.offline import download_missing_images

        library, ops = self._library, self._ops
        settings = image_settings()
        if settings.policy == "none":
            settings = ImageSettings()

        stored: list[LibraryChange] = []

        def store(clip_id: int, links: "Sequence[ImageLink]") -> LibraryChange:
            change = ops.store_on_writer(lambda lib: lib.set_images(clip_id, links))
            stored.append(change)
            return change

        def work(task: Task) -> "WalkReport":
            ids = library.clips_missing_images()
            task.report((0, len(ids), LibraryChange()))

            def progress(done: int, total: int) -> None:
                # The change reaches the views on the main thread, with the count.
                change = LibraryChange()
                while stored:
                    change |= stored.pop()
                task.report((done, total, change))

            return download_missing_images(
                library,
                ids,
                fetcher=default_fetcher(),
                settings=settings,
                on_progress=progress,
                cancel=task.cancel,
                store=store,
            )

        self._progress = ProgressDialog(
            QCoreApplication.translate("MediaFlow", "Download Missing Images"), self._window
        )
        self._progress.show_after(300)
        self._task = (
            QueryOp(ops, work)
            .progress(self._missing_progress)
            .success(self._missing_done)
            .failure(self._missing_failed)
            .run()
        )
        self._progress.cancel_requested.connect(self._task.cancel.set)

    def _missing_progress(self, value: tuple[int, int, LibraryChange]) -> None:
        done, total, change = value
        if not change.is_empty:
            self._ops.events.emit_change(change)
        if self._progress is not None:
            self._progress.set_progress(done, total)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _end_progress(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _missing_done(self, report: "WalkReport") -> None:
        self._end_progress()
        count = len(report.done)
        text = MediaFlow.tr("Fetched pictures for %Ln clip(s)", "", count)
        if report.failed:
            failed = len(report.failed)
            text += MediaFlow.tr("; %Ln failed", "", failed)
        if report.cancelled:
            text += QCoreApplication.translate("MediaFlow", " (cancelled: run it again to go on)")
        self._window.statusBar().showMessage(text, 15_000)
        self.missing_done.emit(report)

    def _missing_failed(self, exc: BaseException) -> None:
        self._end_progress()
        self._show(
            QCoreApplication.translate("MediaFlow", "Download Missing Images"),
            QCoreApplication.translate("MediaFlow", "The pictures could not be downloaded."),
            exc,
        )

    # -- closing ----------------------------------------------------------------------

    def collect_unused(self) -> None:
        """Remove pictures no clip uses (at close: no undo can want them back)."""
        try:
            self._library.collect_unused_images()
        except CuttingsError as exc:
            log.warning("unused pictures not removed: %s", exc)

    def _show(self, title: str, text: str, exc: BaseException) -> None:
        self._message(title, f"{text}\n\n{exc}", QMessageBox.Icon.Warning)

    def _message(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> None:
        self.box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        self.box.open()
