"""One self-contained HTML file to read the chosen clips: a table of contents,
inline CSS, pictures embedded as data URIs, no scripts and no remote loads
(other images are links, see :mod:`.reading`), and a Content-Security-Policy
that forbids them anyway."""

from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from typing import TextIO

from cuttings.core.exporters.highlighting import HighlightsOf, highlights_section, no_highlights
from cuttings.core.exporters.history import History, history_html
from cuttings.core.exporters.media import ExportMedia, data_uri
from cuttings.core.exporters.reading import (
    direction,
    language_tag,
    reading_body,
    safe_href,
    xml_safe,
)
from cuttings.core.models import Clip

CSS = """
body { font: 18px/1.6 Georgia, 'Times New Roman', serif; max-width: 42em; margin: 2em auto;
       padding: 0 1em; color: #222; background: #fdfdfa; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
nav ol { padding-inline-start: 1.4em; } nav li { margin: .3em 0; }
.meta, .tags, .toc-meta { font: 14px/1.4 system-ui, sans-serif; color: #666; }
article { border-top: 1px solid #ccc; margin-top: 3em; padding-top: 1em; }
blockquote { border-inline-start: 3px solid #ccc; margin-inline-start: 0;
             padding-inline-start: 1em; color: #444; }
.note { background: #fff8dc; padding: .5em 1em; white-space: pre-wrap; }
a.image { font-style: italic; }
mark.yellow { background: #fff3a3; } mark.green { background: #c8f0c0; }
mark.blue { background: #cde4ff; } mark.pink { background: #ffd3e6; }
mark.purple { background: #e6d6ff; }
.highlights blockquote { margin-bottom: .2em; } .highlights .comment { margin-top: 0; }
pre { overflow-x: auto; background: #f3f3f3; padding: .5em; }
img { max-width: 100%; }
@media print { article { page-break-before: always; } }
""".strip()

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _meta_line(clip: Clip) -> str:
    parts = [clip.source or clip.site_name, clip.author, (clip.published_at or "")[:10]]
    # <bdi>: a Hebrew source in an English line keeps the line's order.
    return " · ".join(f"<bdi>{escape(part)}</bdi>" for part in parts if part)


def write_html(
    toc_clips: Iterable[Clip],
    clips: Iterable[Clip],
    out: TextIO,
    *,
    title: str,
    highlights: HighlightsOf = no_highlights,
    history: History | None = None,
    media: ExportMedia | None = None,
) -> int:
    """``toc_clips`` (summaries) make the contents; ``clips`` (with bodies) the articles.

    ``media`` gives the stored pictures, embedded where the article shows them.
    """

    def write(text: str) -> None:
        # Characters HTML cannot carry (controls, U+FFFE…) are dropped from every field.
        out.write(xml_safe(text))

    write(
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Cuttings">\n'
        f"<title>{escape(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="meta">Exported {datetime.now(UTC):%Y-%m-%d %H:%M} UTC</p></header>\n'
        '<nav id="contents"><h2>Contents</h2>\n<ol>\n'
    )
    for clip in toc_clips:
        write(
            f'<li><a href="#clip-{clip.id}" dir="auto">{escape(clip.title)}</a> '
            f'<span class="toc-meta">{_meta_line(clip)}</span></li>\n'
        )
    write("</ol>\n</nav>\n")
    count = 0
    for clip in clips:
        lang = f' lang="{escape(language_tag(clip.language))}"' if clip.language else ""
        # The article's direction; its title may mix scripts: auto.
        lang += f' dir="{direction(clip)}"'
        write(f'<article id="clip-{clip.id}"{lang}>\n<h2 dir="auto">{escape(clip.title)}</h2>\n')
        href = safe_href(clip.url)
        original = f'<a href="{escape(href)}">original</a> · ' if href else ""
        write(
            f'<p class="meta">{_meta_line(clip)}{" · " if _meta_line(clip) else ""}'
            f"{original}clipped {clip.clipped_at:%Y-%m-%d}</p>\n"
        )
        if clip.tags:
            write(f'<p class="tags">Tags: {escape(", ".join(clip.tags))}</p>\n')
        if clip.note.strip():
            write(f'<div class="note">{escape(clip.note.strip())}</div>\n')
        marked = highlights(clip.id)
        pictures = media.pictures(clip.id) if media is not None else {}
        embedded = {url: data_uri(image) for url, image in pictures.items()}
        write(f'<div class="body">\n{reading_body(clip, marked, embedded)}\n</div>\n')
        write(highlights_section(marked))
        if history is not None:
            write(history_html(clip, history))
        write('<p class="meta"><a href="#contents">↑ Contents</a></p>\n</article>\n')
        count += 1
    write("</body>\n</html>\n")
    return count
