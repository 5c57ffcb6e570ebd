"""What Library mutators return: the LibraryChange, and enough to undo tag writes exactly."""

import pytest

from cuttings.core.changes import LibraryChange
from cuttings.core.errors import NotFoundError
from cuttings.core.library import NewClip
from tests.factories import make_article


def state(library):
    """Everything a tag write may touch: each clip's tags and the tag list with counts."""
    clips = library.list_clips(limit=1000)
    return (
        {clip.id: clip.tags for clip in clips},
        [(tag.name, tag.count) for tag in library.tags()],
    )


@pytest.fixture
def tagged(library):
    """Three clips: 1 (Energy, oil), 2 (energy), 3 (none)."""
    a = library.add(make_article(1), tags=["Energy", "oil"]).clip
    b = library.add(make_article(2), tags=["energy"]).clip
    c = library.add(make_article(3)).clip
    return library, (a.id, b.id, c.id)


def test_change_combines_in_order():
    first = LibraryChange.of(added=[1, 2], updated=[3])
    second = LibraryChange.of(removed=[2], updated=[1, 4], tags_changed=True)
    both = first | second
    assert both.added == {1}
    assert both.removed == {2}
    assert both.updated == {3, 4}  # 1 is new: added says it all
    assert both.tags_changed and both.counts_changed
    assert LibraryChange().is_empty and not both.is_empty
    assert (LibraryChange.of(removed=[5]) | LibraryChange.of(added=[5])).added == {5}


def test_add_and_tag_writes_say_what_they_changed(tagged):
    library, (a, b, c) = tagged
    assert library.add(make_article(9)).change == LibraryChange.of(added=[4])
    again = library.add(make_article(9))
    assert not again.created and again.change.is_empty
    edit = library.add_tags([a, b, c], ["oil"])
    assert edit.linked == {"oil": {b, c}}  # a had it already
    assert edit.change.updated == {b, c}
    assert edit.change.tags_changed and edit.change.counts_changed
    assert library.remove_tags([a, c], ["OIL", "nothing"]).unlinked == {"oil": {a, c}}
    assert library.remove_tags([a], ["oil"]).change.is_empty
    assert library.optimize_search_index().is_empty
    assert library.rebuild_search_index().reload


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda lib, ids: lib.add_tags(ids, ["oil", "new tag"]), id="add_tags"),
        pytest.param(lambda lib, ids: lib.remove_tags(ids, ["energy", "oil"]), id="remove_tags"),
        pytest.param(lambda lib, ids: lib.set_tags(ids[0], ["oil", "gas"]), id="set_tags"),
        pytest.param(
            lambda lib, ids: lib.edit_tags(ids, add=["gas"], remove=["oil"]), id="edit_tags"
        ),
        pytest.param(lambda lib, ids: lib.rename_tag("energy", "Power"), id="rename"),
        pytest.param(lambda lib, ids: lib.rename_tag("energy", "ENERGY"), id="rename-case"),
        pytest.param(lambda lib, ids: lib.rename_tag("oil", "energy"), id="rename-merges"),
        pytest.param(lambda lib, ids: lib.merge_tags(["energy", "oil"], "fuel"), id="merge-new"),
        pytest.param(lambda lib, ids: lib.merge_tags(["oil"], "energy"), id="merge-existing"),
        pytest.param(lambda lib, ids: lib.delete_tag("ENERGY"), id="delete_tag"),
    ],
)
def test_revert_restores_exactly_and_its_revert_redoes(tagged, write):
    library, ids = tagged
    before = state(library)
    edit = write(library, ids)
    after = state(library)
    assert after != before
    undone = library.revert_tag_edit(edit)
    assert state(library) == before
    assert undone.change.tags_changed
    library.revert_tag_edit(undone)
    assert state(library) == after


def test_revert_clip_edit_puts_back_title_and_note(library):
    clip = library.add(make_article(1), note="first").clip
    edit = library.update_clip(clip.id, title="Renamed")
    edit = library.update_clip(clip.id, note="second")
    undone = library.revert_clip_edit(edit)
    assert (undone.clip.title, undone.clip.note) == ("Renamed", "first")
    assert undone.change.updated == {clip.id}
    redone = library.revert_clip_edit(undone)
    assert redone.clip.note == "second"


def test_revert_passes_over_clips_deleted_meanwhile(tagged):
    library, (a, b, _c) = tagged
    edit = library.delete_tag("energy")
    library.delete([b])
    library.revert_tag_edit(edit)
    assert library.get(a).tags == ("Energy", "oil")
    assert [(t.name, t.count) for t in library.tags()] == [("Energy", 1), ("oil", 1)]


def test_tagging_an_unknown_clip_writes_nothing(tagged):
    library, (a, _b, _c) = tagged
    with pytest.raises(NotFoundError):
        library.add_tags([a, 999], ["x"])
    assert "x" not in [t.name for t in library.tags()]
    with pytest.raises(NotFoundError):
        library.delete([a, 999])
    assert library.get(a).tags == ("Energy", "oil")


def test_bulk_writes_go_to_sqlite_in_chunks(library):
    count = 1_200  # a few chunks
    added = library.bulk_insert(
        (NewClip(make_article(n), tags=("energy",) if n % 2 else ()) for n in range(count)),
        batch_size=500,
    )
    ids = added.ids
    assert len(added.change.added) == count
    edit = library.add_tags(ids, ["solar"])
    assert len(edit.linked["solar"]) == count
    assert library.count(tags=["solar"]) == count
    # More ids than SQLite takes as bound parameters in one statement (32,766).
    many = ids + list(range(100_000, 140_000))
    removed = library.remove_tags(many, ["energy"])
    assert len(removed.unlinked["energy"]) == count // 2
    assert len(library.get_many(many)) == count
    library.revert_tag_edit(removed)
    library.revert_tag_edit(edit)
    assert library.count(tags=["energy"]) == count // 2
    assert "solar" not in [t.name for t in library.tags()]
    deleted = library.delete(ids)
    assert library.count() == 0
    assert len(deleted.bodies) == count
    restored = library.restore(deleted)
    assert restored.ids == tuple(ids)
    assert library.count(tags=["energy"]) == count // 2
    assert library.check_search_index() == []
    assert library.search("story").total == count
