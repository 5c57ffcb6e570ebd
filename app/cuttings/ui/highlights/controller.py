"""Highlights in the window: made in the reader, drawn there, listed beside it, undoable.

Every write is a :class:`~cuttings.ui.operations.LibraryOp` returning the
core's :class:`~cuttings.core.changes.HighlightEdit`, pushed on the window's
undo history; the change it carries (the clip updated) makes the window
show the clip again, and the reader's ``clip_shown`` has its highlights
drawn anew.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMenu

from cuttings.core.changes import HighlightEdit, LibraryChange
from cuttings.core.errors import CuttingsError
from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.highlights.models import DEFAULT_COLOR, Highlight
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.ui.highlights.drawing import (
    COLOR_LABELS,
    draw_highlights,
    highlight_at,
    selection_quote,
)
from cuttings.ui.highlights.panel import HighlightsPanel, swatch
from cuttings.ui.operations import LibraryOp

if TYPE_CHECKING:
    from cuttings.ui.highlights.library_view import AllHighlightsWindow
    from cuttings.ui.mainwindow import MainWindow

_revert = Library.revert_highlight_edit


class HighlightsController(QObject):
    """The window's highlights: actions, the reader's drawing, the panel, All Highlights."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._ops = window.ops
        self._browser = window.reader.browser
        self._clip: Clip | None = None
        self.items: list[Highlight] = []
        # Where each highlight is in the reader's document now (id -> span).
        self.spans: dict[int, tuple[int, int]] = {}
        self._wanted: int | None = None  # a highlight to scroll to once its clip shows
        self._primed: tuple[int, list[Highlight]] | None = None  # see prime()
        self.all_window: AllHighlightsWindow | None = None

        self.panel = HighlightsPanel(window)
        self.dock = QDockWidget(
            QCoreApplication.translate("HighlightsController", "Highlights"), window
        )
        self.dock.setObjectName("highlights")
        self.dock.setWidget(self.panel)
        self.dock.setAccessibleName(
            QCoreApplication.translate("HighlightsController", "Highlights")
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.act_highlight = self._action(
            QCoreApplication.translate("HighlightsController", "&Highlight Selection"),
            self.highlight_selection,
            "Ctrl+H",
        )
        self.act_highlight_comment = self._action(
            QCoreApplication.translate("HighlightsController", "Highlight with &Comment…"),
            self.highlight_with_comment,
            "Ctrl+Shift+H",
        )
        self.act_all = self._action(
            QCoreApplication.translate("HighlightsController", "All &Highlights"),
            self.show_all,
            "Ctrl+Alt+H",
        )
        self.act_panel = self.dock.toggleViewAction()
        self.act_panel.setText(
            QCoreApplication.translate("HighlightsController", "Highlights &Panel")
        )

        self._browser.clip_shown.connect(self._clip_shown)
        self._browser.menu_extenders.append(self._extend_menu)
        self.panel.activated.connect(self.go_to)
        self.panel.edit_requested.connect(self.ask_comment)
        self.panel.color_requested.connect(self.recolor)
        self.panel.remove_requested.connect(self.remove)
        window.events.changed.connect(self._library_changed)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        # Not connected directly: triggered(bool) would pass its flag as the first argument.
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    # -- drawing ------------------------------------------------------------------------

    def prime(self, clip_id: int, items: list[Highlight]) -> None:
        """The highlights of the clip about to be shown, read with it (the window's
        :class:`~cuttings.core.library.reading.ReaderPage`): drawn without a read."""
        self._primed = (clip_id, items)

    def _clip_shown(self, clip: Clip | None) -> None:
        self._clip = clip
        primed, self._primed = self._primed, None
        if clip is None:
            self.items = []
        elif primed is not None and primed[0] == clip.id:
            self.items = primed[1]
        else:
            try:
                # highlights_of reads the text only for a clip that has highlights (most
                # have none): reading a long article's text again cost ms per clip shown.
                self.items = self._ops.library.highlights_of([clip.id]).get(clip.id, [])
            except CuttingsError:
                # Gone meanwhile (deleted elsewhere): the window shows why soon enough.
                self.items = []
        size = len(clip.text or "") if clip is not None else 0
        self.spans = draw_highlights(self._browser.document(), self.items, size)
        self.panel.set_highlights(self.items)
        if self._wanted is not None and clip is not None:
            wanted, self._wanted = self._wanted, None
            self.go_to(wanted)

    def go_to(self, highlight_id: int) -> None:
        """Scroll the reader to a highlight (a third of the way down) and put the caret there."""
        span = self.spans.get(highlight_id)
        if span is None:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "HighlightsController", "This highlight's text is no longer in the article."
                ),
                5000,
            )
            return
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(span[0])
        self._browser.setTextCursor(cursor)
        bar = self._browser.verticalScrollBar()
        top = self._browser.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self._browser.viewport().height() // 3)

    def reveal(self, clip_id: int, highlight_id: int) -> None:
        """Show a clip in the reader at one of its highlights (All Highlights)."""
        if self._clip is not None and self._clip.id == clip_id:
            self.go_to(highlight_id)
            return
        self._wanted = highlight_id
        self._window.reveal_clip(clip_id)

    # -- making ------------------------------------------------------------------------

    def _selection(self) -> tuple[int, TextQuote] | None:
        if self._clip is None:
            return None
        quote = selection_quote(self._browser.textCursor(), len(self._clip.text or ""))
        if quote is None:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "HighlightsController", "Select some text of the article first."
                ),
                5000,
            )
            return None
        return self._clip.id, quote

    def highlight_selection(self, color: str = DEFAULT_COLOR, comment: str = "") -> None:
        selected = self._selection()
        if selected is not None:
            self.add(*selected, color=color, comment=comment)

    def highlight_with_comment(self) -> QInputDialog | None:
        selected = self._selection()
        if selected is None:
            return None
        dialog = self._comment_dialog(
            QCoreApplication.translate("HighlightsController", "Highlight with Comment"), ""
        )
        dialog.textValueSelected.connect(lambda text: self.add(*selected, comment=text))
        dialog.open()
        return dialog

    def add(
        self, clip_id: int, quote: TextQuote, *, color: str = DEFAULT_COLOR, comment: str = ""
    ) -> None:
        def added(edit: HighlightEdit) -> None:
            self._push(QCoreApplication.translate("HighlightsController", "Highlight"), edit)
            self.dock.show()

        (
            LibraryOp(
                self._ops,
                lambda library: library.add_highlight(clip_id, quote, color=color, comment=comment),
            )
            .success(added)
            .run()
        )

    # -- changing ------------------------------------------------------------------------

    def _find(self, highlight_id: int) -> Highlight | None:
        return next((item for item in self.items if item.id == highlight_id), None)

    def _comment_dialog(self, title: str, text: str) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(QCoreApplication.translate("HighlightsController", "Comment:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(text)
        return dialog

    def ask_comment(self, highlight_id: int) -> QInputDialog | None:
        item = self._find(highlight_id)
        if item is None:
            return None
        dialog = self._comment_dialog(
            QCoreApplication.translate("HighlightsController", "Edit Highlight Comment"),
            item.comment,
        )
        dialog.textValueSelected.connect(lambda text: self.set_comment(highlight_id, text))
        dialog.open()
        return dialog

    def set_comment(self, highlight_id: int, comment: str) -> None:
        self._edit(
            QCoreApplication.translate("HighlightsController", "Edit Highlight Comment"),
            lambda lib: lib.edit_highlight(highlight_id, comment=comment),
        )

    def recolor(self, highlight_id: int, color: str) -> None:
        self._edit(
            QCoreApplication.translate("HighlightsController", "Recolour Highlight"),
            lambda lib: lib.edit_highlight(highlight_id, color=color),
        )

    def remove(self, highlight_id: int) -> None:
        self._edit(
            QCoreApplication.translate("HighlightsController", "Remove Highlight"),
            lambda lib: lib.remove_highlight(highlight_id),
        )

    def _edit(self, text: str, write: Callable[[Library], HighlightEdit]) -> None:
        LibraryOp(self._ops, write).success(lambda edit: self._push(text, edit)).run()

    def _push(self, text: str, edit: HighlightEdit) -> None:
        if not edit.change.is_empty:
            self._window.editor.history.push(text, edit, undo=_revert, redo=_revert)

    # -- menus and views ------------------------------------------------------------------

    def _extend_menu(self, menu: QMenu, pos: QPoint) -> None:
        """Add highlighting to the reader's context menu."""
        menu.addSeparator()
        has_selection = self._browser.textCursor().hasSelection()
        for name, label in COLOR_LABELS.items():
            action = menu.addAction(
                swatch(name),
                QCoreApplication.translate("HighlightsController", "Highlight in {label}").format(
                    label=label
                ),
                lambda n=name: self.highlight_selection(n),
            )
            action.setEnabled(has_selection)
        menu.addAction(self.act_highlight_comment)
        under = highlight_at(self._browser.cursorForPosition(pos))
        if under is not None:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("HighlightsController", "Edit Highlight Comment…"),
                lambda: self.ask_comment(under),
            )
            menu.addAction(
                QCoreApplication.translate("HighlightsController", "Remove Highlight"),
                lambda: self.remove(under),
            )

    def show_all(self) -> "AllHighlightsWindow":
        if self.all_window is None:
            from cuttings.ui.highlights.library_view import AllHighlightsWindow  # on first use

            self.all_window = AllHighlightsWindow(self._ops.library, self._window)
            self.all_window.open_requested.connect(self.reveal)
        else:
            self.all_window.reload()
        self.all_window.show()
        self.all_window.raise_()
        return self.all_window

    def _library_changed(self, change: LibraryChange) -> None:
        window = self.all_window
        if window is not None and window.isVisible() and not change.is_empty:
            window.reload()
