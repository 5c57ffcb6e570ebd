"""The product of the clipping pipeline, before it is stored."""

from dataclasses import dataclass
from typing import Literal

from cuttings.core.images.media import ClipMedia
from cuttings.core.urls import without_credentials
from cuttings.core.words import count_words

Capture = Literal["fetched", "browser", "file", "clipboard"]
# How a page can reach Cuttings: fetched by Cuttings itself, sent by the
# browser extension as the person saw it, read from a saved page, pasted.
CAPTURES: tuple[Capture, ...] = ("fetched", "browser", "file", "clipboard")


def capture_kind(value: object) -> Capture:
    """``value`` if it names a capture kind, else ``"fetched"`` (older files, typos)."""
    for kind in CAPTURES:
        if value == kind:
            return kind
    return "fetched"


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article and its press-clipping metadata.

    ``published_at`` is an ISO 8601 string as precise as the page allows: a
    date (``2025-02-22``), a local time (``2025-02-22T14:49:00``) or a time with
    its offset (``2025-02-22T14:49:00+01:00``).  ``html`` is sanitized.
    ``capture`` says how the page reached Cuttings; ``partial`` why the text
    is less than the article (a paywall, a consent wall…), empty when complete.
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
    capture: Capture = "fetched"
    partial: str = ""
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
