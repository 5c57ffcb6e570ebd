"""Schema versions of a library, one function per version.

``PRAGMA user_version`` holds the version a library is at.  Each migration runs
inside one transaction together with the version bump, so a failed upgrade
leaves the file as it was; :func:`cuttings.core.database.open_library_engine`
writes a backup copy before the first migration of an existing library.
Never edit a released migration: add a new one.
"""

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from cuttings.core.cleaning import (
    clean_note,
    clean_tag_name,
    http_url,
    language_tag,
    strip_control_chars,
    tag_identity,
)
from cuttings.core.migrations_features import (
    _v6_highlights,
    _v7_versions,
    _v8_capture_and_partial,
    _v9_reading_states,
    _v10_images_and_originals,
    _v11_press_reviews,
    _v12_version_media,
)
from cuttings.core.timestamps import (
    checked_published,
    clipping_time,
    format_utc,
    published_sort_key,
)

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


def _v2_source_expression(row: str) -> str:
    """What the index holds as a clip's source: its source and its site name."""
    return (
        f"CASE WHEN {row}site_name IN ('', {row}source) THEN {row}source "
        f"WHEN {row}source = '' THEN {row}site_name "
        f"ELSE {row}source || ' ' || {row}site_name END"
    )


def _v2_search_index(db: sqlite3.Connection) -> None:
    """Full-text index, date keys for the timeline, and triggers keeping both in sync.

    ``clips.date_key`` orders clips by ``clipped_at`` (Unix seconds in the
    high bits, the low 24 bits of the id as a tie-break) and is the rowid of
    the FTS5 index.  FTS5 hands out matches in rowid order and stops as soon
    as a ``LIMIT`` is reached, so "newest matches first" reads only the page
    it returns, however common the words are; date filters become rowid
    ranges that FTS5 seeks to directly.  The key is a virtual generated
    column (no storage, one unique index); two clips clipped in the same
    second whose ids differ by a multiple of 2**24 would collide, which needs
    sixteen million clips.

    The index is an external-content table over a view (so ``source`` can
    cover the site name too), kept in sync by triggers the sqlite-utils way;
    ``INSERT INTO clips_fts(clips_fts) VALUES ('rebuild')`` repairs it.

    ``clip_tags.date_key`` and ``clip_tags.published_key`` copy the clip's
    sort keys so that one index serves a tag's timeline in either order
    without visiting the clips (``clips.published_key`` is the published date,
    or the clipping date for clips without one).  ``tags.clip_count``
    (kept by triggers, cascades included) gives the sidebar its counts without
    reading ``clip_tags``, and lets a query start from its rarest tag.
    """
    new_source = _v2_source_expression("NEW.")
    old_source = _v2_source_expression("OLD.")
    db.executescript(
        f"""
        ALTER TABLE clips ADD COLUMN date_key INTEGER GENERATED ALWAYS AS
            ((CAST(strftime('%s', clipped_at) AS INTEGER) << 24) | (id & 16777215)) VIRTUAL;
        CREATE UNIQUE INDEX clips_date_key ON clips (date_key);
        ALTER TABLE clips ADD COLUMN published_key TEXT GENERATED ALWAYS AS
            (coalesce(published_utc, clipped_at)) VIRTUAL;
        CREATE INDEX clips_published_order ON clips (published_key, id);
        CREATE INDEX clips_language ON clips (lower(language), date_key);

        CREATE VIEW clips_fts_source AS
            SELECT id, date_key, title, {_v2_source_expression("")} AS source, author, text, note
            FROM clips;

        CREATE VIRTUAL TABLE clips_fts USING fts5 (
            title, source, author, text, note,
            content = 'clips_fts_source',
            content_rowid = 'date_key',
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
            INSERT INTO clips_fts (rowid, title, source, author, text, note)
            VALUES (NEW.date_key, NEW.title, {new_source}, NEW.author, NEW.text, NEW.note);
        END;
        CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
            INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note)
            VALUES ('delete', OLD.date_key, OLD.title, {old_source}, OLD.author, OLD.text,
                    OLD.note);
        END;
        CREATE TRIGGER clips_fts_update
        AFTER UPDATE OF id, title, source, site_name, author, text, note, clipped_at ON clips
        BEGIN
            INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note)
            VALUES ('delete', OLD.date_key, OLD.title, {old_source}, OLD.author, OLD.text,
                    OLD.note);
            INSERT INTO clips_fts (rowid, title, source, author, text, note)
            VALUES (NEW.date_key, NEW.title, {new_source}, NEW.author, NEW.text, NEW.note);
        END;

        ALTER TABLE clip_tags ADD COLUMN date_key INTEGER;
        ALTER TABLE clip_tags ADD COLUMN published_key TEXT;
        UPDATE clip_tags SET (date_key, published_key) =
            (SELECT date_key, published_key FROM clips WHERE id = clip_id);
        DROP INDEX clip_tags_tag;
        CREATE INDEX clip_tags_timeline ON clip_tags (tag_id, date_key);
        CREATE INDEX clip_tags_published ON clip_tags (tag_id, published_key, clip_id);

        CREATE TRIGGER clip_tags_date_key AFTER INSERT ON clip_tags
        WHEN NEW.date_key IS NULL OR NEW.published_key IS NULL BEGIN
            UPDATE clip_tags SET (date_key, published_key) =
                (SELECT date_key, published_key FROM clips WHERE id = NEW.clip_id)
            WHERE clip_id = NEW.clip_id AND tag_id = NEW.tag_id;
        END;
        CREATE TRIGGER clips_date_key_to_tags
        AFTER UPDATE OF id, clipped_at, published_utc ON clips BEGIN
            UPDATE clip_tags SET date_key = NEW.date_key, published_key = NEW.published_key
            WHERE clip_id = NEW.id;
        END;

        ALTER TABLE tags ADD COLUMN clip_count INTEGER NOT NULL DEFAULT 0;
        UPDATE tags SET clip_count = (SELECT count(*) FROM clip_tags WHERE tag_id = tags.id);
        CREATE TRIGGER clip_tags_count_insert AFTER INSERT ON clip_tags BEGIN
            UPDATE tags SET clip_count = clip_count + 1 WHERE id = NEW.tag_id;
        END;
        CREATE TRIGGER clip_tags_count_delete AFTER DELETE ON clip_tags BEGIN
            UPDATE tags SET clip_count = clip_count - 1 WHERE id = OLD.tag_id;
        END;
        CREATE TRIGGER clip_tags_count_update AFTER UPDATE OF tag_id ON clip_tags BEGIN
            UPDATE tags SET clip_count = clip_count - 1 WHERE id = OLD.tag_id;
            UPDATE tags SET clip_count = clip_count + 1 WHERE id = NEW.tag_id;
        END;

        INSERT INTO clips_fts (clips_fts) VALUES ('rebuild');
        """
    )


_V3_TEXT_COLUMNS = ("title", "site_name", "source", "author", "excerpt")
_V3_FTS_TRIGGERS = ("clips_fts_insert", "clips_fts_delete", "clips_fts_update")


def _v3_repair_values(db: sqlite3.Connection) -> None:
    """Repair values earlier versions stored unchecked (see :mod:`cuttings.core.timestamps`
    and :mod:`cuttings.core.cleaning`).

    An imported ``0001-01-01`` was stored as ``1-01-01T00:00:00Z``: its
    ``date_key`` was NULL, so the search index and ``check`` went wrong and
    every listing failed to read it.  Impossible clipping dates become the
    clip's other date (or now); impossible published dates, languages that
    are not language tags and non-http(s) image or canonical URLs are dropped;
    control characters leave text fields and notes.  Tags are renamed to their
    clean NFC form, and tags that become one (composed and decomposed "café")
    are merged.  The search index is rebuilt only when a clip's date changed.
    """
    now = datetime.now(UTC)
    columns: tuple[str, ...] = ("id", "url", "url_key", "canonical_url", *_V3_TEXT_COLUMNS)
    columns += ("note", "language", "lead_image", "published_at", "published_utc")
    columns += ("clipped_at", "updated_at")
    rows = db.execute(f"SELECT {', '.join(columns)} FROM clips").fetchall()
    canonicals = {row[3] for row in rows}
    text_fixes: list[dict[str, object]] = []
    date_fixes: list[dict[str, object]] = []
    for row in rows:
        old = dict(zip(columns, row, strict=True))
        new = dict(old)
        for column in _V3_TEXT_COLUMNS:
            new[column] = strip_control_chars(old[column])
        new["title"] = new["title"] or old["url"]
        new["note"] = clean_note(old["note"])
        new["language"] = language_tag(old["language"])
        new["lead_image"] = http_url(old["lead_image"])
        new["published_at"] = checked_published(old["published_at"])
        new["published_utc"] = published_sort_key(new["published_at"])
        if not http_url(old["canonical_url"]) and old["url_key"] not in canonicals:
            new["canonical_url"] = old["url_key"]
            canonicals.add(old["url_key"])
        clipped, updated = _v3_time(old["clipped_at"], now), _v3_time(old["updated_at"], now)
        new["clipped_at"] = format_utc(clipped or updated or now)
        new["updated_at"] = format_utc(updated or clipped or now)
        if new == old:
            continue
        dated = (new["clipped_at"], new["updated_at"]) != (old["clipped_at"], old["updated_at"])
        (date_fixes if dated else text_fixes).append(new)
    update = (
        "UPDATE clips SET "
        + ", ".join(f"{column} = :{column}" for column in columns[1:])
        + " WHERE id = :id"
    )
    for values in text_fixes:
        db.execute(update, values)
    if date_fixes:
        # The index rows of these clips were written under a NULL rowid: the
        # triggers cannot find them, so the index is rebuilt instead.
        triggers = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
            _V3_FTS_TRIGGERS,
        ).fetchall()
        for name, _sql in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for values in date_fixes:
            db.execute(update, values)
        for _name, sql in triggers:
            db.execute(sql)
        db.execute("INSERT INTO clips_fts (clips_fts) VALUES ('rebuild')")
        db.execute(
            "UPDATE clip_tags SET (date_key, published_key) = "
            "(SELECT date_key, published_key FROM clips WHERE id = clip_id)"
        )
    _v3_merge_tags(db)


def _v3_time(value: object, now: datetime) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return clipping_time(moment, now=now)


def _v3_merge_tags(db: sqlite3.Connection) -> None:
    groups: dict[str, list[tuple[int, str, str, str]]] = {}
    for tag_id, name, key in db.execute("SELECT id, name, key FROM tags ORDER BY id").fetchall():
        cleaned = clean_tag_name(name)[:100]
        groups.setdefault(tag_identity(cleaned), []).append((tag_id, cleaned, name, key))
    renamed: list[tuple[int, str, str]] = []
    for key, tags in groups.items():
        (keeper, cleaned, old_name, old_key), *others = tags
        doomed = [tag[0] for tag in others]
        if not key:
            doomed.append(keeper)  # a name of control characters only
        for tag_id in doomed:
            if key:
                db.execute(
                    "INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) "
                    "SELECT clip_id, ? FROM clip_tags WHERE tag_id = ?",
                    (keeper, tag_id),
                )
            db.execute("DELETE FROM clip_tags WHERE tag_id = ?", (tag_id,))
            db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        if key and (old_key, old_name) != (key, cleaned):
            renamed.append((keeper, cleaned, key))
    # Two steps: a new key may still be another tag's old key until all have moved.
    for tag_id, _name, _key in renamed:
        db.execute("UPDATE tags SET key = ? WHERE id = ?", (f"\x00{tag_id}", tag_id))
    for tag_id, name, key in renamed:
        db.execute("UPDATE tags SET name = ?, key = ? WHERE id = ?", (name, key, tag_id))


# Scripts written without spaces (see cuttings.core.search.scripts), as a GLOB
# class: Thai, Lao, Myanmar, Hangul, Khmer, kana, CJK ideographs.
_V4_UNSPACED_GLOB = (
    "*[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3005-\u3007"
    "\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]*"
)
_V4_COLUMNS = ("title", "source", "author", "text", "note")


def _v4_segmented_index(db: sqlite3.Connection) -> None:
    """The search index sees Chinese, Japanese, Korean and Thai one character at a time.

    ``unicode61`` makes a run of unspaced script one token, so a word inside
    it was never found.  The view ``clips_fts_source`` and the triggers now
    pass every column through ``cuttings_segment`` (a space around each
    character of those scripts; :func:`cuttings.core.search.scripts.segment`,
    registered on every connection by :mod:`cuttings.core.database`), and the
    query compiler turns a word in those scripts into the phrase of its
    characters.  Text without them is indexed exactly as before, so only the
    clips holding such characters are indexed again here.
    """
    fn = "cuttings_segment"
    seg = ", ".join(f"{fn}({column}) AS {column}" for column in _V4_COLUMNS)
    # Only the keys in memory: the texts move from the view to the index in SQLite.
    keys = [
        key
        for (key,) in db.execute(
            "SELECT date_key FROM clips_fts_source "
            "WHERE (title || ' ' || source || ' ' || author || ' ' || text || ' ' || note) "
            "GLOB ?",
            (_V4_UNSPACED_GLOB,),
        ).fetchall()
        if key is not None
    ]
    for key in keys:
        db.execute(
            "INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note) "
            "SELECT 'delete', date_key, title, source, author, text, note "
            "FROM clips_fts_source WHERE date_key = ?",
            (key,),
        )
    new_source = f"{fn}({_v2_source_expression('NEW.')})"
    old_source = f"{fn}({_v2_source_expression('OLD.')})"
    new = f"NEW.date_key, {fn}(NEW.title), {new_source}, {fn}(NEW.author), {fn}(NEW.text), "
    new += f"{fn}(NEW.note)"
    old = f"'delete', OLD.date_key, {fn}(OLD.title), {old_source}, {fn}(OLD.author), "
    old += f"{fn}(OLD.text), {fn}(OLD.note)"
    db.executescript(
        f"""
        DROP TRIGGER clips_fts_insert;
        DROP TRIGGER clips_fts_delete;
        DROP TRIGGER clips_fts_update;
        DROP VIEW clips_fts_source;
        CREATE VIEW clips_fts_source AS
            SELECT id, date_key, {seg} FROM (
                SELECT id, date_key, title, {_v2_source_expression("")} AS source, author,
                    text, note
                FROM clips
            );

        CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
            INSERT INTO clips_fts (rowid, title, source, author, text, note) VALUES ({new});
        END;
        CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
            INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note)
            VALUES ({old});
        END;
        CREATE TRIGGER clips_fts_update
        AFTER UPDATE OF id, title, source, site_name, author, text, note, clipped_at ON clips
        BEGIN
            INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note)
            VALUES ({old});
            INSERT INTO clips_fts (rowid, title, source, author, text, note) VALUES ({new});
        END;
        """
    )
    for key in keys:
        db.execute(
            "INSERT INTO clips_fts (rowid, title, source, author, text, note) "
            "SELECT date_key, title, source, author, text, note FROM clips_fts_source "
            "WHERE date_key = ?",
            (key,),
        )


def _v5_edited_details(db: sqlite3.Connection) -> None:
    """Remember which details of a clip a person edited by hand.

    ``clips.edited`` lists them, comma-separated, by column name
    (:data:`cuttings.core.details.EDITABLE_FIELDS`); a refresh of the clip
    keeps their values.  Nothing was edited before this version but titles,
    and which were is not known: existing clips start with none.
    """
    db.execute("ALTER TABLE clips ADD COLUMN edited TEXT NOT NULL DEFAULT ''")


# Index i holds the migration that takes a library from version i to i + 1.
MIGRATIONS: list[Migration] = [
    _v1_base_tables,
    _v2_search_index,
    _v3_repair_values,
    _v4_segmented_index,
    _v5_edited_details,
    _v6_highlights,
    _v7_versions,
    _v8_capture_and_partial,
    _v9_reading_states,
    _v10_images_and_originals,
    _v11_press_reviews,
    _v12_version_media,
]
SCHEMA_VERSION = len(MIGRATIONS)
