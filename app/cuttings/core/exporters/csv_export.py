"""One row per clip, in columns that never change order; tags joined by ``|``.

Every cell that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``: any
field may come from a web page or an imported file.  Our CSV importer removes
it again.
"""

import csv
from collections.abc import Iterable
from typing import TextIO

from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc

COLUMNS = (
    "id",
    "url",
    "canonical_url",
    "title",
    "site_name",
    "source",
    "author",
    "published_at",
    "clipped_at",
    "updated_at",
    "language",
    "word_count",
    "tags",
    "note",
    "excerpt",
    "lead_image",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_csv(clips: Iterable[Clip], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for clip in clips:
        row: tuple[object, ...] = (
            clip.id,
            clip.url,
            clip.canonical_url,
            clip.title,
            clip.site_name,
            clip.source,
            clip.author,
            clip.published_at or "",
            format_utc(clip.clipped_at),
            format_utc(clip.updated_at),
            clip.language,
            clip.word_count,
            "|".join(clip.tags),
            clip.note,
            clip.excerpt,
            clip.lead_image,
        )
        # Every cell, whatever its column: a URL, a date or a language from an
        # import can start with "=" as well as a title can.
        writer.writerow(defuse(str(cell)) for cell in row)
        count += 1
    return count
