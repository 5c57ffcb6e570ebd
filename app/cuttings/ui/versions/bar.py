"""The version picker over the reader: the versions of the clip shown, by date.

Shown only for a clip whose article changed or whose page is gone, moved or
walled.  Choosing an older version shows it in the reader (its headline,
byline, date and body; the note and tags stay the clip's); Compare opens the
comparison of any two versions.
"""

import dataclasses

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cuttings.core.errors import CuttingsError
from cuttings.core.images.media import ImageData
from cuttings.core.library import Library
from cuttings.core.library.media import StoredImage
from cuttings.core.models import Clip
from cuttings.ui.reader.view import ReaderPanel
from cuttings.ui.versions.labels import change_label


def version_label(number: int, fetched_at: str) -> str:
    """ "Version 2 · 2025-02-22 14:30 UTC"."""
    return QCoreApplication.translate("VersionBar", "Version {number} · {fetched_at} UTC").format(
        number=number, fetched_at=fetched_at.replace("T", " ")[:16]
    )


class VersionPictures:
    """The reader's pictures: an older version's while the reader shows it, else the library's.

    :attr:`older` is the clip value made for an older version and its number;
    it counts only while the reader renders that very value (another clip, or
    this one shown anew, gets the clip's own pictures, whatever the order of
    the calls that show it).
    """

    def __init__(self, library: Library, reader: ReaderPanel) -> None:
        self._library = library
        self._reader = reader
        self.older: tuple[Clip, int] | None = None

    def _number(self, clip_id: int) -> int | None:
        older = self.older
        if older is None or older[0].id != clip_id or self._reader.browser.clip() is not older[0]:
            return None
        return older[1]

    def image_for(self, clip_id: int, url: str) -> ImageData | None:
        number = self._number(clip_id)
        if number is None:
            return self._library.image_for(clip_id, url)
        return self._library.version_image_for(clip_id, number, url)

    def clip_images(self, clip_id: int) -> list[StoredImage]:
        number = self._number(clip_id)
        if number is None:
            return self._library.clip_images(clip_id)
        return self._library.version_images(clip_id, number)


class VersionBar(QWidget):
    """Signals:
    compare_requested(int): the person asked to compare versions of this clip.
    """

    compare_requested = Signal(int)

    def __init__(
        self, library: Library, reader: ReaderPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._reader = reader
        self._clip: Clip | None = None
        # The reader's picture source (the window installs it): follows the version shown.
        self.pictures = VersionPictures(library, reader)
        self.status = QLabel(self)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(QCoreApplication.translate("VersionBar", "Version shown"))
        self.compare_button = QPushButton(
            QCoreApplication.translate("VersionBar", "Co&mpare Versions…"), self
        )
        label = QLabel(QCoreApplication.translate("VersionBar", "&Version:"), self)
        label.setBuddy(self.picker)
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 3
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.status, 1)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.compare_button)
        self.picker.activated.connect(self._chosen)
        self.compare_button.clicked.connect(self._compare)
        self.hide()

    def show_clip(self, clip: Clip | None) -> None:
        """Follow the reader: the newest version of ``clip`` is the one shown."""
        self._clip = clip
        self.pictures.older = None
        if clip is None or (not clip.change_count and clip.status == "ok"):
            self.hide()
            return
        try:
            # A few rows by clip id, bodies left out: as quick as the reader's own read.
            versions = self._library.versions(clip.id)
        except CuttingsError:
            self.hide()
            return
        self.picker.clear()
        for version in versions:
            self.picker.addItem(version_label(version.number, version.fetched_at), version.number)
        self.picker.setCurrentIndex(self.picker.count() - 1)
        self.compare_button.setEnabled(len(versions) > 1)
        self.status.setText(change_label(clip).capitalize())
        self.show()

    def _chosen(self, index: int) -> None:
        clip = self._clip
        if clip is None or index < 0:
            return
        if index == self.picker.count() - 1:
            self.pictures.older = None
            self._reader.browser.show_clip(clip)
            return
        try:
            version = self._library.version(clip.id, int(self.picker.itemData(index)))
        except CuttingsError:
            return
        shown = dataclasses.replace(
            clip,
            title=version.title,
            author=version.author,
            published_at=version.published_at,
            html=version.html,
            text=version.text,
        )
        self.pictures.older = (shown, version.number)
        self._reader.browser.show_clip(shown)

    def _compare(self) -> None:
        if self._clip is not None:
            self.compare_requested.emit(self._clip.id)
