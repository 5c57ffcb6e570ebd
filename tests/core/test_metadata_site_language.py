"""The language of a clipping's text, the site it was clipped from, titles without ornaments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cuttings.core.clipping import build_article
from cuttings.core.metadata import extract_metadata, strip_site_name

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

ENGLISH = (
    "Talks on a new global climate finance goal stalled on Tuesday night as wealthy countries "
    "refused to put a figure on the money they would provide to help poorer nations cut their "
    "emissions and adapt to extreme weather, negotiators said."
)
ITALIAN = (
    "Il Consiglio dei ministri ha approvato ieri sera il decreto che rafforza il bonus sociale "
    "per le famiglie con i redditi più bassi, dopo una lunga discussione con le regioni e con "
    "le associazioni dei consumatori."
)
SPANISH = (
    "El Consejo de Ministros aprobó este martes la reforma del sistema de pensiones pactada con "
    "los sindicatos, que eleva de forma progresiva las cotizaciones de los salarios más altos "
    "para garantizar la sostenibilidad del sistema."
)
PORTUGUESE = (
    "O governo aprovou ontem em Conselho de Ministros o decreto que reforça o apoio social para "
    "as famílias com menores rendimentos do país, depois de uma longa negociação com os "
    "sindicatos e as empresas."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen, nachdem "
    "sich die Koalitionspartner in der Nacht nach langen Verhandlungen auf die Finanzierung der "
    "Schuldenbremse geeinigt hatten."
)
CHINESE = (
    "中央氣象署今天表示，受到強烈大陸冷氣團影響，台北今天清晨的氣溫只有攝氏七度，"  # noqa: RUF001
    "是今年入冬以來最冷的一天。氣象署提醒民眾外出時要注意保暖。"
)
JAPANESE = (
    "気象庁は二十日、東京都心で初雪を観測したと発表した。平年より十二日早く、"
    "昨年より二十日早い観測となった。朝から冷たい雨が降り続き、昼前に雪に変わった。"
)
NORWEGIAN = (
    "Regjeringen la i dag fram statsbudsjettet for neste år, og finansministeren sa at det blir "
    "mindre penger å bruke til nye tiltak enn tidligere, fordi prisene fortsatt stiger."
)
SHORT_ENGLISH = "Rates cut again, bank says"


def _page(lang: str, *, head: str = "") -> str:
    lang_attribute = f' lang="{lang}"' if lang else ""
    return f"<html{lang_attribute}><head>{head}</head><body><h1>Titolo</h1></body></html>"


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        # The declaration agrees with the text: kept, with its region.
        ("en-GB", ENGLISH, "en-GB"),
        ("en_us", ENGLISH, "en-US"),
        ("it", ITALIAN, "it"),
        ("pt-BR", PORTUGUESE, "pt-BR"),
        ("zh-TW", CHINESE, "zh-TW"),
        ("ja", JAPANESE, "ja"),
        ("nb-NO", NORWEGIAN, "nb-NO"),
        # The page says one language, the text is plainly another: the text's wins.
        ("it", ENGLISH, "en"),
        ("fr", SPANISH, "es"),
        ("de-DE", ENGLISH, "en"),
        ("en", GERMAN, "de"),
        # Nothing declared: detected.
        ("", ITALIAN, "it"),
        ("", SPANISH, "es"),
        ("", JAPANESE, "ja"),
        # Too short to tell: the declaration stands, or nothing is said.
        ("it", SHORT_ENGLISH, "it"),
        ("de", SHORT_ENGLISH, "de"),
        ("", SHORT_ENGLISH, ""),
        ("und", ITALIAN, "it"),
    ],
)
def test_language_is_the_texts(declared: str, text: str, expected: str):
    meta = extract_metadata(_page(declared), "https://example.org/a", text=text)
    assert meta.language == expected


def test_the_articles_own_declaration_comes_first_on_a_short_text():
    ld = {"@type": "NewsArticle", "headline": "Rates cut again", "inLanguage": "en-GB"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    html = _page("it", head=head)
    assert extract_metadata(html, "https://example.org/a", text=SHORT_ENGLISH).language == "en-GB"


def test_the_region_comes_from_any_declaration_of_the_same_language():
    html = _page("en", head='<meta property="og:locale" content="en_AU">')
    assert extract_metadata(html, "https://example.org/a", text=ENGLISH).language == "en-AU"
    # A region of another language does not stick to the text's.
    html = _page("it", head='<meta property="og:locale" content="it_IT">')
    assert extract_metadata(html, "https://example.org/a", text=ENGLISH).language == "en"


# --- The site clipped from ------------------------------------------------------


@pytest.mark.parametrize(("masthead", "closing"), [("<header>", "</header>"), ("", "")])
def test_logo_alt_names_the_site_and_the_source_stays_the_publisher(masthead: str, closing: str):
    logo = '<a href="/" class="logo"><img src="/t.png" alt="Logo di Gazzetta del Borgo"></a>'
    html = (
        '<html lang="it"><head><title>Il ponte riapre</title></head><body>'
        f"{masthead}{logo}{closing}<article><h1>Il ponte riapre</h1><p>" + ITALIAN + "</p>"
        '<p><a href="https://www.corriere.it/x">Continua a leggere su Corriere della Sera</a></p>'
        "</article></body></html>"
    )
    meta = extract_metadata(html, "https://www.gdb.example.it/a")
    assert meta.site_name == "Gazzetta del Borgo"
    assert meta.source == "Corriere della Sera"


@pytest.mark.parametrize("alt", ["Home", "logo", "site-logo-white", "www.gdb.example.it", ""])
def test_a_logo_that_names_nothing_leaves_the_host(alt: str):
    html = (
        f'<html><head><title>Il ponte riapre</title></head><body><a href="/" class="logo">'
        f'<img src="/t.png" alt="{alt}"></a><h1>Il ponte riapre</h1></body></html>'
    )
    assert extract_metadata(html, "https://www.gdb.example.it/a").site_name == "gdb.example.it"


def test_a_logo_inside_the_story_is_not_the_sites():
    html = (
        "<html><head><title>Apple opens a store</title></head><body><article>"
        "<h1>Apple opens a store</h1><p>The company opened its new store today.</p>"
        '<img src="/uploads/apple-logo.jpg" alt="Apple"></article></body></html>'
    )
    assert extract_metadata(html, "https://www.tech.example.com/a").site_name == "tech.example.com"


def test_a_plain_home_link_names_the_site_only_when_the_host_agrees():
    html = (
        "<html><head><title>Rates cut</title></head><body>"
        '<a href="/">English</a> <a href="/">Sputnik</a><h1>Rates cut</h1></body></html>'
    )
    assert extract_metadata(html, "https://sputniknews.com/a").site_name == "Sputnik"


def test_the_title_suffix_names_the_site_under_the_pages_headline():
    html = (
        "<html><head><title>Rates cut again | Money Digest</title></head>"
        "<body><h1>Rates cut again</h1></body></html>"
    )
    meta = extract_metadata(html, "https://md.example.com/a")
    assert (meta.site_name, meta.title) == ("Money Digest", "Rates cut again")


def test_a_title_suffix_the_logo_contradicts_is_a_section():
    html = (
        "<html><head><title>Rates cut again - Economy</title></head><body>"
        '<img class="logo" src="/l.png" alt="The Herald"><h1>Rates cut again</h1></body></html>'
    )
    meta = extract_metadata(html, "https://herald.example.com/a")
    assert meta.site_name == "The Herald"


# --- Titles without ornaments ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "keys", "expected"),
    [
        ("台北今年最冷的一天 :: 痞客邦 PIXNET ::", {"pixnet"}, "台北今年最冷的一天"),
        ("東京で初雪【東都新聞】", {"東都新聞"}, "東京で初雪"),
        ("台北下雪了 @ 阿華的部落格 :: 痞客邦 ::", {"痞客邦", "阿華的部落格"}, "台北下雪了"),
        ("台北下雪了 :: 痞客邦 PIXNET ::", {"痞客邦"}, "台北下雪了"),
        ("서울에 첫눈 - 한빛일보", {"한빛일보"}, "서울에 첫눈"),
        ("Первый снег в Москве — Городские новости", {"городскиеновости"}, "Первый снег в Москве"),
        ("ירד שלג בירושלים | חדשות העיר", {"חדשותהעיר"}, "ירד שלג בירושלים"),
        ("記事の見出し｜東都新聞", {"東都新聞"}, "記事の見出し"),  # noqa: RUF001
        ("新闻标题_新浪新闻", {"新浪新闻"}, "新闻标题"),
        ("Le budget est voté « L'Écho du Midi »", {"léchodumidi"}, "Le budget est voté"),
        ("« L'Écho du Midi » Le budget est voté", {"léchodumidi"}, "Le budget est voté"),
        ("Rates cut again – The Herald", {"theherald"}, "Rates cut again"),  # noqa: RUF001
        ("| The Herald | Rates cut again", {"theherald"}, "Rates cut again"),
        # Real title text stays.
        ("Meloni: «I conti tornano»", {"corriere"}, "Meloni: «I conti tornano»"),
        ("Il libro (Einaudi) esce oggi", {"einaudi"}, "Il libro (Einaudi) esce oggi"),
        ("Roma - Lazio 2-1", {"romatoday"}, "Roma - Lazio 2-1"),
        ("[Roma] Lazio battuta 2-1", {"romatoday"}, "[Roma] Lazio battuta 2-1"),
        ("[RomaToday] Lazio battuta 2-1", {"romatoday"}, "Lazio battuta 2-1"),
        ("The Herald's new owner - The Herald", {"theherald"}, "The Herald's new owner"),
        (
            "Pixnet sells its blog platform to a rival",
            {"pixnet"},
            "Pixnet sells its blog platform to a rival",
        ),
    ],
)
def test_title_ornaments(title: str, keys: set[str], expected: str):
    assert strip_site_name(title, keys) == expected


def test_a_title_that_is_only_the_site_keeps_the_name():
    html = "<html><head><title>:: 痞客邦 PIXNET ::</title></head><body><p>x</p></body></html>"
    assert extract_metadata(html, "https://www.pixnet.net/").title == "痞客邦 PIXNET"


# --- The clipping assembled from an aggregator page -----------------------------


@pytest.mark.parametrize(
    ("name", "language", "site_name", "source"),
    [
        ("it_aggregator_guardian_en.html", "en", "RassegnaWeb", "The Guardian"),
        ("fr_aggregator_elpais_es.html", "es", "Revue de Presse Europe", "El País"),
        ("de_aggregator_bbc_en.html", "en", "Presseschau Online", "BBC News"),
    ],
)
def test_a_clipping_from_an_aggregator(name: str, language: str, site_name: str, source: str):
    html = (PAGES / name).read_text(encoding="utf-8")
    url = str(json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))[name]["url"])
    article = build_article(html, url)
    assert (article.language, article.site_name, article.source) == (language, site_name, source)
