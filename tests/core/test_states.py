"""Reading states and the trash in the core: marks, counts, every listing leaving the trash out."""

from datetime import UTC, datetime, timedelta

import pytest

from cuttings.core.errors import NotFoundError
from cuttings.core.exporters.selection import Selection
from cuttings.core.library import NewClip
from cuttings.core.models import ClipState
from cuttings.core.states import StateCounts
from cuttings.core.timeline import TimelineQuery
from tests.factories import make_article

DAY = datetime(2025, 2, 1, 9, tzinfo=UTC)


@pytest.fixture
def five(library):
    """Five clips a day apart, tagged; ids 1..5 (5 the newest)."""
    for n in range(1, 6):
        tags = ["news", "even"] if n % 2 == 0 else ["news"]
        library.add(make_article(n, text=f"Body of story {n} budget."), tags=tags,
                    clipped_at=DAY + timedelta(days=n))  # fmt: skip
    return library


def ids(clips):
    return [clip.id for clip in clips]


def test_a_new_clip_is_unread_an_imported_one_read(library):
    clipped = library.add(make_article(1)).clip
    imported = library.add_many([NewClip(make_article(2))]).ids[0]
    assert clipped.state == ClipState(unread=True)
    assert library.get(imported).state == ClipState()


def test_marks_change_states_counts_and_undo(five):
    edit = five.mark([1, 2], starred=True)
    assert edit.change.updated == {1, 2} and edit.change.counts_changed
    assert five.get(1).state.starred and five.get(2).state.starred
    five.mark([3], archived=True)
    assert five.get(3).state == ClipState(archived=True)  # archiving marks read
    five.mark([4], read=True)
    assert five.state_counts() == StateCounts(unread=3, starred=2, archived=1, trash=0)
    undo = five.revert_state_edit(edit)
    assert not five.get(1).state.starred and five.get(1).state.unread
    assert five.state_counts().starred == 0
    five.revert_state_edit(undo)  # redo
    assert five.get(2).state.starred
    # Nothing changed: nothing said.
    assert five.mark([2], starred=True).change.is_empty


def test_marking_an_unknown_clip_changes_nothing(five):
    with pytest.raises(NotFoundError, match="99"):
        five.mark([1, 99], starred=True)
    assert not five.get(1).state.starred


def test_state_terms_in_the_query_language(five):
    five.mark([1, 2], starred=True)
    five.mark([3], archived=True)

    def found(query):
        return sorted(ids(five.search(query, limit=100).clips))

    assert found("is:unread") == [1, 2, 4, 5]
    assert found("is:read") == [3]
    assert found("is:starred") == [1, 2]
    assert found("-is:starred") == [3, 4, 5]
    assert found("is:archived") == [3]
    assert found("budget is:starred") == [1, 2]
    assert found("budget -is:unread") == [3]
    assert found("is:starred OR is:archived") == [1, 2, 3]
    assert found("tag:even is:starred") == [2]
    assert five.search("is:unread", limit=0).total == 4


def test_only_exclusions_and_untagged(five):
    five.add(make_article(9), clipped_at=DAY)
    found = lambda q: sorted(ids(five.search(q, limit=100).clips))  # noqa: E731
    assert found("-tag:even") == [1, 3, 5, 6]
    assert found("-budget") == [6]
    assert found("tag:none") == [6]
    assert found("-tag:none") == [1, 2, 3, 4, 5]
    assert found("tag:none OR tag:even") == [2, 4, 6]


def test_the_trash_is_left_out_everywhere_but_in_trash(five):
    trashed = five.move_to_trash([2, 3])
    assert trashed.ids == (2, 3) and trashed.change.removed == {2, 3}
    assert five.get(2).state.trashed  # still readable by id
    # Timeline pages, both orders, counts, the list of ids and its positions.
    assert ids(five.list_clips()) == [5, 4, 1]
    assert ids(five.list_clips(order="published")) == [5, 4, 1]
    assert ids(five.list_clips(tags=["even"])) == [4]
    assert five.count() == 3 and five.count(tags=["even"]) == 1
    for query in (TimelineQuery(), TimelineQuery(order="published"), TimelineQuery(tags=("news",))):
        assert list(five.timeline_list(query).ids) == [5, 4, 1]
    assert five.list_position(TimelineQuery(order="published"), five.get(1)) == 2
    assert five.list_position(TimelineQuery(), five.get(1)) == 2
    # Search, in every plan: words, words and tags, conditions, relevance.
    assert ids(five.search("budget", limit=10).clips) == [5, 4, 1]
    assert ids(five.search("budget tag:even", limit=10).clips) == [4]
    assert ids(five.search("-tag:even", limit=10).clips) == [5, 1]
    assert five.search("budget", order="relevance", limit=10).total == 3
    # Tag counts in the sidebar.
    assert {t.name: t.count for t in five.tags()} == {"news": 3, "even": 1}
    # Exports of everything or a search.
    assert Selection().count(five) == 3
    assert [i for page in Selection().ids(five) for i in page] == [1, 4, 5]
    assert [i for page in Selection(query="budget").ids(five) for i in page] == [5, 4, 1]
    # in:trash lists them; the URL stays known.
    assert ids(five.search("in:trash", limit=10).clips) == [3, 2]
    assert ids(five.search("in:trash tag:even", limit=10).clips) == [2]
    assert five.find_by_url(make_article(2).url).id == 2
    again = five.add(make_article(2))
    assert not again.created and again.clip.state.trashed
    assert five.known_urls([make_article(3).canonical_url])
    assert five.state_counts().trash == 2


def test_restore_and_empty_the_trash(five):
    five.mark([2], starred=True)
    five.move_to_trash([2, 3, 4])
    back = five.restore_from_trash([2, 5])
    assert back.ids == (2,) and back.change.added == {2}
    assert five.get(2).state == ClipState(unread=True, starred=True)
    seen = []
    purged = five.empty_trash(progress=lambda done, total: seen.append((done, total)))
    assert purged.count == 2 and purged.change.removed == {3, 4}
    assert seen == [(2, 2)]
    with pytest.raises(NotFoundError):
        five.get(3)
    assert five.search("budget", limit=10).total == 3
    assert five.check_search_index() == []
    assert {t.name: t.count for t in five.tags()} == {"news": 3, "even": 1}


def test_only_old_trash_is_emptied(five):
    five.move_to_trash([1])
    assert five.empty_trash(older_than=timedelta(days=30)).count == 0
    assert five.trashed_ids() == [1]
    assert five.empty_trash(older_than=timedelta(0)).count == 1


def test_a_deleted_clip_comes_back_with_its_state(five):
    five.mark([1], starred=True)
    deleted = five.delete([1])
    restored = five.restore(deleted)
    assert five.get(restored.ids[0]).state == ClipState(unread=True, starred=True)


def test_tag_counts_stay_exact_through_the_trash(five):
    five.move_to_trash([2, 4])  # both "even"
    assert {t.name: t.count for t in five.tags()} == {"news": 3, "even": 0}
    five.add_tags([2, 1], ["late"])  # tagging a clip in the trash counts it nowhere
    five.remove_tags([4], ["news"])
    five.rename_tag("even", "pair")
    assert {t.name: t.count for t in five.tags()} == {"late": 1, "news": 3, "pair": 0}
    five.restore_from_trash([2])
    assert {t.name: t.count for t in five.tags()} == {"late": 2, "news": 4, "pair": 1}
    five.delete([4])  # for good, from the trash
    five.empty_trash()
    assert five.check_search_index() == []
    five.move_to_trash([2])
    five.empty_trash()
    assert {t.name: t.count for t in five.tags()} == {"late": 1, "news": 3, "pair": 0}
    assert five.check_search_index() == []
