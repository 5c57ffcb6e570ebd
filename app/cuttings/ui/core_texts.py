"""The core's fixed user-facing texts, marked for translation on the window's side.

The core knows nothing of Qt and speaks English (the command line stays English).
Texts it hands the window that never vary — format names, a few whole error
messages — are listed here with ``QT_TRANSLATE_NOOP`` so lupdate extracts them,
and :func:`core_text` translates them when shown.  Messages with variable parts
(paths, URLs, SQLite details) are shown as the core wrote them, under a heading
the window translates (see docs/translations.md).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "core"

# cuttings.core.importers.sources.FORMAT_TITLES (a test keeps this list complete).
FORMAT_TITLES = (
    QT_TRANSLATE_NOOP("core", "Cuttings JSON export"),
    QT_TRANSLATE_NOOP("core", "wallabag JSON export"),
    QT_TRANSLATE_NOOP("core", "bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)"),
    QT_TRANSLATE_NOOP("core", "Pocket CSV export"),
    QT_TRANSLATE_NOOP("core", "Instapaper CSV export"),
    QT_TRANSLATE_NOOP("core", "CSV with a url column"),
    QT_TRANSLATE_NOOP("core", "RSS or Atom feed"),
    QT_TRANSLATE_NOOP("core", "OPML list of feeds"),
    QT_TRANSLATE_NOOP("core", "list of URLs"),
)

# Whole messages of expected errors (cuttings.core.maintenance, extract, importers.feedlists).
MESSAGES = (
    QT_TRANSLATE_NOOP("core", "the backup was cancelled; nothing was written"),
    QT_TRANSLATE_NOOP("core", "the check was cancelled"),
    QT_TRANSLATE_NOOP("core", "the page could not be read as an article"),
    QT_TRANSLATE_NOOP(
        "core", "not imported: the import was cancelled before the feed was downloaded"
    ),
)


def core_text(text: str) -> str:
    """``text`` in the user's language when it is one of the core's fixed texts, else as is."""
    return QCoreApplication.translate(CONTEXT, text)
