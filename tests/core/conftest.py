from pathlib import Path

import pytest

from cuttings.core.article import Article
from cuttings.core.library import Library


@pytest.fixture
def library(tmp_path: Path):
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


def make_article(n: int = 1, **fields) -> Article:
    """A small article for storage tests (not from the pipeline)."""
    values = {
        "url": f"https://news.example.org/story-{n}",
        "canonical_url": f"https://news.example.org/story-{n}",
        "title": f"Story number {n}",
        "html": f"<p>Body of story {n}.</p>",
        "text": f"Body of story {n}.",
        "site_name": "Example News",
        "source": "Example News",
        "language": "en",
    }
    values.update(fields)
    return Article(**values)
