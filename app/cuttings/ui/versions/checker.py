"""Re-checking clips from the window: on demand (Check for Changes) and on the schedule.

Each run is a row in the activity panel (a :class:`ClipJob` with progress,
Cancel and Retry).  The fetching runs in the pool (:class:`QueryOp`): the
polite engine of :mod:`cuttings.core.versions.recheck`, whose outcomes are
written in batches through the single writer; each batch's change reaches
the views on the main thread.  A :class:`QTimer` looks for clips due on the
schedule while the window is open; the schedule's state is in the library,
so it resumes after a restart.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.versions.checks import CheckOutcome, CheckTarget
from cuttings.core.versions.schedule import DEFAULT_STEPS, Schedule
from cuttings.ui.clipping.jobs import ActivityModel, ClipJob, JobState
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.settings import app_settings
from cuttings.ui.tasks import Task

# Which clips a run checks, read in the pool from the library.
TargetsOf = Callable[[Library], list[CheckTarget]]
SCHEDULE_KEY = "versions/schedule"
# Automatic re-checks on or off, apart from the steps so that switching off forgets none.
AUTO_KEY = "versions/automatic"
# How often the window looks for clips due (a read of one index: cheap).
LOOK_INTERVAL = timedelta(minutes=5)
_BATCH = 50
_BATCH_SECONDS = 1.0


# The core's findings (cuttings.core.versions.checks.Finding), as the summary words them.
FINDINGS = {
    "unchanged": QT_TRANSLATE_NOOP("CheckSummary", "unchanged"),
    "changed": QT_TRANSLATE_NOOP("CheckSummary", "changed"),
    "removed": QT_TRANSLATE_NOOP("CheckSummary", "removed"),
    "redirected": QT_TRANSLATE_NOOP("CheckSummary", "redirected"),
    "walled": QT_TRANSLATE_NOOP("CheckSummary", "walled"),
    "failed": QT_TRANSLATE_NOOP("CheckSummary", "failed"),
}


@dataclass
class CheckSummary:
    """What a run found, counted by finding (``changed``, ``removed``…)."""

    total: int
    counts: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        found = ", ".join(
            QCoreApplication.translate("CheckSummary", "{count} {finding}").format(
                count=count, finding=QCoreApplication.translate("CheckSummary", FINDINGS[finding])
            )
            for finding, count in sorted(self.counts.items())
            if count
        )
        return QCoreApplication.translate(
            "CheckSummary", "Checked {done} of {total}: {found}"
        ).format(
            done=sum(self.counts.values()),
            total=self.total,
            found=found or QCoreApplication.translate("CheckSummary", "nothing"),
        )


def schedule_setting() -> Schedule:
    """The re-check schedule the person chose (default: 1h,6h,1d,3d,7d,30d); none when off."""
    if not automatic_setting():
        return Schedule(())
    return steps_setting()


def steps_setting() -> Schedule:
    """The steps remembered (the default ones for a settings file edited into nonsense)."""
    text = str(app_settings().value(SCHEDULE_KEY, DEFAULT_STEPS))
    try:
        steps = Schedule.parse(text)
    except CuttingsError:
        steps = Schedule.parse(DEFAULT_STEPS)
    # "off" in the file (written by hand, or before the switch existed) keeps the default steps.
    return steps if steps.enabled else Schedule.parse(DEFAULT_STEPS)


def automatic_setting() -> bool:
    settings = app_settings()
    written = str(settings.value(SCHEDULE_KEY, DEFAULT_STEPS)).strip().lower()
    return settings.value(AUTO_KEY, True, type=bool) and written not in ("off", "none")


def save_schedule(automatic: bool, steps: Schedule) -> None:
    """Remember whether re-checks run by themselves, and their steps."""
    settings = app_settings()
    settings.setValue(AUTO_KEY, automatic)
    settings.setValue(SCHEDULE_KEY, steps.describe())


class ChangeChecker(QObject):
    """Runs re-checks as activity rows; looks for due clips on a timer.

    Signals:
        finished(object): a run ended (its :class:`CheckSummary`).
    """

    finished = Signal(object)

    def __init__(
        self,
        ops: Operations,
        activity: ActivityModel,
        *,
        schedule: Schedule | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._activity = activity
        self.schedule = schedule or schedule_setting()
        self._auto_job: ClipJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(LOOK_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.check_due)
        self.first_look = QTimer(self)
        self.first_look.setSingleShot(True)
        self.first_look.timeout.connect(self.check_due)

    def start_schedule(self, first_look_ms: int = 120_000) -> None:
        """Look for due clips two minutes after opening (the window settles first), then
        every few minutes; not at all when the schedule is off."""
        if self.schedule.enabled:
            self.first_look.start(first_look_ms)
            self.timer.start()

    def stop(self) -> None:
        self.first_look.stop()
        self.timer.stop()

    def set_schedule(self, schedule: Schedule, first_look_ms: int = 5_000) -> None:
        """Follow ``schedule`` from now on (none: the automatic checks stop); a run already
        going ends as it began."""
        self.schedule = schedule
        self.stop()
        self.start_schedule(first_look_ms)

    def check_clips(self, clip_ids: list[int]) -> ClipJob | None:
        """Check for Changes on these clips (the selection); a row in the activity panel."""
        if not clip_ids:
            return None
        ids = list(clip_ids)
        return self._run(
            ChangeChecker.tr("Check %Ln clip(s) for changes", "", len(ids)),
            lambda library: library.check_targets(ids),
        )

    def check_due(self) -> None:
        """Check the clips whose scheduled re-check has come (one run at a time)."""
        if not self.schedule.enabled or (self._auto_job and self._auto_job.state.pending):
            return
        schedule = self.schedule

        def due(library: Library) -> list[CheckTarget]:
            return library.due_checks(schedule=schedule)

        self._auto_job = self._run(
            QCoreApplication.translate("ChangeChecker", "Scheduled check for changes"),
            due,
            quiet=True,
        )

    def _run(self, label: str, targets_of: TargetsOf, *, quiet: bool = False) -> ClipJob:
        job = ClipJob(url=label, restart=lambda again: self._start(again, targets_of, quiet))
        self._start(job, targets_of, quiet)
        return job

    def _start(self, job: ClipJob, targets_of: TargetsOf, quiet: bool) -> None:
        ops, schedule, cancel = self._ops, self.schedule, job.cancel
        shown = False

        def show() -> None:
            nonlocal shown
            if not shown and job not in self._activity.jobs():
                self._activity.add(job)
            shown = True

        if not quiet:
            show()

        def work(task: Task) -> CheckSummary:
            # Here, not at the top: it brings the extractors, which the window loads
            # only when first used (tests/ui/test_app.py).
            from cuttings.core.versions.recheck import recheck

            targets = targets_of(ops.library)
            summary = CheckSummary(len(targets))
            task.report(("start", summary.total, LibraryChange()))
            batch: list[CheckOutcome] = []
            last = time.monotonic()

            def write() -> None:
                nonlocal last
                if batch:
                    recorded = ops.store_on_writer(
                        lambda library: library.record_checks(list(batch), schedule=schedule)
                    )
                    for finding in recorded.findings.values():
                        summary.counts[finding] = summary.counts.get(finding, 0) + 1
                    task.report(("progress", sum(summary.counts.values()), recorded.change))
                batch.clear()
                last = time.monotonic()

            def on_outcome(outcome: CheckOutcome) -> None:
                batch.append(outcome)
                if len(batch) >= _BATCH or time.monotonic() - last > _BATCH_SECONDS:
                    write()

            recheck(targets, on_outcome, cancel=cancel)
            write()
            return summary

        total = 0

        def progress(value: tuple[str, int, LibraryChange]) -> None:
            nonlocal total
            kind, count, change = value
            if kind == "start":
                total = count
                if total:
                    show()
            if not change.is_empty:
                self._ops.events.emit_change(change)
            if job.state.pending:
                job.progress = QCoreApplication.translate(
                    "ChangeChecker", "Checking {done} of {total}…"
                ).format(done=count if kind == "progress" else 0, total=total)
                self._set(job, JobState.FETCHING)

        def done(summary: CheckSummary) -> None:
            if cancel.is_set():
                self._set(job, JobState.CANCELLED)
            else:
                job.progress = ""
                self._set(job, JobState.DONE, summary.text())
            self.finished.emit(summary)

        def failed(exc: BaseException) -> None:
            show()
            self._set(job, JobState.CANCELLED if cancel.is_set() else JobState.FAILED, str(exc))

        job.progress = QCoreApplication.translate("ChangeChecker", "Checking…")
        self._set(job, JobState.FETCHING)
        QueryOp(ops, work).progress(progress).success(done).failure(failed).run()

    def _set(self, job: ClipJob, state: JobState, message: str = "") -> None:
        job.state = state
        job.message = message
        if job in self._activity.jobs():
            self._activity.job_changed(job)
