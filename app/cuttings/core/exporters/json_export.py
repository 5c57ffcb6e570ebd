"""The complete, re-importable JSON export (read back by
:mod:`cuttings.core.importers.cuttings_json`), written as a stream."""

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from cuttings import __version__
from cuttings.core.exporters.highlighting import HighlightsOf, no_highlights
from cuttings.core.highlights.models import Highlight
from cuttings.core.importers.cuttings_json import FORMAT_NAME, FORMAT_VERSION
from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc

# What a highlight's JSON keeps in an export: not its ids, which a library gives anew.
_HIGHLIGHT_FIELDS = frozenset(
    {"exact", "prefix", "suffix", "position", "color", "comment"}
    | {"created_at", "updated_at", "orphaned"}
)


def clip_record(clip: Clip, highlights: Sequence[Highlight] = ()) -> dict[str, Any]:
    """Every field of :meth:`Clip.to_json` plus ``updated_at``, and ``highlights`` if any."""
    record = clip.to_json()
    record["updated_at"] = format_utc(clip.updated_at)
    if highlights:
        record["highlights"] = [
            {name: value for name, value in item.to_json().items() if name in _HIGHLIGHT_FIELDS}
            for item in highlights
        ]
    return record


def write_json(clips: Iterable[Clip], out: TextIO, highlights: HighlightsOf = no_highlights) -> int:
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_utc(datetime.now(UTC)),
        "exported_by": f"Cuttings {__version__}",
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n "clips": [')
    count = 0
    for clip in clips:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(clip_record(clip, highlights(clip.id)), ensure_ascii=False))
        count += 1
    out.write("\n ]\n}\n")
    return count
