"""Time the window on a library: open to first rows painted, page loads, jump to a date.

    python bench/demo_library.py /tmp/big.sqlite --count 100000
    python bench/gui_startup.py /tmp/big.sqlite

Runs offscreen with throwaway settings; prints one line per measurement.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QModelIndex, QSettings


def main() -> int:
    path = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        start = time.perf_counter()
        from cuttings.ui.app import ensure_application, run

        app = ensure_application()
        imported = time.perf_counter()
        assert run(path, [], quit_after_show=True) == 0
        shown = time.perf_counter()
        print(f"import {1000 * (imported - start):.0f} ms")
        print(f"open library + window + first rows painted: {1000 * (shown - imported):.0f} ms")

        from cuttings.core.library import Library
        from cuttings.ui.mainwindow import MainWindow

        library = Library(path)
        window = MainWindow(library)
        window.show()
        app.processEvents()
        model = window.timeline_model
        print(f"clips: {model.total}")
        t = time.perf_counter()
        model.fetchMore(QModelIndex())
        print(f"next page (fetchMore): {1000 * (time.perf_counter() - t):.1f} ms")
        t = time.perf_counter()
        row = window.dates.go_to(QDate.currentDate().addDays(-30 - 2000))
        print(
            f"jump to a date 2000 days back (row {row}): {1000 * (time.perf_counter() - t):.0f} ms"
        )
        t = time.perf_counter()
        model.fetchMore(QModelIndex())
        print(f"a page after that (fetchMore deep): {1000 * (time.perf_counter() - t):.1f} ms")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
