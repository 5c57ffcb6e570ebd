"""The two import dialogs: what was found (before), and what happened (after)."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.importers import FORMAT_TITLES, IMPORT_FORMATS, ImportReport, ImportSource
from cuttings.core.importers.report import item_label
from cuttings.ui.core_texts import core_text
from cuttings.ui.tags.completer import TagCompleter, parse_tags

ERROR_STYLE = "color: #d9432f;"


class _WrappedColumn(QStyledItemDelegate):
    """Rows as tall as their text wrapped between words in its column's width (a
    tree view asks a delegate for a row's size without telling it the width)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        pad = option.fontMetrics.averageCharWidth() * 2
        width = max(1, self._view.header().sectionSize(index.column()) - pad)
        text = str(index.data() or "")
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), box.height() + pad // 2))


class ImportSetupDialog(QDialog):
    """Lists the chosen files with their format and item count; asks for tags.

    The files are read in the background by whoever shows the dialog, which
    calls :meth:`show_sources` or :meth:`show_error` when the reading ends.

    Signals:
        format_chosen(object): the format override changed (a format name, or
            None to detect it): the files must be read again.
        import_requested(list, list): Import was pressed: the sources and the
            tag names to add to every clip.
    """

    format_chosen = Signal(object)
    import_requested = Signal(list, list)

    def __init__(
        self, paths: Sequence[Path], known_tags: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportSetupDialog", "Import Clippings"))
        self.setAccessibleName(QCoreApplication.translate("ImportSetupDialog", "Import clippings"))
        self.paths = list(paths)
        self._sources: list[ImportSource] = []
        self.files = QTreeWidget(self)
        self.files.setAccessibleName(
            QCoreApplication.translate("ImportSetupDialog", "Files to import")
        )
        self.files.setHeaderLabels(
            [
                QCoreApplication.translate("ImportSetupDialog", "File"),
                QCoreApplication.translate("ImportSetupDialog", "Format"),
                QCoreApplication.translate("ImportSetupDialog", "Items"),
            ]
        )
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for path in self.paths:
            row = QTreeWidgetItem(
                [path.name, QCoreApplication.translate("ImportSetupDialog", "Reading…"), ""]
            )
            row.setToolTip(0, str(path))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files.addTopLevelItem(row)
        self.status = QLabel(
            QCoreApplication.translate("ImportSetupDialog", "Reading the files…"), self
        )
        self.status.setAccessibleName(
            QCoreApplication.translate("ImportSetupDialog", "Import status")
        )
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(
            QCoreApplication.translate("ImportSetupDialog", "Format of the files")
        )
        self.format_box.addItem(
            QCoreApplication.translate("ImportSetupDialog", "Detect from the content"), None
        )
        for name in IMPORT_FORMATS:
            self.format_box.addItem(core_text(FORMAT_TITLES[name]), name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.tags_field = QLineEdit(self)
        self.tags_field.setAccessibleName(
            QCoreApplication.translate("ImportSetupDialog", "Tags to add to every imported clip")
        )
        self.tags_field.setPlaceholderText(
            QCoreApplication.translate("ImportSetupDialog", "optional: imported, 2024")
        )
        completer = TagCompleter(self.tags_field)
        completer.set_names(known_tags)
        self.tags_field.setCompleter(completer)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportSetupDialog", "&Format:"), self.format_box)
        form.addRow(QCoreApplication.translate("ImportSetupDialog", "Add &tags:"), self.tags_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            QCoreApplication.translate("ImportSetupDialog", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setAccessibleName(
            QCoreApplication.translate("ImportSetupDialog", "Start the import")
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(buttons)
        unit = self.fontMetrics().averageCharWidth()
        self.resize(unit * 90, self.fontMetrics().lineSpacing() * (12 + min(len(self.paths), 10)))

    def chosen_format(self) -> str | None:
        value = self.format_box.currentData()
        return str(value) if value else None

    def _format_changed(self, _index: int) -> None:
        self.import_button.setEnabled(False)
        self._set_status(QCoreApplication.translate("ImportSetupDialog", "Reading the files…"))
        for item in self._rows():
            item.setText(1, QCoreApplication.translate("ImportSetupDialog", "Reading…"))
            item.setText(2, "")
        self.format_chosen.emit(self.chosen_format())

    def show_sources(self, sources: Sequence[ImportSource]) -> None:
        self._sources = list(sources)
        for row, source in enumerate(sources):
            item = self.files.topLevelItem(row)
            if item is None:
                continue
            item.setText(1, core_text(FORMAT_TITLES.get(source.format, source.format)))
            item.setText(2, QLocale().toString(source.count))
        total = sum(source.count for source in sources)
        if total == 0:
            self._set_status(
                QCoreApplication.translate(
                    "ImportSetupDialog", "These files hold no link to import."
                ),
                error=True,
            )
            return
        self._set_status(
            ImportSetupDialog.tr(
                "%Ln item(s) to import. Links without their article are downloaded; "
                "links already in the library are skipped.",
                "",
                total,
            )
        )
        self.import_button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self._sources = []
        for item in self._rows():
            item.setText(1, "")
        self._set_status(message[:1].upper() + message[1:], error=True)

    def _rows(self) -> list[QTreeWidgetItem]:
        items = (self.files.topLevelItem(r) for r in range(self.files.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def accept(self) -> None:
        if not self._sources or not self.import_button.isEnabled():
            return
        super().accept()
        self.import_requested.emit(self._sources, parse_tags(self.tags_field.text()))


class ImportReportDialog(QDialog):
    """What an import did: counts, the failures with their reasons, the report file.

    Signals:
        retry_requested(): Retry Failures was pressed.
        open_report_requested(): Open Report File was pressed.
    """

    retry_requested = Signal()
    open_report_requested = Signal()

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        title = (
            QCoreApplication.translate("ImportReportDialog", "Import Cancelled")
            if report.cancelled
            else QCoreApplication.translate("ImportReportDialog", "Import Finished")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(
            QCoreApplication.translate("ImportReportDialog", "Import summary")
        )
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        lines = [
            QCoreApplication.translate("ImportReportDialog", "Imported: {count}").format(
                count=QLocale().toString(len(report.imported))
            ),
            QCoreApplication.translate(
                "ImportReportDialog", "Skipped as duplicates: {count}"
            ).format(count=QLocale().toString(len(report.duplicates))),
            QCoreApplication.translate("ImportReportDialog", "Failed: {count}").format(
                count=QLocale().toString(len(report.failures))
            ),
        ]
        if report.not_web:
            lines.insert(
                2,
                QCoreApplication.translate(
                    "ImportReportDialog", "Skipped, not web pages (bookmarklets…): {count}"
                ).format(count=QLocale().toString(len(report.not_web))),
            )
        if report.cancelled:
            lines.append(
                QCoreApplication.translate(
                    "ImportReportDialog",
                    "The import was cancelled: Retry Failures imports the rest.",
                )
            )
        self.summary.setText("\n".join(lines))
        self.failures = QTreeWidget(self)
        self.failures.setAccessibleName(
            QCoreApplication.translate("ImportReportDialog", "Failed items")
        )
        self.failures.setHeaderLabels(
            [
                QCoreApplication.translate("ImportReportDialog", "Link"),
                QCoreApplication.translate("ImportReportDialog", "Reason"),
            ]
        )
        self.failures.setRootIsDecorated(False)
        # Reasons wrap between words (a link, without spaces, is elided in its middle).
        self.failures.setWordWrap(True)
        self.failures.setItemDelegateForColumn(1, _WrappedColumn(self.failures))
        self.failures.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.failures.header().resizeSection(0, self.fontMetrics().averageCharWidth() * 55)
        # In file order; a few thousand rows at most are worth showing, the file has them all.
        outcomes = sorted(report.failures, key=lambda o: (o.item.source, o.item.position))
        for outcome in outcomes[:5000]:
            link = outcome.item.url or QCoreApplication.translate("ImportReportDialog", "(no link)")
            row = QTreeWidgetItem([link, outcome.reason])
            row.setToolTip(0, "\n".join(filter(None, (link, item_label(outcome.item)))))
            row.setToolTip(1, outcome.reason)
            self.failures.addTopLevelItem(row)
        self.failures.setVisible(bool(report.failures))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button: QPushButton = buttons.addButton(
            QCoreApplication.translate("ImportReportDialog", "&Open Report File"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_button.setAccessibleName(
            QCoreApplication.translate("ImportReportDialog", "Open the import report file")
        )
        self.open_button.setEnabled(report.path is not None)
        self.retry_button: QPushButton = buttons.addButton(
            QCoreApplication.translate("ImportReportDialog", "&Retry Failures"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.retry_button.setAccessibleName(
            QCoreApplication.translate("ImportReportDialog", "Retry the failed items")
        )
        self.retry_button.setEnabled(bool(report.failures))
        self.open_button.clicked.connect(self.open_report_requested)
        self.retry_button.clicked.connect(self._retry)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures, 1)
        layout.addWidget(buttons)
        unit = self.fontMetrics().averageCharWidth()
        lines_high = 8 + (min(len(report.failures), 12) + 2 if report.failures else 0)
        self.resize(unit * 100, self.fontMetrics().lineSpacing() * lines_high)

    def _retry(self) -> None:
        self.retry_button.setEnabled(False)
        self.accept()
        self.retry_requested.emit()
