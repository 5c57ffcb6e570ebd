"""``cuttings import`` and ``cuttings export`` end to end."""

import csv
import io
import json
from pathlib import Path

import pytest

from cuttings.cli import main
from cuttings.commands.transfer import EXPORT_FORMAT_CHOICES, IMPORT_FORMAT_CHOICES
from cuttings.core.exporters import EXPORT_FORMATS
from cuttings.core.importers import IMPORT_FORMATS
from cuttings.core.library import Library

from .import_server import serving
from .porting_library import CLIPS, fill_library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def lib_path(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    return path


@pytest.fixture
def pages():
    with serving() as running:
        yield running


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_format_choices_match_the_core():
    assert IMPORT_FORMAT_CHOICES == IMPORT_FORMATS
    assert EXPORT_FORMAT_CHOICES == EXPORT_FORMATS


def test_import_prints_a_summary_and_fails_if_anything_failed(pages, lib_path, tmp_path, capsys):
    links = tmp_path / "links.txt"
    links.write_text(f"{pages.url('/story/1')}\n{pages.url('/gone')}\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    code, out, err = run(capsys, "import", links, "--tag", "from-cli", "--report", report)
    assert code == 1
    assert "2 read: 1 imported, 0 skipped as duplicates, 1 failed" in out
    assert f"report: {report}" in out
    assert f"cuttings: {pages.url('/gone')}: page not found (HTTP 404)" in err
    assert "page not found (HTTP 404)" in report.read_text(encoding="utf-8")
    with Library(lib_path) as library:
        assert [c.tags for c in library.list_clips()] == [("from-cli",)]

    code, out, _ = run(capsys, "import", links, "--report", report)
    assert "1 skipped as duplicates" in out


def test_import_succeeds_with_zero_exit_and_default_report(pages, lib_path, tmp_path, capsys):
    links = tmp_path / "links.txt"
    links.write_text(pages.url("/story/1") + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", links)
    assert code == 0
    assert "1 imported" in out
    assert list((lib_path.parent / "import-reports").glob("import-*.txt"))


def test_import_with_a_forced_format(lib_path, tmp_path, capsys):
    data = tmp_path / "export.dat"
    data.write_bytes((FIXTURES / "pocket-export.csv").read_bytes())
    code, _, err = run(capsys, "import", data, "--format", "urls", "--report", tmp_path / "r.txt")
    # Read as a URL list, every CSV line is a bad URL: reported, not dropped.
    assert code == 1
    assert "not a URL" in err


def test_unrecognised_file_is_a_one_line_error(lib_path, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Dear diary\n", encoding="utf-8")
    code, out, err = run(capsys, "import", notes)
    assert code == 1
    assert err.startswith("cuttings: ") and "not recognised" in err
    assert err.count("\n") == 1


def test_export_json_to_stdout_and_back(lib_path, tmp_path, capsys):
    with Library(lib_path) as library:
        fill_library(library)
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0
    assert len(json.loads(out)["clips"]) == len(CLIPS)

    target = tmp_path / "out.json"
    code, _, err = run(capsys, "export", "-f", "json", "-o", target)
    assert code == 0 and f"exported {len(CLIPS)} clips to {target}" in err
    other = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "--library", other, "import", target, "--report", tmp_path / "r")
    assert code == 0 and f"{len(CLIPS)} imported" in out


def test_export_a_query_as_csv(lib_path, capsys):
    with Library(lib_path) as library:
        fill_library(library)
    code, out, _ = run(capsys, "export", "--format", "csv", "résultats")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 2 and rows[1][1] == CLIPS[1]["url"]


def test_export_by_id_as_markdown_and_epub_needs_output(lib_path, tmp_path, capsys):
    with Library(lib_path) as library:
        ids = fill_library(library)
    code, _, err = run(capsys, "export", "--format", "epub")
    assert code == 2 and "needs --output" in err
    folder = tmp_path / "md"
    code, _, _ = run(capsys, "export", "-f", "markdown", "-o", folder, "--id", ids[1])
    assert code == 0
    assert len(list(folder.glob("*.md"))) == 1


def test_export_refuses_ids_with_a_query(lib_path, capsys):
    code, _, err = run(capsys, "export", "-f", "json", "--id", "1", "budget")
    assert code == 2 and "either --id or a QUERY" in err
