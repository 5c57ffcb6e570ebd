import sqlite3

import pytest

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions, upgrade_pending
from cuttings.core.errors import LibraryError, LibraryTooNewError
from cuttings.core.library import Library


def test_new_library_is_at_current_schema(tmp_path):
    path = tmp_path / "new.sqlite"
    Library(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    db.close()
    assert not list(tmp_path.glob("*.bak")), "a new library needs no backup"


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(LibraryError, match="does not exist"):
        Library(tmp_path / "nope" / "lib.sqlite")


def test_non_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Cuttings library"):
        Library(path)
    assert path.read_bytes() == before


def test_newer_library_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    Library(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError, match="newer version"):
        Library(path)
    assert path.read_bytes() == before


def test_failed_migration_leaves_the_library_intact(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    Library(path).close()

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr("cuttings.core.database.MIGRATIONS", migrations.MIGRATIONS)
    monkeypatch.setattr("cuttings.core.database.SCHEMA_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        Library(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert (
        db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    )
    db.close()
    backups = list(tmp_path.glob("lib.sqlite.v*.bak"))
    assert len(backups) == 1


def _library_at(path, version: int) -> None:
    """A library at an older schema ``version``, as that version left it."""
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    db.execute("PRAGMA journal_mode = WAL")
    for migration in migrations.MIGRATIONS[:version]:
        migration(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_an_upgrade_is_pending_only_for_an_older_library(tmp_path):
    old = tmp_path / "old.sqlite"
    _library_at(old, migrations.SCHEMA_VERSION - 1)
    before = old.read_bytes()
    assert upgrade_pending(old)
    assert old.read_bytes() == before  # asking writes nothing
    Library(old).close()
    assert not upgrade_pending(old)
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    assert not upgrade_pending(text)
    assert not upgrade_pending(tmp_path / "new.sqlite")
    assert not upgrade_pending(tmp_path)
    assert not upgrade_pending(tmp_path / ("a" * 300) / "x.sqlite")
