"""Extraction keeps the whole article: pages of each kind the extractor once cut short.

Each page in ``tests/fixtures/extract_kept`` was written for one way of losing
text (a short list, in-body headings, captions, widgets in the middle, a
repeated refrain, a news brief...); ``cases.json`` says why, which fragments
must be kept and which page furniture must stay out.
"""

import json
from pathlib import Path

import pytest

from cuttings.core.clipping import build_article, make_excerpt
from cuttings.core.errors import ExtractError
from cuttings.core.extract import extract_body, is_share_text
from cuttings.core.words import count_words

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract_kept"
CASES = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))
URL = "https://www.example.org/news/2025/05/story.html"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_keeps_its_article_and_drops_the_furniture(name):
    case = CASES[name]
    body = extract_body(page(name), URL)
    for fragment in case["kept"]:
        assert fragment in body.text, fragment
    for fragment in case["dropped"]:
        assert fragment not in body.text, fragment
    for markup in case["html"]:
        assert markup in body.html, markup
    for fragment, times in case.get("counts", {}).items():
        assert body.text.count(fragment) == times, fragment


def test_every_fixture_page_has_a_case():
    assert {path.name for path in FIXTURES.glob("*.html")} == set(CASES)


def test_the_headline_is_not_repeated_in_a_brief():
    body = extract_body(page("es_brief.html"), URL)
    assert "Cortado el tráfico" not in body.text


def test_a_short_text_without_an_article_declaration_is_still_refused():
    html = page("es_brief.html").replace('property="og:type"', 'property="og:kind"')
    html = html.replace("<article>", "<div>").replace("</article>", "</div>")
    with pytest.raises(ExtractError, match="no article"):
        extract_body(html, URL)


def test_a_list_of_article_cards_is_not_a_brief():
    cards = "".join(
        f'<article class="card"><h2><a href="/a{i}">Headline number {i} about the city</a></h2>'
        f"<p>A short teaser line for story {i}.</p></article>"
        for i in range(6)
    )
    html = f"<html><head><title>Latest</title></head><body><main>{cards}</main></body></html>"
    with pytest.raises(ExtractError, match="no article"):
        extract_body(html, URL)


def test_caption_stays_inside_its_figure_and_out_of_the_prose():
    body = extract_body(page("fr_headings_figure.html"), URL)
    figure = body.html[body.html.index("<figure") : body.html.index("</figure>")]
    assert "glacier-blanc.jpg" in figure
    assert "Photo Camille Roux" in figure
    # The plain text is the running prose: a caption would be a stray line in it.
    assert "Photo Camille Roux" not in body.text


def test_chinese_words_are_counted_per_character():
    article = build_article(page("zh_article.html"), URL)
    characters = sum(1 for char in article.text if "\u4e00" <= char <= "\u9fff")
    assert article.word_count == characters
    # 45 characters are a full sentence: the excerpt starts with the first paragraph.
    assert article.excerpt.startswith("记者从市文化局获悉")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council met on Monday.", 5),
        ("l'orario del treno A-6 — oggi", 6),
        ("记者从市文化局获悉\uff0c从下个月起", 14),  # with a fullwidth comma
        ("イヌが好き 2025年", 7),
        ("한국어 문장 입니다", 3),  # hangul is written with spaces
        ("ภาษาไทย", 7),
        ("", 0),
    ],
)
def test_count_words(text, words):
    assert count_words(text) == words


def test_excerpt_skips_the_share_bar():
    article = build_article(page("en_share.html"), URL)
    assert article.excerpt.startswith("Separated cycle lanes")
    text = "Share this on WhatsApp Share this on Facebook Share this on Twitter\n\n" + article.text
    assert make_excerpt("", text).startswith("Separated cycle lanes")
    description = "Share this on WhatsApp Share this on Facebook Share this by email"
    assert make_excerpt(description, article.text).startswith("Separated cycle lanes")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Share this on WhatsApp Share this on Facebook", True),
        ("Condividi su Facebook WhatsApp", True),
        ("Partager sur Facebook", True),
        ("Sharing is caring!", True),
        ("Facebook shares fell after the report on Monday", False),
        ("Share prices rose", False),
        ("", False),
    ],
)
def test_is_share_text(text, share):
    assert is_share_text(text) is share
