"""The highlights table (SQLModel) and the plain values handed to callers.

As :class:`~cuttings.core.models.ClipRow` for clips, :class:`HighlightRow` is
the one column map of the ``highlights`` table (made by the migration
``_v6_highlights``): the select list and the insert are derived from it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from cuttings.core.errors import CuttingsError
from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.timestamps import format_utc, parse_utc

# The colours a highlight can have, the first the default.
COLORS = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = COLORS[0]
MAX_COMMENT_LENGTH = 10_000
MAX_EXACT_LENGTH = 20_000


class HighlightRow(SQLModel, table=True):
    __tablename__ = "highlights"

    id: int | None = Field(default=None, primary_key=True)
    clip_id: int = Field(foreign_key="clips.id", index=True)
    # The W3C TextQuoteSelector: the text, and up to 32 characters either side.
    exact: str
    prefix: str = ""
    suffix: str = ""
    # Where ``exact`` started in the clip's plain text when it was made (a hint).
    position: int = 0
    color: str = DEFAULT_COLOR
    comment: str = ""
    created_at: str
    updated_at: str
    # The clip's clips.date_key, written by triggers only (search reads it).
    date_key: int | None = None


# Kept by the schema, never written or read as a highlight's value.
_DERIVED = ("date_key",)
HIGHLIGHT_TABLE_COLUMNS = tuple(
    column.name for column in SQLModel.metadata.tables["highlights"].columns
)
HIGHLIGHT_COLUMNS = tuple(name for name in HIGHLIGHT_TABLE_COLUMNS if name not in _DERIVED)
HIGHLIGHT_SELECT = ", ".join(f"h.{name}" for name in HIGHLIGHT_COLUMNS)
HIGHLIGHT_INSERT_COLUMNS = tuple(name for name in HIGHLIGHT_COLUMNS if name != "id")


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlight, and where its text is in the clip now (``span``; ``None``: orphaned)."""

    id: int
    clip_id: int
    quote: TextQuote
    color: str
    comment: str
    created_at: datetime
    updated_at: datetime
    span: tuple[int, int] | None = None

    @property
    def orphaned(self) -> bool:
        """Its text is no longer in the clip (listed, never dropped)."""
        return self.span is None

    @property
    def exact(self) -> str:
        return self.quote.exact

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape (``cuttings highlights --json``, the JSON export)."""
        return {
            "id": self.id,
            "clip_id": self.clip_id,
            "exact": self.quote.exact,
            "prefix": self.quote.prefix,
            "suffix": self.quote.suffix,
            "position": self.quote.position,
            "color": self.color,
            "comment": self.comment,
            "created_at": format_utc(self.created_at),
            "updated_at": format_utc(self.updated_at),
            "orphaned": self.orphaned,
        }


@dataclass(frozen=True, slots=True)
class HighlightEntry:
    """A highlight in the list across the library, with its clip's title and source."""

    highlight: Highlight
    clip_title: str
    clip_source: str


def highlight_from_row(row: Sequence[Any]) -> Highlight:
    """A highlight (not anchored) from a row of :data:`HIGHLIGHT_SELECT`."""
    values = dict(zip(HIGHLIGHT_COLUMNS, row, strict=False))
    return Highlight(
        id=int(values["id"]),
        clip_id=int(values["clip_id"]),
        quote=TextQuote(values["exact"], values["prefix"], values["suffix"], values["position"]),
        color=values["color"],
        comment=values["comment"],
        created_at=parse_utc(values["created_at"]),
        updated_at=parse_utc(values["updated_at"]),
    )


def checked_color(color: str) -> str:
    """``color`` as stored (lower case); raises for a colour Cuttings does not offer."""
    name = color.strip().casefold()
    if name not in COLORS:
        raise CuttingsError(f"unknown colour {color!r}; choose one of: {', '.join(COLORS)}")
    return name
