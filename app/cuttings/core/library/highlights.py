"""Highlights of a clip's text: add, edit, remove, list, across the library too.

Each highlight is anchored again in the clip's current text whenever it is
listed (:mod:`cuttings.core.highlights.anchoring`): a clip refreshed,
re-cleaned or replaced by a new version keeps its highlights, and one whose
text is gone is listed as orphaned.
"""

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from cuttings.core.changes import HighlightEdit, LibraryChange
from cuttings.core.cleaning import clean_note
from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.highlights.anchoring import Anchorer, TextQuote, quote_at
from cuttings.core.highlights.models import (
    DEFAULT_COLOR,
    HIGHLIGHT_INSERT_COLUMNS,
    HIGHLIGHT_SELECT,
    MAX_COMMENT_LENGTH,
    MAX_EXACT_LENGTH,
    Highlight,
    HighlightEntry,
    checked_color,
    highlight_from_row,
)
from cuttings.core.library.store import LibraryStore
from cuttings.core.tag_writes import chunks
from cuttings.core.timestamps import format_utc

_INSERT_SQL = (
    f"INSERT INTO highlights ({', '.join(HIGHLIGHT_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join(f':{name}' for name in HIGHLIGHT_INSERT_COLUMNS)}) RETURNING id"
)


def anchored(highlights: Iterable[Highlight], clip_text: str) -> list[Highlight]:
    """``highlights`` with their spans in ``clip_text``, in reading order, orphans last."""
    anchorer = Anchorer(clip_text)
    out = []
    for item in highlights:
        span = anchorer.anchor(item.quote)
        out.append(
            Highlight(
                item.id, item.clip_id, item.quote, item.color, item.comment,
                item.created_at, item.updated_at, span,
            )
        )  # fmt: skip
    return sorted(out, key=lambda h: (h.span is None, h.span or (0, 0), h.id))


def _context(text: str, start: int, end: int, words: int = 3) -> str:
    """``text[start:end]`` with a few whole words either side, on one line."""
    before = text[max(0, start - 200) : start].split()[-words:]
    after = text[end : end + 200].split()[:words]
    return " ".join([*before, *text[start:end].split(), *after])


def _comment(comment: str) -> str:
    cleaned = clean_note(comment).strip()
    if len(cleaned) > MAX_COMMENT_LENGTH:
        raise CuttingsError(f"a comment is limited to {MAX_COMMENT_LENGTH:,} characters")
    return cleaned


def _values(item: Highlight) -> dict[str, Any]:
    return {
        "clip_id": item.clip_id,
        "exact": item.quote.exact,
        "prefix": item.quote.prefix,
        "suffix": item.quote.suffix,
        "position": item.quote.position,
        "color": item.color,
        "comment": item.comment,
        "created_at": format_utc(item.created_at),
        "updated_at": format_utc(item.updated_at),
    }


def _change(clip_id: int) -> LibraryChange:
    # The clip shows its highlights; has:highlights and comment words may match it now.
    return LibraryChange.of(updated=[clip_id], counts_changed=True)


def highlights_of_clips(db: sqlite3.Connection, clip_ids: Sequence[int]) -> list[Highlight]:
    """The highlights of these clips, not anchored (kept aside by ``Library.delete``)."""
    marks = ", ".join("?" * len(clip_ids))
    rows = db.execute(
        f"SELECT {HIGHLIGHT_SELECT} FROM highlights h WHERE h.clip_id IN ({marks})", list(clip_ids)
    ).fetchall()
    return [highlight_from_row(row) for row in rows]


def put_back_highlights(
    db: sqlite3.Connection, highlights: Iterable[Highlight], clip_ids: dict[int, int]
) -> None:
    """Store deleted clips' highlights again, on the ids the clips came back under."""
    db.executemany(
        _INSERT_SQL.replace(" RETURNING id", ""),
        [
            _values(item) | {"clip_id": clip_ids[item.clip_id]}
            for item in highlights
            if item.clip_id in clip_ids
        ],
    )


class Highlights(LibraryStore):
    """Highlights of clips (see :mod:`cuttings.core.highlights`)."""

    def add_highlight(
        self, clip_id: int, quote: TextQuote, *, color: str = DEFAULT_COLOR, comment: str = ""
    ) -> HighlightEdit:
        """Highlight the text ``quote`` finds in the clip (its position is the hint).

        The quote is stored as the clip's text has it (context and position
        there), so it may come from another rendering of the text (the
        reader).  Raises :class:`CuttingsError` if the text is not in the clip.
        """
        color = checked_color(color)
        comment = _comment(comment)
        if len(quote.exact) > MAX_EXACT_LENGTH:
            raise CuttingsError(f"a highlight is limited to {MAX_EXACT_LENGTH:,} characters")
        now = datetime.now(UTC)
        with self._write() as conn:
            clip_text = self._clip_text(conn, clip_id)
            span = Anchorer(clip_text).anchor(quote, fuzzy=False)
            if span is None:
                raise CuttingsError(f"clip {clip_id}'s text does not contain {quote.exact!r}")
            stored = quote_at(clip_text, *span)
            new = Highlight(0, clip_id, stored, color, comment, now, now, span)
            highlight_id = self._insert(conn, new)
            added = Highlight(highlight_id, clip_id, stored, color, comment, now, now, span)
            return HighlightEdit(added, None, _change(clip_id))

    def quote_in_clip(
        self, clip_id: int, exact: str, *, occurrence: int | None = None
    ) -> TextQuote:
        """The quote of ``exact`` in the clip's text (whitespace, case and accents aside).

        Raises :class:`CuttingsError` if the text is not there, and if it is
        there more than once without ``occurrence`` (1 for the first) saying
        which: the message shows each place in its context.
        """
        if not exact.strip():
            raise CuttingsError("the text to highlight is empty")
        with self._read() as conn:
            clip_text = self._clip_text(conn, clip_id)
        spans = Anchorer(clip_text).occurrences(exact)
        if not spans:
            raise CuttingsError(f"clip {clip_id}'s text does not contain {exact!r}")
        if occurrence is None and len(spans) > 1:
            places = "; ".join(
                f"{n}: …{_context(clip_text, *span)}…" for n, span in enumerate(spans[:5], 1)
            )
            more = f" (and {len(spans) - 5} more)" if len(spans) > 5 else ""
            raise CuttingsError(
                f"{exact!r} occurs {len(spans)} times in clip {clip_id}; say which with "
                f"--occurrence N, or give more of the text: {places}{more}"
            )
        number = occurrence or 1
        if not 1 <= number <= len(spans):
            times = "once" if len(spans) == 1 else f"{len(spans)} times"
            raise CuttingsError(f"{exact!r} occurs {times} in clip {clip_id}, not {number}")
        return quote_at(clip_text, *spans[number - 1])

    def edit_highlight(
        self, highlight_id: int, *, comment: str | None = None, color: str | None = None
    ) -> HighlightEdit:
        """Change a highlight's comment and/or colour."""
        changes: dict[str, str] = {}
        if comment is not None:
            changes["comment"] = _comment(comment)
        if color is not None:
            changes["color"] = checked_color(color)
        with self._write() as conn:
            before = self._highlight(conn, highlight_id)
            if all(getattr(before, name) == value for name, value in changes.items()):
                return HighlightEdit(before, before, LibraryChange())
            self._update(conn, highlight_id, changes)
            return HighlightEdit(
                self._highlight(conn, highlight_id), before, _change(before.clip_id)
            )

    def remove_highlight(self, highlight_id: int) -> HighlightEdit:
        """Remove a highlight; the result holds it whole, for undo."""
        with self._write() as conn:
            before = self._highlight(conn, highlight_id)
            conn.execute(text("DELETE FROM highlights WHERE id = :id"), {"id": highlight_id})
            return HighlightEdit(None, before, _change(before.clip_id))

    def revert_highlight_edit(self, edit: HighlightEdit) -> HighlightEdit:
        """Undo ``edit``: remove what it added, put back what it removed or changed.

        The result reverts this in turn (redo).  A highlight put back keeps
        its quote, dates and comment; its id is new if another took it.
        """
        now, before = edit.highlight, edit.before
        with self._write() as conn:
            if before is None:
                assert now is not None
                current = self._highlight(conn, now.id)
                conn.execute(text("DELETE FROM highlights WHERE id = :id"), {"id": now.id})
                return HighlightEdit(None, current, _change(now.clip_id))
            if now is None:
                self._require(conn, before.clip_id)
                taken = conn.execute(
                    text("SELECT 1 FROM highlights WHERE id = :id"), {"id": before.id}
                ).scalar()
                values = _values(before) | {"id": None if taken else before.id}
                columns = ("id", *HIGHLIGHT_INSERT_COLUMNS)
                new_id = int(
                    conn.execute(
                        text(
                            f"INSERT INTO highlights ({', '.join(columns)}) "
                            f"VALUES ({', '.join(f':{c}' for c in columns)}) RETURNING id"
                        ),
                        values,
                    ).scalar_one()
                )
                return HighlightEdit(self._highlight(conn, new_id), None, _change(before.clip_id))
            current = self._highlight(conn, now.id)
            self._update(conn, now.id, {"comment": before.comment, "color": before.color})
            return HighlightEdit(self._highlight(conn, now.id), current, _change(now.clip_id))

    def put_highlights(self, clip_id: int, highlights: Sequence[Highlight]) -> LibraryChange:
        """Store highlights as they are (an import of a Cuttings export: nothing lost).

        A highlight the clip already has (same quote and dates) is not stored twice.
        """
        added = 0
        with self._write() as conn:
            self._require(conn, clip_id)
            for item in highlights:
                values = _values(item) | {
                    "clip_id": clip_id,
                    "color": checked_color(item.color),
                    "comment": _comment(item.comment),
                }
                known = conn.execute(
                    text(
                        "SELECT 1 FROM highlights WHERE clip_id = :clip_id AND exact = :exact "
                        "AND prefix = :prefix AND suffix = :suffix AND created_at = :created_at"
                    ),
                    values,
                ).scalar()
                if known is None:
                    conn.execute(text(_INSERT_SQL), values)
                    added += 1
        return _change(clip_id) if added else LibraryChange()

    def highlights(self, clip_id: int) -> list[Highlight]:
        """A clip's highlights in reading order, anchored in its text now; orphans last."""
        with self._read() as conn:
            clip_text = self._clip_text(conn, clip_id)
            rows = conn.execute(
                text(f"SELECT {HIGHLIGHT_SELECT} FROM highlights h WHERE h.clip_id = :id"),
                {"id": clip_id},
            ).all()
        return anchored((highlight_from_row(row) for row in rows), clip_text)

    def highlights_of(self, clip_ids: Sequence[int]) -> dict[int, list[Highlight]]:
        """The highlights of these clips (those that have any), as :meth:`highlights`."""
        found: dict[int, list[Highlight]] = {}
        with self._read() as conn:
            for chunk in chunks(list(clip_ids)):
                rows = conn.execute(
                    text(
                        f"SELECT {HIGHLIGHT_SELECT}, c.text FROM highlights h "
                        "JOIN clips c ON c.id = h.clip_id WHERE h.clip_id IN :ids"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"ids": chunk},
                ).all()
                texts: dict[int, str] = {}
                unanchored: dict[int, list[Highlight]] = {}
                for row in rows:
                    item = highlight_from_row(row)
                    texts[item.clip_id] = row[-1]
                    unanchored.setdefault(item.clip_id, []).append(item)
                for clip_id, items in unanchored.items():
                    found[clip_id] = anchored(items, texts[clip_id])
        return found

    def all_highlights(self, *, limit: int = 100, offset: int = 0) -> list[HighlightEntry]:
        """Highlights across the library, newest first, one page at a time."""
        with self._read() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {HIGHLIGHT_SELECT}, c.title, "
                    "CASE WHEN c.source = '' THEN c.site_name ELSE c.source END, c.text "
                    # The page is chosen before any clip is read: the clips'
                    # rows are wide, and OFFSET would read every one it skips.
                    "FROM (SELECT * FROM highlights ORDER BY created_at DESC, id DESC "
                    "LIMIT :limit OFFSET :offset) h JOIN clips c ON c.id = h.clip_id "
                    "ORDER BY h.created_at DESC, h.id DESC"
                ),
                {"limit": limit, "offset": max(0, offset)},
            ).all()
        anchorers: dict[int, Anchorer] = {}
        entries = []
        for row in rows:
            item = highlight_from_row(row)
            anchorer = anchorers.setdefault(item.clip_id, Anchorer(row[-1]))
            span = anchorer.anchor(item.quote)
            placed = Highlight(
                item.id, item.clip_id, item.quote, item.color, item.comment,
                item.created_at, item.updated_at, span,
            )  # fmt: skip
            entries.append(HighlightEntry(placed, row[-3], row[-2]))
        return entries

    def highlight_count(self) -> int:
        """How many highlights the library holds."""
        with self._read() as conn:
            return int(conn.execute(text("SELECT count(*) FROM highlights")).scalar_one())

    # -- helpers inside a transaction -------------------------------------------------

    @staticmethod
    def _clip_text(conn: Connection, clip_id: int) -> str:
        found = conn.execute(
            text("SELECT text FROM clips WHERE id = :id"), {"id": clip_id}
        ).one_or_none()
        if found is None:
            raise NotFoundError(f"no clip with id {clip_id}")
        return str(found[0])

    @staticmethod
    def _highlight(conn: Connection, highlight_id: int) -> Highlight:
        row = conn.execute(
            text(
                f"SELECT {HIGHLIGHT_SELECT}, c.text FROM highlights h "
                "JOIN clips c ON c.id = h.clip_id WHERE h.id = :id"
            ),
            {"id": highlight_id},
        ).one_or_none()
        if row is None:
            raise NotFoundError(f"no highlight with id {highlight_id}")
        return anchored([highlight_from_row(row)], row[-1])[0]

    @staticmethod
    def _insert(conn: Connection, item: Highlight) -> int:
        return int(conn.execute(text(_INSERT_SQL), _values(item)).scalar_one())

    @staticmethod
    def _update(conn: Connection, highlight_id: int, changes: dict[str, str]) -> None:
        if not changes:
            return
        assignments = ", ".join(f"{name} = :{name}" for name in changes)
        conn.execute(
            text(f"UPDATE highlights SET {assignments}, updated_at = :now WHERE id = :id"),
            {**changes, "now": format_utc(datetime.now(UTC)), "id": highlight_id},
        )
