"""A plain list of URLs, one per line; blank lines and ``#`` comments are ignored."""

from collections.abc import Iterable, Iterator

from cuttings.core.importers.items import ImportItem


def read_url_list(text: Iterable[str]) -> Iterator[ImportItem]:
    """The URLs of a text stream (or a list of lines), one item per line."""
    position = 0
    for line in text:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        position += 1
        yield ImportItem(url=stripped, position=position)
