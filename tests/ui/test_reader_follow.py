"""The reader follows a key a frame later, its clip read in the pool: the GUI thread reads
nothing, pictures come decoded and fitted, and only the newest clip asked for is shown."""

import threading
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QUrl

from cuttings.core.highlights.anchoring import quote_at
from cuttings.core.images.media import ClipMedia, ImageData, ImageLink
from tests.factories import make_article
from tests.image_pages import picture
from tests.ui.conftest import open_window

WIDE = ImageData("image/png", 2400, 600, picture("PNG", 2400, 600, "navy"))
WIDE_URL = "https://cdn.example/wide.png"
TEXT = "The council met on Monday and agreed on the budget."
READS = ("reader_page", "get", "clip_images", "image_for", "highlights_of", "highlights")


def three_clips(library):
    """Clips 1, 2, 3 from the newest: the second has a stored picture and a highlight."""
    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    ids = []
    for n in range(1, 4):
        fields = {}
        if n == 2:
            html = f'<p>{TEXT}</p><p><img src="{WIDE_URL}" alt="A chart"></p>'
            fields = {
                "html": html,
                "text": TEXT,
                "media": ClipMedia((ImageLink(WIDE_URL, image=WIDE),)),
            }
        clip = library.add(make_article(n, **fields), clipped_at=start - timedelta(hours=n)).clip
        ids.append(clip.id)
    library.add_highlight(ids[1], quote_at(TEXT, 4, 11))  # "council"
    return ids


def spy_reads(monkeypatch, library, gate: threading.Event | None = None):
    """Record which thread each of the library's reads for the reader runs on; reads in
    the pool wait for ``gate`` when given."""
    calls: list[tuple[str, bool]] = []

    def spied(name, real):
        def read(*args, **kwargs):
            on_gui = threading.current_thread() is threading.main_thread()
            calls.append((name, on_gui))
            if gate is not None and not on_gui:
                assert gate.wait(10)
            return real(*args, **kwargs)

        return read

    for name in READS:
        monkeypatch.setattr(library, name, spied(name, getattr(library, name)))
    return calls


def window_on_first_clip(qtbot, library, *, synchronous=False):
    """:func:`three_clips` in a window whose reader shows the first; their ids and it."""
    ids = three_clips(library)
    window = open_window(qtbot, library, synchronous=synchronous)
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.reader.clip_id() == ids[0])
    qtbot.waitUntil(lambda: not window.reader_follower.pending())
    return ids, window


def test_a_clip_followed_by_key_is_read_in_the_pool_with_its_pictures(qtbot, library, monkeypatch):
    ids, window = window_on_first_clip(qtbot, library)
    calls = spy_reads(monkeypatch, library)

    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.reader.clip_id() == ids[1])
    qtbot.waitUntil(lambda: not window.reader_follower.pending())
    browser = window.reader.browser
    browser.viewport().repaint()  # lays the picture out

    image = browser.loadResource(2, QUrl(WIDE_URL))  # QTextDocument.ImageResource
    column, ratio = browser.picture_fit()
    assert image.width() == round(column * ratio) < WIDE.width
    assert browser.refused_urls == []  # no placeholder
    assert ("reader_page", False) in calls
    assert [name for name, on_gui in calls if on_gui] == []  # the picture came with the page
    assert [h.id for h in window.highlights.items] == [h.id for h in library.highlights(ids[1])]
    start, end = window.highlights.spans[window.highlights.items[0].id]
    assert browser.document().toRawText()[start:end] == "council"  # drawn where it belongs


def test_a_click_while_a_followed_clip_is_read_wins(qtbot, library, monkeypatch):
    ids, window = window_on_first_clip(qtbot, library)
    gate = threading.Event()
    calls = spy_reads(monkeypatch, library, gate)

    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)  # clip 2, read in the pool...
    qtbot.waitUntil(lambda: ("reader_page", False) in calls)
    window.timeline.select_row(2)  # ...while clip 3 is chosen, shown at once
    assert window.reader.clip_id() == ids[2]
    gate.set()
    qtbot.waitUntil(lambda: not window.runner.pending())
    qtbot.wait(50)
    assert window.reader.clip_id() == ids[2]
    assert window.reader.browser.clip().title == "Story number 3"


def test_a_followed_clip_deleted_while_read_is_reported(qtbot, library, monkeypatch):
    ids, window = window_on_first_clip(qtbot, library)
    gate = threading.Event()
    calls = spy_reads(monkeypatch, library, gate)

    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ("reader_page", False) in calls)
    library.delete([ids[1]])  # elsewhere (another window, the command line)
    gate.set()
    qtbot.waitUntil(lambda: not window.reader_follower.pending())
    assert window.reader.clip_id() is None
    assert f"no clip with id {ids[1]}" in window.statusBar().currentMessage()


def test_with_a_synchronous_runner_the_followed_clip_is_shown_and_nothing_pends(qtbot, library):
    ids, window = window_on_first_clip(qtbot, library, synchronous=True)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.reader.clip_id() == ids[1])
    assert not window.reader_follower.pending()
