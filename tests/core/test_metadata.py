"""Metadata read from the fixture corpus, and the date and title rules behind it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.core.metadata import (
    Metadata,
    extract_metadata,
    parse_published_date,
    strip_site_name,
)

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
EXPECTED: dict[str, dict[str, str | None]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)
FIELDS = [
    "title",
    "site_name",
    "source",
    "author",
    "published_at",
    "language",
    "lead_image",
    "description",
    "canonical_url",
]


def _extract(name: str) -> Metadata:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_metadata(html, str(EXPECTED[name]["url"]))


# --- The corpus ------------------------------------------------------------------


def test_corpus_is_large_and_varied():
    assert len(EXPECTED) >= 24
    languages = {str(want["language"]).split("-")[0] for want in EXPECTED.values()}
    assert {"it", "en", "fr", "de", "es", "pt", "nl"} <= languages
    assert all((PAGES / name).is_file() for name in EXPECTED)


@pytest.mark.parametrize(
    ("page", "field"),
    [(page, field) for page, want in EXPECTED.items() for field in FIELDS if field in want],
)
def test_corpus_field(page: str, field: str):
    assert getattr(_extract(page), field) == EXPECTED[page][field]


def test_aggregator_sidebar_does_not_leak_into_the_clipping():
    meta = _extract("it_aggregator_showcase.html")
    assert meta.published_at == "2025-02-22T14:49:00"  # not the sidebar's 23/02 09:12
    assert meta.source == "Corriere della Sera"  # not "La Stampa" nor "Ansa" from the sidebar
    assert meta.site_name == "NotizieOggi"
    assert meta.title == "Caro bollette, il governo prepara un nuovo decreto per le famiglie"


def test_every_page_is_fast():
    # CPU time, not wall time: the test machine may be busy with other work.
    pages = {name: (PAGES / name).read_text(encoding="utf-8") for name in EXPECTED}
    extract_metadata("<p>" + "warm the language model up " * 5, "https://example.org/")
    for name, html in pages.items():
        start = time.process_time()
        extract_metadata(html, str(EXPECTED[name]["url"]))
        assert time.process_time() - start < 0.05, name


# --- Dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "language", ["it", "it-IT", "fr", "de", "es", "pt-BR", "pt", "nl", "en-GB", "en", ""]
)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/04/2025", "2025-04-03"),
        ("22/02/2025 14:49", "2025-02-22T14:49:00"),
        ("01.02.2025", "2025-02-01"),
        ("05-06-2025", "2025-06-05"),
        ("12/11/24", "2024-11-12"),
        ("02/22/2025", "2025-02-22"),  # only month-first is possible
    ],
)
def test_numeric_dates_are_day_first_outside_the_us(value: str, language: str, expected: str):
    assert parse_published_date(value, language) == expected


@pytest.mark.parametrize("language", ["en-US", "en_US", "EN-us"])
def test_numeric_dates_are_month_first_in_the_us(language: str):
    assert parse_published_date("03/04/2025", language) == "2025-03-04"
    assert parse_published_date("03/04/2025 10:15 AM", language) == "2025-03-04T10:15:00"
    assert parse_published_date("22/02/2025", language) == "2025-02-22"  # only day-first possible


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-22T14:49:00+01:00", "2025-02-22T14:49:00+01:00"),
        ("2025-02-22T14:49:00.000+0100", "2025-02-22T14:49:00+01:00"),
        ("2025-02-22T13:49:00Z", "2025-02-22T13:49:00+00:00"),
        ("2025-02-22T08:00:00-05:00", "2025-02-22T08:00:00-05:00"),
        ("Sat, 22 Feb 2025 14:49:00 +0100", "2025-02-22T14:49:00+01:00"),
        ("Sat, 22 Feb 2025 13:49:00 GMT", "2025-02-22T13:49:00+00:00"),
        ("22/02/2025 14:49 UTC+1", "2025-02-22T14:49:00+01:00"),
    ],
)
def test_offsets_are_kept(value: str, expected: str):
    assert parse_published_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-22", "2025-02-22"),
        ("2025-02-22 14:49", "2025-02-22T14:49:00"),
        ("2025-02-22T14:49:00", "2025-02-22T14:49:00"),
        ("20250222", "2025-02-22"),
    ],
)
def test_no_offset_or_time_is_invented(value: str, expected: str):
    assert parse_published_date(value) == expected


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("22 febbraio 2025, ore 14:49", "it", "2025-02-22T14:49:00"),
        ("sabato 22 febbraio 2025 - 14.49", "it", "2025-02-22T14:49:00"),
        ("Pubblicato il 22.02.2025", "it", "2025-02-22"),
        ("1 gen 2025", "it", "2025-01-01"),
        ("February 22, 2025 2:49 PM", "en-US", "2025-02-22T14:49:00"),
        ("Feb. 22, 2025 at 2:49 p.m. ET", "en-US", "2025-02-22T14:49:00"),
        ("Saturday 22nd February 2025", "en-GB", "2025-02-22"),
        ("Sat 22 Feb 2025 14.49 GMT", "en-GB", "2025-02-22T14:49:00+00:00"),
        ("le 22 février 2025 à 14h49", "fr", "2025-02-22T14:49:00"),
        ("1er mars 2025", "fr", "2025-03-01"),
        ("22. Februar 2025", "de", "2025-02-22"),
        ("22. Februar 2025, 14:49 Uhr", "de", "2025-02-22T14:49:00"),
        ("3. März 2025", "de", "2025-03-03"),
        ("22 de febrero de 2025", "es", "2025-02-22"),
        ("3 abr 2025 - 10:20", "es", "2025-04-03T10:20:00"),
        ("22 de fevereiro de 2025 às 14h49", "pt", "2025-02-22T14:49:00"),
        ("22 februari 2025 om 14:49", "nl", "2025-02-22T14:49:00"),
        ("14:49 22/02/2025", "it", "2025-02-22T14:49:00"),
    ],
)
def test_written_dates(value: str, language: str, expected: str):
    assert parse_published_date(value, language) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "garbage",
        "31/02/2025",
        "2025-13-01",
        "version 1.2.3",
        "25:61",
        "tel. 0331 123456",
    ],
)
def test_not_a_date(value: str):
    assert parse_published_date(value) is None


def test_epoch_seconds_are_utc():
    assert parse_published_date("1740232140") == "2025-02-22T13:49:00+00:00"


# --- Titles and site names --------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Headline - Corriere della Sera", "Headline"),
        ("Headline | Corriere della Sera", "Headline"),
        ("Headline \u2013 corriere.it", "Headline"),
        ("Corriere della Sera: Headline", "Headline"),
        ("Corriere | Headline", "Headline"),
        (
            "Meloni: \u00abI conti tornano\u00bb - Corriere della Sera",
            "Meloni: \u00abI conti tornano\u00bb",
        ),
        ("Meloni: \u00abI conti tornano\u00bb", "Meloni: \u00abI conti tornano\u00bb"),
        ("Brexit - the next chapter", "Brexit - the next chapter"),
    ],
)
def test_strip_site_name(title: str, expected: str):
    assert strip_site_name(title, {"corrieredellasera", "corriereit", "corriere"}) == expected


def test_title_falls_back_to_h1_when_the_title_has_sections():
    html = (
        "<html lang=en><head><title>Rates cut again | Business | The Herald</title></head>"
        "<body><article><h1>Rates cut again</h1><p>Text.</p></article></body></html>"
    )
    meta = extract_metadata(html, "https://www.theherald.example.com/x")
    assert meta.title == "Rates cut again"


def test_site_name_falls_back_to_host_without_www():
    meta = extract_metadata("<html><body><h1>Hello</h1></body></html>", "https://www.ilpost.it/x")
    assert meta.site_name == "ilpost.it"
    assert meta.source == "ilpost.it"


# --- Authors, sources, language ---------------------------------------------------


def test_author_is_never_a_url_nor_the_site():
    html = (
        '<html lang="en"><head><meta property="og:site_name" content="The Herald">'
        '<meta name="author" content="The Herald">'
        '<meta property="article:author" content="https://www.facebook.com/theherald">'
        "</head><body><h1>Title</h1></body></html>"
    )
    assert extract_metadata(html, "https://theherald.example.com/a").author == ""


def test_read_more_with_a_headline_is_not_a_source():
    html = (
        '<html lang="en"><head><meta property="og:site_name" content="The Herald"></head><body>'
        "<article><h1>Inflation rises</h1><p>Prices went up.</p>"
        '<p>Read more: <a href="https://theherald.example.com/b">Why rents keep climbing</a></p>'
        "</article></body></html>"
    )
    assert extract_metadata(html, "https://theherald.example.com/a").source == "The Herald"


def test_read_more_link_without_a_name_gives_the_host():
    html = (
        '<html lang="it"><head><meta property="og:site_name" content="Portale"></head><body>'
        "<h1>Titolo</h1><p>Testo della notizia.</p>"
        '<p><a href="https://www.lastampa.it/cronaca/x">Continua a leggere</a> su</p>'
        "</body></html>"
    )
    assert extract_metadata(html, "https://portale.example.it/a").source == "lastampa.it"


def test_language_is_detected_from_text_when_markup_is_silent():
    html = "<html><body><h1>Titolo</h1></body></html>"
    text = (
        "Il Consiglio dei ministri ha approvato ieri sera il decreto che rafforza il bonus "
        "sociale per le famiglie con i redditi più bassi."
    )
    assert extract_metadata(html, "https://example.org/a", text=text).language == "it"


def test_language_from_og_locale_keeps_its_region():
    html = '<html><head><meta property="og:locale" content="de_DE"></head><body></body></html>'
    assert extract_metadata(html, "https://example.org/a").language == "de-DE"


def test_canonical_must_be_http_on_a_real_host():
    html = (
        '<html><head><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="https://localhost/x"></head><body></body></html>'
    )
    assert extract_metadata(html, "https://example.org/a").canonical_url == ""
    html = '<html><head><link rel="canonical" href="/a/b?c=1"></head><body></body></html>'
    assert (
        extract_metadata(html, "https://example.org/x").canonical_url
        == "https://example.org/a/b?c=1"
    )


# --- Garbage in, empty fields out -------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "\x00\x01\x02",
        '<?xml version="1.0" encoding="utf-8"?><html><body><h1>X</h1></body></html>',
        "<html><head><title></title></head></html>",
        "<div>" * 5000 + "deep" + "</div>" * 5000,
        '<script type="application/ld+json">{"@graph": "nope", "author": [1, null, {}]}</script>',
        '<script type="application/ld+json">[{"@type": ["NewsArticle"], "datePublished": 20250222,'
        ' "author": {"name": ["A", 3]}, "headline": {"x": 1}, "image": [null], "isBasedOn": 7}]'
        "</script><h1>T</h1>",
        '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>",
        "<meta property='og:image' content='data:image/png;base64,AAAA'>"
        "<link rel=canonical href='http://[::1'><time datetime='9999-99-99'>x</time>",
        "\ud800 unpaired surrogate <h1>\udfff</h1>",
    ],
)
def test_garbage_degrades_to_empty_fields(html: str):
    meta = extract_metadata(html, "https://www.example.org/a")
    assert isinstance(meta, Metadata)
    assert meta.site_name == "example.org"


def test_huge_page_is_still_fast():
    paragraph = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "</p>"
    html = "<html lang=en><body><h1>Big</h1>" + paragraph * 2000 + "</body></html>"
    start = time.process_time()
    meta = extract_metadata(html, "https://example.org/a")
    assert meta.title == "Big"
    assert time.process_time() - start < 2.0


@settings(max_examples=200, deadline=None)
@given(html=st.text(), url=st.text(max_size=80))
def test_any_text_never_raises(html: str, url: str):
    assert isinstance(extract_metadata(html, url), Metadata)


_MARKUP = st.lists(
    st.sampled_from(
        [
            "<h1>",
            "</h1>",
            "<p>",
            "</p>",
            "<aside>",
            "<time datetime='",
            "'>",
            "22/02/2025",
            "14:49",
            "di ",
            "By ",
            "Fonte: ",
            "Continua a leggere su ",
            "<a href='https://x.it/'>",
            "</a>",
            "<meta property='og:title' content='",
            "<script type='application/ld+json'>",
            "</script>",
            '{"@type":"NewsArticle","datePublished":"',
            '"}',
            " - ",
            " | ",
            "Site",
            "<html lang='",
            "en-US",
            "it",
            "<title>",
            "</title>",
            "&amp;",
            "\n",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(html=_MARKUP, text=st.text(max_size=200))
def test_any_markup_never_raises(html: str, text: str):
    meta = extract_metadata(html, "https://www.example.org/a", text=text)
    assert meta.published_at is None or meta.published_at[:4].isdigit()


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=200), language=st.sampled_from(["", "it", "en-US", "xx-YY"]))
def test_parse_published_date_never_raises(value: str, language: str):
    result = parse_published_date(value, language)
    assert result is None or result[:4].isdigit()


def test_credit_lines_outside_the_story_are_not_its_source():
    story = "<p>" + "Il consiglio comunale ha approvato il bilancio dopo una lunga seduta. " * 8
    html = (
        '<html lang="it"><head><meta property="og:site_name" content="Portale"></head><body>'
        f'<div class="colonna"><h1>Bilancio approvato</h1><p>12/03/2025 10:00</p>{story}</p></div>'
        '<div class="colonna-b"><p><a href="/x">Neve in Abruzzo</a></p><p>Fonte: la Repubblica</p>'
        "<p>11/03/2025 09:00</p></div></body></html>"
    )
    meta = extract_metadata(html, "https://portale.example.it/a")
    assert meta.source == "Portale"
    assert meta.published_at == "2025-03-12T10:00:00"


def test_itemprop_date_published_on_any_element():
    html = (
        '<html lang="fr"><body><h1>Titre</h1><span itemprop="datePublished" '
        'content="2025-02-22T14:49:00+01:00">samedi</span></body></html>'
    )
    assert (
        extract_metadata(html, "https://example.fr/a").published_at == "2025-02-22T14:49:00+01:00"
    )


def test_published_beats_modified():
    html = (
        '<html lang="en-GB"><head>'
        '<meta property="article:modified_time" content="2025-02-23T09:00:00Z">'
        "</head><body><h1>Headline</h1><p>Updated 23 February 2025</p>"
        "<p>Published 22 February 2025</p></body></html>"
    )
    assert extract_metadata(html, "https://example.co.uk/a").published_at == "2025-02-22"


def test_a_site_prefix_must_be_the_whole_name():
    keys = {"romatoday", "romatodayit"}
    assert strip_site_name("Roma - Lazio 2-1 - RomaToday", keys) == "Roma - Lazio 2-1"
    assert strip_site_name("RomaToday | Roma - Lazio 2-1", keys) == "Roma - Lazio 2-1"


def test_og_title_that_is_only_the_site_name_is_skipped():
    html = (
        '<html lang="it"><head><meta property="og:title" content="NotizieOggi">'
        '<meta property="og:site_name" content="NotizieOggi"></head>'
        "<body><h1>Il vero titolo</h1></body></html>"
    )
    assert extract_metadata(html, "https://www.notizieoggi.it/a").title == "Il vero titolo"


def test_a_longer_og_title_is_not_cut_to_the_h1():
    html = (
        '<html lang="en"><head><meta property="og:title" content="Budget vote delayed again">'
        "</head><body><h1>Budget vote</h1></body></html>"
    )
    assert extract_metadata(html, "https://example.com/a").title == "Budget vote delayed again"


def test_future_dates_on_the_page_are_not_the_publication_date():
    html = (
        '<html lang="it"><body><h1>Concerto in piazza</h1><p>Sabato 12/09/2099 ore 21:00</p>'
        "<p>Pubblicato il 02/03/2025</p></body></html>"
    )
    assert extract_metadata(html, "https://example.it/a").published_at == "2025-03-02"


def test_logo_in_h1_and_headline_in_h2():
    html = (
        '<html lang="it"><head><title>Nuovo ponte sul Po, via ai lavori - Gazzetta di Piacenza'
        '</title></head><body><h1 class="logo">Gazzetta di Piacenza</h1>'
        '<div class="oggi">Lunedì 10 marzo 2025</div><div class="art">'
        "<h2>Nuovo ponte sul Po, via ai lavori</h2><p>di Anna Maria Rossi</p>"
        "<p>07/03/2025 - 12:30</p><p>Testo.</p></div></body></html>"
    )
    meta = extract_metadata(html, "https://www.gazzettadipiacenza.it/a")
    assert meta.title == "Nuovo ponte sul Po, via ai lavori"
    assert meta.site_name == "Gazzetta di Piacenza"
    assert meta.author == "Anna Maria Rossi"
    assert meta.published_at == "2025-03-07T12:30:00"  # not the masthead's "today"


def test_the_pages_own_host_is_plausible_even_without_a_domain():
    html = '<html><head><link rel="canonical" href="/politica/x?a=1"></head><body></body></html>'
    meta = extract_metadata(html, "http://127.0.0.1:8080/site/page.html")
    assert meta.canonical_url == "http://127.0.0.1:8080/politica/x?a=1"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Associated Press November 19, 2019, 9:02 Am, Associated Press", "Associated Press"),
        ("Mike Wuerthele, Malcolm Owen Monday, November 18, 2019", "Mike Wuerthele, Malcolm Owen"),
        ("Jeff FoustMonday, November 18, 2019", "Jeff Foust"),
        ("Anna Menin, Anna MeninShare", "Anna Menin"),
        ("Roger Gonzalez, Roger Gonzalez CBS Sports", "Roger Gonzalez"),
        ("Ilana Muhlstein, MS, RDN", "Ilana Muhlstein"),
        ("Analysis by Chris Cillizza", "Chris Cillizza"),
        ("By JANE DOE and JOHN ROE", "Jane Doe, John Roe"),
        ("di Mario Rossi e Luca Bianchi", "Mario Rossi, Luca Bianchi"),
        ("Von Max Mustermann | Aktualisiert am 22.02.2025", "Max Mustermann"),
        ("Redazione", ""),
        ("By", ""),
    ],
)
def test_bylines_from_real_pages_are_cleaned(byline: str, expected: str):
    html = (
        f'<html lang="en"><head><meta name="author" content="{byline}"></head>'
        "<body><h1>Headline</h1></body></html>"
    )
    assert extract_metadata(html, "https://news.example.com/a").author == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("https://www.hawaiinewsnow.com", "hawaiinewsnow.com"),
        ("@politifact", "politifact"),
        ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
        ("Remember 80/90 - Memorabilia anni 80/90", "Remember 80/90"),
        ("Il Sole 24 ORE", "Il Sole 24 ORE"),
    ],
)
def test_site_name_as_people_say_it(declared: str, expected: str):
    html = f'<html><head><meta property="og:site_name" content="{declared}"></head></html>'
    assert extract_metadata(html, "https://www.example.com/a").site_name == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Source: Russian Defense Ministry, October 25, 2019", "Russian Defense Ministry"),
        ("Fonte: ANSA 22 febbraio 2025", "ANSA"),
        ("Source: The Herald News", "The Herald"),  # the site itself, spelled longer
    ],
)
def test_credit_names_lose_dates_and_the_site_itself(credit: str, expected: str):
    html = (
        '<html lang="en"><head><meta property="og:site_name" content="The Herald"></head><body>'
        f"<article><h1>Headline</h1><p>Text of the story.</p><p>{credit}</p></article>"
        "</body></html>"
    )
    assert extract_metadata(html, "https://www.theherald.example.com/a").source == expected


def test_json_ld_author_list_drops_years_and_urls():
    html = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "H", "author": [{"name": "Lisa Kaczke"}, {"name": "2019"},'
        ' "https://example.com/staff/x", {"@type": "Person", "name": "Trevor J. Mitchell"}]}'
        "</script></head><body><h1>H</h1></body></html>"
    )
    assert (
        extract_metadata(html, "https://example.com/a").author == "Lisa Kaczke, Trevor J. Mitchell"
    )


def test_credit_sharing_a_line_with_the_byline():
    html = (
        '<html lang="it"><head><meta property="og:site_name" content="Portale"></head><body>'
        "<article><h1>Titolo</h1><p>di Redazione | Fonte: ANSA</p><p>Testo.</p></article>"
        "</body></html>"
    )
    assert extract_metadata(html, "https://www.portale.example.it/a").source == "ANSA"


def test_canonical_on_another_publisher_names_the_source():
    html = (
        '<html lang="en"><head><meta property="og:site_name" content="MSN">'
        '<link rel="canonical" href="https://edition.cnn.com/2019/11/19/health/duvet/index.html">'
        "</head><body><h1>Headline</h1><p>Text.</p></body></html>"
    )
    meta = extract_metadata(html, "https://www.msn.com/en-us/news/article/ar-BBX1")
    assert (meta.site_name, meta.source) == ("MSN", "edition.cnn.com")


def test_canonical_on_the_same_brand_is_not_a_source():
    html = (
        '<html lang="it"><head><meta property="og:site_name" content="la Repubblica">'
        '<link rel="canonical" href="https://www.repubblica.it/politica/2025/02/22/news/x">'
        "</head><body><h1>Titolo</h1></body></html>"
    )
    meta = extract_metadata(html, "https://rep.repubblica.it/pwa/generale/2025/02/22/news/x")
    assert meta.source == "la Repubblica"


def test_webpage_node_dates_when_there_is_no_article_node():
    html = (
        '<html lang="it"><head><script type="application/ld+json">{"@graph": [{"@type": '
        '"WebPage", "name": "Titolo", "datePublished": "2025-02-22T13:49:00+00:00"}]}</script>'
        "</head><body><h1>Titolo</h1></body></html>"
    )
    meta = extract_metadata(html, "https://example.it/a")
    assert meta.published_at == "2025-02-22T13:49:00+00:00"


def test_read_more_link_on_a_logo_uses_its_alt_text():
    html = (
        '<html lang="it"><head><meta property="og:site_name" content="Portale"></head><body>'
        "<article><h1>Titolo</h1><p>Testo.</p><p>Continua a leggere su "
        '<a href="https://www.corriere.it/x"><img src="/l.png" alt="Corriere della Sera"></a>'
        "</p></article></body></html>"
    )
    assert extract_metadata(html, "https://portale.example.it/a").source == "Corriere della Sera"


def test_section_before_the_headline_is_dropped_when_the_h1_says_so():
    html = (
        '<html lang="en"><head><meta property="og:title" content="Opinion | Trump to Nowhere">'
        "</head><body><h1>Trump to Nowhere</h1></body></html>"
    )
    assert extract_metadata(html, "https://www.nytimes.com/a").title == "Trump to Nowhere"
    html = html.replace("Opinion |", "Meloni:").replace("Trump to Nowhere", "«I conti tornano»")
    assert extract_metadata(html, "https://www.ansa.it/a").title == "Meloni: «I conti tornano»"
