"""Take docs/screenshot-light.png, docs/screenshot-dark.png, docs/screenshot-sepia.png
(the sepia theme, with a search's words marked in the reader) and docs/screenshot-partial.png.

    python docs/screenshots.py            # offscreen, no display needed
    QT_SCALE_FACTOR=2 python docs/screenshots.py /tmp/hidpi   # elsewhere, at 2x
    QT_QPA_PLATFORM=xcb xvfb-run python docs/screenshots.py   # a real X server
    python docs/screenshots.py --pictures  # only docs/screenshot-pictures.png
    python docs/screenshots.py --language it  # only docs/screenshot-it.png, in Italian

The window opens on a fresh demo library (bench/demo_library.py) in a
temporary folder, with settings kept there too, so nothing of the user's is read
or written.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QSize  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402

from cuttings.ui.app import ensure_application  # noqa: E402
from cuttings.ui.mainwindow import MainWindow  # noqa: E402
from cuttings.ui.tags.model import TagRole  # noqa: E402
from demo_library import build  # noqa: E402

SIZE = QSize(1440, 860)


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: "#2b2d31",
        role.WindowText: "#e6e6e6",
        role.Base: "#1b1c1f",
        role.AlternateBase: "#232427",
        role.ToolTipBase: "#2b2d31",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#35373c",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ffffff",
        role.Link: "#7aa7ff",
        role.Highlight: "#3d6fd6",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8a8d93",
        role.Mid: "#3a3c40",
        role.Dark: "#111214",
        role.Light: "#3a3c40",
        role.Midlight: "#303236",
    }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6d7075"))
    return p


def make_partial(library_path: Path) -> None:
    """The demo's second clip as a paywall's teaser would have left it (its first paragraph)."""
    from dataclasses import fields

    from cuttings.core.article import Article
    from cuttings.core.library import Library
    from cuttings.core.words import count_words

    with Library(library_path) as library:
        clip = library.get(library.list_clips(limit=2)[1].id)
        first = (clip.html or "").split("</p>", 1)[0] + "</p>"
        text = (clip.text or "").split("\n\n", 1)[0]
        values = {f.name: getattr(clip, f.name) for f in fields(Article) if hasattr(clip, f.name)}
        values.update(
            html=first,
            text=text,
            partial=f"paywall: only a teaser of {count_words(text)} words "
            "(the page says it is not free)",
        )
        library.refresh(clip.id, Article(**values))


def settle(app: QApplication, window: MainWindow) -> None:
    """Turn the event loop until the window shows what a person sees a moment after a
    click: the list and its rows read, the sidebar counted (that starts after the first
    rows), the reader on the current clip (it follows a frame later)."""

    def settled() -> bool:
        counted = window.sidebar.tag_model.index(0).data(TagRole.COUNT) is not None
        return (
            window.timeline_model.has_loaded()
            and not window.timeline_model.is_loading()
            and counted
            and not window.reader_follower.pending()
        )

    deadline = time.monotonic() + 30
    while not settled() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    for _ in range(5):  # the rows' blocks, read in the pool, and their repaint
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def shoot(
    app: QApplication,
    library_path: Path,
    out: Path,
    theme: str = "system",
    search: str = "",
    row: int = 0,
) -> None:
    from cuttings.core.library import Library

    library = Library(library_path)
    window = MainWindow(library)
    window.reader_look.set_theme(theme)
    window.resize(SIZE)
    window.show()
    while not window.timeline_model.has_loaded():  # the list loads in the background
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if search:
        window.search_field.setText(search)
        window.search_bar.changed.emit()  # now, not after the typing pause
        while window.timeline_model.is_loading():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    for _ in range(5):
        app.processEvents()
    window.timeline.select_row(row)
    window.timeline.setFocus()
    settle(app, window)
    window.timeline.scrollToTop()
    settle(app, window)
    saved = window.grab().save(str(out), "PNG", 9)
    window.close()
    library.close()
    if not saved:  # QPixmap.save says only False (a missing folder, a read-only one)
        raise SystemExit(f"could not write {out}")
    print(f"saved {out}")


def landscape() -> bytes:
    """A drawn photo (sky, sun, hills) for the reader's picture: no file from elsewhere."""
    import io

    from PIL import Image, ImageDraw

    width, height = 1600, 900
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(90 + 120 * shade), int(150 + 60 * shade), 230))
    draw.ellipse((1150, 120, 1330, 300), fill=(255, 214, 110))
    draw.polygon(
        [(0, 900), (0, 560), (420, 380), (820, 600), (1200, 430), (1600, 620), (1600, 900)],
        fill=(70, 120, 80),
    )
    draw.polygon(
        [(0, 900), (0, 720), (600, 560), (1100, 760), (1600, 680), (1600, 900)], fill=(45, 90, 60)
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def shoot_pictures(app: QApplication, library_path: Path, out: Path) -> None:
    """The reader with the lead picture of the first clip, kept in the library."""
    from cuttings.core.images.media import ImageData, ImageLink
    from cuttings.core.library import Library

    with Library(library_path) as library:
        clip = library.list_clips(limit=1)[0]
        data = landscape()
        image = ImageData("image/jpeg", 1600, 900, data)
        library.set_images(
            clip.id, [ImageLink("https://example.org/lead.jpg", image=image, lead=True)]
        )
    shoot(app, library_path, out)


def main() -> int:
    pictures = "--pictures" in sys.argv
    arguments = [a for a in sys.argv[1:] if a != "--pictures"]
    language = None
    if "--language" in arguments:
        at = arguments.index("--language")
        language = arguments[at + 1]
        del arguments[at : at + 2]
    # Another folder for trying things (e.g. QT_SCALE_FACTOR=2 for a HiDPI check).
    out = Path(arguments[0]) if arguments else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = ensure_application()
        app.setStyle(QStyleFactory.create("Fusion"))
        path = Path(tmp) / "demo.sqlite"
        build(path).close()
        if language:
            from cuttings.ui import i18n

            i18n.install(language)
            shoot(app, path, out / f"screenshot-{language}.png")
            return 0
        if pictures:
            shoot_pictures(app, path, out / "screenshot-pictures.png")
            return 0
        shoot(app, path, out / "screenshot-light.png")
        app.setPalette(dark_palette())
        shoot(app, path, out / "screenshot-dark.png")
        app.setPalette(app.style().standardPalette())
        shoot(app, path, out / "screenshot-sepia.png", theme="sepia", search="offshore wind")
        make_partial(path)
        shoot(app, path, out / "screenshot-partial.png", row=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
