"""One row per clip, in columns that never change order; tags joined by ``|``.

Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``) get a leading ``'``: titles come from any web page.  Our
CSV importer removes it again.
"""

import csv
from collections.abc import Iterable
from typing import TextIO

from cuttings.core.models import Clip, format_utc

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
        writer.writerow(
            [
                clip.id,
                clip.url,
                clip.canonical_url,
                defuse(clip.title),
                defuse(clip.site_name),
                defuse(clip.source),
                defuse(clip.author),
                clip.published_at or "",
                format_utc(clip.clipped_at),
                format_utc(clip.updated_at),
                clip.language,
                clip.word_count,
                defuse("|".join(clip.tags)),
                defuse(clip.note),
                defuse(clip.excerpt),
                clip.lead_image,
            ]
        )
        count += 1
    return count
