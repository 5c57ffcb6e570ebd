"""Choosing the window's language: the system's by default, a remembered choice, the locale."""

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from cuttings.ui import i18n
from cuttings.ui.language_menu import LanguageMenu


def test_the_system_language_is_followed_when_we_have_it():
    assert i18n.system_language(QLocale("it_CH")) == "it"
    assert i18n.system_language(QLocale("de_AT")) == "de"
    assert i18n.system_language(QLocale("pt_BR")) == "en"  # not ours (yet): English


def test_a_chosen_language_is_remembered_and_wins():
    assert i18n.chosen_language() == ""
    i18n.set_chosen_language("es")
    assert i18n.chosen_language() == "es"
    assert i18n.effective_language() == "es"
    i18n.set_chosen_language("")
    assert i18n.chosen_language() == ""
    assert i18n.effective_language() == i18n.system_language()


def test_an_unknown_stored_language_falls_back_to_the_system(qapp):
    from cuttings.ui.settings import app_settings

    app_settings().setValue(i18n.LANGUAGE_KEY, "tlh")
    assert i18n.chosen_language() == ""


def test_dates_numbers_and_day_names_follow_the_language(qapp):
    try:
        assert i18n.install("fr") == "fr"
        locale = QLocale()
        assert locale.language() == QLocale.Language.French
        assert locale.toString(QDate(2025, 2, 22), "dddd d MMMM yyyy") == "samedi 22 février 2025"
        assert locale.toString(1234.5, "f", 1) == "1\u202f234,5"
        assert i18n.install("de") == "de"
        assert QLocale().toString(QDate(2025, 2, 22), "dddd") == "Samstag"
    finally:
        i18n.install("en")


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = LanguageMenu(parent)
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "System Default",
        "English",
        "Italiano",
        "Français",
        "Deutsch",
        "Español",
    ]
    assert menu.actions[""].isChecked()
    menu.actions["it"].trigger()
    assert i18n.chosen_language() == "it"
    assert menu.actions["it"].isChecked()
    assert isinstance(menu.box, QMessageBox)
    assert "next time" in menu.box.text()
    menu.box.close()
    # The next start reads it back.
    assert LanguageMenu(parent).actions["it"].isChecked()
