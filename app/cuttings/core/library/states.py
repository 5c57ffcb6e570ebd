"""Reading states and the trash: mark, move to and from the trash, empty it, count."""

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from cuttings.core.changes import LibraryChange, Purged, StateEdit, Trashed
from cuttings.core.errors import NotFoundError
from cuttings.core.library.rows import _raw
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import ClipState
from cuttings.core.states import (
    StateCounts,
    drop_default_rows,
    state_counts,
    states_of,
)
from cuttings.core.tag_writes import chunks, existing_ids
from cuttings.core.timestamps import format_utc

# How long a clip stays in the trash before it is emptied at start-up.
TRASH_DAYS = 30
# Clips deleted for good per transaction: each is a step of the progress shown,
# and a cancel or a crash leaves the trash partly emptied, never half a clip.
PURGE_CHUNK = 500

ProgressCallback = Callable[[int, int], None]


def _ids_json(ids: Sequence[int]) -> str:
    return json.dumps(list(ids))


def _with_rows(db: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Give these clips a ``clip_states`` row (the default state) if they have none."""
    db.execute(
        "INSERT OR IGNORE INTO clip_states (clip_id, date_key) "
        "SELECT id, date_key FROM clips WHERE id IN (SELECT value FROM json_each(?))",
        (_ids_json(ids),),
    )


def _require_all(db: sqlite3.Connection, ids: Sequence[int]) -> None:
    missing = set(ids) - existing_ids(db, ids)
    if missing:
        raise NotFoundError(f"no clip with id {min(missing)}")


class States(LibraryStore):
    """Reading states and the trash (see :mod:`cuttings.core.states`)."""

    def mark(
        self,
        clip_ids: Sequence[int],
        *,
        read: bool | None = None,
        starred: bool | None = None,
        archived: bool | None = None,
    ) -> StateEdit:
        """Mark clips read or unread, starred or not, archived or not (``None``: unchanged).

        Archiving also marks read: archived is "done with it" (see
        :mod:`cuttings.core.states`).  Raises :class:`NotFoundError`
        (changing nothing) for an id that is not a clip.
        """
        ids = list(dict.fromkeys(clip_ids))
        now = format_utc(datetime.now(UTC))
        sets: list[str] = []
        params: list[object] = []
        if read is not None or archived:
            sets.append("unread = ?")
            params.append(0 if read or archived else 1)
        for column, wanted in (("starred_at", starred), ("archived_at", archived)):
            if wanted is not None:
                # A clip starred again keeps the time it was first starred.
                sets.append(f"{column} = CASE WHEN ? THEN coalesce({column}, ?) END")
                params.extend((wanted, now))
        if not ids or not sets:
            return StateEdit({}, LibraryChange())
        with self._write() as conn:
            db = _raw(conn)
            _require_all(db, ids)
            before = states_of(db, ids)
            _with_rows(db, ids)
            db.execute(
                f"UPDATE clip_states SET {', '.join(sets)} "
                "WHERE clip_id IN (SELECT value FROM json_each(?))",
                (*params, _ids_json(ids)),
            )
            after = states_of(db, ids)
            drop_default_rows(db, ids)
        default = ClipState()
        changed = [i for i in ids if before.get(i, default) != after.get(i, default)]
        states = {i: before.get(i, default) for i in changed}
        return StateEdit(states, LibraryChange.of(updated=changed, counts_changed=bool(changed)))

    def revert_state_edit(self, edit: StateEdit) -> StateEdit:
        """Put back the read, starred and archived states clips had before ``edit``.

        Clips deleted since are passed over; the trash is not touched.  The
        result reverts this (redo).
        """
        with self._write() as conn:
            db = _raw(conn)
            ids = sorted(existing_ids(db, edit.before))
            current = states_of(db, ids)
            _with_rows(db, ids)
            now = format_utc(datetime.now(UTC))
            db.executemany(
                "UPDATE clip_states SET unread = ?, "
                "starred_at = CASE WHEN ? THEN coalesce(starred_at, ?) END, "
                "archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) END WHERE clip_id = ?",
                [
                    (state.unread, state.starred, now, state.archived, now, clip_id)
                    for clip_id, state in ((i, edit.before[i]) for i in ids)
                ],
            )
            drop_default_rows(db, ids)
        default = ClipState()
        before = {i: current.get(i, default) for i in ids}
        return StateEdit(before, LibraryChange.of(updated=ids, counts_changed=bool(ids)))

    def state_counts(self) -> StateCounts:
        """The sidebar's counts: unread, starred, archived (out of the trash), trashed."""
        with self._read() as conn:
            return state_counts(_raw(conn))

    # -- the trash ---------------------------------------------------------------

    def move_to_trash(self, clip_ids: Sequence[int]) -> Trashed:
        """Move clips to the trash: out of every list, search and count, until restored.

        Only the narrow ``clip_states`` rows are written (the clips and their
        search index stay as they are), so 35,000 clips move in well under a
        second.  Their URLs stay known: clipping one again finds it here.
        Raises :class:`NotFoundError` (moving nothing) for an id that is not a clip.
        """
        ids = list(dict.fromkeys(clip_ids))
        if not ids:
            return Trashed((), LibraryChange())
        now = format_utc(datetime.now(UTC))
        with self._write() as conn:
            db = _raw(conn)
            _require_all(db, ids)
            _with_rows(db, ids)
            moved = [
                int(row[0])
                for row in db.execute(
                    "UPDATE clip_states SET deleted_at = ? WHERE deleted_at IS NULL "
                    "AND clip_id IN (SELECT value FROM json_each(?)) RETURNING clip_id",
                    (now, _ids_json(ids)),
                )
            ]
        moved.sort()
        change = LibraryChange.of(removed=moved, tags_changed=bool(moved))
        return Trashed(tuple(moved), change)

    def restore_from_trash(self, clip_ids: Sequence[int]) -> Trashed:
        """Bring clips back from the trash (ids not in it are passed over)."""
        ids = list(dict.fromkeys(clip_ids))
        if not ids:
            return Trashed((), LibraryChange())
        with self._write() as conn:
            db = _raw(conn)
            back = [
                int(row[0])
                for row in db.execute(
                    "UPDATE clip_states SET deleted_at = NULL WHERE deleted_at IS NOT NULL "
                    "AND clip_id IN (SELECT value FROM json_each(?)) RETURNING clip_id",
                    (_ids_json(ids),),
                )
            ]
            drop_default_rows(db, back)
        back.sort()
        return Trashed(tuple(back), LibraryChange.of(added=back, tags_changed=bool(back)))

    def trashed_ids(self, *, older_than: timedelta | None = None) -> list[int]:
        """The clips in the trash, most recently deleted first (``older_than``: only
        those deleted at least that long ago)."""
        before = format_utc(datetime.now(UTC) - older_than) if older_than is not None else None
        with self._read() as conn:
            rows = _raw(conn).execute(
                "SELECT clip_id FROM clip_states WHERE deleted_at IS NOT NULL "
                "AND (? IS NULL OR deleted_at <= ?) ORDER BY deleted_at DESC, date_key DESC",
                (before, before),
            )
            return [int(row[0]) for row in rows]

    def empty_trash(
        self,
        clip_ids: Sequence[int] | None = None,
        *,
        older_than: timedelta | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Purged:
        """Delete for good the clips in the trash (only ``clip_ids`` among them, or only
        those deleted ``older_than`` ago); no undo.

        Removing a clip's words from the search index is what costs (FTS5 reads
        the text back to find them), so this runs in transactions of
        :data:`PURGE_CHUNK` clips with ``progress(done, total)`` after each, and
        stops between two at ``cancel``.
        """
        in_trash = self.trashed_ids(older_than=older_than)
        if clip_ids is not None:
            wanted = set(clip_ids)
            in_trash = [i for i in in_trash if i in wanted]
        done = 0
        change = LibraryChange()
        for chunk in chunks(in_trash, PURGE_CHUNK):
            if cancel is not None and cancel.is_set():
                break
            with self._write() as conn:
                db = _raw(conn)
                # Only what is still in the trash: it may have been restored meanwhile.
                gone = [
                    int(row[0])
                    for row in db.execute(
                        "DELETE FROM clips WHERE id IN (SELECT clip_id FROM clip_states "
                        "WHERE deleted_at IS NOT NULL AND clip_id IN "
                        "(SELECT value FROM json_each(?))) RETURNING id",
                        (_ids_json(chunk),),
                    )
                ]
            change |= LibraryChange.of(removed=gone, tags_changed=bool(gone))
            done += len(chunk)
            if progress is not None:
                progress(done, len(in_trash))
        return Purged(len(change.removed), change)
