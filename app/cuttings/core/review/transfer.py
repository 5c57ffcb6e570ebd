"""Editions in the Cuttings JSON export, and back.

The export (:mod:`cuttings.core.exporters.json_export`) ends with an
``"editions"`` member after ``"clips"``; each entry names its clip by the
exported ``clip`` id and by its canonical URL and URL, which is what finds it
again in the library the file is imported into (ids differ between
libraries).  Only entries whose clip is in the file are written; an edition
none of whose entries is in the file is left out, unless it has none at all.
An import skips an edition that the library already has (same name, title and
date), so importing a file twice gives one copy.
"""

import base64
import binascii
import logging
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.review.store import MAX_LOGO_BYTES, SectionPlan

log = logging.getLogger(__name__)


def edition_records(library: Library, exported: Collection[int]) -> list[dict[str, Any]]:
    """The editions to write after the clips ``exported``, as JSON-ready records."""
    records = []
    for summary in reversed(library.editions()):  # oldest first, as the clips
        edition = library.edition(summary.id)
        urls = {clip.id: clip for clip in library.get_many([e.clip_id for e in edition.entries])}
        kept = [entry for entry in edition.entries if entry.clip_id in exported]
        if edition.entries and not kept:
            continue
        records.append(
            {
                "name": edition.name,
                "title": edition.title,
                "date": edition.date.isoformat(),
                "highlights": edition.highlights,
                "logo": base64.b64encode(edition.logo).decode("ascii") if edition.logo else None,
                "sections": [
                    {
                        "title": section.title,
                        "entries": [
                            {
                                "clip": entry.clip_id,
                                "canonical_url": urls[entry.clip_id].canonical_url,
                                "url": urls[entry.clip_id].url,
                                "summary": entry.summary,
                                "full_text": entry.full_text,
                            }
                            for entry in section.entries
                            if entry.clip_id in exported and entry.clip_id in urls
                        ],
                    }
                    for section in edition.sections
                ],
            }
        )
    return records


def import_editions(library: Library, records: Sequence[object]) -> int:
    """Create the editions of an imported file; return how many were created.

    A record that cannot be read is logged and passed over (the clips were
    imported; an edition is no reason to fail the file).
    """
    existing = {(e.name, e.title, e.date) for e in library.editions()}
    created = 0
    for record in records:
        try:
            plan = _plan(library, record)
        except (CuttingsError, ValueError, TypeError, KeyError, binascii.Error) as exc:
            log.warning("an edition in the file cannot be read: %s", exc)
            continue
        key = (plan["name"], plan["title"], plan["day"])
        if key in existing:
            continue
        edit = library.create_edition(
            plan["title"],
            day=plan["day"],
            name=plan["name"],
            highlights=plan["highlights"],
            logo=plan["logo"],
            sections=plan["sections"],
        )
        assert edit.edition_id is not None
        for entry_id, (summary, full_text) in zip(edit.entry_ids, plan["settings"], strict=True):
            if summary or not full_text:
                library.update_entry(entry_id, summary=summary, full_text=full_text)
        existing.add(key)
        created += 1
    return created


def _plan(library: Library, record: object) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise TypeError("not an object")
    logo_text = record.get("logo")
    logo = base64.b64decode(logo_text, validate=True) if isinstance(logo_text, str) else None
    if logo is not None and len(logo) > MAX_LOGO_BYTES:
        logo = None
    sections: list[SectionPlan] = []
    settings: list[tuple[str, bool]] = []
    seen: set[int] = set()
    for section in record.get("sections") or []:
        clip_ids: list[int] = []
        for entry in section.get("entries") or []:
            clip = None
            for key in ("canonical_url", "url"):
                if isinstance(entry.get(key), str) and clip is None:
                    clip = library.find_by_url(entry[key])
            if clip is None or clip.id in seen:
                continue
            seen.add(clip.id)
            clip_ids.append(clip.id)
            summary = entry.get("summary")
            settings.append(
                (summary if isinstance(summary, str) else "", entry.get("full_text") is not False)
            )
        sections.append((str(section.get("title") or "Articles"), clip_ids))
    name, title = record.get("name"), record.get("title")
    highlights = record.get("highlights")
    return {
        "title": str(title),
        "name": str(name) if name else str(title),
        "day": date.fromisoformat(str(record.get("date"))),
        "highlights": highlights if isinstance(highlights, str) else "",
        "logo": logo,
        "sections": sections,
        "settings": settings,
    }
