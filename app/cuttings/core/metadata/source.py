"""The original source of a story an aggregator republishes.

JSON-LD ``isBasedOn``, ``original-source``/``syndication-source`` metas and
links, "Continua a leggere su X" / "Continue reading at X" links, "Fonte: X" /
"Source: X" lines inside the story's container, a canonical URL on another
publisher's host; else the site name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cuttings.core.metadata.author import LINE_PARTS
from cuttings.core.metadata.content import limited
from cuttings.core.metadata.dates import find_dates
from cuttings.core.metadata.links import read_canonical_url
from cuttings.core.metadata.page import (
    URL_LIKE,
    Page,
    clean,
    host_label,
    json_names,
    name_key,
    resolve_ref,
    safe_host,
    text_of,
)

# "Continue reading" alone is also how a site links its own next page or a
# related story ("Read more: <headline>"), so those phrases only name a source
# with a preposition ("… at Reuters"); "original article" ones need none.
_READ_MORE = re.compile(
    r"(?:(?P<generic>continua(?:re)?\s+a\s+leggere|leggi\s+(?:l'articolo\s+completo|tutto"
    r"|l'intero\s+articolo|la\s+notizia)|continue\s+reading|read\s+(?:more|the\s+full\s+"
    r"(?:article|story)|the\s+(?:article|story))|full\s+(?:story|article)"
    r"|lire\s+la\s+suite|lire\s+l'article(?:\s+complet)?|weiterlesen|mehr\s+lesen"
    r"|zum\s+(?:vollständigen\s+)?artikel|(?:seguir|sigue|continuar)\s+leyendo"
    r"|leer\s+(?:más|el\s+artículo(?:\s+completo)?)|continu(?:e|ar)\s+(?:a\s+)?ler"
    r"|leia\s+(?:mais|a\s+(?:matéria|notícia)(?:\s+completa)?)|lees\s+(?:verder|meer|het"
    r"\s+(?:hele\s+)?artikel))"
    r"|(?P<original>originally\s+published|originariamente\s+pubblicato|pubblicato\s+"
    r"originariamente|(?:leggi\s+l')?articolo\s+originale|read\s+the\s+original(?:\s+article"
    r"|\s+story)?|original\s+(?:article|story)|lire\s+l'article\s+original"
    r"|artículo\s+original|originalartikel|oorspronkelijk\s+artikel))"
    r"\s*(?P<prep>(?:su(?:l(?:l[ao']?)?)?|on|at|in|by|via|from|sur|chez|dans|auf|bei|en|em"
    r"|no|na|op|bij)\b\s*)?:?\s*(?P<name>[^\n]{0,80})",
    re.IGNORECASE,
)
# Plain substrings, one of which every _READ_MORE phrase contains: finding
# them is much faster than running the regex over a whole page.
_READ_MORE_WORDS = (
    "continu",
    "read",
    "leggi",
    "lire",
    "weiterlesen",
    "lesen",
    "artikel",
    "leyendo",
    "leer",
    "leia",
    "lees",
    "original",
    "full story",
    "full article",
    "published",
    "pubblicato",
)
_CREDIT = re.compile(
    r"^\(?(?:(?:source|sources|fonte|fonti|quelle|fuente|bron|kilde|källa|via)\s*:"
    r"|(?:articolo\s+)?tratto\s+da\s*:?|courtesy\s+of\s*:?"
    r"|originally\s+published\s+(?:by|in|at|on)\s*:?)\s*(?P<name>[^\n]{2,80}?)\)?$",
    re.IGNORECASE,
)
# "… e lo ha annunciato ieri. (Fonte: ANSA)" at the end of the last paragraph.
_CREDIT_AT_END = re.compile(
    r"\((?:source|fonte|quelle|fuente|bron|via)\s*:\s*(?P<name>[^()\n]{2,60})\)\s*$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(?:qui|here|ici|hier|aquí|aqui|clicca|click|»|→|>|\.\.\.|…|the\s+original|l'originale"
    r"|original|articolo|article|artikel|artículo)\b",
    re.IGNORECASE,
)


def read_source(page: Page, site_name: str, host: str) -> str:
    """The publisher the page credits, if it is not the site itself."""
    own = {name_key(site_name), name_key(host), host_label(host)} - {""}
    for candidate in _source_candidates(page):
        name = clean(candidate).strip(" :.,;»«\"'\u201c\u201d→>\u2026-\u2013\u2014|()[]")
        name = _SOURCE_TAIL.sub("", name).strip(" :.,;")
        dates = find_dates(name)
        if dates:
            name = name[: dates[0].start].strip(" :.,;-\u2013\u2014")
        name = name.removeprefix("the ")  # "published by the Evening Post"; not "The Times"
        if not name or len(name) > 60 or len(name.split()) > 8:
            continue
        if URL_LIKE.search(name) and "://" in name:
            name = safe_host(name)
        key = name_key(name)
        # "Source: Al Jazeera News" on Al Jazeera, "Live Science" on livescience.com.
        if not key or any(key.startswith(site) or site.startswith(key) for site in own):
            continue
        return name
    return ""


# What follows a publisher's name in a credit: "… by clicking here", "… »",
# ", October 25, 2019".
_SOURCE_TAIL = re.compile(
    r"\s*(?:»|→|>|\u2026|\.\.\.)+\s*$|\s+(?:by\s+)?click(?:ing)?\s+here.*$|\s+here\s*$"
    r"|,?\s+(?:\d{1,2}\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+)?\d{1,4}(?:[,/.-]\s*\d{1,4}){1,2}.*$",
    re.IGNORECASE,
)


def _source_candidates(page: Page) -> Iterator[str]:
    based_on = page.article.get("isBasedOn") or page.article.get("isBasedOnUrl")
    for item in based_on if isinstance(based_on, list) else [based_on]:
        item = resolve_ref(page, item)
        if isinstance(item, dict):
            yield from json_names(page, item.get("publisher"))
            yield from json_names(page, item.get("sourceOrganization"))
            item = item.get("url") or item.get("@id")
        if isinstance(item, str) and item.startswith("http"):
            yield _link_name(page, item) or safe_host(item)
    yield from json_names(page, page.article.get("sourceOrganization"))
    for key in (
        "original-source",
        "syndication-source",
        "dc.source",
        "dcterms.source",
        "article:source",
        "source",
    ):
        for value in page.meta.get(key, []):
            if value.startswith("http"):
                yield _link_name(page, value) or safe_host(value)
            elif value:
                yield value
    if page.root is None:
        return
    for link in page.root.xpath("//link[@rel='original-source' or @rel='syndication-source']"):
        href = link.get("href") or ""
        if href.startswith("http"):
            yield safe_host(href)
    yield from _read_more_links(page)
    for line in page.content[page.region[0] : page.region[1]].split("\n"):
        line = line.strip()
        if len(line) > 160:
            match = _CREDIT_AT_END.search(line)
            if match:
                yield match["name"]
            continue
        # "di Redazione | Fonte: ANSA": the credit may share a line with the byline.
        for part in LINE_PARTS.split(line) if len(line) > 100 or "|" in line else [line]:
            match = _CREDIT.match(part.strip())
            if match:
                yield match["name"]
    # A page whose canonical URL is another publisher's is a copy of its story.
    canonical = read_canonical_url(page)
    own_label = host_label(safe_host(page.url))
    if canonical and own_label and host_label(safe_host(canonical)) != own_label:
        yield _link_name(page, canonical) or safe_host(canonical)


def _read_more_links(page: Page) -> Iterator[str]:
    """Names from "Continua a leggere su X" / "Continue reading at X" links."""
    assert page.root is not None
    lowered = page.content.lower()
    if not any(word in lowered for word in _READ_MORE_WORDS):
        return  # the phrase is in the visible text whenever such a link is
    page_host = safe_host(page.url)
    start, end = page.region
    links = [link for link in limited(page.root.iter("a"), 2000) if page.marks.get(link, -1) >= 0]
    # Links in the story first, then those elsewhere outside menus and sidebars.
    links.sort(key=lambda link: not start <= page.marks[link] < end)
    for link in links:
        parent = link.getparent()
        around = text_of(parent) if parent is not None else ""
        text = text_of(link)
        # A publisher's logo as the link: its alt text is the name.
        link_text = text or clean(" ".join(link.xpath(".//img/@alt")[:1]))
        if len(around) > 300:
            around = link_text
        match = _READ_MORE.search(around)
        if not match:
            continue
        name = match["name"].strip()
        after = around[match.start() :]
        # "Continua a leggere su <a>Corriere della Sera</a>", or "… su <a><img alt=…></a>"
        # (an image link names the source only where the phrase itself names none:
        # the site's own logo next to a phrase that does is not the source).
        named_by_image = not text and not name
        if (
            link_text
            and (link_text in after or named_by_image)
            and not _READ_MORE.search(link_text)
        ):
            name = link_text
        unnamed = not name or bool(_NOT_A_NAME.match(name))
        if match["generic"] and not match["prep"] and not unnamed:
            continue  # "Read more: <a>Another headline</a>"
        href = link.get("href") or ""
        if unnamed or (URL_LIKE.search(name) and "://" in name):
            host = safe_host(href) if href.startswith("http") else ""
            name = host if host != page_host else ""
        if name:
            yield name


def _link_name(page: Page, url: str) -> str:
    """The text of a link to ``url``'s site on the page, when it names a publisher."""
    host = safe_host(url)
    if page.root is None or not host:
        return ""
    for link in page.root.iter("a"):
        href = link.get("href") or ""
        if href.startswith("http") and safe_host(href) == host:
            match = _READ_MORE.search(text_of(link))
            if match and match["name"] and not _NOT_A_NAME.match(match["name"]):
                return match["name"]
    return ""
