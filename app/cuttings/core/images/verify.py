"""Is it a picture?  Decoding the header of downloaded bytes, whatever the server called them.

Pillow reads the header (and, for PNG, checks every chunk) without decoding
the pixels; a picture that claims more pixels than :data:`MAX_PIXELS` is
refused before anything is decoded, since a few kilobytes of PNG can inflate
to gigabytes (a decompression bomb).  SVG is refused: a drawing is a
document that may run scripts and load other files, and the reader never
runs or loads anything.
"""

import io
import warnings

from PIL import Image, UnidentifiedImageError

from cuttings.core.errors import CuttingsError
from cuttings.core.images.media import ImageData
from cuttings.core.images.settings import MAX_PIXELS

# The formats kept, as Pillow names them; the reader (Qt) shows all of them.
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
_SVG_SNIFF = 1024


class ImageRefused(CuttingsError):
    """Downloaded bytes that are not kept as a picture (the message says why)."""


def verify_image(data: bytes, *, max_pixels: int = MAX_PIXELS) -> ImageData:
    """The picture in ``data``, or :class:`ImageRefused` saying why it is not one."""
    head = data[:_SVG_SNIFF].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) or b"<svg" in head:
        raise ImageRefused("an SVG drawing: not kept (it could run scripts or load files)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(MEDIA_TYPES)) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise Image.DecompressionBombError(f"{width} x {height}")
                image.verify()
                kind = MEDIA_TYPES[str(image.format)]
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused("too many pixels to decode safely (a decompression bomb?)") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, KeyError, EOFError):
        raise ImageRefused("not a picture (its bytes do not decode as one)") from None
    if width < 1 or height < 1:
        raise ImageRefused("not a picture (no pixels)")
    return ImageData(kind, width, height, data)
