"""The byline: JSON-LD and meta authors, then byline markup and "By …" lines near the headline."""

from __future__ import annotations

import re
from collections.abc import Callable

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
_BYLINE_PREFIX = re.compile(
    r"^(?i:(?:(?:written|posted|reported|text|testo|texte|analysis|opinion|commentary|story"
    r"|words|photos?|video)\s+)?(?:by|a\s+cura\s+di|par|von|por|door|af|av))\s*:?\s+"
    r"|^(?i:dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)(?:\s+(?:a|da|in)\s+\S+)?"
    r"|de\s+notre\s+(?:envoyée?\s+spéciale?|correspondante?)(?:\s+à\s+\S+)?"
    r"|von\s+unsere[mr]\s+(?:korrespondent(?:en|in)?|reporter(?:in)?)"
    r"|from\s+our\s+(?:own\s+)?correspondent(?:\s+in\s+\S+)?)\s*,?\s+"
    r"|^(?:di|da|de)\s+|^(?:Di|Da|De)\s+(?=\S+\s+\S)"
)
_BYLINE_WORD_ALONE = frozenset({"by", "di", "da", "de", "par", "von", "por", "door", "and"})
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
# "Jeff FoustMonday, November 18, 2019": a date glued to the name by the markup.
_GLUED_DATE = re.compile(
    r"(?<=[a-z])(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+\d)"
)
LINE_PARTS = re.compile(r"\s+[|·•\u2013\u2014-]\s+|\s*[|·•]\s*")
_AUTHOR_TAIL = re.compile(
    r"\s*[|·•,-]\s*(?:updated|aggiornato|mis à jour|aktualisiert|actualizado|atualizado"
    r"|bijgewerkt|published|pubblicato|publié).*$|\s+[\u2013\u2014|-]\s+.*$",
    re.IGNORECASE,
)
# Job titles after a name in a byline ("Sarah Hughes, Local Democracy Reporter").
_JOB_TITLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|journalist"
    r"|redazione|redattore|corrispondente|inviat[oa]|giornalista|rédaction|journaliste"
    r"|envoyée?|redaktion|redakteur(?:in)?|korrespondent(?:in)?|redacción|corresponsal"
    r"|redação|redactie|correspondent|agency|agenzia|agence)\b",
    re.IGNORECASE,
)


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
    """Split, clean and de-duplicate bylines; drop URLs, job titles and the site's name."""
    site_keys = {name_key(site_name), name_key(host), host_label(host)}
    site_keys |= {key.removeprefix("the") for key in site_keys}
    site_keys.discard("")
    result: list[str] = []
    for value in values:
        value = _AUTHOR_TAIL.sub("", _BYLINE_PREFIX.sub("", clean(value)))
        value = _BYLINE_END.split(_GLUED_DATE.split(value, maxsplit=1)[0], maxsplit=1)[0]
        if URL_LIKE.search(value) or "@" in value:
            continue
        for index, name in enumerate(_NAME_SPLIT.split(value)):
            name = _BYLINE_PREFIX.sub("", name.strip(" .:|·•-\u2013\u2014"))
            # "MARIA LOPEZ Staff Writer": keep the name before the job title; but in
            # "Sarah Hughes, Local Democracy Reporter" the second part is all title.
            job = _JOB_TITLE.search(name)
            if job and job.start() > 0 and index == 0:
                name = name[: job.start()].strip(" ,.")
                name = re.sub(r"\s+(?:(?i:staff|senior|chief|local|special|political))$", "", name)
                if len(name.split()) < 2:
                    continue  # "Ouest Rédaction" is a desk, not a person
            if name.isupper() and len(name) > 4:
                name = name.title()
            key = name_key(name)
            if (
                not key
                or key in site_keys
                or len(name) > 60
                or any(ch.isdigit() for ch in name)
                or name.lower() in _BYLINE_WORD_ALONE
                or _JOB_TITLE.search(name)
                or (not _NAME.match(name) and len(name.split()) > 4)
            ):
                continue
            result.append(name)
    return _distinct_names(result)[:10]


def _distinct_names(names: list[str]) -> list[str]:
    """Names without repeats, nor run-ons of another ("Anna MeninShare"), nor
    credentials after a person ("Ilana Muhlstein, MS, RDN")."""
    keys = [name_key(name) for name in names]
    has_person = any(" " in name for name in names)
    result: list[str] = []
    seen: set[str] = set()
    for name, key in zip(names, keys, strict=True):
        if key in seen:
            continue
        if any(
            other != key and key.startswith(other) and " " in names[i]
            for i, other in enumerate(keys)
        ):
            continue
        if has_person and " " not in name and name.isupper() and len(name) <= 4:
            continue
        seen.add(key)
        result.append(name)
    return result
