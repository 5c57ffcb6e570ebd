"""Tag writes inside one transaction, keeping the record of exactly what they did.

:class:`TagWriter` is what :class:`~cuttings.core.library.Library`'s tag
methods run on: each step (link, unlink, rename, merge, drop) notes the links
it really made or removed, so that the :class:`~cuttings.core.changes.TagEdit`
it returns can be undone exactly, and works on any number of clips (id lists
go to SQLite in chunks, below its limit on bound parameters).
"""

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from cuttings.core.changes import TagEdit
from cuttings.core.errors import NotFoundError
from cuttings.core.search.compile import tag_key

# Well below SQLite's limit on bound parameters (32,766 since 3.32, 999 before).
CHUNK = 500

Tag = tuple[int, str]  # id, name as stored


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    """``ids`` in lists of at most ``size``, in order."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def existing_ids(db: sqlite3.Connection, ids: Iterable[int]) -> set[int]:
    """Those of ``ids`` that are clips."""
    found: set[int] = set()
    for chunk in chunks(list(ids)):
        rows = db.execute(f"SELECT id FROM clips WHERE id IN ({placeholders(chunk)})", chunk)
        found.update(row[0] for row in rows)
    return found


class TagWriter:
    """Tag writes on ``db`` (a connection inside a write transaction) and what they did."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._linked: dict[str, set[int]] = {}
        self._unlinked: dict[str, set[int]] = {}
        self._created: list[str] = []
        self._dropped: list[str] = []
        self._renamed: tuple[str, str] | None = None

    def edit(self) -> TagEdit:
        """Everything done so far."""
        return TagEdit.of(
            linked=self._linked,
            unlinked=self._unlinked,
            created=self._created,
            dropped=self._dropped,
            renamed=self._renamed,
        )

    # -- lookups -------------------------------------------------------------------

    def find(self, name: str) -> Tag | None:
        row = self.db.execute(
            "SELECT id, name FROM tags WHERE key = ?", (tag_key(name),)
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def require(self, name: str) -> Tag:
        found = self.find(name)
        if found is None:
            raise NotFoundError(f"no tag named {name!r}")
        return found

    def ensure(self, name: str) -> Tag:
        """The tag called ``name``, created if there is none."""
        found = self.find(name)
        if found is not None:
            return found
        row = self.db.execute(
            "INSERT INTO tags (name, key) VALUES (?, ?) RETURNING id", (name, tag_key(name))
        ).fetchone()
        self._created.append(name)
        return int(row[0]), name

    def _carrying(self, tag_id: int, ids: Sequence[int]) -> set[int]:
        """Those of ``ids`` that carry the tag."""
        found: set[int] = set()
        for chunk in chunks(ids):
            rows = self.db.execute(
                f"SELECT clip_id FROM clip_tags WHERE tag_id = ? AND clip_id IN "
                f"({placeholders(chunk)})",
                (tag_id, *chunk),
            )
            found.update(row[0] for row in rows)
        return found

    def _all_carrying(self, tag_id: int) -> list[int]:
        rows = self.db.execute("SELECT clip_id FROM clip_tags WHERE tag_id = ?", (tag_id,))
        return [int(row[0]) for row in rows]

    # -- writes --------------------------------------------------------------------

    def link(self, ids: Sequence[int], names: Iterable[str]) -> "TagWriter":
        """Give the clips ``ids`` (which must exist) the tags ``names``."""
        for name in names:
            tag_id, stored = self.ensure(name)
            have = self._carrying(tag_id, ids)
            new = [clip_id for clip_id in ids if clip_id not in have]
            for chunk in chunks(new):
                # With the date keys at once: the trigger that fills them would
                # update each row again.
                self.db.execute(
                    "INSERT INTO clip_tags (clip_id, tag_id, date_key, published_key) "
                    "SELECT id, ?, date_key, published_key FROM clips "
                    f"WHERE id IN ({placeholders(chunk)})",
                    (tag_id, *chunk),
                )
            if new:
                self._linked.setdefault(stored, set()).update(new)
        return self

    def unlink(self, ids: Sequence[int], names: Iterable[str]) -> "TagWriter":
        """Take the tags ``names`` off the clips ``ids`` (unknown tags are passed over)."""
        for name in names:
            found = self.find(name)
            if found is None:
                continue
            tag_id, stored = found
            had = self._carrying(tag_id, ids)
            for chunk in chunks(sorted(had)):
                self.db.execute(
                    "DELETE FROM clip_tags WHERE tag_id = ? AND clip_id IN "
                    f"({placeholders(chunk)})",
                    (tag_id, *chunk),
                )
            if had:
                self._unlinked.setdefault(stored, set()).update(had)
        return self

    def rename(self, old: str, new: str) -> "TagWriter":
        """Rename the tag ``old``; onto another existing tag, merge the two."""
        old_id, old_name = self.require(old)
        target = self.find(new)
        if target is not None and target[0] != old_id:
            return self.merge([(old_id, old_name)], new)
        if new != old_name:
            self.db.execute(
                "UPDATE tags SET name = ?, key = ? WHERE id = ?", (new, tag_key(new), old_id)
            )
            self._renamed = (old_name, new)
        return self

    def merge(self, sources: Sequence[Tag], target: str) -> "TagWriter":
        """Give the clips of every source tag the tag ``target``; drop the sources."""
        target_id, target_name = self.ensure(target)
        for source in sources:
            if source[0] != target_id:
                self.link(self._all_carrying(source[0]), [target_name])
                self.drop(source)
        return self

    def drop(self, tag: Tag) -> "TagWriter":
        """Delete a tag (its links go with it)."""
        tag_id, name = tag
        had = self._all_carrying(tag_id)
        self.db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        if had:
            self._unlinked.setdefault(name, set()).update(had)
        self._dropped.append(name)
        return self

    def drop_if_unused(self, name: str) -> "TagWriter":
        found = self.find(name)
        if (
            found is not None
            and not self.db.execute(
                "SELECT 1 FROM clip_tags WHERE tag_id = ? LIMIT 1", (found[0],)
            ).fetchone()
        ):
            self.drop(found)
        return self
