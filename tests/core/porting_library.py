"""A library of varied clips for export and round-trip tests."""

from datetime import UTC, datetime

from cuttings.core.article import Article
from cuttings.core.extract import html_to_text
from cuttings.core.library import Library
from cuttings.core.sanitize import sanitize_html

CLIPS = [
    {
        "url": "https://news.example.org/2024/03/council?id=7",
        "title": 'Council <votes> on the "budget" & more',
        "language": "en",
        "author": "Jo Reporter",
        "published_at": "2024-03-02T10:15:00+01:00",
        "html": (
            "<h2>What was decided</h2><p>The council voted <strong>7\u20132</strong> for the "
            "<a href='/budget.pdf'>budget</a>.</p><ul><li>Schools</li><li>Bridge<ul>"
            "<li>repairs</li></ul></li></ul><figure><img src='/img/hall.jpg' alt='The hall'>"
            "<figcaption>The town hall</figcaption></figure><ol><li>first</li><li>second</li>"
            "</ol><table><tr><th>Item</th><th>Cost</th></tr><tr><td>Bridge</td><td>1 M€</td>"
            "</tr></table><blockquote><p>A quote.</p></blockquote>"
        ),
        "tags": ["Politics", "local news"],
        "note": 'Check the figures.\nSecond line with "quotes" and a: colon',
        "clipped_at": datetime(2024, 3, 2, 12, 0, 5, tzinfo=UTC),
        "capture": "browser",
    },
    {
        "url": "https://actu.example.fr/société/élection",
        "title": "Élection : les résultats à l'heure près",
        "language": "fr_FR",
        "author": "",
        "published_at": "2024-06-09",
        "html": "<p>Les résultats sont tombés à 20 h.</p><p>Deuxième <em>paragraphe</em>.</p>",
        "tags": ["élections", "France"],
        "note": "",
        "clipped_at": datetime(2024, 6, 9, 19, 0, tzinfo=UTC),
        "partial": "paywall: only a teaser of 12 words (the page says it is not free)",
    },
    {
        "url": "https://www.example.jp/news/12345",
        "title": "東京で桜が満開 🌸",
        "language": "ja",
        "author": "山田 太郎",
        "published_at": "2024-04-01T09:00:00",
        "html": "<p>東京の桜が満開になりました。</p><pre>code\n  block</pre>",
        "tags": ["日本", "spring"],
        "note": "美しい",
        "clipped_at": datetime(2024, 4, 1, 1, 0, tzinfo=UTC),
    },
    {
        "url": "https://ar.example.net/article/9",
        "title": '=HYPERLINK("http://evil.example") مقال',
        "language": "ar",
        "author": "-minus author",
        "published_at": None,
        "html": "<p>نص المقال هنا.</p>",
        "tags": [],
        "note": "@mention",
        "clipped_at": datetime(2020, 1, 1, tzinfo=UTC),
    },
]


def fill_library(library: Library) -> list[int]:
    ids = []
    for spec in CLIPS:
        html = sanitize_html(spec["html"], spec["url"])
        text = html_to_text(html)
        article = Article(
            url=spec["url"],
            canonical_url=spec["url"],
            title=spec["title"],
            html=html,
            text=text,
            site_name="Example",
            source="The Example Times",
            author=spec["author"],
            published_at=spec["published_at"],
            language=spec["language"],
            lead_image="https://cdn.example.org/lead.jpg",
            excerpt=text[:80],
            capture=spec.get("capture", "fetched"),
            partial=spec.get("partial", ""),
        )
        clip = library.add(article, tags=spec["tags"], clipped_at=spec["clipped_at"]).clip
        if spec["note"]:
            library.update_clip(clip.id, note=spec["note"])
        ids.append(clip.id)
    return ids
