"""Press-review editions: creating, reordering, moving, duplicating, and their life in
backups and JSON exports."""

import json
from datetime import date

import pytest

from cuttings.core.errors import CuttingsError, NotFoundError
from cuttings.core.exporters import export_clips
from cuttings.core.importers import import_files
from cuttings.core.library import Library
from cuttings.core.review.plans import clips_for_query, review_query, sections_from_tags
from tests.factories import make_article


def _clips(library: Library, count: int, tags=()) -> list[int]:
    return [
        library.add(make_article(n), tags=tags[n % len(tags)] if tags else ()).clip.id
        for n in range(1, count + 1)
    ]


def _titles(library: Library, edition_id: int) -> list[tuple[str, list[int]]]:
    edition = library.edition(edition_id)
    return [(s.title, [e.clip_id for e in s.entries]) for s in edition.sections]


def test_create_reorder_and_move_persist(library):
    a, b, c, d = _clips(library, 4)
    edit = library.create_edition(
        "Rassegna del 1 marzo",
        day=date(2025, 3, 1),
        sections=[("Politica", [a, b, c]), ("Economia", [d, a])],
    )
    assert edit.change.editions_changed and not edit.change.counts_changed
    edition_id = edit.edition_id
    # a listed twice: kept in its first place only.
    assert _titles(library, edition_id) == [("Politica", [a, b, c]), ("Economia", [d])]
    politica, economia = library.edition(edition_id).sections
    first = politica.entries[0]
    library.move_entry(first.id, politica.id, 2)  # reorder: a to the end
    library.move_entry(politica.entries[1].id, economia.id, 0)  # b before d
    library.move_section(economia.id, 0)
    reopened = Library(library.path)
    try:
        assert _titles(reopened, edition_id) == [("Economia", [b, d]), ("Politica", [c, a])]
    finally:
        reopened.close()
    summary = library.editions()[0]
    assert (summary.title, summary.date, summary.sections, summary.articles) == (
        "Rassegna del 1 marzo",
        date(2025, 3, 1),
        2,
        4,
    )


def test_entries_follow_their_clip_and_edition(library):
    a, b = _clips(library, 2)
    edition_id = library.create_edition("R", sections=[("S", [a, b])]).edition_id
    library.delete([a])
    assert _titles(library, edition_id) == [("S", [b])]
    library.delete_edition(edition_id)
    assert library.editions() == []
    assert library.get(b).id == b
    with pytest.raises(NotFoundError):
        library.edition(edition_id)
    with pytest.raises(NotFoundError):
        library.create_edition("R", sections=[("S", [9999])])


def test_duplicate_keeps_sections_entries_and_settings(library):
    a, b = _clips(library, 2)
    edition_id = library.create_edition(
        "Monday", day=date(2025, 3, 3), highlights="Budget day", logo=b"\x89PNG..."
    ).edition_id
    assert library.add_section(edition_id, "Politics").edition_id == edition_id
    section_id = library.edition(edition_id).sections[0].id
    entry_id = library.add_entries(section_id, [a, b, a]).entry_ids[1]
    library.update_entry(entry_id, summary="Short.", full_text=False)
    copy_id = library.duplicate_edition(edition_id, day=date(2025, 3, 4), title="Tuesday")
    copy = library.edition(copy_id.edition_id)
    assert (copy.title, copy.date, copy.highlights, copy.logo) == (
        "Tuesday",
        date(2025, 3, 4),
        "Budget day",
        b"\x89PNG...",
    )
    assert [(e.clip_id, e.summary, e.full_text) for e in copy.entries] == [
        (a, "", True),
        (b, "Short.", False),
    ]
    library.rename_edition(copy.id, "Rassegna")
    assert [e.name for e in library.editions()] == ["Rassegna", "Monday"]


def test_plans_from_query_tag_and_days(library):
    ids = _clips(library, 6, tags=[["Politics"], ["Economy", "Politics"], []])
    clips = clips_for_query(library, review_query(tag="Politics"))
    assert [c.id for c in clips] == [i for n, i in enumerate(ids, 1) if n % 3 != 2]
    plan = sections_from_tags(library.get_many(ids), ["Economy", "Politics"])
    assert plan == [
        ("Economy", [ids[0], ids[3]]),
        ("Politics", [ids[2], ids[5]]),
        ("Other", [ids[1], ids[4]]),
    ]
    today = date.today()
    assert len(clips_for_query(library, review_query(since=today, until=today))) == 6
    assert clips_for_query(library, review_query(until=date(2000, 1, 1))) == []


def test_edition_survives_backup(library, tmp_path):
    a, b = _clips(library, 2)
    edition_id = library.create_edition("R", sections=[("S", [b, a])]).edition_id
    library.backup(tmp_path / "copy.sqlite")
    with Library(tmp_path / "copy.sqlite") as copy:
        assert _titles(copy, edition_id) == [("S", [b, a])]


def test_edition_round_trips_through_json(library, tmp_path):
    a, _b, c = _clips(library, 3)
    edition_id = library.create_edition(
        "Rassegna", day=date(2025, 3, 1), highlights="In evidenza: il bilancio", logo=b"LOGO"
    ).edition_id
    first = library.add_section(edition_id, "Politica")
    section_ids = [s.id for s in library.edition(first.edition_id).sections]
    entry = library.add_entries(section_ids[0], [c, a]).entry_ids[0]
    library.update_entry(entry, summary="Sintesi", full_text=False)
    library.add_section(edition_id, "Vuota")
    path = tmp_path / "export.json"
    export_clips(library, "json", path)
    assert json.loads(path.read_text())["editions"][0]["title"] == "Rassegna"
    with Library(tmp_path / "other.sqlite") as other:
        other.add(make_article(3))  # already there: the entry finds it by URL
        import_files(other, [path], report_path=tmp_path / "report.txt")
        import_files(other, [path], report_path=tmp_path / "report2.txt")  # no second copy
        (summary,) = other.editions()
        copy, original = other.edition(summary.id), library.edition(edition_id)
        assert (copy.name, copy.title, copy.date, copy.highlights, copy.logo) == (
            original.name,
            original.title,
            original.date,
            original.highlights,
            original.logo,
        )
        by_id = {clip.id: clip.canonical_url for clip in other.list_clips(limit=10)}
        assert [s.title for s in copy.sections] == ["Politica", "Vuota"]
        assert [(by_id[e.clip_id], e.summary, e.full_text) for e in copy.entries] == [
            ("https://news.example.org/story-3", "Sintesi", False),
            ("https://news.example.org/story-1", "", True),
        ]


def test_arrange_sets_the_whole_order_at_once(library):
    a, b, c = _clips(library, 3)
    edition_id = library.create_edition("R", sections=[("S", [a, b]), ("T", [c])]).edition_id
    s, t = library.edition(edition_id).sections
    (ea, eb), (ec,) = [e.id for e in s.entries], [e.id for e in t.entries]
    library.arrange(edition_id, [(t.id, [eb, ec]), (s.id, [ea])])
    assert _titles(library, edition_id) == [("T", [b, c]), ("S", [a])]
    with pytest.raises(CuttingsError):
        library.arrange(edition_id, [(t.id, [eb]), (s.id, [ea])])  # c left out
    assert _titles(library, edition_id) == [("T", [b, c]), ("S", [a])]
