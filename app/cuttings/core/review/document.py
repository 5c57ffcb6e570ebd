"""An edition gathered for output: its sections, each article's clip and image.

The exporters (:mod:`.pdf`, :mod:`.docx`, :mod:`.html`) read a
:class:`ReviewDocument` and nothing else: no library, no network.  Images
come from an :data:`ImageProvider` (the stored images of a clip, when the
library keeps them); without one, articles have no image.
"""

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.review.models import Edition, ReviewEntry

# A clip's lead image as stored bytes (PNG, JPEG, GIF), or None: never a URL to fetch.
ImageProvider = Callable[[Clip], bytes | None]
PageSize = Literal["A4", "Letter"]
# (articles done, articles in all)
ReviewProgress = Callable[[int, int], None]

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


class ReviewCancelledError(CuttingsError):
    """The export was cancelled; nothing was written."""


def image_kind(data: bytes) -> str:
    """``png``, ``jpeg`` or ``gif`` from the bytes' signature, or ``""``."""
    for magic, kind in zip(_IMAGE_MAGIC, ("png", "jpeg", "gif", "gif"), strict=True):
        if data.startswith(magic):
            return kind
    return ""


def long_date(day: date) -> str:
    """``Saturday 1 March 2025`` (``%-d`` is not portable to Windows)."""
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


@dataclass(frozen=True, slots=True)
class Article:
    number: int  # 1.. in reading order, as the table of contents numbers it
    entry: ReviewEntry
    clip: Clip  # with its text
    image: bytes | None = None

    @property
    def outlet(self) -> str:
        return self.clip.source or self.clip.site_name

    @property
    def when(self) -> str:
        """The published date and time as a person reads it (``2025-03-01 14:30``)."""
        value = self.clip.published_at
        if not value:
            return ""
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        has_time = "T" in value or " " in value.strip()
        return moment.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")

    @property
    def byline(self) -> str:
        """Outlet · author · date and time, the parts that are known."""
        return " · ".join(part for part in (self.outlet, self.clip.author, self.when) if part)

    @property
    def paragraphs(self) -> list[str]:
        """The article's text, a paragraph a string (none for headline-only entries)."""
        if not self.entry.full_text:
            return []
        text = self.clip.text or ""
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]

    @property
    def summary(self) -> str:
        return self.entry.summary or ("" if self.entry.full_text else self.clip.excerpt)


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class ReviewDocument:
    edition: Edition
    sections: tuple[Section, ...]

    @property
    def articles(self) -> list[Article]:
        return [article for section in self.sections for article in section.articles]


def gather(
    library: Library,
    edition_id: int,
    *,
    images: ImageProvider | None = None,
    on_progress: ReviewProgress | None = None,
    cancel: threading.Event | None = None,
) -> ReviewDocument:
    """The edition with its clips read whole, in order."""
    edition = library.edition(edition_id)
    total = len(edition.entries)
    number = 0
    sections = []
    for section in edition.sections:
        articles = []
        for entry in section.entries:
            if cancel is not None and cancel.is_set():
                raise ReviewCancelledError("the export was cancelled")
            clip = library.get(entry.clip_id, with_body=True)
            image = images(clip) if images is not None else None
            number += 1
            articles.append(
                Article(number, entry, clip, image if image and image_kind(image) else None)
            )
            if on_progress is not None:
                on_progress(number, total)
        sections.append(Section(section.title, tuple(articles)))
    return ReviewDocument(edition, tuple(sections))
