"""The page's visible text, flattened once, with the headline's place in it.

Dates, bylines and "Source:" lines are looked for in this text, near the
headline; menus, sidebars, related lists and footers are left out so that what
they say about other stories does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from cuttings.core.metadata.page import Page, clean, json_text, name_key, squash, text_of

_SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "option",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "form",
        "nav",
        "aside",
        "figcaption",
        "dialog",
        "object",
        "video",
        "audio",
        "canvas",
        "map",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "br",
        "tr",
        "td",
        "th",
        "table",
        "tbody",
        "thead",
        "figure",
        "blockquote",
        "dd",
        "dt",
        "dl",
        "hr",
        "address",
        "body",
        "center",
        "pre",
    }
)
# Class and id words of the parts of a page that are not the article: a date
# or a publisher named there belongs to some other story.
_BOILERPLATE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:sidebar|side|rail|related|correlati|widget|widgets|menu|nav|navbar|navigation"
    r"|footer|cookie|cookies|consent|gdpr|banner|share|sharing|social|comment|comments|newsletter"
    r"|promo|advert|adv|ads|ad|sponsor|sponsored|most-read|mostread|popular|trending|breadcrumb"
    r"|breadcrumbs|subscribe|paywall|outbrain|taboola|recirc|recommended|masthead|topbar"
    r"|top-bar|ticker|latest|ultimora|ultime|leggi-anche|also|more-news|morenews|teaser"
    r"|lateral|correlat[ie]|piu-letti|gerelateerd|meistgelesen|lo-mas-leido|mas-leidas"
    r"|veja-tambem|mais-lidas|lire-aussi|a-lire-aussi|a-la-une|randspalte|seitenleiste"
    r"|teasers|headlines|tags|modal|popup|login|caption|credit|credits)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MIN_STORY = 400


def read_content(page: Page) -> None:
    """Flatten the page's visible text, leaving out menus, sidebars and footers.

    Dates, bylines and "Source:" lines are looked for in this text, near the
    headline; what lies in a sidebar of other stories must not count.
    """
    assert page.root is not None
    page.h1 = _pick_h1(page)
    keep: set[HtmlElement] = set()
    if page.h1 is not None:
        keep.update(page.h1.iterancestors())
    parts: list[str] = []
    ends: dict[HtmlElement, int] = {}
    size = 0
    walker = etree.iterwalk(page.root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag:
                walker.skip_subtree()
                continue
            if element not in keep and _is_boilerplate(element, tag):
                walker.skip_subtree()
                page.marks[element] = -1
                continue
            if tag in _BLOCK_TAGS:
                parts.append("\n")
                size += 1
            page.marks[element] = size
            if is_byline_markup(element):
                page.byline_elements.append(element)
            if element.text:
                text = squash(element.text)
                parts.append(text)
                size += len(text)
        else:
            if tag in _BLOCK_TAGS and page.marks.get(element, 0) >= 0:
                parts.append("\n")
                size += 1
            if element is page.h1:
                page.h1_end = size
            elif element in keep:
                ends[element] = size
            if element.tail and element is not page.root:
                tail = squash(element.tail)
                parts.append(tail)
                size += len(tail)
        if size > 2_000_000:
            break
    page.content = "".join(parts)
    page.region = (0, len(page.content))
    if page.h1 is not None:
        page.h1_at = page.marks.get(page.h1, -1)
        # The story is the headline's closest container holding some text of its
        # own; a credit line outside it belongs to another story.
        for ancestor in page.h1.iterancestors():
            start, end = page.marks.get(ancestor, -1), ends.get(ancestor, -1)
            if start >= 0 and end - start >= page.h1_end - page.h1_at + _MIN_STORY:
                page.region = (start, end)
                break


def _is_boilerplate(element: HtmlElement, tag: str) -> bool:
    if tag in _SKIPPED_TAGS:
        return True
    if tag in {"html", "body", "main", "article"}:
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if tag == "footer" and not any(a.tag == "article" for a in element.iterancestors()):
        return True
    if tag == "header" and not any(a.tag == "article" for a in element.iterancestors()):
        # The site's masthead (often with today's date), unless the headline is in it.
        return next(element.iter("h1"), None) is None
    words = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    return bool(words.strip()) and bool(_BOILERPLATE_WORDS.search(words))


def _pick_h1(page: Page) -> HtmlElement | None:
    """The page's headline element: the heading that best matches the title.

    Old layouts put the site's logo in an ``<h1>`` and the headline in an
    ``<h2>``; modern ones may have several ``<h1>``.  The heading making up
    most of og:title / <title> wins; failing that, the first ``<h1>`` in an
    ``<article>`` or ``<main>``.
    """
    assert page.root is not None
    h1s = [h for h in page.root.iter("h1") if clean(h.text_content())]
    others = page.root.xpath("//*[@itemprop='headline'] | //h2")[:40]
    wanted = {
        name_key(value)
        for value in (
            page.first_meta("og:title", "twitter:title"),
            json_text(page.article.get("headline")),
            text_of(page.root.find(".//title")),
        )
        if value
    } - {""}
    best: tuple[float, int] | None = None
    chosen: HtmlElement | None = None
    for order, heading in enumerate([*h1s, *others]):
        key = name_key(heading.text_content())
        if not key:
            continue
        share = max((len(key) / len(title) for title in wanted if key in title), default=0.0)
        score = (share, -order)
        if share >= 0.4 and (best is None or score > best):
            best, chosen = score, heading
    if chosen is not None:
        return chosen
    for heading in h1s:
        if any(a.tag in {"article", "main"} for a in heading.iterancestors()):
            return heading
    if h1s:
        return h1s[0]
    return next((h for h in others if h.get("itemprop") == "headline"), None)


def limited(elements: Iterator[HtmlElement], count: int) -> Iterator[HtmlElement]:
    """The first ``count`` elements: a page with 20,000 links is a list, not a story."""
    for index, element in enumerate(elements):
        if index >= count:
            return
        yield element


NEAR_AFTER = 2500
NEAR_BEFORE = 400


def near_headline(
    page: Page, before: int = NEAR_BEFORE, after: int = NEAR_AFTER
) -> list[tuple[int, str]]:
    """The visible lines around the headline with their closeness, closest first.

    Lines after the headline come first (dateline, byline), then those just
    above it (kicker, section, date bar); see :func:`distance_from_headline`.
    """
    result: list[tuple[int, str]] = []
    start = max(page.h1_end, 0)
    offset = start
    for line in page.content[start : start + after].split("\n"):
        if line.strip():
            result.append((distance_from_headline(page, offset), line.strip()))
        offset += len(line) + 1
    if page.h1_at > 0:
        offset = page.h1_at
        for line in reversed(page.content[max(0, page.h1_at - before) : page.h1_at].split("\n")):
            offset -= len(line) + 1
            if line.strip():
                result.append((distance_from_headline(page, max(offset, 0)), line.strip()))
    return result


def distance_from_headline(page: Page, offset: int) -> int:
    """How far ``offset`` is from the headline; anything below it is closer than above."""
    if offset >= page.h1_end:
        return offset - page.h1_end
    return NEAR_AFTER + (page.h1_at - offset if page.h1_at >= 0 else offset)


def is_byline_markup(element: HtmlElement) -> bool:
    if "author" in (element.get("rel") or "").split() or element.get("itemprop") == "author":
        return True
    classes = element.get("class")
    return bool(classes) and bool(_BYLINE_CLASS.search(classes))


_BYLINE_CLASS = re.compile(r"author|byline|firma|autor|auteur", re.IGNORECASE)
