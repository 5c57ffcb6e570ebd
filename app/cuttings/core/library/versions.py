"""Versions of a clip's article, and the results of re-checks, in the library.

A fetch of a clip's page becomes a new version only when its normalized form
(:func:`cuttings.core.versions.content.content_hash`) differs from the newest
version's.  Then the clip's current body moves, compressed, into the row of
the version it belonged to, the new version's row is added, and the clip
shows the new content, keeping the details a person edited, its tags, note
and clipping date.  Version 1 is never rewritten or removed while the clip
exists.
"""

import dataclasses
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from cuttings.core.article import Article
from cuttings.core.changes import ClipEdit, LibraryChange
from cuttings.core.errors import NotFoundError
from cuttings.core.library.details import kept_details
from cuttings.core.library.media import store_media
from cuttings.core.library.rows import SET_FETCHED_SQL, NewClip, _fetched_values, _raw
from cuttings.core.library.store import LibraryStore
from cuttings.core.library.version_media import keep_version_links
from cuttings.core.models import Clip
from cuttings.core.tag_writes import chunks
from cuttings.core.timestamps import format_utc, parse_utc
from cuttings.core.versions.checks import CheckOutcome, CheckRecorded, CheckTarget, Finding
from cuttings.core.versions.content import content_hash, pack_body, raw_body, unpack_body
from cuttings.core.versions.diff import Side, diff_versions
from cuttings.core.versions.models import (
    VERSION_STORED_COLUMNS,
    VERSION_SUMMARY_COLUMNS,
    Version,
)
from cuttings.core.versions.schedule import DEFAULT_SCHEDULE, Schedule
from cuttings.core.words import count_words

_VERSION_SELECT = ", ".join(VERSION_SUMMARY_COLUMNS)
_CHECK_TARGET_SELECT = (
    "SELECT c.id, c.url, c.canonical_url, coalesce(k.etag, ''), coalesce(k.last_modified, ''), "
    "c.word_count, (SELECT content_hash FROM clip_versions v WHERE v.clip_id = c.id "
    "ORDER BY v.number DESC LIMIT 1) "
    "FROM clips c LEFT JOIN clip_checks k ON k.clip_id = c.id"
)
# A finding that sets the clip's status (a failure leaves it as it was).
_STATUS_OF: dict[Finding, str] = {
    "unchanged": "ok",
    "changed": "ok",
    "removed": "removed",
    "redirected": "redirected",
    "walled": "walled",
}


class Versions(LibraryStore):
    """Versions of clips, and what re-checks found."""

    def versions(self, clip_id: int) -> list[Version]:
        """Every version of a clip, oldest first, without bodies."""
        with self._read() as conn:
            self._require(conn, clip_id)
            rows = conn.execute(
                text(
                    f"SELECT {_VERSION_SELECT} FROM clip_versions WHERE clip_id = :id "
                    "ORDER BY number"
                ),
                {"id": clip_id},
            ).all()
        return [Version(*row) for row in rows]

    def version(self, clip_id: int, number: int) -> Version:
        """One version with its text and HTML; raises :class:`NotFoundError`."""
        with self._read() as conn:
            row = conn.execute(
                text(
                    f"SELECT {_VERSION_SELECT}, body FROM clip_versions "
                    "WHERE clip_id = :id AND number = :number"
                ),
                {"id": clip_id, "number": number},
            ).one_or_none()
            if row is None:
                self._require(conn, clip_id)
                raise NotFoundError(f"clip {clip_id} has no version {number}")
            body_text, body_html = self._version_body(conn, clip_id, number, row.body)
        summary = Version(*row[:-1])
        return dataclasses.replace(summary, text=body_text, html=body_html)

    def history(self, clip_id: int) -> list[Version]:
        """Every version of a clip, oldest first, with the bodies of all but the newest
        (whose text and HTML are the clip's): what a JSON export carries."""
        with self._read() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {_VERSION_SELECT}, body FROM clip_versions WHERE clip_id = :id "
                    "ORDER BY number"
                ),
                {"id": clip_id},
            ).all()
            versions = []
            for row in rows:
                version = Version(*row[:-1])
                if row.body is not None:
                    body_text, body_html = self._version_body(conn, clip_id, row.number, row.body)
                    version = dataclasses.replace(version, text=body_text, html=body_html)
                versions.append(version)
        return versions

    def _version_body(
        self, conn: Connection, clip_id: int, number: int, body: bytes | None
    ) -> tuple[str, str]:
        if body is None:  # the newest version: the clip's own body
            found = conn.execute(
                text("SELECT text, html FROM clips WHERE id = :id"), {"id": clip_id}
            ).one()
            return str(found.text), str(found.html)
        return unpack_body(body, base=None if number == 1 else self._first_raw(conn, clip_id))

    def _first_raw(self, conn: Connection, clip_id: int) -> bytes:
        """Version 1's body before compression: the dictionary of every later version's."""
        body = conn.execute(
            text("SELECT body FROM clip_versions WHERE clip_id = :id AND number = 1"),
            {"id": clip_id},
        ).scalar()
        return raw_body(*self._version_body(conn, clip_id, 1, body))

    def _store_fetch(
        self, conn: Connection, clip_id: int, article: Article, now: str
    ) -> int | None:
        """Store ``article`` as the clip's newest version if its content is new; its number.

        Inside the caller's write transaction.  ``None``: nothing new (the
        clip is left exactly as it was).
        """
        fetched_hash = content_hash(article.title, article.author, article.text)
        newest = conn.execute(
            text(
                "SELECT number, content_hash, title, author, published_at FROM clip_versions "
                "WHERE clip_id = :id ORDER BY number DESC LIMIT 1"
            ),
            {"id": clip_id},
        ).one()
        if newest.content_hash == fetched_hash:
            return None
        current = conn.execute(
            text("SELECT text, html, clipped_at, edited FROM clips WHERE id = :id"),
            {"id": clip_id},
        ).one()
        base = None if newest.number == 1 else self._first_raw(conn, clip_id)
        # The pictures shown so far stay the replaced version's (the caller stores the new ones).
        keep_version_links(_raw(conn), clip_id, int(newest.number))
        conn.execute(
            text("UPDATE clip_versions SET body = :body WHERE clip_id = :id AND number = :number"),
            {
                "body": pack_body(current.text, current.html, base=base),
                "id": clip_id,
                "number": newest.number,
            },
        )
        values = _fetched_values(article)
        changes = diff_versions(
            Side(newest.title, newest.author, newest.published_at or "", current.text),
            Side(article.title, article.author, values["published_at"] or "", article.text),
        ).summary()
        number = int(newest.number) + 1
        conn.execute(
            text(
                "INSERT INTO clip_versions (clip_id, number, fetched_at, status, content_hash, "
                "title, author, published_at, word_count, changes) VALUES (:id, :number, :now, "
                "'ok', :hash, :title, :author, :published_at, :word_count, :changes)"
            ),
            {
                "id": clip_id,
                "number": number,
                "now": now,
                "hash": fetched_hash,
                "title": article.title,
                "author": article.author,
                "published_at": values["published_at"],
                "word_count": values["word_count"],
                "changes": changes,
            },
        )
        before = self._get(conn, clip_id, with_body=False)
        _write_fetched(conn, before, values, now, new_version=True)
        return number

    def replace_extraction(self, clip_id: int, article: Article) -> ClipEdit:
        """Store a new cleaning of the page the clip's newest version came from.

        Not a new version: the article did not change, Cuttings' extraction did
        (``cuttings reclean`` runs it again on the stored original).  The clip's
        content is replaced, person-edited details keep their values, and the
        newest version's hash and details follow, so a later re-check compares
        against what the clip now shows.
        """
        now = format_utc(datetime.now(UTC))
        with self._write() as conn:
            before = self._get(conn, clip_id, with_body=False)
            values = _fetched_values(article)
            _write_fetched(conn, before, values, now, new_version=False)
            conn.execute(
                text(
                    "UPDATE clip_versions SET content_hash = :hash, title = :title, "
                    "author = :author, published_at = :published_at, word_count = :word_count "
                    "WHERE clip_id = :id AND number = "
                    "(SELECT MAX(number) FROM clip_versions WHERE clip_id = :id)"
                ),
                {
                    "hash": content_hash(article.title, article.author, article.text),
                    "title": article.title,
                    "author": article.author,
                    "published_at": values["published_at"],
                    "word_count": values["word_count"],
                    "id": clip_id,
                },
            )
            clip = self._get(conn, clip_id, with_body=False)
            return ClipEdit(clip, before, LibraryChange.of(updated=[clip_id]))

    # -- re-checks ------------------------------------------------------------

    def check_targets(self, clip_ids: Sequence[int]) -> list[CheckTarget]:
        """The clips with these ids to re-check, in that order; raises for an unknown id."""
        found: dict[int, CheckTarget] = {}
        with self._read() as conn:
            for chunk in chunks(list(dict.fromkeys(clip_ids))):
                rows = conn.execute(
                    text(f"{_CHECK_TARGET_SELECT} WHERE c.id IN :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": chunk},
                ).all()
                found.update((row[0], CheckTarget(*row)) for row in rows)
        for clip_id in clip_ids:
            if clip_id not in found:
                raise NotFoundError(f"no clip with id {clip_id}")
        return [found[clip_id] for clip_id in dict.fromkeys(clip_ids)]

    def all_check_targets(self, *, since: datetime | None = None) -> list[CheckTarget]:
        """Every clip (clipped since ``since``, if given), oldest first."""
        where = " WHERE c.clipped_at >= :since" if since is not None else ""
        with self._read() as conn:
            rows = conn.execute(
                text(f"{_CHECK_TARGET_SELECT}{where} ORDER BY c.id"),
                {"since": format_utc(since) if since else None},
            ).all()
        return [CheckTarget(*row) for row in rows]

    def due_checks(
        self, *, schedule: Schedule = DEFAULT_SCHEDULE, now: datetime | None = None
    ) -> list[CheckTarget]:
        """The clips whose next scheduled re-check has come, oldest first.

        A clip never checked is due once the first step has passed, unless
        its last step is past too (the schedule is over: a library clipped
        before re-checks existed is not re-checked all at once).
        """
        if not schedule.enabled:
            return []
        moment = now or datetime.now(UTC)
        with self._read() as conn:
            rows = conn.execute(
                text(
                    f"{_CHECK_TARGET_SELECT} WHERE c.id IN ("
                    "SELECT clip_id FROM clip_checks WHERE next_check <= :now "
                    "UNION ALL SELECT id FROM clips WHERE clipped_at <= :first "
                    "AND clipped_at > :last "
                    "AND id NOT IN (SELECT clip_id FROM clip_checks)) ORDER BY c.id"
                ),
                {
                    "now": format_utc(moment),
                    "first": format_utc(moment - schedule.steps[0]),
                    "last": format_utc(moment - schedule.steps[-1]),
                },
            ).all()
        return [CheckTarget(*row) for row in rows]

    def record_checks(
        self,
        outcomes: Sequence[CheckOutcome],
        *,
        schedule: Schedule = DEFAULT_SCHEDULE,
        now: datetime | None = None,
    ) -> CheckRecorded:
        """Write what re-checks found, in one transaction.

        A page that still says what the newest version says only moves the
        schedule on; new content becomes a new version; removed, redirected
        and walled set the clip's status and store nothing (the versions
        stay as they were).  A clip deleted meanwhile is skipped.
        """
        moment = now or datetime.now(UTC)
        stamp = format_utc(moment)
        new_versions: dict[int, int] = {}
        findings: dict[int, Finding] = {}
        updated: list[int] = []
        with self._write() as conn:
            for outcome in outcomes:
                clip_id = outcome.target.clip_id
                row = conn.execute(
                    text("SELECT clipped_at, status FROM clips WHERE id = :id"), {"id": clip_id}
                ).one_or_none()
                if row is None:
                    continue
                finding = outcome.finding
                if finding == "changed" and outcome.article is not None:
                    number = self._store_fetch(
                        conn, clip_id, outcome.article, outcome.fetched_at or stamp
                    )
                    if number is None:
                        finding = "unchanged"
                    else:
                        new_versions[clip_id] = number
                        updated.append(clip_id)
                        # The checker fetched pictures and kept the page only when it saw
                        # new content (media None otherwise: the links stay as they are).
                        store_media(_raw(conn), clip_id, outcome.article.media, replace=True)
                findings[clip_id] = finding
                status = _STATUS_OF.get(finding)
                if status is not None and status != row.status:
                    conn.execute(
                        text("UPDATE clips SET status = :status WHERE id = :id"),
                        {"status": status, "id": clip_id},
                    )
                    updated.append(clip_id)
                self._write_check(conn, outcome, schedule, parse_utc(row.clipped_at), moment)
        counts = bool(updated)
        change = LibraryChange.of(updated=updated, counts_changed=counts)
        return CheckRecorded(new_versions, findings, change)

    @staticmethod
    def _write_check(
        conn: Connection,
        outcome: CheckOutcome,
        schedule: Schedule,
        clipped_at: datetime,
        moment: datetime,
    ) -> None:
        following = schedule.next_check(clipped_at, moment)
        values: dict[str, Any] = {
            "id": outcome.target.clip_id,
            "checked_at": format_utc(moment),
            "next_check": format_utc(following) if following else None,
            # A 304 sends no new validators: the old ones still hold.
            "etag": outcome.etag or outcome.target.etag,
            "last_modified": outcome.last_modified or outcome.target.last_modified,
            "error": outcome.detail if outcome.finding == "failed" else "",
        }
        conn.execute(
            text(
                "INSERT INTO clip_checks (clip_id, checked_at, next_check, etag, last_modified, "
                "last_error) VALUES (:id, :checked_at, :next_check, :etag, :last_modified, :error) "
                "ON CONFLICT (clip_id) DO UPDATE SET checked_at = excluded.checked_at, "
                "next_check = excluded.next_check, etag = excluded.etag, "
                "last_modified = excluded.last_modified, last_error = excluded.last_error"
            ),
            values,
        )


def store_history(db: sqlite3.Connection, clip_id: int, entry: NewClip) -> None:
    """Replace a new clip's version 1 with the history ``entry`` carries (an import).

    Inside the caller's transaction.  The newest version's body is the clip's
    own; the others are packed as :meth:`Versions._store_fetch` packs them.
    Hashes are computed again, never taken from the file.
    """
    article = entry.article
    history = sorted(entry.versions, key=lambda version: version.number)
    db.execute("DELETE FROM clip_versions WHERE clip_id = ?", (clip_id,))
    first_raw: bytes | None = None
    rows = []
    for number, version in enumerate(history, start=1):
        newest = number == len(history)
        text_, html = (
            (article.text, article.html) if newest else (version.text or "", version.html or "")
        )
        body = None if newest else pack_body(text_, html, base=first_raw)
        if number == 1:
            first_raw = raw_body(text_, html)
        rows.append(
            (
                clip_id,
                number,
                version.fetched_at,
                version.status,
                content_hash(version.title, version.author, text_),
                version.title,
                version.author,
                version.published_at,
                count_words(text_),
                version.changes,
                body,
            )
        )
    marks = ", ".join("?" * len(VERSION_STORED_COLUMNS))
    db.executemany(
        f"INSERT INTO clip_versions ({', '.join(VERSION_STORED_COLUMNS)}) VALUES ({marks})", rows
    )
    changed_at = history[-1].fetched_at if len(history) > 1 else None
    db.execute(
        "UPDATE clips SET change_count = ?, changed_at = ?, status = ? WHERE id = ?",
        (len(history) - 1, changed_at, entry.status, clip_id),
    )


def _write_fetched(
    conn: Connection, before: Clip, values: dict[str, Any], now: str, *, new_version: bool
) -> None:
    """Write a fetch's ``values`` over the clip (``before``), keeping what a person edited.

    A ``new_version`` of the article also ends what a re-check found and counts the change.
    """
    counted = ", status = 'ok', change_count = change_count + 1, changed_at = :now"
    conn.execute(
        text(
            f"UPDATE clips SET {SET_FETCHED_SQL}{counted if new_version else ''}, "
            "updated_at = :now WHERE id = :id"
        ),
        {**values, **kept_details(before), "id": before.id, "now": now},
    )
