"""Library.add_many / known_urls / get_many_with_bodies (the import and export section)."""

from datetime import UTC, datetime

from cuttings.core.library import NewClip
from tests.factories import make_article


def test_add_many_stores_clips_with_tags_dates_and_notes(library):
    saved = datetime(2019, 5, 4, 3, 2, 1, tzinfo=UTC)
    changed = datetime(2020, 1, 1, tzinfo=UTC)
    added = library.add_many(
        [
            NewClip(make_article(1), tags=("News", "Politics"), clipped_at=saved, note="n1"),
            NewClip(make_article(2), tags=("news",), updated_at=changed),
        ]
    )
    results = added.results
    assert added.change.added == set(added.ids)
    assert added.change.tags_changed
    assert [created for _id, created in results] == [True, True]
    first = library.get(results[0][0])
    assert first.tags == ("News", "Politics")
    assert first.clipped_at == saved
    assert first.note == "n1"
    assert first.html == "<p>Body of story 1.</p>"
    second = library.get(results[1][0])
    assert second.tags == ("News",)  # one tag, whatever the case
    assert second.updated_at == changed
    assert [(t.name, t.count) for t in library.tags()] == [("News", 2), ("Politics", 1)]


def test_add_many_skips_known_and_repeated_urls(library):
    known = library.add(make_article(1)).clip
    added = library.add_many(
        [
            NewClip(make_article(1, url="https://news.example.org/story-1?utm_source=x")),
            NewClip(make_article(2)),
            NewClip(make_article(2)),
        ]
    )
    results = added.results
    assert added.change.added == {results[1][0]}
    assert results[0] == (known.id, False)
    assert results[1][1] is True
    assert results[2] == (results[1][0], False)
    assert library.count() == 2


def test_known_urls_matches_declared_and_clipped_canonical_urls(library):
    library.add(
        make_article(
            1,
            url="https://news.example.org/amp/story-1",
            canonical_url="https://news.example.org/story-1",
        )
    )
    keys = [
        "https://news.example.org/story-1",
        "https://news.example.org/amp/story-1",
        "https://news.example.org/story-2",
    ]
    assert library.known_urls(keys) == set(keys[:2])
    many = [f"https://example.org/{n}" for n in range(1000)]
    assert library.known_urls(many) == set()


def test_get_many_with_bodies_keeps_the_order(library):
    ids = [library.add(make_article(n)).clip.id for n in range(3)]
    clips = library.get_many_with_bodies([ids[2], 999, ids[0]])
    assert [c.id for c in clips] == [ids[2], ids[0]]
    assert clips[0].text == "Body of story 2."
