"""Our own JSON export, read back without loss.

Shape (written by :mod:`cuttings.core.exporters.json_export`)::

    {"format": "cuttings-export", "version": 1, "exported_at": "…Z",
     "clips": [{…Clip.to_json()…, "updated_at": "…Z"}, …]}

Read as a stream by :func:`cuttings.core.importers.sources.read_cuttings_stream`.
A bare list of clip objects (``cuttings list --json``) is accepted too.  Every
field is kept: canonical URL, metadata, html, text, tags, note, both dates, and
the pictures and original pages (:mod:`cuttings.core.importers.media`).
"""

from typing import Any

from cuttings.core.importers.items import (
    ImportContent,
    ImportItem,
    clean_tags,
    read_date,
)
from cuttings.core.importers.media import media_from_record

FORMAT_NAME = "cuttings-export"
FORMAT_VERSION = 1


def _str(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return value if isinstance(value, str) else ""


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
            media=media_from_record(entry, notes),
        )
    tags = entry.get("tags")
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
        notes=tuple(notes),
    )
