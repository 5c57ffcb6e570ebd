"""The product of the clipping pipeline, before it is stored."""

from dataclasses import dataclass

from cuttings.core.images.media import ClipMedia
from cuttings.core.urls import without_credentials
from cuttings.core.words import count_words


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article and its press-clipping metadata.

    ``published_at`` is an ISO 8601 string as precise as the page allows: a
    date (``2025-02-22``), a local time (``2025-02-22T14:49:00``) or a time with
    its offset (``2025-02-22T14:49:00+01:00``).  ``html`` is sanitized.
    """

    url: str
    canonical_url: str
    title: str
    html: str
    text: str
    site_name: str = ""
    source: str = ""
    author: str = ""
    published_at: str | None = None
    language: str = ""
    lead_image: str = ""
    excerpt: str = ""
    # The pictures and page as fetched, stored with the clip (None: keep what is stored).
    media: ClipMedia | None = None

    def __post_init__(self) -> None:
        # Every article is stored through here, fetched or imported: no
        # password in a URL reaches the library.
        for name in ("url", "canonical_url", "lead_image"):
            object.__setattr__(self, name, without_credentials(getattr(self, name)))

    @property
    def word_count(self) -> int:
        return count_words(self.text)
