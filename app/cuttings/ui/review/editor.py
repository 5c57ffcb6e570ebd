"""The press-review editor: details, sections and clips, per-clip options, a preview.

Every change is written at once through :class:`LibraryOp` (one write per
edit; typing is debounced) and the tree and preview follow the library's
change signal.  The preview is the HTML export in a ``QTextBrowser``.
"""

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.changes import EditionEdit, LibraryChange
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.review.document import gather
from cuttings.core.review.html import write_html
from cuttings.core.review.models import Edition
from cuttings.core.review.store import MAX_LOGO_BYTES
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.review.exporting import ReviewExport
from cuttings.ui.review.tree import ENTRY, SECTION, EditionTree

_DEBOUNCE_MS = 600


def _load(library: Library, edition_id: int) -> tuple[Edition, dict[int, Clip], str]:
    """The edition, its clips (no bodies) and the preview HTML: read off the GUI thread."""
    edition = library.edition(edition_id)
    clips = {c.id: c for c in library.get_many([e.clip_id for e in edition.entries])}
    out = io.StringIO()
    write_html(gather(library, edition_id), out)
    return edition, clips, out.getvalue()


class ReviewEditor(QDialog):
    """Edits one edition; non-modal, one per edition."""

    def __init__(self, ops: Operations, edition_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.edition_id = edition_id
        self.edition: Edition | None = None
        self.clips: dict[int, Clip] = {}
        self._summary_entry: int | None = None  # the entry the summary being typed is for
        self.setWindowTitle(QCoreApplication.translate("ReviewEditor", "Press Review"))
        self.resize(1100, 720)
        self._build()
        self._connect()
        ops.events.changed.connect(self._library_changed)
        # A closed editor is kept (a reload or an export may still call back) but
        # no longer follows the library.
        self.finished.connect(lambda _code: ops.events.changed.disconnect(self._library_changed))
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title_field = QLineEdit(self)
        self.name_field = QLineEdit(self)
        self.date_field = QDateEdit(self)
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat("yyyy-MM-dd")
        self.logo_label = QLabel(QCoreApplication.translate("ReviewEditor", "No logo"), self)
        self.logo_button = QPushButton(
            QCoreApplication.translate("ReviewEditor", "Choose Logo…"), self
        )
        self.logo_clear = QPushButton(
            QCoreApplication.translate("ReviewEditor", "Remove Logo"), self
        )
        logo_row = QHBoxLayout()
        for widget in (self.logo_label, self.logo_button, self.logo_clear):
            logo_row.addWidget(widget)
        self.highlights_field = QPlainTextEdit(self)
        self.highlights_field.setPlaceholderText(
            QCoreApplication.translate("ReviewEditor", "In evidenza: the day's main stories")
        )
        self.highlights_field.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ReviewEditor", "&Title:"), self.title_field)
        form.addRow(QCoreApplication.translate("ReviewEditor", "&Name:"), self.name_field)
        form.addRow(QCoreApplication.translate("ReviewEditor", "&Date:"), self.date_field)
        form.addRow(QCoreApplication.translate("ReviewEditor", "Logo:"), logo_row)
        form.addRow(
            QCoreApplication.translate("ReviewEditor", "&In evidenza:"), self.highlights_field
        )

        self.tree = EditionTree(self)
        self.add_section_button = QPushButton(
            QCoreApplication.translate("ReviewEditor", "Add Section…"), self
        )
        self.rename_section_button = QPushButton(
            QCoreApplication.translate("ReviewEditor", "Rename…"), self
        )
        self.remove_button = QPushButton(QCoreApplication.translate("ReviewEditor", "Remove"), self)
        tree_buttons = QHBoxLayout()
        for button in (self.add_section_button, self.rename_section_button, self.remove_button):
            tree_buttons.addWidget(button)
        self.summary_field = QPlainTextEdit(self)
        self.summary_field.setPlaceholderText(
            QCoreApplication.translate("ReviewEditor", "A short summary of the selected clip")
        )
        self.summary_field.setMaximumHeight(80)
        self.full_text_box = QCheckBox(
            QCoreApplication.translate(
                "ReviewEditor", "Include the full text (else headline and summary)"
            ),
            self,
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)
        left_layout.addWidget(self.summary_field)
        left_layout.addWidget(self.full_text_box)

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(QCoreApplication.translate("ReviewEditor", "Preview"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([500, 600])

        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(QCoreApplication.translate("ReviewEditor", "Letter"), "Letter")
        self.export_buttons = {
            fmt: QPushButton(
                QCoreApplication.translate("ReviewEditor", "Export {format}…").format(
                    format=fmt.upper()
                ),
                self,
            )
            for fmt in ("pdf", "docx", "html")
        }
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ReviewEditor", "Cancel Export"), self
        )
        self.cancel_button.hide()
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(QCoreApplication.translate("ReviewEditor", "Page size:"), self))
        bottom.addWidget(self.page_size)
        for button in self.export_buttons.values():
            bottom.addWidget(button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.export = ReviewExport(self.ops, self)
        self._highlights_timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._summary_timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._reload_timer = QTimer(self, singleShot=True, interval=100)

    def _connect(self) -> None:
        self.title_field.editingFinished.connect(self._save_title)
        self.name_field.editingFinished.connect(self._save_name)
        self.date_field.dateChanged.connect(self._save_date)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(
            lambda: self._write(lambda lib: lib.update_edition(self.edition_id, clear_logo=True))
        )
        self.highlights_field.textChanged.connect(self._highlights_timer.start)
        self._highlights_timer.timeout.connect(self._save_highlights)
        self.summary_field.textChanged.connect(self._summary_edited)
        self._summary_timer.timeout.connect(self._save_summary)
        self.full_text_box.toggled.connect(self._save_full_text)
        self.tree.arranged.connect(self._save_layout)
        self.tree.currentItemChanged.connect(lambda *_: self._show_entry())
        self.add_section_button.clicked.connect(self._add_section)
        self.rename_section_button.clicked.connect(self._rename_section)
        self.remove_button.clicked.connect(self._remove)
        self._reload_timer.timeout.connect(self.reload)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, f=fmt: self._export(f))
        self.export.progress.connect(self._export_progress)
        self.export.finished.connect(self._export_finished)
        self.cancel_button.clicked.connect(self.export.cancel)

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        library, edition_id = self.ops.library, self.edition_id
        QueryOp(self.ops, lambda _task: _load(library, edition_id)).success(self._show).run()

    def _show(self, loaded: tuple[Edition, dict[int, Clip], str]) -> None:
        edition, clips, html = loaded
        first = self.edition is None
        self.edition = edition
        self.clips = clips
        self.setWindowTitle(
            QCoreApplication.translate("ReviewEditor", "Press Review — {title}").format(
                title=edition.title
            )
        )
        if first:
            for field, value in (
                (self.title_field, edition.title),
                (self.name_field, edition.name),
            ):
                field.setText(value)
            self.date_field.blockSignals(True)
            self.date_field.setDate(QDate(edition.date.year, edition.date.month, edition.date.day))
            self.date_field.blockSignals(False)
            self.highlights_field.blockSignals(True)
            self.highlights_field.setPlainText(edition.highlights)
            self.highlights_field.blockSignals(False)
        self.logo_label.setText(
            QCoreApplication.translate("ReviewEditor", "Logo: {size} KB").format(
                size=len(edition.logo) // 1024 or 1
            )
            if edition.logo
            else QCoreApplication.translate("ReviewEditor", "No logo")
        )
        self.logo_clear.setEnabled(edition.logo is not None)
        self.tree.show_edition(edition, clips)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)
        self._show_entry()

    def _library_changed(self, change: LibraryChange) -> None:
        if change.editions_changed or change.removed or change.updated or change.reload:
            self._reload_timer.start()

    def _current_entry(self) -> tuple[int, str, bool] | None:
        """The selected entry: its id, summary and whether it prints its full text."""
        key = self.tree.current_key()
        if key is None or key[0] != ENTRY or self.edition is None:
            return None
        for entry in self.edition.entries:
            if entry.id == key[1]:
                return entry.id, entry.summary, entry.full_text
        return None

    def _show_entry(self) -> None:
        entry = self._current_entry()
        self.summary_field.setEnabled(entry is not None)
        self.full_text_box.setEnabled(entry is not None)
        key = self.tree.current_key()
        self.rename_section_button.setEnabled(key is not None and key[0] == SECTION)
        self.remove_button.setEnabled(key is not None)
        if entry is None or self.summary_field.hasFocus():
            return
        self._summary_entry = entry[0]
        for widget, apply in (
            (self.summary_field, lambda: self.summary_field.setPlainText(entry[1])),
            (self.full_text_box, lambda: self.full_text_box.setChecked(entry[2])),
        ):
            widget.blockSignals(True)
            apply()
            widget.blockSignals(False)

    # -- writing -----------------------------------------------------------------------

    def _write(self, op: Callable[[Library], EditionEdit]) -> None:
        LibraryOp(self.ops, op).run()

    def _save_title(self) -> None:
        if self.edition is not None and self.title_field.text().strip() != self.edition.title:
            title = self.title_field.text()
            self._write(lambda lib: lib.update_edition(self.edition_id, title=title))

    def _save_name(self) -> None:
        if self.edition is not None and self.name_field.text().strip() != self.edition.name:
            name = self.name_field.text()
            self._write(lambda lib: lib.update_edition(self.edition_id, name=name))

    def _save_date(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day())
        self._write(lambda lib: lib.update_edition(self.edition_id, day=day))

    def _save_highlights(self) -> None:
        text = self.highlights_field.toPlainText()
        self._write(lambda lib: lib.update_edition(self.edition_id, highlights=text))

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ReviewEditor", "Choose a Logo"),
            "",
            QCoreApplication.translate("ReviewEditor", "Images (*.png *.jpg *.jpeg *.gif)"),
        )
        if not path:
            return
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_LOGO_BYTES + 1)
        except OSError as exc:
            self.status.setText(
                QCoreApplication.translate("ReviewEditor", "Cannot read {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return
        self._write(lambda lib: lib.update_edition(self.edition_id, logo=data))

    def _summary_edited(self) -> None:
        entry = self._current_entry()
        if entry is not None:
            self._summary_entry = entry[0]
            self._summary_timer.start()

    def _save_summary(self) -> None:
        entry_id, text = self._summary_entry, self.summary_field.toPlainText()
        if entry_id is not None:
            self._write(lambda lib: lib.update_entry(entry_id, summary=text))

    def _save_full_text(self, checked: bool) -> None:
        entry = self._current_entry()
        if entry is not None:
            self._write(lambda lib: lib.update_entry(entry[0], full_text=checked))

    def _save_layout(self) -> None:
        layout = self.tree.layout()
        self._write(lambda lib: lib.arrange(self.edition_id, layout))

    def _add_section(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ReviewEditor", "Add Section"),
            QCoreApplication.translate("ReviewEditor", "Section title:"),
        )
        if ok and title.strip():
            self._write(lambda lib: lib.add_section(self.edition_id, title))

    def _rename_section(self) -> None:
        key = self.tree.current_key()
        if key is None or key[0] != SECTION:
            return
        item = self.tree.currentItem()
        title, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ReviewEditor", "Rename Section"),
            QCoreApplication.translate("ReviewEditor", "Section title:"),
            text=item.text(0),
        )
        if ok and title.strip():
            self._write(lambda lib: lib.rename_section(key[1], title))

    def _remove(self) -> None:
        key = self.tree.current_key()
        if key is None:
            return
        kind, item_id = key
        if kind == SECTION:
            self._write(lambda lib: lib.delete_section(item_id))
        else:
            self._write(lambda lib: lib.remove_entries([item_id]))

    # -- exporting ---------------------------------------------------------------------

    def _export(self, fmt: str) -> None:
        if self.export.task is not None or self.edition is None:
            return
        size = self.page_size.currentData()
        self.export.ask_and_start(self, self.edition_id, fmt, self.edition.title, size)
        if self.export.task is not None:
            self._exporting(True)

    def _exporting(self, running: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setValue(0)

    def _export_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _export_finished(self, message: str) -> None:
        self._exporting(False)
        self.status.setText(message)
