"""``cuttings original``, ``reclean``, ``images --missing``, ``info``, ``show --json``'s pictures."""

import hashlib
import json
import sqlite3

from cuttings.core.database import register_sql_functions
from cuttings.core.library import Library
from tests.core.test_cli import lib_path, run  # noqa: F401  (lib_path is a fixture)
from tests.image_pages import serve_mixed_page


def test_show_json_lists_kept_pictures_and_the_original(server, lib_path, capsys):  # noqa: F811
    good = serve_mixed_page(server)
    code, out, err = run(capsys, "add", server.url("/mixed.html"))
    assert code == 0, err
    clip_id = out.split("\t")[0]
    code, out, _ = run(capsys, "show", clip_id, "--json")
    data = json.loads(out)
    assert [image["url"] for image in data["images"]] == list(good)
    first = data["images"][0]
    assert first["sha256"] == hashlib.sha256(good[first["url"]]).hexdigest()
    assert first["bytes"] == len(good[first["url"]]) and first["media_type"] == "image/jpeg"
    assert data["original"]["final_url"] == server.url("/mixed.html")
    assert data["original"]["status"] == 200
    page = tmp = lib_path.parent / "page.html"
    code, out, err = run(capsys, "original", clip_id, "--output", page)
    assert code == 0, err
    assert hashlib.sha256(tmp.read_bytes()).hexdigest() == data["original"]["sha256"]
    code, out, _ = run(capsys, "info")
    assert "clips: 1" in out and "pictures: 4 (" in out and "original pages: 1" in out


def test_add_with_lead_only_and_emptying_the_trash_collects_pictures(server, lib_path, capsys):  # noqa: F811
    serve_mixed_page(server)
    code, out, err = run(capsys, "add", server.url("/mixed.html"), "--images", "lead")
    assert code == 0, err
    clip_id = out.split("\t")[0]
    code, out, _ = run(capsys, "show", clip_id, "--json")
    assert [image["url"] for image in json.loads(out)["images"]] == [server.url("/img/lead.jpg")]
    run(capsys, "delete", clip_id)  # to the trash: restorable, pictures and all
    with Library(lib_path) as lib:
        assert lib.library_info().images == 1
    run(capsys, "trash", "--empty")
    with Library(lib_path) as lib:
        assert lib.library_info().images == 0


def test_reclean_keeps_tags_note_and_edits(server, lib_path, capsys):  # noqa: F811
    serve_mixed_page(server)
    code, out, err = run(capsys, "add", server.url("/mixed.html"), "--tag", "Budget")
    clip_id = int(out.split("\t")[0])
    run(capsys, "edit", clip_id, "--author", "Ada Lovelace")
    with Library(lib_path) as lib:
        lib.update_clip(clip_id, note="Check the figures")
        fresh = lib.get(clip_id)
    # What an older extractor left: another text, another title.
    with sqlite3.connect(lib_path) as db:
        register_sql_functions(db)  # the search index's triggers call it
        db.execute(
            "UPDATE clips SET html = '<p>old</p>', text = 'old', title = 'Old' WHERE id = ?",
            (clip_id,),
        )
    server.requests.clear()
    code, out, err = run(capsys, "reclean", "--all")
    assert (code, out) == (0, "cleaned again 1 clip\n"), err
    assert server.requests == []  # from the stored page, offline
    with Library(lib_path) as lib:
        clip = lib.get(clip_id)
        assert (clip.text, clip.html, clip.title) == (fresh.text, fresh.html, fresh.title)
        assert (clip.tags, clip.note, clip.author) == (
            ("Budget",),
            "Check the figures",
            "Ada Lovelace",
        )
        assert len([s for s in lib.clip_images(clip_id) if s.sha256]) == 4
        # Cleaned again, not changed: still one version, nothing marked changed.
        assert (len(lib.versions(clip_id)), clip.change_count) == (1, 0)
    code, _out, err = run(capsys, "reclean", "999")
    assert code == 1 and "no clip with id 999" in err


def test_images_missing_fetches_for_clips_from_before(server, lib_path, capsys):  # noqa: F811
    good = serve_mixed_page(server)
    code, out, err = run(capsys, "add", server.url("/mixed.html"))
    clip_id = int(out.split("\t")[0])
    # As a clip from before this version: no picture links.
    with sqlite3.connect(lib_path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM clip_images")
        db.execute("DELETE FROM images")
    code, out, err = run(capsys, "images", "--missing")
    assert (code, out) == (0, "pictures fetched for 1 clip\n"), err
    with Library(lib_path) as lib:
        assert [s.url for s in lib.clip_images(clip_id) if s.sha256] == list(good)
    # Nothing left to do: a second run resumes where the first ended.
    code, out, err = run(capsys, "images", "--missing")
    assert out == "pictures fetched for 0 clips\n"


def test_original_of_a_clip_without_one(lib_path, capsys):  # noqa: F811
    with Library(lib_path) as lib:
        from tests.factories import make_article

        clip = lib.add(make_article(1)).clip
    code, out, err = run(capsys, "original", clip.id)
    assert code == 1 and "has no original page" in err
