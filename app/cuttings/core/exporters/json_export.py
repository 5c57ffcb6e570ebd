"""The complete, re-importable JSON export (read back by
:mod:`cuttings.core.importers.cuttings_json`), written as a stream."""

import json
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from cuttings import __version__
from cuttings.core.importers.cuttings_json import FORMAT_NAME, FORMAT_VERSION
from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc


def clip_record(clip: Clip) -> dict[str, Any]:
    """Every field of :meth:`Clip.to_json` plus ``updated_at``."""
    record = clip.to_json()
    record["updated_at"] = format_utc(clip.updated_at)
    return record


# The press reviews to write after the clips, given the ids of the clips written.
EditionRecords = Callable[[Collection[int]], list[dict[str, Any]]]


def write_json(clips: Iterable[Clip], out: TextIO, editions: EditionRecords | None = None) -> int:
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
        out.write(json.dumps(clip_record(clip), ensure_ascii=False))
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
