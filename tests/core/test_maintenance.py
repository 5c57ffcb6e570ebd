"""Library.backup and Library.check, and their commands."""

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from cuttings.cli import main
from cuttings.core.errors import LibraryError
from cuttings.core.library import Library
from tests.factories import make_article


@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        for n in range(1, 31):
            lib.add(make_article(n), tags=["news", f"t{n % 3}"])
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(capsys, library: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- check ---------------------------------------------------------------------------


def test_a_healthy_library_checks_ok(filled, capsys):
    with Library(filled) as lib:
        report = lib.check()
    assert report.ok and report.problems == []
    assert [r.name for r in report.results] == ["integrity", "foreign keys", "search index"]
    code, out, err = run_cli(capsys, filled, "check")
    assert code == 0, err
    assert out == "integrity: ok\nforeign keys: ok\nsearch index: ok\n"


def test_check_finds_a_broken_index_and_changes_nothing(filled, capsys):
    with contextlib.closing(sqlite3.connect(filled)) as db:
        # The schema now says the index covers titles; its entries hold URLs.
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX clips_url_key ON clips (title)' "
            "WHERE name = 'clips_url_key'"
        )
        db.commit()
    before = digest(filled)
    with Library(filled) as lib:
        report = lib.check()
    assert not report.ok
    assert any("clips_url_key" in problem for problem in report.problems), report.problems
    assert report.results[-1].skipped  # no search-index check on a damaged file
    code, out, err = run_cli(capsys, filled, "check")
    assert code == 1
    assert "integrity: " in out and "clips_url_key" in out
    assert err.strip().startswith("cuttings: ") and "nothing was changed" in err
    assert digest(filled) == before


def test_check_finds_a_search_index_out_of_step_and_a_rebuild_mends_it(filled, capsys):
    with contextlib.closing(sqlite3.connect(filled)) as db:
        # A clip changed behind the index triggers' back (an old tool, a manual edit).
        db.execute("DROP TRIGGER clips_fts_update")
        db.execute("UPDATE clips SET text = 'entirely different words' WHERE id = 3")
        db.commit()
    code, out, err = run_cli(capsys, filled, "check")
    assert code == 1
    assert out.startswith("integrity: ok\nforeign keys: ok\nsearch index: ")
    assert "search index: ok" not in out
    with Library(filled) as lib:
        report = lib.check()
        assert [r.name for r in report.results if not r.ok] == ["search index"]
        lib.rebuild_search_index()  # the file itself is sound: this write is allowed
        assert lib.check().ok
        assert [c.id for c in lib.search("entirely different").clips] == [3]


def test_check_finds_a_dangling_tag_link(filled):
    with contextlib.closing(sqlite3.connect(filled)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("INSERT INTO clip_tags (clip_id, tag_id) VALUES (999, 1)")
        db.commit()
    with Library(filled) as lib:
        report = lib.check()
    assert [r.name for r in report.results if not r.ok] == ["foreign keys"]
    assert report.problems == ["foreign keys: a row of clip_tags points to a missing row of clips"]


# -- backup --------------------------------------------------------------------------


def test_backup_is_a_complete_single_file_copy(filled, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    with Library(filled) as lib:
        result = lib.backup(target)
        lib.add(make_article(99))  # the library goes on; the copy stays as it was
    assert (result.path, result.clips) == (target, 30)
    assert result.size == target.stat().st_size
    assert not list(tmp_path.glob("copy.sqlite-*")) and not list(tmp_path.glob(".*partial"))
    with Library(target) as copy:
        assert copy.count() == 30
        assert copy.check().ok
        assert copy.get(1).tags == ("news", "t1")
    code, out, err = run_cli(capsys, filled, "backup", str(tmp_path / "second.sqlite"))
    assert code == 0, err
    assert out.startswith("backed up 31 clips to ")


def test_backup_into_a_folder_gets_a_dated_name(filled, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    with Library(filled) as lib:
        result = lib.backup(folder)
    assert result.path.parent == folder
    assert result.path.name.startswith("library-backup-") and result.path.suffix == ".sqlite"


def test_backup_replaces_an_older_backup(filled, tmp_path):
    target = tmp_path / "copy.sqlite"
    with Library(filled) as lib:
        lib.backup(target)
        lib.add(make_article(77))
        assert lib.backup(target).clips == 31


@pytest.mark.parametrize("name", ["library.sqlite", "library.sqlite-wal", "link.sqlite"])
def test_backup_never_overwrites_the_library(filled, name):
    if name == "link.sqlite":
        (filled.parent / name).symlink_to(filled)
    before = digest(filled)
    with Library(filled) as lib, pytest.raises(LibraryError, match="library itself"):
        lib.backup(filled.parent / name)
    assert digest(filled) == before


def test_backup_never_overwrites_a_file_that_is_not_a_backup(filled, tmp_path):
    document = tmp_path / "thesis.odt"
    document.write_bytes(b"PK\x03\x04 my thesis" * 100)
    with Library(filled) as lib, pytest.raises(LibraryError, match="not a backup of this library"):
        lib.backup(document)
    assert document.read_bytes() == b"PK\x03\x04 my thesis" * 100


def _other_program(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, iban TEXT)")
        db.execute("INSERT INTO accounts (iban) VALUES ('IT60X0542811101000000123456')")
        db.commit()


def _other_program_with_our_tables(path: Path) -> None:
    # Looks like us at a glance (a clips table) but carries no schema version.
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE clips (id INTEGER PRIMARY KEY, url TEXT)")
        db.commit()


def _another_library(path: Path) -> None:
    with Library(path) as lib:
        lib.add(make_article(500))


def _a_backup_of_another_library(path: Path) -> None:
    other = path.with_name("other-library.sqlite")
    _another_library(other)
    with Library(other) as lib:
        lib.backup(path)


def _a_backup_made_by_an_older_version(path: Path) -> None:
    # Before backups were marked they were plain copies: indistinguishable from a library.
    _another_library(path)


@pytest.mark.parametrize(
    "make, reason",
    [
        (_other_program, "another program"),
        (_other_program_with_our_tables, "another program"),
        (_another_library, "a Cuttings library, not a backup"),
        (_a_backup_of_another_library, "a backup of .*other-library.sqlite"),
        (_a_backup_made_by_an_older_version, "a Cuttings library, not a backup"),
    ],
)
def test_backup_never_overwrites_another_database(filled, tmp_path, capsys, make, reason):
    target = tmp_path / "precious.sqlite"
    make(target)
    before = digest(target)
    with Library(filled) as lib, pytest.raises(LibraryError, match=reason):
        lib.backup(target)
    code, _out, err = run_cli(capsys, filled, "backup", str(target))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "not a backup of this library" in err
    assert digest(target) == before
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_backup_may_replace_an_empty_file(filled, tmp_path):
    target = tmp_path / "empty.sqlite"
    target.touch()
    with Library(filled) as lib:
        assert lib.backup(target).clips == 30


def _stale_journal(folder: Path) -> dict[str, bytes]:
    """The -wal and -shm of another database, caught before its checkpoint."""
    source = folder / "elsewhere.db"
    db = sqlite3.connect(source, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE junk (data BLOB)")
    for _ in range(40):
        db.execute("INSERT INTO junk VALUES (randomblob(3000))")
    journal = {s: Path(f"{source}{s}").read_bytes() for s in ("-wal", "-shm")}
    db.close()
    source.unlink()
    return journal


@pytest.mark.parametrize("earlier", [False, True])
def test_a_stale_journal_beside_the_target_never_touches_the_backup(filled, tmp_path, earlier):
    target = tmp_path / "copy.sqlite"
    with Library(filled) as lib:
        if earlier:
            lib.backup(target)
        for suffix, data in _stale_journal(tmp_path).items():
            Path(f"{target}{suffix}").write_bytes(data)
        result = lib.backup(target)
    assert result.clips == 30
    assert not list(tmp_path.glob("copy.sqlite-*"))
    with contextlib.closing(sqlite3.connect(target)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM clips").fetchone()[0] == 30
    with Library(target) as copy:
        assert copy.check().ok and copy.count() == 30


def test_an_earlier_backup_in_use_is_not_replaced(filled, tmp_path):
    target = tmp_path / "copy.sqlite"
    with Library(filled) as lib:
        lib.backup(target)
        with Library(target) as opened:  # someone opened the backup as a library
            opened.add(make_article(600))
            with pytest.raises(LibraryError, match="in use"):
                lib.backup(target)
            assert opened.count() == 31 and opened.check().ok


def test_a_failed_backup_keeps_the_earlier_one(filled, tmp_path):
    target = tmp_path / "copy.sqlite"
    with Library(filled) as lib:
        lib.backup(target)
    earlier = digest(target)
    # The clips' pages are damaged, not the schema's: the library still opens.
    db = sqlite3.connect(filled)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clips'").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(filled.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size
    filled.write_bytes(bytes(data))
    with Library(filled) as lib, pytest.raises(LibraryError, match="damaged"):
        lib.backup(target)
    assert digest(target) == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "library.sqlite"]


def test_backup_to_a_missing_folder_is_a_clear_error(filled, tmp_path, capsys):
    code, _out, err = run_cli(capsys, filled, "backup", str(tmp_path / "no" / "copy.sqlite"))
    assert code == 1
    assert err.strip().splitlines() == [
        f"cuttings: cannot write the backup: the folder {tmp_path / 'no'} does not exist"
    ]
