"""The review as one self-contained, inert HTML file.

Everything is escaped text; images (the logo, articles' stored images) are
``data:`` URIs; a Content-Security-Policy forbids scripts and any request,
so opening the file loads nothing from anywhere.
"""

import base64
from html import escape
from typing import TextIO

from cuttings.core.review.document import Article, ReviewDocument, image_kind, long_date

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; color: #1f2328; line-height: 1.5; }
.byline, .url { color: #5a6270; font-size: 0.85em; margin: 0.2em 0; }
.summary { font-style: italic; }
h2 { color: #1a5fb4; border-bottom: 1px solid #ccd; margin-top: 2em; }
img { max-width: 100%; height: auto; }
nav ul { padding-left: 1.2em; list-style: none; }
"""


def _data_uri(data: bytes) -> str:
    return f"data:image/{image_kind(data)};base64,{base64.b64encode(data).decode('ascii')}"


def _article(article: Article) -> str:
    clip = article.clip
    url = clip.canonical_url or clip.url
    parts = [
        f'<article id="article-{article.number}">',
        f"<h3>{article.number}. {escape(clip.title)}</h3>",
    ]
    if article.byline:
        parts.append(f'<p class="byline">{escape(article.byline)}</p>')
    parts.append(f'<p class="url"><a href="{escape(url)}">{escape(url)}</a></p>')
    if article.image:
        parts.append(f'<img src="{_data_uri(article.image)}" alt="">')
    if article.summary:
        parts.append(f'<p class="summary">{escape(article.summary)}</p>')
    parts += [f"<p>{escape(p)}</p>" for p in article.paragraphs]
    parts.append("</article>")
    return "\n".join(parts)


def write_html(document: ReviewDocument, out: TextIO) -> None:
    edition = document.edition
    out.write(
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(edition.title)}</title>\n<style>{_STYLE}</style>\n</head><body>\n"
    )
    out.write("<header>\n")
    if edition.logo and image_kind(edition.logo):
        out.write(f'<img class="logo" src="{_data_uri(edition.logo)}" alt="">\n')
    out.write(f"<h1>{escape(edition.title)}</h1>\n")
    if edition.name != edition.title:
        out.write(f"<p>{escape(edition.name)}</p>\n")
    out.write(
        f'<p><time datetime="{edition.date.isoformat()}">{long_date(edition.date)}</time></p>\n'
    )
    if edition.highlights:
        out.write('<section class="highlights"><h2>In evidenza</h2>\n')
        for line in edition.highlights.split("\n"):
            if line.strip():
                out.write(f"<p>{escape(line)}</p>\n")
        out.write("</section>\n")
    # The numbers are text: the articles are numbered across sections, and Qt's
    # preview ignores <li value>.
    out.write("</header>\n<nav><h2>Contents</h2>\n<ul>\n")
    for index, section in enumerate(document.sections, start=1):
        out.write(f'<li><a href="#section-{index}">{escape(section.title)}</a><ul>\n')
        for article in section.articles:
            out.write(
                f'<li>{article.number}. <a href="#article-{article.number}">'
                f"{escape(article.clip.title)}</a></li>\n"
            )
        out.write("</ul></li>\n")
    out.write("</ul></nav>\n")
    for index, section in enumerate(document.sections, start=1):
        out.write(f'<section id="section-{index}"><h2>{escape(section.title)}</h2>\n')
        for article in section.articles:
            out.write(_article(article) + "\n")
        out.write("</section>\n")
    out.write("</body></html>\n")
