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


def _v6_highlights(db: sqlite3.Connection) -> None:
    """Highlights of a clip's text, each with a colour and a comment (issue 17).

    A highlight is a W3C text quote (``exact`` with up to 32 characters of
    ``prefix`` and ``suffix``) plus a position hint into the clip's plain
    text, found again in whatever text the clip has now
    (:mod:`cuttings.core.highlights.anchoring`).  Deleting a clip deletes
    its highlights.  ``highlights.date_key`` copies the clip's (as
    ``clip_tags.date_key`` does): a search reaches the clips of matching
    highlights without reading the clips' wide rows.  ``highlights_fts``
    indexes the highlighted text and the comment, segmented as the clips'
    index is (migration v4), so that words in a comment find the clip; it is
    kept in sync by triggers the sqlite-utils way, and is new: nothing to fill.
    """
    fn = "cuttings_segment"
    db.executescript(
        f"""
        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            color TEXT NOT NULL DEFAULT 'yellow',
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            -- the clip's date key, kept by triggers as clip_tags.date_key is
            date_key INTEGER
        );
        CREATE INDEX highlights_clip ON highlights (clip_id, position);
        CREATE INDEX highlights_created ON highlights (created_at, id);
        CREATE TRIGGER highlights_date_key AFTER INSERT ON highlights
        WHEN NEW.date_key IS NULL BEGIN
            UPDATE highlights SET date_key = (SELECT date_key FROM clips WHERE id = NEW.clip_id)
            WHERE id = NEW.id;
        END;
        CREATE TRIGGER clips_date_key_to_highlights AFTER UPDATE OF id, clipped_at ON clips
        BEGIN
            UPDATE highlights SET date_key = NEW.date_key WHERE clip_id = NEW.id;
        END;

        CREATE VIEW highlights_fts_source AS
            SELECT id, {fn}(exact) AS exact, {fn}(comment) AS comment FROM highlights;
        CREATE VIRTUAL TABLE highlights_fts USING fts5 (
            exact, comment,
            content = 'highlights_fts_source',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
            INSERT INTO highlights_fts (rowid, exact, comment)
            VALUES (NEW.id, {fn}(NEW.exact), {fn}(NEW.comment));
        END;
        CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
            INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment)
            VALUES ('delete', OLD.id, {fn}(OLD.exact), {fn}(OLD.comment));
        END;
        CREATE TRIGGER highlights_fts_update AFTER UPDATE OF id, exact, comment ON highlights
        BEGIN
            INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment)
            VALUES ('delete', OLD.id, {fn}(OLD.exact), {fn}(OLD.comment));
            INSERT INTO highlights_fts (rowid, exact, comment)
            VALUES (NEW.id, {fn}(NEW.exact), {fn}(NEW.comment));
        END;
        """
    )


def _v7_versions(db: sqlite3.Connection) -> None:
    """Versions of each clip's article, re-check state, and each clip's status.

    ``clip_versions`` keeps every version of an article (see
    :mod:`cuttings.core.versions.models`); every existing clip becomes its
    version 1, fetched when it was clipped, and a trigger makes version 1 of
    every clip inserted from now on (added, imported or restored), so no path
    that stores a clip can forget it.  The newest version's body is the
    clip's own, so none is copied here.  ``cuttings_content_hash`` is
    registered on every connection (:mod:`cuttings.core.database`).
    ``clips.status``, ``change_count`` and ``changed_at`` are what the
    timeline and the search read; partial indexes keep ``is:changed`` and
    ``is:removed`` from scanning unchanged clips.
    """
    version_values = (
        "{row}id, 1, {row}clipped_at, 'ok', "
        "cuttings_content_hash({row}title, {row}author, {row}text), "
        "{row}title, {row}author, {row}published_at, {row}word_count"
    )
    columns = (
        "clip_id, number, fetched_at, status, content_hash, title, author, published_at, word_count"
    )
    db.executescript(
        f"""
        ALTER TABLE clips ADD COLUMN status TEXT NOT NULL DEFAULT 'ok';
        ALTER TABLE clips ADD COLUMN change_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE clips ADD COLUMN changed_at TEXT;
        CREATE INDEX clips_changed_at ON clips (changed_at) WHERE changed_at IS NOT NULL;
        CREATE INDEX clips_status ON clips (status) WHERE status != 'ok';

        CREATE TABLE clip_versions (
            id INTEGER PRIMARY KEY,
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            fetched_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'ok',
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            changes TEXT NOT NULL DEFAULT '',
            body BLOB,
            UNIQUE (clip_id, number)
        );

        CREATE TABLE clip_checks (
            clip_id INTEGER PRIMARY KEY REFERENCES clips (id) ON DELETE CASCADE,
            checked_at TEXT,
            next_check TEXT,
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX clip_checks_due ON clip_checks (next_check) WHERE next_check IS NOT NULL;

        CREATE TRIGGER clip_versions_first AFTER INSERT ON clips BEGIN
            INSERT INTO clip_versions ({columns})
            VALUES ({version_values.format(row="NEW.")});
        END;

        INSERT INTO clip_versions ({columns})
        SELECT {version_values.format(row="")} FROM clips ORDER BY id;
        """
    )


def _v8_capture_and_partial(db: sqlite3.Connection) -> None:
    """Remember how each clip was captured and whether it is partial, and why.

    ``clips.capture`` is ``fetched`` (Cuttings fetched the page itself),
    ``browser`` (the browser extension sent the page as shown), ``file`` (a
    saved page) or ``clipboard`` (HTML pasted).  Every clip before this
    version was fetched by Cuttings or by the tool it was imported from
    (wallabag, our own export): no import read saved pages, so all start as
    ``fetched``.  ``clips.partial`` is why the clip holds less than the
    article (a paywall, a consent wall, a login page), empty when complete;
    walls were not detected before, so every clip starts complete.
    ``is:partial`` finds the few partial clips through a partial index,
    without reading the wide rows of the others.
    """
    db.executescript(
        """
        ALTER TABLE clips ADD COLUMN capture TEXT NOT NULL DEFAULT 'fetched';
        ALTER TABLE clips ADD COLUMN partial TEXT NOT NULL DEFAULT '';
        CREATE INDEX clips_partial ON clips (date_key) WHERE partial != '';
        """
    )


def _v9_reading_states(db: sqlite3.Connection) -> None:
    """Reading states, the trash and saved searches (tables of :mod:`cuttings.core.states`).

    ``clip_states`` holds a row only for a clip whose state is not the
    default (read, not starred, not archived, not in the trash): a separate
    narrow table, because marking or trashing 35,000 clips must not rewrite
    35,000 wide rows of ``clips`` (their article text), nor touch the search
    index.  ``date_key`` copies the clip's (kept by a trigger, as in
    ``clip_tags``) so that a state is a set of date keys every query plan can
    test, FTS5's rowids included.  The partial indexes make each sidebar
    count a short covered range.  Existing clips start read: a library of
    years of clippings all marked unread would be noise.

    ``tags.clip_count`` now counts the clips out of the trash (what the
    sidebar shows): the triggers on ``clip_tags`` pass over trashed clips,
    and moving a clip to the trash or back moves its tags' counts.  Deleting
    a trashed clip for good comes out right in either cascade order (its
    links first: not counted; its state row first: counted back, then out).
    """
    db.executescript(
        """
        CREATE TABLE clip_states (
            clip_id INTEGER PRIMARY KEY REFERENCES clips (id) ON DELETE CASCADE,
            date_key INTEGER NOT NULL,
            unread INTEGER NOT NULL DEFAULT 0,
            starred_at TEXT,
            archived_at TEXT,
            deleted_at TEXT
        );
        CREATE INDEX clip_states_unread ON clip_states (deleted_at, date_key) WHERE unread = 1;
        CREATE INDEX clip_states_starred ON clip_states (deleted_at, date_key)
            WHERE starred_at IS NOT NULL;
        CREATE INDEX clip_states_archived ON clip_states (deleted_at, date_key)
            WHERE archived_at IS NOT NULL;
        CREATE INDEX clip_states_trash ON clip_states (deleted_at, date_key)
            WHERE deleted_at IS NOT NULL;
        CREATE TRIGGER clip_states_date_key AFTER UPDATE OF id, clipped_at ON clips BEGIN
            UPDATE clip_states SET clip_id = NEW.id, date_key = NEW.date_key
            WHERE clip_id = OLD.id;
        END;

        DROP TRIGGER clip_tags_count_insert;
        DROP TRIGGER clip_tags_count_delete;
        DROP TRIGGER clip_tags_count_update;
        CREATE TRIGGER clip_tags_count_insert AFTER INSERT ON clip_tags
        WHEN NOT EXISTS (SELECT 1 FROM clip_states
                         WHERE clip_id = NEW.clip_id AND deleted_at IS NOT NULL) BEGIN
            UPDATE tags SET clip_count = clip_count + 1 WHERE id = NEW.tag_id;
        END;
        CREATE TRIGGER clip_tags_count_delete AFTER DELETE ON clip_tags
        WHEN NOT EXISTS (SELECT 1 FROM clip_states
                         WHERE clip_id = OLD.clip_id AND deleted_at IS NOT NULL) BEGIN
            UPDATE tags SET clip_count = clip_count - 1 WHERE id = OLD.tag_id;
        END;
        CREATE TRIGGER clip_tags_count_update AFTER UPDATE OF tag_id ON clip_tags
        WHEN NOT EXISTS (SELECT 1 FROM clip_states
                         WHERE clip_id = NEW.clip_id AND deleted_at IS NOT NULL) BEGIN
            UPDATE tags SET clip_count = clip_count - 1 WHERE id = OLD.tag_id;
            UPDATE tags SET clip_count = clip_count + 1 WHERE id = NEW.tag_id;
        END;
        CREATE TRIGGER clip_states_trash_move AFTER UPDATE OF deleted_at ON clip_states
        WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL) BEGIN
            UPDATE tags SET clip_count = clip_count
                + CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END
            WHERE id IN (SELECT tag_id FROM clip_tags WHERE clip_id = NEW.clip_id);
        END;
        CREATE TRIGGER clip_states_trash_insert AFTER INSERT ON clip_states
        WHEN NEW.deleted_at IS NOT NULL BEGIN
            UPDATE tags SET clip_count = clip_count - 1
            WHERE id IN (SELECT tag_id FROM clip_tags WHERE clip_id = NEW.clip_id);
        END;
        CREATE TRIGGER clip_states_trash_delete AFTER DELETE ON clip_states
        WHEN OLD.deleted_at IS NOT NULL BEGIN
            UPDATE tags SET clip_count = clip_count + 1
            WHERE id IN (SELECT tag_id FROM clip_tags WHERE clip_id = OLD.clip_id);
        END;

        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            -- casefold(name), as tags.key: names are unique regardless of case
            key TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            tags_any INTEGER NOT NULL DEFAULT 0,
            sort TEXT NOT NULL DEFAULT 'newest'
        );
        """
    )


def _v10_images_and_originals(db: sqlite3.Connection) -> None:
    """Keep the whole article offline: its images and the page as it was fetched.

    Outside ``clips``, whose rows the timeline and search read in bulk.
    ``images`` is content-addressed (one row per distinct picture, shared by
    every clip that shows it) and ordinary rowid storage, so its blobs sit in
    overflow pages that no other query touches.  ``clip_images`` links a clip
    to its pictures in document order, with the URL the article names, the
    URL actually downloaded, and for a picture not kept the reason (the
    reader's placeholder says it).  ``originals`` holds the fetched page,
    compressed, under (clip, fetch time): a clip may hold several.
    """
    db.executescript(
        """
        CREATE TABLE images (
            sha256 TEXT NOT NULL PRIMARY KEY,
            media_type TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            size INTEGER NOT NULL,
            bytes BLOB NOT NULL
        );
        CREATE TABLE clip_images (
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            url TEXT NOT NULL,
            source_url TEXT NOT NULL DEFAULT '',
            sha256 TEXT REFERENCES images (sha256),
            failure TEXT NOT NULL DEFAULT '',
            lead INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (clip_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX clip_images_sha256 ON clip_images (sha256);
        CREATE TABLE originals (
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            fetched_at TEXT NOT NULL,
            final_url TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL DEFAULT '[]',
            html BLOB NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (clip_id, fetched_at)
        );
        """
    )


def _v11_press_reviews(db: sqlite3.Connection) -> None:
    """Press reviews (:mod:`cuttings.core.review`): editions, their sections, their entries.

    An entry names a clip; deleting the clip deletes its entries (``ON DELETE
    CASCADE``), as deleting an edition or a section deletes what it holds.
    ``review_entries.edition_id`` repeats the section's edition so that a clip
    is in an edition at most once (``UNIQUE``).  Positions order sections in
    an edition and entries in a section.  The logo is kept as the image's
    bytes: an edition needs no file beside the library.
    """
    db.executescript(
        """
        CREATE TABLE review_editions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            highlights TEXT NOT NULL DEFAULT '',
            logo BLOB,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX review_editions_date ON review_editions (date, id);
        CREATE TABLE review_sections (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES review_editions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL
        );
        CREATE INDEX review_sections_edition ON review_sections (edition_id, position);
        CREATE TABLE review_entries (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES review_editions (id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES review_sections (id) ON DELETE CASCADE,
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            full_text INTEGER NOT NULL DEFAULT 1,
            UNIQUE (edition_id, clip_id)
        );
        CREATE INDEX review_entries_section ON review_entries (section_id, position);
        CREATE INDEX review_entries_clip ON review_entries (clip_id);
        """
    )


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
]
SCHEMA_VERSION = len(MIGRATIONS)
