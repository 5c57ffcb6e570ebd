"""Recognising an import file from its content, and reading it into items.

Detection looks at what the file holds, never at its name: a Pocket export
saved as ``.txt`` or a bookmark file without extension are still recognised.
``format=`` overrides it when a file is ambiguous.
"""

import codecs
import io
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal, TextIO, get_args

import charset_normalizer

from cuttings.core.importers.csvfiles import (
    count_rows,
    csv_header,
    read_generic_csv,
    read_instapaper_csv,
    read_pocket_csv,
)
from cuttings.core.importers.cuttings_json import FORMAT_NAME, FORMAT_VERSION, clip_item
from cuttings.core.importers.feedlists import FeedProgress
from cuttings.core.importers.feeds import FeedFetcher, read_feed, read_opml_feeds
from cuttings.core.importers.items import ImportItem, ImportSourceError
from cuttings.core.importers.jsonstream import JsonStream
from cuttings.core.importers.netscape import read_netscape
from cuttings.core.importers.urllist import read_url_list
from cuttings.core.importers.wallabag import looks_like_wallabag, wallabag_item

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


TextOpener = Callable[[], TextIO]
HEAD_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A file read for import: its detected (or chosen) format and its items.

    ``count`` items come out of ``open_items()`` (or iterating the source),
    read again from the file each time: JSON exports with their articles are
    streamed, never held whole.
    """

    name: str
    format: str
    count: int
    open_items: Callable[[], Iterator[ImportItem]]
    # The press reviews a Cuttings export carries (raw records, filled once the
    # file has been read through: see cuttings.core.review.transfer).
    editions: list[Any] = field(default_factory=list)

    def __iter__(self) -> Iterator[ImportItem]:
        return self.open_items()

    @property
    def items(self) -> list[ImportItem]:
        return list(self.open_items())


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), else the likeliest encoding."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise ImportSourceError("the file is not text (unknown encoding)") from None
        return str(best)


def _decode_head(head: bytes) -> str | None:
    """The start of a UTF-8 file (a character cut at the end is left out), or None."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        return str(decoder.decode(head, final=False))
    except UnicodeDecodeError:
        return None


def detect_format(data: bytes) -> str:
    """The import format of ``data``; raises :class:`ImportSourceError` if unknown."""
    head = _decode_head(data[:HEAD_BYTES])
    if head is None:
        head = decode(data)
    return _detect(head, lambda: io.StringIO(decode(data)))


def _detect(head: str, open_text: TextOpener) -> str:
    start = head.lstrip()
    if start[:1] in {"{", "["}:
        return _json_format(start, open_text)
    if start.startswith("<"):
        lowered = start[:4096].lower()
        if "<opml" in lowered:
            return "opml"
        if re.search(r"<(rss|feed|rdf:rdf)[\s>]", lowered):
            return "feed"
        if "netscape-bookmark-file" in lowered or re.search(r"<(a|dl|dt|html|li)[\s>]", lowered):
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


def _json_format(start: str, open_text: TextOpener) -> str:
    if start.startswith("{"):
        if re.search(r'"format"\s*:\s*"' + FORMAT_NAME + '"', start[:4096]):
            return "json"
        raise ImportSourceError("JSON file of an unknown kind (not a Cuttings or wallabag export)")
    with open_text() as text:
        first = next(JsonStream(text).array(), None)
    if isinstance(first, dict) and "canonical_url" in first and "clipped_at" in first:
        return "json"
    if isinstance(first, dict) and looks_like_wallabag([first]):
        return "wallabag"
    raise ImportSourceError("JSON file of an unknown kind (not a Cuttings or wallabag export)")


def read_source(
    data: bytes,
    *,
    name: str = "",
    format: str | None = None,
    fetch_feed: FeedFetcher | None = None,
    downloads: "FeedDownloads | None" = None,
) -> ImportSource:
    """Read ``data`` as ``format`` (detected when None) into items."""
    chosen = format or detect_format(data)
    downloads = downloads or FeedDownloads(fetch_feed)
    return _read(
        chosen,
        name,
        lambda: data,
        lambda: io.StringIO(decode(data)),
        lambda: io.StringIO(decode(data), newline=""),
        downloads,
    )


@dataclass(frozen=True, slots=True)
class FeedDownloads:
    """How an OPML list's feeds are downloaded: the fetcher, a cancel event
    and ``on_feed(done, total, url)`` progress."""

    fetch: FeedFetcher | None = None
    cancel: threading.Event | None = None
    on_feed: FeedProgress | None = None


def _encoding(head: bytes) -> str:
    """The encoding of a file that is not UTF-8, guessed from its first megabyte."""
    best = charset_normalizer.from_bytes(head).best()
    if best is None:
        raise ImportSourceError("the file is not text (unknown encoding)")
    return str(best.encoding)


def read_file(
    path: Path,
    *,
    format: str | None = None,
    fetch_feed: FeedFetcher | None = None,
    downloads: FeedDownloads | None = None,
) -> ImportSource:
    """Read the file at ``path``; JSON exports are streamed from it, not loaded."""
    downloads = downloads or FeedDownloads(fetch_feed)

    def read_bytes() -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ImportSourceError(f"cannot read {path}: {exc.strerror}") from None

    def open_text() -> TextIO:
        try:
            return path.open(encoding="utf-8-sig")
        except OSError as exc:
            raise ImportSourceError(f"cannot read {path}: {exc.strerror}") from None

    try:
        with path.open("rb") as fh:
            head_bytes = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise ImportSourceError(f"cannot read {path}: {exc.strerror}") from None
    head = _decode_head(head_bytes)
    # Text formats are streamed from the file: a 1,000,000-row CSV is never
    # held whole, decoded or as items.  A byte that is not UTF-8 past the
    # first megabyte becomes U+FFFD rather than stopping the import.
    encoding = "utf-8-sig" if head is not None else ""

    def open_lines() -> TextIO:
        try:
            return path.open(
                encoding=encoding or _encoding(head_bytes), errors="replace", newline=""
            )
        except OSError as exc:
            raise ImportSourceError(f"cannot read {path}: {exc.strerror}") from None

    try:
        chosen = format
        if chosen is None:
            chosen = _detect(decode(head_bytes) if head is None else head, open_text)
        return _read(chosen, str(path), read_bytes, open_text, open_lines, downloads)
    except ImportSourceError as exc:
        raise ImportSourceError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise ImportSourceError(f"{path}: a JSON export must be UTF-8 text") from None


def _read(
    chosen: str,
    name: str,
    read_bytes: Callable[[], bytes],
    open_text: TextOpener,
    open_lines: TextOpener,
    downloads: FeedDownloads,
) -> ImportSource:
    """``open_text`` is the file as UTF-8 text (JSON), ``open_lines`` as text in its own
    encoding with line ends untouched (CSV cells may hold them)."""
    if chosen not in IMPORT_FORMATS:
        raise ImportSourceError(
            f"unknown import format {chosen!r}; choose one of: " + ", ".join(IMPORT_FORMATS)
        )
    editions: list[Any] = []
    streamed: dict[str, Callable[[], Iterator[ImportItem]]] = {
        "json": lambda: read_cuttings_stream(open_text, editions),
        "wallabag": lambda: read_wallabag_stream(open_text),
        "netscape": lambda: _lines_of(open_lines, read_netscape),
        "pocket": lambda: _lines_of(open_lines, read_pocket_csv),
        "instapaper": lambda: _lines_of(open_lines, read_instapaper_csv),
        "csv": lambda: _lines_of(open_lines, read_generic_csv),
        "urls": lambda: _lines_of(open_lines, read_url_list),
    }
    if chosen in streamed:
        open_items = streamed[chosen]
        # Counting reads the whole file once: it also finds a broken file
        # before anything is imported.  CSV rows are counted without items.
        if chosen in {"pocket", "instapaper", "csv"}:
            with open_lines() as text:
                count = count_rows(text)
        else:
            count = sum(1 for _item in open_items())
        return ImportSource(name, chosen, count, open_items, editions)
    # Feeds and OPML lists are downloads capped at a few megabytes.
    readers: dict[str, Callable[[], list[ImportItem]]] = {
        "feed": lambda: list(read_feed(read_bytes(), source=name)),
        "opml": lambda: list(
            read_opml_feeds(
                decode(read_bytes()),
                _require_fetcher(downloads.fetch),
                cancel=downloads.cancel,
                on_feed=downloads.on_feed,
            )
        ),
    }
    items = readers[chosen]()
    return ImportSource(name, chosen, len(items), lambda: iter(items))


def _lines_of(
    open_lines: TextOpener, reader: Callable[[TextIO], Iterator[ImportItem]]
) -> Iterator[ImportItem]:
    with open_lines() as text:
        yield from reader(text)


def read_cuttings_stream(
    open_text: TextOpener, editions: list[Any] | None = None
) -> Iterator[ImportItem]:
    """Our export (or a bare list of clips), one clip at a time; its ``"editions"``
    (after the clips) go into ``editions`` once the file is read through."""
    with open_text() as text:
        stream = JsonStream(text)
        header: dict[str, Any] | None = None
        if stream.peek() == "[":
            elements = stream.array()
        elif stream.peek() == "{":
            header = {}
            elements = stream.object_members(partial(_check_header, header), "clips")
        else:
            raise ImportSourceError("not a Cuttings JSON export")
        for position, entry in enumerate(elements, start=1):
            yield clip_item(entry, position)
        if header is not None and header.get("format") != FORMAT_NAME:
            raise ImportSourceError("not a Cuttings JSON export")
        found = header.get("editions") if header is not None else None
        if editions is not None and isinstance(found, list):
            editions[:] = found


def _check_header(header: dict[str, Any], key: str, value: Any) -> None:
    header[key] = value
    if key == "format" and value != FORMAT_NAME:
        raise ImportSourceError("not a Cuttings JSON export")
    if key == "version" and isinstance(value, int) and value > FORMAT_VERSION:
        raise ImportSourceError(
            f"this export was written by a newer Cuttings (format version {value}): "
            "please update Cuttings"
        )


def read_wallabag_stream(open_text: TextOpener) -> Iterator[ImportItem]:
    with open_text() as text:
        stream = JsonStream(text)
        if stream.peek() != "[":
            raise ImportSourceError("not a wallabag export (expected a list of entries)")
        for position, entry in enumerate(stream.array(), start=1):
            yield wallabag_item(entry, position)


def _require_fetcher(fetch_feed: FeedFetcher | None) -> FeedFetcher:
    if fetch_feed is None:
        raise ImportSourceError("importing an OPML list needs to download its feeds")
    return fetch_feed
