"""The browser connector in the window: clips arrive in the activity panel and timeline."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtGui import QGuiApplication

from cuttings.core.connector.server import DEFAULT_PORTS
from cuttings.core.connector.token import TokenKeeper
from cuttings.ui.clipping.jobs import JobState
from cuttings.ui.connector.bridge import BrowserBridge
from cuttings.ui.connector.dialog import BrowserExtensionDialog, show_browser_dialog
from tests.connector_client import EXTENSION_ORIGIN, article_page, call, sentences


@pytest.fixture
def bridge(window):
    bridge = BrowserBridge(window, window.ops, window.clipper, ports=(0,))
    assert bridge.start(), bridge.error
    yield bridge
    bridge.stop()


@pytest.fixture
def pool():
    with ThreadPoolExecutor(2) as executor:
        yield executor


def send(qtbot, pool, bridge, method, path, payload=None, token=None):
    """The request from another thread while the event loop turns (the window answers it)."""
    token = token or TokenKeeper().current()
    future = pool.submit(
        call, bridge.endpoint.port, method, path, token=token, payload=payload,
        origin=EXTENSION_ORIGIN,
    )  # fmt: skip
    qtbot.waitUntil(future.done, timeout=60_000)
    return future.result()


def test_a_page_from_the_browser_lands_in_the_timeline_and_the_activity(
    qtbot, window, bridge, pool, library
):
    url = "https://news.example/window"
    html = article_page("Window story", sentences("the window", 5))
    reply = send(qtbot, pool, bridge, "POST", "/v1/clip/page",
                 {"url": url, "html": html, "tags": ["desk"]})  # fmt: skip
    assert reply.status == 200, reply.data
    clip_id = reply.data["clip"]["id"]
    qtbot.waitUntil(lambda: window.timeline_model.row_of(clip_id) >= 0)
    jobs = window.clipper.activity.jobs()
    assert [(j.url, j.state, j.clip_id) for j in jobs] == [(url, JobState.DONE, clip_id)]
    # A clip that worked does not pop the activity panel open (only a failure does).
    assert not window.activity_dock.isVisible()
    assert library.get(clip_id).tags == ("desk",)
    tags = send(qtbot, pool, bridge, "GET", "/v1/tags")
    assert tags.data == {"tags": ["desk"]}


def test_a_link_from_the_browser_is_fetched_by_the_window(qtbot, window, bridge, pool, server):
    url = server.page("linked.html", article_page("Linked story", sentences("a link", 5)))
    reply = send(qtbot, pool, bridge, "POST", "/v1/clip/link", {"url": url})
    assert reply.status == 200, reply.data
    assert reply.data["clip"]["status"] == "added"
    again = send(qtbot, pool, bridge, "POST", "/v1/clip/link", {"url": url, "tags": ["later"]})
    assert again.data["clip"]["status"] == "exists"
    states = [j.state for j in window.clipper.activity.jobs()]
    assert states == [JobState.DONE, JobState.EXISTS]
    assert server.requests.count("/linked.html") == 1


def test_a_failed_clip_says_why_in_the_panel_and_to_the_extension(qtbot, window, bridge, pool):
    reply = send(qtbot, pool, bridge, "POST", "/v1/clip/page",
                 {"url": "https://news.example/empty", "html": "<p>Hi</p>"})  # fmt: skip
    assert reply.status == 422
    [job] = window.clipper.activity.jobs()
    assert job.state is JobState.FAILED
    assert "no article text" in job.message
    assert job.message in reply.error


def test_open_in_cuttings_selects_the_clip_just_made(qtbot, window, bridge, pool, library):
    from tests.factories import make_article

    for n in range(1, 4):
        library.add(make_article(n))
    made = send(qtbot, pool, bridge, "POST", "/v1/clip/page",
                {"url": "https://news.example/open",
                 "html": article_page("Open me", sentences("opening", 4))})  # fmt: skip
    clip_id = made.data["clip"]["id"]
    window.timeline.select_ids([1])
    reply = send(qtbot, pool, bridge, "POST", "/v1/open", {"id": clip_id})
    assert reply.status == 200
    qtbot.waitUntil(lambda: window.timeline.current_id() == clip_id)
    refused = send(qtbot, pool, bridge, "POST", "/v1/open", {"id": 1})
    assert refused.status == 403


def test_closing_the_window_stops_the_endpoint(qtbot, window, bridge):
    port = bridge.endpoint.port
    window.close()
    assert bridge.endpoint is None
    with pytest.raises(OSError):
        call(port, "GET", "/v1/hello", token=TokenKeeper().current())


def test_the_dialog_shows_copies_and_resets_the_token(qtbot, window, bridge, pool):
    window.act_browser.trigger()
    dialog = window.findChild(BrowserExtensionDialog)
    assert dialog is not None and dialog.isVisible()
    old = TokenKeeper().current()
    assert dialog.token_field.text() == old
    assert bridge.url in dialog.status.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == old
    dialog.reset()
    new = dialog.token_field.text()
    assert new != old and TokenKeeper().current() == new
    assert send(qtbot, pool, bridge, "GET", "/v1/hello", token=old).status == 401
    assert send(qtbot, pool, bridge, "GET", "/v1/hello", token=new).status == 200
    dialog.close()


def test_the_dialog_says_when_the_window_does_not_listen(qtbot, window):
    dialog = show_browser_dialog(window)
    # From a checkout, the extension to load is the source folder.
    assert dialog.folder is not None and (dialog.folder / "manifest.json").is_file()
    assert "Not listening" in dialog.status.text()
    assert dialog.token_field.text() == TokenKeeper().current()
    dialog.close()


def test_the_app_runs_the_endpoint_for_its_window_and_hands_it_over(qtbot, tmp_path):
    from cuttings.core.library import Library
    from cuttings.ui.app import AppSession

    session = AppSession(ask=lambda message, path: None)
    first = session.open(Library(tmp_path / "one.sqlite"), [])
    qtbot.addWidget(first, before_close_func=lambda w: w.shutdown())
    # The endpoint starts once the window has painted its first rows.
    qtbot.waitUntil(lambda: first.findChild(BrowserBridge) is not None)
    old = first.findChild(BrowserBridge)
    assert old.endpoint is not None, old.error
    port = old.endpoint.port
    assert port in DEFAULT_PORTS
    first.open_library_requested.emit(tmp_path / "two.sqlite")
    second = session.window
    qtbot.addWidget(second, before_close_func=lambda w: w.shutdown())
    qtbot.waitUntil(lambda: second.findChild(BrowserBridge) is not None)
    new = second.findChild(BrowserBridge)
    # The old window let go of its port before the new one listened: the same port.
    assert old.endpoint is None
    assert new.endpoint is not None and new.endpoint.port == port
    reply = call(port, "GET", "/v1/hello", token=TokenKeeper().current())
    assert reply.status == 200
    second.close()
    assert new.endpoint is None
    second.library.close()
