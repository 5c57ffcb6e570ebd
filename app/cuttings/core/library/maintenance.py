"""The search index and the file: check, rebuild, optimize, back up."""

import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import LibraryError
from cuttings.core.library.store import LibraryStore
from cuttings.core.maintenance import (
    BackupResult,
    CheckReport,
    CheckResult,
    backup_file,
    check_file,
)
from cuttings.core.states import TRASH_IDS

# Tag counts leave the trash out (migration v6).
_LIVE = f"AND clip_id NOT IN ({TRASH_IDS})"


class Maintenance(LibraryStore):
    """The search index and the file: check, rebuild, optimize, back up."""

    def check_search_index(self) -> list[str]:
        """Problems with the full-text index and the date keys (empty if all is well).

        FTS5's ``integrity-check`` with rank 1 compares the index with the
        clips table itself, so a clip changed behind the triggers' back shows.
        """
        problems: list[str] = []
        with self._read() as conn:
            try:
                conn.exec_driver_sql(
                    "INSERT INTO clips_fts (clips_fts, rank) VALUES ('integrity-check', 1)"
                )
            except DBAPIError as exc:
                problems.append(f"the search index does not match the clips ({exc.orig})")
            try:
                conn.exec_driver_sql(
                    "INSERT INTO highlights_fts (highlights_fts, rank) "
                    "VALUES ('integrity-check', 1)"
                )
            except DBAPIError as exc:
                problems.append(f"the highlights' index does not match them ({exc.orig})")
            stale = conn.execute(
                text(
                    "SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id "
                    "WHERE ct.date_key IS NOT c.date_key "
                    "OR ct.published_key IS NOT c.published_key"
                )
            ).scalar_one()
            if stale:
                problems.append(f"{stale} tag links have a stale date key")
            stale = conn.execute(
                text(
                    "SELECT count(*) FROM highlights h JOIN clips c ON c.id = h.clip_id "
                    "WHERE h.date_key IS NOT c.date_key"
                )
            ).scalar_one()
            if stale:
                problems.append(f"{stale} highlights have a stale date key")
            miscounted = conn.execute(
                text(
                    "SELECT count(*) FROM tags WHERE clip_count IS NOT "
                    f"(SELECT count(*) FROM clip_tags WHERE tag_id = tags.id {_LIVE})"
                )
            ).scalar_one()
            if miscounted:
                problems.append(f"{miscounted} tags have a wrong clip count")
            stale_states = conn.execute(
                text(
                    "SELECT count(*) FROM clip_states s JOIN clips c ON c.id = s.clip_id "
                    "WHERE s.date_key IS NOT c.date_key"
                )
            ).scalar_one()
            if stale_states:
                problems.append(f"{stale_states} reading states have a stale date key")
        return problems

    def rebuild_search_index(self) -> LibraryChange:
        """Rebuild the full-text index, the tag timeline keys and the tag counts."""
        with self._write() as conn:
            conn.exec_driver_sql("INSERT INTO clips_fts (clips_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("INSERT INTO highlights_fts (highlights_fts) VALUES ('rebuild')")
            conn.exec_driver_sql(
                "UPDATE highlights SET date_key = (SELECT date_key FROM clips WHERE id = clip_id)"
            )
            conn.exec_driver_sql(
                "UPDATE clip_tags SET (date_key, published_key) = "
                "(SELECT date_key, published_key FROM clips WHERE id = clip_id)"
            )
            conn.exec_driver_sql(
                "UPDATE tags SET clip_count = "
                f"(SELECT count(*) FROM clip_tags WHERE tag_id = tags.id {_LIVE})"
            )
            conn.exec_driver_sql(
                "UPDATE clip_states SET date_key = (SELECT date_key FROM clips WHERE id = clip_id)"
            )
        # What searches and counts find may differ now, in ways nobody listed.
        return LibraryChange(tags_changed=True, counts_changed=True, reload=True)

    def optimize_search_index(self) -> LibraryChange:
        """Merge the index into one segment: faster searches after a big import."""
        with self._write() as conn:
            conn.exec_driver_sql("INSERT INTO clips_fts (clips_fts) VALUES ('optimize')")
        return LibraryChange()  # the same clips are found, faster

    def backup(self, target: Path | str, cancel: threading.Event | None = None) -> BackupResult:
        """Write a consistent, verified copy of the library to ``target``.

        Safe while this or another process writes.  ``target`` may be a
        folder (the file gets a dated name).  Raises :class:`LibraryError`
        for the library itself, a file that is not a backup, or a failed
        write; an earlier file at ``target`` then stays as it was.
        """
        return backup_file(self.path, Path(target), cancel)

    def check(self, cancel: threading.Event | None = None) -> CheckReport:
        """Look for damage: SQLite's integrity and foreign-key checks, the search index.

        Problems are reported, never repaired.  A damaged file makes this
        ``Library`` refuse writes (:class:`LibraryDamagedError`) from then on;
        a file found sound lifts that refusal (a search index out of step
        with the clips is no damage to the file: rebuilding it is a write).
        Raises :class:`LibraryError` only when the file cannot be read at all.
        """
        results = check_file(self.path, cancel)
        file_ok = all(result.ok for result in results)
        if file_ok:
            results.append(self._check_search_index_result())
            self._damage = ""
        else:
            results.append(CheckResult("search index", skipped="the file is damaged"))
            problems = [f"{r.name}: {p}" for r in results for p in r.problems]
            self._damage = self._damage or "; ".join(problems[:3])
        return CheckReport(self.path, tuple(results))

    def _check_search_index_result(self) -> CheckResult:
        try:
            return CheckResult("search index", tuple(self.check_search_index()))
        except LibraryError as exc:
            return CheckResult("search index", (str(exc),))
