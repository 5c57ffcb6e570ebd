"""Schema versions 6 to 11: the tables of the features built on 0.1.

Highlights, article versions, capture kinds, reading states, pictures and
original pages, press reviews: one migration each, listed in order by
:data:`cuttings.core.migrations.MIGRATIONS`.  As there, never edit a released
migration: add a new one.
"""

import sqlite3


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


def _v12_version_media(db: sqlite3.Connection) -> None:
    """Each version of an article keeps its pictures and the original page it came from.

    ``clip_images`` stays the newest version's pictures (as ``clips.text`` is
    its text); when a new version comes, the links of the one it replaces are
    copied to ``version_images`` under that version's number, so the pictures
    of every older version stay linked (and are never collected as unused).
    ``originals.version`` is the number of the version a page showed.  The
    links that exist are the newest version's already; an original page
    belongs to the latest version stored by a minute after it was fetched (a
    fetch is stored within seconds; its version's time is the moment of
    storing, a little after the page's).
    """
    db.executescript(
        """
        CREATE TABLE version_images (
            clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            position INTEGER NOT NULL,
            url TEXT NOT NULL,
            source_url TEXT NOT NULL DEFAULT '',
            sha256 TEXT REFERENCES images (sha256),
            failure TEXT NOT NULL DEFAULT '',
            lead INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (clip_id, number, position)
        ) WITHOUT ROWID;
        CREATE INDEX version_images_sha256 ON version_images (sha256);
        ALTER TABLE originals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        UPDATE originals SET version = coalesce(
            (SELECT max(number) FROM clip_versions v WHERE v.clip_id = originals.clip_id
             AND v.fetched_at
                 <= strftime('%Y-%m-%dT%H:%M:%SZ', originals.fetched_at, '+60 seconds')),
            1);
        """
    )
