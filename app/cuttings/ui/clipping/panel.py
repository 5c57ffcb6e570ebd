"""The activity panel: every URL being clipped, with Retry and Cancel."""

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cuttings.ui.clipping.controller import ClipController
from cuttings.ui.clipping.dock import OPEN_ROWS, activity_summary
from cuttings.ui.clipping.jobs import JobRole, JobState


class ActivityPanel(QWidget):
    """Lists clip jobs; Retry a failure, Cancel pending work, clear finished rows.

    Signals:
        clip_activated(int): a row whose clip is in the library was activated
            (double click or Enter): show that clip.
    """

    clip_activated = Signal(int)

    def __init__(self, controller: ClipController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = controller.activity
        self.summary = QLabel(self)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ActivityPanel", "Clipping summary")
        )
        self.view = QTreeView(self)
        self.view.setModel(self._model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(
            QCoreApplication.translate("ActivityPanel", "Clipping activity")
        )
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 50)
        self.retry_button = QPushButton(QCoreApplication.translate("ActivityPanel", "&Retry"), self)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ActivityPanel", "&Cancel"), self
        )
        self.clear_button = QPushButton(
            QCoreApplication.translate("ActivityPanel", "Clear &Finished"), self
        )
        for button, name in (
            (self.retry_button, QCoreApplication.translate("ActivityPanel", "Retry failed clip")),
            (
                self.cancel_button,
                QCoreApplication.translate("ActivityPanel", "Cancel pending clip"),
            ),
            (self.clear_button, QCoreApplication.translate("ActivityPanel", "Clear finished rows")),
        ):
            button.setAccessibleName(name)
        self.retry_button.clicked.connect(self._retry)
        self.cancel_button.clicked.connect(self._cancel)
        self.clear_button.clicked.connect(self._model.clear_finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() // 3
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.setMinimumHeight(self._rows_height(2))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._model.dataChanged.connect(self._update_buttons)
        self._model.modelReset.connect(self._update_buttons)
        self._model.rowsInserted.connect(self._scroll_to_new)
        self.view.activated.connect(self._activated)
        for signal in (
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.dataChanged,
            self._model.modelReset,
        ):
            signal.connect(self._show_summary)
        self._update_buttons()
        self._show_summary()

    def _rows_height(self, rows: int) -> int:
        row = max(self.view.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 4)
        frame = self.view.frameWidth() * 2
        return self.view.header().sizeHint().height() + row * rows + frame

    def sizeHint(self) -> QSize:
        """Tall enough for the summary, the buttons and several rows of links."""
        hint = super().sizeHint()
        extra = self._rows_height(OPEN_ROWS) - self.view.sizeHint().height()
        return QSize(hint.width(), hint.height() + max(0, extra))

    def _show_summary(self, *_args: object) -> None:
        self.summary.setText(activity_summary(self._model.jobs()))

    def _selected_states(self) -> list[tuple[int, JobState]]:
        rows = self.view.selectionModel().selectedRows()
        return [(i.data(JobRole.JOB_ID), JobState[i.data(JobRole.STATE)]) for i in rows]

    def _update_buttons(self) -> None:
        states = [s for _, s in self._selected_states()]
        self.retry_button.setEnabled(
            any(s in (JobState.FAILED, JobState.CANCELLED) for s in states)
        )
        self.cancel_button.setEnabled(
            any(s in (JobState.QUEUED, JobState.FETCHING, JobState.CLEANING) for s in states)
        )

    def _retry(self) -> None:
        for job_id, _state in self._selected_states():
            self._controller.retry(job_id)

    def _cancel(self) -> None:
        for job_id, _state in self._selected_states():
            self._controller.cancel(job_id)

    def _activated(self, index: QModelIndex) -> None:
        job = self._model.job(index.data(JobRole.JOB_ID))
        if job is not None and job.clip_id is not None:
            self.clip_activated.emit(job.clip_id)

    def _scroll_to_new(self, _parent: QModelIndex, _first: int, last: int) -> None:
        self.view.scrollTo(self._model.index(last, 0))
