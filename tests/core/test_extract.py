"""Article-body extraction on pages written for the purpose, and on hostile input."""

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.core.errors import ExtractError
from cuttings.core.extract import Body, extract_body, html_to_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
URL = "https://www.example.org/news/2025/03/story.html"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _assert_clean_text(text: str) -> None:
    assert text == text.strip()
    assert "\n\n\n" not in text
    for paragraph in text.split("\n\n"):
        assert paragraph.strip() == paragraph and paragraph
        assert "  " not in paragraph


@pytest.fixture(scope="module")
def aggregator_body() -> Body:
    return extract_body(fixture("aggregator_it.html"), URL)


@pytest.fixture(scope="module")
def structure_body() -> Body:
    return extract_body(fixture("structure_en.html"), URL)


class TestAggregatorPage:
    """An aggregator wrapping another publisher's article between its own furniture."""

    @pytest.fixture
    def body(self, aggregator_body) -> Body:
        return aggregator_body

    def test_keeps_every_article_paragraph(self, body):
        for start in (
            "Per la prima volta da oltre vent'anni",
            "Secondo i tecnici dell'agenzia regionale",
            "La sindaca del comune rivierasco",
            "Restano però alcune criticità",
            "Intanto sulle spiagge del versante orientale",
        ):
            assert start in body.text
        assert len(body.text.split("\n\n")) == 5

    @pytest.mark.parametrize(
        "furniture",
        [
            "Cronaca",
            "Politica",
            "Cerca",  # menu and search
            "Condividi",
            "WhatsApp",
            "Twitta",
            "Invia per email",  # share buttons
            "Continua a leggere",  # link to the publisher
            "Ultime notizie",
            "Incendio in un capannone",
            "Derby rinviato",
            "10:45",
            "08:47",
            "Tutti i diritti riservati",
            "P.IVA",
            "Cookie policy",  # footer
            "dataLayer",
        ],
    )
    def test_leaves_out_the_furniture(self, body, furniture):
        assert furniture not in body.text
        assert furniture not in body.html

    def test_title_and_clean_text(self, body):
        assert body.title.startswith("Il lago che torna a respirare")
        _assert_clean_text(body.text)


class TestStructure:
    @pytest.fixture
    def body(self, structure_body) -> Body:
        return structure_body

    def test_headings_lists_quotes_and_figures_survive(self, body):
        root = lxml.html.fragment_fromstring(body.html, create_parent="div")
        assert [h.text_content() for h in root.iter("h2")] == [
            "A plan drawn up by readers",
            "What comes next",
        ]
        assert len(list(root.iter("li"))) == 3
        assert "stays open after work" in root.find(".//blockquote").text_content()
        image = root.find(".//figure/img")
        assert image.get("src") == "https://www.example.org/images/library-reading-room.jpg"
        assert image.get("alt") == "The reading room of the east branch"

    def test_links_are_absolute(self, body):
        root = lxml.html.fragment_fromstring(body.html, create_parent="div")
        hrefs = [a.get("href") for a in root.iter("a")]
        assert "https://www.example.org/local/library-survey" in hrefs
        assert "https://www.example.org/news/2025/reports/libraries-2024.pdf" in hrefs
        assert all(a.get("rel") == "noopener noreferrer nofollow" for a in root.iter("a"))

    def test_navigation_and_footer_are_left_out(self, body):
        for furniture in ("Subscribe", "About us", "Terms", "Opinion"):
            assert furniture not in body.text

    def test_text_has_one_paragraph_per_block(self, body):
        paragraphs = body.text.split("\n\n")
        assert "A plan drawn up by readers" in paragraphs
        assert "Evening hours until nine on weekdays" in paragraphs
        _assert_clean_text(body.text)

    def test_headline_is_the_title_not_body_text(self, body):
        assert body.title == "How the city rebuilt its libraries"
        assert not body.text.startswith("How the city rebuilt its libraries")


@pytest.mark.parametrize(
    ("name", "paragraphs", "absent"),
    [
        (
            "article_fr.html",
            ["Après trois printemps difficiles", "Ce rebond s'explique", "Les chercheurs"],
            ["Partager", "Tweeter", "À lire aussi", "Sécheresse", "Mentions légales"],
        ),
        (
            "article_de.html",
            ["Die Stadt will bis zum Sommer", "Bisher müssen Radfahrer", "Kritik kommt vom"],
            ["Startseite", "Anmelden", "Kommentare", "Wurde auch Zeit", "Impressum"],
        ),
    ],
)
def test_articles_in_other_languages(name, paragraphs, absent):
    body = extract_body(fixture(name), URL)
    for paragraph in paragraphs:
        assert paragraph in body.text
    for furniture in absent:
        assert furniture not in body.text
    _assert_clean_text(body.text)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t ",
        "<html><body></body></html>",
        "<p>Too short to be an article.</p>",
        "\x00\x00\x00",
    ],
)
def test_empty_pages_raise(html):
    with pytest.raises(ExtractError):
        extract_body(html, URL)


@pytest.mark.parametrize("name", ["link_page.html", "login_wall.html"])
def test_pages_without_an_article_raise(name):
    with pytest.raises(ExtractError, match="no article"):
        extract_body(fixture(name), URL)


PARAGRAPH = (
    "<p>The council met on Monday to discuss the new budget, which includes money for "
    "schools, roads and the library service, and approved it after a long debate.</p>"
)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div>" + PARAGRAPH * 40_000 + "</div></body></html>",  # ~6 MB, one line
        "word " * 1_200_000,
        "<div>" * 100_000 + PARAGRAPH * 5 + "</div>" * 100_000,
        "<b>" * 100_000 + PARAGRAPH * 5,
        "<table><tr><td>" * 10_000 + PARAGRAPH * 5,
        "<script>" * 50_000 + PARAGRAPH,
        "<p " + " ".join(f'a{i}="x"' for i in range(50_000)) + ">" + PARAGRAPH * 3,
        '<?xml version="1.0" encoding="utf-8"?><html><body>' + PARAGRAPH * 5 + "</body></html>",
        "<p>\ud800 broken surrogate</p>" + PARAGRAPH * 5,
    ],
    ids=["huge-one-line", "huge-no-tags", "deep-divs", "deep-inline", "deep-tables",
         "unclosed-scripts", "many-attributes", "xml-declaration", "surrogate"],
)  # fmt: skip
@pytest.mark.slow
def test_hostile_pages_return_or_raise(html):
    try:
        body = extract_body(html, URL)
    except ExtractError:
        return
    assert isinstance(body, Body) and body.text


def test_xml_declaration_is_accepted():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body>' + PARAGRAPH * 5 + "</body></html>"
    assert "council met on Monday" in extract_body(html, URL).text


_SAMPLE = fixture("structure_en.html")


def _mutate(data: st.DataObject) -> str:
    html = _SAMPLE
    for _ in range(data.draw(st.integers(0, 8))):
        position = data.draw(st.integers(0, len(html)))
        action = data.draw(st.sampled_from(["cut", "insert", "delete"]))
        if action == "cut":
            html = html[:position]
        elif action == "insert":
            snippet = data.draw(
                st.sampled_from(["<", ">", "</p>", "<div>", "<table>", "<script>", "\x00", "&#0;"])
                | st.text(max_size=30)
            )
            html = html[:position] + snippet + html[position:]
        else:
            html = html[:position] + html[position + data.draw(st.integers(0, 500)) :]
    return html


@settings(
    max_examples=60,
    deadline=3000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_fuzz_mutated_page_returns_body_or_raises(data):
    html = _mutate(data)
    try:
        body = extract_body(html, URL)
    except ExtractError:
        return
    assert isinstance(body, Body)
    assert body.text


@settings(max_examples=80, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000) | st.binary(max_size=3000).map(lambda b: b.decode("latin-1")))
def test_fuzz_random_text_returns_body_or_raises(html):
    try:
        body = extract_body(html, URL)
    except ExtractError:
        return
    assert isinstance(body, Body)


class TestHtmlToText:
    def test_blocks_become_paragraphs(self):
        html = "<h2>Title</h2><p>One  two\nthree.</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p>"
        assert html_to_text(html) == "Title\n\nOne two three.\n\na\n\nb\n\nx\ny"

    def test_inline_markup_does_not_split(self):
        assert html_to_text("<p>A <em>b</em> <a href='x'>c</a>, d.</p>") == "A b c, d."

    def test_nested_blocks_and_loose_text(self):
        html = "<div>loose <div><p>inner</p></div> tail</div>"
        assert html_to_text(html) == "loose\n\ninner\n\ntail"

    def test_empty(self):
        assert html_to_text("") == ""
        assert html_to_text("<p> </p><p>\u200b</p>") == ""

    def test_entities_are_decoded(self):
        assert html_to_text("<p>caf&eacute; &amp; bar</p>") == "café & bar"


def test_text_never_has_invisible_paragraphs():
    page = "<html><body><article>" + PARAGRAPH * 4 + "<p>\u200b</p><p>&nbsp;</p>"
    page += PARAGRAPH * 2 + "</article></body></html>"
    text = extract_body(page, URL).text
    assert all(re.search(r"\w", paragraph) for paragraph in text.split("\n\n"))


def test_aggregator_page_in_english_keeps_only_the_wrapped_article():
    body = extract_body(fixture("aggregator_en.html"), "https://newshub.example/story/123")
    paragraphs = body.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The harbour authority will replace")
    assert paragraphs[-1].startswith("Regular passengers welcomed the plan")
    for furniture in (
        "Top stories", "Sign in", "Share", "Facebook", "LinkedIn", "Copy link",
        "Continue reading", "Trending", "Chip maker delays", "5 min ago", "2 hours ago",
        "NewsHub aggregates", "Terms of use",
    ):  # fmt: skip
        assert furniture not in body.text, furniture
        assert furniture not in body.html, furniture


def test_links_follow_the_base_element():
    page = (
        '<html><head><base href="https://cdn.example.org/m/"></head><body><article>'
        + PARAGRAPH * 3
        + '<p>The minutes are <a href="minutes.html">on the council site</a> for anyone to '
        "read, together with the budget tables and the list of amendments.</p>"
        + "</article></body></html>"
    )
    body = extract_body(page, URL)
    assert 'href="https://cdn.example.org/m/minutes.html"' in body.html


def test_a_wrapper_named_like_furniture_is_kept_when_it_holds_the_article():
    page = (
        '<html><body><div id="comments-enabled" class="post has-comments social-ready">'
        "<article>" + PARAGRAPH * 4 + "</article></div>"
        '<div class="comments"><p>First! This is a comment nobody should clip here.</p></div>'
        "</body></html>"
    )
    body = extract_body(page, URL)
    assert body.text.count("The council met on Monday") == 4
    assert "First!" not in body.text
