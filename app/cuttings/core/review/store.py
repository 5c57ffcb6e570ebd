"""Press reviews in the library: create, read, edit, reorder, duplicate, delete.

A mixin of :class:`~cuttings.core.library.Library`.  Every mutator writes in
one transaction and returns an :class:`~cuttings.core.changes.EditionEdit`.
Positions are renumbered 0..n-1 in every section or edition a write touches:
the lists are short (a review has tens of articles), and a gap-free order
is what the exports and the editor read.
"""

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from cuttings.core.changes import EditionEdit, LibraryChange
from cuttings.core.cleaning import strip_control_chars
from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.library.rows import _raw
from cuttings.core.library.store import LibraryStore
from cuttings.core.review.models import Edition, EditionSummary, ReviewEntry, ReviewSection
from cuttings.core.tag_writes import chunks
from cuttings.core.timestamps import format_utc

# A section made from a list of clips: its title and the clip ids, in order.
SectionPlan = tuple[str, Sequence[int]]

MAX_LOGO_BYTES = 2 << 20
MAX_TEXT = 20_000


def clean_line(value: str, what: str) -> str:
    cleaned = " ".join(strip_control_chars(value).split())[:300]
    if not cleaned:
        raise CuttingsError(f"{what} cannot be empty")
    return cleaned


def clean_text(value: str) -> str:
    lines = (strip_control_chars(line).rstrip() for line in value.replace("\r\n", "\n").split("\n"))
    return "\n".join(lines).strip()[:MAX_TEXT]


def _changed(edition_id: int | None, entries: Iterable[int] = ()) -> EditionEdit:
    return EditionEdit(edition_id, LibraryChange(editions_changed=True), tuple(entries))


class Reviews(LibraryStore):
    """Press reviews: editions of ordered sections of ordered clips."""

    # -- reading -----------------------------------------------------------------

    def editions(self) -> list[EditionSummary]:
        """Every edition, newest date first."""
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    "SELECT e.id, e.name, e.title, e.date, "
                    "(SELECT count(*) FROM review_sections s WHERE s.edition_id = e.id), "
                    "(SELECT count(*) FROM review_entries n WHERE n.edition_id = e.id) "
                    "FROM review_editions e ORDER BY e.date DESC, e.id DESC"
                )
                .fetchall()
            )
        return [
            EditionSummary(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4], row[5])
            for row in rows
        ]

    def edition(self, edition_id: int) -> Edition:
        """One edition, whole; raises :class:`NotFoundError` if there is none."""
        with self._read() as conn:
            return _load(_raw(conn), edition_id)

    # -- editions ------------------------------------------------------------------

    def create_edition(
        self,
        title: str,
        *,
        day: date | None = None,
        name: str | None = None,
        sections: Sequence[SectionPlan] = (),
        highlights: str = "",
        logo: bytes | None = None,
    ) -> EditionEdit:
        """A new edition with ``sections`` (title, clip ids); a clip listed twice is kept
        once, in its first place.  Raises :class:`NotFoundError` for an unknown clip."""
        title = clean_line(title, "an edition's title")
        now = format_utc(datetime.now(UTC))
        _check_logo(logo)
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _insert_edition(
                db,
                {
                    "name": clean_line(name, "an edition's name") if name else title,
                    "title": title,
                    "date": (day or date.today()).isoformat(),
                    "highlights": clean_text(highlights),
                    "logo": logo,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            entries: list[int] = []
            seen: set[int] = set()
            for position, (section_title, clip_ids) in enumerate(sections):
                section_id = _insert_section(db, edition_id, position, section_title)
                fresh = [i for i in dict.fromkeys(clip_ids) if i not in seen]
                seen.update(fresh)
                entries += _insert_entries(db, edition_id, section_id, 0, fresh)
            return _changed(edition_id, entries)

    def update_edition(
        self,
        edition_id: int,
        *,
        name: str | None = None,
        title: str | None = None,
        day: date | None = None,
        highlights: str | None = None,
        logo: bytes | None = None,
        clear_logo: bool = False,
    ) -> EditionEdit:
        """Change an edition's name, title, date, "In evidenza" text or logo."""
        values: dict[str, object] = {}
        if name is not None:
            values["name"] = clean_line(name, "an edition's name")
        if title is not None:
            values["title"] = clean_line(title, "an edition's title")
        if day is not None:
            values["date"] = day.isoformat()
        if highlights is not None:
            values["highlights"] = clean_text(highlights)
        if logo is not None or clear_logo:
            _check_logo(logo)
            values["logo"] = logo
        with self._write() as conn:
            db = _raw(conn)
            _require_edition(db, edition_id)
            _touch(db, edition_id, values)
            return _changed(edition_id)

    def rename_edition(self, edition_id: int, name: str) -> EditionEdit:
        return self.update_edition(edition_id, name=name)

    def duplicate_edition(
        self, edition_id: int, *, day: date | None = None, title: str | None = None
    ) -> EditionEdit:
        """A copy of an edition (sections, entries, texts, logo), dated ``day`` (today):
        yesterday's review as the start of today's."""
        now = format_utc(datetime.now(UTC))
        with self._write() as conn:
            db = _raw(conn)
            source = _load(db, edition_id)
            new_id = _insert_edition(
                db,
                {
                    "name": source.name,
                    "title": clean_line(title, "an edition's title") if title else source.title,
                    "date": (day or date.today()).isoformat(),
                    "highlights": source.highlights,
                    "logo": source.logo,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            entries: list[int] = []
            for position, section in enumerate(source.sections):
                section_id = _insert_section(db, new_id, position, section.title)
                for index, entry in enumerate(section.entries):
                    entries.append(
                        _insert_entry(db, new_id, section_id, index, entry.clip_id, entry)
                    )
            return _changed(new_id, entries)

    def delete_edition(self, edition_id: int) -> EditionEdit:
        """Delete an edition with its sections and entries (the clips stay)."""
        with self._write() as conn:
            db = _raw(conn)
            _require_edition(db, edition_id)
            db.execute("DELETE FROM review_editions WHERE id = ?", (edition_id,))
            return _changed(None)

    # -- sections ------------------------------------------------------------------

    def add_section(
        self, edition_id: int, title: str, *, position: int | None = None
    ) -> EditionEdit:
        """A new empty section, at ``position`` (the end by default)."""
        title = clean_line(title, "a section's title")
        with self._write() as conn:
            db = _raw(conn)
            _require_edition(db, edition_id)
            order = _section_ids(db, edition_id)
            section_id = _insert_section(db, edition_id, len(order), title)
            order.insert(len(order) if position is None else max(0, position), section_id)
            _renumber(db, "review_sections", order)
            _touch(db, edition_id)
            return _changed(edition_id)

    def rename_section(self, section_id: int, title: str) -> EditionEdit:
        title = clean_line(title, "a section's title")
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _section_edition(db, section_id)
            db.execute("UPDATE review_sections SET title = ? WHERE id = ?", (title, section_id))
            _touch(db, edition_id)
            return _changed(edition_id)

    def move_section(self, section_id: int, position: int) -> EditionEdit:
        """Put a section at ``position`` among its edition's sections."""
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _section_edition(db, section_id)
            order = [i for i in _section_ids(db, edition_id) if i != section_id]
            order.insert(min(max(0, position), len(order)), section_id)
            _renumber(db, "review_sections", order)
            _touch(db, edition_id)
            return _changed(edition_id)

    def delete_section(self, section_id: int) -> EditionEdit:
        """Delete a section and its entries."""
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _section_edition(db, section_id)
            db.execute("DELETE FROM review_sections WHERE id = ?", (section_id,))
            _renumber(db, "review_sections", _section_ids(db, edition_id))
            _touch(db, edition_id)
            return _changed(edition_id)

    # -- entries -------------------------------------------------------------------

    def add_entries(
        self, section_id: int, clip_ids: Sequence[int], *, position: int | None = None
    ) -> EditionEdit:
        """Add clips to a section at ``position`` (the end); clips already in the
        edition are passed over.  Raises :class:`NotFoundError` for an unknown clip."""
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _section_edition(db, section_id)
            present = {
                row[0]
                for row in db.execute(
                    "SELECT clip_id FROM review_entries WHERE edition_id = ?", (edition_id,)
                )
            }
            fresh = [i for i in dict.fromkeys(clip_ids) if i not in present]
            order = _entry_ids(db, section_id)
            new = _insert_entries(db, edition_id, section_id, len(order), fresh)
            at = len(order) if position is None else min(max(0, position), len(order))
            _renumber(db, "review_entries", order[:at] + new + order[at:])
            _touch(db, edition_id)
            return _changed(edition_id, new)

    def move_entry(self, entry_id: int, section_id: int, position: int) -> EditionEdit:
        """Move an entry to ``position`` in ``section_id`` (its own section or
        another of the same edition): reordering and moving are one operation."""
        with self._write() as conn:
            db = _raw(conn)
            row = db.execute(
                "SELECT edition_id, section_id FROM review_entries WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no review entry with id {entry_id}")
            edition_id, old_section = row
            if _section_edition(db, section_id) != edition_id:
                raise CuttingsError("an entry moves only between sections of its own edition")
            db.execute(
                "UPDATE review_entries SET section_id = ? WHERE id = ?", (section_id, entry_id)
            )
            if old_section != section_id:
                _renumber(db, "review_entries", _entry_ids(db, old_section))
            order = [i for i in _entry_ids(db, section_id) if i != entry_id]
            order.insert(min(max(0, position), len(order)), entry_id)
            _renumber(db, "review_entries", order)
            _touch(db, edition_id)
            return _changed(edition_id)

    def arrange(self, edition_id: int, layout: Sequence[tuple[int, Sequence[int]]]) -> EditionEdit:
        """Put an edition's sections and entries in this order, all at once (the
        editor's drag and drop): ``layout`` lists every section id with its entry
        ids, each once; entries may change sections."""
        with self._write() as conn:
            db = _raw(conn)
            sections = set(_section_ids(db, edition_id))
            entries = {
                row[0]
                for row in db.execute(
                    "SELECT id FROM review_entries WHERE edition_id = ?", (edition_id,)
                )
            }
            listed = [entry for _section, ids in layout for entry in ids]
            if sorted(s for s, _ids in layout) != sorted(sections) or sorted(listed) != sorted(
                entries
            ):
                raise CuttingsError("the edition changed meanwhile: reopen it")
            _renumber(db, "review_sections", [section for section, _ids in layout])
            for section, ids in layout:
                db.executemany(
                    "UPDATE review_entries SET section_id = ?, position = ? WHERE id = ?",
                    [(section, position, entry) for position, entry in enumerate(ids)],
                )
            _touch(db, edition_id)
            return _changed(edition_id)

    def update_entry(
        self, entry_id: int, *, summary: str | None = None, full_text: bool | None = None
    ) -> EditionEdit:
        """Set an entry's short summary, or whether the review prints its full text."""
        with self._write() as conn:
            db = _raw(conn)
            edition_id = _entry_edition(db, entry_id)
            if summary is not None:
                db.execute(
                    "UPDATE review_entries SET summary = ? WHERE id = ?",
                    (clean_text(summary), entry_id),
                )
            if full_text is not None:
                db.execute(
                    "UPDATE review_entries SET full_text = ? WHERE id = ?",
                    (int(full_text), entry_id),
                )
            _touch(db, edition_id)
            return _changed(edition_id)

    def remove_entries(self, entry_ids: Sequence[int]) -> EditionEdit:
        """Take entries out of their edition (the clips stay)."""
        editions: set[int] = set()
        with self._write() as conn:
            db = _raw(conn)
            for chunk in chunks(list(entry_ids)):
                marks = ", ".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT DISTINCT edition_id, section_id FROM review_entries "
                    f"WHERE id IN ({marks})",
                    chunk,
                ).fetchall()
                db.execute(f"DELETE FROM review_entries WHERE id IN ({marks})", chunk)
                for edition_id, section_id in rows:
                    _renumber(db, "review_entries", _entry_ids(db, section_id))
                    editions.add(edition_id)
            for edition_id in editions:
                _touch(db, edition_id)
        return _changed(min(editions) if len(editions) == 1 else None)


def _check_logo(logo: bytes | None) -> None:
    if logo is not None and len(logo) > MAX_LOGO_BYTES:
        raise CuttingsError("the logo is too large (over 2 MB)")


def _insert_edition(db: sqlite3.Connection, values: dict[str, object]) -> int:
    # Imported here: only a new edition needs the tables (see .tables).
    from cuttings.core.review.tables import EDITION_COLUMNS

    columns = [name for name in EDITION_COLUMNS if name != "id"]
    cursor = db.execute(
        f"INSERT INTO review_editions ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + name for name in columns)})",
        values,
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _insert_section(db: sqlite3.Connection, edition_id: int, position: int, title: str) -> int:
    cursor = db.execute(
        "INSERT INTO review_sections (edition_id, position, title) VALUES (?, ?, ?)",
        (edition_id, position, clean_line(title, "a section's title")),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _insert_entry(
    db: sqlite3.Connection,
    edition_id: int,
    section_id: int,
    position: int,
    clip_id: int,
    like: ReviewEntry | None = None,
) -> int:
    try:
        cursor = db.execute(
            "INSERT INTO review_entries (edition_id, section_id, clip_id, position, summary, "
            "full_text) VALUES (?, ?, ?, ?, ?, ?)",
            (
                edition_id,
                section_id,
                clip_id,
                position,
                like.summary if like else "",
                int(like.full_text) if like else 1,
            ),
        )
    except sqlite3.IntegrityError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
            raise NotFoundError(f"no clip with id {clip_id}") from None
        raise
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _insert_entries(
    db: sqlite3.Connection, edition_id: int, section_id: int, start: int, clip_ids: Sequence[int]
) -> list[int]:
    return [
        _insert_entry(db, edition_id, section_id, start + index, clip_id)
        for index, clip_id in enumerate(clip_ids)
    ]


def _require_edition(db: sqlite3.Connection, edition_id: int) -> None:
    if db.execute("SELECT 1 FROM review_editions WHERE id = ?", (edition_id,)).fetchone() is None:
        raise NotFoundError(f"no press review with id {edition_id}")


def _section_edition(db: sqlite3.Connection, section_id: int) -> int:
    row = db.execute(
        "SELECT edition_id FROM review_sections WHERE id = ?", (section_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no review section with id {section_id}")
    return int(row[0])


def _entry_edition(db: sqlite3.Connection, entry_id: int) -> int:
    row = db.execute("SELECT edition_id FROM review_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no review entry with id {entry_id}")
    return int(row[0])


def _section_ids(db: sqlite3.Connection, edition_id: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM review_sections WHERE edition_id = ? ORDER BY position, id",
            (edition_id,),
        )
    ]


def _entry_ids(db: sqlite3.Connection, section_id: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM review_entries WHERE section_id = ? ORDER BY position, id",
            (section_id,),
        )
    ]


def _renumber(db: sqlite3.Connection, table: str, ids: Sequence[int]) -> None:
    db.executemany(
        f"UPDATE {table} SET position = ? WHERE id = ?",
        [(position, row_id) for position, row_id in enumerate(ids)],
    )


def _touch(
    db: sqlite3.Connection, edition_id: int, values: dict[str, object] | None = None
) -> None:
    values = {**(values or {}), "updated_at": format_utc(datetime.now(UTC))}
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    db.execute(
        f"UPDATE review_editions SET {assignments} WHERE id = :id", {**values, "id": edition_id}
    )


def _load(db: sqlite3.Connection, edition_id: int) -> Edition:
    row = db.execute(
        "SELECT id, name, title, date, highlights, logo FROM review_editions WHERE id = ?",
        (edition_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no press review with id {edition_id}")
    entries: dict[int, list[ReviewEntry]] = {}
    for entry_id, section_id, clip_id, summary, full_text in db.execute(
        "SELECT id, section_id, clip_id, summary, full_text FROM review_entries "
        "WHERE edition_id = ? ORDER BY position, id",
        (edition_id,),
    ):
        entries.setdefault(section_id, []).append(
            ReviewEntry(entry_id, clip_id, summary, bool(full_text))
        )
    sections = tuple(
        ReviewSection(section_id, title, tuple(entries.get(section_id, ())))
        for section_id, title in db.execute(
            "SELECT id, title FROM review_sections WHERE edition_id = ? ORDER BY position, id",
            (edition_id,),
        )
    )
    return Edition(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4], row[5], sections)
