"""Small hand-made values for storage and window tests (not from the pipeline)."""

from cuttings.core.article import Article


def make_article(n: int = 1, **fields) -> Article:
    values = {
        "url": f"https://news.example.org/story-{n}",
        "canonical_url": f"https://news.example.org/story-{n}",
        "title": f"Story number {n}",
        "html": f"<p>Body of story {n}.</p>",
        "text": f"Body of story {n}.",
        "site_name": "Example News",
        "source": "Example News",
        "language": "en",
        "excerpt": f"Excerpt of story {n}.",
    }
    values.update(fields)
    return Article(**values)
