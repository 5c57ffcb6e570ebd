"""Compare Versions: any two versions of a clip, side by side in one marked text.

The headline, byline, date and body of the later version, with what was added
and removed since the earlier one marked (see :mod:`.render`), a summary line
and a legend.  The versions are read and compared in the pool.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.versions.compare import compare
from cuttings.core.versions.diff import VersionDiff
from cuttings.core.versions.models import Version
from cuttings.ui.core_texts import core_text
from cuttings.ui.operations import Operations, QueryOp
from cuttings.ui.tasks import Task
from cuttings.ui.versions.bar import version_label
from cuttings.ui.versions.render import comparison_html

Compared = tuple[Version, Version, VersionDiff]

# What changed in a detail, by field (the core's VersionDiff.summary() stays English).
_FIELD_CHANGED = {
    "title": QT_TRANSLATE_NOOP("VersionsDialog", "headline changed"),
    "author": QT_TRANSLATE_NOOP("VersionsDialog", "byline changed"),
    "published_at": QT_TRANSLATE_NOOP("VersionsDialog", "date changed"),
}


def summary_text(diff: VersionDiff) -> str:
    """One line in the user's language: "Headline changed, 2 paragraphs added"."""
    parts = [
        QCoreApplication.translate("VersionsDialog", _FIELD_CHANGED[f.name])
        for f in diff.fields
        if f.changed and f.name in _FIELD_CHANGED
    ]
    added, removed, changed = (
        diff.paragraphs_added,
        diff.paragraphs_removed,
        diff.paragraphs_changed,
    )
    if added:
        parts.append(VersionsDialog.tr("%Ln paragraph(s) added", "", added))
    if removed:
        parts.append(VersionsDialog.tr("%Ln paragraph(s) removed", "", removed))
    if changed:
        parts.append(VersionsDialog.tr("%Ln paragraph(s) changed", "", changed))
    text = ", ".join(parts) or QCoreApplication.translate("VersionsDialog", "no change")
    return text[:1].upper() + text[1:]


class VersionsDialog(QDialog):
    """Two pickers (from, to) and the comparison; newest two versions first."""

    def __init__(self, ops: Operations, clip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("VersionsDialog", "Compare Versions"))
        self._ops = ops
        self._clip_id = clip_id
        self.from_box = QComboBox(self)
        self.to_box = QComboBox(self)
        self.from_box.setAccessibleName(
            QCoreApplication.translate("VersionsDialog", "Earlier version")
        )
        self.to_box.setAccessibleName(QCoreApplication.translate("VersionsDialog", "Later version"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(QCoreApplication.translate("VersionsDialog", "What changed"))
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(QCoreApplication.translate("VersionsDialog", "Comparison"))
        pickers = QHBoxLayout()
        for text, box in (
            (QCoreApplication.translate("VersionsDialog", "&From:"), self.from_box),
            (QCoreApplication.translate("VersionsDialog", "&To:"), self.to_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(box)
            pickers.addWidget(label)
            pickers.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        unit = self.fontMetrics().averageCharWidth()
        self.resize(unit * 100, self.fontMetrics().height() * 40)
        self.from_box.activated.connect(lambda _index: self.refresh())
        self.to_box.activated.connect(lambda _index: self.refresh())
        self._fill()

    def _fill(self) -> None:
        versions = self._ops.library.versions(self._clip_id)
        for box in (self.from_box, self.to_box):
            for version in versions:
                box.addItem(version_label(version.number, version.fetched_at), version.number)
        self.from_box.setCurrentIndex(max(0, len(versions) - 2))
        self.to_box.setCurrentIndex(len(versions) - 1)
        self.refresh()

    def refresh(self) -> None:
        """Compare the versions picked, in the pool; the view follows when done."""
        first, second = self.from_box.currentData(), self.to_box.currentData()
        if first is None or second is None:
            return
        clip_id, library = self._clip_id, self._ops.library
        self.summary.setText(QCoreApplication.translate("VersionsDialog", "Comparing…"))

        def work(_task: Task) -> Compared:
            return compare(library, clip_id, int(first), int(second))

        QueryOp(self._ops, work).success(self._show).failure(self._failed).run()

    def _show(self, compared: Compared) -> None:
        old, new, diff = compared
        # Only the answer to what is still picked (a slow diff may end after a newer one).
        if (old.number, new.number) != (self.from_box.currentData(), self.to_box.currentData()):
            return
        self.summary.setText(summary_text(diff))
        self.view.setHtml(comparison_html(old, new, diff, dark=self._dark()))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(core_text(str(exc)))

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128
