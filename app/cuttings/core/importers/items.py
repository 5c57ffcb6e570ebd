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

from cuttings.core.cleaning import clean_tag_name, strip_control_chars, tag_identity
from cuttings.core.errors import CuttingsError
from cuttings.core.highlights.models import Highlight
from cuttings.core.images.media import ClipMedia
from cuttings.core.metadata import parse_published_date
from cuttings.core.timestamps import clipping_time
from cuttings.core.versions.models import Version


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
    # As Clip.capture and Clip.partial (our own export carries them).
    capture: str = "fetched"
    partial: str = ""
    media: ClipMedia | None = None  # pictures and originals (our own JSON export)


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One saved link read from an import source.

    ``saved_at`` is when the person saved it in the old tool (it becomes the
    clipping date); ``position`` is its 1-based place in the source, for the
    report.  ``notes`` say what was dropped or corrected on the way in (an
    impossible date, a ``javascript:`` image…); the report lists them.
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
    notes: tuple[str, ...] = ()
    # A Cuttings export's highlights (their ids and clip ids are not kept).
    highlights: tuple[Highlight, ...] = ()
    # A Cuttings export's history of the article (oldest first) and re-check status.
    versions: tuple[Version, ...] = ()
    status: str = "ok"


def epoch_to_datetime(value: str | float | int | None) -> datetime | None:
    """A Unix time in seconds (or ms/µs, as some exporters write) as UTC, or None.

    Not yet checked for plausibility: see :func:`read_date`.
    """
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
    """A date as an import file writes it, or None.

    An epoch (a number, or digits), else whatever the page date parser reads
    (ISO 8601 with ``Z`` or an offset, "22 February 2025 14:49"…); a date or a
    time without offset is taken as UTC.  Not checked for plausibility.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return epoch_to_datetime(value)
    if not isinstance(value, str) or not value.strip():
        return None
    cleaned = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", cleaned):
        return epoch_to_datetime(cleaned)
    iso = parse_published_date(cleaned)
    if iso is None:
        return None
    moment = datetime.fromisoformat(iso)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def read_date(value: object, what: str, notes: list[str]) -> datetime | None:
    """:func:`parse_datetime` of ``value`` if it is a possible clipping date.

    Anything else that was given (``0001-01-01``, year 9999, a negative
    epoch, words) is dropped with a note saying so: the clip then gets the
    import's date.
    """
    if value is None or value == "":
        return None
    moment = clipping_time(parse_datetime(value))
    if moment is None:
        notes.append(f"{what} {shown(value)} is not a possible date: dropped")
    return moment


def shown(value: object, length: int = 60) -> str:
    """A value from a file, quoted for a note: printable and bounded."""
    text = strip_control_chars(str(value)).replace("\n", " ")
    return repr(text if len(text) <= length else text[:length] + "…")


def clean_tags(names: Iterable[object]) -> tuple[str, ...]:
    """Tag names cleaned (:func:`~cuttings.core.cleaning.clean_tag_name`), cut to 100
    characters, empty ones dropped, duplicates (as the library compares them) removed."""
    seen: set[str] = set()
    tags: list[str] = []
    for name in names:
        if not isinstance(name, str):
            continue
        cleaned = clean_tag_name(name)[:100].rstrip()
        key = tag_identity(cleaned)
        if cleaned and key not in seen:
            seen.add(key)
            tags.append(cleaned)
    return tuple(tags)


def split_tags(value: str, separator: str) -> tuple[str, ...]:
    return clean_tags(value.split(separator)) if value else ()
