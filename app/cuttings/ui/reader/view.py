"""The reader widgets: a browser that never goes online, and a note editor under it."""

import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cuttings.core.library.media import StoredImage
from cuttings.core.models import Clip
from cuttings.ui.browser import open_in_browser
from cuttings.ui.reader.find import FindBar
from cuttings.ui.reader.marks import search_highlighter, term_selections
from cuttings.ui.reader.pictures import PictureDialog, PictureSource, decode, fitted
from cuttings.ui.reader.render import clip_document, reader_stylesheet

LINE_LENGTH_CH = 70
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class ReaderBrowser(QTextBrowser):
    """Shows a clip's sanitized HTML offline.

    Nothing remote ever loads: :meth:`loadResource` answers an image with the
    picture stored in the library (see :meth:`set_picture_source`), scaled to
    the column, or else a small placeholder, and records the remote URLs it
    did not find in :attr:`refused_urls`.  Clicking a stored picture opens it
    full size.  Links open in the system browser.

    The current search's words are marked in the article (:meth:`set_search`);
    other marks (Find in Article) are set by kind with :meth:`set_marks`.
    :attr:`context_actions` are added to the context menu (Copy Link…), then
    :attr:`menu_extenders` add theirs.

    Signals:
        link_opened(QUrl): a link was handed to the system browser.
        content_changed(): another clip (or the same one, again) was laid out.
        clip_shown(object): the document now shows this clip (or ``None``),
            drawn anew: highlights are drawn over it (ui/highlights).
        picture_opened(str): a stored picture was opened full size (its URL).
    """

    link_opened = Signal(QUrl)
    content_changed = Signal()
    clip_shown = Signal(object)
    picture_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(QCoreApplication.translate("ReaderBrowser", "Reader"))
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._open_link)
        self.refused_urls: list[QUrl] = []
        self.context_actions: list[QAction] = []
        # Called with the menu and the position to add their own entries (highlights).
        self.menu_extenders: list[Callable[[QMenu, QPoint], None]] = []
        self._clip: Clip | None = None
        self._placeholder: QImage | None = None
        self._scale = 1.0
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._search = search_highlighter("")
        self._search_text = ""
        self._pictures: PictureSource | None = None
        # Pictures read and fitted with the clip shown (see show_clip), by URL.
        self._ready: dict[str, QImage] = {}
        self._apply_style()

    # -- content ------------------------------------------------------------------

    def show_clip(
        self,
        clip: Clip | None,
        *,
        links: Sequence[StoredImage] | None = None,
        pictures: Mapping[str, QImage] | None = None,
    ) -> None:
        """Show ``clip``; its picture ``links`` and ``pictures`` (decoded and fitted to
        the column, see :meth:`picture_fit`) when read with it, else read from the
        picture source as the article is laid out."""
        same = clip is not None and self._clip is not None and clip.id == self._clip.id
        scroll = self.verticalScrollBar().value() if same else 0
        self._clip = clip
        self._ready = dict(pictures or {})
        if clip is None:
            self._set_content(self._empty_html())
        else:
            failures, lead = self._pictures_of(clip.id, links)
            self._set_content(clip_document(clip, failures=failures, lead_image=lead))
        self._mark_search()
        self.verticalScrollBar().setValue(scroll)
        self.content_changed.emit()
        self.clip_shown.emit(clip)

    def clip(self) -> Clip | None:
        return self._clip

    # -- marks ------------------------------------------------------------------------

    def set_search(self, search: str) -> None:
        """Mark the words of this search (the timeline's) in the article."""
        if search == self._search_text:
            return  # the window passes it with every clip shown: parsed once, not each time
        self._search_text = search
        self._search = search_highlighter(search)
        self._mark_search()

    def _mark_search(self) -> None:
        found = self._search if self._clip is not None else None
        self.set_marks("search", term_selections(self.document(), found, self.palette()))

    def set_marks(self, kind: str, marks: list[QTextEdit.ExtraSelection]) -> None:
        """Show these marks (replacing the earlier ones of ``kind``)."""
        self._marks[kind] = marks
        self.setExtraSelections([mark for group in self._marks.values() for mark in group])

    def marks(self, kind: str) -> list[QTextEdit.ExtraSelection]:
        return list(self._marks.get(kind, []))

    def context_menu(self, pos: QPoint) -> QMenu:
        """The context menu at ``pos`` (viewport coordinates): Qt's, ours, then the extenders'."""
        menu = self.createStandardContextMenu(pos)
        if self._clip is not None and self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        for extend in self.menu_extenders:
            extend(menu, pos)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _empty_html(self) -> str:
        return (
            '<p class="meta" align="center"><br/><br/>'
            + html.escape(
                QCoreApplication.translate("ReaderBrowser", "Select a clip to read it here.")
            )
            + "<br/>"
            + html.escape(
                QCoreApplication.translate(
                    "ReaderBrowser",
                    "Paste or drop a link anywhere in the window to clip an article.",
                )
            )
            + "</p>"
        )

    def set_picture_source(self, source: PictureSource | None) -> None:
        """Read pictures from ``source`` (the library); None shows placeholders only."""
        self._pictures = source
        if self._clip is not None:
            self.show_clip(self._clip)

    def _pictures_of(
        self, clip_id: int, links: Sequence[StoredImage] | None
    ) -> tuple[dict[str, str], str]:
        """Why each picture not kept was not, and the stored lead image's URL."""
        if links is None:
            if self._pictures is None:
                return {}, ""
            links = self._pictures.clip_images(clip_id)
        lead = next((link.url for link in links if link.lead and link.sha256), "")
        return {link.url: link.failure for link in links if link.failure}, lead

    def _stored_picture(self, url: str) -> QImage | None:
        if self._pictures is None or self._clip is None or not url:
            return None
        data = self._pictures.image_for(self._clip.id, url)
        return None if data is None else decode(data)

    def loadResource(self, type_: int, url: QUrl) -> Any:
        """Never fetch: a stored picture, else a placeholder; other resources nothing."""
        image = None
        if int(type_) == QTextDocument.ResourceType.ImageResource.value:
            name = url.toString()
            image = self._ready.get(name)
            if image is None:
                image = self._stored_picture(name)
        if image is None and url.scheme() not in ("", "data"):
            self.refused_urls.append(QUrl(url))
        if image is not None:
            return fitted(image, self._column_width(), self.devicePixelRatioF())
        if int(type_) == QTextDocument.ResourceType.ImageResource.value:
            return self._placeholder_image()
        return None

    def picture_fit(self) -> tuple[float, float]:
        """The column's width in logical pixels and the device pixel ratio: what
        pictures handed to :meth:`show_clip` are fitted to."""
        return self._column_width(), self.devicePixelRatioF()

    def _column_width(self) -> float:
        """The text column's width in logical pixels (see :meth:`_fit_line_length`)."""
        metrics = QFontMetricsF(self.font())
        pad = metrics.height() * 1.2
        char = metrics.averageCharWidth() * 1.18
        return max(pad, min(char * LINE_LENGTH_CH, self.viewport().width() - 2 * pad))

    def picture_at(self, position: QPoint) -> str:
        """The URL of the picture under ``position`` (viewport coordinates), or ""."""
        point = QPointF(
            position.x() + self.horizontalScrollBar().value(),
            position.y() + self.verticalScrollBar().value(),
        )
        layout = self.document().documentLayout()
        at = layout.hitTest(point, Qt.HitTestAccuracy.ExactHit)
        if at < 0:
            return ""
        cursor = QTextCursor(self.document())
        # A character's format is the one of the cursor after it: the image may
        # be on either side of the position hit.
        for place in (at + 1, at):
            if place > self.document().characterCount() - 1:
                continue
            cursor.setPosition(place)
            fmt = cursor.charFormat()
            if fmt.isImageFormat():
                return fmt.toImageFormat().name()
        return ""

    def open_picture(self, url: str) -> bool:
        """Show the stored picture named ``url`` full size; False if none is stored."""
        image = self._stored_picture(url)
        if image is None:
            return False
        dialog = PictureDialog(image, self._clip.title if self._clip else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.picture_opened.emit(url)
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            url = self.picture_at(event.position().toPoint())
            if url and self.open_picture(url):
                event.accept()

    def _placeholder_image(self) -> QImage:
        if self._placeholder is None:
            self._placeholder = self._draw_placeholder()
        return self._placeholder

    def _draw_placeholder(self) -> QImage:
        unit = QFontMetricsF(self.font()).height()
        size = QSize(round(unit * 3.2), round(unit * 2.2))
        ratio = self.devicePixelRatioF()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.palette().color(QPalette.ColorRole.Text))
        color.setAlphaF(0.35)
        painter.setPen(QPen(color, max(1.0, unit / 14)))
        box = QRectF(1, 1, size.width() - 2, size.height() - 2)
        painter.drawRoundedRect(box, unit / 5, unit / 5)
        # A sun and a hill: "a picture was here".
        w, h = box.width(), box.height()
        painter.drawEllipse(QRectF(box.left() + w * 0.18, box.top() + h * 0.2, h * 0.22, h * 0.22))
        painter.drawPolyline(
            [
                QPointF(box.left() + w * 0.1, box.top() + h * 0.82),
                QPointF(box.left() + w * 0.42, box.top() + h * 0.45),
                QPointF(box.left() + w * 0.6, box.top() + h * 0.65),
                QPointF(box.left() + w * 0.72, box.top() + h * 0.52),
                QPointF(box.left() + w * 0.9, box.top() + h * 0.82),
            ]
        )
        painter.end()
        return image

    # -- links ------------------------------------------------------------------------

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            open_in_browser(url, self)
            self.link_opened.emit(url)

    # -- look ---------------------------------------------------------------------------

    def set_text_scale(self, scale: float) -> None:
        """Text this much larger (or smaller) than the window's font."""
        if scale != self._scale:
            self._scale = scale
            self._apply_style()

    def text_scale(self) -> float:
        return self._scale

    def _text_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale)
        return font

    def _apply_style(self) -> None:
        self._placeholder = None
        self.document().setDefaultStyleSheet(
            reader_stylesheet(self.palette(), self._text_font().pointSizeF())
        )
        if self._clip is not None:
            self.show_clip(self._clip)
        else:
            self._set_content(self._empty_html())

    def _set_content(self, html: str) -> None:
        """Show ``html`` in a new document, laid out once with the column's margins.

        ``setHtml`` on the shown document removes its old text as an edit and
        lays the new one out again after the margins change: ~3 ms more, on
        the GUI thread, for each clip shown.  The new document takes over the
        old one's settings (style sheet, font, wrapping); the old one is
        deleted with its marks' cursors, so the marks go too (their owners
        set them again on :attr:`content_changed` and :attr:`clip_shown`).
        """
        old = self.document()
        document = QTextDocument(self)
        document.setDefaultStyleSheet(old.defaultStyleSheet())
        document.setDefaultFont(old.defaultFont())
        document.setDefaultTextOption(old.defaultTextOption())
        document.setDocumentMargin(old.documentMargin())
        document.setUndoRedoEnabled(False)
        document.setHtml(html)
        self._fit_line_length(document)
        self._marks.clear()
        self.setExtraSelections([])
        ours = old.parent() is self  # not the first, which Qt deletes itself
        self.setDocument(document)
        if ours:
            old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_style()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_line_length()

    def _fit_line_length(self, document: QTextDocument | None = None) -> None:
        """Side margins that keep lines near 70 characters, however wide the pane
        (on ``document`` before it is shown, else on the one shown)."""
        metrics = QFontMetricsF(self._text_font())
        char = metrics.averageCharWidth() * 1.18
        pad = metrics.height() * 1.2
        width = self.viewport().width()
        side = max(pad, (width - char * LINE_LENGTH_CH) / 2)
        frame = (document or self.document()).rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == pad:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(pad)
        fmt.setBottomMargin(pad * 2)
        frame.setFrameFormat(fmt)


class ReaderPanel(QWidget):
    """The reader and the clip's note.

    Signals:
        note_edited(int, str): the user paused typing in (or left) the note of a clip.
    """

    note_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ReaderBrowser(self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(
            QCoreApplication.translate("ReaderPanel", "Add a note to this clip…")
        )
        self.note.setAccessibleName(QCoreApplication.translate("ReaderPanel", "Note"))
        self.note.setTabChangesFocus(True)
        self._note_label = QLabel(QCoreApplication.translate("ReaderPanel", "&Note"), self)
        self._note_label.setBuddy(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        self.find_bar = FindBar(self.browser, self)
        layout.addWidget(self.find_bar)
        note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        margin = self.fontMetrics().height() // 2
        note_layout.setContentsMargins(margin, margin // 2, margin, margin)
        note_layout.setSpacing(margin // 3)
        note_layout.addWidget(self._note_label)
        note_layout.addWidget(self.note)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(note_box)
        self._clip_id: int | None = None
        self._saved_note = ""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(700)
        self._save_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self._note_typed)
        self.show_clip(None)

    def show_clip(
        self,
        clip: Clip | None,
        *,
        links: Sequence[StoredImage] | None = None,
        pictures: Mapping[str, QImage] | None = None,
    ) -> None:
        """Show ``clip`` and its note (see :meth:`ReaderBrowser.show_clip`)."""
        same = clip is not None and clip.id == self._clip_id
        if not same:
            self.flush_note()
        self.browser.show_clip(clip, links=links, pictures=pictures)
        self._clip_id = None if clip is None else clip.id
        note = "" if clip is None else clip.note
        unsaved = same and self.note.toPlainText() != self._saved_note
        if not unsaved:
            if self.note.toPlainText() != note:
                self.note.blockSignals(True)
                self.note.setPlainText(note)
                self.note.blockSignals(False)
            self._saved_note = note
        self.note.setEnabled(clip is not None)

    def clip_id(self) -> int | None:
        return self._clip_id

    def _note_typed(self) -> None:
        if self._clip_id is not None:
            self._save_timer.start()

    def flush_note(self) -> None:
        """Save a pending note edit now (on clip change, focus out, close)."""
        self._save_timer.stop()
        text = self.note.toPlainText()
        if self._clip_id is not None and text != self._saved_note:
            self._saved_note = text
            self.note_edited.emit(self._clip_id, text)
