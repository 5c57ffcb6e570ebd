"""A clip's details edited by hand: which were, and keeping them through a refresh.

``clips.edited`` (migration v4) lists the details a person edited
(:data:`~cuttings.core.details.EDITABLE_FIELDS`); a refresh or a re-clean of
the clip keeps their values, as a person's word beats a page's.
"""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from cuttings.core.changes import ClipEdit, LibraryChange
from cuttings.core.details import EDITABLE_FIELDS, checked_details, edited_column
from cuttings.core.library.store import LibraryStore
from cuttings.core.models import Clip
from cuttings.core.timestamps import format_utc, published_sort_key

# What a search, a filter or the published order reads among the details.
_FOUND_BY = frozenset(EDITABLE_FIELDS)


class Details(LibraryStore):
    """Details edited by hand (title, author, source, site, published date, language)."""

    def edit_details(
        self,
        clip_id: int,
        *,
        title: str | None = None,
        author: str | None = None,
        source: str | None = None,
        site_name: str | None = None,
        published_at: str | None = None,
        language: str | None = None,
    ) -> ClipEdit:
        """Set the details given (``None``: left as they are) and mark them edited by hand.

        Values are checked as :func:`~cuttings.core.details.checked_details`
        says, all before anything is written: a bad one raises
        :class:`~cuttings.core.errors.CuttingsError` and changes nothing.  An
        empty author, source, site, date or language clears it; a cleared
        detail stays cleared through a refresh.  ``Library.revert_clip_edit``
        undoes it exactly, which details were marked edited included.
        """
        values = checked_details(
            title=title,
            author=author,
            source=source,
            site_name=site_name,
            published_at=published_at,
            language=language,
        )
        with self._write() as conn:
            before = self._get(conn, clip_id, with_body=False)
            changes: dict[str, Any] = {
                name: value for name, value in values.items() if getattr(before, name) != value
            }
            edited = edited_column({*before.edited, *values})
            if edited != edited_column(before.edited):
                changes["edited"] = edited
            _write_columns(conn, clip_id, changes)
            clip = self._get(conn, clip_id, with_body=False)
            return ClipEdit(clip, before, _details_change(clip_id, changes))


def kept_details(clip: Clip) -> dict[str, Any]:
    """The columns a refresh of ``clip`` keeps: the details a person edited."""
    kept: dict[str, Any] = {name: getattr(clip, name) for name in clip.edited}
    if "published_at" in kept:
        kept["published_utc"] = published_sort_key(clip.published_at)
    return kept


def restored_columns(before: Clip, after: Clip) -> dict[str, Any]:
    """The columns that put back ``before``'s details, note and edit marks over ``after``'s."""
    columns: dict[str, Any] = {
        name: getattr(before, name)
        for name in (*EDITABLE_FIELDS, "note")
        if getattr(before, name) != getattr(after, name)
    }
    if before.edited != after.edited:
        columns["edited"] = edited_column(before.edited)
    return columns


def _write_columns(conn: Connection, clip_id: int, columns: dict[str, Any]) -> None:
    """Write these columns of a clip (names from our own code, never a caller's text)."""
    if not columns:
        return
    if "published_at" in columns:
        columns = {**columns, "published_utc": published_sort_key(columns["published_at"])}
    assignments = ", ".join(f"{column} = :{column}" for column in columns)
    conn.execute(
        text(f"UPDATE clips SET {assignments}, updated_at = :now WHERE id = :id"),
        {**columns, "now": format_utc(datetime.now(UTC)), "id": clip_id},
    )


def _details_change(clip_id: int, columns: dict[str, Any]) -> LibraryChange:
    """What writing ``columns`` changed for the views.

    A detail a search or filter reads may move the clip into or out of what
    a view shows (``counts_changed``); a new published date moves it in the
    published order, which only a reload puts right.
    """
    if not columns:
        return LibraryChange()
    return LibraryChange.of(
        updated=[clip_id],
        counts_changed=bool(_FOUND_BY & columns.keys()),
        reload="published_at" in columns,
    )
