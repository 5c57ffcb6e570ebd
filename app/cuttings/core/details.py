"""A clip's details as a person types them: checked with the rules fetched values follow.

The command line (``cuttings edit``) and the window's Edit Details dialog both
read what a person typed through :func:`checked_details`: text is cleaned as
:mod:`cuttings.core.cleaning` cleans a page's, a language must be a language
tag, a published date is read from the ways people write one and then held to
:func:`cuttings.core.timestamps.checked_published`'s range.  A bad value is a
:class:`~cuttings.core.errors.CuttingsError` with a one-line message, raised
before anything is written.
"""

import re
from datetime import datetime

from cuttings.core.cleaning import language_tag, strip_control_chars
from cuttings.core.errors import CuttingsError
from cuttings.core.timestamps import checked_published

# The details a person may edit, as the clips table names them; also the order
# in which ``clips.edited`` lists the edited ones.
EDITABLE_FIELDS = ("title", "author", "source", "site_name", "published_at", "language")
# Longer is no headline, name or site but a paste gone wrong.
MAX_DETAIL_CHARS = 2000

# 22/02/2025, 22.02.2025 or 22-02-2025, optionally 14:30 or 14:30:15 after it:
# day first, as written everywhere Cuttings' users are but the United States.
_DAY_FIRST = re.compile(
    r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_ISO_DATE_TIME = re.compile(r"(\d{4}-\d\d-\d\d)[ T]+(\d.*)")
_PUBLISHED_HELP = (
    "write it as 2025-02-22, 2025-02-22 14:30, 2025-02-22T14:30+01:00 or 22/02/2025 14:30"
)


def parse_published(value: str) -> str | None:
    """A published date typed by a person, as stored (see ``checked_published``); "" is none.

    Raises :class:`CuttingsError` for what cannot be read or is out of range
    (before 1900 or after tomorrow).
    """
    typed = " ".join(strip_control_chars(value).split())
    if not typed:
        return None
    iso = _iso_shape(typed)
    if iso is None:
        raise CuttingsError(f"cannot read the published date {typed!r}: {_PUBLISHED_HELP}")
    checked = checked_published(iso)
    if checked is None:
        raise CuttingsError(f"the published date {typed!r} is out of range (from 1900 to tomorrow)")
    return checked


def _iso_shape(typed: str) -> str | None:
    """``typed`` as an ISO date or date and time, or None if it is neither."""
    day_first = _DAY_FIRST.fullmatch(typed)
    if day_first:
        day, month, year, hour, minute, second = day_first.groups()
        try:
            moment = datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        except ValueError:
            return None
        return moment.isoformat() if hour is not None else moment.date().isoformat()
    iso = _ISO_DATE_TIME.fullmatch(typed)
    text = f"{iso[1]}T{iso[2].replace(' ', '')}" if iso else typed
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) == 10:
        return moment.date().isoformat()
    return moment.replace(microsecond=0).isoformat() if "T" in text else None


def clean_detail(value: str) -> str:
    """A one-line detail (title, author, source, site) as stored: no control characters,
    whitespace folded."""
    cleaned = " ".join(strip_control_chars(value).split())
    if len(cleaned) > MAX_DETAIL_CHARS:
        raise CuttingsError(f"a clip's details are limited to {MAX_DETAIL_CHARS:,} characters")
    return cleaned


def parse_language(value: str) -> str:
    """A language typed by a person as a language tag (``en``, ``pt-BR``); "" is none."""
    typed = value.strip()
    if not typed:
        return ""
    tag = language_tag(typed)
    if not tag:
        raise CuttingsError(f"not a language tag: {typed!r} (write it as en, it, pt-BR, zh-Hant)")
    return tag


def checked_details(
    *,
    title: str | None = None,
    author: str | None = None,
    source: str | None = None,
    site_name: str | None = None,
    published_at: str | None = None,
    language: str | None = None,
) -> dict[str, str | None]:
    """The details given (``None``: unchanged) as stored, by column name.

    An empty author, source, site, date or language clears it; a title
    cannot be empty.  Raises :class:`CuttingsError` for the first bad value.
    """
    values: dict[str, str | None] = {}
    if title is not None:
        values["title"] = clean_detail(title)
        if not values["title"]:
            raise CuttingsError("a clip's title cannot be empty")
    for name, given in (("author", author), ("source", source), ("site_name", site_name)):
        if given is not None:
            values[name] = clean_detail(given)
    if published_at is not None:
        values["published_at"] = parse_published(published_at)
    if language is not None:
        values["language"] = parse_language(language)
    return values


def edited_column(fields: set[str] | frozenset[str] | tuple[str, ...]) -> str:
    """``clips.edited`` for these field names: comma-separated, in a fixed order."""
    return ",".join(name for name in EDITABLE_FIELDS if name in fields)


def edited_fields(column: str) -> tuple[str, ...]:
    """The field names ``clips.edited`` lists."""
    return tuple(name for name in column.split(",") if name)
