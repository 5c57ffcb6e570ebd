"""The complete, re-importable JSON export (read back by
:mod:`cuttings.core.importers.cuttings_json`), written as a stream."""

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from cuttings import __version__
from cuttings.core.exporters.highlighting import HighlightsOf, no_highlights
from cuttings.core.exporters.media import ExportMedia
from cuttings.core.highlights.models import Highlight
from cuttings.core.importers.cuttings_json import FORMAT_NAME, FORMAT_VERSION
from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc
from cuttings.core.versions.models import Version

# What a highlight's JSON keeps in an export: not its ids, which a library gives anew.
_HIGHLIGHT_FIELDS = frozenset(
    {"exact", "prefix", "suffix", "position", "color", "comment"}
    | {"created_at", "updated_at", "orphaned"}
)


def clip_record(
    clip: Clip, highlights: Sequence[Highlight] = (), versions: Sequence[Version] = ()
) -> dict[str, Any]:
    """Every field of :meth:`Clip.to_json` plus ``updated_at``, its highlights and versions.

    Each version carries its text and HTML but the newest, whose are the clip's.
    """
    record = clip.to_json()
    record["updated_at"] = format_utc(clip.updated_at)
    if highlights:
        record["highlights"] = [
            {name: value for name, value in item.to_json().items() if name in _HIGHLIGHT_FIELDS}
            for item in highlights
        ]
    if versions:
        record["versions"] = [version.to_json() for version in versions]
    return record


# The press reviews to write after the clips, given the ids of the clips written.
EditionRecords = Callable[[Collection[int]], list[dict[str, Any]]]


def write_json(
    clips: Iterable[Clip],
    out: TextIO,
    highlights: HighlightsOf = no_highlights,
    *,
    history: Callable[[int], list[Version]] | None = None,
    media: ExportMedia | None = None,
    editions: EditionRecords | None = None,
) -> int:
    """Write the export; ``history`` gives a clip's versions (``Library.history``),
    ``media`` its pictures and original pages, ``editions`` the press reviews of
    the clips written."""
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_utc(datetime.now(UTC)),
        "exported_by": f"Cuttings {__version__}",
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n "clips": [')
    count = 0
    written: set[int] = set()
    for clip in clips:
        out.write(",\n  " if count else "\n  ")
        # A clip that never changed has one version, fetched when it was clipped:
        # its record says it all already.
        versions = history(clip.id) if history is not None and clip.change_count else ()
        record = clip_record(clip, highlights(clip.id), versions)
        if media is not None:
            record.update(media.record(clip.id))
        out.write(json.dumps(record, ensure_ascii=False))
        written.add(clip.id)
        count += 1
    out.write("\n ]")
    if editions is not None:
        records = editions(written)
        if records:
            out.write(',\n "editions": ')
            out.write(json.dumps(records, ensure_ascii=False))
    out.write("\n}\n")
    return count
