"""Recognising an import file from its content, and reading it into items.

Detection looks at what the file holds, never at its name: a Pocket export
saved as ``.txt`` or a bookmark file without extension are still recognised.
``format=`` overrides it when a file is ambiguous.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import charset_normalizer

from cuttings.core.importers.csvfiles import (
    csv_header,
    read_generic_csv,
    read_instapaper_csv,
    read_pocket_csv,
)
from cuttings.core.importers.cuttings_json import export_clips_list, read_cuttings_json
from cuttings.core.importers.feeds import FeedFetcher, read_feed, read_opml_feeds
from cuttings.core.importers.items import ImportItem, ImportSourceError
from cuttings.core.importers.netscape import read_netscape
from cuttings.core.importers.urllist import read_url_list
from cuttings.core.importers.wallabag import looks_like_wallabag, read_wallabag

ImportFormat = Literal[
    "json", "wallabag", "netscape", "pocket", "instapaper", "csv", "feed", "opml", "urls"
]
IMPORT_FORMATS: tuple[str, ...] = get_args(ImportFormat)

FORMAT_TITLES: dict[str, str] = {
    "json": "Cuttings JSON export",
    "wallabag": "wallabag JSON export",
    "netscape": "bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)",
    "pocket": "Pocket CSV export",
    "instapaper": "Instapaper CSV export",
    "csv": "CSV with a url column",
    "feed": "RSS or Atom feed",
    "opml": "OPML list of feeds",
    "urls": "list of URLs",
}

_URL_LINE = re.compile(r"^(https?://\S+|[\w.-]+\.[a-z]{2,}(:\d+)?(/\S*)?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A file read for import: its detected (or chosen) format and its items."""

    name: str
    format: str
    items: list[ImportItem]


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), else the likeliest encoding."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise ImportSourceError("the file is not text (unknown encoding)") from None
        return str(best)


def detect_format(data: bytes) -> str:
    """The import format of ``data``; raises :class:`ImportSourceError` if unknown."""
    text = decode(data[:1_000_000] if len(data) > 1_000_000 else data)
    start = text.lstrip()
    if start[:1] in {"{", "["}:
        return _json_format(_load_json(decode(data)))
    if start.startswith("<"):
        head = start[:4096].lower()
        if "<opml" in head:
            return "opml"
        if re.search(r"<(rss|feed|rdf:rdf)[\s>]", head):
            return "feed"
        if "netscape-bookmark-file" in head or re.search(r"<(a|dl|dt|html|li)[\s>]", head):
            return "netscape"
    header = csv_header(start)
    if "url" in header and len(header) > 1:
        if {"title", "time_added"} <= set(header):
            return "pocket"
        if {"title", "folder", "timestamp"} <= set(header):
            return "instapaper"
        return "csv"
    lines = [
        line.strip() for line in start.splitlines() if line.strip() and not line.startswith("#")
    ]
    if lines and sum(bool(_URL_LINE.match(line)) for line in lines[:200]) * 2 > min(
        len(lines), 200
    ):
        return "urls"
    raise ImportSourceError(
        "the file's format was not recognised; choose one of: " + ", ".join(IMPORT_FORMATS)
    )


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ImportSourceError(f"the file is not valid JSON ({exc})") from None


def _json_format(data: Any) -> str:
    if export_clips_list(data) is not None:
        return "json"
    if isinstance(data, list) and looks_like_wallabag(data):
        return "wallabag"
    raise ImportSourceError("JSON file of an unknown kind (not a Cuttings or wallabag export)")


def read_source(
    data: bytes,
    *,
    name: str = "",
    format: str | None = None,
    fetch_feed: FeedFetcher | None = None,
) -> ImportSource:
    """Read ``data`` as ``format`` (detected when None) into items."""
    chosen = format or detect_format(data)
    if chosen not in IMPORT_FORMATS:
        raise ImportSourceError(
            f"unknown import format {chosen!r}; choose one of: " + ", ".join(IMPORT_FORMATS)
        )
    readers: dict[str, Callable[[], list[ImportItem]]] = {
        "json": lambda: _read_json_export(data),
        "wallabag": lambda: _read_wallabag(data),
        "netscape": lambda: list(read_netscape(decode(data))),
        "pocket": lambda: list(read_pocket_csv(decode(data))),
        "instapaper": lambda: list(read_instapaper_csv(decode(data))),
        "csv": lambda: list(read_generic_csv(decode(data))),
        "feed": lambda: list(read_feed(data, source=name)),
        "opml": lambda: list(read_opml_feeds(decode(data), _require_fetcher(fetch_feed))),
        "urls": lambda: list(read_url_list(decode(data))),
    }
    return ImportSource(name=name, format=chosen, items=readers[chosen]())


def read_file(
    path: Path, *, format: str | None = None, fetch_feed: FeedFetcher | None = None
) -> ImportSource:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportSourceError(f"cannot read {path}: {exc.strerror}") from None
    try:
        return read_source(data, name=str(path), format=format, fetch_feed=fetch_feed)
    except ImportSourceError as exc:
        raise ImportSourceError(f"{path}: {exc}") from None


def _read_json_export(data: bytes) -> list[ImportItem]:
    clips = export_clips_list(_load_json(decode(data)))
    if clips is None:
        raise ImportSourceError("not a Cuttings JSON export")
    return list(read_cuttings_json(clips))


def _read_wallabag(data: bytes) -> list[ImportItem]:
    entries = _load_json(decode(data))
    if not isinstance(entries, list):
        raise ImportSourceError("not a wallabag export (expected a list of entries)")
    return list(read_wallabag(entries))


def _require_fetcher(fetch_feed: FeedFetcher | None) -> FeedFetcher:
    if fetch_feed is None:
        raise ImportSourceError("importing an OPML list needs to download its feeds")
    return fetch_feed
