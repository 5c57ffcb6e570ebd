"""The window's language: which one, and installing its translations.

The system language is followed unless the person chose one (View → Language,
kept in the settings, applied at the next start).  Installing a language loads
our ``cuttings_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` (standard buttons
and dialogs), and makes it the default ``QLocale`` so dates, numbers and day
headers follow it too.  English loads ``cuttings_en.qm``, which holds only the
English plural forms ("1 clip", "2 clips").  The command line never calls this.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cuttings.ui.resources import resource_path
from cuttings.ui.settings import app_settings

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
SOURCE_LANGUAGE = "en"
# Language code → its name in that language (how the Language menu shows it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
}

# Installed translators: Qt does not own them, so they must outlive this call.
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language chosen in the settings, or "" for the system's."""
    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def set_chosen_language(code: str) -> None:
    """Remember ``code`` ("" for the system's) for the next start."""
    if code:
        app_settings().setValue(LANGUAGE_KEY, code)
    else:
        app_settings().remove(LANGUAGE_KEY)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages we have, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def effective_language() -> str:
    return chosen_language() or system_language()


def translations_folder() -> Path | None:
    return resource_path("translations")


def _load(translator: QTranslator, name: str, folders: list[Path]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders if folder.is_dir())


def install(language: str | None = None) -> str:
    """Install ``language`` (default: the effective one) on the running application.

    Returns the language code installed.  A missing ``.qm`` is logged and skipped:
    the window then shows the English source texts.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install translations after creating the application"
    code = language if language in LANGUAGES else effective_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    # The system's language keeps the system's locale and its country's formats
    # (it_CH, de_AT); another language gets that language's usual ones.
    QLocale.setDefault(system if system_language(system) == code else QLocale(code))
    ours = translations_folder()
    qt_folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    wanted = [(f"cuttings_{code}", [ours] if ours else [])]
    if code != SOURCE_LANGUAGE:
        wanted.append((f"qtbase_{code}", qt_folders))
    for name, folders in wanted:
        translator = QTranslator(app)
        if _load(translator, name, folders):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation %s.qm in %s", name, ", ".join(map(str, folders)))
    return code
