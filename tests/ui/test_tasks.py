"""The one background-task helper."""

import threading

import pytest

from cuttings.core.errors import CuttingsError
from cuttings.ui.tasks import TaskRunner


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


def test_progress_and_cancel_reach_the_function(qtbot, runner):
    stages = []
    results = []

    def work(task, report):
        report("fetching")
        task.cancel.wait(5)
        return task.cancel.is_set()

    task = runner.run(work, pass_task=True, on_progress=stages.append, on_done=results.append)
    qtbot.waitUntil(lambda: stages == ["fetching"])
    task.cancel.set()
    qtbot.waitUntil(lambda: results == [True])


def test_synchronous_mode_delivers_at_once(qtbot):
    runner = TaskRunner(synchronous=True)
    out = []
    runner.run(lambda: "x", on_done=out.append)
    runner.write(lambda: "y", on_done=out.append)
    assert out == ["x", "y"]


def test_a_long_write_reports_progress_and_can_be_cancelled(qtbot, runner):
    seen = []
    results = []

    def work(task, report):
        report(1)
        task.cancel.wait(5)
        return task.cancel.is_set()

    task = runner.write(work, pass_task=True, on_progress=seen.append, on_done=results.append)
    qtbot.waitUntil(lambda: seen == [1])
    task.cancel.set()
    qtbot.waitUntil(lambda: results == [True])
