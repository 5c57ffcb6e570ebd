"""Editing a clip's details by hand: checked values, edit marks, refresh and undo."""

import sqlite3

import pytest

from cuttings.core.details import EDITABLE_FIELDS, parse_published
from cuttings.core.errors import CuttingsError, NotFoundError
from tests.factories import make_article


@pytest.fixture
def clip(library):
    article = make_article(
        1,
        title="Budget passes",
        author="Ada Rossi",
        source="Corriere",
        site_name="Aggregatore",
        published_at="2025-02-20T09:00:00+01:00",
        language="it",
        text="The state budget passed in Rome.",
    )
    return library.add(article, tags=["politics"]).clip


def stored_details(library, clip_id):
    """Every column a details edit writes, the sort keys and the tag links' keys with them."""
    with sqlite3.connect(library.path) as db:
        return db.execute(
            "SELECT title, author, source, site_name, published_at, published_utc, "
            "published_key, language, note, edited, "
            "(SELECT group_concat(published_key) FROM clip_tags WHERE clip_id = clips.id) "
            "FROM clips WHERE id = ?",
            (clip_id,),
        ).fetchone()


def stored_row(library, clip_id):
    with sqlite3.connect(library.path) as db:
        return db.execute("SELECT * FROM clips WHERE id = ?", (clip_id,)).fetchone()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2025-02-22", "2025-02-22"),
        (" 2025-02-22 14:30 ", "2025-02-22T14:30:00"),
        ("2025-02-22T14:30+01:00", "2025-02-22T14:30:00+01:00"),
        ("2025-02-22T14:30:15Z", "2025-02-22T14:30:15+00:00"),
        ("22/02/2025 14:30", "2025-02-22T14:30:00"),
        ("22.02.2025", "2025-02-22"),
        ("1/3/2025", "2025-03-01"),
        ("", None),
    ],
)
def test_published_dates_are_read_as_people_write_them(typed, stored):
    assert parse_published(typed) == stored


@pytest.mark.parametrize(
    "typed", ["yesterday", "2025-02-30", "31/02/2025", "2025-02", "1850-01-01", "2999-01-01"]
)
def test_unreadable_or_impossible_published_dates_are_refused(typed):
    with pytest.raises(CuttingsError, match="published date"):
        parse_published(typed)


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("title", "  Budget \x1b[31m passes  again ", "Budget [31m passes again"),
        ("author", "Jane Q. Reporter", "Jane Q. Reporter"),
        ("source", "The Guardian", "The Guardian"),
        ("site_name", "Il Post", "Il Post"),
        ("published_at", "22/02/2025 14:30", "2025-02-22T14:30:00"),
        ("language", "en_gb", "en-GB"),
        ("author", "", ""),
        ("source", "  ", ""),
        ("site_name", "", ""),
        ("published_at", "", None),
        ("language", "", ""),
    ],
)
def test_each_detail_is_stored_checked_and_marked_edited(library, clip, field, typed, stored):
    edit = library.edit_details(clip.id, **{field: typed})
    assert getattr(edit.clip, field) == stored
    assert edit.clip.edited == (field,)
    assert edit.before == clip
    assert edit.change.updated == {clip.id}
    again = library.get(clip.id)
    assert getattr(again, field) == stored and again.edited == (field,)
    others = [name for name in EDITABLE_FIELDS if name != field]
    assert [getattr(again, n) for n in others] == [getattr(clip, n) for n in others]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": " \t "}, "title cannot be empty"),
        ({"author": "Ada", "language": "not a language"}, "not a language tag"),
        ({"source": "Other", "published_at": "sometime"}, "cannot read the published date"),
        ({"site_name": "x" * 2001}, "limited to 2,000 characters"),
    ],
)
def test_a_bad_value_changes_nothing(library, clip, values, message):
    row = stored_row(library, clip.id)
    with pytest.raises(CuttingsError, match=message):
        library.edit_details(clip.id, **values)
    assert stored_row(library, clip.id) == row


def test_an_unknown_clip_is_an_error(library):
    with pytest.raises(NotFoundError):
        library.edit_details(99, author="Ada")


def test_several_details_are_one_edit_and_marks_accumulate(library, clip):
    library.update_clip(clip.id, title="Renamed")  # the title edit marks too
    assert library.get(clip.id).edited == ("title",)
    edit = library.edit_details(clip.id, language="en", author="Ada Rossi", published_at="")
    assert edit.clip.edited == ("title", "author", "published_at", "language")
    assert (edit.clip.language, edit.clip.published_at) == ("en", None)
    assert edit.change.reload  # the published order moved


def test_the_same_value_given_again_only_marks_it(library, clip):
    edit = library.edit_details(clip.id, author="Ada Rossi")
    assert edit.clip.author == "Ada Rossi" and edit.clip.edited == ("author",)
    assert not edit.change.is_empty
    assert library.edit_details(clip.id, author="Ada Rossi").change.is_empty


def test_a_refresh_keeps_the_details_edited_by_hand(library, clip):
    library.edit_details(
        clip.id, title="My title", author="", published_at="2025-02-22 14:30", language="en"
    )
    fresh = make_article(
        1,
        title="The page's new title",
        author="Someone Else",
        source="La Stampa",
        site_name="Portale",
        published_at="2025-03-01",
        language="fr",
        text="A new body about zebras.",
    )
    refreshed = library.refresh(clip.id, fresh).clip
    assert (refreshed.title, refreshed.author) == ("My title", "")
    assert (refreshed.published_at, refreshed.language) == ("2025-02-22T14:30:00", "en")
    # What nobody edited follows the page.
    assert (refreshed.source, refreshed.site_name) == ("La Stampa", "Portale")
    assert refreshed.edited == ("title", "author", "published_at", "language")
    assert library.search("zebras").clips[0].title == "My title"
    assert library.search("published:2025-02-22").total == 1
    assert library.check_search_index() == []


def test_search_and_timeline_keys_follow_an_edit(library, clip):
    library.add(make_article(2, published_at="2025-02-21"), tags=["politics"])
    library.edit_details(
        clip.id, author="Ugo Foscolo", source="Gazzetta", published_at="2024-12-31 23:00"
    )
    assert library.search("author:foscolo").total == 1
    assert library.search("source:gazzetta").total == 1
    assert library.search("rossi").total == 0
    assert library.search("published:2024-12-31").total == 1
    assert library.search("published:2025-02-20").total == 0
    oldest = library.list_clips(order="published", tags=["politics"])[-1]
    assert oldest.id == clip.id
    library.edit_details(clip.id, language="pt_br")
    assert library.search("lang:pt").total == 1
    assert library.check_search_index() == []


def test_undo_restores_values_and_marks_exactly_and_redo_again(library, clip):
    library.update_clip(clip.id, title="Renamed")
    start = library.get(clip.id)
    stored = stored_details(library, clip.id)
    edit = library.edit_details(
        clip.id,
        title="Other",
        author="",
        source="S",
        site_name="T",
        published_at="22/02/2025",
        language="de",
    )
    assert stored_details(library, clip.id) != stored
    undone = library.revert_clip_edit(edit)
    assert _details(undone.clip) == _details(start)
    assert stored_details(library, clip.id) == stored
    assert library.check_search_index() == []
    redone = library.revert_clip_edit(undone)
    assert _details(redone.clip) == _details(edit.clip)


def test_undoing_a_rename_takes_the_title_mark_back(library, clip):
    edit = library.update_clip(clip.id, title="Renamed")
    assert edit.clip.edited == ("title",)
    undone = library.revert_clip_edit(edit)
    assert (undone.clip.title, undone.clip.edited) == ("Budget passes", ())


def test_deleting_and_restoring_keeps_the_marks(library, clip):
    library.edit_details(clip.id, author="Ada")
    library.restore(library.delete([clip.id]))
    assert library.get(clip.id).edited == ("author",)


def _details(clip):
    return {name: getattr(clip, name) for name in (*EDITABLE_FIELDS, "edited", "note")}
