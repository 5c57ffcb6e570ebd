"""The one background-task helper."""

import threading
import time

import pytest

from cuttings.core.errors import CuttingsError
from cuttings.ui.tasks import Cancelled, TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_arrives_on_the_main_thread(qtbot, runner):
    main = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_done=lambda value: seen.update(value=value, done=threading.get_ident()))
    assert seen["value"] == 42
    assert seen["worker"] != main
    assert seen["done"] == main


def test_expected_error_reaches_on_error_without_a_bug_report(qtbot, runner):
    errors = []
    bugs = []
    runner.bug.connect(bugs.append)

    def work():
        raise CuttingsError("the page is gone")

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_error=errors.append)
    assert [str(e) for e in errors] == ["the page is gone"]
    assert bugs == []


def test_unexpected_error_is_reported_as_a_bug(qtbot, runner, caplog):
    bugs = []
    runner.bug.connect(bugs.append)
    with qtbot.waitSignal(runner.idle):
        runner.run(lambda: 1 / 0)
    assert bugs and "ZeroDivisionError" in bugs[0]
    assert "unexpected error" in caplog.text


def test_writes_run_one_at_a_time_in_order(qtbot, runner):
    order = []
    active = []
    overlap = []

    def write(n):
        active.append(n)
        if len(active) > 1:
            overlap.append(n)
        order.append(n)
        active.remove(n)
        return n

    with qtbot.waitSignal(runner.idle):
        for n in range(20):
            runner.write(lambda n=n: write(n))
    assert order == list(range(20))
    assert overlap == []


def test_quick_reads_run_one_at_a_time_in_order_beside_the_pool(qtbot, runner):
    """A view's short reads share one thread: never two at once, so at most one holds
    the GIL against the GUI thread, and a long task in the pool does not hold them up."""
    order, threads, active, overlap = [], set(), [], []
    release = threading.Event()

    def read(n):
        active.append(n)
        if len(active) > 1:
            overlap.append(n)
        threads.add(threading.get_ident())
        time.sleep(0.002)  # long enough for a pool of threads to overlap them
        order.append(n)
        active.remove(n)

    runner.run(lambda: release.wait(10))  # in the pool, until the reads are done
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        for n in range(20):
            runner.run(lambda n=n: read(n), quick=True)
        qtbot.waitUntil(lambda: len(order) == 20)
        release.set()
    assert order == list(range(20))
    assert overlap == []
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_progress_and_cancel_reach_the_function(qtbot, runner):
    stages = []
    results = []

    def work(task):
        task.report("fetching")
        task.cancel.wait(5)
        return task.cancelled

    task = runner.start(work, on_progress=stages.append, on_done=results.append)
    qtbot.waitUntil(lambda: stages == ["fetching"])
    task.cancel.set()
    qtbot.waitUntil(lambda: results == [True])


def test_work_cancelled_before_it_begins_is_not_run(qtbot, runner):
    gate = threading.Event()
    ran, errors = [], []
    runner.write(lambda: gate.wait(10))
    task = runner.write(lambda: ran.append(1), on_error=errors.append)
    task.cancel.set()
    with qtbot.waitSignal(runner.idle):
        gate.set()
    assert ran == []
    assert [type(e) for e in errors] == [Cancelled]


def test_call_on_writer_waits_its_turn_and_returns_or_raises(qtbot, runner):
    gate = threading.Event()
    order = []
    runner.write(lambda: (gate.wait(10), order.append("first")))
    results = []

    def worker(task):
        results.append(runner.call_on_writer(lambda: order.append("from the pool") or 7))
        try:
            runner.call_on_writer(lambda: 1 / 0)
        except ZeroDivisionError:
            results.append("raised")
        return threading.get_ident()

    done = []
    runner.start(worker, on_done=done.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert order == ["first", "from the pool"]
    assert results == [7, "raised"]


def test_synchronous_mode_delivers_at_once(qtbot):
    runner = TaskRunner(synchronous=True)
    out = []
    runner.run(lambda: "x", on_done=out.append)
    runner.write(lambda: "y", on_done=out.append)
    assert out == ["x", "y"]


def test_garbage_is_collected_on_the_gui_thread_only(qtbot, runner):
    freed = []

    class Cycle:
        def __init__(self):
            self.me = self

        def __del__(self):
            freed.append(threading.get_ident())

    Cycle()

    def allocate():
        # Enough live containers to pass every collection threshold, in a pool thread.
        kept = [[] for _ in range(100_000)]
        return len(kept)

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(allocate)
    qtbot.waitUntil(lambda: bool(freed), timeout=5000)
    assert freed == [threading.get_ident()]


def test_shutdown_drops_the_outcomes_still_on_their_way(qtbot, runner):
    results = []
    runner.write(lambda: 1, on_done=results.append)
    runner.shutdown()  # the write ran; its result is queued, not yet delivered
    qtbot.wait(50)
    assert results == [] and runner.pending() == 0


@pytest.mark.parametrize("synchronous", [False, True])
def test_work_submitted_after_shutdown_never_runs(qtbot, synchronous):
    # A closed window's timer (marking a clip read) fired after its library closed.
    runner = TaskRunner(synchronous=synchronous)
    runner.shutdown()
    ran, outcomes = [], []
    for submit in (runner.run, runner.write):
        task = submit(lambda: ran.append(1), on_done=outcomes.append, on_error=outcomes.append)
        assert task.cancelled
    runner.start(lambda _task: ran.append(1), on_error=outcomes.append, quick=True)
    qtbot.wait(50)
    assert ran == [] and outcomes == [] and runner.pending() == 0


def test_the_gui_thread_collector_leaves_what_existed_before_it_out_of_collections(qtbot):
    import gc

    TaskRunner().shutdown()  # the first runner with pool threads installs the collector
    # Modules and classes are frozen: a full collection walks only later objects
    # (100-170 ms of the GUI thread otherwise, once the window's modules are in).
    assert not gc.isenabled()
    assert gc.get_freeze_count() > 10_000
