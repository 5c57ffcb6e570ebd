"""Pictures in the reader: where they come from, how they fit the column, the full-size view."""

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from cuttings.core.images.media import ImageData
from cuttings.core.library.media import StoredImage


class PictureSource(Protocol):
    """What the reader reads pictures from (the :class:`~cuttings.core.library.Library`)."""

    def image_for(self, clip_id: int, url: str) -> ImageData | None: ...

    def clip_images(self, clip_id: int) -> list[StoredImage]: ...


def decode(image: ImageData) -> QImage | None:
    """The picture as a QImage, or None if Qt cannot decode it."""
    decoded = QImage.fromData(image.data)
    return None if decoded.isNull() else decoded


def fitted(image: QImage, column: float, ratio: float) -> QImage:
    """``image`` no wider than ``column`` logical pixels, sharp at device ``ratio``.

    A picture smaller than the column keeps its size; a larger one is scaled
    to the column's width in device pixels and marked with the ratio, so Qt
    lays it out at the column's logical width with every device pixel drawn.
    """
    width = max(1, round(column * ratio))
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(ratio)
    return image


class PictureDialog(QDialog):
    """A picture at its full size, scrollable when larger than the screen."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or QCoreApplication.translate("PictureDialog", "Picture"))
        self.setAccessibleName(QCoreApplication.translate("PictureDialog", "Picture"))
        label = QLabel(self)
        label.setPixmap(QPixmap.fromImage(image))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea(self)
        area.setWidget(label)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableSize() * 0.9 if screen is not None else QSize(1200, 900)
        self.resize(min(image.width() + 4, room.width()), min(image.height() + 4, room.height()))
