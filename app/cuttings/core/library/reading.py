"""What the reader shows of a clip, read in one transaction.

The window reads it in the pool when the reader follows a key or a new list
(the clip, its pictures' links, its highlights and, if asked for, the
pictures themselves), so the GUI thread only lays the article out.
"""

from dataclasses import dataclass, field

from cuttings.core.highlights.models import Highlight
from cuttings.core.images.media import ImageData
from cuttings.core.library.highlights import anchored, highlights_of_clips
from cuttings.core.library.media import StoredImage, kept_pictures, links_of
from cuttings.core.library.rows import _raw
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import Clip


@dataclass(frozen=True)
class ReaderPage:
    """A clip with its body; its picture links in document order (failures included);
    its highlights anchored in its text, in reading order; and, when read with them,
    its kept pictures by the URL the article names them with."""

    clip: Clip
    links: list[StoredImage]
    highlights: list[Highlight]
    pictures: dict[str, ImageData] = field(default_factory=dict)


class Reading(LibraryStore):
    """The reader's read of a clip."""

    def reader_page(self, clip_id: int, *, with_pictures: bool = False) -> ReaderPage:
        """Everything the reader shows of a clip (:class:`NotFoundError` if it is gone)."""
        with self._read() as conn:
            clip = self._get(conn, clip_id, with_body=True)
            db = _raw(conn)
            links = links_of(db, clip_id)
            highlights = anchored(highlights_of_clips(db, [clip_id]), clip.text or "")
            pictures = kept_pictures(db, clip_id) if with_pictures else {}
        return ReaderPage(clip, links, highlights, pictures)
