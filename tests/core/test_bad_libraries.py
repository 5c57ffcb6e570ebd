"""Bad library files: a clear one-line error, and the file left byte for byte.

Damaged, foreign, truncated, read-only, too new, on a full disk: Cuttings
says what is wrong and never rewrites or "repairs" the file.  Commands run
through the real CLI entry point in-process (``main``), and one read-only
case as an unprivileged user in a subprocess, since root ignores permissions.
"""

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from cuttings.cli import main
from cuttings.core import migrations
from cuttings.core.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryFullError,
    LibraryTooNewError,
)
from cuttings.core.library import Library
from tests.factories import make_article

APP = Path(__file__).parents[2] / "app"
COMMANDS = [
    ["list", "--limit", "100000"],
    ["search", "body"],
    ["show", "1"],
    ["tag", "1", "new-tag"],
    ["check"],
]


def make_library(path: Path, clips: int = 200) -> Path:
    with Library(path) as lib:
        for n in range(1, clips + 1):
            lib.add(make_article(n, text=f"Body of story {n}. " * 20), tags=[f"t{n % 7}"])
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(capsys, library: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *words: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cuttings: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], err


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return make_library(tmp_path_factory.mktemp("pristine") / "library.sqlite")


@pytest.fixture
def library(pristine, tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    shutil.copyfile(pristine, path)
    return path


# -- damaged and foreign files --------------------------------------------------


def test_corrupt_library_is_reported_and_untouched(library, capsys):
    corrupt_middle(library)
    before = digest(library)

    code, out, err = run_cli(capsys, library, "check")
    assert code == 1
    assert "integrity: " in out and "integrity: ok" not in out
    assert "nothing was changed" in err
    for args in (["list", "--limit", "100000"], ["search", "body"]):
        code, out, err = run_cli(capsys, library, *args)
        assert_one_line_error(code, err, "damaged")
    code, out, err = run_cli(capsys, library, "backup", str(library.with_name("copy.sqlite")))
    assert_one_line_error(code, err, "damaged")
    assert not library.with_name("copy.sqlite").exists()
    assert digest(library) == before
    assert not list(library.parent.glob("*.partial"))


def corrupt_middle(path: Path) -> None:
    """Damage the clips' rows, not the schema's pages (the library must still open).

    Where each lands in the file moves with every table a migration adds, so
    the pages are found rather than guessed.
    """
    with contextlib.closing(sqlite3.connect(path)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in db.execute("SELECT pageno FROM dbstat WHERE name = 'clips'")]
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 4 :]:
        data[(page - 1) * size : page * size] = b"\x5a" * size
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("notice", ["read", "check"])
def test_once_damage_is_seen_the_session_writes_nothing(library, notice):
    """The window keeps its Library open: after damage shows, it stops writing."""
    corrupt_middle(library)
    before = digest(library)
    with Library(library) as lib:
        if notice == "read":
            with pytest.raises(LibraryDamagedError, match="damaged"):
                lib.list_clips(limit=100_000)
        else:
            assert not lib.check().ok
        with pytest.raises(LibraryDamagedError, match="will not write"):
            lib.add_tags([1], ["x"])
        with pytest.raises(LibraryDamagedError, match="will not write"):
            lib.add(make_article(999))
        assert not lib.check().ok  # still damaged: still no writes
        with pytest.raises(LibraryDamagedError, match="will not write"):
            lib.delete([2])
    assert digest(library) == before


@pytest.mark.parametrize(
    "content",
    [
        b"these are my notes, not a database\n" * 100,
        b"\x00" * 8192,
        b"%PDF-1.7\n" + os.urandom(5000),
        b"SQLite format 2\x00" + b"\x00" * 4000,
    ],
    ids=["text", "zeros", "pdf", "sqlite2"],
)
def test_non_sqlite_file_is_refused_by_every_command(tmp_path, capsys, content):
    path = tmp_path / "library.sqlite"
    path.write_bytes(content)
    for args in COMMANDS:
        code, _out, err = run_cli(capsys, path, *args)
        assert_one_line_error(code, err, "not a Cuttings library")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite"]


def test_another_programs_database_is_refused_and_untouched(tmp_path, capsys):
    path = tmp_path / "places.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
        db.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/')")
        db.commit()
    before = digest(path)
    for args in COMMANDS:
        code, _out, err = run_cli(capsys, path, *args)
        assert_one_line_error(code, err, "not a Cuttings library")
    assert digest(path) == before
    with contextlib.closing(sqlite3.connect(path)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
    assert tables == ["bookmarks"]


@pytest.mark.parametrize("keep", [50, 100, 4096, "half"])
def test_truncated_library_is_reported_and_untouched(library, capsys, keep):
    data = library.read_bytes()
    library.write_bytes(data[: len(data) // 2 if keep == "half" else keep])
    before = digest(library)
    outcomes = []
    for args in COMMANDS:
        code, out, err = run_cli(capsys, library, *args)
        assert "Traceback" not in err
        if args == ["check"] and code == 0:
            pytest.fail(f"check passed a library cut to {keep} bytes:\n{out}")
        if code != 0:
            lines = err.strip().splitlines()
            assert lines[-1].startswith("cuttings: "), err
            assert args == ["check"] or len(lines) == 1, err
        outcomes.append(code)
    assert any(outcomes)
    assert digest(library) == before


def test_newer_library_is_refused_and_untouched(library, capsys):
    with contextlib.closing(sqlite3.connect(library)) as db:
        # A rollback-journal file: switching it to WAL would write its header.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 7}")
    before = digest(library)
    with pytest.raises(LibraryTooNewError, match="newer version of Cuttings"):
        Library(library)
    for args in COMMANDS:
        code, _out, err = run_cli(capsys, library, *args)
        assert_one_line_error(code, err, "newer version", "update Cuttings")
    assert digest(library) == before


# -- read-only files and folders ------------------------------------------------------


def test_read_only_file_is_refused_and_untouched(library, capsys):
    before = digest(library)
    library.chmod(0o444)
    try:
        for args in COMMANDS:
            code, _out, err = run_cli(capsys, library, *args)
            assert_one_line_error(code, err, "read-only")
    finally:
        library.chmod(0o644)
    assert digest(library) == before


def test_read_only_folder_is_refused_and_untouched(library, capsys):
    before = digest(library)
    folder = library.parent
    folder.chmod(0o555)
    try:
        for args in COMMANDS:
            code, _out, err = run_cli(capsys, library, *args)
            assert_one_line_error(code, err, "read-only")
        code, _out, err = run_cli(capsys, folder / "new.sqlite", "list")
        assert_one_line_error(code, err, "read-only")
    finally:
        folder.chmod(0o755)
    assert digest(library) == before
    assert not (folder / "new.sqlite").exists()


def test_a_path_the_system_refuses_is_a_one_line_error(tmp_path, capsys):
    """A name longer than the file system allows raises from a mere stat()."""
    too_long = tmp_path / ("a" * 300) / "library.sqlite"
    for args in COMMANDS:
        code, _out, err = run_cli(capsys, too_long, *args)
        assert_one_line_error(code, err, "File name too long")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="needs root to switch to an unprivileged user",
)
def test_read_only_file_as_an_ordinary_user(pristine, tmp_path_factory):
    """The real permission check, as a user who may read but not write the file."""
    folder = tmp_path_factory.mktemp("shared")
    for part in (folder, *folder.parents):
        if part == Path("/"):
            break
        part.chmod(part.stat().st_mode | 0o005)  # let "nobody" through, read-only
    # Our package goes where "nobody" can read it (the checkout may be private).
    code = folder / "app"
    shutil.copytree(
        APP / "cuttings", code / "cuttings", ignore=shutil.ignore_patterns("__pycache__")
    )
    for path in (code, *code.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    env = {**os.environ, "PYTHONPATH": str(code), "HOME": "/tmp"}
    probe = subprocess.run([*as_nobody, "-c", "import sqlmodel, cuttings.cli"], env=env,
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    if probe.returncode != 0:
        pytest.skip(f"this Python environment is private to its owner: {probe.stderr[-200:]}")
    library = folder / "library.sqlite"
    shutil.copyfile(pristine, library)
    library.chmod(0o644)  # owned by root: readable, not writable, by nobody
    before = digest(library)
    result = subprocess.run(
        [*as_nobody, "-m", "cuttings", "--library", str(library), "list"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1, result
    assert result.stderr.strip().splitlines() == [
        f"cuttings: {library} is read-only: Cuttings needs to write to its library"
    ]
    assert digest(library) == before


# -- a full disk --------------------------------------------------------------------------


def _big_article(n: int):
    words = " ".join(f"word{i}-{n}" for i in range(60_000))
    return make_article(n, html=f"<p>{words}</p>", text=words)


def test_full_disk_leaves_nothing_half_written(library):
    """SQLite's page limit stands in for the disk: the write fails as SQLITE_FULL."""
    with contextlib.closing(sqlite3.connect(library)) as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    lib = Library(library)
    try:
        lib._engine.dispose()
        event.listen(
            lib._engine,
            "connect",
            lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count = {pages + 3}"),
        )
        with pytest.raises(LibraryError, match="the disk is full"):
            lib.add(_big_article(10_001), tags=["full"])
        assert lib.count() == 200
        assert lib.find_by_url(_big_article(10_001).url) is None
        assert "full" not in [tag.name for tag in lib.tags()]
    finally:
        lib.close()
    with Library(library) as lib:
        assert lib.check().ok
        assert lib.add(_big_article(10_002)).created
        assert lib.count() == 201


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs: a real ENOSPC (needs root; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_for_real_cli_reports_it_and_the_library_stays_usable(
    pristine, tiny_disk, server, capsys
):
    library = tiny_disk / "library.sqlite"
    shutil.copyfile(pristine, library)
    filler = tiny_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:  # fill the disk...
            fh.write(b"\1" * 4096)
    os.truncate(filler, filler.stat().st_size - 12 * 4096)  # ...but for a few pages
    words = " ".join(f"parola{i}" for i in range(40_000))
    url = server.page(
        "big", f"<html><head><title>Big story</title></head><body><article><h1>Big story</h1>"
        f"<p>{words}</p></article></body></html>"
    )  # fmt: skip

    code, out, err = run_cli(capsys, library, "add", url)
    assert code == 1
    assert out == ""
    assert "disk is full" in err and "Traceback" not in err
    code, out, _ = run_cli(capsys, library, "check")
    assert code == 0, out
    filler.unlink()
    with Library(library) as lib:
        assert lib.count() == 200
        assert lib.check().ok
    code, out, err = run_cli(capsys, library, "add", url)
    assert code == 0, err
    with Library(library) as lib:
        assert lib.count() == 201


# -- migrations ---------------------------------------------------------------------------


def test_upgrade_writes_a_backup_of_the_old_version_first(library, monkeypatch):

    def v_next(db):
        db.execute("ALTER TABLE clips ADD COLUMN upgraded INTEGER NOT NULL DEFAULT 1")

    upgraded = [*migrations.MIGRATIONS, v_next]
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.SCHEMA_VERSION", len(upgraded))
    with Library(library) as lib:
        assert lib.count() == 200
    backup = library.with_name(f"library.sqlite.v{migrations.SCHEMA_VERSION}.bak")
    with contextlib.closing(sqlite3.connect(backup)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM clips").fetchone()[0] == 200
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_to_a_full_disk_keeps_the_earlier_backup(library, tiny_disk):
    target = tiny_disk / "backup.sqlite"
    with Library(library) as lib:
        lib.backup(target)
        earlier = digest(target)
        lib.add(make_article(5000))
        filler = tiny_disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
            while True:
                fh.write(b"\1" * 4096)
        with pytest.raises(LibraryError, match="disk is full"):
            lib.backup(target)
        assert lib.count() == 201  # the library itself is fine
    assert digest(target) == earlier
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["backup.sqlite", "filler"]


def test_every_connection_commits_durably(library):
    """synchronous=FULL: a clip reported saved survives a power cut, not only a crash."""
    with Library(library) as lib, lib._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_failed_migration_leaves_the_file_byte_for_byte(library, monkeypatch):
    before = digest(library)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        db.execute("UPDATE clips SET title = 'overwritten'")
        # The disk fills up half-way (SQLite's page limit stands in for it).
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")
        db.execute("INSERT INTO half_done SELECT randomblob(100000) FROM clips")

    upgraded = [*migrations.MIGRATIONS, broken]
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.SCHEMA_VERSION", len(upgraded))
    with pytest.raises(LibraryFullError, match="the disk is full"):
        Library(library)
    assert digest(library) == before
    backup = library.with_name(f"library.sqlite.v{migrations.SCHEMA_VERSION}.bak")
    with contextlib.closing(sqlite3.connect(backup)) as db:
        assert db.execute("SELECT count(*) FROM clips WHERE title LIKE 'Story%'").fetchone() == (
            200,
        )


def test_a_sound_check_lifts_the_refusal(library):
    """A read failing with "malformed" that a check then clears (the search index, say)."""
    with Library(library) as lib:
        lib._damage = "database disk image is malformed"  # as a failed read leaves it
        with pytest.raises(LibraryDamagedError):
            lib.add_tags([1], ["x"])
        assert lib.check().ok
        lib.add_tags([1], ["x"])
        assert "x" in lib.get(1).tags


def test_no_room_for_the_upgrade_backup_means_no_upgrade(pristine, tiny_disk, monkeypatch):
    library = tiny_disk / "library.sqlite"
    shutil.copyfile(pristine, library)
    before = digest(library)
    filler = tiny_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\1" * 4096)
    # Room to open the library (WAL index), none for a copy of it.
    os.truncate(filler, filler.stat().st_size - 64 * 1024)
    assert library.stat().st_size > 150 * 1024

    def v_next(db):
        db.execute("ALTER TABLE clips ADD COLUMN upgraded INTEGER NOT NULL DEFAULT 1")

    upgraded = [*migrations.MIGRATIONS, v_next]
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.MIGRATIONS", upgraded)
    monkeypatch.setattr("cuttings.core.database.SCHEMA_VERSION", len(upgraded))
    with pytest.raises(LibraryError, match="the disk is full"):
        Library(library)
    assert digest(library) == before
    assert sorted(p.name for p in tiny_disk.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "filler",
        "library.sqlite",
    ]
