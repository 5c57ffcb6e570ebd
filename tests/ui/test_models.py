"""Every model passes qtmodeltester; the timeline loads lazily and follows writes."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex

from cuttings.core.models import TagCount
from cuttings.ui.clipping.jobs import ActivityModel, ClipJob, JobState
from cuttings.ui.tags.model import TagListModel, TagRole
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.dates import day_label
from cuttings.ui.timeline.model import PAGE_SIZE, TimelineModel, TimelineQuery, TimelineRole
from tests.factories import make_article
from tests.ui.conftest import fill


def timeline(library, **query):
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery(**query))
    return model


def test_timeline_model_passes_modeltester(qtmodeltester, library):
    fill(library, PAGE_SIZE + 30, tags=["x"])
    model = timeline(library)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_timeline_loads_a_page_at_a_time(library):
    fill(library, PAGE_SIZE * 2 + 5)
    model = timeline(library)
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE * 2 + 5
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2 + 5
    assert not model.canFetchMore(QModelIndex())
    titles = [model.index(r).data() for r in range(model.rowCount())]
    assert titles[:2] == ["Story number 1", "Story number 2"]  # newest first


def test_day_headers_only_on_the_first_row_of_each_day(library):
    today = datetime.now(UTC).astimezone().replace(hour=12, minute=0)
    for n, ago in enumerate((0, 0, 1, 1, 9), start=1):
        library.add(make_article(n), clipped_at=(today - timedelta(days=ago, minutes=n)))
    model = timeline(library)
    headers = [model.index(r).data(TimelineRole.DAY_HEADER) for r in range(5)]
    assert headers[0] == "Today"
    assert headers[1] == ""
    assert headers[2] == "Yesterday"
    assert headers[3] == ""
    assert headers[4] == day_label((today - timedelta(days=9)).date())


def test_day_label_names_older_days_with_the_locale():
    from PySide6.QtCore import QLocale

    label = day_label(
        date(2025, 2, 22), today=date(2025, 3, 1), locale=QLocale(QLocale.Language.English)
    )
    assert label == "Saturday 22 February 2025"


def test_changes_insert_update_and_remove_rows_in_place(library, qtbot):
    fill(library, 3)
    model = timeline(library)
    added = library.add(make_article(99, title="Fresh"))
    with qtbot.waitSignal(model.rowsInserted):
        model.apply_change(added.change)
    assert model.index(0).data() == "Fresh"
    assert model.total == 4
    edit = library.update_clip(added.clip.id, title="Fresher")
    with qtbot.waitSignal(model.dataChanged):
        model.apply_change(edit.change)
    assert model.index(0).data() == "Fresher"
    deleted = library.delete([added.clip.id])
    with qtbot.waitSignal(model.rowsRemoved):
        model.apply_change(deleted.change)
    assert model.rowCount() == 3
    assert model.total == 3


def test_restored_clip_goes_back_to_its_place(library):
    fill(library, 5)
    model = timeline(library)
    third = model.clip_at(2)
    deleted = library.delete([third.id])
    model.apply_change(deleted.change)
    model.apply_change(library.restore(deleted).change)
    assert model.row_of(third.id) == 2


def test_tag_filter_and_search_query(qtbot, library):
    library.add(make_article(1, title="Wind power auction"), tags=["energy", "uk"])
    library.add(make_article(2, title="Solar farms"), tags=["energy"])
    library.add(make_article(3, title="Rail strikes"), tags=["uk"])
    assert timeline(library, tags=("energy", "uk")).rowCount() == 1
    model = timeline(library, search="farms")
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Solar farms"]
    assert model.total == 1
    # Untagged clips leave a tag-filtered list when their tag is removed.
    model = timeline(library, tags=("energy",))
    solar = model.clip_at(0)
    model.apply_change(library.remove_tags([solar.id], ["energy"]).change)
    assert model.rowCount() == 1


def test_tag_model_passes_modeltester_and_keeps_rows_on_count_changes(qtmodeltester, qtbot):
    model = TagListModel()
    model.set_tags([TagCount("energy", 3), TagCount("uk", 1)], 4)
    qtmodeltester.check(model)
    assert model.index(0).data() == "All clips"
    assert model.index(0).data(TagRole.COUNT) == 4
    assert model.index(1).data(TagRole.NAME) == "energy"
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_tags([TagCount("energy", 2), TagCount("uk", 1)], 3)
    with qtbot.waitSignal(model.modelReset):
        model.set_tags([TagCount("energy", 2)], 3)
    qtmodeltester.check(model)


def test_activity_model_passes_modeltester(qtmodeltester):
    model = ActivityModel()
    job = ClipJob("https://example.org/a")
    model.add(job)
    model.add(ClipJob("https://example.org/b"))
    job.state, job.message = JobState.FAILED, "the server answered 404 Not Found"
    model.job_changed(job)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Failed: the server answered 404 Not Found"
    model.clear_finished()
    assert model.rowCount() == 1


def test_snippet_runs_split_marks_and_unescape():
    from cuttings.ui.timeline.delegate import snippet_runs

    runs = snippet_runs("the <b>wind</b> &amp; <b>sun</b>")
    assert runs == [("the ", False), ("wind", True), (" & ", False), ("sun", True)]


def test_tag_filter_loads_in_the_background(qtbot, library):
    fill(library, PAGE_SIZE + 10, tags=["energy"])
    runner = TaskRunner()
    model = TimelineModel(library, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(TimelineQuery(tags=("energy",)))
        assert model.rowCount() == 0  # nothing ran on the GUI thread
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE + 10
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 10
    runner.shutdown()


def test_a_timeline_opened_at_a_position_passes_modeltester(qtmodeltester, library):
    fill(library, 3 * PAGE_SIZE)
    model = timeline(library)
    row = model.jump_to(2 * PAGE_SIZE)
    assert model.offset == 2 * PAGE_SIZE - PAGE_SIZE // 2
    assert model.clip_at(row).title == f"Story number {2 * PAGE_SIZE + 1}"
    qtmodeltester.check(model)
    # A clip added meanwhile belongs above the loaded window.
    added = library.add(make_article(9999, title="Newest"))
    model.apply_change(added.change)
    assert model.row_of(added.clip.id) == -1
    assert model.offset == 2 * PAGE_SIZE - PAGE_SIZE // 2 + 1
    assert model.total == 3 * PAGE_SIZE + 1
    qtmodeltester.check(model)


def test_tag_completer_completes_the_last_name(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from cuttings.ui.tags.completer import TagCompleter, parse_tags

    field = QLineEdit()
    qtbot.addWidget(field)
    completer = TagCompleter(field)
    completer.set_names(["energy", "Europe", "uk"])
    field.setCompleter(completer)
    field.setText("uk, eu")
    assert completer.splitPath(field.text()) == ["eu"]
    completer.setCompletionPrefix("eu")
    # The completion replaces only the name being typed.
    assert completer.currentCompletion() == "uk, Europe"
    assert parse_tags(" uk,  Europe ,UK,, ") == ["uk", "Europe"]
