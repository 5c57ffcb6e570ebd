"""The main window: builds clip bar, tags, timeline, reader and activity, and wires them.

What the window does lives beside it: edits and their undo in
:mod:`~cuttings.ui.editing`, the search bar in :mod:`~cuttings.ui.searchbar`,
Go to Date in :mod:`~cuttings.ui.gotodate`, noticing other processes' writes in
:mod:`~cuttings.ui.watching`.  Every view updates from the core's
:class:`LibraryChange` in one place, :meth:`MainWindow._library_changed`.
"""

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cuttings import APP_NAME
from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library, SortOrder
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.boxes import show_about, show_bug
from cuttings.ui.browser import open_in_browser
from cuttings.ui.changes import LibraryEvents
from cuttings.ui.citation import Citations
from cuttings.ui.clipping.controller import ClipController, FetchArticle
from cuttings.ui.clipping.dock import ActivityDock
from cuttings.ui.clipping.intake import LinkIntake
from cuttings.ui.clipping.pages import PageIntake
from cuttings.ui.clipping.panel import ActivityPanel
from cuttings.ui.editing import Editor
from cuttings.ui.gotodate import DateJumper
from cuttings.ui.highlights.controller import HighlightsController
from cuttings.ui.media import MediaFlow
from cuttings.ui.menus import build_actions, build_menus
from cuttings.ui.operations import Operations
from cuttings.ui.porting.maintenance import MaintenanceFlow
from cuttings.ui.porting.paths import ask_library_path
from cuttings.ui.reader.follow import PreparedPage, ReaderFollower
from cuttings.ui.reader.look import ReaderLook
from cuttings.ui.reader.view import ReaderPanel
from cuttings.ui.refetch import Refetcher
from cuttings.ui.resources import app_icon
from cuttings.ui.review.controller import ReviewController
from cuttings.ui.searchbar import SEARCH_ORDERS, SearchBar
from cuttings.ui.settings import app_settings, library_key, restore_layout, save_layout
from cuttings.ui.states.controller import StatesController
from cuttings.ui.tags.refresh import TagListRefresher
from cuttings.ui.tags.sidebar import TagSidebar
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.countline import CountLine
from cuttings.ui.timeline.model import TimelineModel, TimelineRole
from cuttings.ui.timeline.view import TimelineView
from cuttings.ui.versions.bar import VersionBar
from cuttings.ui.versions.checker import ChangeChecker
from cuttings.ui.watching import LibraryWatcher

if TYPE_CHECKING:
    from cuttings.ui.porting.exporting import ExportFlow
    from cuttings.ui.porting.importing import ImportFlow

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One library in one window.

    Signals:
        open_library_requested(Path): the user chose another library file.
        first_rows_painted(): the timeline has painted its first rows.
    """

    open_library_requested = Signal(Path)
    first_rows_painted = Signal()

    def __init__(
        self,
        library: Library,
        *,
        runner: TaskRunner | None = None,
        fetch: FetchArticle | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner or TaskRunner(self)
        self.runner.setParent(self)
        self.events = LibraryEvents(self)
        self.ops = Operations(library, self.runner, self.events, self)
        self.clipper = ClipController(self.ops, fetch, self)
        # Re-checks of clips (issue 16): rows in the activity panel, and the schedule.
        self.checker = ChangeChecker(self.ops, self.clipper.activity, parent=self)
        self.pages = PageIntake(
            self.clipper,
            self,
            lambda: self.intake.next_tags(),
            lambda message: self.statusBar().showMessage(message, 8000),
        )
        self._fetch = fetch
        # Import and export bring the whole pipeline (feeds, extraction, every
        # format): made on first use, so the window opens without loading them.
        self._importer: ImportFlow | None = None
        self._exporter: ExportFlow | None = None
        self.maintenance = MaintenanceFlow(self.ops, self)
        self.media = MediaFlow(self.ops, self)
        self.editor = Editor(self.ops, self)
        self.dates = DateJumper(self)
        self.watcher = LibraryWatcher(library, self.events, self)
        self._closed = False
        self._wanted_row: int | None = None
        self._placing_row = False  # _after_load selects the row of a list just in
        self._bug_reported = False
        self._settings_key = library_key(library.path)

        self.setWindowTitle(f"{library.path.stem} — {APP_NAME}")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setAccessibleName(
            QCoreApplication.translate("MainWindow", "{APP_NAME} main window").format(
                APP_NAME=APP_NAME
            )
        )

        self._build_views()
        # Issue 17's reader comforts (ui/reader/look.py, ui/citation.py, ui/refetch.py).
        self.reader_look = ReaderLook(self.reader.browser, self)
        self.citations = Citations(library, self.timeline.selected_ids, self)
        self.refetcher = Refetcher(self.ops, fetch, self.timeline.selected_ids, self)
        # The library's pictures, or an older version's while the version bar shows one.
        self.reader.browser.set_picture_source(self.version_bar.pictures)
        self.reader_follower = ReaderFollower(
            self.ops, self._show_in_reader, self._show_page, self.reader.browser.picture_fit, self
        )
        self._build_toolbar()
        self.highlights = HighlightsController(self)
        build_actions(self)
        build_menus(self)
        self.states = StatesController(self.ops, self, self.sidebar_layout)
        self._build_status_bar()
        self._connect()
        self._restore_settings()
        self.timeline_model.set_query(TimelineQuery(order=self._sort_order))
        self.watcher.start()
        self.checker.start_schedule()
        self.after_first_rows(self._fill_sidebar)

    # -- building -------------------------------------------------------------------

    def after_first_rows(self, start: Callable[[], None], fallback_ms: int = 2000) -> None:
        """Call ``start`` once, a turn after the timeline has painted its first rows (or
        after ``fallback_ms``, should it not paint: minimised); never once closed."""
        started: list[bool] = []

        def once() -> None:
            if not started and not self._closed:
                started.append(True)
                start()

        # Queued after the paint, not run inside it.
        self.first_rows_painted.connect(lambda: QTimer.singleShot(0, self, once))
        QTimer.singleShot(fallback_ms, self, once)

    def _fill_sidebar(self) -> None:
        """The tags and their counts, the reading states' counts, the press reviews, and
        emptying the trash of what has been there 30 days.

        Started with the window, their reads and updates took the GUI thread and a core
        from the timeline's first rows.
        """
        self.refresh_tags()
        self.states.start()
        self.reviews.refresh()

    @property
    def importer(self) -> "ImportFlow":
        if self._importer is None:
            from cuttings.ui.porting.importing import ImportFlow

            self._importer = ImportFlow(self.ops, self._fetch, self, known_tags=self._tag_names)
        return self._importer

    @property
    def exporter(self) -> "ExportFlow":
        if self._exporter is None:
            from cuttings.ui.porting.exporting import ExportFlow

            self._exporter = ExportFlow(self.ops, self)
        return self._exporter

    def _build_views(self) -> None:
        self.sidebar = TagSidebar(self)
        self.timeline_model = TimelineModel(self.library, self.runner, self)
        self.timeline = TimelineView(self)
        self.timeline.setModel(self.timeline_model)
        self.count_label = CountLine(
            self.timeline_model, self.timeline, lambda: self.states.place_name(), self
        )
        timeline_box = QWidget(self)
        layout = QVBoxLayout(timeline_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.timeline, 1)
        self.reader = ReaderPanel(self)
        self.version_bar = VersionBar(self.library, self.reader, self)
        self.reader.layout().insertWidget(0, self.version_bar)
        sidebar_box = QWidget(self)
        sidebar_layout = QVBoxLayout(sidebar_box)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.setSpacing(0)
        tags_label = QLabel(QCoreApplication.translate("MainWindow", "Tags"), self)
        margin = self.fontMetrics().height() // 2
        tags_label.setContentsMargins(margin, margin // 2, margin, margin // 2)
        tags_label.setBuddy(self.sidebar)
        sidebar_layout.addWidget(tags_label)
        sidebar_layout.addWidget(self.sidebar, 1)
        self.sidebar_layout = sidebar_layout  # reading states add their places to it
        self.reviews = ReviewController(self)
        sidebar_layout.addWidget(self.reviews.label)
        sidebar_layout.addWidget(self.reviews.list)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(sidebar_box)
        self.splitter.addWidget(timeline_box)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        unit = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([unit * 24, unit * 60, unit * 80])
        self.setCentralWidget(self.splitter)

        self.activity = ActivityPanel(self.clipper, self)
        self.activity_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Activity"), self)
        self.activity_dock.setObjectName("activity")
        self.activity_dock.setWidget(self.activity)
        self.activity_dock.setAccessibleName(QCoreApplication.translate("MainWindow", "Activity"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)
        self.activity_dock.hide()
        self.activity_shown = ActivityDock(self.activity_dock, self.clipper.activity, self)

    def _build_toolbar(self) -> None:
        bar = QToolBar(QCoreApplication.translate("MainWindow", "Clip"), self)
        bar.setObjectName("clipbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.intake = LinkIntake(
            self,
            self.clipper,
            self.pages,
            lambda files: self.importer.start_with(files),
            self.statusBar,
        )
        self.url_field = self.intake.url_field
        self.tags_field = self.intake.tags_field
        self.tag_completer = self.intake.tag_completer
        self.clip_button = self.intake.clip_button
        self.tag_refresher = TagListRefresher(
            self.ops, self.sidebar.tag_model, self.tag_completer, self
        )
        self.search_bar = SearchBar(self)
        self.search_field = self.search_bar.field
        self.search_order_box = self.search_bar.order_box
        self.search_order_actions = self.search_bar.order_actions
        bar.addWidget(self.url_field)
        bar.addWidget(self.tags_field)
        bar.addWidget(self.clip_button)
        spacer = QWidget(self)
        spacer.setMinimumWidth(self.fontMetrics().averageCharWidth() * 4)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_field)
        bar.addWidget(self.search_order_box)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        self.undo_button = self.editor.undo_button
        self.statusBar().addPermanentWidget(self.undo_button)

    def _connect(self) -> None:
        self.search_bar.changed.connect(self._apply_query)
        self.sidebar.filter_changed.connect(lambda _names: self._apply_query())
        self.sidebar.rename_requested.connect(self.editor.rename_tag)
        self.sidebar.merge_requested.connect(self.editor.merge_tags)
        self.sidebar.delete_requested.connect(self.editor.delete_tag)
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        self.timeline.open_requested.connect(self._open_url)
        self.timeline.rename_requested.connect(self.editor.rename_clip)
        self.timeline.first_painted.connect(self.first_rows_painted)

        self.timeline_model.loaded.connect(self._after_load)
        self.timeline_model.modelAboutToBeReset.connect(self._remember_selection)
        self.timeline_model.rowsRemoved.connect(self._rows_removed)
        self.reader.note_edited.connect(self.editor.save_note)
        self.version_bar.compare_requested.connect(self.compare_versions)
        self.events.changed.connect(self._library_changed)
        self.clipper.clip_ready.connect(self._clip_ready)
        self.activity.clip_activated.connect(lambda clip_id: self._clip_ready(clip_id, True))
        self.runner.bug.connect(self._report_bug)
        self.ops.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))

    # -- settings --------------------------------------------------------------------

    def _restore_settings(self) -> None:
        restore_layout(self, self.splitter)
        settings = app_settings()
        order = settings.value("timeline/order", "clipped")
        self._sort_order: SortOrder = "published" if order == "published" else "clipped"
        (
            self.act_sort_published if self._sort_order == "published" else self.act_sort_clipped
        ).setChecked(True)
        search_order = settings.value("search/order", "newest")
        known = {order for order, _label in SEARCH_ORDERS}
        self.search_bar.show_order(search_order if search_order in known else "newest")
        last = settings.value(f"libraries/{self._settings_key}/last_clip")
        self._wanted_clip: int | None = int(last) if last not in (None, "") else None

    def save_settings(self) -> None:
        settings = app_settings()
        save_layout(settings, self, self.splitter)
        settings.setValue("timeline/order", self._sort_order)
        settings.setValue("search/order", self.search_bar.order)
        current = self.timeline.current_id()
        if current is not None:
            settings.setValue(f"libraries/{self._settings_key}/last_clip", current)
        settings.sync()

    # -- clipping ---------------------------------------------------------------------

    def clip_urls(self, urls: Sequence[str], tags: Sequence[str] = ()) -> None:
        if urls:
            self.clipper.clip(urls, tags)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.intake.drop(event.mimeData()):
            event.acceptProposedAction()

    def reveal_clip(self, clip_id: int) -> None:
        """Select a clip in the timeline, clearing a filter that hides it."""
        self._clip_ready(clip_id, True)

    def _clip_ready(self, clip_id: int, select: bool) -> None:
        if select:
            if self.timeline_model.row_of(clip_id) < 0 and (
                self.sidebar.current_filter() or self.search_field.text() or self.states.scope()
            ):
                # Show the clip even if the current filter hides it.
                self.search_bar.clear()
                self.sidebar.select_names(())
                self.states.places.choose("")
                self._apply_query()
            if self.timeline_model.is_loading():
                self._wanted_clip = clip_id  # selected when the list is in
            else:
                self.timeline.select_ids([clip_id])

    def focus_url(self) -> None:
        self.url_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.url_field.selectAll()

    # -- export ------------------------------------------------------------------------

    def ask_export(self) -> None:
        self.exporter.ask(
            self.timeline.selected_ids(), self.timeline_model.query, self.timeline_model.total
        )

    # -- filtering and search -----------------------------------------------------------

    def _current_query(self) -> TimelineQuery:
        scope, tags = self.states.query_parts(tuple(self.sidebar.current_filter()))
        return TimelineQuery(
            order=self._sort_order,
            tags=tags,
            search=self.search_bar.text(),
            search_order=self.search_bar.order,
            scope=scope,
        )

    def _apply_query(self) -> None:
        query = self._current_query()
        if query != self.timeline_model.query:
            self._wanted_clip = self.timeline.current_id()
            if query.searching or query.tags:  # those pages load in the background
                self.count_label.show_loading(query)
            self.timeline_model.set_query(query)
        self.act_goto_date.setEnabled(not query.searching)

    def set_sort_order(self, order: SortOrder) -> None:
        self._sort_order = order
        (self.act_sort_published if order == "published" else self.act_sort_clipped).setChecked(
            True
        )
        self._apply_query()

    def forget_wanted_clip(self) -> None:
        """Another row is wanted than the clip selected before a reload (Go to Date)."""
        self._wanted_clip = None

    def select_row_when_loaded(self, row: int) -> None:
        """Select ``row`` once the list being read again is in (after a big delete)."""
        self._wanted_clip = None
        self._wanted_row = row

    def _remember_selection(self) -> None:
        if self._wanted_clip is None:
            self._wanted_clip = self.timeline.current_id()

    def _after_load(self) -> None:
        wanted = self._wanted_clip
        self._wanted_clip = None
        if wanted is None and self._wanted_row is None and self.timeline.currentIndex().isValid():
            return  # the same rows came back (a refresh): selection and place stay
        row = self.timeline_model.row_of(wanted) if wanted is not None else -1
        if self._wanted_row is not None:
            row, self._wanted_row = self._wanted_row, None
        if row < 0 and self.timeline_model.rowCount() > 0:
            row = 0
        row = min(row, self.timeline_model.rowCount() - 1)
        if row >= 0:
            # The reader follows a frame later, as after a key: the new list's rows are
            # painted first, and the two do not hold the GUI thread in one event.
            self._placing_row = True
            try:
                self.timeline.select_row(row)
            finally:
                self._placing_row = False
        else:
            self.reader.show_clip(None)
            self.version_bar.show_clip(None)

    # -- selection and reading --------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        clip_id = current.data(TimelineRole.CLIP_ID) if current.isValid() else None
        later = self.timeline.moved_by_key() or self._placing_row
        self.reader_follower.follow(clip_id, later=later)

    def _show_in_reader(self, clip_id: int | None) -> None:
        self.version_bar.show_clip(None)
        if clip_id is None:
            self.reader.show_clip(None)
            return
        try:
            # A few rows by primary key (the HTML included): two or three milliseconds.
            # Its pictures load as the article is laid out.
            page = self.library.reader_page(clip_id)
        except CuttingsError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            self.reader.show_clip(None)
            return
        self._show_page(PreparedPage(page, {}))

    def _show_page(self, prepared: PreparedPage) -> None:
        page = prepared.page
        self.version_bar.show_clip(None)
        self.highlights.prime(page.clip.id, page.highlights)
        self.reader.browser.set_search(self.timeline_model.query.search)
        self.reader.show_clip(page.clip, links=page.links, pictures=prepared.pictures)
        self.version_bar.show_clip(page.clip)

    def check_for_changes(self) -> None:
        """Re-check the selected clips (Tools → Check for Changes)."""
        self.checker.check_clips(self.timeline.selected_ids())

    def compare_versions(self, clip_id: int | None = None) -> None:
        """Compare two versions of the clip in the reader (or ``clip_id``)."""
        clip_id = clip_id if clip_id is not None else self.reader.clip_id()
        if clip_id is not None:
            from cuttings.ui.versions.dialog import VersionsDialog  # on first use

            VersionsDialog(self.ops, clip_id, self).open()

    def _rows_removed(self, *_args: object) -> None:
        if not self.timeline.currentIndex().isValid():
            self._show_in_reader(None)

    def open_original(self) -> None:
        index = self.timeline.currentIndex()
        if index.isValid():
            self._open_url(index.data(TimelineRole.URL))

    def _open_url(self, url: str) -> None:
        qurl = QUrl(url)
        if qurl.scheme() in ("http", "https"):
            open_in_browser(qurl, self)

    # -- the library changed ------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        active = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if active and not self._closed:
            # Back from the terminal? The command line may have written meanwhile.
            self.watcher.check()

    def _library_changed(self, change: LibraryChange) -> None:
        """Every write's change, from the core (or "anything", from the watcher), applied."""
        if self._closed:
            return
        # The model holds every match's id: it takes in clips joining or leaving
        # its filter itself (reading its list again in the background if need be).
        self.timeline_model.apply_change(change)
        if change.tags_changed or change.counts_changed or change.reload:
            self.refresh_tags()
            self.states.refresh_counts()
        current = self.reader.clip_id()
        if current is not None and (current in change.updated or change.reload):
            # After a bulk edit (35,000 clips tagged), a turn later: the timeline's and
            # the sidebar's updates come first, without the article's layout in one event.
            bulk = change.reload or len(change.updated) > 1
            self.reader_follower.follow(current, later=bulk)

    def _report_bug(self, message: str) -> None:
        """A bug (not an expected error): a box the first time, the status bar after that."""
        self.statusBar().showMessage(message, 10_000)
        if self._bug_reported:
            return
        self._bug_reported = True
        show_bug(self, message)

    def _tag_names(self) -> list[str]:
        return self.sidebar.tag_model.names()

    def refresh_tags(self) -> None:
        self.tag_refresher.refresh()  # in the pool: ui/tags/refresh.py

    # -- other library, about, closing -------------------------------------------------------

    def choose_library(self) -> None:
        path = ask_library_path(self, self.library.path.parent)
        if path is not None:
            self.open_library_requested.emit(path)

    def about(self) -> None:
        show_about(self, self.library.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save the note and the settings, stop pending fetches, finish the writes."""
        if self._closed:
            return
        self._closed = True
        self.reader.flush_note()
        self.reader_follower.cancel()
        self.save_settings()
        self.watcher.stop()
        self.checker.stop()
        self.states.stop()
        self.clipper.cancel_all()
        if self._importer is not None:
            self._importer.cancel()
        if self._exporter is not None:
            self._exporter.cancel()
        self.media.cancel()
        self.runner.shutdown()
        self.media.collect_unused()
