"""Tags: the list, tagging clips (any number), renaming, merging, deleting, undoing."""

from collections.abc import Iterable, Sequence

from cuttings.core.changes import TagEdit
from cuttings.core.errors import NotFoundError
from cuttings.core.library.rows import _raw, normalize_tag
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import TagCount
from cuttings.core.search.compile import tag_key
from cuttings.core.tag_writes import TagWriter, existing_ids


class Tags(LibraryStore):
    """Tags: the list, tagging clips (any number), renaming, merging, deleting, undoing."""

    def tags(self) -> list[TagCount]:
        """Every tag with the number of clips carrying it (out of the trash), by name."""
        with self._read() as conn:
            rows = _raw(conn).execute("SELECT name, clip_count FROM tags ORDER BY key").fetchall()
        return [TagCount(name, int(count)) for name, count in rows]

    def add_tags(self, clip_ids: Sequence[int], names: Iterable[str]) -> TagEdit:
        """Tag clips (any number of them); raises :class:`NotFoundError` for an unknown id."""
        return self.edit_tags(clip_ids, add=names)

    def remove_tags(self, clip_ids: Sequence[int], names: Iterable[str]) -> TagEdit:
        """Untag clips (any number of them); tags and ids not there are passed over."""
        tag_names = [normalize_tag(name) for name in names]
        ids = list(dict.fromkeys(clip_ids))
        with self._write() as conn:
            return TagWriter(_raw(conn)).unlink(ids, tag_names).edit()

    def edit_tags(
        self, clip_ids: Sequence[int], *, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> TagEdit:
        """Add and remove tags on any number of clips in one transaction (one undo)."""
        added = [normalize_tag(name) for name in add]
        removed = [normalize_tag(name) for name in remove]
        ids = list(dict.fromkeys(clip_ids))
        with self._write() as conn:
            db = _raw(conn)
            missing = set(ids) - existing_ids(db, ids)
            if missing:
                raise NotFoundError(f"no clip with id {min(missing)}")
            return TagWriter(db).unlink(ids, removed).link(ids, added).edit()

    def set_tags(self, clip_id: int, names: Iterable[str]) -> TagEdit:
        """Make ``names`` the exact tags of a clip."""
        tag_names = [normalize_tag(name) for name in names]
        wanted = {tag_key(name) for name in tag_names}
        with self._write() as conn:
            db = _raw(conn)
            self._require(conn, clip_id)
            current = db.execute(
                "SELECT t.name, t.key FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id "
                "WHERE ct.clip_id = ?",
                (clip_id,),
            ).fetchall()
            writer = TagWriter(db)
            writer.unlink([clip_id], [name for name, key in current if key not in wanted])
            return writer.link([clip_id], tag_names).edit()

    def rename_tag(self, old: str, new: str) -> TagEdit:
        """Rename a tag; renaming onto an existing tag merges the two."""
        new_name = normalize_tag(new)
        with self._write() as conn:
            return TagWriter(_raw(conn)).rename(old, new_name).edit()

    def merge_tags(self, sources: Iterable[str], target: str) -> TagEdit:
        """Give every clip tagged with one of ``sources`` the tag ``target``; drop ``sources``."""
        target_name = normalize_tag(target)
        with self._write() as conn:
            writer = TagWriter(_raw(conn))
            source_tags = [writer.require(name) for name in sources]
            return writer.merge(source_tags, target_name).edit()

    def delete_tag(self, name: str) -> TagEdit:
        """Remove a tag from every clip (the clips stay)."""
        with self._write() as conn:
            writer = TagWriter(_raw(conn))
            return writer.drop(writer.require(name)).edit()

    def revert_tag_edit(self, edit: TagEdit) -> TagEdit:
        """Undo what a tag write did; the edit returned reverts this revert (redo).

        Links are put back exactly (only those the write made or removed);
        tags the write deleted come back under their names, tags it created
        go if no clip carries them any more.  Clips deleted since are passed over.
        """
        with self._write() as conn:
            writer = TagWriter(_raw(conn))
            if edit.renamed is not None:
                old, new = edit.renamed
                return writer.rename(new, old).edit()
            for name in edit.dropped:
                writer.ensure(name)
            for name, ids in edit.unlinked.items():
                writer.link(sorted(existing_ids(writer.db, ids)), [name])
            for name, ids in edit.linked.items():
                writer.unlink(sorted(ids), [name])
            for name in edit.created:
                writer.drop_if_unused(name)
            return writer.edit()
