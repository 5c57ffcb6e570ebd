"""What the endpoint may do, and its headless implementation on a library.

The endpoint reaches the library only through a :class:`ClipService`: the tag
names (for the extension's completion), clipping a page or a link, and
showing a clip it just made.  Nothing else of the library can be read.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from cuttings.core.connector.protocol import LinkRequest, PageRequest, RequestError
from cuttings.core.library import Library
from cuttings.core.models import Clip

if TYPE_CHECKING:  # the fetcher (requests) loads with the first clip, not with the window
    from cuttings.core.fetch import Fetcher


@dataclass(frozen=True, slots=True)
class ClipResult:
    """The clip a request made or found: all the endpoint tells about it."""

    status: str
    clip_id: int
    title: str
    url: str
    word_count: int
    excerpt: str

    @classmethod
    def of(cls, status: str, clip: Clip) -> "ClipResult":
        return cls(status, clip.id, clip.title, clip.url, clip.word_count, clip.excerpt)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "id": self.clip_id,
            "title": self.title,
            "url": self.url,
            "word_count": self.word_count,
            "excerpt": self.excerpt,
        }


class ClipService(Protocol):
    """The library as the endpoint sees it; called from the server's threads."""

    def tag_names(self) -> list[str]: ...

    def clip_page(self, page: PageRequest) -> ClipResult: ...

    def clip_link(self, link: LinkRequest) -> ClipResult: ...

    def open_clip(self, clip_id: int) -> None: ...


class LibraryService:
    """The service of ``cuttings serve``: straight on the library, one clip at a time.

    ``on_clip`` hears of every clip made (the command prints a line).
    """

    def __init__(
        self,
        library: Library,
        *,
        fetcher: "Fetcher | None" = None,
        on_clip: Callable[[ClipResult], None] | None = None,
    ) -> None:
        self._library = library
        self._fetcher = fetcher
        self._on_clip = on_clip
        # Requests come in on several threads; writes go one at a time.
        self._write_lock = threading.Lock()

    def tag_names(self) -> list[str]:
        return [tag.name for tag in self._library.tags()]

    def clip_page(self, page: PageRequest) -> ClipResult:
        from cuttings.core.clipping import default_fetcher
        from cuttings.core.connector.capture import page_article, store_article

        # The page's pictures are downloaded as a fetched page's are.
        article = page_article(page, self._fetcher or default_fetcher())
        with self._write_lock:
            stored = store_article(self._library, article, page.tags, replace=True)
        return self._made(stored.status, stored.clip)

    def clip_link(self, link: LinkRequest) -> ClipResult:
        # Imported here: the extraction stack is heavy, and the window starts the
        # endpoint at once without needing it until the first clip.
        from cuttings.core.clipping import fetch_article
        from cuttings.core.connector.capture import store_article, tag_known

        existing = self._library.find_by_url(link.url)
        if existing is not None:
            with self._write_lock:
                known = tag_known(self._library, existing.id, link.tags)
            return self._made(known.status, known.clip)
        article = fetch_article(link.url, fetcher=self._fetcher)
        with self._write_lock:
            stored = store_article(self._library, article, link.tags, replace=False)
        return self._made(stored.status, stored.clip)

    def open_clip(self, clip_id: int) -> None:
        raise RequestError("no Cuttings window is open (cuttings serve runs without one)", 409)

    def _made(self, status: str, clip: Clip) -> ClipResult:
        result = ClipResult.of(status, clip)
        if self._on_clip is not None:
            self._on_clip(result)
        return result
