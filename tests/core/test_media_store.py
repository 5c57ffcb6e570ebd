"""Pictures and original pages in the library: migration, one write with the clip, delete, undo."""

import sqlite3
from datetime import UTC, datetime

from cuttings.core import migrations
from cuttings.core.database import backup_path_for, register_sql_functions
from cuttings.core.images.media import ClipMedia, ImageData, ImageLink, OriginalPage
from cuttings.core.library import Library, NewClip
from tests.factories import make_article

VERSION = migrations.MIGRATIONS.index(migrations._v10_images_and_originals)

PNG = ImageData("image/png", 3, 2, b"\x89PNG fake bytes one")
JPEG = ImageData("image/jpeg", 1600, 900, b"\xff\xd8 fake bytes two")


def page(body: bytes = b"<html><body>Story</body></html>", second: int = 0) -> OriginalPage:
    return OriginalPage(
        datetime(2025, 2, 22, 10, 0, second, tzinfo=UTC),
        "https://news.example.org/story-1",
        200,
        (("Content-Type", "text/html"), ("Set-Cookie", "session=secret")),
        body,
    )


def media(*links: ImageLink, original: OriginalPage | None = None) -> ClipMedia:
    return ClipMedia(links, (original or page(),))


def test_the_migration_backs_up_and_adds_the_tables(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:VERSION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {VERSION}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, html, clipped_at, updated_at)"
        " VALUES (3, 'https://e.example/3', 'https://e.example/3', 'https://e.example/3', 'Old',"
        " '<p><img src=\"https://e.example/a.jpg\"></p>', '2025-02-21T10:00:00Z',"
        " '2025-02-21T10:00:00Z')"
    )
    db.close()
    with Library(path) as lib:
        assert backup_path_for(path, VERSION).exists()
        assert lib.clip_images(3) == []
        assert lib.original(3) is None
        # A clip from before names a picture it does not hold.
        assert lib.clips_missing_images() == [3]
        lib.set_images(3, [ImageLink("https://e.example/a.jpg", image=JPEG)])
        assert lib.clips_missing_images() == []
        assert lib.image_for(3, "https://e.example/a.jpg") == JPEG
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    db.close()


def test_a_clip_its_pictures_and_its_page_are_stored_together(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        links = (
            ImageLink("https://cdn.example/a.png", "https://cdn.example/a-1600.png", PNG),
            ImageLink("https://cdn.example/gone.jpg", failure="picture not found (HTTP 404)"),
            ImageLink("https://cdn.example/lead.jpg", image=JPEG, lead=True),
        )
        clip = lib.add(make_article(1, media=media(*links))).clip
        stored = lib.clip_images(clip.id)
        assert [(s.url, s.sha256, s.failure, s.lead) for s in stored] == [
            ("https://cdn.example/a.png", PNG.sha256, "", False),
            ("https://cdn.example/gone.jpg", None, "picture not found (HTTP 404)", False),
            ("https://cdn.example/lead.jpg", JPEG.sha256, "", True),
        ]
        assert stored[0].to_json() == {
            "url": "https://cdn.example/a.png",
            "media_type": "image/png",
            "width": 3,
            "height": 2,
            "bytes": PNG.size,
            "sha256": PNG.sha256,
        }
        assert lib.image_for(clip.id, "https://cdn.example/a.png") == PNG
        assert lib.image_for(clip.id, "https://cdn.example/gone.jpg") is None
        original = lib.original(clip.id)
        assert original is not None
        assert original.body == page().body and original.sha256 == page().sha256
        # A session cookie is no part of the evidence.
        assert original.headers == (("Content-Type", "text/html"),)
        info = lib.library_info()
        assert (info.images, info.image_bytes, info.originals) == (2, PNG.size + JPEG.size, 1)


def test_pictures_are_shared_and_collected_when_no_clip_uses_them(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        first = lib.add(make_article(1, media=media(ImageLink("u1", image=PNG)))).clip
        added = lib.add_many(
            [
                NewClip(
                    make_article(
                        2, media=media(ImageLink("u2", image=PNG), ImageLink("u3", image=JPEG))
                    )
                )
            ]
        )
        second = added.results[0][0]
        assert lib.library_info().images == 2
        lib.delete([second])
        # The deleted clip's own picture waits for an undo; the shared one stays.
        assert lib.collect_unused_images() == 1
        assert lib.image_for(first.id, "u1") == PNG
        lib.delete([first.id])
        assert lib.collect_unused_images() == 1
        assert lib.library_info().images == 0


def test_undoing_a_delete_brings_back_pictures_and_original(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        clip = lib.add(make_article(1, media=media(ImageLink("u1", image=PNG)))).clip
        deleted = lib.delete([clip.id])
        assert lib.library_info().originals == 0
        lib.restore(deleted)
        assert lib.image_for(clip.id, "u1") == PNG
        assert lib.original(clip.id) is not None


def test_a_refresh_replaces_the_links_and_keeps_every_distinct_original(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        clip = lib.add(make_article(1, media=media(ImageLink("u1", image=PNG)))).clip
        lib.refresh(clip.id, make_article(1, media=media(ImageLink("u2", image=JPEG))))
        assert [s.url for s in lib.clip_images(clip.id)] == ["u2"]
        # The same page again is not stored twice; a changed one is kept beside it.
        assert lib.library_info().originals == 1
        changed = page(b"<html>changed</html>", second=5)
        lib.refresh(
            clip.id, make_article(1, media=media(ImageLink("u2", image=JPEG), original=changed))
        )
        assert lib.library_info().originals == 2
        assert lib.original(clip.id).body == b"<html>changed</html>"
        # An article without media (an import carrying text only) keeps what is stored.
        lib.refresh(clip.id, make_article(1))
        assert [s.url for s in lib.clip_images(clip.id)] == ["u2"]
