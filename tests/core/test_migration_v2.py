"""Upgrading a library made before the search index existed (schema v1 -> v2)."""

import sqlite3

from cuttings.core import migrations
from cuttings.core.database import backup_path_for
from cuttings.core.library import Library

V1_CLIPS = [
    # id, title, text, source, site_name, author, clipped_at, note, language
    (1, "Elezioni in Italia", "Perché il voto di febbraio conta.", "Corriere", "", "Rossi",
     "2025-02-22T10:00:00Z", "", "it"),
    (2, "Budget talks", "The state budget stalls again.", "Times", "The Times", "Ada",
     "2025-01-10T08:30:00Z", "follow up", "en"),
    (5, "Old story", "Archive text about gardens.", "", "Home Site", "", "2019-06-01T00:00:00Z",
     "", "en"),
]  # fmt: skip


def make_v1_library(path) -> None:
    """A library exactly as Cuttings with schema v1 wrote it."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    migrations.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    for clip_id, title, text, source, site, author, clipped, note, lang in V1_CLIPS:
        db.execute(
            "INSERT INTO clips (id, url, url_key, canonical_url, title, site_name, source, "
            "author, published_at, published_utc, language, html, text, word_count, note, "
            "clipped_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)",
            (
                clip_id, f"https://e.example/{clip_id}", f"https://e.example/{clip_id}",
                f"https://e.example/{clip_id}", title,
                site, source, author, lang, f"<p>{text}</p>", text, len(text.split()), note,
                clipped, clipped,
            ),
        )  # fmt: skip
    db.execute("INSERT INTO tags (id, name, key) VALUES (1, 'Politics', 'politics')")
    db.execute("INSERT INTO tags (id, name, key) VALUES (2, 'Économie', 'économie')")
    db.executemany(
        "INSERT INTO clip_tags (clip_id, tag_id) VALUES (?, ?)", [(1, 1), (2, 1), (2, 2)]
    )
    db.close()


def test_v1_library_is_upgraded_indexed_and_intact(tmp_path):
    path = tmp_path / "old.sqlite"
    make_v1_library(path)
    db = sqlite3.connect(path)
    before = db.execute("SELECT * FROM clips ORDER BY id").fetchall()
    db.close()

    with Library(path) as lib:
        assert backup_path_for(path, 1).exists()
        assert lib.check_search_index() == []
        assert [c.id for c in lib.search("perche").clips] == [1]
        assert [c.id for c in lib.search("site:times").clips] == [2]
        assert [c.id for c in lib.search('site:"home site"').clips] == [5]
        assert [c.id for c in lib.search("follow").clips] == [2]  # notes are indexed
        assert [c.id for c in lib.search("budget tag:économie").clips] == [2]
        assert [c.id for c in lib.search("tag:politics").clips] == [1, 2]
        assert [c.id for c in lib.list_clips()] == [1, 2, 5]
        assert [c.id for c in lib.list_clips(tags=["POLITICS"])] == [1, 2]
        assert [(t.name, t.count) for t in lib.tags()] == [("Politics", 2), ("Économie", 1)]
        assert lib.get(2).tags == ("Politics", "Économie")
        added = lib.add_tags([5], ["politics"])
        assert added.linked == {"Politics": {5}}  # the tag there, whatever the case
        assert lib.count(tags=["politics"]) == 3

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    after = db.execute(
        "SELECT id, url, url_key, canonical_url, title, site_name, source, author, published_at, "
        "published_utc, language, lead_image, excerpt, html, text, word_count, note, "
        "clipped_at, updated_at FROM clips ORDER BY id"
    ).fetchall()
    db.close()
    assert after == before

    backup = sqlite3.connect(backup_path_for(path, 1))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT count(*) FROM clips").fetchone()[0] == 3
    backup.close()


def test_new_library_has_the_index_and_no_backup(tmp_path):
    with Library(tmp_path / "new.sqlite") as lib:
        assert lib.check_search_index() == []
        assert lib.search("anything").total == 0
    assert not list(tmp_path.glob("*.bak"))
