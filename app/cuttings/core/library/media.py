"""A clip's pictures and original pages: stored with the clip, read by the reader and exports.

The write helpers run inside a caller's transaction (``add``, ``refresh``,
``add_many``), so a clip, its pictures and its original are stored together
or not at all.  Pictures are content-addressed and shared: a picture that no
clip links to any more stays until :meth:`Media.collect_unused_images`
(deleting clips leaves them for an undo; the command line collects at once,
the window when it closes).
"""

import json
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text

from cuttings.core.changes import LibraryChange
from cuttings.core.images.media import ClipMedia, ImageData, ImageLink, OriginalPage
from cuttings.core.images.models import (
    IMAGE_COLUMNS,
    LINK_COLUMNS,
    ORIGINAL_COLUMNS,
    VERSION_LINK_COLUMNS,
    insert_sql,
)
from cuttings.core.library.rows import _raw
from cuttings.core.library.store import LibraryStore
from cuttings.core.timestamps import format_utc, parse_utc

_INSERT_IMAGE = insert_sql("images", IMAGE_COLUMNS, "INSERT OR IGNORE")
_INSERT_LINK = insert_sql("clip_images", LINK_COLUMNS)
_INSERT_ORIGINAL = insert_sql("originals", ORIGINAL_COLUMNS, "INSERT OR IGNORE")
_INSERT_VERSION_LINK = insert_sql("version_images", VERSION_LINK_COLUMNS)
# The link columns without the clip id, as read back.
_LINK_FIELDS = ", ".join(f"l.{name}" for name in LINK_COLUMNS if name != "clip_id")
_HEADERS_DROPPED = frozenset({"set-cookie", "set-cookie2"})  # a session is no evidence


@dataclass(frozen=True, slots=True)
class StoredImage:
    """One picture link of a clip as stored (no bytes): ``sha256`` is None for a failure."""

    position: int
    url: str
    source_url: str
    sha256: str | None
    failure: str
    lead: bool
    media_type: str = ""
    width: int = 0
    height: int = 0
    size: int = 0

    def to_json(self) -> dict[str, object]:
        """The shape of ``show --json``'s ``images``."""
        return {
            "url": self.url,
            "media_type": self.media_type,
            "width": self.width,
            "height": self.height,
            "bytes": self.size,
            "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    """A clip's page as fetched; ``body`` is the uncompressed bytes."""

    clip_id: int
    fetched_at: datetime
    final_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    size: int
    sha256: str
    body: bytes
    version: int = 1  # the clip's version this page showed

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "final_url": self.final_url,
            "status": self.status,
            "fetched_at": format_utc(self.fetched_at),
            "bytes": self.size,
            "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class LibraryInfo:
    """How big a library is, and what of it is pictures and original pages."""

    file_bytes: int
    clips: int
    images: int
    image_bytes: int
    originals: int
    original_bytes: int  # compressed, as stored


def image_values(image: ImageData) -> dict[str, object]:
    return {
        "sha256": image.sha256,
        "media_type": image.media_type,
        "width": image.width,
        "height": image.height,
        "size": image.size,
        "bytes": image.data,
    }


def original_values(clip_id: int, page: OriginalPage, version: int = 1) -> dict[str, object]:
    headers = [
        [name, value] for name, value in page.headers if name.lower() not in _HEADERS_DROPPED
    ]
    return {
        "clip_id": clip_id,
        "fetched_at": format_utc(page.fetched_at),
        "final_url": page.final_url,
        "status": page.status,
        "headers": json.dumps(headers, ensure_ascii=False),
        "html": zlib.compress(page.body, 6),
        "size": len(page.body),
        "sha256": page.sha256,
        "version": min(page.version or version, version),
    }


def store_media(
    db: sqlite3.Connection, clip_id: int, media: ClipMedia | None, *, replace: bool
) -> None:
    """Write ``media`` for a clip inside the caller's transaction.

    ``replace`` drops the clip's earlier picture links first (a refresh);
    an original whose bytes equal the clip's latest one is not stored again.
    The pictures are the newest version's and an original without a version
    is the newest's (so a new version is stored before its media); the
    pictures of older versions (an import) go to ``version_images``.
    """
    if media is None:
        return
    if media.images or replace:
        if replace:
            db.execute("DELETE FROM clip_images WHERE clip_id = ?", (clip_id,))
        write_links(db, clip_id, media.images)
    newest = int(
        db.execute(
            "SELECT coalesce(max(number), 1) FROM clip_versions WHERE clip_id = ?", (clip_id,)
        ).fetchone()[0]
    )
    for number, links in media.version_images:
        if number < newest:  # an import's numbers past its versions name nothing
            write_version_links(db, clip_id, number, links)
    for page in media.originals:
        latest = db.execute(
            "SELECT sha256 FROM originals WHERE clip_id = ? ORDER BY fetched_at DESC LIMIT 1",
            (clip_id,),
        ).fetchone()
        if latest is None or latest[0] != page.sha256:
            values = original_values(clip_id, page, newest)
            # Times are to the second, the key of a page: another page fetched within
            # the same second (a quick refresh) is kept a second later, not dropped.
            while (
                page.version is None
                and db.execute(
                    "SELECT 1 FROM originals WHERE clip_id = ? AND fetched_at = ?",
                    (clip_id, values["fetched_at"]),
                ).fetchone()
            ):
                values["fetched_at"] = format_utc(
                    parse_utc(str(values["fetched_at"])) + timedelta(seconds=1)
                )
            db.execute(_INSERT_ORIGINAL, values)


def write_links(db: sqlite3.Connection, clip_id: int, links: Sequence[ImageLink]) -> None:
    for position, link in enumerate(links):
        image = link.image
        if image is not None:
            db.execute(_INSERT_IMAGE, image_values(image))
        db.execute(
            _INSERT_LINK,
            {
                "clip_id": clip_id,
                "position": position,
                "url": link.url,
                "source_url": link.source_url,
                "sha256": image.sha256 if image is not None else None,
                "failure": link.failure,
                "lead": link.lead,
            },
        )


def write_version_links(
    db: sqlite3.Connection, clip_id: int, number: int, links: Sequence[ImageLink]
) -> None:
    """The picture links of a clip's version ``number`` (not the newest)."""
    db.execute("DELETE FROM version_images WHERE clip_id = ? AND number = ?", (clip_id, number))
    for position, link in enumerate(links):
        image = link.image
        if image is not None:
            db.execute(_INSERT_IMAGE, image_values(image))
        db.execute(
            _INSERT_VERSION_LINK,
            {
                "clip_id": clip_id,
                "number": number,
                "position": position,
                "url": link.url,
                "source_url": link.source_url,
                "sha256": image.sha256 if image is not None else None,
                "failure": link.failure,
                "lead": link.lead,
            },
        )


def _stored_image(row: Sequence[object]) -> StoredImage:
    position, url, source_url, sha256, failure, lead, media_type, width, height, size = row
    return StoredImage(
        int(position),  # type: ignore[call-overload]
        str(url),
        str(source_url),
        None if sha256 is None else str(sha256),
        str(failure),
        bool(lead),
        str(media_type or ""),
        int(width or 0),  # type: ignore[call-overload]
        int(height or 0),  # type: ignore[call-overload]
        int(size or 0),  # type: ignore[call-overload]
    )


def image_data_of(row: Sequence[Any]) -> ImageData:
    """A picture from a ``media_type, width, height, bytes`` row."""
    media_type, width, height, data = row
    return ImageData(str(media_type), int(width), int(height), bytes(data))


def links_of(db: sqlite3.Connection, clip_id: int) -> list[StoredImage]:
    """:meth:`Media.clip_images`, inside a caller's transaction."""
    rows = db.execute(
        f"SELECT {_LINK_FIELDS}, i.media_type, i.width, i.height, i.size "
        "FROM clip_images l LEFT JOIN images i ON i.sha256 = l.sha256 "
        "WHERE l.clip_id = ? ORDER BY l.position",
        (clip_id,),
    ).fetchall()
    return [_stored_image(row) for row in rows]


def kept_pictures(db: sqlite3.Connection, clip_id: int) -> dict[str, ImageData]:
    """The stored pictures of a clip by the URL its article names them with."""
    rows = db.execute(
        "SELECT l.url, i.media_type, i.width, i.height, i.bytes FROM clip_images l "
        "JOIN images i ON i.sha256 = l.sha256 WHERE l.clip_id = ? ORDER BY l.position",
        (clip_id,),
    ).fetchall()
    found: dict[str, ImageData] = {}
    for row in rows:
        found.setdefault(str(row[0]), image_data_of(row[1:]))
    return found


class Media(LibraryStore):
    """Pictures and original pages of clips."""

    def clip_images(self, clip_id: int) -> list[StoredImage]:
        """A clip's picture links in document order, failures included (no bytes)."""
        with self._read() as conn:
            return links_of(_raw(conn), clip_id)

    def image_for(self, clip_id: int, url: str) -> ImageData | None:
        """The stored picture a clip's article names ``url``, if it was kept."""
        with self._read() as conn:
            row = (
                _raw(conn)
                .execute(
                    "SELECT i.media_type, i.width, i.height, i.bytes FROM clip_images l "
                    "JOIN images i ON i.sha256 = l.sha256 WHERE l.clip_id = ? AND l.url = ? "
                    "LIMIT 1",
                    (clip_id, url),
                )
                .fetchone()
            )
        if row is None:
            return None
        return image_data_of(row)

    def image_data(self, sha256: str) -> ImageData | None:
        with self._read() as conn:
            row = (
                _raw(conn)
                .execute(
                    "SELECT media_type, width, height, bytes FROM images WHERE sha256 = ?",
                    (sha256,),
                )
                .fetchone()
            )
        return None if row is None else image_data_of(row)

    def original(self, clip_id: int, fetched_at: datetime | None = None) -> StoredOriginal | None:
        """A clip's original page: the latest, or the one fetched at ``fetched_at``."""
        self.get(clip_id, with_body=False)  # type: ignore[attr-defined]  # NotFoundError first
        where, params = "clip_id = ?", [str(clip_id)]
        if fetched_at is not None:
            where, params = where + " AND fetched_at = ?", [str(clip_id), format_utc(fetched_at)]
        found = self._originals(f"{where} ORDER BY fetched_at DESC LIMIT 1", params)
        return found[0] if found else None

    def originals(self, clip_id: int) -> list[StoredOriginal]:
        """Every original page of a clip, oldest first."""
        return self._originals("clip_id = ? ORDER BY fetched_at", [str(clip_id)])

    def _originals(self, where: str, params: list[str]) -> list[StoredOriginal]:
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    "SELECT clip_id, fetched_at, final_url, status, headers, size, sha256, html, "
                    "version "
                    f"FROM originals WHERE {where}",
                    params,
                )
                .fetchall()
            )
        return [
            StoredOriginal(
                int(row[0]),
                parse_utc(row[1]),
                str(row[2]),
                int(row[3]),
                tuple((str(name), str(value)) for name, value in json.loads(row[4])),
                int(row[5]),
                str(row[6]),
                zlib.decompress(row[7]),
                int(row[8]),
            )
            for row in rows
        ]

    def set_images(self, clip_id: int, links: Sequence[ImageLink]) -> LibraryChange:
        """Replace a clip's picture links (Download Missing Images, ``cuttings images``)."""
        with self._write() as conn:
            self._require(conn, clip_id)
            db = _raw(conn)
            db.execute("DELETE FROM clip_images WHERE clip_id = ?", (clip_id,))
            write_links(db, clip_id, links)
        return LibraryChange.of(updated=[clip_id])

    def clips_missing_images(self) -> list[int]:
        """Clips that name pictures but have none linked (clipped before pictures were kept)."""
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    "SELECT id FROM clips WHERE (lead_image != '' OR instr(html, '<img') > 0) "
                    "AND NOT EXISTS (SELECT 1 FROM clip_images WHERE clip_id = clips.id) "
                    "ORDER BY id"
                )
                .fetchall()
            )
        return [int(row[0]) for row in rows]

    def clips_with_originals(self) -> list[int]:
        with self._read() as conn:
            rows = _raw(conn).execute("SELECT DISTINCT clip_id FROM originals ORDER BY clip_id")
            return [int(row[0]) for row in rows]

    def collect_unused_images(self) -> int:
        """Delete the pictures no clip (nor any version of one) links to; return how many went."""
        with self._write() as conn:
            return int(
                conn.execute(
                    text(
                        "DELETE FROM images WHERE NOT EXISTS "
                        "(SELECT 1 FROM clip_images WHERE sha256 = images.sha256) "
                        "AND NOT EXISTS (SELECT 1 FROM version_images WHERE sha256 = images.sha256)"
                    )
                ).rowcount
            )

    def library_info(self) -> LibraryInfo:
        with self._read() as conn:
            db = _raw(conn)
            clips = int(db.execute("SELECT count(*) FROM clips").fetchone()[0])
            images, image_bytes = db.execute(
                "SELECT count(*), coalesce(sum(size), 0) FROM images"
            ).fetchone()
            originals, original_bytes = db.execute(
                "SELECT count(*), coalesce(sum(length(html)), 0) FROM originals"
            ).fetchone()
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        size = sum(path.stat().st_size for path in files if path.exists())
        return LibraryInfo(
            size, clips, int(images), int(image_bytes), int(originals), int(original_bytes)
        )


def stash_rows(
    db: sqlite3.Connection, clip_ids: Iterable[int]
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The link, original and version link rows of clips about to be deleted (for an undo)."""
    ids = list(clip_ids)
    marks = ", ".join("?" * len(ids))
    links = db.execute(
        f"SELECT {', '.join(LINK_COLUMNS)} FROM clip_images WHERE clip_id IN ({marks})", ids
    ).fetchall()
    originals = db.execute(
        f"SELECT {', '.join(ORIGINAL_COLUMNS)} FROM originals WHERE clip_id IN ({marks})", ids
    ).fetchall()
    version_links = db.execute(
        f"SELECT {', '.join(VERSION_LINK_COLUMNS)} FROM version_images WHERE clip_id IN ({marks})",
        ids,
    ).fetchall()
    return links, originals, version_links


def restore_rows(
    db: sqlite3.Connection,
    clip_id: int,
    links: Sequence[Sequence[object]],
    originals: Sequence[Sequence[object]],
    version_links: Sequence[Sequence[object]] = (),
) -> None:
    """Put back a deleted clip's links, originals and version links under ``clip_id``.

    A picture collected since the delete comes back as a failed link.
    """
    rows = [(_INSERT_LINK, dict(zip(LINK_COLUMNS, row, strict=True))) for row in links]
    rows += [
        (_INSERT_VERSION_LINK, dict(zip(VERSION_LINK_COLUMNS, row, strict=True)))
        for row in version_links
    ]
    for insert, values in rows:
        values["clip_id"] = clip_id
        sha = values["sha256"]
        if (
            sha is not None
            and db.execute("SELECT 1 FROM images WHERE sha256 = ?", (sha,)).fetchone() is None
        ):
            values["sha256"] = None
            values["failure"] = "the picture was removed from the library"
        db.execute(insert.replace("INSERT", "INSERT OR IGNORE", 1), values)
    for row in originals:
        values = dict(zip(ORIGINAL_COLUMNS, row, strict=True))
        values["clip_id"] = clip_id
        db.execute(_INSERT_ORIGINAL, values)
