"""A page captured without a fetch (browser, file, clipboard) gets its pictures and original."""

from cuttings.core.clipping import build_article, captured_article
from cuttings.core.fetch import Fetcher
from cuttings.core.images.settings import ImageSettings
from tests.image_pages import article, picture


def test_with_a_fetcher_the_pictures_are_downloaded_and_the_html_kept_as_original(server):
    server.page("/img/photo.jpg", picture("JPEG", color="navy"), "image/jpeg")
    url = server.url("/story.html")  # never requested: the page came with the capture
    html = article('<figure><img src="/img/photo.jpg" alt="The council"></figure>')
    made = captured_article(build_article(html, url, capture="file"), html, url, Fetcher())
    assert made.media is not None
    kept = {link.url: link.image is not None for link in made.media.images}
    assert kept[server.url("/img/photo.jpg")] is True
    (original,) = made.media.originals
    assert (original.final_url, original.status, original.body) == (url, 0, html.encode())
    assert "/story.html" not in server.requests and "/img/photo.jpg" in server.requests


def test_the_image_settings_are_followed(server):
    server.page("/img/photo.jpg", picture("JPEG"), "image/jpeg")
    url = server.url("/story.html")
    html = article('<figure><img src="/img/photo.jpg" alt="The council"></figure>')
    settings = ImageSettings(policy="none")
    made = captured_article(build_article(html, url), html, url, Fetcher(), settings)
    assert made.media is not None
    assert not any(link.image for link in made.media.images)
    assert "/img/photo.jpg" not in server.requests


def test_without_a_fetcher_the_article_is_left_as_it_is():
    html = article('<figure><img src="/img/photo.jpg" alt="The council"></figure>')
    made = build_article(html, "https://news.example.org/story", capture="clipboard")
    assert captured_article(made, html, "https://news.example.org/story") is made
