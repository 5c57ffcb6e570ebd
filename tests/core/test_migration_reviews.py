"""Upgrading a library made before press reviews (``review_*`` tables).

Written against the version before that migration, wherever it sits in the list.
"""

import sqlite3

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions
from cuttings.core.library import Library

VERSION = migrations.MIGRATIONS.index(migrations._v11_press_reviews)


def test_a_library_of_the_previous_version_gets_editions(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    db.execute("PRAGMA journal_mode = WAL")
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, clipped_at, updated_at) "
        "VALUES (7, ?, ?, ?, 'Old', '2025-02-21T10:00:00Z', '2025-02-21T10:00:00Z')",
        ("https://e.example/7",) * 3,
    )
    db.close()
    with Library(path) as lib:
        assert lib.editions() == []
        edition_id = lib.create_edition("R", sections=[("S", [7])]).edition_id
        assert [e.clip_id for e in lib.edition(edition_id).entries] == [7]
        assert lib.check().ok
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    db.close()
