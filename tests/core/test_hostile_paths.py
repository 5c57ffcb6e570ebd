"""Files that are not regular files, partials left by killed runs, and full disks.

- A library, backup target, export target or import report that is a FIFO,
  a device, a socket or a folder is refused with one line, promptly (a FIFO
  would block an ``open`` for ever: each command runs in a subprocess with a
  guard timeout) and is left as it was.
- Partials a killed export, backup or migration left are removed by the next
  run of that command; nothing else is, a partial in use neither.
- A full disk (a real tmpfs when we may mount one, else a file-size limit)
  during an export or while writing an import report is one line, status 1,
  and leaves no empty or cut file.
"""

import contextlib
import fcntl
import hashlib
import os
import resource
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cuttings.cli import main
from cuttings.core.library import Library, NewClip
from tests.factories import make_article

from .import_server import serving
from .test_migration_v2 import make_v1_library

ROOT = Path(__file__).parents[2]
GUARD = 60

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and devices")


def cuttings(library: Path, *args: str, **options) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "cuttings", "--library", str(library), *args],
            capture_output=True,
            text=True,
            timeout=GUARD,  # a FIFO opened for reading or writing blocks: this is the guard
            env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
            **options,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`cuttings {' '.join(args)}` hung")


def run(capsys, kind: str, library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A FIFO in a subprocess (it could block for ever), the rest in this process."""
    if kind == "fifo":
        return cuttings(library, *args)
    code = main(["--library", str(library), *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cuttings: "), done.stderr
    return lines[0]


@pytest.fixture
def lib(tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.bulk_insert(NewClip(make_article(n)) for n in range(5))
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


def _device(path: Path) -> Path:
    # Our own /dev/null twin: a test that regressed must not clobber the real one.
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


SPECIAL = {"fifo": _fifo, "socket": _socket, "device": _device}
KINDS = {"fifo": "FIFO", "socket": "socket", "device": "device", "folder": "folder"}


def _unchanged(path: Path, kind: str) -> bool:
    mode = path.lstat().st_mode
    tests = {
        "fifo": stat.S_ISFIFO,
        "socket": stat.S_ISSOCK,
        "device": stat.S_ISCHR,
        "folder": stat.S_ISDIR,
    }
    return tests[kind](mode)


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_a_library_path_that_is_not_a_file_is_refused(tmp_path, capsys, kind):
    path = (SPECIAL | {"folder": _folder})[kind](tmp_path / "library.sqlite")
    line = one_line_error(run(capsys, kind, path, "list"))
    assert KINDS[kind] in line and "not a library file" in line
    assert _unchanged(path, kind)


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_a_backup_target_that_is_not_a_file_is_refused(lib, tmp_path, capsys, kind):
    path = SPECIAL[kind](tmp_path / "copy.sqlite")
    line = one_line_error(run(capsys, kind, lib, "backup", str(path)))
    assert KINDS[kind] in line and "not a regular file" in line
    assert _unchanged(path, kind)
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("format", ["json", "csv", "html", "netscape", "epub", "markdown"])
@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_an_export_target_that_is_not_a_file_is_refused(lib, tmp_path, capsys, kind, format):
    if kind == "folder" and format == "markdown":
        return  # a folder is what a Markdown export wants
    if kind == "fifo" and format not in {"json", "epub", "markdown"}:
        return  # one subprocess per way of writing is enough (csv, html: as json)
    path = (SPECIAL | {"folder": _folder})[kind](tmp_path / "out")
    args = ("export", "--format", format, "--output", str(path))
    line = one_line_error(run(capsys, kind, lib, *args))
    assert KINDS[kind] in line or "not a folder" in line
    assert _unchanged(path, kind)
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_an_import_report_that_is_not_a_file_is_refused_before_importing(
    lib, tmp_path, capsys, kind
):
    path = (SPECIAL | {"folder": _folder})[kind](tmp_path / "report.txt")
    with serving() as server:
        urls = tmp_path / "urls.txt"
        urls.write_text(server.url("/story/1") + "\n")
        line = one_line_error(run(capsys, kind, lib, "import", str(urls), "--report", str(path)))
        assert not server.hits
    assert KINDS[kind] in line
    assert _unchanged(path, kind)
    with Library(lib) as library:
        assert library.count() == 5


# -- stale partials ---------------------------------------------------------------------


def _plant(folder: Path, target_name: str) -> tuple[list[Path], list[Path]]:
    """Stale partials of ``target_name`` (to remove) and look-alikes (to keep)."""
    folder.mkdir(exist_ok=True)
    stale = [
        folder / f".{target_name}.ab3d_f9z.partial",
        folder / f".{target_name}.0000000a.partial",
    ]
    keep = [
        folder / f"{target_name}.ab3d_f9z.partial",  # no leading dot: not our shape
        folder / f".{target_name}.AB3DEF9Z.partial",  # not mkstemp's alphabet
        folder / f".{target_name}.partial.bak",
        folder / f".{target_name}x.ab3d_f9z.partial",  # another target
        folder / f".{target_name}.abc.partial",
        folder / "notes.txt",
    ]
    for path in stale + keep:
        path.write_bytes(b"half of something")
    stale.append(folder / f".{target_name}.ab3d_f9z.partial-journal")
    stale[-1].write_bytes(b"journal")
    fifo = _fifo(folder / f".{target_name}.fifo_123.partial")  # ours by name, but no file
    return stale, [*keep, fifo]


@contextlib.contextmanager
def in_use(path: Path):
    """A partial another live export is writing: locked as our writers lock theirs."""
    path.write_bytes(b"being written")
    with path.open("rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield path


@pytest.mark.parametrize(
    "args, folder, name",
    [
        (["export", "--format", "json", "--output", "{out}/clips.json"], "out", "clips.json"),
        (["export", "--format", "markdown", "--output", "{out}/md"], "out/md", "2020-01-01-x.md"),
        (["backup", "{out}/copy.sqlite"], "out", "copy.sqlite"),
        (["backup", "{out}"], "out", "library-backup-20200101-000000.sqlite"),
    ],
)
def test_the_next_run_removes_only_our_stale_partials(lib, tmp_path, args, folder, name):
    out = tmp_path / "out"
    out.mkdir()
    stale, keep = _plant(tmp_path / folder, name)
    with in_use(tmp_path / folder / f".{name}.inuse_12.partial") as busy:
        done = cuttings(lib, *(arg.format(out=out) for arg in args))
        assert done.returncode == 0, done.stderr
        assert busy.exists()
    assert not [path for path in stale if path.exists()]
    assert all(path.exists() or path.is_symlink() for path in keep)


def test_an_import_removes_stale_report_partials(lib, tmp_path):
    reports = tmp_path / "import-reports"
    stale, keep = _plant(reports, "import-20200101-000000.txt")
    with serving() as server:
        urls = tmp_path / "urls.txt"
        urls.write_text(server.url("/story/1") + "\n")
        done = cuttings(lib, "import", str(urls))
    assert done.returncode == 0, done.stderr
    assert not [path for path in stale if path.exists()]
    assert all(path.exists() for path in keep)


def test_a_migration_removes_the_partial_a_killed_one_left(tmp_path):
    library = tmp_path / "library.sqlite"
    make_v1_library(library)
    stale = tmp_path / ".library.sqlite.v1.bak.k1lled_1.partial"
    stale.write_bytes(b"SQLite format 3\x00 and then the process died")
    with Library(library) as lib:
        assert lib.check().ok
    assert not stale.exists()
    assert (tmp_path / "library.sqlite.v1.bak").exists()


@pytest.mark.parametrize("command", ["backup", "json", "markdown"])
def test_after_a_kill_the_next_run_cleans_up(tmp_path, command):
    library = tmp_path / "library.sqlite"
    body = "".join(f"<p>Paragraph {i} of a long story.</p>" for i in range(40))
    with Library(library) as lib:
        lib.bulk_insert(NewClip(make_article(n, html=body)) for n in range(800))
    out = tmp_path / "out"
    out.mkdir()
    args = {
        "backup": ["backup", str(out / "copy.sqlite")],
        "json": ["export", "-f", "json", "-o", str(out / "clips.json")],
        "markdown": ["export", "-f", "markdown", "-o", str(out)],
    }[command]
    process = subprocess.Popen(
        [sys.executable, "-m", "cuttings", "--library", str(library), *args],
        env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + GUARD
    while not list(out.glob(".*.partial")) and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(GUARD)
    done = cuttings(library, *args)
    assert done.returncode == 0, done.stderr
    assert not list(out.glob(".*partial*"))


# -- full disk --------------------------------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path):
    """A real 96 KB disk (a tmpfs: needs root, skipped elsewhere)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _file_size_limit() -> None:
    # EFBIG instead of SIGXFSZ's death: what a quota or a full disk looks like to us.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (96 * 1024, 96 * 1024))


@pytest.fixture(params=["tmpfs", "file-size limit"])
def small_disk(request, tmp_path):
    """(folder, preexec_fn): a folder where writing past ~96 KB fails as on a full disk."""
    if request.param == "tmpfs":
        return request.getfixturevalue("tmpfs"), None
    folder = tmp_path / "small"
    folder.mkdir()
    return folder, _file_size_limit


def _incompressible(paragraphs: int) -> str:
    # Hex digests: an EPUB (a zip) cannot shrink them under the disk's size.
    return "".join(
        f"<p>{' '.join(hashlib.sha256(f'{i}-{w}'.encode()).hexdigest() for w in range(8))} END</p>"
        for i in range(paragraphs)
    )


@pytest.fixture
def wordy(tmp_path) -> Path:
    path = tmp_path / "wordy.sqlite"
    body, huge = _incompressible(12), _incompressible(300)
    with Library(path) as lib:
        lib.bulk_insert(NewClip(make_article(n, html=body)) for n in range(59))
        # Past the file-size limit on its own: a full disk for that limit too.
        lib.add(make_article(99, html=huge))
    return path


def _no_scraps(folder: Path) -> None:
    for path in folder.rglob("*"):
        assert "partial" not in path.name, path
        if path.is_file():
            assert path.stat().st_size > 0, path


def test_full_disk_during_a_markdown_export(wordy, small_disk):
    folder, limit = small_disk
    done = cuttings(wordy, "export", "-f", "markdown", "-o", str(folder / "md"), preexec_fn=limit)
    line = one_line_error(done)
    assert "cannot write" in line
    _no_scraps(folder)
    files = list((folder / "md").glob("*.md"))
    assert 0 < len(files) < 60
    for path in files:  # every file written is whole
        assert path.read_text(encoding="utf-8").rstrip().endswith("END")


@pytest.mark.parametrize("format", ["json", "html", "epub"])
def test_full_disk_during_a_file_export(wordy, small_disk, format):
    folder, limit = small_disk
    target = folder / f"clips.{format}"
    done = cuttings(wordy, "export", "-f", format, "-o", str(target), preexec_fn=limit)
    assert "cannot write" in one_line_error(done)
    assert not target.exists()
    _no_scraps(folder)


def test_full_disk_on_standard_output(wordy, small_disk):
    folder, limit = small_disk
    with (folder / "clips.json").open("w") as out:
        done = subprocess.run(
            [sys.executable, "-m", "cuttings", "--library", str(wordy), "export", "-f", "json"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=GUARD,
            env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
            preexec_fn=limit,
        )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "cuttings: cannot write the export: " + os.strerror(28 if limit is None else 27)
    ]


def test_full_disk_while_writing_the_import_report(lib, tmpfs, tmp_path):
    # Only a real disk: a file-size limit would stop the library's own writes first.
    folder = tmpfs
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\1" * 4096)
    with serving() as server:
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(server.url(f"/story/{n}") for n in range(30)) + "\n")
        done = cuttings(lib, "import", str(urls), "--report", str(folder / "report.txt"))
    assert done.returncode == 1
    assert done.stdout.startswith("30 read: 30 imported")
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 1 and "cannot write the import report" in errors[0], done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["filler"]
    with Library(lib) as library:
        assert library.count() == 35
