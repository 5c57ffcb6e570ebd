"""Our own JSON export, read back without loss.

Shape (written by :mod:`cuttings.core.exporters.json_export`)::

    {"format": "cuttings-export", "version": 1, "exported_at": "…Z",
     "clips": [{…Clip.to_json()…, "updated_at": "…Z", "highlights": […], "versions": […]}, …]}

Read as a stream by :func:`cuttings.core.importers.sources.read_cuttings_stream`.
A bare list of clip objects (``cuttings list --json``) is accepted too.  Every
field is kept: canonical URL, metadata, html, text, tags, note, both dates,
the highlights (each one's quote, position hint, colour, comment and dates),
the versions of an article that changed, and the pictures and original pages
(:mod:`cuttings.core.importers.media`).
"""

from datetime import UTC, datetime
from typing import Any

from cuttings.core.cleaning import strip_control_chars
from cuttings.core.highlights.anchoring import TextQuote
from cuttings.core.highlights.models import COLORS, DEFAULT_COLOR, Highlight
from cuttings.core.importers.items import (
    ImportContent,
    ImportItem,
    clean_tags,
    read_date,
)
from cuttings.core.importers.media import media_from_record
from cuttings.core.sanitize import sanitize_html
from cuttings.core.timestamps import checked_published, format_utc
from cuttings.core.versions.models import Version
from cuttings.core.versions.schedule import STATUSES

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


def _partial(entry: dict[str, Any]) -> str:
    """Why the clip is partial (``partial`` true with ``partial_reason``), or empty."""
    if entry.get("partial") is not True:
        return ""
    return " ".join(_str(entry, "partial_reason").split()) or "partial (no reason given)"


def clip_item(entry: object, position: int) -> ImportItem:
    if not isinstance(entry, dict):
        return ImportItem(url="", position=position, problem="the entry is not a JSON object")
    url = _str(entry, "url")
    html = entry.get("html")
    text = entry.get("text")
    published = entry.get("published_at")
    content = None
    notes: list[str] = []
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
            capture=_str(entry, "capture"),
            partial=_partial(entry),
            media=media_from_record(entry, notes),
        )
    tags = entry.get("tags")
    saved_at = read_date(entry.get("clipped_at"), "the clipping date", notes)
    updated_at = read_date(entry.get("updated_at"), "the update date", notes) if content else None
    versions = _versions(entry.get("versions"), url, notes) if content else ()
    status = _str(entry, "status")
    return ImportItem(
        versions=versions,
        status=status if status in STATUSES else "ok",
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


def _versions(value: object, url: str, notes: list[str]) -> tuple[Version, ...]:
    """The versions an entry carries, checked as an article's values are.

    A version without a readable date, title or body (all but the newest need
    one) is dropped with a note; their HTML is sanitized again.
    """
    if not isinstance(value, list):
        return ()
    versions: list[Version] = []
    entries = [item for item in value if isinstance(item, dict)]
    for position, item in enumerate(entries, start=1):
        newest = position == len(entries)
        fetched = read_date(item.get("fetched_at"), "a version's date", notes)
        html, text = _str(item, "html"), _str(item, "text")
        has_body = isinstance(item.get("html"), str) and isinstance(item.get("text"), str)
        if fetched is None or not _str(item, "title") or not (newest or has_body):
            notes.append(f"version {position} of the article was dropped (incomplete)")
            continue
        published = item.get("published_at")
        versions.append(
            Version(
                clip_id=0,
                number=position,
                fetched_at=format_utc(fetched),
                status="ok",
                content_hash="",
                title=strip_control_chars(_str(item, "title")),
                author=strip_control_chars(_str(item, "author")),
                published_at=checked_published(published) if isinstance(published, str) else None,
                word_count=0,
                changes=strip_control_chars(_str(item, "changes")),
                text=strip_control_chars(text) if has_body and not newest else None,
                html=sanitize_html(html, url) if has_body and not newest else None,
            )
        )
    return tuple(versions) if len(versions) > 1 else ()
