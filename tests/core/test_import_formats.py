"""Reading every import format, and recognising it from its content alone."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cuttings.core.importers import ImportSourceError, detect_format, read_source

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def read(name: str, format: str | None = None, **kwargs):
    return read_source((FIXTURES / name).read_bytes(), name=name, format=format, **kwargs)


def at(timestamp: int) -> datetime:
    return datetime.fromtimestamp(timestamp, tz=UTC)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("urls.txt", "urls"),
        ("firefox-bookmarks.html", "netscape"),
        ("chrome-bookmarks.html", "netscape"),
        ("pocket-export.html", "netscape"),
        ("instapaper-export.html", "netscape"),
        ("raindrop-export.html", "netscape"),
        ("pocket-export.csv", "pocket"),
        ("instapaper-export.csv", "instapaper"),
        ("wallabag-export.json", "wallabag"),
        ("feed-rss.xml", "feed"),
        ("feed-atom.xml", "feed"),
        ("feeds.opml", "opml"),
    ],
)
def test_format_is_detected_from_content(name, expected, tmp_path):
    data = (FIXTURES / name).read_bytes()
    assert detect_format(data) == expected
    # The name plays no part: the same bytes under a meaningless name.
    renamed = tmp_path / "export.dat"
    renamed.write_bytes(data)
    assert detect_format(renamed.read_bytes()) == expected


def test_detection_handles_a_bom_and_leading_space():
    assert (
        detect_format(b"\xef\xbb\xbf\n  https://example.org/a\nhttps://example.org/b\n") == "urls"
    )
    assert detect_format("\ufefftitle,url,time_added,tags,status\n".encode()) == "pocket"


def test_unknown_content_is_refused_with_the_choices():
    with pytest.raises(ImportSourceError, match=r"not recognised.*netscape"):
        detect_format(b"Dear diary,\ntoday I read nothing.\n")
    with pytest.raises(ImportSourceError, match="JSON"):
        detect_format(b'{"something": "else"}')


def test_explicit_format_overrides_detection():
    source = read("urls.txt", format="csv")
    assert source.format == "csv"
    with pytest.raises(ImportSourceError, match="unknown import format"):
        read("urls.txt", format="docx")


def test_url_list_keeps_bad_lines_as_failed_items():
    items = read("urls.txt").items
    assert [i.url for i in items] == [
        "https://news.example.org/2024/05/01/council-votes",
        "https://www.example.com/story?id=42&utm_source=newsletter",
        "example.net/longread",
        "not a url at all",
        "https://news.example.org/2024/05/01/council-votes#comments",
    ]
    assert [i.position for i in items] == [1, 2, 3, 4, 5]


def test_firefox_bookmarks_keep_tags_dates_folders_and_descriptions():
    items = read("firefox-bookmarks.html").items
    by_url = {i.url: i for i in items}
    elections = by_url["https://news.example.org/2023/10/elections"]
    assert elections.title == "Élections : ce qu'il faut savoir"
    assert elections.saved_at == at(1696156800)
    assert elections.tags == ("Press", "politics", "élections")
    assert elections.note == "Read before Sunday & share"
    mars = by_url["https://science.example.com/mars?utm_campaign=feed"]
    assert mars.tags == ("Press", "Science")
    assert mars.note == ""
    # The toolbar is a container, not a subject.
    assert by_url["https://www.example.com/weather"].tags == ()
    # Non-web bookmarks are read (and will be reported), never dropped.
    assert "place:parent=mobile______" in by_url
    assert "javascript:void(document.title)" in by_url
    assert len(items) == 5


def test_chrome_bookmarks():
    items = read("chrome-bookmarks.html").items
    assert [(i.url, i.tags) for i in items] == [
        ("https://blog.example.org/post/1", ()),
        ("https://blog.example.org/post/2", ("Reading list",)),
    ]
    assert items[1].saved_at == at(1701000100)


def test_pocket_html_export():
    items = read("pocket-export.html").items
    assert [(i.url, i.title, i.tags, i.saved_at) for i in items] == [
        (
            "https://www.example.com/2025/06/long-read",
            "The long read on the economy",
            ("longread", "economy"),
            at(1718000000),
        ),
        ("https://magazine.example.net/interview", "An interview", (), at(1718100000)),
        (
            "https://news.example.org/archive/old-story",
            "An old story",
            ("history",),
            at(1500000000),
        ),
    ]


def test_instapaper_html_export_keeps_custom_folders_as_tags():
    items = read("instapaper-export.html").items
    assert [(i.title, i.tags) for i in items] == [
        ("On attention", ()),
        ("In praise of boredom", ()),
        ("Sourdough, slowly", ("Cooking",)),
    ]


def test_raindrop_html_export():
    items = read("raindrop-export.html").items
    report = items[0]
    assert report.tags == ("Climate", "ipcc", "report")
    assert report.note == "Key figures on page 12"
    assert report.saved_at == at(1710000000)
    assert items[1].tags == ("Climate",)
    assert items[2].tags == ("misc",)


def test_pocket_csv():
    items = read("pocket-export.csv").items
    assert [(i.url, i.title, i.tags, i.saved_at) for i in items[:3]] == [
        (
            "https://www.example.com/2025/06/long-read",
            "The long read on the economy",
            ("longread", "economy"),
            at(1718000000),
        ),
        (
            "https://magazine.example.net/interview",
            'Comma, quotes "and" all',
            (),
            at(1718100000),
        ),
        (
            "https://news.example.org/archive/old-story",
            "An old story",
            ("history",),
            at(1500000000),
        ),
    ]
    assert items[3].problem == "the row has no URL"
    assert items[3].title == "No link here"


def test_instapaper_csv():
    items = read("instapaper-export.csv").items
    assert [(i.title, i.tags, i.saved_at) for i in items] == [
        ("On attention", (), at(1650000000)),
        ("In praise of boredom", ("philosophy", "essays"), at(1640000000)),
        ("Sourdough, slowly", ("Cooking", "recipes"), at(1630000000)),
    ]
    assert items[1].note == "Boredom is the dream bird\nthat hatches the egg of experience"


def test_wallabag_entries_carry_their_content():
    items = read("wallabag-export.json").items
    mars, conseil, unfetched = items
    assert mars.url == "https://science.example.com/mars"
    assert mars.tags == ("science", "space")
    assert mars.saved_at == datetime.fromisoformat("2023-10-11T09:30:00+02:00")
    assert mars.note == "> water under the ice\ncheck this figure"
    assert mars.content is not None
    assert "<strong>water</strong>" in mars.content.html
    assert mars.content.author == "Ada Lovelace, Grace Hopper"
    assert mars.content.published_at == "2023-10-10T18:00:00+02:00"
    assert mars.content.language == "en"
    assert mars.content.lead_image == "https://science.example.com/mars.jpg"
    assert conseil.content is not None and conseil.content.language == "fr_FR"
    assert conseil.content.published_at is None
    # wallabag's own failure message is not an article: that entry is fetched.
    assert unfetched.content is None
    assert unfetched.tags == ("later",)


def test_rss_and_atom_items_are_links_to_fetch():
    items = read("feed-rss.xml").items
    assert [(i.url, i.title) for i in items[:2]] == [
        ("https://news.example.org/2024/05/01/council-votes", "Council votes on the budget"),
        ("https://news.example.org/2024/05/02/storm", "Storm warning"),
    ]
    assert all(i.content is None for i in items)
    assert items[2].problem == "the feed item has no link"
    atom = read("feed-atom.xml").items
    assert [(i.url, i.title) for i in atom] == [("https://blog.example.org/post/1", "First post")]


def test_opml_fetches_each_feed_and_reports_a_feed_that_fails():
    from cuttings.core.errors import FetchError

    feeds = {"https://news.example.org/feed.xml": (FIXTURES / "feed-rss.xml").read_bytes()}

    def fetch_feed(url: str, cancel: object) -> bytes:
        if url not in feeds:
            raise FetchError("page not found (HTTP 404)")
        return feeds[url]

    items = read("feeds.opml", fetch_feed=fetch_feed).items
    assert [i.url for i in items[:2]] == [
        "https://news.example.org/2024/05/01/council-votes",
        "https://news.example.org/2024/05/02/storm",
    ]
    assert items[0].source == "https://news.example.org/feed.xml"
    failed = items[-1]
    assert failed.url == "https://blog.example.org/atom.xml"
    assert failed.problem == "the feed could not be read: page not found (HTTP 404)"
    assert len(items) == 4


def test_latin1_files_are_decoded():
    data = "title,url,time_added,tags,status\nCaf\xe9 cr\xe8me,https://example.org/cafe,1,,unread\n"
    items = read_source(data.encode("latin-1")).items
    assert items[0].title == "Café crème"
