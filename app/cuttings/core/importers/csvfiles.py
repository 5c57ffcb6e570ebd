"""CSV exports: Pocket's, Instapaper's, and any CSV with a ``url`` column
(our own CSV export among them).

Pocket (2025): ``title,url,time_added,tags,status``; tags separated by ``|``.
Instapaper: ``URL,Title,Selection,Folder,Timestamp[,Tags]``; ``Tags`` is a
JSON list (``["a","b"]``); a folder the person made becomes a tag; the
highlighted ``Selection`` becomes the note.
"""

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from cuttings.core.importers.items import (
    ImportItem,
    ImportSourceError,
    clean_tags,
    read_date,
    split_tags,
)
from cuttings.core.importers.jsonstream import without_surrogates
from cuttings.core.importers.netscape import CONTAINER_FOLDERS

_FORMULA_STARTS = frozenset("=+-@\t\r")
# csv's default limit (131,072 characters) is below a long Instapaper
# selection; a cell past this one is an error, not a traceback.  The limit is
# process-wide; only the importers read CSV.
FIELD_LIMIT = 10 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
# Instapaper's built-in folders are states, not subjects.
_INSTAPAPER_STATES = CONTAINER_FOLDERS | {"starred"}


def csv_header(text: str) -> list[str]:
    """The lower-cased column names of a CSV text ([] if it has none)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return []
    return [name.strip().lower() for name in row]


def _rows(text: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV stream (opened with ``newline=""``, which keeps line
    breaks inside quoted cells: notes, selections), one at a time."""
    reader = csv.reader(text)
    try:
        header = [name.strip().lower().lstrip("\ufeff") for name in next(reader, [])]
        for position, row in enumerate(reader, start=1):
            if not any(cell.strip() for cell in row):
                continue
            yield (
                position,
                {name: (row[i] if i < len(row) else "") for i, name in enumerate(header)},
            )
    except csv.Error as exc:
        raise _unreadable(reader.line_num, exc) from None


def count_rows(text: TextIO) -> int:
    """How many items a CSV reader of this module yields, without making them."""
    reader = csv.reader(text)
    try:
        next(reader, None)
        return sum(1 for row in reader if any(cell.strip() for cell in row))
    except csv.Error as exc:
        raise _unreadable(reader.line_num, exc) from None


def _unreadable(line: int, exc: csv.Error) -> ImportSourceError:
    # A cell over csv's field limit, a NUL…: the file is not one a CSV export wrote.
    return ImportSourceError(f"not a readable CSV file (line {line}: {exc})")


def read_pocket_csv(text: TextIO) -> Iterator[ImportItem]:
    for position, row in _rows(text):
        notes: list[str] = []
        yield ImportItem(
            url=row.get("url", "").strip(),
            title=row.get("title", "").strip(),
            saved_at=read_date(row.get("time_added", ""), "time_added", notes),
            tags=split_tags(row.get("tags", ""), "|"),
            position=position,
            problem="" if row.get("url", "").strip() else "the row has no URL",
            notes=tuple(notes),
        )


def _instapaper_tags(value: str) -> tuple[str, ...]:
    value = value.strip()
    if not value:
        return ()
    if value.startswith("["):
        try:
            parsed = without_surrogates(json.loads(value))
        except (ValueError, RecursionError):
            parsed = [part.strip().strip("'\"") for part in value.strip("[]").split(",")]
        if isinstance(parsed, list):
            return clean_tags(parsed)
    return split_tags(value, ",")


def read_instapaper_csv(text: TextIO) -> Iterator[ImportItem]:
    for position, row in _rows(text):
        folder = row.get("folder", "").strip()
        folder_tags = [folder] if folder and folder.casefold() not in _INSTAPAPER_STATES else []
        url = row.get("url", "").strip()
        notes: list[str] = []
        yield ImportItem(
            url=url,
            title=row.get("title", "").strip(),
            saved_at=read_date(row.get("timestamp", ""), "the timestamp", notes),
            tags=clean_tags([*folder_tags, *_instapaper_tags(row.get("tags", ""))]),
            note=row.get("selection", "").strip(),
            position=position,
            problem="" if url else "the row has no URL",
            notes=tuple(notes),
        )


def _undefused(cell: str) -> str:
    """A cell without the ``'`` our CSV export puts before formula-like text."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_STARTS else cell


def read_generic_csv(text: TextIO) -> Iterator[ImportItem]:
    """Any CSV with a ``url`` column; ``title``, ``tags`` (``|``), ``note`` and a date are used."""
    for position, row in _rows(text):
        row = {name: _undefused(value) for name, value in row.items()}
        url = row.get("url", "").strip()
        column = next(
            (
                name
                for name in ("clipped_at", "time_added", "timestamp", "created", "created_at")
                if row.get(name)
            ),
            "",
        )
        notes: list[str] = []
        yield ImportItem(
            url=url,
            title=row.get("title", "").strip(),
            saved_at=read_date(row.get(column, ""), column, notes),
            tags=split_tags(row.get("tags", ""), "|"),
            note=row.get("note", ""),
            position=position,
            problem="" if url else "the row has no URL",
            notes=tuple(notes),
        )
