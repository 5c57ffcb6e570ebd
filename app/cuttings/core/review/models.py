"""The plain values of press reviews handed to callers.

Callers get frozen values: :class:`Edition` (whole, with its sections and
entries) and :class:`EditionSummary` (a line of the list of editions).  The
tables they are read from are in :mod:`.tables`.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    id: int
    clip_id: int
    summary: str = ""
    full_text: bool = True


@dataclass(frozen=True, slots=True)
class ReviewSection:
    id: int
    title: str
    entries: tuple[ReviewEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Edition:
    """A press review: a named, dated edition of ordered sections of ordered clips."""

    id: int
    name: str
    title: str
    date: date
    highlights: str
    logo: bytes | None
    sections: tuple[ReviewSection, ...]

    @property
    def entries(self) -> tuple[ReviewEntry, ...]:
        """Every entry, in reading order."""
        return tuple(entry for section in self.sections for entry in section.entries)

    def section_of(self, entry_id: int) -> ReviewSection:
        for section in self.sections:
            if any(entry.id == entry_id for entry in section.entries):
                return section
        raise KeyError(entry_id)


@dataclass(frozen=True, slots=True)
class EditionSummary:
    id: int
    name: str
    title: str
    date: date
    sections: int
    articles: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "date": self.date.isoformat(),
            "sections": self.sections,
            "articles": self.articles,
        }
