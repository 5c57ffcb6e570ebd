"""`mark`, `delete`, `restore`, `trash`, `saved` and `search --saved`, run as a person runs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.core.library import Library
from tests.factories import make_article

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def lib_path(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        for n in (1, 2, 3):
            lib.add(make_article(n), tags=["news"] if n != 3 else [])
    return path


def cuttings(lib_path, *args):
    env = {**os.environ, "PYTHONPATH": str(APP)}
    return subprocess.run(
        [sys.executable, "-m", "cuttings", "--library", str(lib_path), *map(str, args)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_mark_says_each_clips_state(lib_path):
    done = cuttings(lib_path, "mark", 1, 2, "--star", "--read")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "1\tStory number 1\tread, starred",
        "2\tStory number 2\tread, starred",
    ]
    done = cuttings(lib_path, "mark", 2, "--archive", "--unstar")
    assert done.stdout == "2\tStory number 2\tread, archived\n"
    found = cuttings(lib_path, "search", "is:unread OR is:archived", "--json")
    assert [clip["id"] for clip in json.loads(found.stdout)] == [3, 2]
    assert cuttings(lib_path, "mark", 1).returncode == 2
    bad = cuttings(lib_path, "mark", 1, "--star", "--unstar")
    assert bad.returncode == 2 and "not allowed with" in bad.stderr
    missing = cuttings(lib_path, "mark", 9, "--star")
    assert (missing.returncode, missing.stderr) == (1, "cuttings: no clip with id 9\n")


def test_show_json_has_the_reading_state(lib_path):
    def state(clip_id):
        shown = cuttings(lib_path, "show", clip_id, "--json")
        assert shown.returncode == 0, shown.stderr
        return json.loads(shown.stdout)["state"]

    read = {"unread": False, "starred": False, "archived": False, "trash": False}
    assert state(1) == {**read, "unread": True, "deleted_at": None}  # as clipped
    cuttings(lib_path, "mark", 1, "--read", "--star")
    assert state(1) == {**read, "starred": True, "deleted_at": None}
    cuttings(lib_path, "mark", 2, "--archive")
    cuttings(lib_path, "delete", 2)
    trashed = state(2)
    assert trashed["deleted_at"].endswith("Z")
    assert trashed == {**read, "archived": True, "trash": True, "deleted_at": trashed["deleted_at"]}


def test_delete_moves_to_the_trash_restore_and_empty(lib_path):
    done = cuttings(lib_path, "delete", 1, 2)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "1\tStory number 1\tmoved to the trash",
        "2\tStory number 2\tmoved to the trash",
    ]
    assert cuttings(lib_path, "list").stdout.count("\n") == 1
    assert [c["id"] for c in json.loads(cuttings(lib_path, "search", "in:trash", "--json").stdout)]
    listed = json.loads(cuttings(lib_path, "trash", "--json").stdout)
    assert [clip["id"] for clip in listed] == [2, 1] and listed[0]["deleted_at"]
    assert "\tdeleted " in cuttings(lib_path, "trash").stdout
    back = cuttings(lib_path, "restore", 2, 3)
    assert back.returncode == 1
    assert back.stdout == "2\tStory number 2\trestored\n"
    assert back.stderr == "cuttings: clip 3 is not in the trash\n"
    emptied = cuttings(lib_path, "trash", "--empty")
    assert emptied.returncode == 0
    assert emptied.stderr == "trash emptied: 1 clip deleted for good\n"
    assert cuttings(lib_path, "show", 1).returncode == 1
    gone = cuttings(lib_path, "delete", "--permanently", 3)
    assert gone.stdout == "3\tStory number 3\tdeleted\n"
    assert json.loads(cuttings(lib_path, "trash", "--json").stdout) == []
    with Library(lib_path) as lib:
        assert [clip.id for clip in lib.list_clips()] == [2]


def test_clipping_a_url_in_the_trash_restores_it(server, tmp_path):
    path = tmp_path / "library.sqlite"
    url = server.url("site/portale-manovra.html")
    first = cuttings(path, "add", url)
    clip_id = first.stdout.split("\t")[0]
    cuttings(path, "delete", clip_id)
    again = cuttings(path, "add", url)
    assert again.returncode == 0
    assert again.stdout.split("\t")[0] == clip_id
    assert again.stderr == f"cuttings: {url}: was in the trash: restored\n"
    assert json.loads(cuttings(path, "trash", "--json").stdout) == []


def test_saved_searches(lib_path):
    added = cuttings(lib_path, "saved", "add", "Untagged", "tag:none")
    assert (added.returncode, added.stdout) == (0, "Untagged\t1\tsaved\n")
    cuttings(lib_path, "saved", "add", "News stories", "story", "--tag", "news", "--sort", "oldest")
    replaced = cuttings(lib_path, "saved", "add", "untagged", "--", "-tag:news")
    assert replaced.stdout == "untagged\t1\treplaced\n"
    listed = cuttings(lib_path, "saved", "list")
    assert listed.stdout.splitlines() == [
        "News stories\t2\t(story) tag:news",
        "untagged\t1\t-tag:news",
    ]
    data = json.loads(cuttings(lib_path, "saved", "list", "--json").stdout)
    assert data[0] == {
        "name": "News stories", "query": "story", "tags": ["news"], "tags_any": False,
        "sort": "oldest", "count": 2,
    }  # fmt: skip
    found = cuttings(lib_path, "search", "--saved", "news stories", "--json")
    assert [clip["id"] for clip in json.loads(found.stdout)] == [1, 2]  # its order: oldest
    within = cuttings(lib_path, "search", "--saved", "News stories", "2", "--json")
    assert [clip["id"] for clip in json.loads(within.stdout)] == [2]
    bad = cuttings(lib_path, "saved", "add", "Broken", '"unclosed')
    assert bad.returncode == 1 and "quotation mark" in bad.stderr
    nothing = cuttings(lib_path, "search")
    assert (nothing.returncode, nothing.stderr) == (2, "cuttings: give a QUERY or --saved NAME\n")
    removed = cuttings(lib_path, "saved", "remove", "NEWS STORIES")
    assert removed.stdout == "News stories\tremoved\n"
    missing = cuttings(lib_path, "search", "--saved", "News stories")
    assert (missing.returncode, missing.stderr) == (
        1, "cuttings: no saved search called 'News stories'\n"
    )  # fmt: skip
