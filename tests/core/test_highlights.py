"""Highlights: anchoring that survives reformatting, orphans, the library API and its changes."""

import sqlite3

import pytest
from sqlmodel import SQLModel

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions
from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.highlights.anchoring import Anchorer, TextQuote, quote_at
from cuttings.core.highlights.models import HIGHLIGHT_TABLE_COLUMNS
from cuttings.core.library import Library
from tests.factories import make_article

TEXT = (
    "The council approved the budget on Tuesday.\n\n"
    "Critics said the budget ignores housing. The mayor said the budget is fair.\n\n"
    "A vote on housing follows in March."
)


def quote_of(text: str, exact: str, occurrence: int = 0) -> TextQuote:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    return quote_at(text, start, start + len(exact))


def test_the_same_words_twice_are_told_apart_by_their_context():
    quote = quote_of(TEXT, "the budget", 2)
    start, end = Anchorer(TEXT).anchor(quote)
    assert TEXT[start - len("mayor said ") : end] == "mayor said the budget"


def test_a_highlight_survives_reformatting():
    quote = quote_of(TEXT, "the budget ignores housing")
    reformatted = (
        "The council approved the budget on Tuesday. Critics said   the\u00a0Budget "
        "ignores\nhousing. The mayor said the budget is fair. A vote on housing follows."
    )
    start, end = Anchorer(reformatted).anchor(quote)
    assert reformatted[start:end] == "the\u00a0Budget ignores\nhousing"


def test_the_position_hint_decides_between_places_with_the_same_context():
    text = "yes no yes no yes no yes"
    quote = TextQuote("yes", "", "", position=text.rindex("yes"))
    assert Anchorer(text).anchor(quote) == (len(text) - 3, len(text))


def test_a_small_edit_inside_the_highlight_is_found_fuzzily():
    quote = quote_of(TEXT, "Critics said the budget ignores housing.")
    edited = TEXT.replace("ignores housing", "ignores social housing")
    start, end = Anchorer(edited).anchor(quote)
    assert edited[start:end] == "Critics said the budget ignores social housing."
    assert Anchorer(edited).anchor(quote, fuzzy=False) is None


def test_text_gone_is_orphaned():
    quote = quote_of(TEXT, "the budget ignores housing")
    assert Anchorer("A completely different article about football.").anchor(quote) is None


@pytest.fixture
def clip_id(library):
    return library.add(make_article(1, text=TEXT, html=f"<p>{TEXT}</p>")).clip.id


def test_add_edit_remove_and_list(library, clip_id):
    added = library.add_highlight(clip_id, quote_of(TEXT, "ignores housing"), comment="why?")
    assert added.before is None and added.change.updated == {clip_id}
    item = added.highlight
    assert item is not None and item.quote.prefix.endswith("said the budget ")
    assert item.span == (TEXT.index("ignores housing"), TEXT.index("ignores housing") + 15)
    library.add_highlight(clip_id, quote_of(TEXT, "The council"), color="green")
    listed = library.highlights(clip_id)
    assert [h.exact for h in listed] == ["The council", "ignores housing"]
    edit = library.edit_highlight(item.id, comment="Really?", color="Pink")
    assert edit.highlight.comment == "Really?" and edit.highlight.color == "pink"
    assert edit.before.comment == "why?"
    with pytest.raises(CuttingsError, match="colour"):
        library.edit_highlight(item.id, color="mauve")
    removed = library.remove_highlight(item.id)
    assert removed.highlight is None and removed.change.updated == {clip_id}
    assert [h.exact for h in library.highlights(clip_id)] == ["The council"]
    back = library.revert_highlight_edit(removed)
    assert back.highlight.id == item.id and back.highlight.comment == "Really?"
    library.revert_highlight_edit(edit)
    assert library.highlights(clip_id)[1].comment == "why?"
    with pytest.raises(NotFoundError):
        library.remove_highlight(999)


def test_text_not_in_the_clip_is_refused(library, clip_id):
    with pytest.raises(CuttingsError, match="does not contain"):
        library.add_highlight(clip_id, TextQuote("a sentence never written"))
    assert library.highlights(clip_id) == []


def test_a_quote_from_another_rendering_is_stored_as_the_clip_text_has_it(library, clip_id):
    # The reader's document: one line break between paragraphs, a headline before.
    rendered = "Story number 1\nThe council approved the budget on Tuesday.\nCritics said"
    quote = quote_of(rendered, "Tuesday.\nCritics")
    item = library.add_highlight(clip_id, quote).highlight
    assert item.exact == "Tuesday.\n\nCritics"
    assert item.quote.position == TEXT.index("Tuesday")


def test_a_refresh_that_drops_the_text_orphans_the_highlight_and_keeps_it(library, clip_id):
    library.add_highlight(clip_id, quote_of(TEXT, "ignores housing"), comment="keep me")
    library.add_highlight(clip_id, quote_of(TEXT, "A vote on housing"))
    new_text = "The council approved the budget.\n\nA vote on housing follows in April."
    library.refresh(clip_id, make_article(1, text=new_text, html=f"<p>{new_text}</p>"))
    listed = library.highlights(clip_id)
    assert [(h.exact, h.orphaned) for h in listed] == [
        ("A vote on housing", False),
        ("ignores housing", True),
    ]
    assert listed[1].comment == "keep me"
    assert [e.highlight.orphaned for e in library.all_highlights()] == [False, True]


def test_all_highlights_newest_first_with_their_clip(library, clip_id):
    other = library.add(make_article(2)).clip.id
    library.add_highlight(clip_id, quote_of(TEXT, "Critics"))
    library.add_highlight(other, TextQuote("Body of story 2"))
    entries = library.all_highlights()
    assert [(e.highlight.exact, e.clip_title) for e in entries] == [
        ("Body of story 2", "Story number 2"),
        ("Critics", "Story number 1"),
    ]
    assert library.highlight_count() == 2
    assert set(library.highlights_of([clip_id, other])) == {clip_id, other}
    library.delete([other])
    assert library.highlight_count() == 1


def test_the_table_matches_its_model(library):
    db = sqlite3.connect(library.path)
    columns = tuple(row[1] for row in db.execute("PRAGMA table_info(highlights)"))
    db.close()
    assert (
        columns
        == HIGHLIGHT_TABLE_COLUMNS
        == tuple(c.name for c in SQLModel.metadata.tables["highlights"].columns)
    )


def test_a_library_of_the_previous_version_gains_an_empty_highlights_table(tmp_path):
    version = migrations.MIGRATIONS.index(migrations._v6_highlights)
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:version]:
        migration(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, text, clipped_at, updated_at) "
        "VALUES (3, 'https://e.example/3', 'https://e.example/3', 'https://e.example/3', 'Old', "
        "'Old words here.', '2025-02-21T10:00:00Z', '2025-02-21T10:00:00Z')"
    )
    db.close()
    with Library(path) as library:
        assert library.highlights(3) == []
        library.add_highlight(3, TextQuote("words"), comment="kept")
        assert library.highlights(3)[0].comment == "kept"


def test_undoing_a_delete_brings_the_highlights_back(library, clip_id):
    library.add_highlight(clip_id, quote_of(TEXT, "ignores housing"), comment="keep me")
    before = library.highlights(clip_id)
    deleted = library.delete([clip_id])
    assert library.highlight_count() == 0
    (back,) = library.restore(deleted).ids
    assert [(h.quote, h.comment, h.created_at) for h in library.highlights(back)] == [
        (h.quote, h.comment, h.created_at) for h in before
    ]
    assert library.search("keep has:highlights").total == 1


def test_check_finds_a_highlights_index_out_of_step_and_rebuild_repairs_it(library, clip_id):
    library.add_highlight(clip_id, quote_of(TEXT, "ignores housing"), comment="keep me")
    assert library.check_search_index() == []
    db = sqlite3.connect(library.path)
    db.execute("DROP TRIGGER highlights_fts_update")
    db.execute("UPDATE highlights SET comment = 'changed behind its back', date_key = 1")
    db.commit()
    db.close()
    problems = library.check_search_index()
    assert any("highlights' index" in p for p in problems)
    assert "1 highlights have a stale date key" in problems
    library.rebuild_search_index()
    assert library.check_search_index() == []
    assert library.search("behind").total == 1
    assert library.search("has:highlights").total == 1
