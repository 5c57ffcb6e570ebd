"""Versions in the window: the timeline's mark, the version picker, Compare Versions,
Check for Changes on the selection and the scheduled re-checks."""

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
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
    # A row in the activity panel at once, with its progress.
    assert job in window.clipper.activity.jobs() and job.progress.startswith("Checking")
    qtbot.waitUntil(lambda: " of 6" in job.progress or job.state is not JobState.FETCHING)
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


def test_an_older_version_is_shown_with_its_own_pictures(qtbot, library):
    from cuttings.core.images.media import ClipMedia, ImageLink
    from cuttings.core.images.verify import verify_image
    from tests.image_pages import picture

    def with_photo(title: str, url: str, color: str):
        text = f"{title}: the vote was held on Monday."
        shown = make_article(
            1, title=title, text=text, html=f'<p>{text}</p><p><img src="{url}"></p>'
        )
        link = ImageLink(url, url, verify_image(picture("PNG", 40, 30, color)))
        return dataclasses.replace(shown, media=ClipMedia((link,)))

    old_url, new_url = "https://news.example/old.png", "https://news.example/new.png"
    clip = library.add(with_photo("First headline", old_url, "teal")).clip
    library.refresh(clip.id, with_photo("Second headline", new_url, "red"))
    assert library.collect_unused_images() == 0
    window = open_window(qtbot, library)
    window.timeline.select_ids([clip.id])
    qtbot.waitUntil(lambda: window.reader.clip_id() == clip.id)
    browser, bar = window.reader.browser, window.version_bar

    def refused_after_showing(index: int) -> set[str]:
        browser.refused_urls.clear()
        bar.picker.setCurrentIndex(index)
        bar.picker.activated.emit(index)
        return {url.toString() for url in browser.refused_urls}

    # Version 1 shows its own photo (stored, so nothing is refused), then the newest its own.
    assert refused_after_showing(0) == set()
    assert "First headline" in browser.toPlainText()
    assert refused_after_showing(1) == set()
    assert "Second headline" in browser.toPlainText()
    # Back to an older version, then the clip shown anew: the newest's pictures again.
    refused_after_showing(0)
    browser.refused_urls.clear()
    window.reader.show_clip(library.get(clip.id))
    bar.show_clip(library.get(clip.id))
    assert {url.toString() for url in browser.refused_urls} == set()
    assert bar.picker.currentData() == 2


def test_recheck_settings_are_validated_remembered_and_applied_at_once(qtbot, library):
    from cuttings.ui.versions.checker import schedule_setting
    from cuttings.ui.versions.preferences import RecheckSettingsDialog

    window = open_window(qtbot, library)
    window.act_recheck_settings.trigger()
    dialog = window.findChild(RecheckSettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.automatic.isChecked() and dialog.steps.text() == "1h,6h,1d,3d,7d,30d"
    for bad in ("1d, 6h", "1h, 0d", "soon", ""):
        dialog.steps.setText(bad)
        assert not ok.isEnabled() and dialog.problem.text()
    dialog.steps.setText("2h, 1d, 7d")
    assert ok.isEnabled() and not dialog.problem.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.checker.schedule == Schedule.parse("2h,1d,7d")
    assert window.checker.timer.isActive()
    assert schedule_setting() == Schedule.parse("2h,1d,7d")

    # Switched off: the timers stop at once, the steps are remembered for later.
    dialog = RecheckSettingsDialog(window.checker, window)
    qtbot.addWidget(dialog)
    assert dialog.steps.text() == "2h,1d,7d"
    dialog.automatic.setChecked(False)
    assert not dialog.steps.isEnabled()
    dialog.steps.setText("nonsense")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert not window.checker.schedule.enabled
    assert not window.checker.timer.isActive() and not window.checker.first_look.isActive()
    assert not schedule_setting().enabled
    again = RecheckSettingsDialog(window.checker, window)
    qtbot.addWidget(again)
    assert not again.automatic.isChecked() and again.steps.text() == "2h,1d,7d"


def test_scheduled_checks_resume_after_a_restart(qtbot, library, server):
    from cuttings.core.versions.checks import CheckOutcome

    story = Article(page("Council approves budget", FIRST))
    clip = library.add(
        make_article(1, url=server.route("story", story)),
        clipped_at=datetime.now(UTC) - timedelta(days=3, hours=1),
    ).clip
    schedule = Schedule.parse("1h,1d,3d,7d")
    # Checked two days ago by an earlier session: its next step (3 days) came while closed.
    (target,) = library.check_targets([clip.id])
    library.record_checks(
        [CheckOutcome(target, "unchanged")],
        schedule=schedule,
        now=datetime.now(UTC) - timedelta(days=2),
    )
    assert [t.clip_id for t in library.due_checks(schedule=schedule)] == [clip.id]
    window = open_window(qtbot, library)
    window.checker.schedule = schedule
    with qtbot.waitSignal(window.checker.finished, timeout=20_000) as finished:
        window.checker.start_schedule(first_look_ms=0)
    assert sum(finished.args[0].counts.values()) == 1
    assert library.due_checks(schedule=schedule) == []
