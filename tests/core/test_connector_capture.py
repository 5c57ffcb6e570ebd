"""A page from the browser becomes a ``browser`` capture with its pictures and original."""

from cuttings.core.connector.capture import page_article, store_article
from cuttings.core.connector.protocol import PageRequest
from cuttings.core.fetch import Fetcher
from tests.image_pages import article, picture


def test_a_browser_page_keeps_its_pictures_and_the_dom_as_its_original(server, library):
    server.page("/img/photo.jpg", picture("JPEG", color="navy"), "image/jpeg")
    server.page("/img/lead.jpg", picture("JPEG", 120, 80, "purple"), "image/jpeg")
    url = server.url("/story.html")  # never requested: the browser sent the page
    html = article('<figure><img src="/img/photo.jpg" alt="The council"></figure>')
    made = page_article(PageRequest(url, html), Fetcher())
    stored = store_article(library, made, ("council",), replace=True)
    clip = library.get(stored.clip.id)
    assert (clip.capture, clip.is_partial, clip.tags) == ("browser", False, ("council",))
    kept = [link.url for link in library.clip_images(clip.id) if link.sha256]
    assert set(kept) == {server.url("/img/photo.jpg"), server.url("/img/lead.jpg")}
    original = library.original(clip.id)
    assert original is not None and original.status == 0
    assert "/story.html" not in server.requests


def test_a_selection_is_a_browser_capture_too(library):
    page = PageRequest(
        "https://news.example.org/a",
        article(""),
        selection_html="<p>Only this paragraph about the budget was chosen.</p>",
    )
    clip = store_article(library, page_article(page), (), replace=True).clip
    assert clip.capture == "browser"
    assert library.get(clip.id).text == "Only this paragraph about the budget was chosen."
