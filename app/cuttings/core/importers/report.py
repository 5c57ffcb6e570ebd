"""The account of an import: what came in, what was already there, what failed and why.

Every item read ends in exactly one of four lists, so that
``imported + duplicates + not_web + failed == read`` always holds (an item not
reached because the import was cancelled is a failure whose reason says so).
Links that are no web page (a ``javascript:`` bookmarklet, a ``place:`` query)
are skipped apart: not failures, never retried.  The
report is written to a text file the person can open, and keeps the failed
items so that the GUI can offer to retry them.
"""

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cuttings.core.cleaning import strip_control_chars
from cuttings.core.errors import CuttingsError
from cuttings.core.importers.items import ImportItem
from cuttings.core.importers.spool import Spool
from cuttings.core.partials import check_target, commit, partial_file, remove_stale_partials

OutcomeStatus = Literal["imported", "duplicate", "not_web", "failed"]


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What happened to one item; ``clip_id`` is set when it was imported."""

    item: ImportItem
    status: OutcomeStatus
    reason: str = ""
    clip_id: int | None = None


@dataclass(slots=True)
class ImportReport:
    sources: list[str] = field(default_factory=list)
    read: int = 0
    expected: int = 0  # items the sources announced (``read`` once they are all read)
    # On disk, not in memory (see spool.py): an import may settle a million items.
    imported: Spool[ItemOutcome] = field(default_factory=Spool)
    duplicates: Spool[ItemOutcome] = field(default_factory=Spool)
    not_web: Spool[ItemOutcome] = field(default_factory=Spool)
    failures: Spool[ItemOutcome] = field(default_factory=Spool)
    noted: int = 0  # outcomes whose item has notes (values dropped on the way in)
    cancelled: bool = False
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    path: Path | None = None
    write_error: str = ""  # why the report file could not be written, when it could not

    def record(self, outcome: ItemOutcome) -> None:
        spools = {
            "imported": self.imported,
            "duplicate": self.duplicates,
            "not_web": self.not_web,
            "failed": self.failures,
        }
        spools[outcome.status].append(outcome, outcome.item.source, outcome.item.position)
        self.noted += bool(outcome.item.notes)

    @property
    def done(self) -> int:
        return len(self.imported) + len(self.duplicates) + len(self.not_web) + len(self.failures)

    @property
    def ok(self) -> bool:
        """True when nothing failed (and the import was not cancelled)."""
        return not self.failures and not self.cancelled

    def retry_items(self) -> list[ImportItem]:
        """The failed items, to pass to :func:`~cuttings.core.importers.run_import` again."""
        return [outcome.item for outcome in self.failures]

    def summary(self) -> str:
        not_web = f"{len(self.not_web)} not web pages, " if self.not_web else ""
        text = (
            f"{self.read} read: {len(self.imported)} imported, "
            f"{len(self.duplicates)} skipped as duplicates, {not_web}{len(self.failures)} failed"
        )
        return text + (" (cancelled)" if self.cancelled else "")

    def to_text(self) -> str:
        return "".join(line + "\n" for line in self.lines())

    def lines(self) -> Iterator[str]:
        """The report's text, a line at a time (a big import's report is big)."""
        yield from [
            "Cuttings import report",
            "",
            f"Started:  {_local(self.started_at)}",
            f"Finished: {_local(self.finished_at) if self.finished_at else '(not finished)'}",
            *(f"Source:   {source}" for source in self.sources),
            "",
            f"Items read:            {self.read}",
            f"Imported:              {len(self.imported)}",
            f"Skipped as duplicates: {len(self.duplicates)}",
            f"Not web pages:         {len(self.not_web)}",
            f"Failed:                {len(self.failures)}",
        ]
        if self.noted:
            yield f"With values dropped:   {self.noted} (see the notes below)"
        if self.cancelled:
            yield from ["", "The import was cancelled: run it again to import the rest."]
        elif self.done < max(self.read, self.expected):
            missing = max(self.read, self.expected) - self.done
            yield from [
                "",
                f"The import stopped early because of an error: {missing} items "
                "were not reached. Run it again to import them.",
            ]
        sections: list[tuple[str, Spool[ItemOutcome]]] = [
            ("Failed (URL, then the reason)", self.failures),
            ("Skipped as duplicates", self.duplicates),
            ("Skipped, not web pages (bookmarklets, browser queries…)", self.not_web),
            ("Imported", self.imported),
        ]
        for heading, outcomes in sections:
            if not outcomes:
                continue
            yield from ["", f"{heading}:"]
            # In file order, not in the order fetches happened to finish.
            for outcome in outcomes.in_file_order():
                where = item_label(outcome.item)
                url = strip_control_chars(outcome.item.url) or "(no URL)"
                yield f"  {f'[{where}] ' if where else ''}{url}"
                if outcome.item.title:
                    yield f"      title: {strip_control_chars(outcome.item.title)}"
                if outcome.status == "imported":
                    yield f"      clip {outcome.clip_id}"
                elif outcome.reason:
                    yield f"      {strip_control_chars(outcome.reason)}"
                yield from (f"      note: {note}" for note in outcome.item.notes)

    def write(self, path: Path) -> Path:
        """Write the report as text to ``path`` (folders created); returns the path.

        Written through a partial renamed when complete (a full disk leaves no
        empty or cut report); raises :class:`ReportWriteError` with a one-line
        reason when it cannot be written.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReportWriteError(
                f"cannot write the import report in {path.parent}: {exc.strerror or exc}"
            ) from None
        check_report_path(path)
        remove_stale_partials(path.parent, REPORT_NAMES if _is_default_name(path) else path.name)
        try:
            with partial_file(path) as partial:
                # A lone surrogate from a broken file must not cost the whole report.
                with partial.open("w", encoding="utf-8", errors="replace") as out:
                    out.writelines(line + "\n" for line in self.lines())
                commit(partial, path)
        except OSError as exc:
            raise ReportWriteError(
                f"cannot write the import report {path}: {exc.strerror or exc}"
            ) from None
        self.path = path
        return path


class ReportWriteError(CuttingsError):
    """The import report could not be written (the import itself is done)."""


REPORT_NAMES = "import-*.txt"


def _is_default_name(path: Path) -> bool:
    return fnmatch.fnmatchcase(path.name, REPORT_NAMES)


def check_report_path(path: Path) -> None:
    """Raise :class:`ReportWriteError` unless a report may be written at ``path``.

    Called before an import starts too: a FIFO, a device or a folder given
    as ``--report`` is refused before anything is imported.
    """
    try:
        check_target(path, "the import report")
    except CuttingsError as exc:
        if path.parent.is_dir() or path.exists():
            raise ReportWriteError(str(exc)) from None
        # A missing folder is created when the report is written.


def default_report_path(library_path: Path, when: datetime | None = None) -> Path:
    """``<library folder>/import-reports/import-YYYYmmdd-HHMMSS.txt``, not yet taken."""
    moment = (when or datetime.now(UTC)).astimezone()
    folder = library_path.parent / "import-reports"
    stem = f"import-{moment:%Y%m%d-%H%M%S}"
    candidate = folder / f"{stem}.txt"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}.txt"
        counter += 1
    return candidate


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def item_label(item: ImportItem) -> str:
    """Where an item was read: ``bookmarks.html #12`` (``item 12`` without a source)."""
    if not item.position:
        return ""
    if not item.source:
        return f"item {item.position}"
    name = item.source if "://" in item.source else Path(item.source).name
    return f"{name} #{item.position}"
