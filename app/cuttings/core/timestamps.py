"""Every date that enters or leaves the library: validated, normalised, shown safely.

A date from outside (an import file, a page, a caller) may be anything:
``0001-01-01`` (the "zero time" some tools export), year 9999, a time whose
offset pushes it out of Python's range.  Stored, one such value broke every
listing of the library.  So:

- a clipping date (``clipped_at``, ``updated_at``) is kept only between
  :data:`EARLIEST_CLIPPED` and tomorrow; otherwise the caller uses "now";
- a published date is kept only between :data:`EARLIEST_PUBLISHED` and
  tomorrow (in any time zone), as an ISO 8601 string of one of three shapes:
  ``2025-02-22``, ``2025-02-22T14:49:00`` or ``2025-02-22T14:49:00+01:00``;
- stored timestamps are ``YYYY-MM-DDTHH:MM:SSZ`` with a four-digit year;
- shifting a moment to local time never raises (:func:`local_time`).
"""

import re
from datetime import UTC, date, datetime, timedelta

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# Nothing was clipped by URL before the web; bookmark "zero times" (0001, 1970)
# fall below it.
EARLIEST_CLIPPED = datetime(1990, 1, 1, tzinfo=UTC)
# The page date parser (cuttings.core.metadata) reads no year before 1900 either.
EARLIEST_PUBLISHED = date(1900, 1, 1)
# Clocks and time zones disagree by up to a day; later than that is a wrong date.
FUTURE_SLACK = timedelta(days=1)

_PUBLISHED_SHAPE = re.compile(
    r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d)?)?",
)


def format_utc(moment: datetime) -> str:
    """A fixed-width UTC timestamp (naive taken as UTC): sorts as text in time order.

    Raises ``ValueError`` for a moment outside years 1000-9999 (in UTC): such
    a value must have been refused by :func:`clipping_time` first.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"date out of range: {moment.isoformat()}") from None
    if not 1000 <= moment.year <= 9999:
        raise ValueError(f"date out of range: {moment.isoformat()}")
    # Not strftime: it writes year 1 as "1" on glibc, which no longer sorts.
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )


def parse_utc(text: str) -> datetime:
    """Read a :func:`format_utc` timestamp (fromisoformat: ten times faster than strptime)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or len(text) != 20 or not text.endswith("Z"):
        raise ValueError(f"not a UTC timestamp: {text!r}")
    return moment


def clipping_time(moment: datetime | None, *, now: datetime | None = None) -> datetime | None:
    """``moment`` in UTC if it is a plausible clipping date, else None (naive is UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    latest = (now or datetime.now(UTC)) + FUTURE_SLACK
    return moment if EARLIEST_CLIPPED <= moment <= latest else None


def checked_published(value: str | None, *, today: date | None = None) -> str | None:
    """``value`` if it is a plausible published date in one of the three ISO shapes, else None.

    A shorter time (``14:49``) or a ``Z`` is normalised; fractions of a second
    are dropped.  Pages print their own local date, so "tomorrow" is allowed.
    """
    if not value or not isinstance(value, str) or len(value) > 40:
        return None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return None
    if len(text) <= 10:
        shaped = moment.date().isoformat() if len(text) == 10 else ""
    else:
        shaped = moment.replace(microsecond=0).isoformat()
    if not _PUBLISHED_SHAPE.fullmatch(shaped):
        return None  # "2025" or "2025-02" are read by fromisoformat as no date at all
    latest = (today or datetime.now(UTC).date()) + FUTURE_SLACK
    if not EARLIEST_PUBLISHED <= moment.date() <= latest:
        return None
    return shaped


def published_sort_key(published_at: str | None) -> str | None:
    """The UTC sort key of an ISO ``published_at`` of any precision, or None.

    A date or a time without offset is taken as UTC: it is off by a few hours
    at most, which only matters for ordering clips published the same day.
    """
    if not published_at:
        return None
    try:
        return format_utc(datetime.fromisoformat(published_at))
    except ValueError:
        return None


def local_time(moment: datetime) -> datetime:
    """``moment`` in the local time zone; as it is when that falls outside Python's range.

    Year 1 shifted west or year 9999 shifted east cannot be represented;
    showing it in its own offset beats failing to show the clip at all.
    """
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError):
        return moment
