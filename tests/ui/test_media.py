"""Pictures and original pages in the real window: clipping keeps them, the File and Tools
menu entries, the Save Pictures setting."""

import sqlite3

from cuttings.ui import media
from tests.image_pages import serve_mixed_page
from tests.ui.conftest import open_window


def clip_in_window(qtbot, window, url):
    with qtbot.waitSignal(window.clipper.clip_ready, timeout=30_000) as ready:
        window.clip_urls([url])
    return ready.args[0]


def test_the_window_keeps_pictures_and_saves_the_original(
    qtbot, library, server, tmp_path, monkeypatch
):
    good = serve_mixed_page(server)
    window = open_window(qtbot, library)
    clip_id = clip_in_window(qtbot, window, server.url("/mixed.html"))
    assert {s.url for s in library.clip_images(clip_id) if s.sha256} == set(good)
    qtbot.waitUntil(lambda: window.reader.clip_id() == clip_id)
    before = len(server.requests)
    window.reader.browser.viewport().repaint()
    assert len(server.requests) == before  # the reader reads the library, not the server
    target = tmp_path / "saved.html"
    monkeypatch.setattr(media, "ask_original_path", lambda _parent, _suggested: target)
    with qtbot.waitSignal(window.media.original_saved, timeout=10_000):
        window.act_save_original.trigger()
    assert target.read_bytes() == library.original(clip_id).body
    with qtbot.waitSignal(window.media.info_shown, timeout=10_000) as shown:
        window.act_library_info.trigger()
    assert "Pictures: 4 (" in shown.args[0] and "Original pages: 1" in shown.args[0]
    window.media.box.close()


def test_download_missing_images_for_clips_from_before(qtbot, library, server):
    good = serve_mixed_page(server)
    window = open_window(qtbot, library)
    clip_id = clip_in_window(qtbot, window, server.url("/mixed.html"))
    with sqlite3.connect(library.path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM clip_images")
    assert library.clips_missing_images() == [clip_id]
    with qtbot.waitSignal(window.media.missing_done, timeout=30_000) as done:
        window.act_missing_images.trigger()
    assert done.args[0].done == [clip_id]
    assert {s.url for s in library.clip_images(clip_id) if s.sha256} == set(good)
    assert "Fetched pictures for 1 clip" in window.statusBar().currentMessage()


def test_the_save_pictures_setting_reaches_new_clips(qtbot, library, server):
    serve_mixed_page(server)
    window = open_window(qtbot, library)
    never = next(a for a in window.media.policy_actions() if a.text() == "&Never")
    never.trigger()
    assert media.image_policy() == "none"
    clip_id = clip_in_window(qtbot, window, server.url("/mixed.html"))
    assert library.clip_images(clip_id) == []
    assert library.original(clip_id) is not None
