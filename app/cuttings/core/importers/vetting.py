"""Checking an import item before anything of it is stored.

An import file is written by anyone, so what it carries gets the checks a
fetched page gets: links and images must be http(s), the published date a
real date (read by the page date parser), the language a language tag, tags
and notes free of control and invisible characters, an article no bigger
than a page Cuttings would download.  What is dropped or corrected is noted
on the item, and the import report lists it.
"""

from dataclasses import replace

from cuttings.core.cleaning import clean_note, http_url, language_tag, strip_control_chars
from cuttings.core.importers.items import ImportContent, ImportItem, clean_tags, shown
from cuttings.core.metadata import parse_published_date
from cuttings.core.timestamps import checked_published

# As the fetcher's cap on a page (cuttings.core.fetch.Fetcher.max_bytes), in
# characters: a text over it is over 15 MB in any encoding.
MAX_ARTICLE_CHARS = 15 * 1024 * 1024
TOO_LARGE = "the article is too large (over 15 MB)"


def vet_item(item: ImportItem) -> ImportItem:
    """``item`` with its values checked; an item already vetted comes back equal."""
    notes = list(item.notes)
    content = item.content
    if content is not None and _size(content) > MAX_ARTICLE_CHARS:
        # Not kept for a retry: the same article would be refused again.
        return replace(_plain(item), content=None, problem=TOO_LARGE)
    if content is not None:
        content = _vet_content(content, notes)
    return replace(
        _plain(item),
        tags=clean_tags(item.tags),
        note=clean_note(item.note),
        content=content,
        notes=tuple(notes),
    )


def _plain(item: ImportItem) -> ImportItem:
    """Url and title printable: the report and the command line print them."""
    return replace(item, url=strip_control_chars(item.url), title=strip_control_chars(item.title))


def _size(content: ImportContent) -> int:
    return len(content.html) + len(content.text or "")


def _vet_content(content: ImportContent, notes: list[str]) -> ImportContent:
    canonical = _link(content.canonical_url, "the canonical URL", notes)
    image = _link(content.lead_image, "the lead image", notes)
    language = language_tag(content.language)
    if content.language.strip() and not language:
        notes.append(f"the language {shown(content.language)} is not a language tag: dropped")
    published = None
    if content.published_at:
        published = checked_published(parse_published_date(content.published_at))
        if published is None:
            notes.append(
                f"the published date {shown(content.published_at)} is not a possible date: dropped"
            )
    return replace(
        content,
        canonical_url=canonical,
        lead_image=image,
        language=language,
        published_at=published,
    )


def _link(value: str, what: str, notes: list[str]) -> str:
    if not value.strip():
        return ""
    url = http_url(value)
    if not url:
        notes.append(f"{what} {shown(value)} is not an http(s) link: dropped")
    return url
