"""The press-review tables (SQLModel): the column lists of their rows.

They mirror :func:`cuttings.core.migrations._v11_press_reviews` (the migration
owns the DDL); their column lists are read from the models' table metadata, as
``ClipRow`` does for clips.  Kept apart from the values callers get
(:mod:`.models`): only writing a new edition needs them, and their three
classes took 15-20 ms of the window's opening.
"""

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
