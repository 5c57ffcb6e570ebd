"""ClipRow is the one column map of the clips table: it must match the schema the migrations make."""

import contextlib
import sqlite3
from datetime import UTC, datetime

from cuttings.core.library.rows import _fetched_values
from cuttings.core.models import (
    CLIP_COLUMNS,
    CLIP_FETCHED_COLUMNS,
    CLIP_SUMMARY_COLUMNS,
    ClipState,
    clip_from_row,
)
from tests.factories import make_article


def test_clip_row_has_every_stored_column_of_the_migrated_table(library):
    with contextlib.closing(sqlite3.connect(library.path)) as db:
        # hidden = 0: stored columns, not the generated date keys.
        stored = [row[1] for row in db.execute("PRAGMA table_xinfo(clips)") if row[6] == 0]
    assert list(CLIP_COLUMNS) == stored


def test_a_fetch_gives_a_value_to_every_fetched_column_and_to_no_other():
    # A column added to ClipRow is either set by a fetch (and by a new cleaning) or named
    # as kept: the one UPDATE of both is derived from CLIP_FETCHED_COLUMNS.
    assert set(_fetched_values(make_article(1))) == set(CLIP_FETCHED_COLUMNS)
    assert not {"canonical_url", "note", "edited", "clipped_at"} & set(CLIP_FETCHED_COLUMNS)


def test_a_row_of_the_summary_columns_and_the_body_reads_back_the_whole_clip(library):
    article = make_article(7, author="Ada Pérez", published_at="2025-02-22T14:49:00+01:00")
    moment = datetime(2025, 2, 23, 8, 30, tzinfo=UTC)
    added = library.add(article, tags=["energy"], clipped_at=moment, note="a note").clip
    with contextlib.closing(sqlite3.connect(library.path)) as db:
        row = db.execute(
            f"SELECT {CLIP_SUMMARY_COLUMNS}, html, text, date_key FROM clips WHERE id = ?",
            (added.id,),
        ).fetchone()
    # A clip just clipped is unread (its state lives in clip_states).
    whole = clip_from_row(row, ("energy",), with_body=True, state=ClipState(unread=True))
    assert whole == library.get(added.id)
    assert (whole.author, whole.clipped_at, whole.note) == ("Ada Pérez", moment, "a note")
    assert (whole.html, whole.text) == (article.html, article.text)
    summary = clip_from_row(row, ("energy",), state=ClipState(unread=True))
    assert summary == library.get(added.id, with_body=False)
    assert summary.html is None and summary.text is None
