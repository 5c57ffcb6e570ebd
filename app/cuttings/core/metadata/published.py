"""The published date.

JSON-LD ``datePublished`` of the page's own article, then
``article:published_time`` and the other date metas, then ``<time>`` elements
and dates written near the headline, ranked "said to be published" > a
dateline > a date inside a sentence > "updated", then by distance from the
headline (below it before above it).  A date-only meta is completed by the time
written next to the same day on the page.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from cuttings.core.metadata.content import (
    NEAR_AFTER,
    distance_from_headline,
    limited,
    near_headline,
)
from cuttings.core.metadata.dates import find_dates, parse_published_date
from cuttings.core.metadata.page import Page, json_text, text_of

_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "article.published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.date",
    "dc.date",
    "dcterms.created",
    "dc.date.created",
    "cxenseparse:recs:publishtime",
    "article:published",
    "date",
    "created",
    "live_date",
)
_PUBLISHED_WORDS = re.compile(
    r"(?:published|posted|first\s+published|pubblicat[oa]|publiée?|veröffentlicht|erschienen"
    r"|publicad[oa]|gepubliceerd|geplaatst)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
_UPDATED_WORDS = re.compile(
    r"(?:updated|modified|aggiornat[oa]|ultimo aggiornamento|modifié|mis à jour|mise à jour"
    r"|aktualisiert|geändert|actualizado|actualización|atualizado|atualização|bijgewerkt"
    r"|gewijzigd)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)


def read_published_at(page: Page, locale: str) -> str | None:
    found = _parse(json_text(page.article.get("datePublished")), locale)
    found = found or _parse(page.first_meta(*_DATE_METAS), locale)
    if page.root is None:
        return found
    if found is None:
        for element in page.root.xpath("//*[@itemprop='datePublished'][not(self::meta)]")[:3]:
            value = element.get("content") or element.get("datetime") or text_of(element)
            found = _parse(value, locale)
            if found:
                break
    if found and "T" in found:
        return found
    # A date alone in the markup, the time often only on the page: keep the most precise.
    # A date on the page after tomorrow is an event ("dal 1 marzo"), a phone
    # number read as a date, or a typo, not when the story was published.
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    candidates = [
        (rank, value)
        for rank, value in _time_elements(page, locale) + _visible_dates(page, locale)
        if value[:10] <= tomorrow
    ]
    # At about the same place, the more precise wins: <time datetime> over its own
    # text (it has the offset), "22/02/2025 14:49" over "22/02/2025".
    candidates.sort(key=lambda item: (item[0] // 100, -len(item[1]), item[0]))
    visible = candidates[0][1] if candidates else None
    if found is None:
        return visible or _parse(json_text(page.article.get("dateCreated")), locale)
    for _rank, value in candidates:
        if value.startswith(found) and len(value) > len(found):
            return value
    return found


def _parse(value: str, locale: str) -> str | None:
    return parse_published_date(value, locale) if value else None


# Ranks of a date on the page, best first: said to be the publication date; a
# dateline near the headline; inside a sentence (a standfirst announcing "from
# 1 March 2025"); said to be an update.
_PUBLISHED, _NEAR, _IN_TEXT, _UPDATED = 0, 1, 2, 3
_RANK = 10**7


def _time_elements(page: Page, locale: str) -> list[tuple[int, str]]:
    """``<time>`` elements outside menus and sidebars, ranked as :func:`_visible_dates`."""
    assert page.root is not None
    candidates: list[tuple[int, str]] = []
    for element in limited(page.root.iter("time"), 100):
        at = page.marks.get(element, -1)
        if at < 0:
            continue
        value = _parse(element.get("datetime") or "", locale) or _parse(text_of(element), locale)
        if value is None:
            continue
        hints = " ".join(
            f"{a.get('class') or ''} {a.get('itemprop') or ''} {a.get('id') or ''}"
            for a in (element, element.getparent())
            if a is not None
        ).lower()
        context = page.content[max(0, at - 40) : at]
        if "publish" in hints or "pubdate" in hints or _PUBLISHED_WORDS.search(context):
            rank = _PUBLISHED  # WordPress marks an unedited post "published updated"
        elif "modif" in hints or "updat" in hints or _UPDATED_WORDS.search(context):
            rank = _UPDATED
        else:
            rank = _NEAR
        candidates.append((rank * _RANK + distance_from_headline(page, at), value))
    return candidates


def _visible_dates(page: Page, locale: str) -> list[tuple[int, str]]:
    """Dates written near the headline ("22/02/2025 14:49", "22 febbraio 2025")."""
    candidates: list[tuple[int, str]] = []
    for closeness, line in near_headline(page)[:60]:
        if len(line) > 300:
            continue  # a paragraph of the article: dates there are about the news
        for found in find_dates(line, locale):
            before = line[: found.start]
            if _UPDATED_WORDS.search(before):
                rank = _UPDATED
            elif _PUBLISHED_WORDS.search(before):
                rank = _PUBLISHED
            elif len(line) - (found.end - found.start) <= 50:
                rank = _NEAR
            else:
                rank = _IN_TEXT
            # Where the date itself is, to compare with <time> elements on the same line.
            if closeness < NEAR_AFTER:
                at = closeness + found.start
            else:
                at = max(NEAR_AFTER, closeness - found.start)
            candidates.append((rank * _RANK + at, found.iso))
    return candidates
