"""Fuzzing the cleaning stage: any page gives an Article or a CuttingsError, quickly.

``build_article`` runs on whatever a server sends.  Random text and mutated
fixture pages (cut short, turned to tag soup, nested thousands deep, given
megabyte attributes, sprinkled with NULs and random unicode) must end in an
:class:`Article` with inert HTML or an expected :class:`CuttingsError`, never
another exception and never a hang: each input runs under a hard alarm on top
of hypothesis' deadline, which only measures inputs that finish.
"""

import contextlib
import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.core.article import Article
from cuttings.core.clipping import build_article
from cuttings.core.errors import CuttingsError
from cuttings.core.sanitize import sanitize_html

from .hostile_pages import PAYLOADS, article_page, inert_problems

FIXTURE = (Path(__file__).parents[1] / "fixtures" / "site" / "portale-manovra.html").read_text(
    encoding="utf-8"
)
SEEDS = [FIXTURE, article_page(PAYLOADS[0]), article_page(PAYLOADS[40])]
URL = "https://news.example.org/2025/03/story"
HARD_LIMIT_S = 20
FUZZ = settings(
    max_examples=120,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
TAGS = [
    "p", "div", "a", "img", "table", "tr", "td", "script", "style", "svg", "math", "b", "i",
    "form", "iframe", "li", "ul", "h1", "article", "noscript", "template", "select", "title",
    "head", "body", "html", "meta", "base", "xmp", "plaintext", "textarea", "frameset",
]  # fmt: skip


class Hang(Exception):
    pass


@contextlib.contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def fire(_signum: int, _frame: object) -> None:
        raise Hang(f"build_article ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(html: str) -> str:
    """Run the pipeline's cleaning stage; return 'article' or 'error'."""
    with alarm(HARD_LIMIT_S):
        try:
            article = build_article(html, URL)
        except CuttingsError:
            return "error"
    assert isinstance(article, Article)
    assert article.title.strip()
    assert inert_problems(article.html) == []
    return "article"


# -- strategies -------------------------------------------------------------------

attribute = st.tuples(
    st.sampled_from(["href", "src", "onclick", "style", "class", "title", "srcset", "x"]),
    st.one_of(st.text(max_size=30), st.just("javascript:alert(1)")),
)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "void"]))
        if kind == "text":
            parts.append(draw(st.text(max_size=40)))
        elif kind == "close":
            parts.append(f"</{tag}>")
        else:
            attrs = " ".join(f'{k}="{v}"' for k, v in draw(st.lists(attribute, max_size=3)))
            parts.append(f"<{tag} {attrs}{'/' if kind == 'void' else ''}>")
    return "".join(parts)


@st.composite
def mutated_page(draw: st.DrawFn) -> str:
    page = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        mutation = draw(
            st.sampled_from(["truncate", "soup", "nest", "attribute", "nul", "unicode", "cut"])
        )
        at = draw(st.integers(0, len(page)))
        if mutation == "truncate":
            page = page[:at]
        elif mutation == "soup":
            page = page[:at] + draw(tag_soup()) + page[at:]
        elif mutation == "nest":
            tag = draw(st.sampled_from(["div", "b", "table", "li", "span", "a", "svg"]))
            depth = draw(st.integers(10, 5_000))
            page = page[:at] + f"<{tag}>" * depth + "deep " * 30 + page[at:]
        elif mutation == "attribute":
            size = draw(st.integers(1_000, 300_000))
            name = draw(st.sampled_from(["title", "href", "style", "data-x", "src"]))
            page = page[:at] + f'<p {name}="{"a" * size}">big</p>' + page[at:]
        elif mutation == "nul":
            page = page[:at] + "\x00" * draw(st.integers(1, 50)) + page[at:]
        elif mutation == "unicode":
            page = page[:at] + draw(st.text(min_size=1, max_size=200)) + page[at:]
        else:
            end = draw(st.integers(at, len(page)))
            page = page[:at] + page[end:]
    return page


# -- tests ---------------------------------------------------------------------------


def test_seeds_are_articles():
    assert [check(seed) for seed in SEEDS] == ["article"] * len(SEEDS)


@pytest.mark.parametrize(
    ("name", "strategy"),
    [
        ("random text", st.text(max_size=2_000)),
        ("tag soup", tag_soup()),
        ("mutated pages", mutated_page()),
    ],
)
def test_build_article_returns_an_article_or_an_expected_error(name, strategy):
    outcomes: list[str] = []

    @FUZZ
    @given(strategy)
    def run(html: str) -> None:
        outcomes.append(check(html))

    run()
    print(f"{name}: {len(outcomes)} inputs, {outcomes.count('article')} articles")
    assert len(outcomes) >= 100


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 200_000 + "word " * 100,
        "<table><tr><td>" * 5_000 + "word " * 100,
        "<b><i><u>" * 30_000 + "word " * 100,
        f'<p title="{"x" * 20_000_000}">hi</p>' + FIXTURE,
        FIXTURE.replace("<", "\x00<"),
        FIXTURE * 400,
        "\ud800\udfff" * 1000 + FIXTURE,
        "<" * 1_000_000,
        "&#" * 500_000,
        "<p>" + "word &amp; " * 100_000,
    ],
    ids=["div-200k", "table-5k", "inline-90k", "20MB-attribute", "nul-everywhere", "fixture-x400",
         "lone-surrogates", "million-lt", "entity-soup",
         "entities-in-one-text"],
)  # fmt: skip
def test_extreme_pages_end_quickly(page):
    check(page)


# -- the sanitizer on its own: random markup built from hostile pieces ------------------

SCHEMES = [
    "javascript:",
    "JaVaScRiPt:",
    "vbscript:",
    "data:text/html,",
    "java\tscript:",
    "&#106;avascript:",
    "jav&#x09;ascript:",
    " \x01javascript:",
    "//evil.example/",
    "http://ok.example/",
    "https://ok.example/",
    "mailto:x@y.z",
    "",
    "blob:",
    "file:///",
]
ATTRIBUTES = [
    "href",
    "src",
    "srcset",
    "style",
    "onerror",
    "onload",
    "xlink:href",
    "action",
    "formaction",
    "background",
    "poster",
    "data",
    "cite",
    "ping",
    "title",
    "alt",
    "width",
    "height",
    "class",
    "id",
    "lowsrc",
    "dynsrc",
]
HOSTILE_TAGS = [*TAGS, "img", "a", "svg", "math", "mtext", "mglyph", "style", "object", "embed",
                "link", "meta", "base", "input", "video", "audio", "source", "picture", "q",
                "blockquote", "image", "animate", "set", "use", "foreignObject"]  # fmt: skip


@st.composite
def hostile_markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 25))):
        tag = draw(st.sampled_from(HOSTILE_TAGS))
        attrs = []
        for _ in range(draw(st.integers(0, 3))):
            name = draw(st.sampled_from(ATTRIBUTES))
            value = draw(st.sampled_from(SCHEMES)) + draw(
                st.sampled_from(["x", "alert(1)", "a.png", "url(http://t.example/b)"])
            )
            quote = draw(st.sampled_from(['"', "'", ""]))
            attrs.append(f"{name}={quote}{value}{quote}")
        parts.append(f"<{tag} {' '.join(attrs)}>{draw(st.text(max_size=10))}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "".join(parts)  # fmt: skip


def test_sanitizer_output_is_inert_for_hostile_markup():
    seen: list[int] = []

    @settings(FUZZ, max_examples=300)
    @given(hostile_markup())
    def run(markup: str) -> None:
        seen.append(1)
        cleaned = sanitize_html(markup, URL)
        assert inert_problems(cleaned) == [], (markup, cleaned)

    run()
    print(f"sanitizer: {len(seen)} hostile inputs")
    assert len(seen) >= 250
