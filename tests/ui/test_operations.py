"""LibraryOp and QueryOp: the window's typed background operations."""

import threading

import pytest

from cuttings.core.changes import LibraryChange
from cuttings.ui.changes import LibraryEvents
from cuttings.ui.operations import LibraryOp, Operations, QueryOp
from cuttings.ui.tasks import TaskRunner
from tests.factories import make_article


@pytest.fixture
def ops(qtbot, library):
    runner = TaskRunner()
    operations = Operations(library, runner, LibraryEvents())
    yield operations
    runner.shutdown()


def test_a_write_runs_on_the_writer_and_announces_the_core_change(qtbot, ops, library):
    changes, results, threads = [], [], []
    ops.events.changed.connect(changes.append)

    def write(lib):
        threads.append(threading.get_ident())
        return lib.add(make_article(1), tags=["energy"])

    with qtbot.waitSignal(ops.runner.idle, timeout=5000):
        LibraryOp(ops, write).success(results.append).run()
    assert threads and threads[0] != threading.get_ident()
    assert results[0].created
    # The change is the one the core returned, announced before success runs.
    assert changes == [results[0].change]
    assert changes[0].added == {results[0].clip.id} and changes[0].tags_changed


def test_an_expected_failure_reaches_the_status_message_or_the_callback(qtbot, ops):
    messages, errors = [], []
    ops.failed.connect(messages.append)
    with qtbot.waitSignal(ops.runner.idle, timeout=5000):
        LibraryOp(ops, lambda lib: lib.delete([12345])).run()
    assert messages == ["no clip with id 12345"]
    with qtbot.waitSignal(ops.runner.idle, timeout=5000):
        LibraryOp(ops, lambda lib: lib.delete_tag("none")).failure(errors.append).run()
    assert [str(e) for e in errors] == ["no tag named 'none'"]
    assert messages == ["no clip with id 12345"]  # the callback took the second one


def test_a_write_that_changed_nothing_announces_nothing(qtbot, ops, library):
    library.add(make_article(1))
    changes = []
    ops.events.changed.connect(changes.append)
    with qtbot.waitSignal(ops.runner.idle, timeout=5000):
        LibraryOp(ops, lambda lib: lib.add(make_article(1))).run()  # known URL
    assert changes == []


def test_a_query_reports_progress_and_can_be_cancelled(qtbot, ops):
    seen, results = [], []

    def work(task):
        task.report("halfway")
        task.cancel.wait(5)
        return task.cancelled

    task = QueryOp(ops, work).progress(seen.append).success(results.append).run()
    qtbot.waitUntil(lambda: seen == ["halfway"])
    task.cancel.set()
    qtbot.waitUntil(lambda: results == [True])


def test_store_on_writer_waits_behind_queued_writes(qtbot, ops, library):
    gate = threading.Event()
    order = []
    ops.runner.write(lambda: (gate.wait(10), order.append("queued write")))

    def work(_task):
        result = ops.store_on_writer(lambda lib: lib.add(make_article(2)))
        order.append("stored")
        return result.change

    results = []
    QueryOp(ops, work).success(results.append).run()
    gate.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert order == ["queued write", "stored"]
    assert isinstance(results[0], LibraryChange) and len(results[0].added) == 1
