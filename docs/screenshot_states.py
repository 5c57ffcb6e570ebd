"""Take docs/screenshot-states.png: the sidebar's places (reading states, the trash,
saved searches) with their counts, the Unread place shown.

    python docs/screenshot_states.py      # offscreen, no display needed

Made like docs/screenshots.py, on a fresh demo library in a temporary folder.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QStyleFactory
from screenshots import ROOT, SIZE, build, ensure_application, settle

from cuttings.core.library import Library
from cuttings.core.saved_searches import SavedSearch
from cuttings.ui.mainwindow import MainWindow


def dress(library: Library) -> None:
    """Some clips unread, starred, archived and in the trash; two saved searches."""
    ids = [clip.id for clip in library.list_clips(limit=40)]
    library.mark(ids, read=True)
    library.mark(ids[:7], read=False)
    library.mark(ids[1:12:3], starred=True)
    library.mark(ids[12:16], archived=True)
    library.move_to_trash(ids[17:19])
    tags = [tag.name for tag in library.tags()][:2]
    library.save_search(SavedSearch("Starred, unread", "is:starred is:unread"))
    library.save_search(SavedSearch("Either tag", "", tuple(tags), tags_any=True))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = ensure_application()
        app.setStyle(QStyleFactory.create("Fusion"))
        path = Path(tmp) / "demo.sqlite"
        library = build(path)
        dress(library)
        window = MainWindow(library)
        window.resize(SIZE)
        window.show()
        window.states.act_auto_read.setChecked(False)
        window.states.places.choose("is:unread")
        while not window.timeline_model.has_loaded():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        window.timeline.select_row(0)
        window.timeline.setFocus()
        settle(app, window)
        target = out / "screenshot-states.png"
        window.grab().save(str(target), "PNG", 9)
        print(f"saved {target}")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
