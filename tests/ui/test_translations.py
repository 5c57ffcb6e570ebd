"""The window in Italian, French, German and Spanish: nothing left in English.

Some of these fail until the translators have finished the .ts files: that is
what they are for (lupdate finds no unfinished message; every text translated).
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from cuttings.core.importers import FORMAT_TITLES, ImportReport
from cuttings.core.library import Library
from cuttings.core.saved_searches import SavedSearch
from cuttings.ui import core_texts, i18n
from cuttings.ui.connector.dialog import BrowserExtensionDialog
from cuttings.ui.details import EditDetailsDialog
from cuttings.ui.gotodate import GoToDateDialog
from cuttings.ui.highlights.library_view import AllHighlightsWindow
from cuttings.ui.porting.exporting import ExportDialog
from cuttings.ui.porting.import_dialogs import ImportReportDialog, ImportSetupDialog
from cuttings.ui.porting.progress import ProgressDialog
from cuttings.ui.reader.pictures import PictureDialog
from cuttings.ui.states.dialogs import SaveSearchDialog
from cuttings.ui.tags.dialogs import EditTagsDialog
from cuttings.ui.titledialog import TitleDialog
from cuttings.ui.versions.dialog import VersionsDialog
from cuttings.ui.versions.preferences import RecheckSettingsDialog
from tests.ui.conftest import fill, open_window

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "app" / "cuttings" / "ui"
LANGUAGES = ("it", "fr", "de", "es")
BIN = Path(sys.executable).parent
# Texts that are the same in every language: names, format codes, units.
ALLOWED = {"Cuttings", "URL", "URL:", "A4", "JSON", "PDF", "HTML", "CSV", "EPUB", "DOCX", "OK"}
# The first plural form covers these counts (of 0, 1, 2, 5); the second the others.
SINGULAR = {"it": {1}, "es": {1}, "de": {1}, "fr": {0, 1}}


def messages(language: str) -> list[ET.Element]:
    """The messages of a .ts, each with its context's name as a ``context`` attribute."""
    tree = ET.parse(TRANSLATIONS / f"cuttings_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            message.set("context", context.findtext("name", ""))
            found.append(message)
    return found


def sources(language: str = "it") -> set[str]:
    return {message.findtext("source", "") for message in messages(language)}


def same_as_source(language: str) -> set[str]:
    """Sources a translator kept as they are, on purpose (finished and identical)."""
    kept = set()
    for message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is None and translation.text == message.findtext("source"):
            kept.add(translation.text or "")
    return kept


@pytest.fixture
def language_installed(request, qapp):
    code = i18n.install(request.param)
    yield code
    i18n.install("en")


# -- the .ts and .qm files ----------------------------------------------------------------


def test_every_language_has_its_sources_and_compiled_files():
    for language in (*LANGUAGES, "en"):
        assert (TRANSLATIONS / f"cuttings_{language}.ts").is_file()
        assert (TRANSLATIONS / f"cuttings_{language}.qm").is_file()
    assert set(LANGUAGES) | {"en"} == set(i18n.LANGUAGES)


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_committed_qm_files_are_current(tmp_path, language):
    compiled = tmp_path / f"cuttings_{language}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"cuttings_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    committed = TRANSLATIONS / f"cuttings_{language}.qm"
    assert compiled.read_bytes() == committed.read_bytes(), "run: python3 dev.py translations"


def _lupdate_into(tmp_path: Path, language: str) -> list[ET.Element]:
    """The messages of a copy of the .ts after lupdate over today's code (obsolete kept)."""
    copy = tmp_path / f"cuttings_{language}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    code = sorted(str(path) for path in UI.rglob("*.py"))
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *code, *extra, "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return list(ET.parse(copy).getroot().iter("message"))


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_lupdate_finds_no_unfinished_or_obsolete_message(tmp_path, language):
    found = _lupdate_into(tmp_path, language)
    left = [
        f"{message.findtext('source')!r} ({translation.get('type')})"
        for message in found
        if (translation := message.find("translation")) is not None
        and translation.get("type") in {"unfinished", "obsolete", "vanished"}
    ]
    assert not left, f"{len(left)} of {len(found)} messages: " + "; ".join(left[:20])


def test_every_context_is_a_class_or_module_of_the_window():
    code = "\n".join(path.read_text(encoding="utf-8") for path in UI.rglob("*.py"))
    classes = set(re.findall(r"^\s*class (\w+)", code, re.MULTILINE))
    modules = {".".join(p.relative_to(UI).with_suffix("").parts) for p in UI.rglob("*.py")}
    contexts = {message.get("context") for message in messages("it")}
    assert contexts - classes - modules - {core_texts.CONTEXT} == set()


def test_every_count_is_a_plural_message():
    """A "%n" outside a plural message is lupdate missing the count (see docs/translations.md)."""
    for message in messages("it"):
        source = message.findtext("source", "")
        if re.search(r"%L?n", source):
            assert message.get("numerus") == "yes", source


def test_the_core_format_names_are_all_marked():
    assert set(core_texts.FORMAT_TITLES) == set(FORMAT_TITLES.values())


# -- plural forms ------------------------------------------------------------------------


def _forms(message: ET.Element) -> list[str]:
    return [form.text or "" for form in message.iter("numerusform")]


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_plural_forms_for_0_1_2_and_5(language_installed):
    language = language_installed
    plurals = [m for m in messages(language) if m.get("numerus") == "yes"]
    assert plurals
    wrong = []
    for message in plurals:
        forms = _forms(message)
        assert len(forms) == 2, message.findtext("source")
        for n in (0, 1, 2, 5):
            form = forms[0 if n in SINGULAR[language] else 1]
            expected = form.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
            got = QCoreApplication.translate(
                message.get("context"), message.findtext("source"), None, n
            )
            if not form or got != expected:
                wrong.append(f"{message.findtext('source')!r} n={n}: {got!r}")
    assert not wrong, f"{len(wrong)} wrong: " + "; ".join(wrong[:12])


def test_english_plurals_without_a_translator_file():
    """English plural forms come from cuttings_en.qm (installed by the tests' conftest)."""
    assert QCoreApplication.translate("Editor", "%Ln clip(s) restored", None, 1) == (
        "1 clip restored"
    )
    assert QCoreApplication.translate("Editor", "%Ln clip(s) restored", None, 2) == (
        "2 clips restored"
    )


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_qt_own_texts_and_the_locale_follow_the_language(language_installed):
    # Qt's standard buttons come from qtbase_<lang>.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert QLocale().language() == QLocale(language_installed).language()


# -- every visible text of the window and its dialogs ---------------------------------------


def visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person can see or hear in ``widget`` and its children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    def walk_menu(menu: QMenu, path: str) -> None:
        add(path, menu.title())
        for action in menu.actions():
            if action.isSeparator():
                continue
            add(f"{path} > action", action.text())
            add(f"{path} > tooltip", action.toolTip() if action.toolTip() != action.text() else "")
            if action.menu() is not None:
                walk_menu(action.menu(), f"{path} > {action.text()}")

    for child in [widget, *widget.findChildren(QWidget)]:
        name = type(child).__name__
        add(f"{name} window title", child.windowTitle() if child.isWindow() else "")
        add(f"{name} tooltip", child.toolTip())
        add(f"{name} accessible name", child.accessibleName())
        if isinstance(child, QLabel) and not child.text().startswith("<"):
            add(f"{name} text", child.text())
        if isinstance(child, QAbstractButton):
            add(f"{name} text", child.text())
        if isinstance(child, QLineEdit):
            add(f"{name} placeholder", child.placeholderText())
        if isinstance(child, QTextEdit):
            add(f"{name} placeholder", child.placeholderText())
        if isinstance(child, QGroupBox):
            add(f"{name} title", child.title())
        if isinstance(child, QTabWidget):
            for i in range(child.count()):
                add(f"{name} tab", child.tabText(i))
        if isinstance(child, QComboBox):
            for i in range(child.count()):
                add(f"{name} item", child.itemText(i))
        if isinstance(child, QTreeWidget):
            header = child.headerItem()
            for i in range(header.columnCount()):
                add(f"{name} header", header.text(i))
        if isinstance(child, QMenu):
            walk_menu(child, name)
    for action in widget.findChildren(QAction):
        add("action", action.text())
        if action.toolTip() != action.text():
            add("action tooltip", action.toolTip())
    return found


def untranslated(texts: list[tuple[str, str]], language: str) -> list[str]:
    english = sources(language)
    kept = same_as_source(language) | ALLOWED
    left = set()
    for where, text in texts:
        if text in english and text not in kept:
            left.add(f"{where}: {text!r}")
    return sorted(left)


def open_every_dialog(window, library) -> list[QWidget]:
    """The window and one of each of its dialogs, built as the window builds them."""
    clip = window.timeline_model.clip_at(0)
    dialogs: list[QWidget] = [
        window,
        EditDetailsDialog(clip, window),
        GoToDateDialog(date(2025, 2, 22), window),
        EditTagsDialog(["politics"], 2, ["politics", "energy"], window),
        SaveSearchDialog(SavedSearch(name="", query="energy"), window),
        TitleDialog(clip.title, window),
        ExportDialog(5, 2, 3, window),
        ImportSetupDialog([Path("bookmarks.html")], ["energy"], window),
        ImportReportDialog(ImportReport(), window),
        VersionsDialog(window.ops, clip.id, window),
        BrowserExtensionDialog(None, window),
        AllHighlightsWindow(library, window),
        ProgressDialog(QCoreApplication.translate("ExportFlow", "Exporting…"), window),
        PictureDialog(QImage(8, 8, QImage.Format.Format_RGB32), "", window),
        RecheckSettingsDialog(window.checker, window),
    ]
    return dialogs


def _window_texts(qtbot, library) -> list[tuple[str, str]]:
    fill(library, 3)
    window = open_window(qtbot, library, synchronous=True)
    texts = []
    for shown in open_every_dialog(window, library):
        texts += visible_texts(shown)
    for menu in window.menuBar().findChildren(QMenu):
        texts += visible_texts(menu)
    return texts


def test_the_walker_finds_the_english_texts(qtbot, library):
    """Without a translation every text is its English source: the walk must see them."""
    texts = _window_texts(qtbot, library)
    seen = {text for _where, text in texts}
    english = sources()
    assert len(seen & english) >= 150, sorted(seen & english)
    # Dialogs' own texts, menus' and the window's are among them.
    assert {"Edit Details", "Go to Date", "&Highlight Selection", "Reader &Text Size"} <= seen


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_no_english_left_in_the_window_and_its_dialogs(qtbot, library, language_installed):
    left = untranslated(_window_texts(qtbot, library), language_installed)
    assert not left, f"{len(left)} English texts in {language_installed}: " + "; ".join(left[:25])


def _library_texts(library) -> set[str]:
    """What the user's clips put on screen (their own words: never translated)."""
    found: set[str] = set()
    for clip in library.list_clips(limit=100):
        for value in (clip.title, clip.source, clip.author, clip.url, clip.note, *clip.tags):
            if value:
                found.add(value)
    return found


WORD = re.compile(r"[^\W\d_]{3,}")


def vocabulary(language: str) -> set[str]:
    """The words the language's translations use, its month and day names, and
    the languages' own names (the Language menu's items are endonyms)."""
    words: set[str] = set()
    for message in messages(language):
        for text in message.find("translation").itertext():
            words |= set(WORD.findall(text.replace("&", "")))
    locale = QLocale(language)
    for n in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words |= set(WORD.findall(locale.monthName(n, form)))
            words |= set(WORD.findall(locale.standaloneMonthName(n, form)))
            if n <= 7:
                words |= set(WORD.findall(locale.dayName(n, form)))
    for name in i18n.LANGUAGES.values():
        words |= set(WORD.findall(name))
    return words


@pytest.fixture
def english_library(tmp_path):
    with Library(tmp_path / "english.sqlite") as library:
        yield library


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_no_text_the_same_as_in_english(qtbot, library, english_library, language_installed):
    """A text shown as in English, with a word the translation never uses, was missed.

    This catches what the .ts cannot: a string nobody wrapped, or one whose
    translate() call lupdate cannot read (a variable instead of a literal).
    """
    language = language_installed
    i18n.install("en")
    english = {text for _where, text in _window_texts(qtbot, english_library)}
    i18n.install(language)
    shown = _window_texts(qtbot, library)
    kept = same_as_source(language) | ALLOWED | _library_texts(library)
    words = vocabulary(language)
    left = sorted(
        {
            f"{where}: {text!r}"
            for where, text in shown
            if text in english
            and text not in kept
            and "://" not in text
            and not text.startswith(("/", "\\"))
            and set(WORD.findall(text.replace("&", ""))) - words
        }
    )
    assert not left, f"{len(left)} texts as in English in {language}: " + "; ".join(left[:30])
