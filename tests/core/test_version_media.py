"""Each version keeps its own pictures and original page: re-checks, refresh, collector,
undo, the migration and the JSON round trip."""

import json
import sqlite3
import zlib

from cuttings.core import migrations
from cuttings.core.clipping import clip_url
from cuttings.core.database import register_sql_functions
from cuttings.core.exporters import export_clips
from cuttings.core.importers import import_files
from cuttings.core.library import Library
from cuttings.core.versions.recheck import recheck
from tests.core.versionpages import FIRST, Article, page
from tests.image_pages import picture
from tests.pageserver import send

MIGRATION = migrations.MIGRATIONS.index(migrations._v12_version_media)


def photo_page(server, title: str, name: str, paragraphs: list[str]) -> str:
    figure = (
        f'<figure><img src="{server.url(f"/img/{name}")}" alt="The council">'
        "<figcaption>The council in session.</figcaption></figure>"
    )
    return page(title, paragraphs).replace("</p>", "</p>" + figure, 1)


def serve_photo(server, name: str, color: str) -> bytes:
    data = picture("PNG", 80, 60, color)
    server.route(f"/img/{name}", lambda h: send(h, 200, data, "image/png"))
    return data


def check(library, ids):
    outcomes = []
    recheck(library.check_targets(ids), outcomes.append)
    return library.record_checks(outcomes)


def two_versions(library, server):
    """A clip whose re-check found a new headline and a new photo: (clip id, photos, story)."""
    first, second = (
        serve_photo(server, "photo-a.png", "teal"),
        serve_photo(server, "photo-b.png", "red"),
    )
    story = Article(photo_page(server, "Council approves budget", "photo-a.png", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    story.html = photo_page(server, "Council budget passes after walkout", "photo-b.png", FIRST)
    assert check(library, [clip.id]).new_versions == {clip.id: 2}
    return clip.id, (first, second), story


def test_a_recheck_keeps_each_versions_pictures_and_page(library, server):
    clip_id, (first, second), _story = two_versions(library, server)
    a, b = server.url("/img/photo-a.png"), server.url("/img/photo-b.png")
    assert [link.url for link in library.version_images(clip_id, 1)] == [a]
    assert [link.url for link in library.version_images(clip_id, 2)] == [b]
    assert [link.url for link in library.clip_images(clip_id)] == [b]
    assert library.version_image_for(clip_id, 1, a).data == first
    assert library.version_image_for(clip_id, 2, b).data == second
    assert library.version_image_for(clip_id, 1, b) is None
    pages = {page.version: page for page in library.originals(clip_id)}
    assert set(pages) == {1, 2}
    assert b"Council approves budget" in pages[1].body
    assert b"after walkout" in library.version_originals(clip_id, 2)[0].body
    # Nothing uses a.png but version 1: the collector keeps it all the same.
    assert library.collect_unused_images() == 0
    assert library.version_image_for(clip_id, 1, a).data == first


def test_an_unchanged_recheck_fetches_no_picture_and_keeps_no_page(library, server):
    serve_photo(server, "photo-a.png", "teal")
    story = Article(photo_page(server, "Council approves budget", "photo-a.png", FIRST))
    clip = clip_url(library, server.route("story", story)).clip
    asked = []
    server.route("/img/photo-a.png", lambda h: (asked.append(1), send(h, 404, b"", "text/plain")))
    assert check(library, [clip.id]).findings == {clip.id: "unchanged"}
    assert asked == [] and len(library.originals(clip.id)) == 1
    assert library.clip_images(clip.id)[0].sha256 is not None


def test_a_refresh_keeps_the_older_versions_pictures(library, server):
    first = serve_photo(server, "photo-a.png", "teal")
    serve_photo(server, "photo-b.png", "red")
    story = Article(photo_page(server, "Council approves budget", "photo-a.png", FIRST))
    url = server.route("story", story)
    clip = clip_url(library, url).clip
    story.html = photo_page(server, "Council budget passes after walkout", "photo-b.png", FIRST)
    clip_url(library, url, refresh=True)
    assert [v.number for v in library.versions(clip.id)] == [1, 2]
    assert library.version_image_for(clip.id, 1, server.url("/img/photo-a.png")).data == first
    assert sorted(page.version for page in library.originals(clip.id)) == [1, 2]


def test_deleting_and_undoing_brings_back_every_versions_pictures(library, server):
    clip_id, (first, _second), _story = two_versions(library, server)
    deleted = library.delete([clip_id])
    library.restore(deleted)
    assert library.version_image_for(clip_id, 1, server.url("/img/photo-a.png")).data == first
    assert sorted(page.version for page in library.originals(clip_id)) == [1, 2]


def test_a_json_round_trip_keeps_each_versions_pictures_and_pages(library, server, tmp_path):
    clip_id, (first, second), _story = two_versions(library, server)
    export = tmp_path / "export.json"
    export_clips(library, "json", export)
    record = json.loads(export.read_text())["clips"][0]
    assert [entry["number"] for entry in record["version_images"]] == [1]
    assert sorted(page["version"] for page in record["originals"]) == [1, 2]

    def no_fetch(url, cancel):
        raise AssertionError(f"a round trip must not fetch {url}")

    with Library(tmp_path / "copy.sqlite") as copy:
        report = import_files(copy, [export], report_path=tmp_path / "r.txt", fetch=no_fetch)
        assert report.ok
        (new_id,) = [clip.id for clip in copy.list_clips()]
        a, b = server.url("/img/photo-a.png"), server.url("/img/photo-b.png")
        assert copy.version_image_for(new_id, 1, a).data == first
        assert copy.version_image_for(new_id, 2, b).data == second
        again = tmp_path / "again.json"
        export_clips(copy, "json", again)
        copied = json.loads(again.read_text())["clips"][0]
        for key in ("version_images", "originals", "images", "versions"):
            assert copied[key] == record[key]


def test_the_migration_links_existing_pictures_and_pages_to_versions(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(db)
    for migration in migrations.MIGRATIONS[:MIGRATION]:
        migration(db)
    db.execute(f"PRAGMA user_version = {MIGRATION}")
    db.execute(
        "INSERT INTO clips (id, url, url_key, canonical_url, title, text, html, word_count, "
        "clipped_at, updated_at) VALUES (4, 'https://e.example/4', 'https://e.example/4', "
        "'https://e.example/4', 'T', 'Text.', '<p>Text.</p>', 1, '2025-02-21T10:00:00Z', "
        "'2025-02-21T10:00:00Z')"
    )
    db.execute(
        "INSERT INTO clip_versions (clip_id, number, fetched_at, content_hash, title) "
        "VALUES (4, 2, '2025-02-22T10:00:05Z', 'x', 'T2')"
    )
    db.execute("INSERT INTO images VALUES ('abc', 'image/png', 1, 1, 1, x'00')")
    db.execute("INSERT INTO clip_images (clip_id, position, url, sha256) VALUES (4, 0, 'u', 'abc')")
    for fetched_at in ("2025-02-21T09:59:58Z", "2025-02-22T10:00:01Z"):
        db.execute(
            "INSERT INTO originals (clip_id, fetched_at, final_url, status, html, size, sha256) "
            "VALUES (4, ?, 'https://e.example/4', 200, ?, 1, ?)",
            (fetched_at, zlib.compress(b"<p>Text.</p>"), fetched_at),
        )
    db.close()
    with Library(path) as lib:
        by_time = {p.fetched_at.isoformat()[:19]: p.version for p in lib.originals(4)}
        assert by_time == {"2025-02-21T09:59:58": 1, "2025-02-22T10:00:01": 2}
        assert [link.url for link in lib.version_images(4, 2)] == ["u"]
        assert lib.version_images(4, 1) == []
        assert lib.collect_unused_images() == 0


def test_a_changed_pages_pictures_keep_to_two_requests_at_once_per_host(library, server):
    import threading
    import time

    lock, active, peak = threading.Lock(), [0], [0]

    def counted(handler):
        def serve(h):
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            try:
                time.sleep(0.05)
                handler(h)
            finally:
                with lock:
                    active[0] -= 1

        return serve

    photo = picture("PNG", 80, 60, "teal")
    stories = []
    for n in range(4):
        story = Article(page("Council approves budget", FIRST))
        server.route(f"story{n}", counted(story))
        stories.append(story)
    ids = [clip_url(library, server.url(f"story{n}")).clip.id for n in range(4)]
    for n, story in enumerate(stories):
        figures = "".join(
            f'<figure><img src="{server.url(f"/img/photo-{n}-{k}.png")}" alt="The council">'
            "<figcaption>The council in session.</figcaption></figure>"
            for k in range(3)
        )
        story.html = page("Council budget passes", FIRST).replace("</p>", "</p>" + figures, 1)
        for k in range(3):
            server.route(
                f"/img/photo-{n}-{k}.png", counted(lambda h: send(h, 200, photo, "image/png"))
            )
    peak[0] = 0
    assert set(check(library, ids).new_versions) == set(ids)
    assert peak[0] <= 2
    assert all(len(library.clip_images(clip_id)) == 3 for clip_id in ids)
