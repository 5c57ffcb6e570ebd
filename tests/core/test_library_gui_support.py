"""Read helpers added to Library for the desktop window."""

import os
import subprocess
import sys
from pathlib import Path

from cuttings.core.library import Library
from tests.factories import make_article

ROOT = Path(__file__).resolve().parents[2]


def test_changed_elsewhere_sees_every_write_by_another_connection(library):
    other = Library(library.path)
    try:
        assert not library.changed_elsewhere()
        clip = other.add(make_article(1)).clip
        assert library.changed_elsewhere()
        assert not library.changed_elsewhere()  # seen once
        assert other.get(clip.id).note == ""  # reading changes nothing
        assert not library.changed_elsewhere()
        # Within the same second as the previous write, and no clip count moves.
        other.update_clip(clip.id, note="a note")
        assert library.changed_elsewhere()
        other.add_tags([clip.id], ["energy"])
        assert library.changed_elsewhere()
        other.rename_tag("energy", "power")
        assert library.changed_elsewhere()
        other.delete([clip.id])
        assert library.changed_elsewhere()
    finally:
        other.close()


def test_own_writes_are_not_changes_elsewhere(library):
    clip = library.add(make_article(1)).clip
    library.update_clip(clip.id, note="mine")
    library.add_tags([clip.id], ["energy"])
    assert not library.changed_elsewhere()


def test_another_process_writing_in_the_same_second_is_noticed(library):
    clip = library.add(make_article(1)).clip
    assert not library.changed_elsewhere()
    script = (
        "import sys; from cuttings.core.library import Library;"
        "lib = Library(sys.argv[1]); lib.update_clip(int(sys.argv[2]), note='outside')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "app")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(library.path), str(clip.id)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert library.changed_elsewhere()
    assert library.get(clip.id).note == "outside"
