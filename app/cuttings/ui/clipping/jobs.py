"""Clip jobs and the activity model that lists them."""

import enum
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cuttings.core.article import Article

AnyIndex = QModelIndex | QPersistentModelIndex


class JobState(enum.Enum):
    # The values are English source texts; label() translates them for display.
    QUEUED = QT_TRANSLATE_NOOP("JobState", "Queued")
    FETCHING = QT_TRANSLATE_NOOP("JobState", "Fetching…")
    CLEANING = QT_TRANSLATE_NOOP("JobState", "Cleaning…")
    SAVING = QT_TRANSLATE_NOOP("JobState", "Saving…")
    DONE = QT_TRANSLATE_NOOP("JobState", "Done")
    EXISTS = QT_TRANSLATE_NOOP("JobState", "Already in library")
    FAILED = QT_TRANSLATE_NOOP("JobState", "Failed")
    CANCELLED = QT_TRANSLATE_NOOP("JobState", "Cancelled")

    def label(self) -> str:
        return QCoreApplication.translate("JobState", self.value)

    @property
    def pending(self) -> bool:
        return self in (JobState.QUEUED, JobState.FETCHING, JobState.CLEANING, JobState.SAVING)

    @property
    def finished(self) -> bool:
        return not self.pending


_ids = itertools.count(1)


@dataclass
class ClipJob:
    """One URL on its way into the library (main-thread object; workers never see it)."""

    url: str
    tags: tuple[str, ...] = ()
    select: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    state: JobState = JobState.QUEUED
    message: str = ""
    clip_id: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    # Other work shown as a row (a re-check of clips): its progress while pending,
    # and how Retry starts it again (instead of clipping ``url``).
    progress: str = ""
    restart: Callable[["ClipJob"], None] | None = None
    # For a page that needs no fetch (a file, the clipboard): makes its article
    # in the pool.  ``url`` is then what the activity shows (the file's name…).
    make: Callable[[], Article] | None = None

    def status_text(self) -> str:
        if self.state is JobState.FAILED and self.message:
            return QCoreApplication.translate("ClipJob", "Failed: {message}").format(
                message=self.message
            )
        if self.state.pending and self.progress:
            return self.progress
        if self.state is JobState.DONE and self.message:
            return self.message
        return self.state.label()


class JobRole:
    JOB_ID = Qt.ItemDataRole.UserRole + 1
    STATE = Qt.ItemDataRole.UserRole + 2


class ActivityModel(QAbstractTableModel):
    """URL and status of every clip job of this session, newest last (no signals of its own)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ActivityModel", "Link"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[ClipJob] = []

    def jobs(self) -> list[ClipJob]:
        return list(self._jobs)

    def job(self, job_id: int) -> ClipJob | None:
        return next((j for j in self._jobs if j.id == job_id), None)

    def add(self, job: ClipJob) -> None:
        row = len(self._jobs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.append(job)
        self.endInsertRows()

    def job_changed(self, job: ClipJob) -> None:
        row = self._jobs.index(job)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def clear_finished(self) -> None:
        keep = [j for j in self._jobs if j.state.pending]
        if len(keep) != len(self._jobs):
            self.beginResetModel()
            self._jobs = keep
            self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("ActivityModel", self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return job.url if column == 0 else job.status_text()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{job.url}: {job.status_text()}"
        if role == JobRole.JOB_ID:
            return job.id
        if role == JobRole.STATE:
            return job.state.name
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and job.state is JobState.FAILED:
            return QColor("#d9432f")
        return None
