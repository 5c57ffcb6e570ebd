"""The press-review tables (SQLModel) and the plain values handed to callers.

The tables mirror :func:`cuttings.core.migrations._v11_press_reviews` (the
migration owns the DDL); their column lists are read from the models' table
metadata, as ``ClipRow`` does for clips.  Callers get frozen values:
:class:`Edition` (whole, with its sections and entries) and
:class:`EditionSummary` (a line of the list of editions).
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Field, SQLModel


class EditionRow(SQLModel, table=True):
    __tablename__ = "review_editions"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    title: str
    date: str  # ISO day, YYYY-MM-DD
    highlights: str = ""  # the "In evidenza" text
    logo: bytes | None = None  # image bytes (PNG, JPEG)
    created_at: str
    updated_at: str


class SectionRow(SQLModel, table=True):
    __tablename__ = "review_sections"

    id: int | None = Field(default=None, primary_key=True)
    edition_id: int = Field(foreign_key="review_editions.id")
    position: int
    title: str


class EntryRow(SQLModel, table=True):
    __tablename__ = "review_entries"

    id: int | None = Field(default=None, primary_key=True)
    edition_id: int = Field(foreign_key="review_editions.id")
    section_id: int = Field(foreign_key="review_sections.id")
    clip_id: int
    position: int
    summary: str = ""
    full_text: bool = True  # False: headline and summary only


def _columns(model: type[SQLModel]) -> tuple[str, ...]:
    table = SQLModel.metadata.tables[str(model.__tablename__)]
    return tuple(column.name for column in table.columns)


EDITION_COLUMNS = _columns(EditionRow)
SECTION_COLUMNS = _columns(SectionRow)
ENTRY_COLUMNS = _columns(EntryRow)


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
