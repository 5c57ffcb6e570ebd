"""Saved searches in the core: save, edit, rename, delete, count."""

import pytest

from cuttings.core.errors import CuttingsError, NotFoundError, QuerySyntaxError
from cuttings.core.saved_searches import SavedSearch
from tests.factories import make_article


@pytest.fixture
def tagged(library):
    library.add(make_article(1), tags=["a"])
    library.add(make_article(2), tags=["b"])
    library.add(make_article(3), tags=["a", "b"])
    return library


def test_save_list_count_rename_delete(tagged):
    change = tagged.save_search(SavedSearch("Both", "story", ("a", "b")))
    assert change.tags_changed  # the sidebar reads its entries again
    tagged.save_search(SavedSearch("either", "", ("a", "b"), tags_any=True, sort="oldest"))
    assert [s.name for s in tagged.saved_searches()] == ["Both", "either"]
    assert tagged.saved_search_count(tagged.saved_search("both")) == 1
    either = tagged.saved_search("EITHER")
    assert (either.sort, either.full_query) == ("oldest", "tag:a OR tag:b")
    assert tagged.saved_search_count(either) == 3
    tagged.rename_saved_search("either", "Any tag")
    assert [s.name for s in tagged.saved_searches()] == ["Any tag", "Both"]
    assert tagged.saved_search("any tag").tags_any
    tagged.save_search(SavedSearch("Both", "number", ("a",)), replacing="Both")  # edit
    assert tagged.saved_search_count(tagged.saved_search("Both")) == 2
    tagged.delete_saved_search("both")
    with pytest.raises(NotFoundError, match="Both"):
        tagged.saved_search("Both")
    with pytest.raises(NotFoundError):
        tagged.delete_saved_search("Both")


def test_bad_saved_searches_are_refused(tagged):
    tagged.save_search(SavedSearch("One", "story"))
    with pytest.raises(CuttingsError, match="already a saved search"):
        tagged.save_search(SavedSearch("ONE", "other"))
    with pytest.raises(CuttingsError, match="already a saved search"):
        tagged.save_search(SavedSearch("Two", "x"))
        tagged.rename_saved_search("Two", "one")
    with pytest.raises(QuerySyntaxError):
        tagged.save_search(SavedSearch("Three", '"unclosed'))
    with pytest.raises(CuttingsError, match="needs a name"):
        tagged.save_search(SavedSearch("  ", "x"))
    assert [s.name for s in tagged.saved_searches()] == ["One", "Two"]
