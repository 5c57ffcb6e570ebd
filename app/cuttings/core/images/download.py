"""Downloading an article's pictures: a few at a time, within limits, never failing the clip.

:func:`fetch_images` is the picture step of every capture path (a URL, an
import, a refresh; the window's clipping and the browser endpoint too): it
takes the cleaned article's HTML, the URL it came from, a fetcher and the
settings, and gives an :class:`~cuttings.core.images.media.ImageLink` for
every picture, kept or not, with the reason when not.  It uses the same
:class:`~cuttings.core.fetch.Fetcher` as pages (http(s) only, deadlines, size
caps, cancel), and never reaches into a private network from a public page.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from cuttings.core.errors import CuttingsError
from cuttings.core.fetch import IMAGE, Fetcher
from cuttings.core.images.media import ImageData, ImageLink
from cuttings.core.images.settings import ImageSettings
from cuttings.core.images.verify import verify_image
from cuttings.core.network import all_public
from cuttings.core.sanitize import absolute_url, is_tracking_image

_MB = 1024 * 1024
_HTTP = frozenset({"http", "https"})


@dataclass(frozen=True, slots=True)
class _Wanted:
    url: str  # as the article names it
    lead: bool


def wanted_images(
    article_html: str, base_url: str, lead_image: str, settings: ImageSettings
) -> list[_Wanted]:
    """The pictures to download, in document order, the lead image marked.

    Tracking pixels (1x1, known beacon hosts) are left out: never fetched.
    A lead image the article does not show comes first (it heads the page).
    """
    if settings.policy == "none":
        return []
    urls: list[str] = []
    for img in _images(article_html):
        url = absolute_url(img.get("src") or "", base_url, _HTTP)
        if url and not is_tracking_image(img) and url not in urls:
            urls.append(url)
    lead = absolute_url(lead_image, base_url, _HTTP) if lead_image else None
    if lead is not None and is_tracking_image(lxml.html.Element("img", src=lead)):
        lead = None
    if lead is None and settings.policy == "lead" and urls:
        lead = urls[0]
    wanted = [_Wanted(url, url == lead) for url in urls]
    if lead is not None and lead not in urls:
        wanted.insert(0, _Wanted(lead, True))
    if settings.policy == "lead":
        return [item for item in wanted if item.lead]
    return wanted


def _images(article_html: str) -> list[lxml.html.HtmlElement]:
    if "<img" not in article_html.lower():
        return []
    try:
        root = lxml.html.fragment_fromstring(article_html, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return []
    return list(root.iter("img"))


def fetch_images(
    article_html: str,
    base_url: str,
    fetcher: Fetcher,
    settings: ImageSettings,
    *,
    lead_image: str = "",
    cancel: threading.Event | None = None,
) -> tuple[ImageLink, ...]:
    """Download and verify an article's pictures; one link per picture, in order.

    Never raises for a picture: a failure is a link with its reason.  At most
    ``settings.max_images`` are downloaded and ``settings.max_clip_bytes``
    kept; the rest are links saying so.
    """
    wanted = wanted_images(article_html, base_url, lead_image, settings)
    if not wanted:
        return ()
    fetched, skipped = wanted[: settings.max_images], wanted[settings.max_images :]
    run = _Run(fetcher, settings, cancel, public_only=_is_public(base_url, fetcher))
    with ThreadPoolExecutor(max(1, settings.workers), thread_name_prefix="images") as pool:
        links = list(pool.map(run.fetch, fetched))
    over = f"not kept: more than {settings.max_images} pictures in one article"
    links += [ImageLink(item.url, failure=over, lead=item.lead) for item in skipped]
    return tuple(_within_budget(links, settings.max_clip_bytes))


def _within_budget(links: list[ImageLink], budget: int) -> list[ImageLink]:
    """The links with pictures past ``budget`` bytes (in document order) turned into failures."""
    used = 0
    out = []
    for link in links:
        image = link.image
        if image is not None:
            if used + image.size > budget:
                reason = f"not kept: the article's pictures pass {budget / _MB:g} MB"
                link = ImageLink(link.url, link.source_url, None, reason, link.lead)
            else:
                used += image.size
        out.append(link)
    return out


def _is_public(base_url: str, fetcher: Fetcher) -> bool:
    """Whether the page came from the internet (then its pictures must too)."""
    parts = urlsplit(base_url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return all_public(fetcher.network.resolve(parts.hostname or "", port))
    except (OSError, UnicodeError, ValueError):
        return True  # unknown: the stricter rule


class _Run:
    """One article's downloads: at most ``per_host`` at once from any host."""

    def __init__(
        self,
        fetcher: Fetcher,
        settings: ImageSettings,
        cancel: threading.Event | None,
        *,
        public_only: bool,
    ) -> None:
        self.fetcher = fetcher
        self.settings = settings
        self.cancel = cancel
        self.public_only = public_only
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def _host_slot(self, url: str) -> threading.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            return self._hosts.setdefault(host, threading.Semaphore(self.settings.per_host))

    def fetch(self, item: _Wanted) -> ImageLink:
        if self.cancel is not None and self.cancel.is_set():
            return _failed(item, "not downloaded: cancelled")
        try:
            with self._host_slot(item.url):
                download = self.fetcher.download(
                    item.url,
                    cancel=self.cancel,
                    wanted=IMAGE,
                    max_bytes=self.settings.max_image_bytes,
                    public_only=self.public_only,
                )
            image: ImageData = verify_image(download.body, max_pixels=self.settings.max_pixels)
        except CuttingsError as exc:
            return _failed(item, str(exc))
        return ImageLink(item.url, download.final_url, image, lead=item.lead)


def _failed(item: _Wanted, reason: str) -> ImageLink:
    return ImageLink(item.url, item.url, failure=reason, lead=item.lead)
