"""A separate process writing to a library, for the concurrency tests.

``python -m tests.core.writer LIBRARY NAME COUNT`` adds COUNT clips named
after NAME, tags every second one, deletes every fifth, and prints one line
per write *after* it is committed::

    added URL ID
    tagged URL TAG
    deleted URL

A failure prints a traceback on stderr and exits non-zero.
"""

import sys
from pathlib import Path

from cuttings.core.article import Article
from cuttings.core.library import Library


def article(name: str, n: int) -> Article:
    url = f"https://{name}.example.org/story-{n}"
    text = f"Story {n} from {name}. " * 30
    return Article(
        url=url,
        canonical_url=url,
        title=f"{name} story {n}",
        html=f"<p>{text}</p>",
        text=text,
        site_name=name,
        source=name,
    )


def run(library_path: Path, name: str, count: int) -> None:
    with Library(library_path) as library:
        for n in range(count):
            item = article(name, n)
            clip = library.add(item, tags=[name]).clip
            print(f"added {item.url} {clip.id}", flush=True)
            if n % 2 == 0:
                library.add_tags([clip.id], [f"even-{name}"])
                print(f"tagged {item.url} even-{name}", flush=True)
            if n % 5 == 4:
                library.delete([clip.id])
                print(f"deleted {item.url}", flush=True)


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
