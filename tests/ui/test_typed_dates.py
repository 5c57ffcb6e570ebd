"""Dates as people type them into Go to Date."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from cuttings.ui.typed_dates import parse_typed_date

TODAY = date(2026, 11, 30)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FR = QLocale(QLocale.Language.French, QLocale.Country.France)
IT = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2025-02-20", UK, date(2025, 2, 20)),
        ("20/2/2025", UK, date(2025, 2, 20)),
        ("2/20/2025", US, date(2025, 2, 20)),
        ("20.02.25", FR, date(2025, 2, 20)),
        ("20 February 2025", UK, date(2025, 2, 20)),
        ("Feb 20, 2025", US, date(2025, 2, 20)),
        ("20th of February 2025", UK, date(2025, 2, 20)),
        ("20 févr. 2025", FR, date(2025, 2, 20)),
        ("20 febbraio 2025", IT, date(2025, 2, 20)),
        ("February 2025", UK, date(2025, 2, 28)),
        ("2024-02", UK, date(2024, 2, 29)),
        ("02/2024", UK, date(2024, 2, 29)),
        ("2024", UK, date(2024, 12, 31)),
        ("  today ", UK, TODAY),
        ("Yesterday", UK, date(2026, 11, 29)),
        ("1/1/99", UK, date(1999, 1, 1)),
    ],
)
def test_reads_the_usual_forms(text, locale, expected):
    assert parse_typed_date(text, locale, TODAY) == expected


@pytest.mark.parametrize("text", ["", "31/2/2025", "soon", "2025-13", "Monday 5", "1 2"])
def test_refuses_what_is_not_a_date(text):
    assert parse_typed_date(text, UK, TODAY) is None
