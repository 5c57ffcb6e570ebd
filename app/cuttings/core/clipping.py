"""The clipping pipeline: URL → fetched page → cleaned article → library.

:func:`fetch_article` does the slow, parallel part (network, parsing) and
never touches the library, so the GUI can run it in a pool and hand the
result to its single database writer.  :func:`clip_url` is the whole thing
for callers that write themselves (the command line, importers).
"""

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from cuttings.core.article import Article, Capture
from cuttings.core.changes import LibraryChange
from cuttings.core.cleaning import strip_control_chars
from cuttings.core.errors import ExtractError, FetchError
from cuttings.core.extract import Body, extract_body, is_share_text
from cuttings.core.fetch import Fetcher
from cuttings.core.images.download import fetch_images
from cuttings.core.images.media import ClipMedia, OriginalPage
from cuttings.core.images.settings import ImageSettings
from cuttings.core.library import Library
from cuttings.core.metadata import extract_metadata
from cuttings.core.models import Clip
from cuttings.core.urls import canonical_url, parse_user_url, same_site, site_host
from cuttings.core.walls import detect_wall
from cuttings.core.words import count_words

Stage = Literal["fetching", "cleaning"]
StageCallback = Callable[[Stage], None]
EXCERPT_LENGTH = 280

_default_fetcher: Fetcher | None = None
_default_lock = threading.Lock()


def default_fetcher() -> Fetcher:
    """One shared fetcher (and so one connection pool) per process."""
    global _default_fetcher
    with _default_lock:
        if _default_fetcher is None:
            _default_fetcher = Fetcher()
        return _default_fetcher


def fetch_article(
    url: str,
    *,
    fetcher: Fetcher | None = None,
    on_stage: StageCallback | None = None,
    cancel: threading.Event | None = None,
    images: ImageSettings | None = None,
) -> Article:
    """Fetch and clean the article at ``url``; raise a ``CuttingsError`` on failure.

    The article carries its pictures (as ``images`` asks: all of them by
    default) and the page as fetched, to be stored with it.  Thread-safe;
    ``on_stage`` is called from the calling thread.
    """
    url = parse_user_url(url)
    fetcher = fetcher or default_fetcher()
    if on_stage:
        on_stage("fetching")
    fetched_at = datetime.now(UTC)
    page = fetcher.fetch(url, cancel=cancel)
    if cancel is not None and cancel.is_set():
        raise FetchError("cancelled")
    if on_stage:
        on_stage("cleaning")
    article = build_article(page.html, page.final_url, requested_url=url)
    original = OriginalPage(fetched_at, page.final_url, page.status, page.headers, page.body)
    return with_images(
        article, page.final_url, fetcher, images or ImageSettings(), original, cancel
    )


def with_images(
    article: Article,
    base_url: str,
    fetcher: Fetcher,
    settings: ImageSettings,
    original: OriginalPage | None = None,
    cancel: threading.Event | None = None,
) -> Article:
    """``article`` carrying its downloaded pictures (and ``original``) to the library.

    The picture step of every capture path: a page captured some other way
    (the browser, the clipboard, a file) goes through here too.
    """
    links = fetch_images(
        article.html, base_url, fetcher, settings, lead_image=article.lead_image, cancel=cancel
    )
    return replace(article, media=ClipMedia(links, (original,) if original else ()))


def captured_original(html: str, url: str) -> OriginalPage:
    """The page a capture without a fetch received (the browser's DOM, a saved
    file, the clipboard), kept as the clip's original.  Status 0: no server
    answered Cuttings, so there is no status or header to keep."""
    return OriginalPage(datetime.now(UTC), url, 0, (), html.encode("utf-8", "replace"))


def captured_article(
    article: Article,
    html: str,
    url: str,
    fetcher: Fetcher | None = None,
    images: ImageSettings | None = None,
) -> Article:
    """``article``, made from ``html`` a capture received without a fetch, ready to keep.

    With a ``fetcher``, the pictures it shows are downloaded as a fetched
    page's are, and ``html`` is kept as the clip's original; without one
    (no network wanted), ``article`` as it is.
    """
    if fetcher is None:
        return article
    original = captured_original(html, url)
    return with_images(article, url, fetcher, images or ImageSettings(), original)


def build_article(
    html: str,
    url: str,
    *,
    requested_url: str | None = None,
    capture: Capture = "fetched",
) -> Article:
    """The article in a page's ``html`` fetched from ``url`` (no network).

    ``capture`` says where the HTML came from.  A page Cuttings fetched
    itself is checked for walls (:mod:`cuttings.core.walls`): a paywall's
    teaser, a consent page or a login form is kept, marked partial with the
    reason, even when it holds too little text to pass as an article.  A
    page from the browser, a file or the clipboard is what the person saw:
    it is not checked (a subscriber's page still says it is not free).
    """
    partial = ""
    try:
        body = extract_body(html, url)
    except ExtractError:
        if capture != "fetched" or not (partial := detect_wall(html, url, "")):
            raise
        body = Body(html="", text="", title="")
    else:
        if capture == "fetched":
            partial = detect_wall(html, url, body.text)
    meta = extract_metadata(html, url, text=body.text)
    site_name = meta.site_name or site_host(url)
    title = meta.title or body.title
    return Article(
        url=requested_url or url,
        canonical_url=choose_canonical(url, meta.canonical_url, requested_url=requested_url),
        # A wall kept without text may have no headline either: the site names it.
        title=strip_control_chars(title or _first_words(body.text, 12) or site_name or url),
        html=strip_control_chars(body.html),
        text=strip_control_chars(body.text),
        site_name=strip_control_chars(site_name),
        source=strip_control_chars(meta.source or site_name),
        author=strip_control_chars(meta.author),
        published_at=meta.published_at,
        language=strip_control_chars(meta.language),
        lead_image=meta.lead_image,
        excerpt=strip_control_chars(make_excerpt(meta.description, body.text, title=title)),
        capture=capture,
        partial=partial,
    )


def choose_canonical(url: str, declared: str, *, requested_url: str | None = None) -> str:
    """The canonical key: the page's declared canonical URL when it is plausible.

    A page may only speak for its own site: a canonical URL on another
    registrable domain than the page's (``url``, or the ``requested_url``
    that redirected to it) would let any page take another publisher's
    article's place in the library, so it is ignored here (the metadata
    still reads it as a hint of the story's source).  Some sites point every
    page's ``rel=canonical`` at their home page; such a claim would merge all
    their articles into one clip, so it is ignored too.
    """
    fetched = canonical_url(url)
    if not declared:
        return fetched
    try:
        claimed = canonical_url(declared)
    except ValueError:
        return fetched
    if not same_site(claimed, url, *([requested_url] if requested_url else [])):
        return fetched
    if urlsplit(claimed).path == "/" and urlsplit(fetched).path != "/":
        return fetched
    return claimed


def make_excerpt(description: str, text: str, *, title: str = "") -> str:
    """A one-paragraph summary: the page's description, else the opening text.

    The opening text skips the headline, datelines and bylines that bodies
    often start with: the first paragraph that reads like a sentence wins.
    A share bar ("Share this on WhatsApp…") is never the summary.  Chinese
    or Japanese say in 25 characters what takes 60 in Latin script.
    """
    candidate = " ".join(description.split())
    if len(candidate) < 40 or is_share_text(candidate):
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
        sentences = [
            p
            for p in paragraphs
            if (len(p) >= 60 or count_words(p) >= 25) and p != title and not is_share_text(p)
        ]
        candidate = sentences[0] if sentences else " ".join(text.split())
    if len(candidate) <= EXCERPT_LENGTH:
        return candidate
    cut = candidate.rfind(" ", 0, EXCERPT_LENGTH)
    return candidate[: cut if cut > 0 else EXCERPT_LENGTH].rstrip(" ,;:") + "…"


def _first_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


@dataclass(frozen=True, slots=True)
class ClipOutcome:
    """What :func:`clip_url` or :func:`keep_article` did; ``change`` is filled by the latter."""

    status: Literal["added", "exists", "refreshed"]
    clip: Clip
    change: LibraryChange = field(default_factory=LibraryChange)


def clip_url(
    library: Library,
    url: str,
    *,
    tags: Iterable[str] = (),
    refresh: bool = False,
    fetcher: Fetcher | None = None,
    on_stage: StageCallback | None = None,
    cancel: threading.Event | None = None,
    images: ImageSettings | None = None,
) -> ClipOutcome:
    """Clip ``url`` into ``library`` unless it is already there (or ``refresh``).

    A URL already in the library is not fetched again; the tags asked for are
    added to the clip it has.  A refresh that meets a wall (see
    :mod:`cuttings.core.walls`) leaves a complete clip as it is.
    """
    tag_list = list(tags)
    existing = library.find_by_url(parse_user_url(url))
    if existing is not None and not refresh:
        return ClipOutcome("exists", _with_tags(library, existing, tag_list))
    article = fetch_article(url, fetcher=fetcher, on_stage=on_stage, cancel=cancel, images=images)
    if existing is None:
        result = library.add(article, tags=tag_list)
        if result.created:
            return ClipOutcome("added", result.clip)
        existing = result.clip  # known under its canonical URL
        if not refresh:
            return ClipOutcome("exists", _with_tags(library, existing, tag_list))
    if article.partial and not existing.partial:
        # A wall's teaser never replaces the whole article (clipped from the browser…).
        return ClipOutcome("exists", _with_tags(library, existing, tag_list))
    library.refresh(existing.id, article)
    return ClipOutcome("refreshed", _with_tags(library, existing, tag_list))


def keep_article(library: Library, article: Article, *, tags: Iterable[str] = ()) -> ClipOutcome:
    """Store an article captured without a fetch (browser, file, clipboard).

    A clip of the same URL is kept as it is, unless it is partial and this
    capture is not: then the capture replaces its content (a subscriber's
    page in place of the paywall's teaser), keeping tags, note and edits.
    """
    tag_list = list(tags)
    result = library.add(article, tags=tag_list)
    if result.created:
        return ClipOutcome("added", result.clip, result.change)
    existing = result.clip
    change = LibraryChange()
    status: Literal["exists", "refreshed"] = "exists"
    if existing.partial and not article.partial:
        change = library.refresh(existing.id, article).change
        status = "refreshed"
    if tag_list:
        change = change | library.add_tags([existing.id], tag_list).change
    return ClipOutcome(status, library.get(existing.id, with_body=False), change)


def _with_tags(library: Library, clip: Clip, tags: list[str]) -> Clip:
    if tags:
        library.add_tags([clip.id], tags)
    return library.get(clip.id, with_body=False)
