"""Saved searches: list, save, rename, delete, and the count of each."""

import json

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.library.rows import _raw
from cuttings.core.library.timeline import Timeline
from cuttings.core.saved_searches import (
    SAVED_COLUMNS,
    SavedSearch,
    checked_saved_search,
    saved_from_row,
)
from cuttings.core.search.compile import tag_key

# Every column but the key, in the order saved_from_row takes them.
_READ = "name, query, tags, tags_any, sort"


class SavedSearches(Timeline):
    """Saved searches (see :mod:`cuttings.core.saved_searches`)."""

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        with self._read() as conn:
            rows = _raw(conn).execute(f"SELECT {_READ} FROM saved_searches ORDER BY key")
            return [saved_from_row(*row) for row in rows]

    def saved_search(self, name: str) -> SavedSearch:
        """The saved search called ``name`` (any case); raises :class:`NotFoundError`."""
        with self._read() as conn:
            row = (
                _raw(conn)
                .execute(f"SELECT {_READ} FROM saved_searches WHERE key = ?", (tag_key(name),))
                .fetchone()
            )
        if row is None:
            raise NotFoundError(f"no saved search called {name!r}")
        return saved_from_row(*row)

    def save_search(self, search: SavedSearch, *, replacing: str | None = None) -> LibraryChange:
        """Save ``search`` under its name; ``replacing`` names the saved search it edits
        (renames included).  Raises :class:`CuttingsError` for a name already taken by
        another, or a query that does not parse."""
        search = checked_saved_search(search)
        values = {
            "name": search.name,
            "key": tag_key(search.name),
            "query": search.query,
            "tags": json.dumps(list(search.tags), ensure_ascii=False),
            "tags_any": search.tags_any,
            "sort": search.sort,
        }
        assert set(values) == set(SAVED_COLUMNS)
        with self._write() as conn:
            db = _raw(conn)
            old_key = tag_key(replacing) if replacing is not None else None
            if (
                old_key is not None
                and not db.execute(
                    "SELECT 1 FROM saved_searches WHERE key = ?", (old_key,)
                ).fetchone()
            ):
                raise NotFoundError(f"no saved search called {replacing!r}")
            taken = db.execute(
                "SELECT 1 FROM saved_searches WHERE key = ? AND key IS NOT ?",
                (values["key"], old_key),
            ).fetchone()
            if taken:
                raise CuttingsError(f"there is already a saved search called {search.name!r}")
            if old_key is not None:
                db.execute("DELETE FROM saved_searches WHERE key = ?", (old_key,))
            columns = ", ".join(SAVED_COLUMNS)
            db.execute(
                f"INSERT INTO saved_searches ({columns}) "
                f"VALUES ({', '.join(':' + name for name in SAVED_COLUMNS)})",
                values,
            )
        return LibraryChange(tags_changed=True)

    def rename_saved_search(self, old: str, new: str) -> LibraryChange:
        return self.save_search(_renamed(self.saved_search(old), new), replacing=old)

    def delete_saved_search(self, name: str) -> LibraryChange:
        """Forget a saved search (the clips stay); raises :class:`NotFoundError`."""
        with self._write() as conn:
            gone = (
                _raw(conn)
                .execute("DELETE FROM saved_searches WHERE key = ?", (tag_key(name),))
                .rowcount
            )
        if not gone:
            raise NotFoundError(f"no saved search called {name!r}")
        return LibraryChange(tags_changed=True)

    def saved_search_count(self, search: SavedSearch) -> int:
        """How many clips ``search`` finds now."""
        return self.search(search.full_query, limit=0).total


def _renamed(search: SavedSearch, name: str) -> SavedSearch:
    return SavedSearch(name, search.query, search.tags, search.tags_any, search.sort)
