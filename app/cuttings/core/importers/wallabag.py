"""Wallabag's JSON export: a list of entries that carry the article itself.

An entry's stored ``content`` is used as is (after sanitizing): nothing is
fetched again, so articles whose page has gone are kept.  Annotations
(highlights and comments) go into the note.  An entry without content (wallabag
could not fetch the page either) is fetched like a plain link.
"""

from typing import Any

from cuttings.core.importers.items import (
    ImportContent,
    ImportItem,
    clean_tags,
    read_date,
)

# What wallabag stores when it could not fetch a page: not an article.
_FAILED_CONTENT_MARKERS = ("wallabag can't retrieve contents for this article",)


def looks_like_wallabag(entries: list[Any]) -> bool:
    sample = [entry for entry in entries[:20] if isinstance(entry, dict)]
    return bool(sample) and all(
        "url" in entry and ("content" in entry or "is_archived" in entry or "given_url" in entry)
        for entry in sample
    )


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _tags(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    # The export writes names; the API writes {"label": …} objects.
    return clean_tags(tag.get("label") if isinstance(tag, dict) else tag for tag in value)


def _annotations_note(value: object) -> str:
    if not isinstance(value, list):
        return ""
    parts = []
    for annotation in value:
        if not isinstance(annotation, dict):
            continue
        quote = _text(annotation.get("quote"))
        comment = _text(annotation.get("text"))
        lines = [f"> {line}" for line in quote.splitlines()] if quote else []
        if comment:
            lines.append(comment)
        if lines:
            parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _published_at(value: object) -> str | None:
    """As written: the import checks it (:mod:`cuttings.core.importers.vetting`)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value.strip() else None


def wallabag_item(entry: object, position: int) -> ImportItem:
    if not isinstance(entry, dict):
        return ImportItem(url="", position=position, problem="the entry is not a JSON object")
    url = _text(entry.get("url")) or _text(entry.get("given_url"))
    content = entry.get("content")
    has_content = (
        isinstance(content, str)
        and content.strip() != ""
        # The marker is all such an entry holds: a long article is not lowered
        # (a copy of tens of megabytes) to look for it.
        and not (
            len(content) < 4096
            and any(marker in content.lower() for marker in _FAILED_CONTENT_MARKERS)
        )
    )
    authors = entry.get("published_by")
    author = (
        ", ".join(_text(name) for name in authors if _text(name))
        if isinstance(authors, list)
        else _text(authors)
    )
    notes: list[str] = []
    return ImportItem(
        url=url,
        title=_text(entry.get("title")),
        saved_at=read_date(entry.get("created_at"), "the saved date", notes),
        tags=_tags(entry.get("tags")),
        note=_annotations_note(entry.get("annotations")),
        content=ImportContent(
            html=str(content),
            site_name=_text(entry.get("domain_name")),
            author=author,
            published_at=_published_at(entry.get("published_at")),
            language=_text(entry.get("language")),
            lead_image=_text(entry.get("preview_picture")),
        )
        if has_content
        else None,
        position=position,
        problem="" if url else "the entry has no URL",
        notes=tuple(notes),
    )
