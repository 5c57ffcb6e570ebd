"""Which clips an export covers, read a page at a time so memory stays flat."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cuttings.core.errors import NotFoundError
from cuttings.core.library import Library
from cuttings.core.models import Clip

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class Selection:
    """All clips (oldest first), the clips ``clip_ids`` (in that order), or a search's results."""

    clip_ids: Sequence[int] | None = None
    query: str | None = None

    def count(self, library: Library) -> int:
        if self.clip_ids is not None:
            return len(self.clip_ids)
        if self.query:
            return library.search(self.query, limit=1).total
        return library.count()

    def ids(self, library: Library, page_size: int = PAGE_SIZE) -> Iterator[list[int]]:
        """Pages of clip ids."""
        if self.clip_ids is not None:
            ids = list(self.clip_ids)
            for start in range(0, len(ids), page_size):
                yield ids[start : start + page_size]
            return
        offset = 0
        while True:
            if self.query:
                page = library.search(self.query, limit=page_size, offset=offset).clips
            else:
                page = library.list_clips(limit=page_size, offset=offset, newest_first=False)
            if not page:
                return
            yield [clip.id for clip in page]
            offset += len(page)

    def summaries(self, library: Library, page_size: int = PAGE_SIZE) -> Iterator[Clip]:
        """The clips without their bodies (for tables of contents)."""
        for ids in self.ids(library, page_size):
            clips = library.get_many(ids)
            _check_found(ids, clips)
            yield from clips

    def clips(self, library: Library, page_size: int = PAGE_SIZE) -> Iterator[Clip]:
        """The whole clips, html and text included."""
        for ids in self.ids(library, page_size):
            clips = library.get_many_with_bodies(ids)
            _check_found(ids, clips)
            yield from clips


def _check_found(ids: list[int], clips: list[Clip]) -> None:
    if len(clips) < len(ids):
        found = {clip.id for clip in clips}
        missing = ", ".join(str(i) for i in ids if i not in found)
        raise NotFoundError(f"no clip with id {missing}")
