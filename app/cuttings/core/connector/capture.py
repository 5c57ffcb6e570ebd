"""A page received from the browser, or a link, turned into a clip.

:func:`page_article` is the slow part (parsing, extraction; no library) and
:func:`store_article` the one write: the window runs the first in its pool and
the second on its single writer, ``cuttings serve`` runs both in turn.  Every
clip the endpoint makes goes through these two functions.
"""

from dataclasses import dataclass
from typing import Literal

from cuttings.core.article import Article
from cuttings.core.changes import LibraryChange
from cuttings.core.cleaning import strip_control_chars
from cuttings.core.clipping import (
    build_article,
    captured_article,
    choose_canonical,
    make_excerpt,
)
from cuttings.core.connector.protocol import PageRequest
from cuttings.core.errors import ExtractError
from cuttings.core.extract.text import html_to_text
from cuttings.core.fetch import Fetcher
from cuttings.core.images.settings import ImageSettings
from cuttings.core.library import Library
from cuttings.core.metadata import extract_metadata
from cuttings.core.models import Clip
from cuttings.core.sanitize import sanitize_html
from cuttings.core.urls import site_host

Status = Literal["added", "refreshed", "exists"]


@dataclass(frozen=True, slots=True)
class Stored:
    """What :func:`store_article` did, and the change for the window's views."""

    status: Status
    clip: Clip
    change: LibraryChange


def page_article(
    page: PageRequest, fetcher: Fetcher | None = None, images: ImageSettings | None = None
) -> Article:
    """The article in a page the browser rendered (no library), a ``browser`` capture.

    With a selection, the clip keeps only the selected part, and the page's
    metadata (title, author, date, site, canonical address) around it.  With
    a ``fetcher``, the pictures it shows are downloaded as a fetched page's
    are, and the page as the browser sent it is kept as the original.
    """
    return captured_article(_article(page), page.html, page.url, fetcher, images)


def _article(page: PageRequest) -> Article:
    if not page.selection_html.strip():
        return build_article(page.html, page.url, capture="browser")
    body_html = sanitize_html(page.selection_html, page.url)
    text = html_to_text(body_html)
    if not text.strip():
        raise ExtractError("the selection holds no text")
    meta = extract_metadata(page.html, page.url, text=text)
    site_name = meta.site_name or site_host(page.url)
    words = text.split()
    title = meta.title or " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return Article(
        url=page.url,
        canonical_url=choose_canonical(page.url, meta.canonical_url),
        title=strip_control_chars(title),
        html=strip_control_chars(body_html),
        text=strip_control_chars(text),
        site_name=strip_control_chars(site_name),
        source=strip_control_chars(meta.source or site_name),
        author=strip_control_chars(meta.author),
        published_at=meta.published_at,
        language=strip_control_chars(meta.language),
        lead_image=meta.lead_image,
        # The selection is what the person wanted: its opening, not the page's description.
        excerpt=strip_control_chars(make_excerpt("", text, title=title)),
        capture="browser",
    )


def store_article(
    library: Library, article: Article, tags: tuple[str, ...], *, replace: bool
) -> Stored:
    """Add ``article``; for an address already clipped, ``replace`` its content or keep it.

    A page sent by the browser replaces what an earlier clip of the same
    address holds (``replace``): it is what the person sees, often more than
    an anonymous fetch got (a subscriber's article, a page drawn by scripts).
    Tags, note and details edited by hand are kept either way, and the tags
    asked for are added.
    """
    result = library.add(article, tags=tags)
    if result.created:
        return Stored("added", result.clip, result.change)
    change = LibraryChange()
    status: Status = "exists"
    if replace:
        change = change | library.refresh(result.clip.id, article).change
        status = "refreshed"
    if tags:
        change = change | library.add_tags([result.clip.id], tags).change
    return Stored(status, library.get(result.clip.id, with_body=False), change)


def tag_known(library: Library, clip_id: int, tags: tuple[str, ...]) -> Stored:
    """A link already clipped: not fetched again (as ``cuttings add``); the tags are added."""
    change = library.add_tags([clip_id], tags).change if tags else LibraryChange()
    return Stored("exists", library.get(clip_id, with_body=False), change)
