"""What opening the window leaves out: modules imported on first use of their feature.

Checked in a new process, since other tests import everything.
"""

import os
import subprocess
import sys
from pathlib import Path

from cuttings.core import saved_pages
from cuttings.ui.clipping import pages

APP = Path(__file__).resolve().parents[2] / "app"
# Each is imported by the action or panel that needs it, never to open the window.
LATER = (
    "lxml",
    "charset_normalizer",
    "cuttings.core.saved_pages",
    "cuttings.core.review.tables",
    "cuttings.ui.connector.bridge",
    "cuttings.ui.connector.dialog",
    "cuttings.ui.review.editor",
    "cuttings.ui.highlights.library_view",
    "cuttings.ui.versions.dialog",
    "cuttings.ui.states.dialogs",
    "cuttings.ui.porting.importing",
    "cuttings.ui.porting.exporting",
    "requests",
    "PIL",
    "reportlab",
)

SCRIPT = """
import sys
from cuttings.core.library import Library
from cuttings.ui.app import ensure_application
from cuttings.ui.mainwindow import MainWindow
from cuttings.ui.tasks import TaskRunner

app = ensure_application()
window = MainWindow(Library(sys.argv[1]), runner=TaskRunner(synchronous=True))
window.show()
app.processEvents()
print(" ".join(name for name in sys.argv[2:] if name in sys.modules))
window.shutdown()
"""


def run_fresh(script: str, tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a new Python process (nothing imported yet), offscreen, its output."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "PYTHONPATH": os.pathsep.join([str(APP), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "lib.sqlite"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_opening_the_window_imports_no_feature_module_before_its_first_use(tmp_path):
    done = run_fresh(SCRIPT, tmp_path, *LATER)
    assert done.stdout.split() == []


def test_the_gui_process_hands_the_gil_over_within_a_millisecond(tmp_path):
    # Qt's calls into Python on the GUI thread wait for the GIL at most this long
    # while the pool or the writer runs Python (cuttings.ui.app.GIL_SWITCH_INTERVAL_S).
    script = (
        "import sys; from cuttings.ui.app import ensure_application; "
        "ensure_application(); print(sys.getswitchinterval())"
    )
    assert float(run_fresh(script, tmp_path).stdout) <= 0.001


def test_the_window_knows_saved_pages_by_the_core_s_suffixes():
    assert pages.SAVED_PAGE_SUFFIXES == saved_pages.SAVED_PAGE_SUFFIXES


LAUNCH = """
import gc, sys
from cuttings.cli import main

automatic = []


def noticed(phase, info):
    # A collection while the window's modules load, before its own collector runs.
    collector = sys.modules.get("cuttings.ui.collector")
    if "cuttings.ui" in sys.modules and getattr(collector, "_collector", None) is None:
        automatic.append(info["generation"])


gc.callbacks.append(noticed)
code = main(["--library", sys.argv[1], "--quit-after-show"])
commands = [m for m in sys.modules if m.startswith("cuttings.commands.") or m == "cuttings.terminal"]
print(code, len(automatic), *sorted(commands))
"""


def test_launching_the_window_builds_no_command_and_collects_nothing_while_it_loads(tmp_path):
    # The commands' modules and parsers, and the collector walking every module
    # imported, each took tens of milliseconds of the window's opening.
    done = run_fresh(LAUNCH, tmp_path)
    assert done.stdout.split() == ["0", "0"]
