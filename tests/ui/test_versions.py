"""Versions in the window: the timeline's mark, the version picker, Compare Versions,
Check for Changes on the selection and the scheduled re-checks."""

from datetime import UTC, datetime, timedelta

from pytestqt.modeltest import ModelTester

from cuttings.core.clipping import clip_url
from cuttings.core.versions.schedule import Schedule
from cuttings.ui.clipping.jobs import JobState
from cuttings.ui.timeline.model import TimelineRole
from cuttings.ui.versions.dialog import VersionsDialog
from cuttings.ui.versions.render import DARK, LIGHT, comparison_html
from tests.core.versionpages import FIRST, Article, page
from tests.factories import make_article
from tests.ui.conftest import open_window


def article(title: str, text: str):
    return make_article(1, title=title, text=text, html=f"<p>{text}</p>")


def edited() -> list[str]:
    paragraphs = [*FIRST]
    paragraphs[1] = paragraphs[1].replace("a victory", "a defeat")
    return paragraphs


def test_a_changed_clip_is_marked_and_its_versions_can_be_read_and_compared(qtbot, library):
    clip = library.add(article("First headline", "The vote was a victory.")).clip
    library.refresh(clip.id, article("Second headline", "The vote was a defeat."))
    window = open_window(qtbot, library)
    ModelTester(None).check(window.timeline_model)
    window.timeline.select_ids([clip.id])
    qtbot.waitUntil(lambda: window.reader.clip_id() == clip.id)
    index = window.timeline_model.index(window.timeline_model.row_of(clip.id), 0)
    assert index.data(TimelineRole.CHANGES) == "changed 1\u00d7"
    bar = window.version_bar
    assert bar.isVisible() and bar.picker.count() == 2
    assert bar.picker.currentData() == 2
    bar.picker.setCurrentIndex(0)
    bar.picker.activated.emit(0)
    assert "First headline" in window.reader.browser.toPlainText()
    assert "victory" in window.reader.browser.toPlainText()

    dialog = VersionsDialog(window.ops, clip.id, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text() == "Headline changed, 1 paragraph changed")
    html = dialog.view.toHtml()
    assert "defeat" in html and "victory" in html


def test_the_comparison_is_coloured_for_light_and_dark_themes(library):
    from cuttings.core.versions.compare import compare

    clip = library.add(make_article(1, text="The vote was a victory.")).clip
    library.refresh(clip.id, make_article(1, text="The vote was a defeat."))
    old, new, diff = compare(library, clip.id)
    light = comparison_html(old, new, diff, dark=False)
    dark = comparison_html(old, new, diff, dark=True)
    assert LIGHT.inserted_bg in light and DARK.inserted_bg not in light
    assert DARK.deleted_bg in dark and "line-through" in dark and "underline" in dark
    assert "added" in dark and "removed" in dark  # the legend


def test_check_for_changes_on_the_selection(qtbot, library, server):
    story = Article(page("Council approves budget", FIRST))
    clip = clip_url(library, server.route("story", story), tags=["council"]).clip
    window = open_window(qtbot, library)
    window.timeline.select_ids([clip.id])
    story.html = page("Council approves budget", edited())
    with qtbot.waitSignal(window.checker.finished, timeout=20_000) as finished:
        window.act_check_changes.trigger()
    assert finished.args[0].counts == {"changed": 1}
    (job,) = window.clipper.activity.jobs()
    assert job.state is JobState.DONE and "1 changed" in job.status_text()
    qtbot.waitUntil(lambda: library.get(clip.id).change_count == 1)
    row = window.timeline_model.row_of(clip.id)
    qtbot.waitUntil(
        lambda: window.timeline_model.index(row, 0).data(TimelineRole.CHANGES) == "changed 1\u00d7"
    )
    assert library.get(clip.id).tags == ("council",)


def test_cancelling_a_check_in_the_activity_panel(qtbot, library, server):
    story = Article(page("Council approves budget", FIRST))
    story.delay = 0.5
    ids = [clip_url(library, server.route(f"s{n}", story)).clip.id for n in range(6)]
    window = open_window(qtbot, library)
    job = window.checker.check_clips(ids)
    window.clipper.cancel(job.id)
    qtbot.waitUntil(lambda: job.state is JobState.CANCELLED, timeout=10_000)


def test_scheduled_checks_run_while_the_window_is_open(qtbot, library, server):
    story = Article(page("Council approves budget", FIRST))
    url = server.route("story", story)
    clip = clip_url(library, url).clip
    older = library.add(
        make_article(2, url=server.url("story?old=1")),
        clipped_at=datetime.now(UTC) - timedelta(hours=2),
    ).clip
    window = open_window(qtbot, library)
    window.checker.schedule = Schedule.parse("1h,1d")
    with qtbot.waitSignal(window.checker.finished, timeout=20_000) as finished:
        window.checker.start_schedule(first_look_ms=0)
    # Only the clip clipped two hours ago was due; the new one waits for its hour.
    assert sum(finished.args[0].counts.values()) == 1
    assert library.get(older.id).change_count == 1 and library.get(clip.id).change_count == 0
    assert library.due_checks(schedule=window.checker.schedule) == []
