"""Upgrading a library made before details were marked as edited by hand (``clips.edited``).

Written against the version before that migration, wherever it sits in the
list, so that migrations added around it do not break the test.
"""

import sqlite3

from cuttings.core import migrations
from cuttings.core.database import backup_path_for, register_sql_functions
from cuttings.core.library import Library
from tests.factories import make_article

VERSION = migrations.MIGRATIONS.index(migrations._v5_edited_details)


def make_previous_library(path) -> list[tuple]:
    """A library at the version before ``clips.edited``, holding one tagged clip."""
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)  # the search index's triggers call it
    db.execute("PRAGMA journal_mode = WAL")
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, author, published_at, "
        "published_utc, language, text, clipped_at, updated_at) VALUES (7, ?, ?, ?, "
        "'Old title', 'Ada', '2025-02-20', '2025-02-20T00:00:00Z', 'it', 'Il bilancio passa.', "
        "'2025-02-21T10:00:00Z', '2025-02-21T10:00:00Z')",
        ("https://e.example/7",) * 3,
    )
    db.execute("INSERT INTO tags (id, name, key) VALUES (1, 'Politics', 'politics')")
    db.execute("INSERT INTO clip_tags (clip_id, tag_id) VALUES (7, 1)")
    rows = db.execute("SELECT * FROM clips").fetchall()
    db.close()
    return rows


def test_clips_of_the_previous_version_start_with_no_detail_edited(tmp_path):
    path = tmp_path / "old.sqlite"
    before = make_previous_library(path)
    with Library(path) as lib:
        assert backup_path_for(path, VERSION).exists()
        clip = lib.get(7)
        assert (clip.title, clip.author, clip.edited) == ("Old title", "Ada", ())
        assert lib.check_search_index() == []
        # The refresh of a clip nobody edited takes the page's values...
        lib.refresh(7, make_article(7, url="https://e.example/7", title="New", author="Bo"))
        assert (lib.get(7).title, lib.get(7).author) == ("New", "Bo")
        # ...and the edits work on the upgraded file.
        lib.edit_details(7, author="Ada", published_at="2025-02-20")
        assert lib.get(7).edited == ("author", "published_at")
        assert lib.search("author:ada tag:politics published:2025-02-20").total == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    backup = sqlite3.connect(backup_path_for(path, VERSION))
    assert backup.execute("SELECT * FROM clips").fetchall() == before
    backup.close()
    db.close()
