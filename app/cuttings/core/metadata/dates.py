"""Dates and times as pages write them, in seven languages.

Dates are parsed by hand rather than with dateparser: it takes tens of
milliseconds per string and guesses the month/day order from its own settings,
while a clipping must never turn 03/04/2025 on an Italian page into March 4th.
The rules:

* ``a/b/yyyy`` is day-first, except on en-US pages or when only the
  month-first reading is possible (``02/22/2025``);
* an offset is kept when the page gives one (``Z`` becomes ``+00:00``) and
  never invented;
* a date alone stays a date: ``2025-02-22``, not ``2025-02-22T00:00:00``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

_MONTHS: dict[str, int] = {}


def _add_months(*names_by_month: str) -> None:
    for number, names in enumerate(names_by_month, start=1):
        for name in names.split():
            _MONTHS[name] = number


# en, it, fr, de, es, pt, nl: full names and the usual abbreviations.
_add_months(
    "january jan gennaio gen janvier janv januar jänner jän enero ene janeiro januari",
    "february feb febbraio février fevrier févr fevr februar febrero fevereiro fev februari",
    "march mar marzo mars märz maerz mär mrz março marco maart mrt",
    "april apr aprile avril abril abr",
    "may maggio mag mai mayo maio mei",
    "june jun giugno giu juin juni junio junho",
    "july jul luglio lug juillet juil juli julio julho",
    "august aug agosto ago août aout augustus",
    "september sep sept settembre set septembre septiembre setiembre setembro",
    "october oct ottobre ott octobre oktober okt octubre outubro out",
    "november nov novembre noviembre novembro",
    "december dec dicembre dic décembre decembre dezember dez diciembre dezembro",
)

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_TZ = (
    r"(?:\s*(?P<tz>Z(?![a-zA-Z])|[+-]\d{2}:?\d{2}(?!\d)"
    r"|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?))?"
)
_CLOCK = (
    r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\.\d+)?(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![a-z]))?(?:\s*uhr)?" + _TZ
)

_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
    r"(?:[T ]\s*(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:[.,]\d+)?"
    + _TZ
    + r")?(?!\d)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,2})\s?(?P<sep>[./-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?"
    r"(?P<year>(?:19|20)?\d{2})(?![\d])(?![./-]\d)"
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|-)?" + _MONTH + r",?\s*"
    r"(?:de\s+|-)?" + _YEAR4,
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"(?<![\w])" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _YEAR4,
    re.IGNORECASE,
)
_RFC_2822 = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+" + _MONTH + r"\s+" + _YEAR4 + r"\s+" + _CLOCK,
    re.IGNORECASE,
)
# What may separate a date from the time that follows it: "22/02/2025 14:49",
# "22 febbraio 2025, ore 14:49", "le 22 février 2025 à 14h49", "February 22,
# 2025 at 2:49 PM", "22. Februar 2025, 14.49 Uhr", "22 de febrero de 2025 - 14:49".
_TIME_AFTER = re.compile(
    r"\s*(?:[,|·•/\u2013\u2014-]\s*)?(?:(?:ore|alle|at|à|a\s+las|a\s+la|às|as|um|om|kl\.?|h)\s+)?"
    + _CLOCK
    + r"(?!\d)",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"(?<![\d:.])" + _CLOCK + r"\s*(?:[,|·•/\u2013\u2014-]\s*)?(?:(?:on|le|il|am|el|em|op)\s+)?$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\s*(?P<seconds>1[0-9]{9})(?P<millis>\d{3})?\s*$")
_OFFSET = re.compile(r"^(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$")
_MAX_SCAN = 20_000


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a longer text: where it starts and ends, and its ISO form."""

    start: int
    end: int
    iso: str

    @property
    def has_time(self) -> bool:
        return "T" in self.iso


def _month_first(language: str) -> bool:
    """Whether ambiguous numeric dates on a page in ``language`` are month/day.

    Only American English writes 03/04/2025 for March 4th; every other
    locale we meet (including en-GB, and plain "en" we cannot place) is
    day-first.
    """
    return language.strip().lower().replace("_", "-").startswith("en-us")


def parse_published_date(value: str, language: str = "") -> str | None:
    """Read one date string as ISO 8601, or ``None`` when it holds no date.

    ``language`` (``"it"``, ``"en-US"``…) only matters for numeric dates
    such as 03/04/2025, which are day-first unless it is en-US.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()[:500]
    if not value:
        return None
    epoch = _EPOCH.match(value)
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch["seconds"]), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.isoformat()
    found = find_dates(value, language)
    return found[0].iso if found else None


def find_dates(text: str, language: str = "") -> list[FoundDate]:
    """Every date (with its time, when written next to it) in ``text``, in order."""
    text = text[:_MAX_SCAN]
    prefer_month_first = _month_first(language)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in taken)

    for match in _ISO.finditer(text):
        day = _make_date(match["year"], match["month"], match["day"])
        if day is None or (not match["sep"] and match["hour"] is None and _in_number(text, match)):
            continue
        iso = day.isoformat()
        end = match.end()
        if match["hour"] is not None:
            clock = _clock(match["hour"], match["minute"], match["second"], None, match["tz"])
            if clock is None:
                continue
            iso += clock
        found.append(FoundDate(match.start(), end, iso))
        taken.append((match.start(), end))
    for match in _RFC_2822.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        day = _make_date(match["year"], _month_number(match["month"]), match["day"])
        clock = _clock_from(match)
        if day is not None and clock is not None:
            found.append(FoundDate(match.start(), match.end(), day.isoformat() + clock))
            taken.append((match.start(), match.end()))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            if overlaps(match.start(), match.end()):
                continue
            day = _make_date(match["year"], _month_number(match["month"]), match["day"])
            if day is not None:
                found.append(_with_time(text, match.start(), match.end(), day))
                taken.append((found[-1].start, found[-1].end))
    for match in _NUMERIC.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        a, b = int(match["a"]), int(match["b"])
        if b > 12 or (prefer_month_first and a <= 12):
            a, b = b, a
        day = _make_date(match["year"], b, a)
        if day is not None:
            found.append(_with_time(text, match.start(), match.end(), day))
            taken.append((found[-1].start, found[-1].end))
    found.sort(key=lambda item: item.start)
    return found


def numeric_order_hint(text: str) -> bool | None:
    """Whether the numeric dates in ``text`` show a month-first habit.

    ``True`` if some date can only be month/day (02/22/2025) and none can
    only be day/month, ``False`` for the reverse, ``None`` when nothing tells.
    Used only for English pages that do not say which English they are.
    """
    month_first_seen = day_first_seen = False
    for match in _NUMERIC.finditer(text[:_MAX_SCAN]):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            day_first_seen = True
        elif b > 12 >= a:
            month_first_seen = True
    if month_first_seen != day_first_seen:
        return month_first_seen
    return None


def _in_number(text: str, match: re.Match[str]) -> bool:
    """An 8-digit run glued to letters or digits is an id, not a yyyymmdd date."""
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return bool(re.match(r"[\w]", before) or re.match(r"[\w]", after))


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def _make_date(year: str | int, month: str | int | None, day: str | int) -> date | None:
    if month is None:
        return None
    year_number = int(year)
    if year_number < 100:
        year_number += 2000 if year_number < 70 else 1900
    if not 1900 <= year_number <= 2100:
        return None
    try:
        return date(year_number, int(month), int(day))
    except ValueError:
        return None


def _with_time(text: str, start: int, end: int, day: date) -> FoundDate:
    """Extend a date match with the time written right after (or before) it."""
    after = _TIME_AFTER.match(text, end, min(len(text), end + 40))
    if after:
        clock = _clock_from(after)
        if clock is not None:
            return FoundDate(start, after.end(), day.isoformat() + clock)
    before = _TIME_BEFORE.search(text[max(0, start - 30) : start])
    if before:
        clock = _clock_from(before)
        if clock is not None:
            return FoundDate(
                start - (min(start, 30) - before.start()), end, day.isoformat() + clock
            )
    return FoundDate(start, end, day.isoformat())


def _clock_from(match: re.Match[str]) -> str | None:
    return _clock(match["hour"], match["minute"], match["second"], match["ampm"], match["tz"])


def _clock(
    hour: str, minute: str, second: str | None, ampm: str | None, tz: str | None
) -> str | None:
    """``"T14:49:00"`` plus the offset when one is given, or ``None`` if invalid."""
    hours, minutes = int(hour), int(minute)
    if ampm:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm.lower().startswith("p") else 0)
    if hours > 23:
        return None
    offset = _offset(tz) if tz else ""
    if offset is None:
        return None
    return f"T{hours:02d}:{minutes:02d}:{int(second or 0):02d}{offset}"


def _offset(tz: str) -> str | None:
    tz = tz.strip().upper()
    if tz == "Z":
        return "+00:00"
    if tz.startswith(("UTC", "GMT")):
        tz = tz[3:].strip()
        if not tz:
            return "+00:00"
    match = _OFFSET.match(tz.replace(" ", ""))
    if not match:
        return None
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > 14 or minutes > 59:
        return None
    return f"{match['sign']}{hours:02d}:{minutes:02d}"
