"""Versions of a clip's article: the migration, refresh without overwriting, storage, diffs."""

import dataclasses
import sqlite3

import pytest

from cuttings.core import migrations
from cuttings.core.database import register_sql_functions
from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.versions.compare import compare, render_diff
from cuttings.core.versions.content import content_hash
from cuttings.core.versions.diff import Side, diff_versions
from tests.factories import make_article

VERSION = migrations.MIGRATIONS.index(migrations._v7_versions)

PARAGRAPHS = [
    "The council approved the budget on Monday after a long debate.",
    "The mayor said the vote was a victory for the city's schools.",
    "Opposition members walked out before the final vote.",
]


def body(paragraphs: list[str]) -> tuple[str, str]:
    text = "\n\n".join(paragraphs)
    return text, "".join(f"<p>{p}</p>" for p in paragraphs)


def article(title: str = "Budget passes", paragraphs: list[str] = PARAGRAPHS, **fields):
    text, html = body(paragraphs)
    return make_article(1, title=title, text=text, html=html, **fields)


def test_existing_clips_each_become_version_1(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    for n in (3, 8):
        db.execute(
            "INSERT INTO clips (id, url, url_key, canonical_url, title, author, text, html, "
            "word_count, clipped_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Ada', ?, '<p>x</p>', "
            "4, '2025-02-21T10:00:00Z', '2025-02-22T10:00:00Z')",
            (n, *(f"https://e.example/{n}",) * 3, f"Title {n}", f"The text of {n}."),
        )
    db.close()
    with Library(path) as lib:
        for n in (3, 8):
            (version,) = lib.versions(n)
            assert (version.number, version.fetched_at, version.title) == (
                1,
                "2025-02-21T10:00:00Z",
                f"Title {n}",
            )
            assert version.content_hash == content_hash(f"Title {n}", "Ada", f"The text of {n}.")
            assert lib.version(n, 1).text == f"The text of {n}."
            clip = lib.get(n)
            assert (clip.status, clip.change_count, clip.changed_at) == ("ok", 0, None)
        assert lib.check().ok


def test_a_new_clip_is_version_1(library):
    clip = library.add(article()).clip
    (version,) = library.versions(clip.id)
    assert version.number == 1 and version.title == "Budget passes"
    assert library.version(clip.id, 1).html == body(PARAGRAPHS)[1]


def test_refresh_keeps_every_version_and_only_real_changes(library):
    clip = library.add(article(), tags=["council"]).clip
    library.update_clip(clip.id, note="call the mayor")
    library.edit_details(clip.id, author="Desk")
    edited = [*PARAGRAPHS]
    edited[1] = "The mayor said the vote was a defeat for the city's hospitals."
    second = article("Budget passes after walkout", edited)
    assert not library.refresh(clip.id, second).change.is_empty
    # Whitespace, Unicode forms and an update stamp are no change.
    spaced = [p.replace(" ", "  ") for p in edited] + ["Updated 14:32 CET"]
    assert library.refresh(clip.id, article("Budget  passes after walkout", spaced)).change.is_empty
    versions = library.versions(clip.id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].changes == "headline changed, 1 paragraph changed"
    now = library.get(clip.id)
    assert now.title == "Budget passes after walkout" and now.text == body(edited)[0]
    assert (now.tags, now.note, now.author, now.change_count) == (
        ("council",),
        "call the mayor",
        "Desk",
        1,
    )
    first = library.version(clip.id, 1)
    assert (first.title, first.text, first.html) == ("Budget passes", *body(PARAGRAPHS))
    assert library.check_search_index() == []


def test_versions_after_the_second_decode_against_the_first(library):
    clip = library.add(article()).clip
    texts = []
    for n in range(2, 6):
        paragraphs = [*PARAGRAPHS, f"Update number {n}: more reactions came in."]
        texts.append(body(paragraphs)[0])
        library.refresh(clip.id, article(f"Budget passes ({n})", paragraphs))
    for number, text in enumerate(texts, start=2):
        assert library.version(clip.id, number).text == text
    assert library.version(clip.id, 1).text == body(PARAGRAPHS)[0]


def test_twenty_versions_of_a_2000_word_article_stay_small(library, tmp_path):
    words = [f"word{n % 400}" for n in range(2000)]
    paragraphs = [" ".join(words[i : i + 100]) + "." for i in range(0, 2000, 100)]
    clip = library.add(article("Long read", paragraphs)).clip
    for n in range(2, 21):
        paragraphs[n % 20] = f"Edit {n}: " + paragraphs[n % 20]
        library.refresh(clip.id, article(f"Long read, edit {n}", paragraphs))
    assert len(library.versions(clip.id)) == 20
    with sqlite3.connect(library.path) as db:
        stored = db.execute("SELECT sum(length(body)) FROM clip_versions").fetchone()[0]
    assert stored <= 150_000
    assert library.version(clip.id, 7).text.startswith("word0")


def test_diff_names_the_edited_words():
    old = Side("Budget passes", "", "", "\n\n".join(PARAGRAPHS))
    edited = [*PARAGRAPHS]
    edited[1] = "The mayor said the vote was a defeat for the city's schools."
    edited.append("A correction was appended.")
    diff = diff_versions(old, Side("Budget fails", "", "", "\n\n".join(edited)))
    changed = [(op.op, op.text) for op in diff.body if op.op != "equal"]
    assert ("delete", "victory") in changed and ("insert", "defeat") in changed
    assert diff.summary() == "headline changed, 1 paragraph added, 1 changed"
    assert "[-victory-]{+defeat+}" in render_diff(diff, color=False)


def test_compare_picks_the_newest_two_by_default(library):
    clip = library.add(article()).clip
    with pytest.raises(CuttingsError, match="one version"):
        compare(library, clip.id)
    library.refresh(clip.id, article("Second"))
    library.refresh(clip.id, article("Third"))
    old, new, _diff = compare(library, clip.id)
    assert (old.number, new.number) == (2, 3)
    old, new, _diff = compare(library, clip.id, 1)
    assert (old.number, new.number) == (1, 3)
    with pytest.raises(CuttingsError, match="no version 9"):
        compare(library, clip.id, 1, 9)


def test_deleting_a_clip_removes_its_versions(library):
    clip = library.add(article()).clip
    library.refresh(clip.id, article("Second"))
    library.delete([clip.id])
    with sqlite3.connect(library.path) as db:
        assert db.execute("SELECT count(*) FROM clip_versions").fetchone()[0] == 0


def test_undoing_a_delete_brings_every_version_back(library):
    clip = library.add(article()).clip
    library.refresh(clip.id, article("Second"))
    library.refresh(clip.id, article("Third", [*PARAGRAPHS, "More."]))
    deleted = library.delete([clip.id])
    library.restore(deleted)
    assert [v.title for v in library.versions(clip.id)] == ["Budget passes", "Second", "Third"]
    assert library.version(clip.id, 2).text == body(PARAGRAPHS)[0]
    assert library.get(clip.id).change_count == 2


def test_search_finds_changed_and_removed_clips(library):
    from cuttings.core.errors import QuerySyntaxError
    from cuttings.core.search.query import format_query, parse_query
    from cuttings.core.versions.checks import CheckOutcome

    steady = library.add(make_article(2)).clip
    changed = library.add(article()).clip
    gone = library.add(make_article(3)).clip
    library.refresh(changed.id, article("Budget fails"))
    (target,) = library.check_targets([gone.id])
    library.record_checks([CheckOutcome(target, "removed")])

    def found(query: str) -> list[int]:
        return sorted(clip.id for clip in library.search(query).clips)

    assert found("is:changed") == [changed.id]
    assert found("is:removed") == [gone.id]
    assert found("-is:removed story") == [steady.id]
    today = library.get(changed.id).changed_at[:10]
    assert found(f"changed:after:{today}") == [changed.id]
    assert found(f"changed:on:{today[:7]}") == [changed.id]
    assert found(f"changed:before:{today}") == []
    for text in ("is:changed", f"changed:after:{today}", "-is:walled budget"):
        assert format_query(parse_query(text)) == text
    for bad in ("is:new", "changed:2025", "changed:after:soon"):
        with pytest.raises(QuerySyntaxError):
            parse_query(bad)


def test_a_json_export_carries_every_version_back(library, tmp_path):
    from cuttings.core.exporters import export_clips
    from cuttings.core.importers import import_files
    from cuttings.core.versions.checks import CheckOutcome

    def no_fetch(url, cancel):
        raise AssertionError(f"a round trip must not fetch {url}")

    clip = library.add(article(), tags=["council"]).clip
    library.refresh(clip.id, article("Second", [*PARAGRAPHS, "Added later."]))
    library.refresh(clip.id, article("Third", PARAGRAPHS[1:]))
    (target,) = library.check_targets([clip.id])
    library.record_checks([CheckOutcome(target, "walled")])
    plain = library.add(make_article(2)).clip
    export = tmp_path / "export.json"
    export_clips(library, "json", export)
    with Library(tmp_path / "other.sqlite") as fresh:
        report = import_files(fresh, [export], report_path=tmp_path / "r.txt", fetch=no_fetch)
        assert report.ok and len(report.imported) == 2
        (copy_id,) = [c.id for c in fresh.list_clips() if c.url == clip.url]
        assert fresh.history(copy_id) == [
            dataclasses.replace(v, clip_id=copy_id) for v in library.history(clip.id)
        ]
        copy = fresh.get(copy_id)
        original = library.get(clip.id)
        assert (copy.status, copy.change_count, copy.changed_at) == (
            "walled",
            2,
            original.changed_at,
        )
        (copy_plain,) = [c for c in fresh.list_clips() if c.url == plain.url]
        assert [v.number for v in fresh.versions(copy_plain.id)] == [1]


def test_markdown_and_html_exports_can_carry_the_change_history(library, tmp_path):
    import io

    from cuttings.core.exporters import export_clips

    clip = library.add(article()).clip
    library.refresh(clip.id, article("Budget <b>fails</b>"))
    library.add(make_article(2))
    out = io.StringIO()
    export_clips(library, "html", out, history=True)
    html = out.getvalue()
    assert html.count('<section class="history">') == 1
    assert "Version 2" in html and "Budget &lt;b&gt;fails&lt;/b&gt;" in html
    assert "headline changed" in html
    plain = io.StringIO()
    export_clips(library, "html", plain)
    assert "Change history" not in plain.getvalue()
    export_clips(library, "markdown", tmp_path / "md", history=True)
    texts = [path.read_text() for path in sorted((tmp_path / "md").iterdir())]
    assert sum("## Change history" in text for text in texts) == 1


def test_a_refresh_that_finds_the_article_again_clears_the_status(library):
    from cuttings.core.versions.checks import CheckOutcome

    clip = library.add(article()).clip
    (target,) = library.check_targets([clip.id])
    library.record_checks([CheckOutcome(target, "removed")])
    assert library.get(clip.id).status == "removed"
    edit = library.refresh(clip.id, article())
    assert edit.clip.status == "ok" and not edit.change.is_empty
    assert len(library.versions(clip.id)) == 1
