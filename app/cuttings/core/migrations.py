"""Schema versions of a library, one function per version.

``PRAGMA user_version`` holds the version a library is at.  Each migration runs
inside one transaction together with the version bump, so a failed upgrade
leaves the file as it was; :func:`cuttings.core.database.open_library_engine`
writes a backup copy before the first migration of an existing library.
Never edit a released migration: add a new one.
"""

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1_base_tables(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE clips (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            -- canonical form of the URL as clipped; canonical_url may differ
            -- (the page's rel=canonical), and both identify the clip
            url_key TEXT NOT NULL,
            canonical_url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            site_name TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            published_utc TEXT,
            language TEXT NOT NULL DEFAULT '',
            lead_image TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            word_count INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            clipped_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clips_clipped_at ON clips (clipped_at);
        CREATE INDEX clips_published_utc ON clips (published_utc);
        CREATE INDEX clips_url_key ON clips (url_key);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            -- casefold(name): tags are unique regardless of case, in any script
            key TEXT NOT NULL UNIQUE
        );

        CREATE TABLE clip_tags (
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (clip_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX clip_tags_tag ON clip_tags (tag_id, clip_id);
        """
    )


# Index i holds the migration that takes a library from version i to i + 1.
MIGRATIONS: list[Migration] = [_v1_base_tables]
SCHEMA_VERSION = len(MIGRATIONS)
