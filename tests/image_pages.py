"""An article page with pictures of every kind, served by a local :class:`PageServer`.

For the picture tests and ``bench/images.py``: pictures are made with Pillow
here, no fixture files.
"""

import io

from PIL import Image

from tests.pageserver import PageServer

PARAGRAPH = (
    "The regional council approved the new budget on Tuesday evening after a long debate "
    "that lasted well into the night, with the opposition criticising the cuts to public "
    "transport and the majority defending the investment in schools and hospitals. "
)


def picture(kind: str, width: int = 64, height: int = 48, color: str = "teal") -> bytes:
    """A small real picture in Pillow's format ``kind`` (JPEG, PNG, WEBP, GIF)."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, kind)
    return out.getvalue()


def photo(seed: int, width: int = 1600, height: int = 1000) -> bytes:
    """A JPEG with a photo's texture and size (~100-300 KB at 1600 x 1000), unique per seed."""
    grain = Image.effect_noise((width // 8, height // 8), 40 + seed % 30).convert("RGB")
    out = io.BytesIO()
    grain.resize((width, height), Image.Resampling.BICUBIC).save(out, "JPEG", quality=85)
    return out.getvalue()


def bomb() -> bytes:
    """A PNG of 12,000 x 12,000 pixels in a few kilobytes: 144 megapixels to decode."""
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG", optimize=True)
    return out.getvalue()


def article(figures: str, title: str = "Council passes the budget") -> str:
    body = "".join(f"<p>{PARAGRAPH * 2}</p>" for _ in range(3))
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:image" content="/img/lead.jpg"></head><body><article>'
        f"<h1>{title}</h1>{body}{figures}<p>{PARAGRAPH * 3}</p></article></body></html>"
    )


def serve_mixed_page(server: PageServer) -> dict[str, bytes]:
    """Publish ``/mixed.html``; return the good pictures' bytes by the URL the article names."""
    jpeg = picture("JPEG", color="navy")
    png_small, png_large = picture("PNG", 40, 30), picture("PNG", 1600, 900, "olive")
    webp = picture("WEBP", color="maroon")
    lead = picture("JPEG", 120, 80, "purple")
    server.page("/img/photo.jpg", jpeg, "image/jpeg")
    server.page("/img/chart-400.png", png_small, "image/png")
    server.page("/img/chart-1600.png", png_large, "image/png")
    server.page("/img/map.webp", webp, "image/webp")
    server.page("/img/map.jpg", jpeg, "image/jpeg")  # the <picture> fallback
    server.page("/img/lead.jpg", lead, "image/jpeg")
    server.page("/img/page.jpg", jpeg, "text/html")  # a picture served as a page
    server.page("/img/huge.jpg", b"\xff\xd8\xff" + b"\0" * (11 * 1024 * 1024), "image/jpeg")
    server.page("/img/bomb.png", bomb(), "image/png")
    server.page("/img/fake.png", b"<html>login required</html>", "image/png")
    figures = (
        '<figure><img src="/img/photo.jpg" alt="The council"><figcaption>The council '
        "in session.</figcaption></figure>"
        '<p><img src="/img/chart-400.png" srcset="/img/chart-400.png 400w, '
        '/img/chart-1600.png 1600w" alt="Chart"></p>'
        '<figure><picture><source type="image/avif" srcset="/img/map.avif">'
        '<source type="image/webp" srcset="/img/map.webp">'
        '<img src="/img/map.jpg" alt="Map"></picture></figure>'
        '<p><img src="/img/beacon.gif" width="1" height="1" alt=""></p>'
        '<p><img src="/img/missing.jpg" alt="Gone"></p>'
        '<p><img src="/img/page.jpg" alt="Page"></p>'
        '<p><img src="/img/huge.jpg" alt="Huge"></p>'
        '<p><img src="/img/bomb.png" alt="Bomb"></p>'
        '<p><img src="/img/fake.png" alt="Fake"></p>'
    )
    server.page("/mixed.html", article(figures))
    return {
        server.url("/img/lead.jpg"): lead,
        server.url("/img/photo.jpg"): jpeg,
        server.url("/img/chart-1600.png"): png_large,
        server.url("/img/map.webp"): webp,
    }


def serve_gallery(server: PageServer, count: int, *, images: bool = True) -> str:
    """Publish a page with ``count`` photos (~1600 px JPEGs); its URL."""
    figures = ""
    for n in range(count):
        path = f"/gallery/{n}.jpg"
        if images:
            server.page(path, photo(n), "image/jpeg")
            figures += f'<figure><img src="{path}" alt="Photo {n}"><figcaption>Photo {n}</figcaption></figure>'
    path = f"/gallery-{count}-{images}.html"
    server.page(
        path, article(figures).replace('<meta property="og:image" content="/img/lead.jpg">', "")
    )
    return server.url(path)
