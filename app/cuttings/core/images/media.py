"""What a clip keeps besides its text: its pictures and the page as fetched (plain values).

These travel with an :class:`~cuttings.core.article.Article` from the
fetching threads to the single writer, which stores them in the same
transaction as the clip (:mod:`cuttings.core.library.media`).
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ImageData:
    """A verified picture: its bytes as downloaded and what decoding its header said."""

    media_type: str
    width: int
    height: int
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class ImageLink:
    """One picture of an article, in document order.

    ``url`` is the source as the article's HTML names it (what the reader
    asks for), ``source_url`` the candidate actually downloaded.  A picture
    not kept has no ``image`` and a ``failure`` saying why.
    """

    url: str
    source_url: str = ""
    image: ImageData | None = None
    failure: str = ""
    lead: bool = False


@dataclass(frozen=True, slots=True)
class OriginalPage:
    """The page as the server sent it: bytes (transfer encoding undone), URL, status, headers."""

    fetched_at: datetime
    final_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    # The clip's version this page showed; None: the newest when it is stored.
    version: int | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True, slots=True)
class ClipMedia:
    """An article's pictures and original pages (the one fetched with it, or an import's)."""

    images: tuple[ImageLink, ...] = ()
    originals: tuple[OriginalPage, ...] = ()
    # The pictures of older versions by version number (an import; the newest's are ``images``).
    version_images: tuple[tuple[int, tuple[ImageLink, ...]], ...] = ()

    @property
    def image_bytes(self) -> int:
        return sum(link.image.size for link in self.images if link.image is not None)
