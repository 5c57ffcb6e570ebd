"""Netscape bookmark files: every browser's bookmark export, and the HTML exports
of Pocket, Instapaper and Raindrop.

The format is tag soup (``<DT>`` is never closed), so it is read with the
standard library's forgiving HTML tokenizer rather than a tree: a bookmark is an
``<A HREF>`` with optional ``ADD_DATE`` (Unix time; Pocket writes
``time_added``) and ``TAGS`` (comma separated); a ``<DD>``
after it is its description, kept as the clip's note.  A folder (``<H3>``
followed by ``<DL>``) becomes a tag on everything inside it, except the
containers every browser or service creates (toolbar, menu, "Unread"…), which
say nothing about the article.
"""

from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from typing import TextIO

from cuttings.core.importers.items import (
    ImportItem,
    clean_tags,
    read_date,
    split_tags,
)

CONTAINER_FOLDERS = frozenset(
    {
        "bookmarks",
        "bookmarks bar",
        "bookmarks toolbar",
        "bookmarks menu",
        "other bookmarks",
        "mobile bookmarks",
        "favorites bar",
        "favourites bar",
        "imported",
        "unsorted",
        "unread",
        "archive",
        "read archive",
        "instapaper: export",
    }
)


class _BookmarkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[ImportItem] = []
        self.count = 0
        self._folders: list[str | None] = []
        self._pending_folder: str | None = None
        self._in_h3 = False
        self._h3_text: list[str] = []
        self._link: dict[str, str | None] | None = None
        self._link_text: list[str] = []
        self._note_for: int | None = None
        self._note_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"dt", "dl", "h3", "a", "li", "h1"}:
            self._finish_note()
        if tag == "a":
            self._link = dict(attrs)
            self._link_text = []
        elif tag == "h3":
            self._in_h3 = True
            self._h3_text = []
        elif tag == "dl":
            self._folders.append(self._pending_folder)
            self._pending_folder = None
        elif tag == "dd" and self.items:
            self._note_for = len(self.items) - 1
            self._note_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self._add_bookmark(self._link, "".join(self._link_text))
            self._link = None
        elif tag == "h3" and self._in_h3:
            self._in_h3 = False
            self._pending_folder = " ".join("".join(self._h3_text).split())
        elif tag == "dl":
            self._finish_note()
            if self._folders:
                self._folders.pop()

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link_text.append(data)
        elif self._in_h3:
            self._h3_text.append(data)
        elif self._note_for is not None:
            self._note_text.append(data)

    def close(self) -> None:
        super().close()
        if self._link is not None:
            self._add_bookmark(self._link, "".join(self._link_text))
            self._link = None
        self._finish_note()

    def _finish_note(self) -> None:
        if self._note_for is None:
            return
        note = "\n".join(line.strip() for line in "".join(self._note_text).strip().splitlines())
        item = self.items[self._note_for]
        if note:
            self.items[self._note_for] = replace(item, note=note)
        self._note_for = None

    def _add_bookmark(self, attrs: dict[str, str | None], title: str) -> None:
        href = (attrs.get("href") or "").strip()
        if not href:
            return  # an anchor, not a bookmark
        saved = attrs.get("add_date") or attrs.get("time_added")
        folder_tags = [
            name for name in self._folders if name and name.casefold() not in CONTAINER_FOLDERS
        ]
        tags = clean_tags([*folder_tags, *split_tags(attrs.get("tags") or "", ",")])
        notes: list[str] = []
        self.items.append(
            ImportItem(
                url=href,
                title=" ".join(title.split()),
                saved_at=read_date(saved, "ADD_DATE", notes),
                tags=tags,
                position=self.count + 1,
                notes=tuple(notes),
            )
        )
        self.count += 1

    def take_ready(self) -> list[ImportItem]:
        """The bookmarks read so far but the last (a ``<DD>`` may still follow it)."""
        ready = self.items[:-1]
        del self.items[:-1]
        if self._note_for is not None:
            self._note_for -= len(ready)
        return ready


def read_netscape(text: TextIO, chunk: int = 1 << 20) -> Iterator[ImportItem]:
    """The bookmarks of a stream, a chunk at a time: a big file is never held whole."""
    parser = _BookmarkParser()
    while data := text.read(chunk):
        parser.feed(data)
        yield from parser.take_ready()
    parser.close()
    yield from parser.items
