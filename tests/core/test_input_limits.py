"""Input past the limits of a parser or of SQLite is a one-line error (or is
cleaned), never a traceback; searches are bounded and highlighting stays linear."""

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.cli import main
from cuttings.core.errors import QuerySyntaxError
from cuttings.core.importers import ImportSourceError, import_files, read_file, read_source
from cuttings.core.search.query import MAX_NESTING, MAX_PHRASE_WORDS, MAX_QUERY_LENGTH, parse_query
from cuttings.core.search.snippets import MAX_TERM_CHARS, highlighter
from tests.factories import make_article


def cuttings_export(tmp_path, clips) -> object:
    path = tmp_path / "export.json"
    document = {"format": "cuttings-export", "version": 1, "clips": clips}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def exported_clip(n: int, **fields) -> dict:
    return {
        "url": f"https://example.org/{n}",
        "title": f"T{n}",
        "clipped_at": "2024-01-01T00:00:00Z",
        "html": "<p>x</p>",
        "text": "x",
        **fields,
    }


# -- CSV ---------------------------------------------------------------------


def test_a_long_csv_cell_is_imported(tmp_path, library):
    note = "long note " * 20_000  # 200,000 characters, over csv's default limit
    path = tmp_path / "links.csv"
    path.write_text(f'url,title,note\nhttps://example.org/a,A,"{note}"\n', encoding="utf-8")
    [item] = read_file(path).items
    assert item.note == note


def test_a_csv_cell_over_the_limit_is_a_one_line_error(tmp_path):
    path = tmp_path / "links.csv"
    path.write_text('url,title\nhttps://example.org/a,"' + "x" * (11 << 20) + '"\n')
    with pytest.raises(ImportSourceError, match=r"not a readable CSV file \(line \d+: field"):
        read_file(path)


def test_cli_import_of_a_broken_csv_is_one_line(tmp_path, capsys):
    path = tmp_path / "links.csv"
    path.write_text('url,title\nhttps://example.org/a,"' + "x" * (11 << 20) + '"\n')
    assert main(["--library", str(tmp_path / "l.sqlite"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


# -- JSON --------------------------------------------------------------------


@pytest.mark.parametrize("depth", [5_000, 100_000])
def test_deeply_nested_json_is_an_error_in_detection_and_reading(tmp_path, depth):
    nested = "[" * depth + "]" * depth
    after_a_clip = json.dumps([exported_clip(1)])[:-1] + "," + nested + "]"
    for text, chosen in ((nested, None), ("[" + nested + "]", None), (after_a_clip, "json")):
        path = tmp_path / "deep.json"
        path.write_text(text)
        with pytest.raises(ImportSourceError, match="nested too deeply"):
            read_file(path, format=chosen)
        with pytest.raises(ImportSourceError, match="nested too deeply"):
            read_source(text.encode(), format=chosen)
    # Inside a clip of an export whose format is known from its header.
    path = tmp_path / "export.json"
    path.write_text(
        '{"format": "cuttings-export", "version": 1, "clips": [{"url": "https://e.org/", "tags": '
        + nested
        + "}]}"
    )
    with pytest.raises(ImportSourceError, match="nested too deeply"):
        read_file(path)


def test_lone_surrogates_in_json_are_replaced(tmp_path, library):
    raw = json.dumps(
        [exported_clip(1, title="bad \ud800 title", html="<p>a \udfff b</p>", tags=["t\udbff"])],
        ensure_ascii=True,
    )
    assert "\\ud800" in raw
    path = tmp_path / "export.json"
    path.write_text('{"format": "cuttings-export", "version": 1, "clips": ' + raw + "}")
    report = import_files(library, [path], report_path=tmp_path / "r.txt")
    [imported] = report.imported
    stored = library.get(imported.clip_id)
    assert stored.title == "bad \ufffd title"
    assert "\ufffd" in (stored.html or "") and stored.tags == ("t\ufffd",)
    # A real pair stays the character it encodes.
    path.write_text(
        json.dumps([exported_clip(2, title="emoji \U0001f600")], ensure_ascii=True), "utf-8"
    )
    assert read_file(path, format="json").items[0].title == "emoji \U0001f600"


def test_instapaper_tags_that_are_hostile_json(tmp_path):
    deep = "[" * 5000 + "]" * 5000
    path = tmp_path / "insta.csv"
    path.write_text(
        "URL,Title,Selection,Folder,Timestamp,Tags\n"
        f'https://e.org/1,A,,Unread,1700000000,"{deep}"\n'
        'https://e.org/2,B,,Unread,1700000000,"[""x\\ud800""]"\n',
        encoding="utf-8",
    )
    items = read_file(path, format="instapaper").items
    assert items[1].tags == ("x\ufffd",)


# -- search ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 250 + "a" + ")" * 250, "nested too deeply"),
        ("(" * (MAX_NESTING + 1) + "a" + ")" * (MAX_NESTING + 1), "nested too deeply"),
        ("-(" * 40 + "a b" + ")" * 40, "nested too deeply"),
        ("a " + " ".join(f"-x{i}" for i in range(5000)), "too long"),
        ("a " + " ".join(f"-x{i}" for i in range(150)), "too many terms"),
        (" OR ".join(f"w{i}" for i in range(150)), "too many terms"),
        ("w" * 100_000, "too long"),
        ('"' + " ".join(["word"] * 30_000) + '"', "too long"),
        ('"' + " ".join(["w"] * (MAX_PHRASE_WORDS + 1)) + '"', "at most"),
        ("-".join(["w"] * (MAX_PHRASE_WORDS + 1)), "at most"),
        ("source:" + ".".join(["w"] * (MAX_PHRASE_WORDS + 1)), "at most"),
    ],
)
def test_oversized_queries_are_query_errors(library, query, message):
    with pytest.raises(QuerySyntaxError, match=message):
        library.search(query)


def test_the_cli_reports_an_oversized_query_as_a_query_problem(tmp_path, capsys):
    query = "a " + " ".join(f"-x{i}" for i in range(5000))
    assert main(["--library", str(tmp_path / "l.sqlite"), "search", query]) == 1
    err = capsys.readouterr().err
    assert "too long" in err and "library" not in err


def test_queries_at_the_bounds_run(library):
    library.add(make_article(1, text="alpha beta gamma " * 50))
    terms = [f"-x{i}" for i in range(99)]
    assert library.search("alpha " + " ".join(terms)).total == 1
    assert library.search("(" * MAX_NESTING + "alpha" + ")" * MAX_NESTING).total == 1
    phrase = '"' + " ".join(["alpha beta gamma"] * (MAX_PHRASE_WORDS // 3)) + '"'
    assert library.search(phrase).total == 1
    assert library.search("alpha \ud800 beta").total == 1  # a stray surrogate is a space


_ATOMS = st.sampled_from(
    ["alpha", '"alpha beta"', "tag:t", "-tag:u", "source:news", "lang:en", "after:2020",
     "published:2024-02", "-gamma", "be*", "x-y", "OR", "(", ")", "-", "a:b"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ATOMS, max_size=120))
def test_any_query_is_results_or_a_query_error(tmp_path_factory, atoms):
    library = _fuzz_library(tmp_path_factory)
    with contextlib.suppress(QuerySyntaxError):
        library.search(" ".join(atoms), order="relevance")


_LIBRARY = {}


def _fuzz_library(factory):
    if "lib" not in _LIBRARY:
        from cuttings.core.library import Library

        lib = Library(factory.mktemp("fuzz") / "l.sqlite")
        lib.add(make_article(1, text="alpha beta gamma news"), tags=["t"])
        _LIBRARY["lib"] = lib
    return _LIBRARY["lib"]


def test_highlighting_patterns_stay_small_whatever_the_query():
    longest = "w" * (MAX_QUERY_LENGTH - 10)
    marker = highlighter(parse_query(longest))
    assert marker is not None and len(marker.pattern.pattern) < 40 * MAX_TERM_CHARS
    # A long word is marked from its start.
    text = "before " + longest + " after"
    assert "<b>" + "w" * 10 in (marker.snippet([text]) or "")


def test_a_long_phrase_is_marked_from_its_start():
    words = [f"word{n}" for n in range(MAX_PHRASE_WORDS)]
    marker = highlighter(parse_query('"' + " ".join(words) + '"'))
    assert marker is not None
    snippet = marker.snippet(["Intro. " + " ".join(words) + ". The end."]) or ""
    assert snippet.count("<b>") == 1 and "<b>word0 word1" in snippet
