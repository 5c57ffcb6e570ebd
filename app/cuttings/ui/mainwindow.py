"""The main window: clip bar, tags, timeline, reader, activity; wires views to the library."""

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QEvent, QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cuttings import APP_NAME, __version__
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library, SearchOrder, SortOrder
from cuttings.core.models import Clip
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.changes import LibraryChange, LibraryEvents
from cuttings.ui.clipping.controller import ClipController, FetchArticle
from cuttings.ui.clipping.links import links_in_mime, links_in_text
from cuttings.ui.clipping.panel import ActivityPanel
from cuttings.ui.porting.exporting import ExportFlow
from cuttings.ui.porting.importing import ImportFlow
from cuttings.ui.porting.maintenance import MaintenanceFlow
from cuttings.ui.porting.paths import import_files_in_mime
from cuttings.ui.porting.progress import ProgressDialog, replace_widget
from cuttings.ui.reader.view import ReaderPanel
from cuttings.ui.resources import app_icon
from cuttings.ui.settings import app_settings, library_key
from cuttings.ui.tags.completer import TagCompleter, parse_tags
from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.tags.sidebar import TagSidebar
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineModel, TimelineRole
from cuttings.ui.timeline.view import TimelineView

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SEARCH_ORDERS: tuple[tuple[SearchOrder, str], ...] = (
    ("newest", "Newest First"),
    ("oldest", "Oldest First"),
    ("relevance", "Relevance"),
)
UNDO_VISIBLE_MS = 15_000


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
        self.clipper = ClipController(library, self.runner, self.events, fetch, self)
        self.importer = ImportFlow(
            library, self.runner, self.events, fetch, self, known_tags=self._tag_names
        )
        self.maintenance = MaintenanceFlow(library, self.runner, self)
        self._undo_clips: list[Clip] = []
        self._closed = False
        self._activity_sized = False
        self._wanted_row: int | None = None
        self._count_text = ""
        self.bulk_progress: ProgressDialog | None = None
        self._bug_reported = False
        self._stamp: tuple[int, int, str, int, int, int] | None = None
        self._stamp_pending = False
        self._outside_change = False
        self._settings_key = library_key(library.path)

        self.setWindowTitle(f"{library.path.stem} — {APP_NAME}")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setAccessibleName(f"{APP_NAME} main window")

        self._build_views()
        self._build_toolbar()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.exporter = ExportFlow(library, self.runner, self)
        self._connect()
        self._restore_settings()
        self._enable_search_order(self.search_field.text())
        self.refresh_tags()
        self.timeline_model.set_query(TimelineQuery(order=self._sort_order))
        self._check_outside_changes()

    # -- building -------------------------------------------------------------------

    def _build_views(self) -> None:
        self.sidebar = TagSidebar(self)
        self.timeline_model = TimelineModel(self.library, self.runner, self)
        self.timeline = TimelineView(self)
        self.timeline.setModel(self.timeline_model)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName("Number of clips shown")
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        margin = self.fontMetrics().height() // 2
        self.count_label.setContentsMargins(margin, margin // 2, margin, margin // 2)
        timeline_box = QWidget(self)
        layout = QVBoxLayout(timeline_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.timeline, 1)
        self.reader = ReaderPanel(self)
        sidebar_box = QWidget(self)
        sidebar_layout = QVBoxLayout(sidebar_box)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.setSpacing(0)
        tags_label = QLabel("Tags", self)
        tags_label.setContentsMargins(margin, margin // 2, margin, margin // 2)
        tags_label.setBuddy(self.sidebar)
        sidebar_layout.addWidget(tags_label)
        sidebar_layout.addWidget(self.sidebar, 1)
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
        self.activity_dock = QDockWidget("Activity", self)
        self.activity_dock.setObjectName("activity")
        self.activity_dock.setWidget(self.activity)
        self.activity_dock.setAccessibleName("Activity")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)
        self.activity_dock.hide()

    def _build_toolbar(self) -> None:
        bar = QToolBar("Clip", self)
        bar.setObjectName("clipbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.url_field = QLineEdit(self)
        self.url_field.setPlaceholderText("Paste a link to clip it (Ctrl+L)")
        self.url_field.setAccessibleName("Link to clip")
        self.url_field.setClearButtonEnabled(True)
        self.url_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.url_field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.url_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tags_field = QLineEdit(self)
        self.tags_field.setPlaceholderText("Tags for new clips")
        self.tags_field.setAccessibleName("Tags for new clips")
        self.tags_field.setClearButtonEnabled(True)
        self.tags_field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.tag_completer = TagCompleter(self.tags_field)
        self.tags_field.setCompleter(self.tag_completer)
        self.clip_button = QPushButton("Clip", self)
        self.clip_button.setAccessibleName("Clip the link")
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText("Search (Ctrl+F)")
        self.search_field.setAccessibleName("Search clips")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.url_field)
        bar.addWidget(self.tags_field)
        bar.addWidget(self.clip_button)
        spacer = QWidget(self)
        spacer.setMinimumWidth(self.fontMetrics().averageCharWidth() * 4)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_order_box = QComboBox(self)
        self.search_order_box.setAccessibleName("Order of search results")
        self.search_order_box.setToolTip("Order of search results")
        for order, label in SEARCH_ORDERS:
            self.search_order_box.addItem(label, order)
        bar.addWidget(spacer)
        bar.addWidget(self.search_field)
        bar.addWidget(self.search_order_box)
        self.addToolBar(bar)
        self.toolbar = bar
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_open = self._action("&Open Library…", self._choose_library, std.Open)
        self.act_import = self._action("&Import…", self.importer.choose_files, "Ctrl+Shift+I")
        self.act_export = self._action("&Export…", self.ask_export, "Ctrl+Shift+E")
        self.act_backup = self._action("&Back Up Library…", self.maintenance.ask_backup)
        self.act_check = self._action("&Check Library", self.maintenance.check)
        self.act_quit = self._action("&Quit", self.close, std.Quit)
        self.act_undo = self._action("&Undo Delete", self.undo_delete, std.Undo)
        self.act_undo.setEnabled(False)
        self.act_paste = self._action("&Paste Links to Clip", self.paste_links, std.Paste)
        self.act_focus_url = self._action("Clip a &Link…", self._focus_url, "Ctrl+L")
        self.act_find = self._action("&Find", self._focus_search, std.Find)
        self.act_tags = self._action("Edit &Tags…", self.edit_tags, "Ctrl+T")
        self.act_rename = self._action("&Rename Clip…", self.rename_clip, "F2")
        # Delete only acts while the timeline has focus, so text fields keep their Delete key.
        self.act_delete = QAction("&Delete", self)
        self.act_delete.setShortcut(QKeySequence(std.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.timeline.addAction(self.act_delete)
        self.act_open_original = self._action("&Open Original in Browser", self.open_original)
        self.act_goto_date = self._action("&Go to Date…", self.ask_date, "Ctrl+J")
        self.sort_group = QActionGroup(self)
        self.act_sort_clipped = QAction("Sort by &Clipped Date", self.sort_group)
        self.act_sort_published = QAction("Sort by &Published Date", self.sort_group)
        for action, order in (
            (self.act_sort_clipped, "clipped"),
            (self.act_sort_published, "published"),
        ):
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, o=order: self.set_sort_order(o))
        self.search_order_group = QActionGroup(self)
        self.search_order_actions: dict[SearchOrder, QAction] = {}
        for search_order, label in SEARCH_ORDERS:
            action = QAction(label.replace("First", "first"), self.search_order_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, o=search_order: self.set_search_order(o))
            self.search_order_actions[search_order] = action
        self.act_about = self._action(f"&About {APP_NAME}", self._about)
        for action in (self.act_tags, self.act_rename, self.act_open_original):
            self.timeline.addAction(action)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_focus_url)
        file_menu.addAction(self.act_open)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.file_menu = file_menu
        edit = bar.addMenu("&Edit")
        edit.addAction(self.act_undo)
        edit.addSeparator()
        edit.addAction(self.act_paste)
        edit.addAction(self.act_find)
        edit.addSeparator()
        edit.addAction(self.act_tags)
        edit.addAction(self.act_rename)
        edit.addAction(self.act_delete)
        view = bar.addMenu("&View")
        view.addAction(self.act_sort_clipped)
        view.addAction(self.act_sort_published)
        search_menu = view.addMenu("Sort &Search Results")
        for action in self.search_order_actions.values():
            search_menu.addAction(action)
        view.addSeparator()
        view.addAction(self.act_goto_date)
        view.addAction(self.act_open_original)
        view.addSeparator()
        view.addAction(self.activity_dock.toggleViewAction())
        tools = bar.addMenu("&Tools")
        tools.addAction(self.act_check)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setFlat(True)
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        status.addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_VISIBLE_MS)
        self._undo_timer.timeout.connect(self.undo_button.hide)

    def _connect(self) -> None:
        self.url_field.returnPressed.connect(self.clip_from_field)
        self.clip_button.clicked.connect(self.clip_from_field)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.textChanged.connect(self._enable_search_order)
        self.search_order_box.activated.connect(
            lambda i: self.set_search_order(self.search_order_box.itemData(i))
        )
        self._search_timer.timeout.connect(self._apply_search)
        self.sidebar.filter_changed.connect(lambda _names: self._apply_query())
        self.sidebar.rename_requested.connect(self.rename_tag)
        self.sidebar.merge_requested.connect(self.merge_tags)
        self.sidebar.delete_requested.connect(self.delete_tag)
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        self.timeline.open_requested.connect(self._open_url)
        self.timeline.rename_requested.connect(self.rename_clip)
        self.timeline.first_painted.connect(self.first_rows_painted)
        self.timeline_model.total_changed.connect(self._show_count)
        self.timeline.selection_count_changed.connect(self._show_selected)
        self.timeline_model.search_failed.connect(self._show_search_error)
        self.timeline_model.loaded.connect(self._after_load)
        self.timeline_model.modelAboutToBeReset.connect(self._remember_selection)
        self.timeline_model.rowsRemoved.connect(self._rows_removed)
        self.reader.note_edited.connect(self.save_note)
        self.events.changed.connect(self._library_changed)
        self.clipper.clip_ready.connect(self._clip_ready)
        self.activity.clip_activated.connect(lambda clip_id: self._clip_ready(clip_id, True))
        self.clipper.activity.rowsInserted.connect(lambda *_: self._show_activity())
        self.runner.bug.connect(self._report_bug)

    # -- settings --------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(self._default_size())
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        order = settings.value("timeline/order", "clipped")
        self._sort_order: SortOrder = "published" if order == "published" else "clipped"
        (
            self.act_sort_published if self._sort_order == "published" else self.act_sort_clipped
        ).setChecked(True)
        search_order = settings.value("search/order", "newest")
        known = {order for order, _label in SEARCH_ORDERS}
        self._search_order: SearchOrder = "newest"
        self._show_search_order(search_order if search_order in known else "newest")
        last = settings.value(f"libraries/{self._settings_key}/last_clip")
        self._wanted_clip: int | None = int(last) if last not in (None, "") else None

    def _default_size(self) -> QSize:
        unit = self.fontMetrics().averageCharWidth()
        screen = QGuiApplication.primaryScreen()
        size = QSize(unit * 190, self.fontMetrics().height() * 48)
        if screen is not None:
            size = size.boundedTo(screen.availableSize() * 0.9)
        return size

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("timeline/order", self._sort_order)
        settings.setValue("search/order", self._search_order)
        current = self.timeline.current_id()
        if current is not None:
            settings.setValue(f"libraries/{self._settings_key}/last_clip", current)
        settings.sync()

    # -- clipping ---------------------------------------------------------------------

    def clip_urls(self, urls: Sequence[str], tags: Sequence[str] = ()) -> None:
        if urls:
            self.clipper.clip(urls, tags)

    def clip_from_field(self) -> None:
        text = self.url_field.text().strip()
        if not text:
            return
        urls = links_in_text(text) or [text]  # a bare host is checked (and explained) by the core
        self.clip_urls(urls, parse_tags(self.tags_field.text()))
        self.url_field.clear()

    def paste_links(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        urls = links_in_mime(mime) if mime is not None else []
        if not urls:
            self.statusBar().showMessage("The clipboard holds no web link to clip.", 5000)
            return
        self.clip_urls(urls, parse_tags(self.tags_field.text()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if import_files_in_mime(mime) or links_in_mime(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = import_files_in_mime(event.mimeData())
        if files:
            # A bookmarks file or an export: the import flow, not clipping.
            event.acceptProposedAction()
            self.importer.start_with(files)
            return
        urls = links_in_mime(event.mimeData())
        if urls:
            event.acceptProposedAction()
            self.clip_urls(urls, parse_tags(self.tags_field.text()))

    def _clip_ready(self, clip_id: int, select: bool) -> None:
        if select:
            if self.timeline_model.row_of(clip_id) < 0 and (
                self.sidebar.current_filter() or self.search_field.text()
            ):
                # Show the clip even if the current filter hides it.
                self.search_field.clear()
                self._search_timer.stop()
                self.sidebar.select_names(())
                self._apply_query()
            if self.timeline_model.is_loading():
                self._wanted_clip = clip_id  # selected when the list is in
            else:
                self.timeline.select_ids([clip_id])

    def _show_activity(self) -> None:
        if self.activity_dock.isVisible():
            return
        self.activity_dock.show()
        if not self._activity_sized:
            # A few rows high the first time; the user's own size is kept after that.
            self._activity_sized = True
            height = self.fontMetrics().lineSpacing() * 9
            self.resizeDocks([self.activity_dock], [height], Qt.Orientation.Vertical)

    def _focus_url(self) -> None:
        self.url_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.url_field.selectAll()

    # -- export ------------------------------------------------------------------------

    def ask_export(self) -> None:
        self.exporter.ask(
            self.timeline.selected_ids(), self.timeline_model.query, self.timeline_model.total
        )

    # -- filtering and search -----------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _apply_search(self) -> None:
        self._apply_query()

    def _enable_search_order(self, text: str) -> None:
        """The order of search results only means something while searching."""
        searching = bool(text.strip())
        self.search_order_box.setEnabled(searching)
        self.search_order_group.setEnabled(searching)

    def _current_query(self) -> TimelineQuery:
        return TimelineQuery(
            order=self._sort_order,
            tags=tuple(self.sidebar.current_filter()),
            search=self.search_field.text().strip(),
            search_order=self._search_order,
        )

    def _apply_query(self) -> None:
        query = self._current_query()
        if query != self.timeline_model.query:
            self._wanted_clip = self.timeline.current_id()
            if query.searching or query.tags:
                # Those pages load in the background: say so until they arrive.
                self.count_label.setStyleSheet("")
                self.count_label.setText(
                    f"Searching for “{query.search}”…" if query.searching else "Loading…"
                )
            self.timeline_model.set_query(query)
        self.act_goto_date.setEnabled(not query.searching)

    def set_sort_order(self, order: SortOrder) -> None:
        self._sort_order = order
        (self.act_sort_published if order == "published" else self.act_sort_clipped).setChecked(
            True
        )
        self._apply_query()

    def set_search_order(self, order: SearchOrder) -> None:
        """Order search results newest first, oldest first or by relevance."""
        self._show_search_order(order)
        self._apply_query()

    def _show_search_order(self, order: SearchOrder) -> None:
        self._search_order = order
        self.search_order_actions[order].setChecked(True)
        self.search_order_box.setCurrentIndex(self.search_order_box.findData(order))

    def _show_count(self, total: int) -> None:
        query = self.timeline_model.query
        if query.searching or query.tags:
            empty = "No clip matches."
        else:
            empty = (
                "Your library is empty.\n\nPaste a link in the field above (Ctrl+L), "
                "press Ctrl+V here, or drop a link from your browser onto this window.\n\n"
                "Bookmarks or another app's export? File → Import… (Ctrl+Shift+I)."
            )
        self.timeline.set_empty_text(empty)
        self.count_label.setStyleSheet("")
        if query.searching:
            noun = "match" if total == 1 else "matches"
            text = f"{total:,} {noun} for “{query.search}”"
        else:
            noun = "clip" if total == 1 else "clips"
            text = f"{total:,} {noun}"
        if query.tags:
            text += " tagged " + " + ".join(query.tags)
        self._count_text = text
        self._show_selected(self.timeline.selected_count())

    def _show_selected(self, selected: int) -> None:
        """The count, and how many clips are selected when more than one is."""
        text = self._count_text
        if selected > 1:
            text += f" · {selected:,} selected"
        self.count_label.setText(text)

    def _show_search_error(self, message: str) -> None:
        self.count_label.setStyleSheet("color: #d9432f;")
        self.count_label.setText(f"Search: {message}")

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
            self.timeline.select_row(row)
        else:
            self.reader.show_clip(None)

    # -- selection and reading --------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        clip_id = current.data(TimelineRole.CLIP_ID) if current.isValid() else None
        self._show_in_reader(clip_id)

    def _show_in_reader(self, clip_id: int | None) -> None:
        if clip_id is None:
            self.reader.show_clip(None)
            return
        try:
            # One row by primary key (its HTML included): a millisecond or two.
            clip = self.library.get(clip_id)
        except CuttingsError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            self.reader.show_clip(None)
            return
        self.reader.show_clip(clip)

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
            QDesktopServices.openUrl(qurl)

    # -- writes ----------------------------------------------------------------------------

    def _write(
        self,
        fn: Callable[[], Any],
        change: LibraryChange | None,
        done: Callable[[Any], None] | None = None,
    ) -> None:
        """Run a write on the writer thread; then announce ``change`` (and call ``done``)."""

        def finished(result: Any) -> None:
            if change is not None:
                self.events.emit_change(change)
            if done is not None:
                done(result)

        self.runner.write(fn, on_done=finished, on_error=self._write_failed)

    def _write_failed(self, exc: BaseException) -> None:
        self._end_bulk()
        message = str(exc) if isinstance(exc, CuttingsError) else "Unexpected error (see the log)."
        self.statusBar().showMessage(message, 8000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_outside_changes()

    def _check_outside_changes(self) -> None:
        """Notice writes by other processes (the command line) when the window comes back."""
        if self._stamp_pending or self._closed:
            return
        self._stamp_pending = True
        # A few tens of ms on 100k clips: asked for in the background.
        self.runner.run(
            self.library.change_stamp,
            on_done=self._stamp_arrived,
            on_error=lambda _exc: setattr(self, "_stamp_pending", False),
        )

    def _stamp_arrived(self, stamp: tuple[int, int, str, int, int, int]) -> None:
        self._stamp_pending = False
        known, self._stamp = self._stamp, stamp
        if known is not None and stamp != known and not self._closed:
            log.info("the library changed outside this window: reloading")
            self._outside_change = True
            try:
                self.events.emit_change(LibraryChange(tags_changed=True, reload=True))
            finally:
                self._outside_change = False

    def _library_changed(self, change: LibraryChange) -> None:
        if not self._outside_change:
            # Our own write: take the new fingerprint as the known one.
            self._stamp = None
            self._check_outside_changes()
        self.timeline_model.apply_change(change)
        if change.tags_changed or change.added or change.removed or change.reload:
            self.refresh_tags()
        current = self.reader.clip_id()
        if current is not None and (current in change.updated or change.reload):
            self._show_in_reader(current)

    def _report_bug(self, message: str) -> None:
        """A bug (not an expected error): a box the first time, the status bar after that."""
        self.statusBar().showMessage(message, 10_000)
        if self._bug_reported:
            return
        self._bug_reported = True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            f"{APP_NAME}: something went wrong",
            "Cuttings met an unexpected error. Your library is safe; the details are in the log.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(message)
        box.open()

    def _tag_names(self) -> list[str]:
        return self.sidebar.tag_model.names()

    def refresh_tags(self) -> None:
        # The tag list is small (hundreds of names at most): one grouped query.
        tags = self.library.tags()
        self.sidebar.tag_model.set_tags(tags, self.library.count())
        self.tag_completer.set_names([t.name for t in tags])

    def delete_selected(self) -> None:
        # Every selected clip, read or not: after Select All, every match.
        spans = self.timeline.selected_spans()
        ids = self.timeline.selected_ids()
        if not ids:
            return
        next_row = spans[0][0]
        library = self.library

        def deleted(clips: list[Clip]) -> None:
            self._end_bulk()
            self._undo_clips = clips
            self.act_undo.setEnabled(True)
            count = len(clips)
            noun = "clip" if count == 1 else "clips"
            self.statusBar().showMessage(
                f"{count:,} {noun} deleted — Undo (Ctrl+Z)", UNDO_VISIBLE_MS
            )
            self.undo_button.show()
            self._undo_timer.start()
            if self.timeline_model.is_loading():
                self._wanted_row = next_row  # the list is read again (a big delete)
            elif self.timeline_model.rowCount():
                self.timeline.select_row(min(next_row, self.timeline_model.rowCount() - 1))

        self._start_bulk(f"Deleting {len(ids):,} clips…", len(ids))
        self._write(
            lambda: library.delete(ids),
            LibraryChange(removed=tuple(ids), tags_changed=True),
            deleted,
        )

    def undo_delete(self) -> None:
        clips = self._undo_clips
        if not clips:
            return
        self._undo_clips = []
        self.act_undo.setEnabled(False)
        self.undo_button.hide()
        library = self.library

        def restored(ids: list[int]) -> None:
            # Ids can differ from the deleted ones if another process wrote
            # meanwhile (Library.restore): announce and select what came back.
            self.events.emit_change(LibraryChange(added=tuple(ids), tags_changed=True))
            count = len(ids)
            self.statusBar().showMessage(f"{count} clip{'s' if count != 1 else ''} restored", 5000)
            self.timeline.select_ids(ids)

        self._write(lambda: library.restore(clips), None, restored)

    def save_note(self, clip_id: int, note: str) -> None:
        library = self.library
        self._write(
            lambda: library.update_clip(clip_id, note=note), LibraryChange(updated=(clip_id,))
        )

    def rename_clip(self) -> QInputDialog | None:
        index = self.timeline.currentIndex()
        if not index.isValid():
            return None
        clip_id = index.data(TimelineRole.CLIP_ID)
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Rename Clip")
        dialog.setLabelText("Title:")
        dialog.setTextValue(index.data(Qt.ItemDataRole.DisplayRole))
        dialog.resize(self.fontMetrics().averageCharWidth() * 70, dialog.sizeHint().height())
        library = self.library
        dialog.textValueSelected.connect(
            lambda title: self._write(
                lambda: library.update_clip(clip_id, title=title),
                LibraryChange(updated=(clip_id,)),
            )
        )
        dialog.open()
        return dialog

    def edit_tags(self) -> EditTagsDialog | None:
        """Edit the tags of every selected clip (after Select All, every match).

        The tags they share come from one query in the background; the
        dialog opens when they are in (at once when the runner is synchronous).
        """
        ids = self.timeline.selected_ids()
        if not ids:
            return None
        opened: list[EditTagsDialog] = []
        library = self.library
        self.runner.run(
            lambda: library.common_tags(ids),
            on_done=lambda common: opened.append(self._open_tags_dialog(ids, common)),
            on_error=self._write_failed,
        )
        return opened[0] if opened else None

    def _open_tags_dialog(self, ids: list[int], common: list[str]) -> EditTagsDialog:
        dialog = EditTagsDialog(common, len(ids), self.sidebar.tag_model.names(), self)
        library = self.library

        def apply(added: list[str], removed: list[str]) -> None:
            def write() -> None:
                if added:
                    library.add_tags(ids, added)
                if removed:
                    library.remove_tags(ids, removed)

            self._start_bulk(f"Tagging {len(ids):,} clips…", len(ids))
            self._write(
                write,
                LibraryChange(updated=tuple(ids), tags_changed=True),
                lambda _result: self._end_bulk(),
            )

        dialog.tags_edited.connect(apply)
        dialog.open()
        return dialog

    def _start_bulk(self, title: str, count: int) -> None:
        """A progress window for a write on many clips, shown if it takes a while."""
        if count <= BLOCK_SIZE:
            return
        dialog = ProgressDialog(title, self)
        dialog.label.setText(title)
        # One transaction: it cannot stop halfway.
        dialog.cancel_button.setEnabled(False)
        self.bulk_progress = replace_widget(self.bulk_progress, dialog)
        dialog.show_after(400)

    def _end_bulk(self) -> None:
        if self.bulk_progress is not None:
            self.bulk_progress.finish()

    def rename_tag(self, old: str, new: str) -> None:
        library = self.library
        self._write(
            lambda: library.rename_tag(old, new), LibraryChange(tags_changed=True, reload=True)
        )

    def merge_tags(self, sources: list[str], target: str) -> None:
        library = self.library
        self._write(
            lambda: library.merge_tags(sources, target),
            LibraryChange(tags_changed=True, reload=True),
        )

    def delete_tag(self, name: str) -> None:
        library = self.library
        self._write(lambda: library.delete_tag(name), LibraryChange(tags_changed=True, reload=True))

    # -- jump to date ------------------------------------------------------------------------

    def ask_date(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle("Go to Date")
        calendar = QCalendarWidget(dialog)
        calendar.setObjectName("calendar")
        calendar.setAccessibleName("Date")
        calendar.setGridVisible(False)
        current = self.timeline.currentIndex()
        day = self.timeline_model.day_of_row(current.row()) if current.isValid() else None
        if day is not None:
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.setMaximumDate(QDate.currentDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.go_to_date(calendar.selectedDate()))
        dialog.open()
        return dialog

    def go_to_date(self, qdate: QDate) -> int:
        """Select the first clip of ``qdate`` (or of the nearest older day) at the top of
        the view; returns its row (or -1)."""
        if self.timeline_model.query.searching:
            return -1
        # A binary search in the days of the list the model holds: no query.
        row = self.timeline_model.row_of_day(qdate.toPython())
        if row < 0:
            return -1
        self._wanted_clip = None
        self.timeline.select_row(row, QAbstractItemView.ScrollHint.PositionAtTop)
        self.timeline.setFocus()
        return row

    # -- other library, about, closing -------------------------------------------------------

    def _choose_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Open or Create Library",
            str(self.library.path.parent),
            "Cuttings libraries (*.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_library_requested.emit(Path(path))

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        side = self.fontMetrics().height() * 4
        box.setIconPixmap(app_icon().pixmap(QSize(side, side), self.devicePixelRatioF()))
        box.setText(
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A news-clipping manager: clip articles by URL, read them offline, "
            "tag and search them.</p>"
            f"<p>Library: {self.library.path}</p>"
        )
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save the note and the settings, stop pending fetches, finish the writes."""
        if self._closed:
            return
        self._closed = True
        self.reader.flush_note()
        self.save_settings()
        self.clipper.cancel_all()
        self.importer.cancel()
        self.exporter.cancel()
        self.runner.shutdown()
