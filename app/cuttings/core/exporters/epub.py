"""An EPUB e-book of the chosen clips: one chapter each, with a table of contents.

Stored pictures are files inside the book (``images/<sha256>.<ext>``, each
once); other images are links, as in the HTML book (an EPUB may not load
remote images).
``ebooklib`` builds the book in memory: meant for a selection or a search,
not for a whole 100,000-clip library at once.
"""

import io
import uuid
from collections import Counter
from collections.abc import Iterable
from html import escape
from pathlib import Path

from ebooklib import epub

from cuttings import __version__
from cuttings.core.exporters.highlighting import HighlightsOf, highlights_section, no_highlights
from cuttings.core.exporters.media import ExportMedia
from cuttings.core.exporters.reading import (
    direction,
    language_tag,
    reading_body,
    safe_href,
    xml_safe,
)
from cuttings.core.models import Clip

CSS = """
body { font-family: serif; line-height: 1.5; }
h1 { font-family: sans-serif; line-height: 1.2; }
.meta { font-family: sans-serif; font-size: .85em; color: #555; }
.note { background: #fff8dc; padding: .5em; white-space: pre-wrap; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; }
mark.yellow { background: #fff3a3; } mark.green { background: #c8f0c0; }
mark.blue { background: #cde4ff; } mark.pink { background: #ffd3e6; }
mark.purple { background: #e6d6ff; }
""".strip()


def _chapter(
    clip: Clip, style: epub.EpubItem, highlights: HighlightsOf, pictures: dict[str, str]
) -> epub.EpubHtml:
    lang = language_tag(clip.language) or None
    chapter = epub.EpubHtml(
        title=xml_safe(clip.title),
        file_name=f"clip-{clip.id}.xhtml",
        lang=xml_safe(lang or "") or None,
        # ebooklib writes it on <html> and <body>, beside lang.
        direction=direction(clip),
    )
    meta = " · ".join(
        escape(part)
        for part in (clip.source or clip.site_name, clip.author, (clip.published_at or "")[:10])
        if part
    )
    note = f'<div class="note">{escape(clip.note.strip())}</div>' if clip.note.strip() else ""
    tags = f'<p class="meta">Tags: {escape(", ".join(clip.tags))}</p>' if clip.tags else ""
    href = safe_href(clip.url)
    original = f'<a href="{escape(href)}">original</a>' if href else ""
    marked = highlights(clip.id)
    # Every field may hold what XML forbids (U+FFFE from an import): dropped.
    chapter.content = xml_safe(
        f'<h1 dir="auto">{escape(clip.title)}</h1>'
        f'<p class="meta">{meta}{" · " if meta and original else ""}{original}</p>{tags}{note}'
        f"<div>{reading_body(clip, marked, pictures)}</div>{highlights_section(marked)}"
    )
    chapter.add_item(style)
    return chapter


def _add_pictures(
    book: epub.EpubBook, clip: Clip, media: ExportMedia, added: set[str]
) -> dict[str, str]:
    """Put the pictures a clip shows in the book (once each); their paths by URL."""
    paths = {}
    body = clip.html or ""
    for url, image in media.pictures(clip.id).items():
        if url not in body and escape(url) not in body:
            continue  # the lead image, when the article does not show it
        name = f"images/{image.sha256}.{image.media_type.split('/')[1]}"
        if name not in added:
            added.add(name)
            item = epub.EpubImage(
                uid=f"image-{image.sha256[:16]}",
                file_name=name,
                media_type=image.media_type,
                content=image.data,
            )
            book.add_item(item)
        paths[url] = name
    return paths


def write_epub(
    clips: Iterable[Clip],
    path: Path,
    *,
    title: str,
    highlights: HighlightsOf = no_highlights,
    media: ExportMedia | None = None,
) -> int:
    book = epub.EpubBook()
    book.set_identifier(f"urn:uuid:{uuid.uuid4()}")
    book.set_title(xml_safe(title))
    book.add_author("Cuttings")
    book.add_metadata("DC", "generator", f"Cuttings {__version__}")
    style = epub.EpubItem(
        uid="style", file_name="style/clips.css", media_type="text/css", content=CSS
    )
    book.add_item(style)
    chapters: list[epub.EpubHtml] = []
    languages: Counter[str] = Counter()
    added: set[str] = set()
    for clip in clips:
        pictures = _add_pictures(book, clip, media, added) if media is not None else {}
        chapter = _chapter(clip, style, highlights, pictures)
        book.add_item(chapter)
        chapters.append(chapter)
        if clip.language:
            languages[xml_safe(language_tag(clip.language))] += 1
    book.set_language(languages.most_common(1)[0][0] if languages else "und")
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    # Zipped in memory, then written by us: ebooklib only warns about a write
    # error (a full disk) and returns False, and the zip it leaves open fails
    # again, noisily, when collected.
    buffer = io.BytesIO()
    epub.write_epub(buffer, book, {"raise_exceptions": True})
    path.write_bytes(buffer.getvalue())
    return len(chapters)
