import sqlite3
from datetime import UTC, datetime

import pytest

from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.library import Library
from tests.factories import make_article


def test_add_and_get_round_trip(library):
    result = library.add(
        make_article(1, author="Ada", published_at="2025-02-22T14:49:00+01:00"),
        tags=["Politics", "italy"],
    )
    assert result.created
    clip = library.get(result.clip.id)
    assert clip.title == "Story number 1"
    assert clip.author == "Ada"
    assert clip.published_at == "2025-02-22T14:49:00+01:00"
    assert clip.tags == ("italy", "Politics")
    assert clip.text == "Body of story 1."
    assert clip.html == "<p>Body of story 1.</p>"
    assert clip.clipped_at.tzinfo is UTC


def test_adding_a_known_url_returns_the_existing_clip(library):
    first = library.add(make_article(1)).clip
    again = library.add(make_article(1, title="Other"))
    assert not again.created
    assert again.clip.id == first.id
    assert library.count() == 1


def test_find_by_url_ignores_tracking_parameters(library):
    clip = library.add(make_article(1)).clip
    found = library.find_by_url("HTTPS://News.Example.org:443/story-1?utm_source=x#top")
    assert found is not None and found.id == clip.id


def test_list_is_newest_first_and_pages(library):
    for n in range(5):
        library.add(make_article(n), clipped_at=datetime(2025, 1, n + 1, tzinfo=UTC))
    titles = [c.title for c in library.list_clips(limit=2)]
    assert titles == ["Story number 4", "Story number 3"]
    assert [c.title for c in library.list_clips(limit=2, offset=4)] == ["Story number 0"]


def test_list_by_published_date(library):
    library.add(make_article(1, published_at="2024-05-01"))
    library.add(make_article(2, published_at="2023-05-01T10:00:00+02:00"))
    library.add(make_article(3, published_at="2025-01-01"))
    order = [c.id for c in library.list_clips(order="published")]
    assert [library.get(i).published_at for i in order] == [
        "2025-01-01",
        "2024-05-01",
        "2023-05-01T10:00:00+02:00",
    ]


def test_tags_are_case_insensitive_and_unique(library):
    a = library.add(make_article(1), tags=["Économie"]).clip
    b = library.add(make_article(2), tags=["économie", "ÉCONOMIE"]).clip
    assert [(t.name, t.count) for t in library.tags()] == [("Économie", 2)]
    assert {c.id for c in library.list_clips(tags=["ÉCONOMIE"])} == {a.id, b.id}


def test_tag_filter_intersects(library):
    a = library.add(make_article(1), tags=["x", "y"]).clip
    library.add(make_article(2), tags=["x"])
    assert [c.id for c in library.list_clips(tags=["x", "y"])] == [a.id]
    assert library.count(tags=["x"]) == 2
    assert library.count(tags=["x", "y"]) == 1


def test_add_remove_set_tags(library):
    a = library.add(make_article(1)).clip
    b = library.add(make_article(2)).clip
    library.add_tags([a.id, b.id], ["one", "two"])
    library.remove_tags([a.id], ["ONE"])
    assert library.get(a.id).tags == ("two",)
    assert library.get(b.id).tags == ("one", "two")
    library.set_tags(b.id, ["three"])
    assert library.get(b.id).tags == ("three",)
    with pytest.raises(NotFoundError):
        library.add_tags([999], ["x"])


def test_rename_merge_delete_tags(library):
    a = library.add(make_article(1), tags=["polit"]).clip
    b = library.add(make_article(2), tags=["politics"]).clip
    library.rename_tag("polit", "Politica")
    assert library.get(a.id).tags == ("Politica",)
    library.rename_tag("Politica", "politics")  # onto an existing tag: merge
    assert library.get(a.id).tags == ("politics",)
    assert [(t.name, t.count) for t in library.tags()] == [("politics", 2)]
    library.merge_tags(["politics"], "News")
    assert library.get(b.id).tags == ("News",)
    library.delete_tag("news")
    assert library.get(b.id).tags == ()
    assert library.count() == 2
    with pytest.raises(NotFoundError):
        library.delete_tag("news")


def test_empty_tag_is_refused_and_nothing_written(library):
    with pytest.raises(CuttingsError):
        library.add(make_article(1), tags=["  "])
    assert library.count() == 0


def test_update_title_and_note(library):
    clip = library.add(make_article(1)).clip
    edit = library.update_clip(clip.id, title="  New   title ", note="call back Monday")
    updated = edit.clip
    assert (edit.before.title, edit.before.note) == (clip.title, "")
    assert edit.change.updated == {clip.id}
    assert updated.title == "New title"
    assert updated.note == "call back Monday"
    with pytest.raises(CuttingsError):
        library.update_clip(clip.id, title=" ")


def test_delete_then_restore_is_lossless(library):
    clip = library.add(make_article(1), tags=["keep"], note="n").clip
    before = library.get(clip.id)
    deleted = library.delete([clip.id])
    assert deleted.change.removed == {clip.id}
    assert deleted.clips[0].html is None  # bodies wait out of memory
    assert deleted.bodies.get(clip.id) == (before.html, before.text)
    assert library.count() == 0
    with pytest.raises(NotFoundError):
        library.get(clip.id)
    restored = library.restore(deleted)
    assert restored.ids == (clip.id,)
    assert restored.change.added == {clip.id}
    assert library.get(clip.id) == before


def test_refresh_replaces_content_keeps_tags_and_note(library):
    clip = library.add(make_article(1), tags=["t"], note="mine").clip
    edit = library.refresh(clip.id, make_article(1, title="Updated", text="New body."))
    assert edit.change.updated == {clip.id}
    refreshed = edit.clip
    assert refreshed.title == "Updated"
    assert refreshed.tags == ("t",)
    assert refreshed.note == "mine"
    assert refreshed.clipped_at == clip.clipped_at
    assert library.get(clip.id).text == "New body."


def test_search_matches_every_word_and_escapes_wildcards(library):
    library.add(make_article(1, title="Elezioni in Italia", text="Il voto di febbraio."))
    library.add(make_article(2, title="100% growth", text="Markets."))
    page = library.search("italia VOTO")
    assert [c.title for c in page.clips] == ["Elezioni in Italia"]
    assert page.total == 1
    assert [c.title for c in library.search("100%").clips] == ["100% growth"]
    assert library.search("_").clips == []


def test_library_uses_wal_and_foreign_keys(library):
    db = sqlite3.connect(library.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    clip = library.add(make_article(1), tags=["x"]).clip
    library.delete([clip.id])
    db = sqlite3.connect(library.path)
    assert db.execute("SELECT count(*) FROM clip_tags").fetchone()[0] == 0
    db.close()


def test_get_many_keeps_order(library):
    ids = [library.add(make_article(n)).clip.id for n in range(3)]
    assert [c.id for c in library.get_many([ids[2], 999, ids[0]])] == [ids[2], ids[0]]


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add(make_article(1))
    with Library(path) as lib:
        assert lib.count() == 1
