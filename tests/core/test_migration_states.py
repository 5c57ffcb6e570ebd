"""Upgrading a library made before reading states, the trash and saved searches.

Written against the version before that migration, wherever it sits in the list.
"""

import sqlite3

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions
from cuttings.core.library import Library
from cuttings.core.models import ClipState
from cuttings.core.saved_searches import SAVED_COLUMNS, SavedSearch
from cuttings.core.states import STATE_COLUMNS, StateCounts
from tests.factories import make_article

VERSION = migrations.MIGRATIONS.index(migrations._v9_reading_states)


def make_previous_library(path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    db.execute("PRAGMA journal_mode = WAL")
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    for n in (1, 2):
        db.execute(
            "INSERT INTO clips (id, url, url_key, canonical_url, title, text, clipped_at, "
            f"updated_at) VALUES ({n}, ?, ?, ?, 'Old', 'budget', '2025-02-2{n}T10:00:00Z', "
            f"'2025-02-2{n}T10:00:00Z')",
            (f"https://e.example/{n}",) * 3,
        )
    db.close()


def test_clips_of_the_previous_version_start_read_and_states_work(tmp_path):
    path = tmp_path / "old.sqlite"
    make_previous_library(path)
    with Library(path) as lib:
        assert lib.get(1).state == ClipState()
        assert lib.state_counts() == StateCounts(0, 0, 0, 0)
        new = lib.add(make_article(3)).clip.id
        lib.mark([1], starred=True)
        lib.move_to_trash([2])
        assert lib.state_counts() == StateCounts(unread=1, starred=1, archived=0, trash=1)
        assert [c.id for c in lib.search("budget OR story", limit=9).clips] == [new, 1]
        lib.save_search(SavedSearch("Starred budget", "budget is:starred"))
        assert lib.saved_search_count(lib.saved_search("starred BUDGET")) == 1
        assert lib.check_search_index() == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_the_date_key_copy_follows_a_clip_whose_date_changes(library):
    clip = library.add(make_article(1)).clip
    library.mark([clip.id], starred=True)
    with sqlite3.connect(library.path) as db:
        register_sql_functions(db)  # the index's update trigger calls it
        db.execute("UPDATE clips SET clipped_at = '2020-01-01T00:00:00Z' WHERE id = ?", (clip.id,))
        key, copy = db.execute(
            "SELECT c.date_key, s.date_key FROM clips c JOIN clip_states s ON s.clip_id = c.id"
        ).fetchone()
    assert key == copy
    assert [c.id for c in library.search("is:starred story").clips] == [clip.id]


def test_the_sqlmodel_tables_match_the_migration(library):
    with sqlite3.connect(library.path) as db:
        for table, columns in (("clip_states", STATE_COLUMNS), ("saved_searches", SAVED_COLUMNS)):
            stored = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            assert [name for name in stored if name in columns] == list(columns)
            assert set(stored) - set(columns) <= {"id"}
