"""Reading states and the trash: their tables, the date-key sets queries test, the counts.

A clip is unread or read, starred or not, archived or not, and in the library
or in the trash.  ``clip_states`` (migration v6) holds a row only for a clip
with some state other than the default (read, not starred, not archived, not
trashed); each state is a set of date keys served by a partial index, so a
query plan tests it like a tag list and a sidebar count reads one short index
range.

Archiving does not hide a clip from the timeline: Cuttings' timeline is the
library of record, searched for years, and a clip vanishing from it would be
lost.  The reading queue is *Unread* (Pocket's list); archiving a clip is
"done with it", so it also marks it read and takes it out of that queue.
"""

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Field, SQLModel

from cuttings.core.models import ClipState
from cuttings.core.timestamps import parse_utc

# The date keys of the clips in each state (partial indexes of migration v6).
# "read" is the complement of "unread".
STATE_SETS: dict[str, str] = {
    "unread": "SELECT date_key FROM clip_states WHERE unread = 1",
    "starred": "SELECT date_key FROM clip_states WHERE starred_at IS NOT NULL",
    "archived": "SELECT date_key FROM clip_states WHERE archived_at IS NOT NULL",
    "trash": "SELECT date_key FROM clip_states WHERE deleted_at IS NOT NULL",
}
TRASH_SET = STATE_SETS["trash"]
# The clip ids in the trash (clip_id is the rowid: covered by the trash index).
TRASH_IDS = "SELECT clip_id FROM clip_states WHERE deleted_at IS NOT NULL"


class ClipStateRow(SQLModel, table=True):
    """A row of ``clip_states``: a clip whose state is not the default."""

    __tablename__ = "clip_states"

    clip_id: int = Field(primary_key=True, foreign_key="clips.id")
    # clips.date_key, copied (a trigger keeps it): the key query plans test.
    date_key: int
    unread: bool = False
    starred_at: str | None = None
    archived_at: str | None = None
    deleted_at: str | None = None


STATE_COLUMNS = tuple(column.name for column in SQLModel.metadata.tables["clip_states"].columns)
# What a clip's state is read from (date_key is for query plans).
_READ = tuple(name for name in STATE_COLUMNS if name != "date_key")


@dataclass(frozen=True, slots=True)
class StateCounts:
    """What the sidebar's entries show: clips unread, starred, archived (not trashed), trashed."""

    unread: int
    starred: int
    archived: int
    trash: int


def states_of(db: sqlite3.Connection, clip_ids: Sequence[int]) -> dict[int, ClipState]:
    """The state of each of these clips that has one (the others have the default)."""
    if not clip_ids:
        return {}
    rows = db.execute(
        f"SELECT {', '.join(_READ)} FROM clip_states "
        "WHERE clip_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(clip_ids)),),
    )
    states: dict[int, ClipState] = {}
    for row in rows:
        values = dict(zip(_READ, row, strict=True))
        deleted = values["deleted_at"]
        states[int(values["clip_id"])] = ClipState(
            bool(values["unread"]),
            values["starred_at"] is not None,
            values["archived_at"] is not None,
            None if deleted is None else parse_utc(deleted),
        )
    return states


def state_counts(db: sqlite3.Connection) -> StateCounts:
    """The sidebar's counts: each one range of a partial index, covered."""

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    live = "deleted_at IS NULL"
    return StateCounts(
        count(f"SELECT count(*) FROM clip_states WHERE unread = 1 AND {live}"),
        count(f"SELECT count(*) FROM clip_states WHERE starred_at IS NOT NULL AND {live}"),
        count(f"SELECT count(*) FROM clip_states WHERE archived_at IS NOT NULL AND {live}"),
        count("SELECT count(*) FROM clip_states WHERE deleted_at IS NOT NULL"),
    )


def trash_size(db: sqlite3.Connection) -> int:
    sql = "SELECT count(*) FROM clip_states WHERE deleted_at IS NOT NULL"
    return int(db.execute(sql).fetchone()[0])


def drop_default_rows(db: sqlite3.Connection, clip_ids: Sequence[int]) -> None:
    """Forget the rows of these clips that say nothing (the default state)."""
    db.execute(
        "DELETE FROM clip_states WHERE clip_id IN (SELECT value FROM json_each(?)) "
        "AND unread = 0 AND starred_at IS NULL AND archived_at IS NULL AND deleted_at IS NULL",
        (json.dumps(list(clip_ids)),),
    )
