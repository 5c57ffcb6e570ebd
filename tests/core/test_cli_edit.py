"""``cuttings edit``: details edited by hand from the terminal, and kept by ``add --refresh``."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_cli import ARTICLE, lib_path, run  # noqa: F401  (lib_path is a fixture)

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def clip_id(server, lib_path, capsys):  # noqa: F811
    code, out, err = run(capsys, "add", server.url(ARTICLE))
    assert code == 0, err
    return out.split("\t")[0]


def stored(lib_path):  # noqa: F811
    with sqlite3.connect(lib_path) as db:
        return db.execute("SELECT * FROM clips").fetchall()


def test_edit_sets_details_prints_the_clip_and_show_json_lists_them(clip_id, capsys):
    code, out, err = run(
        capsys,
        "edit",
        clip_id,
        "--author",
        "Mario Rossi",
        "--site",
        "Aggregatore",
        "--published",
        "22/02/2025 14:30",
        "--language",
        "it_IT",
        "--title",
        "  La manovra  ",
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "La manovra"
    assert "Author:    Mario Rossi" in lines
    assert "Published: 2025-02-22T14:30:00" in lines
    assert "Edited:    title, author, site, published, language" in lines
    assert "trenta miliardi" not in out  # the details, not the article

    code, out, _ = run(capsys, "show", clip_id, "--json")
    data = json.loads(out)
    assert data["edited"] == ["title", "author", "site_name", "published_at", "language"]
    assert (data["author"], data["site_name"]) == ("Mario Rossi", "Aggregatore")
    assert (data["published_at"], data["language"]) == ("2025-02-22T14:30:00", "it-IT")
    assert data["source"] == "Corriere della Sera"


def test_an_empty_value_clears_and_json_prints_the_clip(clip_id, capsys):
    code, out, _ = run(capsys, "edit", clip_id, "--published", "", "--author", "", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["published_at"], data["author"]) == (None, "")
    assert data["edited"] == ["author", "published_at"]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--published", "next tuesday", "cannot read the published date 'next tuesday'"),
        ("--published", "1066-10-14", "out of range"),
        ("--language", "Italian!", "not a language tag"),
        ("--title", "   ", "title cannot be empty"),
    ],
)
def test_a_bad_value_is_one_line_exit_1_and_changes_nothing(
    clip_id,
    lib_path,  # noqa: F811
    capsys,
    option,
    value,
    message,
):
    before = stored(lib_path)
    code, out, err = run(capsys, "edit", clip_id, "--author", "Someone", option, value)
    assert code == 1 and out == ""
    assert err.startswith("cuttings: ") and message in err and err.count("\n") == 1
    assert stored(lib_path) == before


def test_edit_without_a_detail_or_of_an_unknown_clip_fails(clip_id, capsys):
    code, _out, err = run(capsys, "edit", clip_id)
    assert code == 2 and "nothing to edit" in err
    code, _out, err = run(capsys, "edit", "999", "--author", "A")
    assert code == 1 and err == "cuttings: no clip with id 999\n"


def test_a_refresh_keeps_what_was_edited_in_a_separate_process(server, clip_id, lib_path):  # noqa: F811
    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "cuttings", "--library", str(lib_path), *args],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(APP)},
        )

    edited = cli("edit", clip_id, "--author", "Mario Rossi", "--published", "2025-02-01")
    assert edited.returncode == 0, edited.stderr
    refreshed = cli("add", "--refresh", server.url(ARTICLE))
    assert refreshed.returncode == 0, refreshed.stderr
    data = json.loads(cli("show", clip_id, "--json").stdout)
    assert (data["author"], data["published_at"]) == ("Mario Rossi", "2025-02-01")
    # Details nobody edited still come from the page.
    assert data["source"] == "Corriere della Sera"
    assert data["edited"] == ["author", "published_at"]
