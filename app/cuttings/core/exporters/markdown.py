"""Markdown export: one ``.md`` file per clip, with YAML front matter, in a folder.

The HTML converter is written for what :mod:`cuttings.core.sanitize` keeps
(headings, paragraphs, lists, quotes, code, tables, links, images, emphasis):
a general-purpose converter would be a dependency for tags we never store.
Front-matter strings are written JSON-quoted, which YAML reads as
double-quoted scalars: any title, colon or quote included, stays intact.
"""

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape as escape_html
from pathlib import Path

import lxml.etree
import lxml.html

from cuttings.core.errors import CuttingsError
from cuttings.core.exporters.highlighting import HighlightsOf, no_highlights
from cuttings.core.exporters.history import History, history_markdown
from cuttings.core.exporters.media import ExportMedia
from cuttings.core.exporters.reading import direction
from cuttings.core.highlights.models import Highlight
from cuttings.core.models import Clip
from cuttings.core.partials import commit, partial_file, remove_stale_partials
from cuttings.core.timestamps import format_utc

_BLOCKS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
        "hr", "table", "figure", "figcaption", "dl", "dt", "dd", "section", "article", "header",
        "footer", "aside", "main",
    }
)  # fmt: skip
_ESCAPED = re.compile(r"([\\`*_\[\]<>|&])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s)", re.MULTILINE)
_SPACE = re.compile(r"\s+")
_LIST_MARKER = re.compile(r"(- |\d+\. )")
_BACKTICKS = re.compile(r"`+")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE_SCHEMES = frozenset({"http", "https"})
_URL_UNSAFE = {char: f"%{ord(char):02X}" for char in " \t\n\r()<>\"'`\\|[]\x7f"}


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
        # Longer than any backtick run inside: no line of the code can close it.
        fence = "`" * max(3, _longest_backtick_run(code) + 1)
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
    # A "|" splits a table cell even inside a code span, and half a code span
    # would let its content through as Markdown: code in a cell is plain text.
    for code in list(element.iter("code")):
        code.drop_tag()
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
        target = _link_target(element.get("src") or "", schemes=_IMAGE_SCHEMES)
        return f"![{alt}]({target})" if target else alt
    if tag == "code":
        return _code_span(element.text_content())
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
    target = _link_target(element.get("href") or "") if tag == "a" else ""
    if target:
        return f"{lead}[{core}]({target}){trail}"
    return content


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core[0])
    return text[:start], core, text[start + len(core) :]


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in _BACKTICKS.findall(text)), default=0)


def _code_span(code: str) -> str:
    """``code`` as a code span that nothing inside can close or break out of.

    The delimiter is longer than the longest backtick run inside; line breaks
    become spaces (a span cut by the end of a heading line would leave its
    content to be read as Markdown, raw HTML included).
    """
    code = _LINE_BREAK.sub(" ", code)
    if not code:
        return ""
    fence = "`" * (_longest_backtick_run(code) + 1)
    pad = " " if code[0] in "` " or code[-1] in "` " else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _link_target(url: str, schemes: frozenset[str] = _LINK_SCHEMES) -> str:
    """``url`` fit for ``[text](…)``, or "" when it is not a web or mail address.

    Every character that could end the destination, start a title or open
    HTML is percent-encoded: the target never leaves its parentheses.
    """
    url = url.strip()
    if url.split(":", 1)[0].casefold() not in schemes or ":" not in url:
        return ""
    return "".join(_URL_UNSAFE.get(char, char) if ord(char) >= 0x20 else "" for char in url)


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
        ("dir", "rtl" if direction(clip) == "rtl" else ""),
        ("lead_image", clip.lead_image),
        ("tags", list(clip.tags)),
        ("note", clip.note),
    ]
    lines = ["---"]
    for key, value in fields:
        if value in ("", None, []):
            continue
        lines.append(f"{key}: {_yaml_safe(json.dumps(value, ensure_ascii=False))}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# What YAML may not hold unescaped (outside its printable set), or reads as a
# line break (NEL, LS, PS): written as \uXXXX, which JSON and YAML both read.
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _yaml_safe(quoted: str) -> str:
    return _YAML_UNPRINTABLE.sub(_yaml_escape, quoted)


def _yaml_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    # A lone surrogate is no character at all: YAML refuses even its escape.
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


def clip_markdown(
    clip: Clip, highlights: Sequence[Highlight] = (), assets: Mapping[str, str] | None = None
) -> str:
    """The note for ``clip``; ``assets`` maps a picture's URL to its file (``assets/…``)."""
    body = html_to_markdown(clip.html or "")
    for url, path in (assets or {}).items():
        target = _link_target(url, schemes=_IMAGE_SCHEMES)
        if target:
            body = body.replace(f"]({target})", f"]({path})")
    marked = highlights_markdown(highlights)
    return f"{front_matter(clip)}\n# {_escape(clip.title)}\n\n{body}" + (
        f"\n{marked}" if marked else ""
    )


def highlights_markdown(highlights: Sequence[Highlight]) -> str:
    """The highlights as blockquotes, each followed by its comment (orphans said so)."""
    if not highlights:
        return ""
    blocks = ["## Highlights"]
    for item in highlights:
        lines = [_escape(line) for line in item.exact.splitlines()]
        blocks.append("\n".join(f"> {line}" if line.strip() else ">" for line in lines))
        if item.orphaned:
            blocks.append("*(No longer in the article.)*")
        if item.comment:
            blocks.append(_LINE_START.sub(r"\1\\\2", _escape_lines(item.comment)))
    return "\n\n".join(blocks) + "\n"


def _escape_lines(text: str) -> str:
    """``text`` escaped line by line (a comment's line breaks are kept)."""
    return "  \n".join(_escape(line) for line in text.splitlines())


def _write_assets(clip: Clip, media: ExportMedia, folder: Path) -> dict[str, str]:
    """Write the pictures ``clip`` shows to ``folder/assets`` (once each); paths by URL."""
    paths = {}
    body = clip.html or ""
    for url, image in media.pictures(clip.id).items():
        if url not in body and escape_html(url) not in body:
            continue  # the lead image, when the article does not show it
        name = f"assets/{image.sha256}.{image.media_type.split('/')[1]}"
        target = folder / name
        if not target.exists():
            target.parent.mkdir(exist_ok=True)
            try:
                with partial_file(target) as partial:
                    partial.write_bytes(image.data)
                    commit(partial, target, durable=False)
            except OSError as exc:
                raise CuttingsError(f"cannot write {target}: {exc.strerror or exc}") from None
        paths[url] = name
    return paths


def slug(text: str, length: int = 60, max_bytes: int = 160) -> str:
    """A file-name stem: words joined by ``-``, at most ``length`` characters and
    ``max_bytes`` UTF-8 bytes (file systems count bytes: 255 per name)."""
    cleaned = re.sub(r"[^\w]+", "-", text.casefold()).strip("-_")[:length]
    cut = cleaned.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    return cut.rstrip("-_") or "clip"


def write_markdown(
    clips: Iterable[Clip],
    folder: Path,
    highlights: HighlightsOf = no_highlights,
    *,
    history: History | None = None,
    media: ExportMedia | None = None,
) -> int:
    """One ``YYYY-MM-DD-title.md`` per clip in ``folder`` (created); existing names are kept.

    The pictures stored with the clips (``media``) go to ``folder/assets``,
    named by their SHA-256, and the notes link to them relatively.

    Each file is written through a partial and renamed when complete: a full
    disk or a kill leaves no empty or half-written ``.md``, and the partials
    a killed export left are removed by the next export to the folder.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder, "*.md")
        taken = {path.name.casefold() for path in folder.iterdir()}
    except OSError as exc:
        raise CuttingsError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    count = 0
    for clip in clips:
        stem = f"{clip.clipped_at:%Y-%m-%d}-{slug(clip.title)}"
        name = f"{stem}.md"
        suffix = 2
        while name.casefold() in taken:
            name = f"{stem}-{suffix}.md"
            suffix += 1
        taken.add(name.casefold())
        assets = _write_assets(clip, media, folder) if media is not None else {}
        text = clip_markdown(clip, highlights(clip.id), assets)
        if history is not None:
            text += history_markdown(clip, history, _escape)
        _write_file(folder / name, text)
        count += 1
    return count


def _write_file(path: Path, text: str) -> None:
    try:
        with partial_file(path) as partial:
            # A lone surrogate (from an old import) cannot be UTF-8: written as "?".
            partial.write_text(text, encoding="utf-8", errors="replace")
            commit(partial, path, durable=False)
    except OSError as exc:
        raise CuttingsError(f"cannot write {path}: {exc.strerror or exc}") from None
