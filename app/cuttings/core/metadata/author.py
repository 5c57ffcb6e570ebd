"""The byline: JSON-LD and meta authors, then byline markup and "By …" lines near the headline."""

from __future__ import annotations

import re
from collections.abc import Callable

from cuttings.core.bylines import parse_bylines
from cuttings.core.metadata.content import (
    NEAR_AFTER,
    NEAR_BEFORE,
    distance_from_headline,
    near_headline,
)
from cuttings.core.metadata.page import URL_LIKE, Page, clean, host_label, json_names, name_key

_BYLINE_WORDS = re.compile(r"byline|author|autore|auteur|autor|firma|signature", re.IGNORECASE)


_BYLINE = re.compile(
    r"^(?i:(?:(?:written|posted|reported|text|testo|texte)\s+)?(?:by|di|a\s+cura\s+di|par|von"
    r"|por|door|de|da|af|av))\s*:?\s+(?P<names>[A-ZÀ-Þ][^\n]{1,100})$"
)
_NAME = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'\u2019.-]*)"
    r"(?:\s+(?:[A-ZÀ-Þ][\w'\u2019.-]*|d'|de|di|da|del|della|dei|van|von|der|den|le|la|du|dos"
    r"|das|do|y|ten|ter|op)){0,5}$"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bund\b|\bet\b|\be\b|\by\b|\ben\b|\bog\b)\s*")
# Where a byline runs into its date: "Par Jeanne Le Goff Publié le …",
# "Mike Wuerthele Monday, November 18, 2019", "Matthew Digby on Monday".
_BYLINE_END = re.compile(
    r"\s+(?=\d|(?:publi|pubblicat|aggiornat|updated|modifi|mis\s+à\s+jour|veröffentlicht"
    r"|aktualisiert|actualizad|atualizad|bijgewerkt|gepubliceerd|posted|ore\s)"
    r"|(?:le|il|am|el|em|op|on)\s+\d|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
LINE_PARTS = re.compile(r"\s+[|·•\u2013\u2014-]\s+|\s*[|·•]\s*")


def read_author(page: Page, site_name: str, host: str) -> str:
    stages: tuple[Callable[[], list[str]], ...] = (
        lambda: json_names(page, page.article.get("author")),
        lambda: json_names(page, page.article.get("creator")),
        lambda: _meta_authors(page),
        lambda: _visible_authors(page),
        lambda: _byline_lines(page),
    )
    for stage in stages:
        names = _person_names(stage(), site_name, host)
        if names:
            return ", ".join(names)
    return ""


def _meta_authors(page: Page) -> list[str]:
    for key in (
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "byl",
        "dc.creator",
        "dcterms.creator",
    ):
        values = [v for v in page.meta.get(key, []) if v and not URL_LIKE.search(v)]
        if values:
            return values
    return []


def _visible_authors(page: Page) -> list[str]:
    """Names in byline markup outside menus and sidebars (see :func:`.content.is_byline_markup`)."""
    found: list[str] = []
    elements = page.byline_elements[:500]
    if page.h1 is not None:
        # Next to the headline; "more from our writers" boxes sit further down.
        near = [
            e
            for e in elements
            if distance_from_headline(page, page.marks[e]) <= NEAR_AFTER + NEAR_BEFORE
        ]
        elements = near or elements[:3]
    for element in elements[:40]:
        if element.get("itemprop") == "author":
            name = element.xpath(".//*[@itemprop='name']/text() | .//*[@itemprop='name']/@content")
            if name:
                found.append(str(name[0]))
                continue
        text = element.text_content()
        if len(text) > 400:
            continue  # an author's biography box, not a byline
        text = clean(text)
        if text and len(text) <= 120 and not _BYLINE_WORDS.fullmatch(text):
            found.append(text)
    return found


def _byline_lines(page: Page) -> list[str]:
    """A "By …", "di …", "Par …", "Von …" line (or part of one) near the headline."""
    for _distance, line in near_headline(page, before=200, after=1200)[:25]:
        if len(line) > 160:
            continue
        for part in LINE_PARTS.split(line):
            match = _BYLINE.match(part.strip())
            if match:
                # "Par Jeanne Le Goff Publié le 15/03/2025": the byline ends at the date.
                text = _BYLINE_END.split(match["names"], maxsplit=1)[0]
                names = [n for n in _NAME_SPLIT.split(text) if n]
                if names and _NAME.match(names[0].strip(" .")):
                    return [text]
    return []


def _person_names(values: list[str], site_name: str, host: str) -> list[str]:
    """The people and credits in bylines (see :mod:`cuttings.core.bylines`), without
    URLs nor the site's own name."""
    site_keys = {name_key(site_name), name_key(host), host_label(host)}
    site_keys |= {key.removeprefix("the") for key in site_keys}
    site_keys.discard("")
    bylines = [value for value in values if not URL_LIKE.search(value)]
    return [name for name in parse_bylines(bylines) if name_key(name) not in site_keys]
