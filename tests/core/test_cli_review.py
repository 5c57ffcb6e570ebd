"""``cuttings review``: new, list, show, export, duplicate, rename, delete."""

import json

import pytest
from pypdf import PdfReader

from cuttings.cli import main
from cuttings.core.library import Library
from tests.factories import make_article


@pytest.fixture
def lib_path(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    with Library(path) as library:
        for n in range(1, 6):
            library.add(make_article(n), tags=["Politica"] if n % 2 else ["Economia"])
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_list_show_duplicate_delete(lib_path, capsys):
    code, out, _ = run(
        capsys, "review", "new", "Rassegna", "--tag", "Politica", "--date", "2025-03-01"
    )
    assert (code, out) == (0, "1\tRassegna\t3 articles\n")
    code, out, _ = run(capsys, "review", "new", "Per tema", "story", "--sections-from-tags")
    assert out == "2\tPer tema\t5 articles\n"
    code, out, _ = run(capsys, "review", "new", "A mano", "4", "2")
    assert out == "3\tA mano\t2 articles\n"
    run(capsys, "review", "new", "Sezioni", "--section", "Uno=tag:Economia", "--section", "Due=1")
    code, out, _ = run(capsys, "review", "show", "2", "--json")
    shown = json.loads(out)
    assert [s["title"] for s in shown["sections"]] == ["Economia", "Politica"]
    assert [e["clip_id"] for e in shown["sections"][1]["entries"]] == [1, 3, 5]
    code, out, _ = run(capsys, "review", "show", "3")
    assert "1. [4] Story number 4 — Example News" in out
    code, out, _ = run(capsys, "review", "duplicate", "1", "--date", "2025-03-02")
    assert out == "5\t2025-03-02\tRassegna\n"
    run(capsys, "review", "rename", "5", "Rassegna del mattino")
    run(capsys, "review", "delete", "3")
    code, out, _ = run(capsys, "review", "list", "--json")
    assert [(e["id"], e["name"], e["date"]) for e in json.loads(out)][-2:] == [
        (5, "Rassegna del mattino", "2025-03-02"),
        (1, "Rassegna", "2025-03-01"),
    ]
    assert 3 not in [e["id"] for e in json.loads(out)]


def test_export_and_errors(lib_path, tmp_path, capsys):
    run(capsys, "review", "new", "Rassegna", "--tag", "Politica")
    target = tmp_path / "out" / "review.pdf"
    target.parent.mkdir()
    code, _, err = run(capsys, "review", "export", "1", "--format", "pdf", "--output", target)
    assert code == 0 and err.strip() == str(target)
    assert len(PdfReader(target).outline) == 2  # the section, then its articles
    code, _, err = run(capsys, "review", "export", "7", "-f", "html", "-o", tmp_path / "x.html")
    assert (code, err) == (1, "cuttings: no press review with id 7\n")
    code, _, err = run(capsys, "review", "new", "X", "99")
    assert (code, err) == (1, "cuttings: no clip with id 99\n")
    code, _, err = run(capsys, "review", "new", "X", "--query", "(")
    assert code == 1 and err.startswith("cuttings: ")
