"""What every import source yields: one :class:`ImportItem` per saved link.

Readers turn a file into items and never touch the network or the library;
:mod:`cuttings.core.importers.runner` decides what to fetch and what to store.
A record a reader cannot use still becomes an item, with ``problem`` set, so
that it is counted and reported instead of silently dropped.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cuttings.core.errors import CuttingsError


class ImportSourceError(CuttingsError):
    """A file given to import cannot be read as any (or the chosen) format."""


@dataclass(frozen=True, slots=True)
class ImportContent:
    """An article stored in the import file itself: no fetch needed.

    ``html`` is as found in the file (it is sanitized before it is stored).
    ``text`` is None when it must be derived from the HTML.
    ``canonical_url`` is empty when it must be derived from the URL.
    """

    html: str
    text: str | None = None
    canonical_url: str = ""
    site_name: str = ""
    source: str = ""
    author: str = ""
    published_at: str | None = None
    language: str = ""
    lead_image: str = ""
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One saved link read from an import source.

    ``saved_at`` is when the person saved it in the old tool (it becomes the
    clipping date); ``position`` is its 1-based place in the source, for the
    report.
    """

    url: str
    title: str = ""
    saved_at: datetime | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    content: ImportContent | None = None
    updated_at: datetime | None = None
    source: str = ""
    position: int = 0
    problem: str = ""


def epoch_to_datetime(value: str | float | int | None) -> datetime | None:
    """A Unix time in seconds (or ms/µs, as some exporters write) as UTC, or None."""
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or number <= 0:
        return None
    # Seconds reach 1e11 only in the year 5138: bigger values are ms or µs.
    while number > 1e11:
        number /= 1000
    try:
        return datetime.fromtimestamp(number, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 date-time (``Z`` allowed; naive taken as UTC), an epoch, or None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return epoch_to_datetime(value)
    if not isinstance(value, str) or not value.strip():
        return None
    cleaned = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", cleaned):
        return epoch_to_datetime(cleaned)
    cleaned = cleaned.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", cleaned) else cleaned
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def clean_tags(names: Iterable[object]) -> tuple[str, ...]:
    """Tag names trimmed, empty ones dropped, duplicates (ignoring case) removed."""
    seen: set[str] = set()
    tags: list[str] = []
    for name in names:
        if not isinstance(name, str):
            continue
        cleaned = " ".join(name.split())[:100]
        key = cleaned.casefold()
        if cleaned and key not in seen:
            seen.add(key)
            tags.append(cleaned)
    return tuple(tags)


def split_tags(value: str, separator: str) -> tuple[str, ...]:
    return clean_tags(value.split(separator)) if value else ()
