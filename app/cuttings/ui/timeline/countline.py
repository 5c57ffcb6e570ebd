"""The line over the timeline: how many clips the query shows, where, with which
tags, how many are selected, or why a search was refused."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from cuttings.core.timeline import TimelineQuery
from cuttings.ui.timeline.model import TimelineModel
from cuttings.ui.timeline.view import TimelineView

ERROR_STYLE = "color: #d9432f;"


class CountLine(QLabel):
    """Follows the timeline's model and view; ``place_name`` names the sidebar place
    shown (Unread, a saved search), or gives an empty string for the whole library."""

    def __init__(
        self,
        model: TimelineModel,
        view: TimelineView,
        place_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self._place_name = place_name
        self._count_text = ""
        self.setAccessibleName(QCoreApplication.translate("CountLine", "Number of clips shown"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Wrapped when long, rather than widening the pane: "· 35,000 selected" moved
        # the splitter, and every timeline row and the article were laid out again.
        self.setWordWrap(True)
        margin = self.fontMetrics().height() // 2
        self.setContentsMargins(margin, margin // 2, margin, margin // 2)
        model.total_changed.connect(self.show_count)
        model.counting.connect(self._show_counting)
        model.search_failed.connect(self._show_search_error)
        view.selection_count_changed.connect(self._show_selected)

    def refresh(self) -> None:
        """Say the count again (the place's name may have changed)."""
        self.show_count(self._model.total)

    def show_loading(self, query: TimelineQuery) -> None:
        """A search or filter's rows load in the background: say so until they arrive."""
        self.setStyleSheet("")
        if query.search.strip():
            text = QCoreApplication.translate("CountLine", "Searching for “{search}”…")
            self.setText(text.format(search=query.search))
        else:
            self.setText(QCoreApplication.translate("CountLine", "Loading…"))

    def show_count(self, total: int) -> None:
        query = self._model.query
        if query.searching or query.tags:
            empty = QCoreApplication.translate("CountLine", "No clip matches.")
        else:
            empty = QCoreApplication.translate(
                "CountLine",
                "Your library is empty.\n\nPaste a link in the field above (Ctrl+L), "
                "press Ctrl+V here, or drop a link from your browser onto this window.\n\n"
                "Bookmarks or another app's export? File → Import… (Ctrl+Shift+I).",
            )
        self._view.set_empty_text(empty)
        self.setStyleSheet("")
        if query.search.strip():
            count = CountLine.tr("%Ln match(es) for “{search}”", "", total)
            text = count.format(search=query.search)
        else:
            text = CountLine.tr("%Ln clip(s)", "", total)
        place = self._place_name()
        if place:
            in_place = QCoreApplication.translate("CountLine", "{count} in {place}")
            text = in_place.format(count=text, place=place)
        if query.tags:
            tags = " + ".join(query.tags)
            tagged = QCoreApplication.translate("CountLine", "{count} tagged {tags}")
            text = tagged.format(count=text, tags=tags)
        self._count_text = text
        self._show_selected(self._view.selected_count())

    def _show_counting(self) -> None:
        """A new query's first rows are shown; its count comes with its whole list."""
        self.setStyleSheet("")
        self._count_text = QCoreApplication.translate("CountLine", "Counting…")
        self._show_selected(self._view.selected_count())

    def _show_selected(self, selected: int) -> None:
        """The count, and how many clips are selected when more than one is."""
        text = self._count_text
        if selected > 1:
            text += " · " + CountLine.tr("%Ln selected", "", selected)
        self.setText(text)

    def _show_search_error(self, message: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        text = QCoreApplication.translate("CountLine", "Search: {message}")
        self.setText(text.format(message=message))
