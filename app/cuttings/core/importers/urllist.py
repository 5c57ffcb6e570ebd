"""A plain list of URLs, one per line; blank lines and ``#`` comments are ignored."""

from collections.abc import Iterator

from cuttings.core.importers.items import ImportItem


def read_url_list(text: str) -> Iterator[ImportItem]:
    position = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        position += 1
        yield ImportItem(url=stripped, position=position)
