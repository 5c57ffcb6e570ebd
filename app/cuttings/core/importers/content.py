"""Turning an article carried by an import file into an :class:`Article`.

The HTML comes from a file that could have been written by anyone, so it goes
through the same sanitizer as a fetched page; the text is derived from the
sanitized HTML unless the file carries it (our own export does).
"""

from cuttings.core.article import Article, capture_kind
from cuttings.core.cleaning import strip_control_chars
from cuttings.core.clipping import choose_canonical, make_excerpt
from cuttings.core.extract import html_to_text
from cuttings.core.importers.items import ImportItem
from cuttings.core.sanitize import sanitize_html
from cuttings.core.urls import site_host


def article_from_content(item: ImportItem, url: str) -> Article:
    content = item.content
    if content is None:
        raise ValueError("article_from_content needs an item with content")
    html = sanitize_html(content.html, url)
    foreign = content.text is None
    text = html_to_text(html) if content.text is None else content.text
    title = " ".join(item.title.split()) or _first_line(text) or site_host(url) or url
    plain = strip_control_chars
    return Article(
        url=url,
        canonical_url=choose_canonical(url, content.canonical_url),
        title=plain(title),
        html=html,
        text=plain(text),
        site_name=plain(content.site_name or (site_host(url) if foreign else "")),
        source=plain(content.source),
        author=plain(content.author),
        published_at=content.published_at,
        language=plain(content.language),
        lead_image=content.lead_image,
        # Our own export carries its excerpt (maybe empty on purpose); others get one.
        excerpt=plain(content.excerpt or (make_excerpt("", text) if foreign else "")),
        capture=capture_kind(content.capture),
        partial=plain(content.partial),
        media=content.media,
    )


def _first_line(text: str, length: int = 120) -> str:
    for line in text.splitlines():
        flat = " ".join(line.split())
        if flat:
            return flat if len(flat) <= length else flat[:length].rsplit(" ", 1)[0] + "…"
    return ""
