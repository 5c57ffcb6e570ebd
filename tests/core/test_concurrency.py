"""Several processes writing one library, and backups taken meanwhile.

Writers are real processes (:mod:`tests.core.writer`) that print each write
after its commit; the test process writes too.  Afterwards every reported
write is there, nothing reported deleted is, the file passes its checks, and
no process met "database is locked".
"""

import os
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from cuttings.core.library import Library

from .writer import article

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)])}


@dataclass
class Writer:
    """A writer process and the lines it printed, each with the time it was read."""

    name: str
    process: subprocess.Popen[str]
    lines: list[tuple[float, str]] = field(default_factory=list)
    reader: threading.Thread | None = None

    def reported(self, kind: str, before: float = float("inf")) -> set[str]:
        return {line.split()[1] for at, line in self.lines if at < before and line.startswith(kind)}


def start_writer(library: Path, name: str, count: int) -> Writer:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.writer", str(library), name, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    writer = Writer(name, process)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            writer.lines.append((time.monotonic(), line.strip()))

    writer.reader = threading.Thread(target=read, daemon=True)
    writer.reader.start()
    return writer


def finish(writer: Writer) -> None:
    writer.process.wait(timeout=120)
    assert writer.reader is not None and writer.process.stderr is not None
    writer.reader.join(timeout=10)  # the reader owns stdout: all lines are in
    err = writer.process.stderr.read()
    assert writer.process.returncode == 0, err
    assert err == "", err  # no "database is locked", no warning


def assert_writes_present(library: Library, writer: Writer) -> None:
    added, deleted = writer.reported("added"), writer.reported("deleted")
    assert deleted <= added
    for url in added - deleted:
        clip = library.find_by_url(url)
        assert clip is not None, f"lost {url}"
        assert writer.name in clip.tags
    for url in writer.reported("tagged") - deleted:
        clip = library.find_by_url(url)
        assert clip is not None and f"even-{writer.name}" in clip.tags, url
    for url in deleted:
        assert library.find_by_url(url) is None, f"{url} came back"


def test_three_processes_and_this_one_write_at_once(tmp_path):
    path = tmp_path / "library.sqlite"
    # The library does not exist yet: the processes race to create it too.
    writers = [start_writer(path, f"proc{n}", 60) for n in range(3)]
    mine_added, mine_deleted = set(), set()
    with Library(path) as library:
        for n in range(60):
            item = article("main", n)
            clip = library.add(item, tags=["main"]).clip
            mine_added.add(item.url)
            if n % 3 == 0:
                library.add_tags([clip.id], ["third"])
            if n % 7 == 6:
                library.delete([clip.id])
                mine_deleted.add(item.url)
        for writer in writers:
            finish(writer)
        for writer in writers:
            assert len(writer.reported("added")) == 60
            assert_writes_present(library, writer)
        for url in mine_added - mine_deleted:
            assert library.find_by_url(url) is not None
        expected = sum(len(w.reported("added") - w.reported("deleted")) for w in writers) + len(
            mine_added - mine_deleted
        )
        assert library.count() == expected
        report = library.check()
        assert report.ok, report.problems
    print(f"4 writers, {expected} clips kept, {len(mine_deleted) + 36} deleted, nothing lost")


def test_backup_while_other_processes_write(tmp_path):
    path = tmp_path / "library.sqlite"
    Library(path).close()
    writers = [start_writer(path, f"proc{n}", 150) for n in range(2)]
    backups: list[tuple[Path, float]] = []
    with Library(path) as library:
        while len(backups) < 3 and any(w.process.poll() is None for w in writers):
            if sum(len(w.lines) for w in writers) < 40 * (len(backups) + 1):
                time.sleep(0.01)
                continue
            started = time.monotonic()
            target = tmp_path / f"backup-{len(backups)}.sqlite"
            result = library.backup(target)
            assert result.path == target
            backups.append((target, started))
        for writer in writers:
            finish(writer)
    assert len(backups) == 3, "the writers finished before three backups were taken"
    for target, started in backups:
        assert not list(tmp_path.glob("*.partial"))
        assert not Path(f"{target}-wal").exists()
        with sqlite3.connect(target) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with Library(target) as copy:
            assert copy.check().ok
            for writer in writers:
                must_have = writer.reported("added", before=started) - writer.reported("deleted")
                for url in must_have:
                    assert copy.find_by_url(url) is not None, f"{target.name} lacks {url}"
                for url in writer.reported("deleted", before=started):
                    assert copy.find_by_url(url) is None, f"{target.name} has deleted {url}"


OPEN_AT = """
import sys, time
from cuttings.core.library import Library
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
with Library(sys.argv[1]) as library:
    print(library.count())
"""


def test_processes_creating_one_new_library_at_once(tmp_path):
    """The window and the CLI started together on a library that does not exist yet."""
    path = tmp_path / "library.sqlite"
    start = time.time() + 3.0  # after every interpreter has started
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT, str(path), str(start)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
        )
        for _ in range(4)
    ]  # fmt: skip
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert (process.returncode, out.strip(), err) == (0, "0", "")
    with Library(path) as library:
        assert library.check().ok


def test_undo_of_a_delete_survives_another_process_writing_meanwhile(tmp_path):
    """The window deletes, the CLI adds (reusing the freed id, or the same article), Undo."""
    path = tmp_path / "library.sqlite"
    with Library(path) as window:
        for n in range(1, 4):
            window.add(article("site", n), tags=["keep"])
        window.update_clip(3, note="my note")
        deleted = window.delete([3, 2])
        # Another process: a new clip takes the freed id 2, the article of clip 2 gets id 3.
        script = (
            "import sys; from pathlib import Path; from cuttings.core.library import Library;"
            "from tests.core.writer import article;"
            "lib = Library(Path(sys.argv[1]));"
            "print(lib.add(article('other', 9)).clip.id, lib.add(article('site', 2)).clip.id)"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=60,
        )  # fmt: skip
        assert done.stdout.split() == ["2", "3"], done.stderr
        ids = list(window.restore(deleted).ids)
        # Clip 3's id is taken: it comes back as 4.  Clip 2's article is clip 3 now:
        # that clip gets its tag, and no duplicate is made.
        assert ids == [4, 3]
        restored = window.get(4)
        assert (restored.title, restored.note, restored.tags) == (
            "site story 3",
            "my note",
            ("keep",),
        )
        assert window.get(3).tags == ("keep",)
        assert window.get(2).title == "other story 9"
        assert window.count() == 4
        assert window.check().ok
