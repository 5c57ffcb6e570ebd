"""The pictures and original pages of a clip's versions, in the library.

The newest version's pictures are the clip's own (``clip_images``, read by
:class:`~cuttings.core.library.media.Media`); an older version's are in
``version_images``, copied there by :func:`keep_version_links` when a new
version replaces it.  ``originals.version`` names the version a page showed.
"""

import sqlite3

from cuttings.core.images.media import ImageData
from cuttings.core.images.models import LINK_COLUMNS
from cuttings.core.library.media import (
    _LINK_FIELDS,
    Media,
    StoredImage,
    StoredOriginal,
    _stored_image,
    image_data_of,
)
from cuttings.core.library.rows import _raw


def keep_version_links(db: sqlite3.Connection, clip_id: int, number: int) -> None:
    """Copy the clip's picture links to version ``number``'s, before a new version replaces them."""
    fields = ", ".join(name for name in LINK_COLUMNS if name != "clip_id")
    db.execute(
        f"INSERT OR REPLACE INTO version_images (clip_id, number, {fields}) "
        f"SELECT clip_id, ?, {fields} FROM clip_images WHERE clip_id = ?",
        (number, clip_id),
    )


class VersionMedia(Media):
    """Pictures and original pages of clips and of each of their versions."""

    def version_images(self, clip_id: int, number: int) -> list[StoredImage]:
        """The picture links of a clip's version ``number`` (the newest's are the clip's)."""
        if self._is_newest(clip_id, number):
            return self.clip_images(clip_id)
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    f"SELECT {_LINK_FIELDS}, i.media_type, i.width, i.height, i.size "
                    "FROM version_images l LEFT JOIN images i ON i.sha256 = l.sha256 "
                    "WHERE l.clip_id = ? AND l.number = ? ORDER BY l.position",
                    (clip_id, number),
                )
                .fetchall()
            )
        return [_stored_image(row) for row in rows]

    def older_version_images(self, clip_id: int) -> dict[int, list[StoredImage]]:
        """The picture links of every version but the newest, by version number."""
        with self._read() as conn:
            rows = (
                _raw(conn)
                .execute(
                    f"SELECT l.number, {_LINK_FIELDS}, "
                    "i.media_type, i.width, i.height, i.size "
                    "FROM version_images l LEFT JOIN images i ON i.sha256 = l.sha256 "
                    "WHERE l.clip_id = ? ORDER BY l.number, l.position",
                    (clip_id,),
                )
                .fetchall()
            )
        found: dict[int, list[StoredImage]] = {}
        for row in rows:
            found.setdefault(int(row[0]), []).append(_stored_image(row[1:]))
        return found

    def version_image_for(self, clip_id: int, number: int, url: str) -> ImageData | None:
        """The stored picture version ``number`` of a clip names ``url``, if it was kept."""
        if self._is_newest(clip_id, number):
            return self.image_for(clip_id, url)
        with self._read() as conn:
            row = (
                _raw(conn)
                .execute(
                    "SELECT i.media_type, i.width, i.height, i.bytes FROM version_images l "
                    "JOIN images i ON i.sha256 = l.sha256 "
                    "WHERE l.clip_id = ? AND l.number = ? AND l.url = ? LIMIT 1",
                    (clip_id, number, url),
                )
                .fetchone()
            )
        if row is None:
            return None
        return image_data_of(row)

    def version_originals(self, clip_id: int, number: int) -> list[StoredOriginal]:
        """The original pages that showed a clip's version ``number``, oldest first."""
        return self._originals(
            "clip_id = ? AND version = ? ORDER BY fetched_at", [str(clip_id), str(number)]
        )

    def _is_newest(self, clip_id: int, number: int) -> bool:
        with self._read() as conn:
            newest = (
                _raw(conn)
                .execute("SELECT max(number) FROM clip_versions WHERE clip_id = ?", (clip_id,))
                .fetchone()[0]
            )
        return newest is None or int(newest) == number
