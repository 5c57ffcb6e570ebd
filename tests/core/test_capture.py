"""How a clip was captured and whether it is partial: stored, shown, exported, upgraded."""

import json
import sqlite3

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions
from cuttings.core.exporters import export_clips
from cuttings.core.importers import import_files
from cuttings.core.library import Library
from tests.core.test_cli import lib_path, run  # noqa: F401  (lib_path is a fixture)
from tests.factories import make_article

from .wall_pages import WALLS

VERSION = migrations.MIGRATIONS.index(migrations._v8_capture_and_partial)
TEASER = dict((w[0], w[1]) for w in WALLS)["it/paywall-schema"]


def test_a_library_of_the_previous_version_reads_as_fetched_and_complete(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, text, clipped_at, "
        "updated_at) VALUES (3, ?, ?, ?, 'Old', 'Old text.', '2025-02-21T10:00:00Z', "
        "'2025-02-21T10:00:00Z')",
        ("https://e.example/3",) * 3,
    )
    db.close()
    with Library(path) as lib:
        clip = lib.get(3)
        assert (clip.capture, clip.partial, clip.is_partial) == ("fetched", "", False)
        lib.refresh(3, make_article(3, capture="browser", partial=""))
        assert lib.get(3).capture == "browser"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    db.close()


def test_capture_and_partial_are_stored_refreshed_and_restored(library):
    clip = library.add(make_article(1, capture="clipboard", partial="login page: x")).clip
    assert (clip.capture, clip.partial) == ("clipboard", "login page: x")
    # A refresh that brings new content makes it the clip's newest version: how it
    # came and what it lacks go with it.
    library.refresh(clip.id, make_article(1, capture="fetched", partial="", text="The whole."))
    assert (library.get(clip.id).capture, library.get(clip.id).partial) == ("fetched", "")
    library.refresh(clip.id, make_article(1, capture="file", partial="paywall: y", text="Part."))
    deleted = library.delete([clip.id])
    library.restore(deleted)
    back = library.get(clip.id)
    assert (back.capture, back.partial) == ("file", "paywall: y")


def test_an_unknown_capture_kind_is_stored_as_fetched(library):
    clip = library.add(make_article(1, capture="telepathy")).clip  # type: ignore[arg-type]
    assert clip.capture == "fetched"


def test_json_export_carries_them_and_an_import_reads_them_back(library, tmp_path):
    library.add(make_article(1, capture="browser"))
    library.add(make_article(2, partial="consent wall: the text is a cookie-consent notice"))
    out = tmp_path / "export.json"
    export_clips(library, "json", out)
    records = {r["url"]: r for r in json.loads(out.read_text())["clips"]}
    first, second = (
        records["https://news.example.org/story-1"],
        records["https://news.example.org/story-2"],
    )
    assert (first["capture"], first["partial"], first["partial_reason"]) == ("browser", False, "")
    assert (second["capture"], second["partial"]) == ("fetched", True)
    # A file written by hand: partial without a reason still reads as partial.
    del second["partial_reason"]
    first["capture"] = "nonsense"
    hand = tmp_path / "hand.json"
    hand.write_text(json.dumps(list(records.values())))
    with Library(tmp_path / "other.sqlite") as other:
        import_files(other, [hand], report_path=tmp_path / "r.txt")
        clips = {c.url: c for c in other.list_clips()}
    assert clips["https://news.example.org/story-1"].capture == "fetched"
    assert clips["https://news.example.org/story-2"].partial == "partial (no reason given)"


def test_show_json_says_how_it_was_captured_and_why_it_is_partial(server, lib_path, capsys):  # noqa: F811
    url = server.page("/teaser", TEASER)
    code, out, err = run(capsys, "add", url)
    assert code == 0, err
    clip_id = out.split("\t")[0]
    code, out, _ = run(capsys, "show", clip_id, "--json")
    data = json.loads(out)
    assert data["capture"] == "fetched"
    assert data["partial"] is True
    assert data["partial_reason"].startswith("paywall: only 1")
    code, out, _ = run(capsys, "show", clip_id)
    assert "Partial:   paywall: only" in out


def test_is_partial_finds_the_partial_clips(library):
    library.add(make_article(1, text="budget vote"))
    library.add(make_article(2, text="budget teaser", partial="paywall: only a teaser"))
    library.add(make_article(3, text="consent", partial="consent wall: x"), tags=["Walls"])
    found = library.search("is:partial")
    assert sorted(clip.id for clip in found.clips) == [2, 3] and found.total == 2
    assert [clip.id for clip in library.search("budget is:partial").clips] == [2]
    assert [clip.id for clip in library.search("budget -is:partial").clips] == [1]
    assert [clip.id for clip in library.search("tag:walls IS:Partial").clips] == [3]
    assert library.search("is:partial OR vote").total == 3


def test_is_partial_reads_the_partial_index(library):
    from cuttings.core.search.compile import compile_query
    from cuttings.core.search.query import parse_query

    compiled = compile_query(parse_query("is:partial"))
    (subquery,) = compiled.key_sets
    with sqlite3.connect(library.path) as db:
        plan = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {subquery}"))
    assert "clips_partial" in plan


def test_add_html_clips_a_saved_page_as_the_page_at_url(tmp_path, lib_path, capsys):  # noqa: F811
    from tests.core.saved_files import article_html, mhtml

    saved = tmp_path / "page.mhtml"
    saved.write_bytes(mhtml(article_html(canonical=False)))
    url = "https://news.example.org/2025/02/given"
    code, out, err = run(capsys, "add", url, "--html", saved, "-t", "Budget")
    assert code == 0, err
    clip_id = out.split("\t")[0]
    data = json.loads(run(capsys, "show", clip_id, "--json")[1])
    assert (data["url"], data["capture"], data["partial"]) == (url, "file", False)
    assert data["tags"] == ["Budget"] and data["word_count"] > 350
    # Again: kept, and said so; --refresh replaces it.
    code, out, err = run(capsys, "add", url, "--html", saved)
    assert (code, out.split("\t")[0]) == (0, clip_id) and "already in the library" in err
    assert run(capsys, "add", url, "--html", saved, "--refresh")[0] == 0


def test_add_html_refuses_what_it_cannot_read(tmp_path, lib_path, capsys):  # noqa: F811
    missing = tmp_path / "missing.html"
    code, out, err = run(capsys, "add", "https://e.example/a", "--html", missing)
    assert code == 1 and out == "" and err.count("\n") == 1 and "cannot read" in err
    empty = tmp_path / "walls.html"
    empty.write_text("<html><body><p>Hi.</p></body></html>")
    code, _, err = run(capsys, "add", "https://e.example/a", "--html", empty)
    assert code == 1 and "no article text" in err
    code, _, err = run(capsys, "add", "https://e.example/a", "https://e.example/b", "--html", empty)
    assert code == 2 and "exactly one URL" in err


def test_a_refresh_that_meets_a_wall_keeps_the_complete_clip(library, server):
    from cuttings.core.clipping import clip_url
    from tests.core.saved_files import article_html

    url = server.page("/story", TEASER)
    full = make_article(1, url=url, canonical_url=url, capture="browser", text="word " * 900)
    clip = library.add(full).clip
    outcome = clip_url(library, url, refresh=True)
    assert outcome.status == "exists"
    kept = library.get(clip.id)
    assert (kept.capture, kept.partial, kept.word_count) == ("browser", "", 900)
    # A complete page does refresh it.
    server.page("/story", article_html())
    assert clip_url(library, url, refresh=True).status == "refreshed"
    assert library.get(clip.id).capture == "fetched"
