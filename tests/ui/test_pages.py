"""Pages without a fetch in the window: pasted HTML, dropped saved pages; partial clips shown."""

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from cuttings.core.clipping import build_article
from cuttings.ui.clipping import pages
from cuttings.ui.clipping.jobs import JobState
from cuttings.ui.reader.view import ReaderBrowser
from cuttings.ui.timeline.model import TimelineRole
from tests.core.saved_files import ARTICLE_URL, article_html, mhtml, nested_mhtml
from tests.core.wall_pages import WALLS
from tests.pageserver import FIXTURES
from tests.ui.conftest import open_window
from tests.ui.test_clipping import jobs_done, status_texts

SELECTION = (
    "<meta charset='utf-8'><h1>Council approves budget</h1>"
    + "<p>The city council approved the new budget on Tuesday evening after a long debate "
    "that lasted more than six hours, with the opposition voting against the plan.</p>" * 6
)


def paste(qtbot, window, mime):
    QGuiApplication.clipboard().setMimeData(mime)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def drop(window, *paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event


def only_clip(window):
    (clip,) = window.library.list_clips()
    return window.library.get(clip.id)


def test_html_copied_in_firefox_is_clipped_at_its_source_url(qtbot, window):
    mime = QMimeData()
    mime.setHtml(SELECTION)
    mime.setText("Council approves budget")
    source = "https://news.example.org/2025/02/budget?utm_source=x\nCouncil approves budget"
    mime.setData("text/x-moz-url-priv", QByteArray(source.encode("utf-16-le")))
    window.tags_field.setText("budget")
    paste(qtbot, window, mime)
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert status_texts(window) == ["Done"]
    clip = only_clip(window)
    assert clip.capture == "clipboard"
    assert clip.url == "https://news.example.org/2025/02/budget?utm_source=x"
    assert clip.tags == ("budget",)
    assert "six hours" in clip.text


def test_html_without_an_address_asks_for_it(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(pages, "ask_page_url", lambda parent: asked.append(1) or None)
    mime = QMimeData()
    mime.setHtml(SELECTION)
    paste(qtbot, window, mime)
    assert asked == [1] and window.clipper.activity.rowCount() == 0  # cancelled

    monkeypatch.setattr(pages, "ask_page_url", lambda parent: "not a web address")
    paste(qtbot, window, mime)
    assert "needs the web address" in window.statusBar().currentMessage()
    assert window.clipper.activity.rowCount() == 0

    monkeypatch.setattr(pages, "ask_page_url", lambda parent: " https://e.example/typed ")
    paste(qtbot, window, mime)
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert only_clip(window).url == "https://e.example/typed"


def test_a_whole_page_pasted_is_at_its_canonical_address(qtbot, window, monkeypatch):
    monkeypatch.setattr(pages, "ask_page_url", lambda parent: 1 / 0)  # never asked
    mime = QMimeData()
    mime.setHtml(article_html())
    paste(qtbot, window, mime)
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert (only_clip(window).url, only_clip(window).capture) == (ARTICLE_URL, "clipboard")


def test_a_copied_link_is_still_clipped_as_a_link(qtbot, window, server):
    url = server.url("site/portale-manovra.html")
    mime = QMimeData()
    mime.setHtml(f'<a href="{url}">Manovra</a>')
    mime.setText(url)
    paste(qtbot, window, mime)
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    assert only_clip(window).capture == "fetched"
    assert server.requests  # fetched


def test_dropped_html_and_mhtml_pages_are_clipped_as_files(qtbot, window, tmp_path):
    saved = tmp_path / "budget.html"
    saved.write_text(article_html().replace(ARTICLE_URL, ARTICLE_URL + "-html"), encoding="utf-8")
    archive = tmp_path / "budget.mhtml"
    archive.write_bytes(mhtml(article_html(canonical=False)))
    event = drop(window, saved, archive)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: jobs_done(window, 2), timeout=20_000)
    assert status_texts(window) == ["Done", "Done"]
    clips = {c.url: c for c in window.library.list_clips()}
    assert set(clips) == {ARTICLE_URL + "-html", ARTICLE_URL}
    assert {c.capture for c in clips.values()} == {"file"}
    assert window.clipper.activity.index(0, 0).data() == "budget.html"


def test_a_dropped_bookmarks_file_still_opens_the_import(qtbot, window):
    bookmarks = FIXTURES / "import" / "firefox-bookmarks.html"
    assert drop(window, bookmarks).isAccepted()
    dialog = window.importer.setup_dialog
    assert dialog is not None and dialog.paths == [bookmarks]
    assert window.clipper.activity.rowCount() == 0
    dialog.reject()


def test_hostile_archives_fail_with_a_message_and_nothing_is_stored(qtbot, window, tmp_path):
    files = {
        "empty.mhtml": b"",
        "nested.mhtml": nested_mhtml(40),
        "deep.mht": nested_mhtml(3000),
        "binary.mhtml": bytes(range(256)) * 400,
        "no-article.mhtml": mhtml("<html><body><p>Hi.</p></body></html>"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    drop(window, *(tmp_path / name for name in files))
    qtbot.waitUntil(lambda: jobs_done(window, len(files)), timeout=20_000)
    jobs = window.clipper.activity.jobs()
    assert all(job.state is JobState.FAILED for job in jobs), status_texts(window)
    messages = dict(zip(files, (job.message for job in jobs), strict=True))
    assert "nested too deeply" in messages["nested.mhtml"]
    assert "no article text" in messages["no-article.mhtml"]
    assert all("unexpected" not in m for m in messages.values()), messages
    assert window.library.count() == 0


def test_a_saved_page_completes_a_partial_clip(qtbot, library, tmp_path):
    teaser = dict((w[0], w[1]) for w in WALLS)["en/incomplete-wordcount"]
    clip = library.add(build_article(teaser, ARTICLE_URL)).clip
    assert clip.partial
    window = open_window(qtbot, library)
    assert window.timeline_model.index(0).data(TimelineRole.PARTIAL) == clip.partial
    saved = tmp_path / "full.html"
    saved.write_text(article_html(), encoding="utf-8")
    drop(window, saved)
    qtbot.waitUntil(lambda: jobs_done(window, 1), timeout=15_000)
    after = window.library.get(clip.id)
    assert (after.partial, after.capture) == ("", "file")
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.timeline_model.index(0).data(TimelineRole.PARTIAL) == "")


def test_a_partial_clip_has_a_banner_and_a_mark(qtbot, library, qtmodeltester):
    teaser = dict((w[0], w[1]) for w in WALLS)["it/paywall-schema"]
    clip = library.add(build_article(teaser, "https://e.example/teaser")).clip
    library.add(build_article(article_html(), ARTICLE_URL))
    window = open_window(qtbot, library)
    model = window.timeline_model
    assert model.rowCount() == 2
    marks = {
        model.index(r).data(TimelineRole.CLIP_ID): model.index(r).data(TimelineRole.PARTIAL)
        for r in range(2)
    }
    assert marks[clip.id].startswith("paywall:") and list(marks.values()).count("") == 1
    row = next(r for r in range(2) if model.index(r).data(TimelineRole.CLIP_ID) == clip.id)
    assert "partial" in model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    qtmodeltester.check(model)
    window.timeline.viewport().repaint()  # the delegate paints the mark

    browser = ReaderBrowser()
    qtbot.addWidget(browser)
    browser.show_clip(window.library.get(clip.id))
    text = browser.toPlainText()
    assert "Partial clip — paywall: only" in text
    assert "Cuttings browser extension" in text
    browser.show_clip(window.library.get(model.index(1 - row).data(TimelineRole.CLIP_ID)))
    assert "Partial clip" not in browser.toPlainText()
