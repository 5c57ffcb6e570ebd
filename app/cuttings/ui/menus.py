"""The main window's actions and menu bar (built once, kept as ``window.act_*``)."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from cuttings import APP_NAME
from cuttings.ui.details import ask_details
from cuttings.ui.language_menu import LanguageMenu
from cuttings.ui.versions.preferences import RecheckSettingsDialog

if TYPE_CHECKING:
    from cuttings.ui.mainwindow import MainWindow


def add_action(
    window: "MainWindow",
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def find_here(window: "MainWindow") -> None:
    """Ctrl+F: Find in Article while the reader has the focus, else search the library."""
    bar = window.reader.find_bar
    if bar.has_focus_within():
        bar.open_bar()
    else:
        window.search_bar.focus()


def show_browser_dialog(window: "MainWindow") -> None:
    # Imported on first use: the connector's modules are not needed to open the window.
    from cuttings.ui.connector.dialog import show_browser_dialog as show

    show(window)


def build_actions(window: "MainWindow") -> None:
    """The window's actions, as ``window.act_*``: shortcuts, and the timeline's context menu."""
    std = QKeySequence.StandardKey
    window.act_open = add_action(
        window,
        QCoreApplication.translate("menus", "&Open Library…"),
        window.choose_library,
        std.Open,
    )
    window.act_import = add_action(
        window,
        QCoreApplication.translate("menus", "&Import…"),
        lambda: window.importer.choose_files(),
        "Ctrl+Shift+I",
    )
    window.act_export = add_action(
        window, QCoreApplication.translate("menus", "&Export…"), window.ask_export, "Ctrl+Shift+E"
    )
    window.act_backup = add_action(
        window,
        QCoreApplication.translate("menus", "&Back Up Library…"),
        window.maintenance.ask_backup,
    )
    window.act_check = add_action(
        window, QCoreApplication.translate("menus", "&Check Library"), window.maintenance.check
    )
    # Pictures and original pages (issue 14): the handlers live in ui/media.py.
    window.act_save_original = add_action(
        window,
        QCoreApplication.translate("menus", "Save &Original Page…"),
        window.media.ask_save_original,
    )
    window.act_library_info = add_action(
        window, QCoreApplication.translate("menus", "Library &Info"), window.media.show_info
    )
    window.act_missing_images = add_action(
        window,
        QCoreApplication.translate("menus", "Download &Missing Images"),
        window.media.download_missing,
    )
    window.act_quit = add_action(
        window, QCoreApplication.translate("menus", "&Quit"), window.close, std.Quit
    )
    stack = window.editor.history.stack
    # The stack names the step: "Undo Rename Tag", "Redo Delete Clips".
    window.act_undo = stack.createUndoAction(window, QCoreApplication.translate("menus", "&Undo"))
    window.act_undo.setShortcut(QKeySequence(std.Undo))
    window.act_redo = stack.createRedoAction(window, QCoreApplication.translate("menus", "&Redo"))
    window.act_redo.setShortcut(QKeySequence(std.Redo))
    for action in (window.act_undo, window.act_redo):
        window.addAction(action)
    window.act_paste = add_action(
        window,
        QCoreApplication.translate("menus", "&Paste Links or Page to Clip"),
        window.intake.paste_links,
        std.Paste,
    )
    window.act_focus_url = add_action(
        window, QCoreApplication.translate("menus", "Clip a &Link…"), window.focus_url, "Ctrl+L"
    )
    window.act_find = add_action(
        window, QCoreApplication.translate("menus", "&Find"), lambda: find_here(window), std.Find
    )
    bar = window.reader.find_bar
    window.act_find_in_article = add_action(
        window, QCoreApplication.translate("menus", "Find in &Article…"), bar.open_bar
    )
    window.act_find_next = add_action(
        window, QCoreApplication.translate("menus", "Find &Next"), bar.find_next, std.FindNext
    )
    window.act_find_previous = add_action(
        window,
        QCoreApplication.translate("menus", "Find Pre&vious"),
        bar.find_previous,
        std.FindPrevious,
    )
    window.act_copy_link = add_action(
        window, QCoreApplication.translate("menus", "Copy &Link"), window.citations.copy_link
    )
    window.act_copy_citation = add_action(
        window,
        QCoreApplication.translate("menus", "Copy as &Markdown Citation"),
        window.citations.copy_citation,
    )
    window.act_refetch = add_action(
        window,
        QCoreApplication.translate("menus", "Re&fetch Article"),
        window.refetcher.refetch_selected,
        "Ctrl+Shift+R",
    )
    window.reader.browser.context_actions = [
        window.act_copy_link,
        window.act_copy_citation,
        window.act_refetch,
    ]
    window.act_tags = add_action(
        window,
        QCoreApplication.translate("menus", "Edit &Tags…"),
        window.editor.edit_tags,
        "Ctrl+T",
    )
    window.act_rename = add_action(
        window,
        QCoreApplication.translate("menus", "&Rename Clip…"),
        window.editor.rename_clip,
        "F2",
    )
    # Edit Details (issue 13): the dialog and its handler live in ui/details.py.
    window.act_details = add_action(
        window,
        QCoreApplication.translate("menus", "Edit D&etails…"),
        lambda: ask_details(window),
        "Ctrl+Shift+D",
    )
    # Delete only acts while the timeline has focus, so text fields keep their Delete key.
    window.act_delete = QAction(QCoreApplication.translate("menus", "&Delete"), window)
    window.act_delete.setShortcut(QKeySequence(std.Delete))
    window.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.act_delete.triggered.connect(window.editor.delete_selected)
    window.timeline.addAction(window.act_delete)
    window.act_open_original = add_action(
        window,
        QCoreApplication.translate("menus", "&Open Original in Browser"),
        window.open_original,
    )
    window.act_goto_date = add_action(
        window, QCoreApplication.translate("menus", "&Go to Date…"), window.dates.ask, "Ctrl+J"
    )
    window.sort_group = QActionGroup(window)
    window.act_sort_clipped = QAction(
        QCoreApplication.translate("menus", "Sort by &Clipped Date"), window.sort_group
    )
    window.act_sort_published = QAction(
        QCoreApplication.translate("menus", "Sort by &Published Date"), window.sort_group
    )
    for action, order in (
        (window.act_sort_clipped, "clipped"),
        (window.act_sort_published, "published"),
    ):
        action.setCheckable(True)
        action.triggered.connect(lambda _=False, o=order: window.set_sort_order(o))
    window.act_about = add_action(
        window,
        QCoreApplication.translate("menus", "&About {APP_NAME}").format(APP_NAME=APP_NAME),
        window.about,
    )
    # Versions (issue 16): ui/versions/.
    window.act_check_changes = add_action(
        window,
        QCoreApplication.translate("menus", "Check for &Changes"),
        window.check_for_changes,
        "Ctrl+Alt+R",
    )
    window.act_compare = add_action(
        window, QCoreApplication.translate("menus", "Compare &Versions…"), window.compare_versions
    )
    window.act_recheck_settings = add_action(
        window,
        QCoreApplication.translate("menus", "Re-check &Settings…"),
        lambda: RecheckSettingsDialog(window.checker, window).open(),
    )
    # The browser connector (issue 15): the dialog lives in ui/connector/.
    window.act_browser = add_action(
        window,
        QCoreApplication.translate("menus", "&Browser Extension…"),
        lambda: show_browser_dialog(window),
    )
    for action in (
        window.act_tags,
        window.act_rename,
        window.act_details,
        window.act_open_original,
        window.act_copy_link,
        window.act_copy_citation,
        window.act_refetch,
        window.act_check_changes,
    ):
        window.timeline.addAction(action)
    window.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


def build_menus(window: "MainWindow") -> None:
    """The menu bar: File, Edit, View, Tools, Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("menus", "&File"))
    file_menu.addAction(window.act_focus_url)
    file_menu.addAction(window.act_open)
    file_menu.addSeparator()
    file_menu.addAction(window.act_import)
    file_menu.addAction(window.act_export)
    file_menu.addSeparator()
    file_menu.addAction(window.act_save_original)
    file_menu.addAction(window.act_backup)
    file_menu.addAction(window.act_library_info)
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    window.file_menu = file_menu
    edit = bar.addMenu(QCoreApplication.translate("menus", "&Edit"))
    edit.addAction(window.act_undo)
    edit.addAction(window.act_redo)
    edit.addSeparator()
    edit.addAction(window.act_paste)
    edit.addAction(window.act_find)
    edit.addAction(window.act_find_in_article)
    edit.addAction(window.act_find_next)
    edit.addAction(window.act_find_previous)
    edit.addSeparator()
    edit.addAction(window.act_copy_link)
    edit.addAction(window.act_copy_citation)
    edit.addSeparator()
    edit.addAction(window.act_tags)
    edit.addAction(window.act_rename)
    edit.addAction(window.act_details)
    edit.addAction(window.act_refetch)
    edit.addAction(window.act_delete)
    edit.addSeparator()
    edit.addAction(window.highlights.act_highlight)
    edit.addAction(window.highlights.act_highlight_comment)
    view = bar.addMenu(QCoreApplication.translate("menus", "&View"))
    view.addAction(window.act_sort_clipped)
    view.addAction(window.act_sort_published)
    search_menu = view.addMenu(QCoreApplication.translate("menus", "Sort &Search Results"))
    for action in window.search_order_actions.values():
        search_menu.addAction(action)
    view.addSeparator()
    view.addAction(window.act_goto_date)
    view.addAction(window.act_open_original)
    view.addAction(window.act_compare)
    view.addSeparator()
    window.reader_look.menus(view)
    view.addSeparator()
    view.addAction(window.activity_dock.toggleViewAction())
    view.addAction(window.highlights.act_panel)
    view.addAction(window.highlights.act_all)
    view.addSeparator()
    window.language_menu = LanguageMenu(window)
    view.addMenu(window.language_menu.menu)
    tools = bar.addMenu(QCoreApplication.translate("menus", "&Tools"))
    tools.addAction(window.act_check)
    tools.addAction(window.act_check_changes)
    tools.addAction(window.act_recheck_settings)
    tools.addAction(window.act_missing_images)
    pictures = tools.addMenu(QCoreApplication.translate("menus", "Save &Pictures"))
    pictures.addActions(window.media.policy_actions())
    tools.addAction(window.act_browser)
    window.reviews.fill_menu(bar.addMenu(QCoreApplication.translate("menus", "&Review")))
    help_menu = bar.addMenu(QCoreApplication.translate("menus", "&Help"))
    help_menu.addAction(window.act_about)
