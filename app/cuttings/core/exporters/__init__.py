"""Taking clippings out: JSON, Markdown, HTML, CSV, Netscape bookmarks and EPUB.

The GUI's File → Export (in a worker thread) and ``cuttings export`` call
:func:`export_clips`.  Clips are read a page at a time (memory stays flat
except for EPUB, built in memory by ebooklib).  Files are written under a
temporary name and renamed when complete: a failed or cancelled export
leaves no half-written file behind.
"""

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO, get_args

from cuttings.core.errors import CuttingsError
from cuttings.core.exporters.csv_export import write_csv
from cuttings.core.exporters.epub import write_epub
from cuttings.core.exporters.highlighting import HighlightSource
from cuttings.core.exporters.html_book import write_html
from cuttings.core.exporters.json_export import write_json
from cuttings.core.exporters.markdown import write_markdown
from cuttings.core.exporters.media import ExportMedia
from cuttings.core.exporters.netscape import write_netscape
from cuttings.core.exporters.selection import Selection
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.partials import (
    check_target,
    commit,
    describe_kind,
    partial_file,
    remove_stale_partials,
)

ExportFormat = Literal["json", "markdown", "html", "csv", "netscape", "epub"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
# Formats written to one file (or a stream); markdown writes a folder, epub a binary file.
STREAM_FORMATS = frozenset({"json", "html", "csv", "netscape"})
EXTENSIONS = {"json": ".json", "html": ".html", "csv": ".csv", "netscape": ".html", "epub": ".epub"}

ExportProgress = Callable[[int, int], None]

__all__ = ["EXPORT_FORMATS", "ExportCancelledError", "ExportResult", "Selection", "export_clips"]


class ExportCancelledError(CuttingsError):
    """The export was cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    format: str
    count: int
    path: Path | None


def export_clips(
    library: Library,
    format: str,
    output: Path | TextIO,
    *,
    clip_ids: Sequence[int] | None = None,
    query: str | None = None,
    title: str = "Cuttings",
    history: bool = False,
    on_progress: ExportProgress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Export all clips, the clips ``clip_ids`` or those matching ``query``.

    ``output`` is a file path (a folder for ``markdown``) or, for json, html,
    csv and netscape, an open text stream (stdout).  ``history``: markdown and
    html add each changed clip's change history (JSON always carries its
    versions).  ``on_progress(done, total)`` is called in this thread;
    ``cancel`` stops the export and raises :class:`ExportCancelledError`.
    """
    if format not in EXPORT_FORMATS:
        raise CuttingsError(
            f"unknown export format {format!r}; choose one of: " + ", ".join(EXPORT_FORMATS)
        )
    selection = Selection(clip_ids=clip_ids, query=query)
    total = selection.count(library)
    done = 0

    def tracked(clips: Iterator[Clip]) -> Iterator[Clip]:
        nonlocal done
        for clip in clips:
            if cancel is not None and cancel.is_set():
                raise ExportCancelledError("the export was cancelled")
            yield clip
            done += 1
            if on_progress is not None:
                on_progress(done, total)

    clips = tracked(selection.clips(library))
    highlights = HighlightSource(library)
    if format == "markdown":
        if not isinstance(output, Path):
            raise CuttingsError("a Markdown export needs a folder to write to (--output)")
        _check_folder(output)
        count = write_markdown(
            clips,
            output,
            highlights,
            history=library.versions if history else None,
            media=ExportMedia(library),
        )
        return ExportResult(format, count, output)
    if format == "epub":
        if not isinstance(output, Path):
            raise CuttingsError("an EPUB export needs a file to write to (--output)")
        with _atomic_path(output) as partial:
            count = write_epub(
                clips, partial, title=title, highlights=highlights, media=ExportMedia(library)
            )
        return ExportResult(format, count, output)

    def write(out: TextIO) -> int:
        if format == "json":
            from cuttings.core.review.transfer import edition_records

            return write_json(
                clips,
                out,
                highlights,
                history=library.history,
                media=ExportMedia(library),
                editions=lambda ids: edition_records(library, ids),
            )
        if format == "csv":
            return write_csv(clips, out)
        if format == "netscape":
            return write_netscape(clips, out)
        return write_html(
            selection.summaries(library),
            clips,
            out,
            title=title,
            highlights=highlights,
            history=library.versions if history else None,
            media=ExportMedia(library),
        )

    if isinstance(output, Path):
        with _atomic_path(output) as partial:
            newline = "" if format == "csv" else None
            with partial.open("w", encoding="utf-8", newline=newline) as out:
                count = write(out)
        return ExportResult(format, count, output)
    return ExportResult(format, write(output), None)


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        kind = describe_kind(folder.stat().st_mode) if not folder.is_file() else "a file"
        raise CuttingsError(f"{folder} is {kind}, not a folder: a Markdown export needs one")


@contextlib.contextmanager
def _atomic_path(path: Path) -> Iterator[Path]:
    """A partial file to write the export to, renamed to ``path`` when complete."""
    check_target(path, "the export")
    remove_stale_partials(path.parent, path.name)
    try:
        with partial_file(path) as partial:
            yield partial
            commit(partial, path)
    except OSError as exc:
        raise CuttingsError(f"cannot write {path}: {exc.strerror or exc}") from None
