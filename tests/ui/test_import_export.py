"""File → Import and File → Export, driven through the real window (real threads)."""

import csv
import json
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from cuttings.core.importers import FORMAT_TITLES
from cuttings.ui.porting import importing, paths
from cuttings.ui.tags.model import TagRole
from cuttings.ui.timeline.model import TimelineRole
from tests.factories import make_article
from tests.pageserver import FIXTURES, send
from tests.ui.conftest import ARTICLE, fill, open_window

WALLABAG = FIXTURES / "import" / "wallabag-export.json"
PAYWALLED = "https://paywalled.example.com/story"


def wallabag_file(tmp_path: Path, server) -> tuple[Path, str]:
    """The wallabag fixture with its one link to fetch pointed at the local server (a 404)."""
    failing = server.url("paywalled/story")
    path = tmp_path / "wallabag.json"
    path.write_text(WALLABAG.read_text(encoding="utf-8").replace(PAYWALLED, failing), "utf-8")
    return path, failing


def choose_files(monkeypatch, *files: Path) -> None:
    monkeypatch.setattr(paths, "ask_import_files", lambda _parent, _folder: list(files))


def titles(window) -> list[str]:
    model = window.timeline_model
    return [model.index(r).data() for r in range(model.rowCount())]


def tag_count(window, name: str) -> int | None:
    model = window.sidebar.tag_model
    row = model.row_of(name)
    return model.index(row).data(TagRole.COUNT) if row >= 0 else None


def start_import(qtbot, window, tags: str = ""):
    window.act_import.trigger()
    dialog = window.importer.setup_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    if tags:
        qtbot.keyClicks(dialog.tags_field, tags)
    return dialog


def test_import_a_wallabag_export_then_retry_its_failure(qtbot, window, server, monkeypatch):
    path, failing = wallabag_file(window.library.path.parent, server)
    choose_files(monkeypatch, path)
    dialog = start_import(qtbot, window, "imported")
    row = dialog.files.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(2)) == (
        "wallabag.json",
        FORMAT_TITLES["wallabag"],
        "3",
    )
    with qtbot.waitSignal(window.importer.finished, timeout=20_000) as blocker:
        dialog.import_button.click()
    report = blocker.args[0]
    assert (len(report.imported), len(report.duplicates), len(report.failures)) == (2, 0, 1)

    shown = window.importer.report_dialog
    assert shown is not None and shown.isVisible()
    assert "Imported: 2" in shown.summary.text()
    assert "Failed: 1" in shown.summary.text()
    assert shown.failures.topLevelItemCount() == 1
    assert shown.failures.topLevelItem(0).text(0) == failing
    assert "404" in shown.failures.topLevelItem(0).text(1)
    opened = []
    monkeypatch.setattr(importing, "open_file", opened.append)
    shown.open_button.click()
    assert opened == [report.path] and report.path.is_file()

    # New clips are in the timeline with their tags and their own dates.
    assert sorted(titles(window)) == ["Le conseil municipal vote le budget", "Water found on Mars"]
    model = window.timeline_model
    mars = model.row_of(next(o.clip_id for o in report.imported if "mars" in o.item.url))
    assert model.index(mars).data(TimelineRole.TAGS) == ["imported", "science", "space"]
    assert model.clip_at(mars).clipped_at == datetime(2023, 10, 11, 7, 30, tzinfo=UTC)
    qtbot.waitUntil(lambda: tag_count(window, "imported") == 2)  # read in the pool
    assert tag_count(window, "space") == 1

    # Retry once the page exists.
    server.page("paywalled/story", (FIXTURES / ARTICLE).read_bytes())
    with qtbot.waitSignal(window.importer.finished, timeout=20_000) as blocker:
        shown.retry_button.click()
    again = blocker.args[0]
    assert (len(again.imported), len(again.failures)) == (1, 0)
    assert again.path is not None and again.path.is_file()
    assert "Imported: 1" in window.importer.report_dialog.summary.text()
    assert not window.importer.report_dialog.retry_button.isEnabled()
    assert model.rowCount() == 3
    retried = model.row_of(again.imported[0].clip_id)
    assert model.index(retried).data(TimelineRole.TAGS) == ["imported", "later"]
    qtbot.waitUntil(lambda: tag_count(window, "imported") == 3)
    assert tag_count(window, "later") == 1


def test_cancel_stops_an_import_while_the_window_keeps_turning(
    qtbot, window, server, monkeypatch, tmp_path
):
    release = threading.Event()
    article = (FIXTURES / ARTICLE).read_bytes()

    def slow(handler):
        release.wait(10)
        send(handler, 200, article, "text/html; charset=utf-8")

    links = "".join(
        f'<DT><A HREF="{server.route(f"slow/{n}", slow)}" ADD_DATE="1700000000">Slow {n}</A>\n'
        for n in range(8)
    )
    bookmarks = tmp_path / "bookmarks.html"
    bookmarks.write_text(f"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n{links}</DL>\n")
    choose_files(monkeypatch, bookmarks)
    dialog = start_import(qtbot, window)
    assert dialog.files.topLevelItem(0).text(2) == "8"
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        dialog.import_button.click()
        progress = window.importer.progress_dialog
        assert progress is not None and progress.isVisible()
        qtbot.waitUntil(lambda: any("/slow/" in r for r in server.requests), timeout=10_000)
        # The fetches are stuck on the server, and the event loop keeps turning.
        count = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= count + 5, timeout=5_000)
        assert window.importer.busy
        with qtbot.waitSignal(window.importer.finished, timeout=20_000) as blocker:
            progress.cancel_button.click()
            assert "Cancelling" in progress.label.text()
            release.set()
    finally:
        release.set()
        timer.stop()
    report = blocker.args[0]
    assert report.cancelled
    assert len(report.imported) <= 2  # only the fetches in flight finish
    assert len(report.imported) + len(report.failures) == 8
    assert window.importer.report_dialog.windowTitle() == "Import Cancelled"
    assert not progress.isVisible()
    assert window.timeline_model.rowCount() == len(report.imported)


def test_edits_are_saved_while_an_import_waits_on_the_network(
    qtbot, window, library, server, monkeypatch, tmp_path
):
    kept = library.add(make_article(1)).clip
    window.timeline_model.reload()
    release = threading.Event()
    article = (FIXTURES / ARTICLE).read_bytes()

    def slow(handler):
        release.wait(10)
        send(handler, 200, article, "text/html; charset=utf-8")

    bookmarks = tmp_path / "bookmarks.html"
    bookmarks.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
        f'<DT><A HREF="{server.route("slow", slow)}" ADD_DATE="1700000000">Slow</A>\n</DL>\n'
    )
    choose_files(monkeypatch, bookmarks)
    dialog = start_import(qtbot, window)
    try:
        dialog.import_button.click()
        qtbot.waitUntil(lambda: "/slow" in server.requests, timeout=10_000)
        # The import is stuck on the network; a note typed now is saved now.
        with qtbot.waitSignal(window.events.changed, timeout=5_000):
            window.editor.save_note(kept.id, "written during the import")
        assert library.get(kept.id).note == "written during the import"
        assert window.importer.busy
    finally:
        with qtbot.waitSignal(window.importer.finished, timeout=20_000):
            release.set()


def carried_export(path: Path, count: int) -> Path:
    """A Cuttings JSON export of ``count`` clips that carry their article (no network)."""
    clips = [
        {
            "url": f"https://carried.example.org/{n}",
            "title": f"Carried {n}",
            "html": f"<p>Story {n}.</p>",
            "text": f"Story {n}.",
            "clipped_at": "2024-01-01T12:00:00Z",
        }
        for n in range(count)
    ]
    path.write_text(json.dumps({"format": "cuttings-export", "version": 1, "clips": clips}))
    return path


def test_the_import_stores_through_the_writer_and_a_note_lands_before_it_ends(
    qtbot, window, library, monkeypatch, tmp_path
):
    kept = library.add(make_article(1)).clip
    window.timeline_model.reload()
    choose_files(monkeypatch, carried_export(tmp_path / "export.json", 600))  # three batches
    dialog = start_import(qtbot, window)
    order = []
    window.events.changed.connect(
        lambda change: order.append("note" if kept.id in change.updated else "import")
    )
    window.importer.finished.connect(lambda _report: order.append("finished"))
    gate = threading.Event()
    try:
        # Hold the one writer: the import, reading its file in the pool, cannot store.
        window.runner.write(lambda: gate.wait(10))
        dialog.import_button.click()
        qtbot.wait(300)
        assert window.importer.busy
        assert library.count() == 1, "an import writes through the writer thread only"
        window.editor.save_note(kept.id, "written during the import")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "finished" in order, timeout=20_000)
    assert library.get(kept.id).note == "written during the import"
    assert library.count() == 601
    assert order.index("note") < order.index("finished")
    assert order.count("note") == 1


def test_an_unreadable_file_is_explained_in_the_dialog(qtbot, window, monkeypatch, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping: milk, eggs\nbread\n")
    choose_files(monkeypatch, junk)
    window.act_import.trigger()
    dialog = window.importer.setup_dialog
    qtbot.waitUntil(lambda: "not recognised" in dialog.status.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    # Choosing the format by hand reads the file again as that format.
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("urls"))
    qtbot.waitUntil(lambda: dialog.files.topLevelItem(0).text(1) == FORMAT_TITLES["urls"])


def test_dropping_an_import_file_opens_the_import(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(WALLABAG))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert drop.isAccepted()
    dialog = window.importer.setup_dialog
    assert dialog is not None and dialog.paths == [WALLABAG]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.files.topLevelItem(0).text(2) == "3"
    assert window.clipper.activity.rowCount() == 0  # not clipped as a link
    dialog.reject()


def export_to(monkeypatch, output: Path) -> None:
    monkeypatch.setattr(paths, "ask_export_path", lambda _parent, _format, _suggested: output)


def test_export_the_selection_to_json(qtbot, library, monkeypatch, tmp_path):
    fill(library, 5)
    window = open_window(qtbot, library)
    model = window.timeline_model
    selection = window.timeline.selectionModel()
    selection.clearSelection()
    for row in (0, 2):
        selection.select(model.index(row), selection.SelectionFlag.Select)
    wanted = sorted(model.index(r).data(TimelineRole.CLIP_ID) for r in (0, 2))
    output = tmp_path / "out" / "chosen.json"
    output.parent.mkdir()
    export_to(monkeypatch, output)
    window.act_export.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    assert dialog.scope() == "selected"
    assert "(5)" in dialog.scope_buttons["all"].text()
    assert "results" not in dialog.scope_buttons  # no search or filter
    dialog.set_choice("selected", "json")
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as blocker:
        dialog.accept()
    assert blocker.args[0].count == 2
    data = json.loads(output.read_text(encoding="utf-8"))
    assert sorted(clip["id"] for clip in data["clips"]) == wanted
    assert "Exported 2 clips to chosen.json" in window.statusBar().currentMessage()
    assert window.exporter.show_button.isVisible()


def test_export_results_of_a_tag_filter_and_a_write_error(qtbot, library, monkeypatch, tmp_path):
    fill(library, 3)
    library.add_tags([1, 3], ["keep"])
    window = open_window(qtbot, library)
    window.sidebar.select_names(("keep",))
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 2)
    output = tmp_path / "kept.csv"
    export_to(monkeypatch, output)
    window.act_export.trigger()
    dialog = window.exporter.dialog
    assert dialog.scope() == "results"
    assert "(2)" in dialog.scope_buttons["results"].text()
    dialog.set_choice("results", "csv")
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        dialog.accept()
    with output.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(row["title"] for row in rows) == ["Story number 1", "Story number 3"]

    # A folder that does not exist: a clear message, no traceback, no file.
    export_to(monkeypatch, tmp_path / "missing" / "out.json")
    window.act_export.trigger()
    window.exporter.dialog.set_choice("all", "json")
    with qtbot.waitSignal(window.exporter.failed, timeout=10_000) as blocker:
        window.exporter.dialog.accept()
    assert "does not exist" in blocker.args[0]
    box = window.exporter.error_box
    assert box is not None and box.isVisible()
    assert "does not exist" in box.informativeText()
    assert "Traceback" not in box.informativeText()
    box.close()


def test_progress_is_throttled_and_carries_what_was_stored():
    from cuttings.core.changes import LibraryChange
    from cuttings.core.importers import ImportItem, ItemOutcome

    seen = []
    stored = importing.StoredChanges()
    on_progress = importing.progress_reporter(seen.append, stored, interval=3600)
    for n in range(1, 6):
        stored.add(LibraryChange.of(added=[n]))
        outcome = ItemOutcome(ImportItem(f"https://x.example/{n}"), "imported", clip_id=n)
        on_progress(n, 5, outcome)
    assert [(p.done, p.change.added) for p in seen] == [(1, {1}), (5, {2, 3, 4, 5})]
    assert seen[-1].current == "https://x.example/5"


def test_cancel_an_export_writes_nothing(qtbot, library, monkeypatch, tmp_path):
    fill(library, 5)
    window = open_window(qtbot, library)
    gate = threading.Event()
    try:
        # Keep the pool busy so the export is still queued when Cancel is pressed.
        for _ in range(window.runner._pool.maxThreadCount()):
            window.runner.run(lambda: gate.wait(10))
        output = tmp_path / "all.json"
        export_to(monkeypatch, output)
        window.act_export.trigger()
        window.exporter.dialog.set_choice("all", "json")
        window.exporter.dialog.accept()
        assert window.exporter.busy
        with qtbot.waitSignal(window.exporter.failed, timeout=10_000):
            window.exporter.progress_dialog.cancel_button.click()
            gate.set()
    finally:
        gate.set()
    assert "cancelled" in window.statusBar().currentMessage()
    assert not output.exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_export_all_to_a_markdown_folder(qtbot, library, monkeypatch, tmp_path):
    fill(library, 3)
    window = open_window(qtbot, library)
    folder = tmp_path / "notes"
    folder.mkdir()
    asked = []

    def ask(_parent, format, suggested):
        asked.append(format)
        return folder

    monkeypatch.setattr(paths, "ask_export_path", ask)
    window.timeline.selectionModel().clearSelection()
    window.act_export.trigger()
    dialog = window.exporter.dialog
    dialog.set_choice("all", "markdown")
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as blocker:
        dialog.accept()
    assert asked == ["markdown"]
    assert blocker.args[0].path == folder
    assert len(list(folder.glob("*.md"))) == 3
