"""Read helpers added to Library for the desktop window."""

from tests.factories import make_article


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
