"""Time the window on a big library: opening, the longest GUI stall while it is used, bulk tags.

    python bench/scale.py /tmp/big.sqlite --clips 100000   # or bench/demo_library.py
    python bench/gui_startup.py /tmp/big.sqlite [--runs 3]

Runs offscreen with throwaway settings and prints medians over ``--runs``:

* the timeline's id lists and row blocks (``cuttings.core.timeline``) per query kind;
* window open to first rows painted, in a new process (Python start-up included);
* a scripted session — End, Page Down, a scrollbar drag, a tag filter, Select All,
  a tag added to every selected clip, window activation, a search typed key by
  key — with a watchdog: a timer firing every 2 ms that records the longest gap
  between its ticks, that is the longest time the GUI thread was busy (target:
  nothing over 16 ms);
* the time from accepting the tag edit on the selection (about 35,000 clips) to
  the timeline showing it (target: 3 s), the write running in the background.

The session tags 35,000 clips with ``bench 35k`` once (kept, so later runs reuse
it) and removes the tags it adds after each run.  Not collected by pytest.
"""

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen's size-hint notes

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from _process import time_window_opens
from cuttings.core.library import Library
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.app import ensure_application
from cuttings.ui.collector import collect_on_gui_thread
from cuttings.ui.mainwindow import MainWindow
from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.timeline.model import BLOCK_SIZE

BULK_TAG = "bench 35k"
BULK_COUNT = 35_000
ADDED_TAG = "bench added"
TICK_MS = 2


class StallWatch(QObject):
    """A timer ticking every few ms: a late tick is the GUI thread having been busy.

    ``longest`` is the longest wall-clock gap between ticks; ``longest_cpu`` the
    most CPU time the GUI thread used between two ticks.  On a machine shared
    with other work the first also counts the time the thread waited for a core
    (or for the GIL); the second is the work the window itself did.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.longest = self.longest_cpu = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, (now - self._last) * 1000 - TICK_MS)
        self.longest_cpu = max(self.longest_cpu, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu


def spin(ms: int, until: Callable[[], bool] | None = None, timeout_ms: int = 60_000) -> float:
    """Turn the event loop for ``ms`` (after ``until`` holds, if given); returns the wait."""
    started = time.perf_counter()
    if until is not None:
        while not until():
            if (time.perf_counter() - started) * 1000 > timeout_ms:
                raise TimeoutError("the window did not get there in time")
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()
    waited = time.perf_counter() - started
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    return waited


def in_loop(action: Callable[[], object]) -> None:
    """Run ``action`` from the event loop, as a key press or a signal would."""
    QTimer.singleShot(0, action)
    spin(1)


# -- the core lists ---------------------------------------------------------------------


def bench_lists(library: Library, runs: int) -> None:
    tags = sorted(library.tags(), key=lambda t: -t.count)
    queries = {
        "all clips": TimelineQuery(),
        "all clips, by published date": TimelineQuery(order="published"),
        f"tag of {tags[0].count:,}": TimelineQuery(tags=(tags[0].name,)),
        f"tag of {library.count(tags=[BULK_TAG]):,}": TimelineQuery(tags=(BULK_TAG,)),
        "search: a word": TimelineQuery(search="government"),
        "search: typed prefix": TimelineQuery(search="gover"),
        "search: phrase": TimelineQuery(search='"of the"'),
        "search: by relevance": TimelineQuery(search="government", search_order="relevance"),
    }
    print(
        f"\n{'timeline list (all ids, with days)':40} {'median ms':>10} {'CPU ms':>8} {'rows':>9}"
    )
    rng = random.Random(1)
    block_times: list[float] = []
    for name, query in queries.items():
        times, cpu = [], []
        for _ in range(runs):
            started, used = time.perf_counter(), time.process_time()
            found = library.timeline_list(query)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        print(
            f"{name:40} {statistics.median(times):>10.0f} {statistics.median(cpu):>8.0f} "
            f"{len(found):>9,}",
            flush=True,
        )
        for _ in range(10):
            start = rng.randrange(max(1, len(found) - BLOCK_SIZE))
            ids = list(found.ids[start : start + BLOCK_SIZE])
            started = time.perf_counter()
            library.timeline_rows(ids)
            block_times.append((time.perf_counter() - started) * 1000)
    block_times.sort()
    p95 = block_times[round(0.95 * (len(block_times) - 1))]
    print(
        f"a block of {BLOCK_SIZE} rows (what a screen needs), {len(block_times)} blocks: "
        f"p50 {statistics.median(block_times):.1f} ms, p95 {p95:.1f} ms"
    )


# -- opening ------------------------------------------------------------------------------


def bench_open(path: Path, runs: int, settings: str) -> None:
    runs_done = time_window_opens(path, settings, max(runs, 3))
    painted, exited, cpu = ([run[i] for run in runs_done] for i in range(3))
    print(
        f"\nwindow open to first rows painted (new process, Python start-up included): "
        f"median {statistics.median(painted):.0f} ms, max {max(painted):.0f} ms over "
        f"{len(painted)} runs; the process exited after {statistics.median(exited):.0f} ms "
        f"(CPU {statistics.median(cpu):.0f} ms in all)"
    )


# -- the scripted session -------------------------------------------------------------------


def session(library: Library, watch: StallWatch) -> dict[str, float]:
    """One scripted use of the window; the longest stall of each step (ms), and timings."""
    found: dict[str, float] = {}
    started, cpu = time.perf_counter(), time.process_time()
    window = MainWindow(library)
    window.show()
    spin(0, until=window.timeline.has_painted)
    found["open: first rows painted, in this process (ms)"] = (time.perf_counter() - started) * 1000
    found["open: CPU of the process meanwhile (ms)"] = (time.process_time() - cpu) * 1000
    spin(200)
    model, view = window.timeline_model, window.timeline
    view.setFocus()
    other = QWidget()
    other.show()

    def step(name: str, action: Callable[[], object], settle_ms: int = 300) -> None:
        spin(100)
        watch.reset()
        action()
        spin(settle_ms)
        found[f"{name}: longest stall (ms)"] = watch.longest
        found[f"{name}: longest GUI-thread CPU (ms)"] = watch.longest_cpu

    def end() -> None:
        in_loop(lambda: QTest.keyClick(view, Qt.Key.Key_End))

    def page_down() -> None:
        in_loop(lambda: QTest.keyClick(view, Qt.Key.Key_Home))
        for _ in range(10):
            in_loop(lambda: QTest.keyClick(view, Qt.Key.Key_PageDown))
            spin(30)

    def drag() -> None:
        bar = view.verticalScrollBar()
        for i in range(1, 21):
            in_loop(lambda i=i: bar.setValue(bar.maximum() * i // 20))
            spin(30)
        for i in range(19, -1, -1):
            in_loop(lambda i=i: bar.setValue(bar.maximum() * (i * 37 % 20) // 20))
            spin(30)

    def tag_filter() -> None:
        in_loop(lambda: window.sidebar.select_names([BULK_TAG]))
        spin(0, until=lambda: not model.is_loading() and model.total == BULK_COUNT)

    def select_all() -> None:
        in_loop(lambda: QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))

    def tag_selection() -> None:
        def dialog_open() -> EditTagsDialog | None:
            shown = [d for d in window.findChildren(EditTagsDialog) if d.isVisible()]
            return shown[-1] if shown else None

        in_loop(window.act_tags.trigger)
        spin(0, until=lambda: dialog_open() is not None)
        dialog = dialog_open()
        assert dialog is not None
        dialog.field.setText(f"{dialog.field.text()}, {ADDED_TAG}")
        accepted, cpu = time.perf_counter(), time.process_time()
        in_loop(dialog.accept)
        spin(0, until=lambda: not model.is_loading() and not window.runner.pending())
        found["bulk: tag added to the selection, shown (s)"] = time.perf_counter() - accepted
        found["bulk: CPU of the process meanwhile (s)"] = time.process_time() - cpu
        found["bulk: clips tagged"] = float(library.count(tags=[ADDED_TAG]))

    def activate() -> None:
        for _ in range(3):
            in_loop(other.activateWindow)
            spin(100)
            in_loop(window.activateWindow)
            spin(200)

    def search() -> None:
        in_loop(lambda: window.sidebar.select_names([]))
        spin(0, until=lambda: not model.is_loading())
        window.search_field.setFocus()
        for letter in "government":
            in_loop(lambda letter=letter: QTest.keyClick(window.search_field, letter))
            spin(90)  # a brisk typist
        spin(0, until=lambda: not model.is_loading() and not window.runner.pending())

    step("End", end)
    step("Page Down x10", page_down)
    step("scrollbar drag", drag)
    step(f"tag filter ({BULK_COUNT:,} clips)", tag_filter)
    step("Select All", select_all)
    found["Select All: clips selected"] = float(view.selected_count())
    step("tag edit on the selection", tag_selection, settle_ms=500)
    step("window activation x3", activate)
    step("typing a search", search, settle_ms=500)
    other.close()
    window.close()
    window.deleteLater()
    spin(50)
    return found


def prepare(library: Library) -> None:
    """A tag on 35,000 clips spread over the library (kept for later runs)."""
    if library.count(tags=[BULK_TAG]) == BULK_COUNT:
        return
    ids = list(library.timeline_list(TimelineQuery()).ids)
    if len(ids) < BULK_COUNT:
        raise SystemExit(f"the library has {len(ids):,} clips; this needs {BULK_COUNT:,} or more")
    if library.count(tags=[BULK_TAG]):
        library.delete_tag(BULK_TAG)
    chosen = sorted(random.Random(35).sample(ids, BULK_COUNT))
    for start in range(0, BULK_COUNT, 5000):
        library.add_tags(chosen[start : start + 5000], [BULK_TAG])
    print(f"tagged {BULK_COUNT:,} clips {BULK_TAG!r} for the session")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = ensure_application()
        # As the app runs (cuttings.ui.app.run): cycles collected on the GUI thread, a
        # pause the watchdog sees, not in whichever thread crosses a threshold.
        collect_on_gui_thread()
        library = Library(args.path)
        print(f"{args.path}: {library.count():,} clips")
        prepare(library)
        bench_lists(library, args.runs)
        bench_open(args.path, args.runs, tmp)
        watch = StallWatch()
        watch.start()
        results = []
        for run in range(args.runs):
            results.append(session(library, watch))
            if library.count(tags=[ADDED_TAG]):
                library.delete_tag(ADDED_TAG)
            rounded = {name: round(value, 1) for name, value in results[-1].items()}
            print(f"  session {run + 1}: {json.dumps(rounded)}", flush=True)
        print(
            f"\nscripted session (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
        print(f"{'':62} {'median':>9} {'max':>9}")
        for name in results[0]:
            values = [r[name] for r in results]
            print(f"{name:62} {statistics.median(values):>9.1f} {max(values):>9.1f}")
        library.close()
        app.processEvents()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
