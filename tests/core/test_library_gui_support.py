"""Read helpers added to Library for the desktop window."""

from datetime import UTC, datetime

from tests.factories import make_article


def test_timeline_position_counts_newer_clips(library):
    for n, day in enumerate((1, 2, 3, 4, 5), start=1):
        library.add(make_article(n), clipped_at=datetime(2025, 2, day, 12, tzinfo=UTC))
    # Newest first: 5, 4, 3, 2, 1 Feb.  The first clip before 3 Feb 00:00 is row 3 (2 Feb).
    assert library.timeline_position(datetime(2025, 2, 3, tzinfo=UTC)) == 3
    assert library.timeline_position(datetime(2025, 3, 1, tzinfo=UTC)) == 0
    assert library.timeline_position(datetime(2025, 1, 1, tzinfo=UTC)) == 5
    rows = library.list_clips(limit=10)
    assert rows[3].clipped_at.day == 2


def test_timeline_position_follows_order_and_tags(library):
    library.add(
        make_article(1, published_at="2024-12-01"),
        clipped_at=datetime(2025, 2, 10, tzinfo=UTC),
        tags=["energy"],
    )
    library.add(
        make_article(2, published_at="2025-02-05"),
        clipped_at=datetime(2025, 2, 1, tzinfo=UTC),
        tags=["energy"],
    )
    library.add(make_article(3), clipped_at=datetime(2025, 2, 8, tzinfo=UTC))
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    assert library.timeline_position(moment, order="published") == 2
    assert library.timeline_position(moment, order="published", tags=["energy"]) == 1
    assert library.timeline_position(datetime(2025, 2, 9, tzinfo=UTC), tags=["Energy"]) == 1


def test_change_stamp_moves_with_every_kind_of_write(library):
    stamps = [library.change_stamp()]

    def changed():
        stamps.append(library.change_stamp())
        return stamps[-1] != stamps[-2]

    clip = library.add(make_article(1)).clip
    assert changed()
    assert not changed()  # reading changes nothing
    library.update_clip(clip.id, note="a note")
    # updated_at has one-second precision: the note may land in the same second.
    library.add_tags([clip.id], ["energy"])
    assert changed()
    library.rename_tag("energy", "power")
    assert changed()
    library.delete([clip.id])
    assert changed()
