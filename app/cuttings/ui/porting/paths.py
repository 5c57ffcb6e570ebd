"""Asking the user for files: one small function per question, patched by tests.

Callers look these up on the module at call time (``paths.ask_import_files``),
the way :mod:`cuttings.ui.app` passes its library chooser, so a test can answer
for the file dialog.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData
from PySide6.QtWidgets import QFileDialog, QWidget

# The suffixes a dropped file may have to be taken as an import (content decides the format).
IMPORT_SUFFIXES = frozenset({".html", ".htm", ".csv", ".json", ".opml", ".xml", ".txt"})

# File-dialog filters, translated when shown (the patterns in brackets stay as they are).
IMPORT_FILTERS = (
    QT_TRANSLATE_NOOP(
        "porting.paths",
        "Supported files (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)",
    ),
    QT_TRANSLATE_NOOP("porting.paths", "Bookmark files (*.html *.htm)"),
    QT_TRANSLATE_NOOP("porting.paths", "Cuttings or wallabag JSON (*.json)"),
    QT_TRANSLATE_NOOP("porting.paths", "Pocket, Instapaper or other CSV (*.csv)"),
    QT_TRANSLATE_NOOP("porting.paths", "Feeds and OPML lists (*.xml *.rss *.atom *.opml)"),
    QT_TRANSLATE_NOOP("porting.paths", "Lists of URLs (*.txt)"),
    QT_TRANSLATE_NOOP("porting.paths", "All files (*)"),
)

EXPORT_FILTERS = {
    "json": "JSON (*.json)",
    "html": QT_TRANSLATE_NOOP("porting.paths", "HTML page (*.html)"),
    "csv": "CSV (*.csv)",
    "netscape": QT_TRANSLATE_NOOP("porting.paths", "Bookmark file (*.html)"),
    "epub": QT_TRANSLATE_NOOP("porting.paths", "EPUB book (*.epub)"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("porting.paths", text)


def ask_import_files(parent: QWidget | None, folder: Path) -> list[Path]:
    """The files to import (several may be chosen); empty when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("porting.paths", "Import Clippings"),
        str(folder),
        ";;".join(_translated(text) for text in IMPORT_FILTERS),
    )
    return [Path(p) for p in chosen]


def ask_export_path(parent: QWidget | None, format: str, suggested: Path) -> Path | None:
    """Where to export: a file, or a folder for Markdown; None when the user cancels."""
    if format == "markdown":
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("porting.paths", "Choose a Folder for the Markdown Files"),
            str(suggested.parent),
        )
        return Path(folder) if folder else None
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("porting.paths", "Export Clippings"),
        str(suggested),
        _translated(EXPORT_FILTERS[format]) + ";;" + _translated("All files (*)"),
    )
    return Path(chosen) if chosen else None


def ask_backup_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a backup of the library; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("porting.paths", "Back Up Library"),
        str(suggested),
        QCoreApplication.translate(
            "porting.paths", "Cuttings libraries (*.sqlite *.db);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def ask_library_path(parent: QWidget | None, folder: Path) -> Path | None:
    """A library to open, or a new file to create one in; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("porting.paths", "Open or Create Library"),
        str(folder),
        QCoreApplication.translate(
            "porting.paths", "Cuttings libraries (*.sqlite *.db);;All files (*)"
        ),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(chosen) if chosen else None


def backup_name(today: date | None = None) -> str:
    return f"cuttings-backup-{(today or date.today()).isoformat()}.sqlite"


def import_files_in_mime(mime: QMimeData) -> list[Path]:
    """Local files of an import kind carried by a drop (web links are for clipping)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMPORT_SUFFIXES]
