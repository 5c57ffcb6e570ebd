"""Pictures downloaded with a clip: exactly the good ones kept, reasons for the rest."""

import threading
import time

from cuttings.core.clipping import clip_url, fetch_article
from cuttings.core.fetch import Fetcher
from cuttings.core.images.candidates import best_candidate, parse_srcset
from cuttings.core.images.download import fetch_images
from cuttings.core.images.settings import ImageSettings
from cuttings.core.images.verify import ImageRefused, verify_image
from tests.image_pages import bomb, picture, serve_gallery, serve_mixed_page
from tests.pageserver import send


def test_the_good_pictures_are_kept_and_the_rest_say_why(library, server):
    good = serve_mixed_page(server)
    outcome = clip_url(library, server.url("/mixed.html"))
    stored = library.clip_images(outcome.clip.id)
    kept = {s.url: s for s in stored if s.sha256}
    assert set(kept) == set(good)
    for url, data in good.items():
        assert library.image_for(outcome.clip.id, url).data == data
    assert kept[server.url("/img/lead.jpg")].lead
    assert kept[server.url("/img/chart-1600.png")].width == 1600
    assert kept[server.url("/img/map.webp")].media_type == "image/webp"
    failures = {s.url.rsplit("/", 1)[1]: s.failure for s in stored if not s.sha256}
    assert failures == {
        "missing.jpg": "picture not found (HTTP 404)",
        "page.jpg": "not a picture (text/html)",
        "huge.jpg": "the picture is too large (over 10 MB)",
        "bomb.png": "too many pixels to decode safely (a decompression bomb?)",
        "fake.png": "not a picture (its bytes do not decode as one)",
    }
    # The beacon, the smaller srcset candidate and the AVIF source are never asked for.
    asked = {path.split("?")[0] for path in server.requests}
    assert not asked & {"/img/beacon.gif", "/img/chart-400.png", "/img/map.avif", "/img/map.jpg"}
    # Pictures in document order, the lead image (not in the text) first.
    assert [s.url.rsplit("/", 1)[1] for s in stored][:4] == [
        "lead.jpg",
        "photo.jpg",
        "chart-1600.png",
        "map.webp",
    ]
    # The stored article names the files kept, so the reader finds them.
    html = library.get(outcome.clip.id).html
    assert server.url("/img/chart-1600.png") in html and "map.webp" in html
    original = library.original(outcome.clip.id)
    assert original.status == 200 and original.final_url == server.url("/mixed.html")
    assert original.body.startswith(b"<html><head><title>Council passes the budget")


def test_the_lead_only_and_never_settings(server):
    serve_mixed_page(server)
    fetcher = Fetcher()
    lead = fetch_article(server.url("/mixed.html"), fetcher=fetcher, images=ImageSettings("lead"))
    assert [(link.url, link.lead) for link in lead.media.images] == [
        (server.url("/img/lead.jpg"), True)
    ]
    server.requests.clear()
    none = fetch_article(server.url("/mixed.html"), fetcher=fetcher, images=ImageSettings("none"))
    assert none.media.images == () and len(none.media.originals) == 1
    assert [path for path in server.requests if path.startswith("/img/")] == []


def test_limits_per_clip(server):
    url = serve_gallery(server, 5)
    page = Fetcher().fetch(url)
    html = fetch_article(url, images=ImageSettings("none")).html
    links = fetch_images(html, page.final_url, Fetcher(), ImageSettings(max_images=3))
    one_image = max(link.image.size for link in links if link.image)
    assert [bool(link.image) for link in links] == [True, True, True, False, False]
    assert links[4].failure == "not kept: more than 3 pictures in one article"
    small = ImageSettings(max_clip_bytes=int(one_image * 2.5))
    links = fetch_images(html, page.final_url, Fetcher(), small)
    assert sum(bool(link.image) for link in links) == 2
    assert links[4].failure.startswith("not kept: the article's pictures pass")


def test_a_cancelled_clip_downloads_no_picture(server):
    url = serve_gallery(server, 3)
    html = fetch_article(url, images=ImageSettings("none")).html
    cancel = threading.Event()
    cancel.set()
    server.requests.clear()
    links = fetch_images(html, url, Fetcher(), ImageSettings(), cancel=cancel)
    assert {link.failure for link in links} == {"not downloaded: cancelled"}
    assert server.requests == []


def test_srcset_candidates_nearest_1600_and_never_more():
    wide = parse_srcset("a.jpg 800w, b.jpg 1600w, c.jpg 3200w")
    assert best_candidate(wide).url == "b.jpg"
    assert best_candidate(parse_srcset("a.jpg 800w, b.jpg 1200w")).url == "b.jpg"
    assert best_candidate(parse_srcset("a.jpg, b.jpg 2x, c.jpg 3x")).url == "b.jpg"
    # A comma inside a URL is part of it (the HTML standard's parsing).
    assert parse_srcset("https://x.example/i/w_800,q_80/a.jpg 800w")[0].url.endswith(
        "w_800,q_80/a.jpg"
    )


def test_only_real_pictures_pass_verification():
    assert verify_image(picture("PNG", 3, 2)).media_type == "image/png"
    for data in (b"GIF89a garbage", b"<svg onload='alert(1)'/>", bomb()):
        try:
            verify_image(data)
        except ImageRefused:
            continue
        raise AssertionError(f"{data[:20]!r} was taken as a picture")


def test_at_most_two_downloads_at_once_from_one_host(server):
    """Four workers, one host: the host never sees more than two requests at once."""
    lock = threading.Lock()
    state = {"now": 0, "most": 0}
    data = picture("PNG")

    def slow(handler):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.3)  # long enough for the other workers to arrive
        with lock:
            state["now"] -= 1
        send(handler, 200, data, "image/png")

    html = "".join(f'<p><img src="{server.route(f"/slow/{n}.png", slow)}"></p>' for n in range(6))
    links = fetch_images(html, server.url("/page.html"), Fetcher(), ImageSettings(workers=4))
    assert all(link.image for link in links)
    assert state["most"] == 2


def test_only_web_candidates_are_chosen():
    candidates = parse_srcset("javascript:alert(1) 3x, data:image/png;base64,AAAA 2x, /a.jpg 1x")
    assert [c.url for c in candidates] == ["/a.jpg"]
