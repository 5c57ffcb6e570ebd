"""The account of an import: what came in, what was already there, what failed and why.

Every item read ends in exactly one of three lists, so that
``imported + duplicates + failed == read`` always holds (an item not reached
because the import was cancelled is a failure whose reason says so).  The
report is written to a text file the person can open, and keeps the failed
items so that the GUI can offer to retry them.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cuttings.core.cleaning import strip_control_chars
from cuttings.core.importers.items import ImportItem

OutcomeStatus = Literal["imported", "duplicate", "failed"]


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
    imported: list[ItemOutcome] = field(default_factory=list)
    duplicates: list[ItemOutcome] = field(default_factory=list)
    failures: list[ItemOutcome] = field(default_factory=list)
    cancelled: bool = False
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    path: Path | None = None

    def record(self, outcome: ItemOutcome) -> None:
        {"imported": self.imported, "duplicate": self.duplicates, "failed": self.failures}[
            outcome.status
        ].append(outcome)

    @property
    def done(self) -> int:
        return len(self.imported) + len(self.duplicates) + len(self.failures)

    @property
    def ok(self) -> bool:
        """True when nothing failed (and the import was not cancelled)."""
        return not self.failures and not self.cancelled

    def retry_items(self) -> list[ImportItem]:
        """The failed items, to pass to :func:`~cuttings.core.importers.run_import` again."""
        return [outcome.item for outcome in self.failures]

    def summary(self) -> str:
        text = (
            f"{self.read} read: {len(self.imported)} imported, "
            f"{len(self.duplicates)} skipped as duplicates, {len(self.failures)} failed"
        )
        return text + (" (cancelled)" if self.cancelled else "")

    def to_text(self) -> str:
        lines = [
            "Cuttings import report",
            "",
            f"Started:  {_local(self.started_at)}",
            f"Finished: {_local(self.finished_at) if self.finished_at else '(not finished)'}",
            *(f"Source:   {source}" for source in self.sources),
            "",
            f"Items read:            {self.read}",
            f"Imported:              {len(self.imported)}",
            f"Skipped as duplicates: {len(self.duplicates)}",
            f"Failed:                {len(self.failures)}",
        ]
        noted = sum(
            bool(outcome.item.notes)
            for outcomes in (self.imported, self.duplicates, self.failures)
            for outcome in outcomes
        )
        if noted:
            lines.append(f"With values dropped:   {noted} (see the notes below)")
        if self.cancelled:
            lines += ["", "The import was cancelled: run it again to import the rest."]
        elif self.done < max(self.read, self.expected):
            missing = max(self.read, self.expected) - self.done
            lines += [
                "",
                f"The import stopped early because of an error: {missing} items "
                "were not reached. Run it again to import them.",
            ]
        sections: list[tuple[str, list[ItemOutcome]]] = [
            ("Failed (URL, then the reason)", self.failures),
            ("Skipped as duplicates", self.duplicates),
            ("Imported", self.imported),
        ]
        for heading, outcomes in sections:
            if not outcomes:
                continue
            lines += ["", f"{heading}:"]
            # In file order, not in the order fetches happened to finish.
            for outcome in sorted(outcomes, key=lambda o: (o.item.source, o.item.position)):
                where = item_label(outcome.item)
                url = strip_control_chars(outcome.item.url) or "(no URL)"
                lines.append(f"  {f'[{where}] ' if where else ''}{url}")
                if outcome.item.title:
                    lines.append(f"      title: {strip_control_chars(outcome.item.title)}")
                if outcome.status == "imported":
                    lines.append(f"      clip {outcome.clip_id}")
                elif outcome.reason:
                    lines.append(f"      {strip_control_chars(outcome.reason)}")
                lines.extend(f"      note: {note}" for note in outcome.item.notes)
        return "\n".join(lines) + "\n"

    def write(self, path: Path) -> Path:
        """Write the report as text to ``path`` (folders created); returns the path."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(self.to_text(), encoding="utf-8")
        partial.replace(path)
        self.path = path
        return path


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
