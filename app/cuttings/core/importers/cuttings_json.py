"""Our own JSON export, read back without loss.

Shape (written by :mod:`cuttings.core.exporters.json_export`)::

    {"format": "cuttings-export", "version": 1, "exported_at": "…Z",
     "clips": [{…Clip.to_json()…, "updated_at": "…Z", "highlights": […]}, …]}

Read as a stream by :func:`cuttings.core.importers.sources.read_cuttings_stream`.
A bare list of clip objects (``cuttings list --json``) is accepted too.  Every
field is kept: canonical URL, metadata, html, text, tags, note, both dates
and the highlights (each one's quote, position hint, colour, comment and dates).
"""

from datetime import UTC, datetime
from typing import Any

from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.highlights.models import COLORS, DEFAULT_COLOR, Highlight
from cuttings.core.importers.items import (
    ImportContent,
    ImportItem,
    clean_tags,
    read_date,
)

FORMAT_NAME = "cuttings-export"
FORMAT_VERSION = 1


def _str(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return value if isinstance(value, str) else ""


def _highlights(entry: dict[str, Any], notes: list[str]) -> tuple[Highlight, ...]:
    """The highlights of an exported clip; one without text is dropped with a note."""
    found = entry.get("highlights")
    if not isinstance(found, list):
        return ()
    now = datetime.now(UTC)
    out: list[Highlight] = []
    for record in found:
        exact = record.get("exact") if isinstance(record, dict) else None
        if not isinstance(exact, str) or not exact.strip():
            notes.append("a highlight without text: dropped")
            continue
        position = record.get("position")
        color = _str(record, "color").casefold()
        if color not in COLORS:
            color = DEFAULT_COLOR
        created = read_date(record.get("created_at"), "a highlight's date", notes) or now
        updated = read_date(record.get("updated_at"), "a highlight's date", notes) or created
        quote = TextQuote(
            exact,
            _str(record, "prefix"),
            _str(record, "suffix"),
            position if isinstance(position, int) and position >= 0 else 0,
        )
        out.append(Highlight(0, 0, quote, color, _str(record, "comment"), created, updated))
    return tuple(out)


def clip_item(entry: object, position: int) -> ImportItem:
    if not isinstance(entry, dict):
        return ImportItem(url="", position=position, problem="the entry is not a JSON object")
    url = _str(entry, "url")
    html = entry.get("html")
    text = entry.get("text")
    published = entry.get("published_at")
    content = None
    if isinstance(html, str) and (html or isinstance(text, str)):
        content = ImportContent(
            html=html,
            text=text if isinstance(text, str) else None,
            canonical_url=_str(entry, "canonical_url"),
            site_name=_str(entry, "site_name"),
            source=_str(entry, "source"),
            author=_str(entry, "author"),
            published_at=published if isinstance(published, str) else None,
            language=_str(entry, "language"),
            lead_image=_str(entry, "lead_image"),
            excerpt=_str(entry, "excerpt"),
        )
    tags = entry.get("tags")
    notes: list[str] = []
    saved_at = read_date(entry.get("clipped_at"), "the clipping date", notes)
    updated_at = read_date(entry.get("updated_at"), "the update date", notes) if content else None
    return ImportItem(
        url=url,
        title=_str(entry, "title"),
        saved_at=saved_at,
        tags=clean_tags(tags) if isinstance(tags, list) else (),
        note=_str(entry, "note"),
        content=content,
        updated_at=updated_at,
        position=position,
        problem="" if url else "the entry has no URL",
        highlights=_highlights(entry, notes),
        notes=tuple(notes),
    )
