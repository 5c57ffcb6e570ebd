"""The complete, re-importable JSON export (read back by
:mod:`cuttings.core.importers.cuttings_json`), written as a stream."""

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from cuttings import __version__
from cuttings.core.exporters.media import ExportMedia
from cuttings.core.importers.cuttings_json import FORMAT_NAME, FORMAT_VERSION
from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc


def clip_record(clip: Clip) -> dict[str, Any]:
    """Every field of :meth:`Clip.to_json` plus ``updated_at``."""
    record = clip.to_json()
    record["updated_at"] = format_utc(clip.updated_at)
    return record


def write_json(clips: Iterable[Clip], out: TextIO, media: ExportMedia | None = None) -> int:
    """The clips, with their pictures and original pages when ``media`` gives them."""
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
        record = clip_record(clip)
        if media is not None:
            record.update(media.record(clip.id))
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n ]\n}\n")
    return count
