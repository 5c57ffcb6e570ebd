"""When the activity panel shows, how tall it opens, and the summary of the clip jobs.

Clipping one link after another should not push a panel up each time: the
status bar says what is going on ("Clipping 2 links…", "3 clipped, 1 failed"),
as a button that opens the panel; the panel opens by itself only when a clip
fails, since that needs the person (Retry, or read why).
"""

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton

from cuttings.ui.clipping.jobs import ActivityModel, ClipJob, JobState

# Rows of jobs the panel shows when it opens (the person's own size is kept after that).
OPEN_ROWS = 6


def activity_summary(jobs: Sequence[ClipJob]) -> str:
    """One line for the clip jobs: what is under way, then how the finished ones ended."""
    if not jobs:
        return QCoreApplication.translate("clipping.dock", "Nothing clipped in this session yet.")
    states = Counter(job.state for job in jobs)
    pending = sum(n for state, n in states.items() if state.pending)
    # Plurals go through a QObject's class-level tr(): lupdate reads the count of
    # QCoreApplication.translate(..., None, n) as an encoding and drops the plural forms.
    parts = [ActivityDock.tr("Clipping %Ln link(s)…", "", pending)] if pending else []
    for state, text in (
        (JobState.DONE, ActivityDock.tr("%Ln clipped", "", states[JobState.DONE])),
        (
            JobState.EXISTS,
            ActivityDock.tr("%Ln already in the library", "", states[JobState.EXISTS]),
        ),
        (JobState.FAILED, ActivityDock.tr("%Ln failed", "", states[JobState.FAILED])),
        (JobState.CANCELLED, ActivityDock.tr("%Ln cancelled", "", states[JobState.CANCELLED])),
    ):
        if states[state]:
            parts.append(text)
    return ", ".join(parts)


class ActivityDock(QObject):
    """Shows the activity dock on a failure or when asked, and keeps the summary up to date.

    ``status_button`` sits in the window's status bar while there are jobs;
    clicking it opens the panel.
    """

    def __init__(self, dock: QDockWidget, model: ActivityModel, window: QMainWindow) -> None:
        super().__init__(window)
        self._dock = dock
        self._model = model
        self._window = window
        self._sized = False
        self._failures_seen = 0
        self.status_button = QPushButton(window)
        self.status_button.setFlat(True)
        self.status_button.setAccessibleName(
            QCoreApplication.translate("ActivityDock", "Clipping activity summary")
        )
        self.status_button.setToolTip(
            QCoreApplication.translate("ActivityDock", "Show the clipping activity")
        )
        self.status_button.clicked.connect(self.show_panel)
        self.status_button.hide()
        window.statusBar().addPermanentWidget(self.status_button)
        dock.visibilityChanged.connect(self._visibility_changed)
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self._jobs_changed)

    def summary(self) -> str:
        return activity_summary(self._model.jobs())

    def show_panel(self) -> None:
        self._dock.show()
        self._dock.raise_()
        panel = self._dock.widget()
        if not self._sized and panel is not None:
            # Several rows high the first time, not a sliver; the person's size after that.
            self._sized = True
            height = panel.sizeHint().height()
            self._window.resizeDocks([self._dock], [height], Qt.Orientation.Vertical)

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._dock.height() >= self._dock.sizeHint().height() // 2:
            self._sized = True  # shown at a size of its own (a restored window): kept

    def _jobs_changed(self, *_args: object) -> None:
        jobs = self._model.jobs()
        self.status_button.setText(activity_summary(jobs))
        self.status_button.setVisible(bool(jobs))
        failures = sum(job.state is JobState.FAILED for job in jobs)
        if failures > self._failures_seen and not self._dock.isVisible():
            self.show_panel()
        self._failures_seen = failures
