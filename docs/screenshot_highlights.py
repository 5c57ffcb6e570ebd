"""Take docs/screenshot-highlights.png: the reader with highlights and the Highlights panel.

    python docs/screenshot_highlights.py                   # offscreen
    QT_QPA_PLATFORM=xcb xvfb-run python docs/screenshot_highlights.py

As docs/screenshots.py: a fresh demo library (bench/demo_library.py) and
settings in a temporary folder; the newest clip gets three highlights.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "docs"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402
from screenshots import SIZE, settle  # noqa: E402

from cuttings.core.library import Library  # noqa: E402
from cuttings.ui.app import ensure_application  # noqa: E402
from cuttings.ui.mainwindow import MainWindow  # noqa: E402
from demo_library import build  # noqa: E402

# (words of the newest clip to highlight, colour, comment)
MARKS = [(6, 14, "yellow", ""), (30, 41, "green", "Check the figure with the ministry"),
         (70, 78, "pink", "Quote for Monday's review")]  # fmt: skip


def highlight_newest(library: Library) -> int:
    clip = library.get(library.list_clips(limit=1)[0].id)
    text = clip.text or ""
    words = text.split(" ")
    for first, last, color, comment in MARKS:
        exact = " ".join(words[first:last]).strip()
        quote = library.quote_in_clip(clip.id, exact, occurrence=1)
        library.add_highlight(clip.id, quote, color=color, comment=comment)
    return clip.id


def shoot(app: QApplication, path: Path, out: Path) -> None:
    library = Library(path)
    clip_id = highlight_newest(library)
    window = MainWindow(library)
    window.resize(SIZE)
    window.show()
    while not window.timeline_model.has_loaded():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    window.timeline.select_ids([clip_id])
    window.highlights.dock.show()
    unit = window.fontMetrics().averageCharWidth()
    window.resizeDocks([window.highlights.dock], [unit * 42], Qt.Orientation.Horizontal)
    window.highlights.panel.list.setCurrentRow(1)
    settle(app, window)
    window.grab().save(str(out), "PNG", 9)
    window.close()
    library.close()
    print(f"saved {out}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = ensure_application()
        app.setStyle(QStyleFactory.create("Fusion"))
        path = Path(tmp) / "demo.sqlite"
        build(path).close()
        shoot(app, path, out / "screenshot-highlights.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
