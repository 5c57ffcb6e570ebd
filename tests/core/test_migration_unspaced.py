"""Opening a library made before the index of unspaced scripts: its clips become findable."""

import sqlite3

from cuttings.core import migrations
from cuttings.core.library import Library


def test_a_library_from_the_previous_version_finds_its_cjk_clips(tmp_path):
    path = tmp_path / "old.sqlite"
    version = migrations.MIGRATIONS.index(migrations._v4_segmented_index)
    db = sqlite3.connect(path)
    for migrate in migrations.MIGRATIONS[:version]:
        migrate(db)
    db.execute(f"PRAGMA user_version = {version}")
    rows = [
        (1, "关于记忆的研究", "人类的长期记忆如何形成", "新华社"),
        (2, "犬の話", "今日はイヌが公園で走った", ""),
        (3, "Budget talks", "The state budget passed", "Corriere"),
    ]
    for n, title, text, source in rows:
        db.execute(
            "INSERT INTO clips (id, url, url_key, canonical_url, title, source, text, "
            "clipped_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                n,
                f"https://x.example/{n}",
                f"https://x.example/{n}",
                f"https://x.example/{n}",
                title,
                source,
                text,
                f"2025-03-0{n}T10:00:00Z",
                f"2025-03-0{n}T10:00:00Z",
            ),
        )
    db.commit()
    db.close()

    library = Library(path)
    try:
        assert [c.id for c in library.search("记忆").clips] == [1]
        assert [c.id for c in library.search("长期记忆").clips] == [1]
        assert [c.id for c in library.search("イヌ").clips] == [2]
        assert [c.id for c in library.search("source:新华").clips] == [1]
        assert [c.id for c in library.search("budget").clips] == [3]
        assert library.check_search_index() == []
    finally:
        library.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
