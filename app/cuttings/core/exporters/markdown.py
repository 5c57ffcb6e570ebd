"""Markdown export: one ``.md`` file per clip, with YAML front matter, in a folder.

The HTML converter is written for what :mod:`cuttings.core.sanitize` keeps
(headings, paragraphs, lists, quotes, code, tables, links, images, emphasis):
a general-purpose converter would be a dependency for tags we never store.
Front-matter strings are written JSON-quoted, which YAML reads as
double-quoted scalars: any title, colon or quote included, stays intact.
"""

import json
import re
from collections.abc import Iterable
from pathlib import Path

import lxml.etree
import lxml.html

from cuttings.core.models import Clip, format_utc

_BLOCKS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
        "hr", "table", "figure", "figcaption", "dl", "dt", "dd", "section", "article", "header",
        "footer", "aside", "main",
    }
)  # fmt: skip
_ESCAPED = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s)", re.MULTILINE)
_SPACE = re.compile(r"\s+")
_LIST_MARKER = re.compile(r"(- |\d+\. )")


def html_to_markdown(html: str) -> str:
    """Markdown for a sanitized HTML fragment."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _escape(html)
    return "\n\n".join(_blocks(root)).strip() + "\n"


def _escape(text: str | None) -> str:
    if not text:
        return ""
    return _ESCAPED.sub(r"\\\1", _SPACE.sub(" ", text))


def _blocks(element: lxml.html.HtmlElement) -> list[str]:
    """The children of ``element`` rendered in block context."""
    out: list[str] = []
    inline: list[str] = [_escape(element.text)]

    def flush() -> None:
        paragraph = "".join(inline).strip()
        if paragraph:
            out.append(_LINE_START.sub(r"\1\\\2", paragraph))
        inline.clear()

    for child in element:
        if not isinstance(child.tag, str):  # comments, processing instructions
            inline.append(_escape(child.tail))
            continue
        if child.tag in _BLOCKS:
            flush()
            rendered = _block(child)
            if rendered.strip():
                out.append(rendered)
        else:
            inline.append(_inline(child))
        inline.append(_escape(child.tail))
    flush()
    return out


def _block(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        return "#" * int(tag[1]) + " " + _inline_content(element).strip()
    if tag == "hr":
        return "---"
    if tag == "pre":
        code = element.text_content().rstrip("\n")
        fence = "````" if "```" in code else "```"
        return f"{fence}\n{code}\n{fence}"
    if tag in {"ul", "ol"}:
        return _list(element)
    if tag == "blockquote":
        inner = "\n\n".join(_blocks(element))
        return "\n".join(f"> {line}" if line else ">" for line in inner.splitlines())
    if tag == "table":
        return _table(element)
    if tag in {"figcaption", "dt"}:
        caption = _inline_content(element).strip()
        return f"*{caption}*" if tag == "figcaption" and caption else f"**{caption}**"
    return "\n\n".join(_blocks(element))


def _list(element: lxml.html.HtmlElement) -> str:
    items = []
    start = int(element.get("start", "1")) if element.get("start", "1").isdigit() else 1
    number = start
    for child in element:
        if not isinstance(child.tag, str):
            continue
        marker = f"{number}. " if element.tag == "ol" else "- "
        number += 1
        body = _join_item(_blocks(child)) if child.tag == "li" else _block(child)
        lines = body.splitlines() or [""]
        indent = " " * len(marker)
        items.append(
            "\n".join([marker + lines[0], *((indent + line) if line else "" for line in lines[1:])])
        )
    return "\n".join(items)


def _join_item(blocks: list[str]) -> str:
    """A list item's blocks; a nested list follows its text without a blank line."""
    body = blocks[0] if blocks else ""
    for block in blocks[1:]:
        body += ("\n" if _LIST_MARKER.match(block) else "\n\n") + block
    return body


def _table(element: lxml.html.HtmlElement) -> str:
    rows = [
        [
            _inline_content(cell).strip().replace("\n", " ")
            for cell in row
            if cell.tag in {"td", "th"}
        ]
        for row in element.iter("tr")
    ]
    rows = [row for row in rows if row]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def _inline_content(element: lxml.html.HtmlElement) -> str:
    parts = [_escape(element.text)]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_inline(child))
        parts.append(_escape(child.tail))
    return "".join(parts)


def _inline(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    if tag == "br":
        return "  \n"
    if tag == "img":
        alt = _escape(element.get("alt") or "")
        return f"![{alt}]({_link_target(element.get('src') or '')})"
    if tag == "code":
        code = element.text_content()
        fence = "``" if "`" in code else "`"
        return f"{fence}{code}{fence}"
    content = _inline_content(element)
    if not content.strip():
        return content
    lead, core, trail = _split_space(content)
    if tag in {"em", "i", "cite"}:
        return f"{lead}*{core}*{trail}"
    if tag in {"strong", "b"}:
        return f"{lead}**{core}**{trail}"
    if tag == "s":
        return f"{lead}~~{core}~~{trail}"
    if tag == "a" and element.get("href"):
        return f"{lead}[{core}]({_link_target(element.get('href') or '')}){trail}"
    return content


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core[0])
    return text[:start], core, text[start + len(core) :]


def _link_target(url: str) -> str:
    return (
        "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
        if " " in url
        else url.replace(")", "%29").replace("(", "%28")
    )


# -- files ---------------------------------------------------------------------------


def front_matter(clip: Clip) -> str:
    fields: list[tuple[str, object]] = [
        ("title", clip.title),
        ("url", clip.url),
        ("canonical_url", clip.canonical_url),
        ("source", clip.source),
        ("site_name", clip.site_name),
        ("author", clip.author),
        ("published_at", clip.published_at),
        ("clipped_at", format_utc(clip.clipped_at)),
        ("updated_at", format_utc(clip.updated_at)),
        ("language", clip.language),
        ("lead_image", clip.lead_image),
        ("tags", list(clip.tags)),
        ("note", clip.note),
    ]
    lines = ["---"]
    for key, value in fields:
        if value in ("", None, []):
            continue
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def clip_markdown(clip: Clip) -> str:
    body = html_to_markdown(clip.html or "")
    return f"{front_matter(clip)}\n# {_escape(clip.title)}\n\n{body}"


def slug(text: str, length: int = 60) -> str:
    cleaned = re.sub(r"[^\w]+", "-", text.casefold()).strip("-_")
    return cleaned[:length].rstrip("-_") or "clip"


def write_markdown(clips: Iterable[Clip], folder: Path) -> int:
    """One ``YYYY-MM-DD-title.md`` per clip in ``folder`` (created); existing names are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    taken = {path.name.casefold() for path in folder.iterdir()}
    count = 0
    for clip in clips:
        stem = f"{clip.clipped_at:%Y-%m-%d}-{slug(clip.title)}"
        name = f"{stem}.md"
        suffix = 2
        while name.casefold() in taken:
            name = f"{stem}-{suffix}.md"
            suffix += 1
        taken.add(name.casefold())
        (folder / name).write_text(clip_markdown(clip), encoding="utf-8")
        count += 1
    return count
