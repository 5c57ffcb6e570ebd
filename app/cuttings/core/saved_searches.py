"""Saved searches: a named query with its tag filter and order, shown in the sidebar."""

import json
from dataclasses import dataclass
from typing import cast, get_args

from sqlmodel import Field, SQLModel

from cuttings.core.errors import CuttingsError
from cuttings.core.search.plans import SearchOrder
from cuttings.core.search.query import Or, Query, TagFilter, format_query, parse_query


class SavedSearchRow(SQLModel, table=True):
    """A row of ``saved_searches`` (migration v6)."""

    __tablename__ = "saved_searches"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    # The name's identity (as tags.key): unique regardless of case.
    key: str = Field(unique=True)
    query: str = ""
    tags: str = "[]"  # a JSON list of tag names
    tags_any: bool = False  # the tags joined by OR (any of them), not AND
    sort: str = "newest"


_TABLE = SQLModel.metadata.tables["saved_searches"]
# The columns a save writes (the id comes from SQLite).
SAVED_COLUMNS = tuple(column.name for column in _TABLE.columns if column.name != "id")
MAX_NAME_LENGTH = 100


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A saved search as callers see it."""

    name: str
    query: str = ""
    tags: tuple[str, ...] = ()
    tags_any: bool = False
    sort: SearchOrder = "newest"

    @property
    def full_query(self) -> str:
        """The query and the tag filter as one query (what the search runs)."""
        filters = [TagFilter(name) for name in self.tags]
        if not filters:
            return self.query
        parts = [f"({self.query})"] if self.query.strip() else []
        if self.tags_any and len(filters) > 1:
            parts.append(format_query(Query(Or(tuple(filters)))))
        else:
            parts.extend(format_query(Query(tag)) for tag in filters)
        return " ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "query": self.query,
            "tags": list(self.tags),
            "tags_any": self.tags_any,
            "sort": self.sort,
        }


def checked_saved_search(search: SavedSearch) -> SavedSearch:
    """``search`` with a clean name, if its query parses; raises :class:`CuttingsError`."""
    name = " ".join(search.name.split())
    if not name:
        raise CuttingsError("a saved search needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise CuttingsError(f"a saved search's name is limited to {MAX_NAME_LENGTH} characters")
    if search.sort not in get_args(SearchOrder):
        raise CuttingsError(f"a search's order is newest, oldest or relevance, not {search.sort}")
    parse_query(search.full_query)  # QuerySyntaxError (a CuttingsError) says what is wrong
    return SavedSearch(name, search.query.strip(), search.tags, search.tags_any, search.sort)


def saved_from_row(name: str, query: str, tags: str, tags_any: int, sort: str) -> SavedSearch:
    names = tuple(str(tag) for tag in json.loads(tags))
    order = cast(SearchOrder, sort if sort in get_args(SearchOrder) else "newest")
    return SavedSearch(name, query, names, bool(tags_any), order)
