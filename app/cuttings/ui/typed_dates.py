"""Reading a date a person typed, in the forms people type them (Go to Date).

``2025-02-20``, ``20/2/2025`` or ``2/20/2025`` (in the order of the locale's
short date), ``20.2.25``, ``20 February 2025``, ``Feb 20, 2025``, ``20 févr.
2025`` (the locale's month names, and English ones), a month (``February
2025``, ``2025-02``) or a year (``2024``), ``today`` and ``yesterday``.  A
month or a year stands for its last day: the timeline runs newest first, so
that day is where the period begins on screen.
"""

import calendar
import re
import unicodedata
from datetime import date, timedelta

from PySide6.QtCore import QLocale

_WORD = re.compile(r"[^\W\d_]+\.?|\d+")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def _fold(text: str) -> str:
    """Lower case without accents or a final dot: ``Févr.`` → ``fevr``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().rstrip("."))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _month_names(locale: QLocale) -> dict[str, int]:
    names: dict[str, int] = {}
    for source in (QLocale(QLocale.Language.English), locale):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names[_fold(source.monthName(month, form))] = month
                names[_fold(source.standaloneMonthName(month, form))] = month
    # "Sept" is as common as "Sep".
    names.setdefault("sept", 9)
    return names


def _day_first(locale: QLocale) -> bool:
    """Whether the locale writes the day before the month (20/2/2025)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    day, month = pattern.find("d"), pattern.find("m")
    return day < 0 or month < 0 or day < month


def _full_year(value: int, today: date) -> int:
    """A two-digit year: this century unless that is in the future."""
    if value >= 100:
        return value
    year = 2000 + value
    return year if year <= today.year else year - 100


def _period_end(year: int, month: int | None, day: int | None) -> date | None:
    try:
        if month is None:
            return date(year, 12, 31)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    except ValueError:
        return None


def parse_typed_date(
    text: str, locale: QLocale | None = None, today: date | None = None
) -> date | None:
    """The day ``text`` names (the last day of a month or year), or None."""
    locale = locale or QLocale()
    today = today or date.today()
    folded = _fold(text.strip())
    if not folded:
        return None
    relative = {"today": 0, "yesterday": 1}
    if folded in relative:
        return today - timedelta(days=relative[folded])
    iso = _ISO.match(folded)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        assert year is not None
        return _period_end(year, month, day)
    tokens = _WORD.findall(text)
    numbers = [int(t) for t in tokens if t.isdigit()]
    words = [_fold(t) for t in tokens if not t.isdigit()]
    names = _month_names(locale)
    months = [names[w] for w in words if w in names]
    # Short words around a date are fine ("20th", "of", "le"); others are not a date.
    if any(w not in names and len(w) > 3 for w in words):
        return None
    if months:
        if len(months) != 1 or not 1 <= len(numbers) <= 2:
            return None
        month = months[0]
        if len(numbers) == 1:  # "February 2025"
            return _period_end(_full_year(numbers[0], today), month, None)
        first, second = numbers
        # "20 February 2025" or "February 20, 2025": the year is the big one or the last.
        day, year = (second, first) if first > 31 else (first, second)
        return _period_end(_full_year(year, today), month, day)
    if len(numbers) == 3:
        first, second, third = numbers
        if first > 31:  # 2025/02/20
            return _period_end(first, second, third)
        day, month = (first, second) if _day_first(locale) else (second, first)
        return _period_end(_full_year(third, today), month, day)
    if len(numbers) == 2:  # 02/2025
        month, year = numbers
        if year > 12:
            return _period_end(_full_year(year, today), month, None)
    return None
