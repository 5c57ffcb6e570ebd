"""Clipping from the window, end to end against a local server (real threads)."""

import threading

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from cuttings.ui.clipping.jobs import JobState
from cuttings.ui.clipping.links import links_in_mime, links_in_text
from cuttings.ui.timeline.model import TimelineRole
from tests.pageserver import FIXTURES, send
from tests.ui.conftest import ARTICLE, ARTICLE_TITLE, fill


def jobs_done(window, count):
    jobs = window.clipper.activity.jobs()
    return len(jobs) == count and all(j.state.finished for j in jobs)


def status_texts(window):
    model = window.clipper.activity
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_type_a_url_and_press_enter(qtbot, window, server):
    url = server.url(ARTICLE)
    qtbot.keyClicks(window.url_field, url)
    qtbot.keyClicks(window.tags_field, "politica, manovra")
    qtbot.keyClick(window.url_field, Qt.Key.Key_Return)
    assert window.url_field.text() == ""
    assert window.tags_field.text() == "", "the tags went on this clip, not on later ones"
    assert not window.activity_dock.isVisible(), "a clip that goes well opens no panel"
    assert window.activity_shown.status_button.isVisible()
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert status_texts(window) == ["Done"]
    model = window.timeline_model
    assert model.rowCount() == 1
    assert model.index(0).data() == ARTICLE_TITLE
    assert model.index(0).data(TimelineRole.TAGS) == ["manovra", "politica"]
    qtbot.waitUntil(lambda: window.reader.clip_id() is not None)
    text = window.reader.browser.toPlainText()
    assert ARTICLE_TITLE in text
    assert "trenta miliardi di euro" in text
    qtbot.waitUntil(lambda: window.sidebar.tag_model.names() == ["manovra", "politica"])
    # The same URL again is recognised before any fetch.
    requests = len(server.requests)
    window.clip_urls([url])
    assert status_texts(window)[-1] == "Already in library"
    assert len(server.requests) == requests


def test_failures_show_their_reason(qtbot, window, server):
    missing = server.url("nothing-here")
    pdf = server.page("report.pdf", b"%PDF-1.4 not a page", "application/pdf")
    window.clip_urls([missing, pdf, "ftp://example.org/file"])
    qtbot.waitUntil(lambda: jobs_done(window, 3), timeout=15_000)
    texts = status_texts(window)
    assert all(t.startswith("Failed: ") for t in texts), texts
    assert "404" in texts[0]
    assert texts[1] != texts[0] and len(texts[1]) > len("Failed: ")
    assert "http" in texts[2]
    assert window.timeline_model.rowCount() == 0
    # Retry: the page now exists.
    server.routes.pop("/report.pdf")
    server.page("report.pdf", (FIXTURES / ARTICLE).read_bytes())
    view = window.activity.view
    view.selectRow(1) if hasattr(view, "selectRow") else view.setCurrentIndex(
        window.clipper.activity.index(1, 0)
    )
    assert window.activity.retry_button.isEnabled()
    window.activity.retry_button.click()
    qtbot.waitUntil(lambda: status_texts(window)[1] == "Done", timeout=15_000)
    assert window.timeline_model.rowCount() == 1


def test_event_loop_keeps_turning_during_a_slow_fetch(qtbot, window, server):
    release = threading.Event()

    def slow(handler):
        release.wait(10)
        send(handler, 200, b"<html><body><p>late</p></body></html>", "text/html")

    url = server.route("slow", slow)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.clip_urls([url])
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)
    job = window.clipper.activity.jobs()[0]
    assert job.state in (JobState.QUEUED, JobState.FETCHING)
    # Cancel aborts the pending work.
    window.activity.view.setCurrentIndex(window.clipper.activity.index(0, 0))
    window.activity.cancel_button.click()
    assert job.state is JobState.CANCELLED
    release.set()
    timer.stop()
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=10_000)
    assert job.state is JobState.CANCELLED
    assert window.timeline_model.rowCount() == 0


def test_paste_several_links_and_drop_a_link(qtbot, window, server):
    first = server.url(ARTICLE)
    second = server.page(
        "second.html",
        "<html lang='en'><head><title>Second story</title></head><body><article><h1>Second story"
        "</h1>"
        + "<p>A second article with enough words to be an article body here.</p>" * 8
        + "</article></body></html>",
    )
    QGuiApplication.clipboard().setText(f"{first}\n{second}\n")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: jobs_done(window, 2), timeout=15_000)
    assert window.timeline_model.rowCount() == 2

    third = server.page(
        "third.html",
        (FIXTURES / ARTICLE)
        .read_bytes()
        .replace(b"politica/manovra-via-libera-governo", b"politica/third"),
    )
    mime = QMimeData()
    mime.setUrls([QUrl(third)])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # QApplication only delivers drops during a real drag; hand the event to the handler.
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: jobs_done(window, 3), timeout=15_000)
    assert window.timeline_model.rowCount() == 3


def test_links_in_plain_text_drops():
    mime = QMimeData()
    mime.setText("Read this: https://example.org/a-story and https://example.org/b")
    assert links_in_mime(mime) == ["https://example.org/a-story", "https://example.org/b"]
    mime = QMimeData()
    mime.setText("no link here")
    assert links_in_mime(mime) == []


def test_links_in_text():
    text = "see https://a.example/x, and (https://b.example/y) then https://a.example/x"
    assert links_in_text(text) == ["https://a.example/x", "https://b.example/y"]


def test_new_clip_lands_on_top_of_an_existing_timeline(qtbot, window, server, library):
    fill(library, 3)
    window.timeline_model.reload()
    window.clip_urls([server.url(ARTICLE)])
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert status_texts(window) == ["Done"]
    assert window.timeline_model.index(0).data() == ARTICLE_TITLE
    new_id = window.timeline_model.clip_at(0).id
    assert window.timeline.current_id() == new_id
    # Activating its row in the activity panel shows it again.
    window.timeline.select_row(2)
    window.activity.view.activated.emit(window.clipper.activity.index(0, 0))
    assert window.timeline.current_id() == new_id
