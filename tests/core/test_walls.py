"""Walls met when Cuttings fetches by itself: stored, and marked partial with the reason."""

import pytest

from cuttings.core.clipping import build_article, clip_url
from cuttings.core.errors import ExtractError
from cuttings.core.walls import detect_wall

from .wall_pages import ARTICLES, PARAGRAPHS, WALLS, news_ld, page, words


@pytest.mark.parametrize(("path", "html", "kind"), WALLS, ids=[w[0] for w in WALLS])
def test_a_fetched_wall_is_stored_and_marked_partial(library, server, path, html, kind):
    url = server.page(f"/{path}", html)
    outcome = clip_url(library, url)
    assert outcome.status == "added"
    clip = library.get(outcome.clip.id)
    assert clip.is_partial
    assert clip.partial.startswith(kind + ":"), clip.partial
    assert clip.capture == "fetched"


@pytest.mark.parametrize(("path", "html"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_an_article_near_wall_signs_is_complete(library, server, path, html):
    clip = clip_url(library, server.page(f"/{path}", html)).clip
    assert (clip.partial, clip.is_partial) == ("", False)
    assert clip.word_count > 60


def test_precision_and_recall_on_the_fixtures():
    """Every wall found, no article marked (the numbers the report quotes)."""
    found = [w for w in WALLS if build_article(w[1], f"https://news.example/{w[0]}").partial]
    marked = [a for a in ARTICLES if build_article(a[1], f"https://news.example/{a[0]}").partial]
    assert (len(found), len(marked)) == (len(WALLS), 0)


def test_the_reason_says_what_was_seen():
    html = dict((w[0], w[1]) for w in WALLS)
    reason = detect_wall(html["it/paywall-schema"], "https://e.example/a", "parole " * 111)
    assert reason == (
        "paywall: only 111 of the 1,100 words the page declares (the page says it is not free)"
    )
    consent = build_article(html["fr/consent-didomi"], "https://e.example/b").partial
    assert consent == "consent wall: the text is a cookie-consent notice (Didomi)"
    assert "OneTrust" in build_article(html["en/consent-onetrust"], "https://e.example/c").partial


def test_a_page_from_the_browser_is_not_checked():
    """A subscriber's page still says it is not free: what the person saw is kept as is."""
    html = dict((w[0], w[1]) for w in WALLS)["it/paywall-schema"]
    for capture in ("browser", "file", "clipboard"):
        article = build_article(html, "https://e.example/a", capture=capture)
        assert (article.capture, article.partial) == (capture, "")


def test_a_wall_with_nothing_readable_is_refused_unless_fetched():
    html = dict((w[0], w[1]) for w in WALLS)["en/login"]
    assert build_article(html, "https://e.example/login").text == ""
    with pytest.raises(ExtractError):
        build_article(html, "https://e.example/login", capture="browser")


def test_a_page_with_nothing_readable_and_no_wall_still_fails():
    html = page("Photos", ["A gallery."])
    with pytest.raises(ExtractError):
        build_article(html, "https://e.example/gallery")


@pytest.mark.parametrize("value", ["false", "False", " FALSE ", False, "no"], ids=lambda v: repr(v))
def test_is_accessible_for_free_spellings(value):
    html = page("Teaser", words("en", 120), json_ld=news_ld(isAccessibleForFree=value))
    assert build_article(html, "https://e.example/t").partial.startswith("paywall:")


def test_is_accessible_for_free_in_has_part():
    ld = news_ld(
        isAccessibleForFree="True",
        hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".p"},
    )
    html = page("Teaser", words("en", 120), json_ld=ld)
    assert build_article(html, "https://e.example/t").partial.startswith("paywall:")


@pytest.mark.parametrize("declared", ["", "many", -5, 0, 120, 150.5, None, [1000]])
def test_odd_declared_word_counts_are_ignored(declared):
    html = page("Budget", words("en", 250), json_ld=news_ld(wordCount=declared))
    assert build_article(html, "https://e.example/w").partial == ""


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_long_article_with_every_sign_of_a_wall_is_complete(lang):
    """Consent managers, paywall scripts and login forms sit on complete articles too."""
    html = page(
        "Budget",
        words(lang, 600),
        lang=lang,
        head='<script src="https://cdn.cookielaw.org/x.js"></script><script src='
        '"https://cdn.tinypass.com/api/tinypass.min.js"></script>',
        header="<form><input type='password'></form>",
        json_ld=news_ld(isAccessibleForFree=False),
        after="<div class='paywall'>Subscribe to continue reading</div><button>Accept all</button>",
    )
    assert build_article(html, f"https://e.example/{lang}").partial == ""


def test_unparseable_markup_is_no_wall():
    assert detect_wall("", "https://e.example/", "") == ""
    assert detect_wall("\x00" * 10, "not a url", "") == ""
    # lxml refuses to move a tail with control characters: the text is read, not cut.
    assert detect_wall("<p ><script /></div>\x1f", "https://e.example/", "") == ""
    teaser = page("T", ["x\x1f y"], after="<script>s</script>\x1fSubscribe to continue reading")
    assert detect_wall(teaser, "https://e.example/", "x y").startswith("paywall:")
