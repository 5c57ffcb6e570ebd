"""``cuttings highlight`` and ``cuttings highlights``, run as the program (subprocess)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.core.library import Library
from tests.factories import make_article

APP = Path(__file__).resolve().parents[2] / "app"
TEXT = (
    "The council approved the budget on Tuesday.\n\n"
    "Critics said the budget ignores housing. The mayor said the budget is fair."
)


@pytest.fixture
def lib_path(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.add(make_article(1, text=TEXT, html=f"<p>{TEXT}</p>"))
    return path


def cuttings(lib_path, *args):
    env = {**os.environ, "PYTHONPATH": str(APP), "CUTTINGS_LIBRARY": str(lib_path)}
    return subprocess.run(
        [sys.executable, "-m", "cuttings", *map(str, args)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_highlight_then_list_and_search(lib_path):
    done = cuttings(lib_path, "highlight", 1, "ignores  housing", "--comment", "Ask the mayor",
                    "--color", "Green")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["1\t1\tgreen\t“ignores housing”", "    Ask the mayor"]
    listed = json.loads(cuttings(lib_path, "highlights", 1, "--json").stdout)
    assert [(h["exact"], h["comment"], h["orphaned"]) for h in listed] == [
        ("ignores housing", "Ask the mayor", False)
    ]
    everything = json.loads(cuttings(lib_path, "highlights", "--json").stdout)
    assert everything[0]["clip_title"] == "Story number 1"
    found = cuttings(lib_path, "search", "mayor has:highlights")
    assert found.stdout.startswith("1\t")


def test_text_not_in_the_clip_is_refused(lib_path):
    done = cuttings(lib_path, "highlight", 1, "a sentence never written")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "cuttings: clip 1's text does not contain 'a sentence never written'"
    )
    assert json.loads(cuttings(lib_path, "highlights", "--json").stdout) == []


def test_text_found_twice_needs_more_context(lib_path):
    done = cuttings(lib_path, "highlight", 1, "the budget")
    assert done.returncode == 1
    message = done.stderr.strip()
    assert message.startswith(
        "cuttings: 'the budget' occurs 3 times in clip 1; say which with --occurrence N"
    )
    assert "2: …Tuesday. Critics said the budget ignores housing. The…;" in message
    assert cuttings(lib_path, "highlight", 1, "the budget", "--occurrence", 4).returncode == 1
    done = cuttings(lib_path, "highlight", 1, "the budget", "--occurrence", 3)
    assert done.returncode == 0, done.stderr
    with Library(lib_path) as library:
        (item,) = library.highlights(1)
    assert item.quote.prefix.endswith("The mayor said ")
    # More of the text says which, too.
    assert cuttings(lib_path, "highlight", 1, "said the budget ignores").returncode == 0


def test_orphaned_highlights_are_marked_edited_and_removed(lib_path):
    assert cuttings(lib_path, "highlight", 1, "approved").returncode == 0
    with Library(lib_path) as library:
        library.refresh(1, make_article(1, text="Something else entirely.", html="<p>x</p>"))
    listed = cuttings(lib_path, "highlights", 1)
    assert listed.stdout.splitlines() == [
        "1\t1\tyellow\t“approved”\torphaned (its text is no longer in the clip)"
    ]
    edited = cuttings(lib_path, "highlight-edit", 1, "--comment", "gone?", "--color", "pink")
    assert edited.returncode == 0 and "pink" in edited.stdout
    assert cuttings(lib_path, "highlight-edit", 1).returncode == 2
    assert cuttings(lib_path, "highlight-remove", 1).returncode == 0
    assert cuttings(lib_path, "highlights", 1).stdout == ""
    missing = cuttings(lib_path, "highlight-remove", 1)
    assert missing.returncode == 1 and missing.stderr.strip() == "cuttings: no highlight with id 1"
