"""Starting the desktop app: open the library (or explain why not), one window per library."""

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from cuttings import APP_NAME, __version__
from cuttings.core.database import upgrade_pending
from cuttings.core.errors import LibraryError
from cuttings.core.library import Library
from cuttings.ui import i18n
from cuttings.ui.collector import collect_on_gui_thread
from cuttings.ui.core_texts import core_text
from cuttings.ui.instance import InstanceServer, hand_off
from cuttings.ui.mainwindow import MainWindow
from cuttings.ui.porting.paths import ask_library_path
from cuttings.ui.resources import app_icon
from cuttings.ui.settings import APPLICATION, ORGANISATION

log = logging.getLogger(__name__)

# How long a thread running Python keeps the GIL from one that wants it (Python's
# default: 5 ms).  Every call Qt makes into Python on the GUI thread (a paint, a
# model's data(), a timer's slot) takes the GIL first: while the pool builds a list
# or the writer tags 35,000 clips, one event waited up to 5 ms per call: the tag
# sidebar's layout, 1 ms of work, took 15-18.  With 1 ms, the scripted session of
# bench/gui_startup.py (100,000 clips) stalled for 5.5 ms rather than 8.1 typing a
# search and 10.5 rather than 14.1 on a bulk tag edit (medians of 8 sessions); the
# background work took as long as before.
GIL_SWITCH_INTERVAL_S = 0.001

# Written on stderr by ``--quit-after-show`` once the first rows are painted.
FIRST_ROWS_PAINTED = "cuttings: first rows painted"

# Asked when a library cannot be opened: the error message and the path; returns
# another path to try, or None to give up.
AskOtherLibrary = Callable[[str, Path], Path | None]


def open_library(path: Path, ask: AskOtherLibrary) -> Library | None:
    """Open ``path``; on a :class:`LibraryError`, ask for another file until one opens.

    Returns ``None`` when the user gives up.  Only expected errors are caught:
    anything else is a bug and propagates.
    """
    while True:
        try:
            return _open(path)
        except LibraryError as exc:
            log.info("cannot open library %s: %s", path, exc)
            chosen = ask(core_text(str(exc)), path)
            if chosen is None:
                return None
            path = chosen


def _open(path: Path) -> Library:
    """Open ``path``; an upgrade runs in a thread behind a busy dialog.

    Upgrading a big library from an older version (a backup copy, index
    rebuilds) can take minutes: the event loop keeps turning meanwhile, so
    the app never looks hung, and an open window stays live.
    """
    if not upgrade_pending(path):
        return Library(path)
    outcome: list[Library | BaseException] = []

    def work() -> None:
        try:
            outcome.append(Library(path))
        except BaseException as exc:  # raised again on the GUI thread below
            outcome.append(exc)

    dialog = QProgressDialog(
        QCoreApplication.translate(
            "app",
            "Upgrading the library {name} for this version of Cuttings…\n"
            "A copy of the file as it was is kept beside it.",
        ).format(name=path.name),
        "",
        0,
        0,
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)  # an upgrade is one transaction per step: it finishes
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    worker = threading.Thread(target=work, name="library-upgrade", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: worker.is_alive() or loop.quit())
    worker.start()
    poll.start()
    loop.exec()
    poll.stop()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def ask_other_library_dialog(
    message: str, path: Path, parent: QWidget | None = None
) -> Path | None:
    """The dialog shown when a library cannot be opened: choose another file, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("app", "{APP_NAME}: cannot open the library").format(
            APP_NAME=APP_NAME
        )
    )
    box.setText(
        QCoreApplication.translate("app", "Cuttings cannot open the library\n{path}").format(
            path=path
        )
    )
    box.setInformativeText(message[:1:].upper() + message[1:])
    choose = box.addButton(
        QCoreApplication.translate("app", "Choose Another Library…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    return ask_library_path(parent, path.parent if path.parent.is_dir() else Path.home())


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("cuttings")
    app.setWindowIcon(app_icon())
    i18n.install()
    return app


class AppSession:
    """The open window and its single-instance server; "Open Library…" swaps both (no signals)."""

    def __init__(self, ask: AskOtherLibrary = ask_other_library_dialog) -> None:
        self.window: MainWindow | None = None
        self.server: InstanceServer | None = None
        self._ask = ask

    def open(self, library: Library, urls: list[str]) -> MainWindow:
        if self.server is not None:
            self.server.close()  # the old library is free for another window now
        window = MainWindow(library)
        server = InstanceServer(library.path, window)
        server.listen()
        server.urls_received.connect(lambda received: self._received(window, received))
        window.open_library_requested.connect(self.switch)
        old = self.window
        self.window, self.server = window, server
        window.show()
        if old is not None:
            old.close()
            old.library.close()
        # The browser extension's endpoint while the window is open (it stops when the
        # window closes); started once the old window has let go of its port.
        start_bridge_after_first_rows(window)
        if urls:
            window.clip_urls(urls)
        return window

    def switch(self, path: Path) -> None:
        library = open_library(path, self._ask)
        if library is not None:
            self.open(library, [])

    @staticmethod
    def _received(window: MainWindow, urls: list[str]) -> None:
        window.clip_urls(urls)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()


def start_bridge_after_first_rows(window: MainWindow, fallback_ms: int = 2000) -> None:
    """Start the connector's endpoint once the window has painted its rows (or after
    ``fallback_ms``, should it not paint: minimised).

    Its modules, token file and server threads took some 60 ms: started with the
    window, they delayed the first rows.
    """

    def start() -> None:
        if not window.isVisible():
            return
        from cuttings.ui.connector.bridge import BrowserBridge

        BrowserBridge(window, window.ops, window.clipper).start()

    window.after_first_rows(start, fallback_ms)


def run(library_path: Path, urls: list[str], *, quit_after_show: bool = False) -> int:
    """Show the window on ``library_path`` (or hand ``urls`` to the one already open)."""
    app = ensure_application()
    # From here the GUI thread collects cycles (the launcher turned the automatic
    # collector off for the imports): an upgrade's thread may run for minutes.
    collect_on_gui_thread()
    library_path = Path(library_path).expanduser().absolute()
    if hand_off(library_path, list(urls)):
        return 0
    # Opening runs migrations; there is no window yet to freeze, so it happens here.
    library = open_library(library_path, ask_other_library_dialog)
    if library is None:
        return 1
    session = AppSession()
    window = session.open(library, [] if quit_after_show else list(urls))
    if quit_after_show:
        code = 0 if _wait_for_first_paint(window) else 1
    else:
        app.setQuitOnLastWindowClosed(True)
        code = app.exec()
    if session.server is not None:
        session.server.close()
    if session.window is not None:
        session.window.close()  # saves settings, finishes pending writes
        session.window.library.close()
    return int(code)


def _wait_for_first_paint(window: MainWindow, timeout_ms: int = 60_000) -> bool:
    """Turn the event loop until the timeline has painted its first rows.

    Says so on stderr the moment it happens: the benchmarks time a new process
    to that line, not to its exit (closing waits for reads still running).
    """
    painted: list[bool] = []
    loop = QEventLoop()
    window.first_rows_painted.connect(lambda: (painted.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    if not window.timeline.has_painted():
        loop.exec()
    shown = bool(painted) or window.timeline.has_painted()
    if shown:
        print(FIRST_ROWS_PAINTED, file=sys.stderr, flush=True)
    return shown
