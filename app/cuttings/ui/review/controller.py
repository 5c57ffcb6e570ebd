"""Press reviews in the main window: the editions list, the Review menu, the editors."""

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from cuttings.core.changes import EditionEdit, LibraryChange
from cuttings.core.library import Library
from cuttings.core.review.models import EditionSummary
from cuttings.core.review.plans import (
    clips_for_query,
    quoted,
    review_query,
    sections_from_tags,
    single_section,
)
from cuttings.core.review.store import SectionPlan
from cuttings.ui.operations import LibraryOp, QueryOp
from cuttings.ui.review.sidebar import ReviewList

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow
    from cuttings.ui.review.editor import ReviewEditor


def default_title(day: date) -> str:
    return QCoreApplication.translate("review.controller", "Press review {date}").format(
        date=day.isoformat()
    )


class ReviewController(QObject):
    """The editions list (``list``, under ``label``), the Review menu and one editor
    per open edition."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.label = QLabel(QCoreApplication.translate("ReviewController", "Press Reviews"), window)
        margin = window.fontMetrics().height() // 2
        self.label.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.list = ReviewList(window)
        self.label.setBuddy(self.list)
        self.editors: dict[int, ReviewEditor] = {}
        self.list.open_requested.connect(self.open_editor)
        self.list.duplicate_requested.connect(self.duplicate)
        self.list.delete_requested.connect(self.ask_delete)
        self.ops.events.changed.connect(self._library_changed)
        # No room taken before the window's first refresh finds an edition.
        self.label.hide()
        self.list.hide()

    def fill_menu(self, menu: QMenu) -> None:
        for text, slot in (
            (
                QCoreApplication.translate("ReviewController", "New Review from &Selection"),
                self.new_from_selection,
            ),
            (
                QCoreApplication.translate("ReviewController", "New Review from Current &Search"),
                self.new_from_search,
            ),
            (
                QCoreApplication.translate("ReviewController", "New Review by &Tags of the Search"),
                lambda: self.new_from_search(by_tags=True),
            ),
            (QCoreApplication.translate("ReviewController", "New &Empty Review"), self.new_empty),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        library = self.ops.library
        QueryOp(self.ops, lambda _task: library.editions()).success(self._show_editions).run()

    def _show_editions(self, editions: list[EditionSummary]) -> None:
        # No room taken in the sidebar before the first review (the Review menu makes one).
        self.list.show_editions(editions)
        self.label.setVisible(bool(editions))
        self.list.setVisible(bool(editions))

    def _library_changed(self, change: LibraryChange) -> None:
        # Deleting clips deletes their entries (the counts move); an import of a
        # Cuttings export adds the editions it carries along with its clips.
        if change.editions_changed or change.removed or change.added or change.reload:
            self.refresh()

    # -- making editions -------------------------------------------------------------------

    def new_from_selection(self) -> None:
        ids = self.window.timeline.selected_ids()
        if not ids:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ReviewController", "Select the clips for the review first"
                ),
                5000,
            )
            return
        self._create(lambda lib: single_section(lib.get_many(ids)))

    def new_from_search(self, by_tags: bool = False) -> None:
        terms = [self.window.search_field.text().strip()]
        terms += [f"tag:{quoted(name)}" for name in self.window.sidebar.current_filter()]
        query = review_query(query=" ".join(t for t in terms if t))

        def plan(lib: Library) -> list[SectionPlan]:
            clips = clips_for_query(lib, query)
            return sections_from_tags(clips) if by_tags else single_section(clips)

        self._create(plan)

    def new_empty(self) -> None:
        self._create(lambda _lib: [])

    def _create(self, plan: Callable[[Library], Sequence[SectionPlan]]) -> None:
        today = date.today()

        def write(lib: Library) -> EditionEdit:
            sections = plan(lib)
            return lib.create_edition(default_title(today), day=today, sections=sections)

        LibraryOp(self.ops, write).success(lambda edit: self.open_editor(edit.edition_id)).run()

    def duplicate(self, edition_id: int) -> None:
        LibraryOp(self.ops, lambda lib: lib.duplicate_edition(edition_id)).success(
            lambda edit: self.open_editor(edit.edition_id)
        ).run()

    def ask_delete(self, edition_id: int) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ReviewController", "Delete Press Review"),
            QCoreApplication.translate(
                "ReviewController", "Delete this press review? Its clips stay in the library."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(QCoreApplication.translate("ReviewController", "Delete Review"))
        box.buttonClicked.connect(lambda button: self.delete(edition_id) if button is yes else None)
        box.open()
        return box

    def delete(self, edition_id: int) -> None:
        editor = self.editors.pop(edition_id, None)
        if editor is not None:
            editor.close()
        LibraryOp(self.ops, lambda lib: lib.delete_edition(edition_id)).run()

    # -- editors ---------------------------------------------------------------------------

    def open_editor(self, edition_id: int) -> "ReviewEditor":
        editor = self.editors.get(edition_id)
        if editor is None:
            # The editor (its tree, preview and exports) is imported when first opened.
            from cuttings.ui.review.editor import ReviewEditor

            editor = ReviewEditor(self.ops, edition_id, self.window)
            editor.finished.connect(lambda _code: self.editors.pop(edition_id, None))
            self.editors[edition_id] = editor
        editor.show()
        editor.raise_()
        return editor
