"""Take docs/versions-light.png and docs/versions-dark.png: Compare Versions on an edited article.

    python docs/versions_screenshots.py        # offscreen, no display needed

A temporary library holds one clip refreshed twice (a new headline, an edited
paragraph, one added); settings are kept in the temporary folder too.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "docs"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402
from screenshots import dark_palette  # noqa: E402

from cuttings.core.article import Article  # noqa: E402
from cuttings.core.library import Library  # noqa: E402
from cuttings.ui.app import ensure_application  # noqa: E402
from cuttings.ui.mainwindow import MainWindow  # noqa: E402
from cuttings.ui.versions.dialog import VersionsDialog  # noqa: E402

PARAGRAPHS = [
    "The city council approved the new budget on Monday evening after a debate that lasted "
    "more than six hours, with members of every party taking the floor.",
    "The mayor said the vote was a victory for the schools of the city, which will receive "
    "most of the additional money over the next three years.",
    "Members of the opposition walked out of the chamber before the final vote, saying that "
    "the plan had been drafted without consulting the districts.",
]


def article(title: str, paragraphs: list[str]) -> Article:
    return Article(
        url="https://news.example.org/budget",
        canonical_url="https://news.example.org/budget",
        title=title,
        html="".join(f"<p>{p}</p>" for p in paragraphs),
        text="\n\n".join(paragraphs),
        source="City News",
        author="Ada Rossi",
        language="en",
    )


def shoot(app: QApplication, library: Library, clip_id: int, out: Path) -> None:
    window = MainWindow(library)
    dialog = VersionsDialog(window.ops, clip_id, window)
    dialog.resize(QSize(900, 560))
    dialog.show()
    while dialog.summary.text() in ("", "Comparing…"):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out), "PNG", 9)
    dialog.close()
    window.close()
    print(f"saved {out}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = ensure_application()
        app.setStyle(QStyleFactory.create("Fusion"))
        with Library(Path(tmp) / "versions.sqlite") as library:
            clip = library.add(article("Council approves budget", PARAGRAPHS)).clip
            edited = [*PARAGRAPHS]
            edited[1] = edited[1].replace("a victory for the schools", "a defeat for the schools")
            edited.append("A correction was appended: the debate lasted five hours.")
            library.refresh(clip.id, article("Council budget passes after walkout", edited))
            shoot(app, library, clip.id, out / "versions-light.png")
            app.setPalette(dark_palette())
            shoot(app, library, clip.id, out / "versions-dark.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
