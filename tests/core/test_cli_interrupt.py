"""Ctrl-C (SIGINT) during every long command: status 130, no traceback, nothing half-done.

Each command runs as a real ``python -m cuttings`` process against the local
slow server (``/slow/N`` answers after 0.3 s) and gets SIGINT once it is
visibly mid-way: pages requested, a partial file on disk, clips printed.  A
guard timeout on ``communicate`` catches a command that hangs instead.
"""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cuttings.core.library import Library, NewClip
from tests.factories import make_article

from .import_server import serving

ROOT = Path(__file__).parents[2]
GUARD = 90  # seconds: far beyond any clean cancel; only a hang reaches it

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sends SIGINT to a process")


def start(library: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cuttings", "--library", str(library), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
    )


def interrupt_when(
    process: subprocess.Popen[str], ready: Callable[[], bool], *, times: int = 1
) -> tuple[int, str, str]:
    """SIGINT ``process`` once ``ready()`` holds (or it ended); its status and output."""
    deadline = time.monotonic() + GUARD
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    for _ in range(times):
        process.send_signal(signal.SIGINT)
        time.sleep(0.05)
    try:
        out, err = process.communicate(timeout=GUARD)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"the command did not stop after Ctrl-C:\n{err}")
    return process.returncode, out, err


def assert_clean(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err, err


def assert_library_sound(library: Path) -> int:
    with Library(library) as lib:
        report = lib.check()
        assert report.ok, report.problems
        return lib.count()


@pytest.mark.parametrize("after_hits, presses", [(1, 1), (10, 1), (20, 2)])
def test_ctrl_c_cancels_an_import_and_writes_its_report(tmp_path, after_hits, presses):
    library = tmp_path / "library.sqlite"
    report = tmp_path / "report.txt"
    with serving() as server:
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(server.url(f"/slow/{n}") for n in range(40)) + "\n")
        process = start(library, "import", str(urls), "--report", str(report))
        code, out, err = interrupt_when(
            process, lambda: sum(server.hits.values()) >= after_hits, times=presses
        )
    assert_clean(err)
    assert code == 130, err
    summary = out.splitlines()[0]
    assert summary.startswith("40 read: ") and summary.endswith("(cancelled)"), out
    text = report.read_text(encoding="utf-8")
    assert "The import was cancelled" in text
    imported = int(summary.split(": ")[1].split()[0])
    assert 0 < imported < 40 or after_hits == 1
    assert assert_library_sound(library) == imported
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_ctrl_c_cancels_an_add_of_many_urls(tmp_path):
    library = tmp_path / "library.sqlite"
    with serving() as server:
        urls = [server.url(f"/slow/{n}") for n in range(24)]
        process = start(library, "add", *urls)
        code, out, err = interrupt_when(process, lambda: sum(server.hits.values()) >= 6)
    assert_clean(err)
    assert code == 130, err
    assert "cancelled" in err
    printed = [line for line in out.splitlines() if line]
    assert assert_library_sound(library) == len(printed) < 24


@pytest.fixture(scope="module")
def big_library(tmp_path_factory) -> Path:
    """3,000 clips with long bodies: exports and backups take a visible while."""
    path = tmp_path_factory.mktemp("big") / "library.sqlite"
    body = "".join(f"<p>Paragraph {i} with some words of the story.</p>" for i in range(60))
    with Library(path) as lib:
        lib.bulk_insert(NewClip(make_article(n, html=body)) for n in range(3000))
    return path


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith((".partial", ".partial-journal"))]


@pytest.mark.parametrize("format", ["json", "epub", "markdown"])
def test_ctrl_c_cancels_an_export_and_leaves_nothing_half_written(big_library, tmp_path, format):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / ("md" if format == "markdown" else f"clips.{format}")
    process = start(big_library, "export", "--format", format, "--output", str(target))
    if format == "markdown":
        code, _out, err = interrupt_when(
            process, lambda: target.is_dir() and len(list(target.iterdir())) >= 5
        )
        files = list(target.iterdir())
        assert all(f.suffix == ".md" and f.stat().st_size > 0 for f in files)
    else:
        code, _out, err = interrupt_when(process, lambda: bool(_partials(out_dir)))
        assert target.exists() == (code == 0)
    assert_clean(err)
    assert code in (0, 130), err
    assert not _partials(out_dir) and not (target.is_dir() and _partials(target))
    assert_library_sound(big_library)


def opened_since(library: Path, delay: float) -> Callable[[], bool]:
    """True ``delay`` seconds after the process opened ``library`` (its WAL appears).

    A signal before Python has even started kills any program; the tests
    start counting once the command is running.
    """
    seen: list[float] = []

    def ready() -> bool:
        if not seen and Path(f"{library}-wal").exists():
            seen.append(time.monotonic())
        return bool(seen) and time.monotonic() - seen[0] >= delay

    return ready


@pytest.mark.parametrize("delay", [0.0, 0.15, 0.5])
def test_ctrl_c_cancels_a_backup_and_a_check(big_library, tmp_path, delay):
    target = tmp_path / "copy.sqlite"
    for args in (["backup", str(target)], ["check"]):
        process = start(big_library, *args)
        code, out, err = interrupt_when(process, opened_since(big_library, delay))
        assert_clean(err)
        assert code in (0, 130), err
        assert not _partials(tmp_path)
        if args[0] == "backup" and code == 0:
            assert out.startswith("backed up 3000 clips")
    if target.exists():  # whenever the backup was moved into place, it is whole
        with Library(target) as copy:
            assert copy.count() == 3000
    assert_library_sound(big_library)
