"""Reading states, the trash and saved searches in the window: the sidebar's places and
tag filter, the actions that mark clips, marking a clip read once it has been open a while.

:class:`StatesController` is made once by the main window, which asks it what to add to
each query (:meth:`StatesController.query_parts`) and tells it when the library changed.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QInputDialog, QLineEdit, QMenu, QVBoxLayout

from cuttings.core.changes import StateEdit
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.saved_searches import SavedSearch
from cuttings.core.search.query import Or, Query, TagFilter, format_query
from cuttings.core.states import StateCounts
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.settings import app_settings
from cuttings.ui.states.places import TRASH_SCOPE, PlacesList
from cuttings.ui.states.trash import TrashFlow
from cuttings.ui.timeline.model import TimelineRole

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow
    from cuttings.ui.states.dialogs import SaveSearchDialog

# How long a clip stays open in the reader before it counts as read.
MARK_READ_DELAY_MS = 3000
MARK_READ_SETTING = "reading/mark_read_when_opened"


class StatesController(QObject):
    """The places (``places``), the tag filter box and "any tag" toggle, the state actions
    (``act_*``), the trash (``trash``) and saved searches; no signals of its own."""

    def __init__(self, ops: Operations, window: "MainWindow", layout: QVBoxLayout) -> None:
        super().__init__(window)
        self._ops = ops
        self._window = window
        self.trash = TrashFlow(ops, window)
        self.places = PlacesList(window)
        self.tag_filter = QLineEdit(window)
        self.tag_filter.setPlaceholderText(
            QCoreApplication.translate("StatesController", "Filter tags")
        )
        self.tag_filter.setAccessibleName(
            QCoreApplication.translate("StatesController", "Filter tags")
        )
        self.tag_filter.setClearButtonEnabled(True)
        self.any_tag = QCheckBox(
            QCoreApplication.translate("StatesController", "Any selected tag"), window
        )
        self.any_tag.setToolTip(
            QCoreApplication.translate(
                "StatesController", "Show clips with any of the selected tags, not all of them"
            )
        )
        # Above the "Tags" label and its list, then the filter box and the toggle over the list.
        layout.insertWidget(0, self.places)
        layout.insertWidget(2, self.tag_filter)
        layout.insertWidget(3, self.any_tag)
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.timeout.connect(self._mark_open_clip_read)
        self.mark_read_delay_ms = MARK_READ_DELAY_MS
        self._open_clip: int | None = None  # the unread clip open, since _opened
        self._opened = QElapsedTimer()
        self._dialog: SaveSearchDialog | QInputDialog | None = None
        self._tags_hidden = False  # the tag filter box has hidden some of the sidebar's rows
        self._build_actions()
        self._connect()

    # -- what the timeline shows -------------------------------------------------------

    def scope(self) -> str:
        return self.places.scope()

    def in_trash(self) -> bool:
        return self.places.scope() == TRASH_SCOPE

    def place_name(self) -> str:
        place = self.places.current_place()
        return place.name if place is not None else ""

    def query_parts(self, tags: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """The scope of a query (the place, and the tags when any of them will do) and
        the tags it requires all of."""
        scope = self.places.scope()
        if self.any_tag.isChecked() and len(tags) > 1:
            either = format_query(Query(Or(tuple(TagFilter(name) for name in tags))))
            return (f"({scope}) {either}" if scope else either), ()
        return scope, tags

    # -- building ------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Letters act only in the timeline, so that text fields keep them.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._window.timeline.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_read = self._action(
            QCoreApplication.translate("StatesController", "Mark &Read / Unread"),
            self.toggle_read,
            "U",
        )
        self.act_star = self._action(
            QCoreApplication.translate("StatesController", "&Star / Unstar"), self.toggle_star, "S"
        )
        self.act_archive = self._action(
            QCoreApplication.translate("StatesController", "&Archive / Unarchive"),
            self.toggle_archive,
            "E",
        )
        self.act_restore = self._action(
            QCoreApplication.translate("StatesController", "Restore from &Trash"),
            self.restore_selected,
        )
        self.act_restore.setEnabled(False)  # in the Trash only
        self.act_empty = QAction(
            QCoreApplication.translate("StatesController", "&Empty Trash…"), self._window
        )
        self.act_empty.triggered.connect(self.trash.ask_empty)
        self.act_save = QAction(
            QCoreApplication.translate("StatesController", "Save &Search…"), self._window
        )
        self.act_save.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_save.triggered.connect(self.ask_save)
        self._window.addAction(self.act_save)
        self.act_auto_read = QAction(
            QCoreApplication.translate("StatesController", "Mark Clips Read When &Opened"),
            self._window,
        )
        self.act_auto_read.setCheckable(True)
        self.act_auto_read.setChecked(
            bool(app_settings().value(MARK_READ_SETTING, True, type=bool))
        )
        self.act_auto_read.toggled.connect(self._auto_read_toggled)
        bar = self._window.menuBar()
        menu = QMenu(QCoreApplication.translate("StatesController", "&Clip"), bar)
        for action in (self.act_read, self.act_star, self.act_archive):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_restore)
        menu.addAction(self.act_empty)
        menu.addSeparator()
        menu.addAction(self.act_save)
        menu.addSeparator()
        menu.addAction(self.act_auto_read)
        # Before Tools (the last two menus are Tools and Help).
        bar.insertMenu(bar.actions()[-2], menu)
        self.menu = menu

    def _connect(self) -> None:
        window = self._window
        self.places.place_changed.connect(self._place_changed)
        self.places.rename_requested.connect(self.ask_rename)
        self.places.edit_requested.connect(self.ask_edit)
        self.places.delete_requested.connect(self.delete_saved)
        self.places.empty_trash_requested.connect(self.trash.ask_empty)
        # A saved search renamed while shown: the count line names it anew.
        self.places.place_model.modelReset.connect(window.count_label.refresh)
        self.any_tag.toggled.connect(lambda _on: window._apply_query())
        self.tag_filter.textChanged.connect(self._filter_tags)
        window.sidebar.tag_model.modelReset.connect(self._filter_tags)
        window.sidebar.tag_model.rowsInserted.connect(self._filter_tags)
        # "All clips" leaves the place too: the whole library.
        window.sidebar.pressed.connect(
            lambda index: self.places.choose("") if index.row() == 0 else None
        )
        window.reader.browser.clip_shown.connect(self._clip_shown)
        window.clipper.found_in_trash.connect(self.trash.ask_restore)
        self.trash.restored.connect(lambda clip_id: window._clip_ready(clip_id, True))

    def start(self) -> None:
        """Once the window is up: the counts, and emptying what has been in the trash 30 days."""
        self.refresh_counts()
        self.trash.empty_old()

    # -- counts ---------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        library = self._ops.library

        def counts(_task: object) -> tuple[StateCounts, list[tuple[SavedSearch, int]]]:
            saved = []
            for search in library.saved_searches():
                try:
                    saved.append((search, library.saved_search_count(search)))
                except CuttingsError:  # its query no longer reads: shown, with nothing
                    saved.append((search, 0))
            return library.state_counts(), saved

        model = self.places.place_model
        QueryOp(self._ops, counts).success(lambda result: model.set_counts(*result)).run()

    def _place_changed(self, scope: str) -> None:
        self.act_restore.setEnabled(scope == TRASH_SCOPE)
        place = self.places.current_place()
        if place is not None and place.saved is not None:
            self._window.search_bar.show_order(place.saved.sort)
        self._window._apply_query()

    def _filter_tags(self) -> None:
        """Hide the tags whose name does not contain the filter's text ("All clips" stays)."""
        text = self.tag_filter.text().casefold().strip()
        if not text and not self._tags_hidden:
            return  # nothing to show again: a call per tag (2,000) took 20 ms per refresh
        sidebar = self._window.sidebar
        for row, name in enumerate(sidebar.tag_model.names(), start=1):
            sidebar.setRowHidden(row, bool(text) and text not in name.casefold())
        self._tags_hidden = bool(text)

    # -- marking -----------------------------------------------------------------------------

    def _current_state_flag(self, flag: str) -> bool | None:
        index = self._window.timeline.currentIndex()
        clip = index.data(TimelineRole.CLIP) if index.isValid() else None
        return None if clip is None else bool(getattr(clip.state, flag))

    def toggle_read(self) -> None:
        unread = self._current_state_flag("unread")
        if unread is not None:
            self.mark(
                QCoreApplication.translate("StatesController", "Mark Read")
                if unread
                else QCoreApplication.translate("StatesController", "Mark Unread"),
                read=unread,
            )

    def toggle_star(self) -> None:
        starred = self._current_state_flag("starred")
        if starred is not None:
            self.mark(
                QCoreApplication.translate("StatesController", "Unstar")
                if starred
                else QCoreApplication.translate("StatesController", "Star"),
                starred=not starred,
            )

    def toggle_archive(self) -> None:
        archived = self._current_state_flag("archived")
        if archived is not None:
            self.mark(
                QCoreApplication.translate("StatesController", "Unarchive")
                if archived
                else QCoreApplication.translate("StatesController", "Archive"),
                archived=not archived,
            )

    def mark(self, text: str, **states: bool) -> None:
        """Mark the selected clips (any number): one step to undo."""
        ids = self._window.timeline.selected_ids()
        if not ids:
            return

        def done(edit: StateEdit) -> None:
            if not edit.change.is_empty:
                revert = Library.revert_state_edit
                self._window.editor.history.push(text, edit, undo=revert, redo=revert)

        LibraryOp(self._ops, lambda library: library.mark(ids, **states)).success(done).run()

    def restore_selected(self) -> None:
        ids = self._window.timeline.selected_ids()
        if ids:
            self.trash.restore(ids)

    def _clip_shown(self, clip: Clip | None) -> None:
        """Time how long a clip stays open in the reader: long enough, and it is read.

        In *Unread* the clip is marked when the next one opens, not while it
        is read: marked at once, it would leave the list under the reader.
        The reader's clip has its state: the timeline's row is not read for it
        (after End, that row's block is not read yet).
        """
        if clip is None or clip.id == self._open_clip:
            return  # the clip shown again (a refresh, an edit): still the same reading
        self._read_timer.stop()
        left, opened = self._open_clip, self._opened
        long_enough = opened.isValid() and opened.elapsed() >= self.mark_read_delay_ms
        if left is not None and long_enough and self._in_unread():
            self._mark_read(left)
        self._open_clip = None
        if self.act_auto_read.isChecked() and clip.state.unread:
            self._open_clip = clip.id
            self._opened.start()
            if not self._in_unread():
                self._read_timer.start(self.mark_read_delay_ms)

    def stop(self) -> None:
        """The window is closing: no clip is marked read after this."""
        self._read_timer.stop()
        self._open_clip = None

    def _auto_read_toggled(self, on: bool) -> None:
        app_settings().setValue(MARK_READ_SETTING, on)
        if not on:
            self._read_timer.stop()
            self._open_clip = None

    def _in_unread(self) -> bool:
        return "is:unread" in self.places.scope()

    def _mark_open_clip_read(self) -> None:
        clip_id = self._window.reader.clip_id()
        if clip_id is not None and clip_id == self._window.timeline.current_id():
            self._mark_read(clip_id)

    def _mark_read(self, clip_id: int) -> None:
        """No undo step: reading is not an edit."""
        LibraryOp(self._ops, lambda library: library.mark([clip_id], read=True)).run()

    # -- saved searches ---------------------------------------------------------------------

    def ask_save(self) -> "SaveSearchDialog":
        """Save what the timeline shows: the place and the search, the tags, the order."""
        window = self._window
        scope = self.places.scope()
        current = self.places.current_place()
        if current is not None and current.saved is not None:
            scope = current.saved.query  # within a saved search: its own query, not its tags
        text = window.search_bar.text().strip()
        query = f"({scope}) {text}" if scope and text else scope or text
        tags = tuple(window.sidebar.current_filter())
        search = SavedSearch("", query, tags, self.any_tag.isChecked(), window.search_bar.order)
        from cuttings.ui.states.dialogs import SaveSearchDialog  # on first use

        return self._open_dialog(SaveSearchDialog(search, window))

    def ask_edit(self, search: SavedSearch) -> "SaveSearchDialog":
        from cuttings.ui.states.dialogs import SaveSearchDialog

        return self._open_dialog(SaveSearchDialog(search, self._window, replacing=search.name))

    def _open_dialog(self, dialog: "SaveSearchDialog") -> "SaveSearchDialog":
        dialog.search_saved.connect(self.save)
        dialog.open()
        self._dialog = dialog
        return dialog

    def save(self, search: SavedSearch, replacing: str | None = None) -> None:
        # The sidebar reads its entries again on the change (tags_changed).
        def saved(_change: object) -> None:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "StatesController", "Saved search “{name}” saved"
                ).format(name=search.name),
                5000,
            )

        (
            LibraryOp(self._ops, lambda library: library.save_search(search, replacing=replacing))
            .success(saved)
            .run()
        )

    def ask_rename(self, search: SavedSearch) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(QCoreApplication.translate("StatesController", "Rename Saved Search"))
        dialog.setLabelText(
            QCoreApplication.translate("StatesController", "New name for “{name}”:").format(
                name=search.name
            )
        )
        dialog.setTextValue(search.name)
        dialog.textValueSelected.connect(
            lambda new: self.save(
                SavedSearch(new, search.query, search.tags, search.tags_any, search.sort),
                search.name,
            )
        )
        dialog.open()
        self._dialog = dialog
        return dialog

    def delete_saved(self, search: SavedSearch) -> None:
        LibraryOp(self._ops, lambda library: library.delete_saved_search(search.name)).run()
