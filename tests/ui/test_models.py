"""Every model passes qtmodeltester; the timeline knows every id and follows writes."""

from datetime import UTC, date, datetime, timedelta

from cuttings.core.changes import LibraryChange
from cuttings.core.models import TagCount
from cuttings.core.timeline import TimelineQuery
from cuttings.ui.clipping.jobs import ActivityModel, ClipJob, JobState
from cuttings.ui.tags.model import TagListModel, TagRole
from cuttings.ui.tasks import TaskRunner
from cuttings.ui.timeline.dates import day_label
from cuttings.ui.timeline.model import BLOCK_SIZE, TimelineModel, TimelineRole
from tests.factories import make_article
from tests.ui.conftest import fill


def timeline(library, **query):
    model = TimelineModel(library, TaskRunner(synchronous=True))
    model.set_query(TimelineQuery(**query))
    return model


def test_timeline_model_passes_modeltester(qtmodeltester, library):
    fill(library, 2 * BLOCK_SIZE + 30, tags=["x"])
    model = timeline(library)
    assert model.rowCount() == 2 * BLOCK_SIZE + 30
    qtmodeltester.check(model)
    model = timeline(library, tags=("x",), search="story")
    assert model.rowCount() == 2 * BLOCK_SIZE + 30
    qtmodeltester.check(model)


def test_timeline_knows_every_clip_and_reads_rows_on_demand(library):
    fill(library, BLOCK_SIZE * 3 + 5)
    model = timeline(library)
    assert model.rowCount() == model.total == BLOCK_SIZE * 3 + 5
    assert model.index(0).data() == "Story number 1"  # newest first
    # The oldest clip, blocks past the first, is a row like any other.
    last = model.rowCount() - 1
    assert model.index(last).data() == f"Story number {BLOCK_SIZE * 3 + 5}"
    assert (
        model.index(BLOCK_SIZE + 7).data(TimelineRole.CLIP_ID) == model.clip_at(BLOCK_SIZE + 7).id
    )


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


def test_tag_model_inserts_new_tags_without_a_reset(qtmodeltester, qtbot):
    model = TagListModel()
    model.set_tags([TagCount("energy", 3), TagCount("uk", 1)], 4)
    qtmodeltester.check(model)
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_tags([TagCount("bench", 2), TagCount("energy", 3), TagCount("solar", 2),
                        TagCount("uk", 1)], 4)  # fmt: skip
    assert inserted == [(1, 1), (3, 3)]
    assert model.names() == ["bench", "energy", "solar", "uk"]
    assert [model.index(r).data(TagRole.COUNT) for r in range(5)] == [4, 2, 3, 2, 1]
    qtmodeltester.check(model)
    # A tag gone, or renamed, resets the model (the sidebar keeps its filter through it).
    with qtbot.waitSignal(model.modelReset):
        model.set_tags([TagCount("bench", 2), TagCount("britain", 1)], 3)
    assert model.names() == ["bench", "britain"]


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
    from cuttings.ui.timeline.layout import snippet_runs

    runs = snippet_runs("the <b>wind</b> &amp; <b>sun</b>")
    assert runs == [("the ", False), ("wind", True), (" & ", False), ("sun", True)]


def test_the_list_loads_in_the_background(qtbot, library):
    fill(library, BLOCK_SIZE + 10, tags=["energy"])
    runner = TaskRunner()
    model = TimelineModel(library, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(TimelineQuery(tags=("energy",)))
        assert model.rowCount() == 0  # nothing ran on the GUI thread
    assert model.rowCount() == model.total == BLOCK_SIZE + 10
    runner.shutdown()


def test_search_snippets_arrive_for_the_rows_shown(qtbot, library):
    fill(library, 3)
    runner = TaskRunner()
    model = TimelineModel(library, runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(TimelineQuery(search="body"))
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        assert model.index(0).data(TimelineRole.SNIPPET) == ""  # asked for, not there yet
    assert changed.args[2] == [TimelineRole.SNIPPET]
    assert model.index(0).data(TimelineRole.SNIPPET) == "<b>Body</b> of story 1."
    runner.shutdown()


def test_changes_keep_day_headers_and_the_list_in_step(library):
    start = datetime(2025, 2, 10, 12, tzinfo=UTC)
    fill(library, 8, start=start)  # every six hours: about four a day
    model = timeline(library)
    before = model.header_rows()

    def shown_headers():
        return [r for r in range(model.rowCount()) if model.index(r).data(TimelineRole.DAY_HEADER)]

    assert before == shown_headers()
    # A clip on a day of its own, older than the others, brings its header.
    lonely = library.add(make_article(50), clipped_at=start - timedelta(days=5)).clip
    model.apply_change(LibraryChange.of(added=(lonely.id,)))
    assert model.row_of(lonely.id) == 8
    assert model.header_rows() == shown_headers() == [*before, 8]
    # One in the middle of a day shifts the headers after it.
    middle = library.add(make_article(51), clipped_at=start - timedelta(hours=7)).clip
    model.apply_change(LibraryChange.of(added=(middle.id,)))
    assert model.row_of(middle.id) == 2
    assert model.header_rows() == shown_headers()
    library.delete([lonely.id, middle.id])
    model.apply_change(LibraryChange.of(removed=(lonely.id, middle.id)))
    assert model.header_rows() == before == shown_headers()


def test_a_clip_tagged_into_the_filter_takes_its_place(library):
    fill(library, 4, tags=["energy"])
    outside = library.add(make_article(50), clipped_at=datetime.now(UTC) - timedelta(hours=7))
    model = timeline(library, tags=("energy",))
    assert model.row_of(outside.clip.id) == -1
    model.apply_change(library.add_tags([outside.clip.id], ["energy"]).change)
    assert model.row_of(outside.clip.id) == 2  # between the clips of 6 and 12 hours ago
    assert model.total == 5
    model.apply_change(library.remove_tags([outside.clip.id], ["Energy"]).change)
    assert model.row_of(outside.clip.id) == -1 and model.total == 4


def test_big_changes_read_the_list_again_and_keep_rows_if_it_is_the_same(qtbot, library):
    fill(library, BLOCK_SIZE * 2, tags=["energy"])
    model = timeline(library, tags=("energy",))
    ids = [model.index(r).data(TimelineRole.CLIP_ID) for r in range(model.rowCount())]
    library.add_tags(ids, ["uk"])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.apply_change(LibraryChange.of(updated=tuple(ids), tags_changed=True))
    assert model.index(0).data(TimelineRole.TAGS) == ["energy", "uk"]
    # Untagging them all empties the filter: the count follows.
    library.remove_tags(ids[: BLOCK_SIZE + 1], ["energy"])
    with qtbot.waitSignal(model.total_changed) as total:
        model.apply_change(
            LibraryChange.of(updated=tuple(ids[: BLOCK_SIZE + 1]), tags_changed=True)
        )
    assert total.args == [BLOCK_SIZE - 1] and model.rowCount() == BLOCK_SIZE - 1


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
