"""A clipping's metadata: headline, site, original source, byline, date, language.

Everything is read from one lxml parse of the fetched page: JSON-LD first
(publishers fill it for search engines), then OpenGraph and other metas, then
what a reader sees near the headline.  Aggregator pages that republish another
paper's story are common in press reviews, so the original publisher they
credit ("Continua a leggere su …", "Source: …", JSON-LD ``isBasedOn``) is kept
apart from the site that was fetched.

Dates are parsed by hand rather than with dateparser: it takes tens of
milliseconds per string and guesses the month/day order from its own settings,
while a clipping must never turn 03/04/2025 on an Italian page into March 4th.
The rules:

* ``a/b/yyyy`` is day-first, except on en-US pages or when only the
  month-first reading is possible (``02/22/2025``);
* an offset is kept when the page gives one (``Z`` becomes ``+00:00``) and
  never invented;
* a date alone stays a date: ``2025-02-22``, not ``2025-02-22T00:00:00``.

Where each field comes from, first found wins:

* published date: JSON-LD ``datePublished`` of the page's own article, then
  ``article:published_time`` and the other date metas, then ``<time>``
  elements and dates written near the headline, ranked "said to be published"
  > a dateline > a date inside a sentence > "updated", then by distance from
  the headline (below it before above it).  A date-only meta is completed by
  the time written next to the same day on the page.
* source: JSON-LD ``isBasedOn``, ``original-source``/``syndication-source``
  metas and links, "Continua a leggere su X" / "Continue reading at X" links,
  "Fonte: X" / "Source: X" lines inside the story's container, a canonical URL
  on another publisher's host; else the site name.  Menus, sidebars, related
  lists and footers are left out of everything read from the visible text.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cuttings.core.bylines import parse_bylines
from cuttings.core.urls import site_host

__all__ = [
    "FoundDate",
    "Metadata",
    "extract_metadata",
    "find_dates",
    "parse_published_date",
    "strip_site_name",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a press clipping records about an article besides its text.

    ``source`` is the original publisher when the page credits one (an
    aggregator republishing a newspaper's story), otherwise ``site_name``.
    ``published_at`` is ISO 8601 as precise as the page allows: a date, a local
    time, or a time with its offset.
    """

    title: str
    site_name: str
    source: str
    author: str
    published_at: str | None
    language: str
    lead_image: str
    description: str
    canonical_url: str


# --- Dates --------------------------------------------------------------------

_MONTHS: dict[str, int] = {}


def _add_months(*names_by_month: str) -> None:
    for number, names in enumerate(names_by_month, start=1):
        for name in names.split():
            _MONTHS[name] = number


# en, it, fr, de, es, pt, nl: full names and the usual abbreviations.
_add_months(
    "january jan gennaio gen janvier janv januar jänner jän enero ene janeiro januari",
    "february feb febbraio février fevrier févr fevr februar febrero fevereiro fev februari",
    "march mar marzo mars märz maerz mär mrz março marco maart mrt",
    "april apr aprile avril abril abr",
    "may maggio mag mai mayo maio mei",
    "june jun giugno giu juin juni junio junho",
    "july jul luglio lug juillet juil juli julio julho",
    "august aug agosto ago août aout augustus",
    "september sep sept settembre set septembre septiembre setiembre setembro",
    "october oct ottobre ott octobre oktober okt octubre outubro out",
    "november nov novembre noviembre novembro",
    "december dec dicembre dic décembre decembre dezember dez diciembre dezembro",
)

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_TZ = (
    r"(?:\s*(?P<tz>Z(?![a-zA-Z])|[+-]\d{2}:?\d{2}(?!\d)"
    r"|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?))?"
)
_CLOCK = (
    r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\.\d+)?(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![a-z]))?(?:\s*uhr)?" + _TZ
)

_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
    r"(?:[T ]\s*(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:[.,]\d+)?"
    + _TZ
    + r")?(?!\d)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,2})\s?(?P<sep>[./-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?"
    r"(?P<year>(?:19|20)?\d{2})(?![\d])(?![./-]\d)"
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|-)?" + _MONTH + r",?\s*"
    r"(?:de\s+|-)?" + _YEAR4,
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"(?<![\w])" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _YEAR4,
    re.IGNORECASE,
)
_RFC_2822 = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+" + _MONTH + r"\s+" + _YEAR4 + r"\s+" + _CLOCK,
    re.IGNORECASE,
)
# What may separate a date from the time that follows it: "22/02/2025 14:49",
# "22 febbraio 2025, ore 14:49", "le 22 février 2025 à 14h49", "February 22,
# 2025 at 2:49 PM", "22. Februar 2025, 14.49 Uhr", "22 de febrero de 2025 - 14:49".
_TIME_AFTER = re.compile(
    r"\s*(?:[,|·•/\u2013\u2014-]\s*)?(?:(?:ore|alle|at|à|a\s+las|a\s+la|às|as|um|om|kl\.?|h)\s+)?"
    + _CLOCK
    + r"(?!\d)",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"(?<![\d:.])" + _CLOCK + r"\s*(?:[,|·•/\u2013\u2014-]\s*)?(?:(?:on|le|il|am|el|em|op)\s+)?$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\s*(?P<seconds>1[0-9]{9})(?P<millis>\d{3})?\s*$")
_OFFSET = re.compile(r"^(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$")
_MAX_SCAN = 20_000


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a longer text: where it starts and ends, and its ISO form."""

    start: int
    end: int
    iso: str

    @property
    def has_time(self) -> bool:
        return "T" in self.iso


def _month_first(language: str) -> bool:
    """Whether ambiguous numeric dates on a page in ``language`` are month/day.

    Only American English writes 03/04/2025 for March 4th; every other
    locale we meet (including en-GB, and plain "en" we cannot place) is
    day-first.
    """
    return language.strip().lower().replace("_", "-").startswith("en-us")


def parse_published_date(value: str, language: str = "") -> str | None:
    """Read one date string as ISO 8601, or ``None`` when it holds no date.

    ``language`` (``"it"``, ``"en-US"``…) only matters for numeric dates
    such as 03/04/2025, which are day-first unless it is en-US.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()[:500]
    if not value:
        return None
    epoch = _EPOCH.match(value)
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch["seconds"]), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.isoformat()
    found = find_dates(value, language)
    return found[0].iso if found else None


def find_dates(text: str, language: str = "") -> list[FoundDate]:
    """Every date (with its time, when written next to it) in ``text``, in order."""
    text = text[:_MAX_SCAN]
    prefer_month_first = _month_first(language)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in taken)

    for match in _ISO.finditer(text):
        day = _make_date(match["year"], match["month"], match["day"])
        if day is None or (not match["sep"] and match["hour"] is None and _in_number(text, match)):
            continue
        iso = day.isoformat()
        end = match.end()
        if match["hour"] is not None:
            clock = _clock(match["hour"], match["minute"], match["second"], None, match["tz"])
            if clock is None:
                continue
            iso += clock
        found.append(FoundDate(match.start(), end, iso))
        taken.append((match.start(), end))
    for match in _RFC_2822.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        day = _make_date(match["year"], _month_number(match["month"]), match["day"])
        clock = _clock_from(match)
        if day is not None and clock is not None:
            found.append(FoundDate(match.start(), match.end(), day.isoformat() + clock))
            taken.append((match.start(), match.end()))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            if overlaps(match.start(), match.end()):
                continue
            day = _make_date(match["year"], _month_number(match["month"]), match["day"])
            if day is not None:
                found.append(_with_time(text, match.start(), match.end(), day))
                taken.append((found[-1].start, found[-1].end))
    for match in _NUMERIC.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        a, b = int(match["a"]), int(match["b"])
        if b > 12 or (prefer_month_first and a <= 12):
            a, b = b, a
        day = _make_date(match["year"], b, a)
        if day is not None:
            found.append(_with_time(text, match.start(), match.end(), day))
            taken.append((found[-1].start, found[-1].end))
    found.sort(key=lambda item: item.start)
    return found


def _numeric_order_hint(text: str) -> bool | None:
    """Whether the numeric dates in ``text`` show a month-first habit.

    ``True`` if some date can only be month/day (02/22/2025) and none can
    only be day/month, ``False`` for the reverse, ``None`` when nothing tells.
    Used only for English pages that do not say which English they are.
    """
    month_first_seen = day_first_seen = False
    for match in _NUMERIC.finditer(text[:_MAX_SCAN]):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            day_first_seen = True
        elif b > 12 >= a:
            month_first_seen = True
    if month_first_seen != day_first_seen:
        return month_first_seen
    return None


def _in_number(text: str, match: re.Match[str]) -> bool:
    """An 8-digit run glued to letters or digits is an id, not a yyyymmdd date."""
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return bool(re.match(r"[\w]", before) or re.match(r"[\w]", after))


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def _make_date(year: str | int, month: str | int | None, day: str | int) -> date | None:
    if month is None:
        return None
    year_number = int(year)
    if year_number < 100:
        year_number += 2000 if year_number < 70 else 1900
    if not 1900 <= year_number <= 2100:
        return None
    try:
        return date(year_number, int(month), int(day))
    except ValueError:
        return None


def _with_time(text: str, start: int, end: int, day: date) -> FoundDate:
    """Extend a date match with the time written right after (or before) it."""
    after = _TIME_AFTER.match(text, end, min(len(text), end + 40))
    if after:
        clock = _clock_from(after)
        if clock is not None:
            return FoundDate(start, after.end(), day.isoformat() + clock)
    before = _TIME_BEFORE.search(text[max(0, start - 30) : start])
    if before:
        clock = _clock_from(before)
        if clock is not None:
            return FoundDate(
                start - (min(start, 30) - before.start()), end, day.isoformat() + clock
            )
    return FoundDate(start, end, day.isoformat())


def _clock_from(match: re.Match[str]) -> str | None:
    return _clock(match["hour"], match["minute"], match["second"], match["ampm"], match["tz"])


def _clock(
    hour: str, minute: str, second: str | None, ampm: str | None, tz: str | None
) -> str | None:
    """``"T14:49:00"`` plus the offset when one is given, or ``None`` if invalid."""
    hours, minutes = int(hour), int(minute)
    if ampm:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm.lower().startswith("p") else 0)
    if hours > 23:
        return None
    offset = _offset(tz) if tz else ""
    if offset is None:
        return None
    return f"T{hours:02d}:{minutes:02d}:{int(second or 0):02d}{offset}"


def _offset(tz: str) -> str | None:
    tz = tz.strip().upper()
    if tz == "Z":
        return "+00:00"
    if tz.startswith(("UTC", "GMT")):
        tz = tz[3:].strip()
        if not tz:
            return "+00:00"
    match = _OFFSET.match(tz.replace(" ", ""))
    if not match:
        return None
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > 14 or minutes > 59:
        return None
    return f"{match['sign']}{hours:02d}:{minutes:02d}"


# --- The page ---------------------------------------------------------------

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "livesblogposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "satiricalarticle",
        "advertisercontentarticle",
        "askpublicnewsarticle",
        "posting",
    }
)
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
_BYLINE_WORDS = re.compile(r"byline|author|autore|auteur|autor|firma|signature", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LANGUAGE_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")
_HOST = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|it|org|net|fr|de|es)/", re.IGNORECASE)
_MAX_JSON_LD = 200_000
_MAX_NODES = 500
_MIN_STORY = 400


@dataclass(slots=True)
class _Page:
    """Everything read once from the parsed document."""

    url: str
    root: HtmlElement | None
    meta: dict[str, list[str]]
    nodes: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]]
    article: dict[str, Any]
    h1: HtmlElement | None = None
    content: str = ""
    h1_at: int = -1
    h1_end: int = -1
    region: tuple[int, int] = (0, 0)
    marks: dict[HtmlElement, int] = field(default_factory=dict)
    byline_elements: list[HtmlElement] = field(default_factory=list)

    def first_meta(self, *keys: str) -> str:
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return ""


def extract_metadata(html: str, url: str, *, text: str = "") -> Metadata:
    """Read a clipping's metadata from a fetched page.

    ``url`` is the address fetched (to resolve relative links and name the
    site), ``text`` the article body already extracted, used to guess the
    language when the markup does not say.  Never raises: a field that cannot
    be read is empty.
    """
    try:
        return _extract(html, url, text)
    except Exception:
        # A bug, but a clipping without metadata is better than no clipping.
        logger.exception("metadata extraction failed for %s", url)
        host = _safe_host(url)
        return Metadata("", host, host, "", None, "", "", "", "")


def _extract(html: str, url: str, text: str) -> Metadata:
    page = _read_page(html if isinstance(html, str) else "", _usable_url(url))
    host = _safe_host(page.url)
    site_name = _site_name(page, host)
    title = _title(page, site_name, host)
    locale = _locale(page)
    language = _primary(locale) or _detect_language(text or page.content)
    if not locale or _primary(locale) != language:
        locale = language
    if language == "en" and "-" not in locale:
        hint = _numeric_order_hint(page.content)
        if hint:
            locale = "en-US"
    return Metadata(
        title=title,
        site_name=site_name,
        source=_source(page, site_name, host) or site_name,
        author=_author(page, site_name, host),
        published_at=_published_at(page, locale),
        language=language,
        lead_image=_lead_image(page),
        description=_description(page),
        canonical_url=_canonical_url(page),
    )


def _usable_url(url: str) -> str:
    """``url``, or ``""`` when it cannot even be split (then nothing is resolved against it)."""
    try:
        urlsplit(url).hostname  # noqa: B018 - raises ValueError on "http://[::1"
    except (ValueError, TypeError, AttributeError):
        return ""
    return url


def _read_page(html: str, url: str) -> _Page:
    root: HtmlElement | None
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        root = None
    meta: dict[str, list[str]] = {}
    nodes: list[dict[str, Any]] = []
    depths: dict[int, int] = {}
    if root is not None:
        for element in root.iter("meta"):
            key = (
                (
                    element.get("property")
                    or element.get("name")
                    or element.get("itemprop")
                    or element.get("http-equiv")
                    or ""
                )
                .strip()
                .lower()
            )
            content = element.get("content")
            if key and content is not None:
                meta.setdefault(key, []).append(_clean(content))
        for script in root.iter("script"):
            if "ld+json" in (script.get("type") or "").lower():
                _collect_json_ld(script.text or "", nodes, depths)
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    titles = {
        _key(meta.get(key, [""])[0]) for key in ("og:title", "twitter:title", "parsely-title")
    }
    if root is not None:
        titles.add(_key(_text_of(root.find(".//title"))))
    titles.discard("")
    page = _Page(url, root, meta, nodes, by_id, _article_node(nodes, depths, titles))
    if root is not None:
        _read_content(page)
    return page


def _collect_json_ld(source: str, nodes: list[dict[str, Any]], depths: dict[int, int]) -> None:
    source = source.strip()
    if not source or len(source) > _MAX_JSON_LD:
        return
    if source.startswith("<!--"):
        source = source.removeprefix("<!--").removesuffix("-->")
    try:
        data = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(nodes) < _MAX_NODES:
        item, depth = stack.pop()
        if depth > 12:
            continue
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
        elif isinstance(item, dict):
            nodes.append(item)
            depths[id(item)] = depth
            stack.extend(
                (child, depth + 1)
                for child in reversed(list(item.values()))
                if isinstance(child, dict | list)
            )


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {item.lower().rsplit("/", 1)[-1] for item in values if isinstance(item, str)}


def _article_node(
    nodes: list[dict[str, Any]], depths: dict[int, int], titles: set[str]
) -> dict[str, Any]:
    """The JSON-LD node of the page's own article.

    Pages also describe lists of other stories (ItemList, "related"); the
    article whose headline is the page's title wins, then the least nested.
    """
    best: tuple[int, int, int] | None = None
    chosen: dict[str, Any] = {}
    for order, node in enumerate(nodes):
        if not _types(node) & _ARTICLE_TYPES:
            continue
        headline = _key(_json_text(node.get("headline")))
        matches = bool(headline) and any(headline in title for title in titles)
        described = bool(node.get("headline") or node.get("datePublished"))
        score = (0 if matches else 1 if described else 2, depths.get(id(node), 0), order)
        if best is None or score < best:
            best, chosen = score, node
    if not chosen:
        # Yoast and others describe some posts only as a WebPage with its dates.
        chosen = next((n for n in nodes if "webpage" in _types(n) and n.get("datePublished")), {})
    return chosen


def _resolve(page: _Page, value: Any) -> Any:
    """Follow a JSON-LD ``{"@id": …}`` reference to the node it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        target = value.get("@id")
        if isinstance(target, str) and target in page.by_id:
            return page.by_id[target]
    return value


def _names(page: _Page, value: Any) -> list[str]:
    """The names in a JSON-LD person/organization value (a string, a node, a list)."""
    result: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        item = _resolve(page, item)
        if isinstance(item, str):
            result.append(_clean(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else ""
            if isinstance(name, str):
                result.append(_clean(name))
            elif isinstance(item.get("givenName"), str):
                result.append(_clean(f"{item.get('givenName')} {item.get('familyName') or ''}"))
    return [name for name in result if name]


def _json_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return _clean(value) if isinstance(value, str) else ""


def _squash(text: str) -> str:
    """``text`` with runs of white space as one space (the common cases without a regex)."""
    if text.isspace():
        return " "
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        return _SPACES.sub(" ", text)
    return text


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def _safe_host(url: str) -> str:
    try:
        return site_host(url)
    except ValueError:
        return ""


# --- Visible text -------------------------------------------------------------


def _read_content(page: _Page) -> None:
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
            if _is_byline_markup(element):
                page.byline_elements.append(element)
            if element.text:
                text = _squash(element.text)
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
                tail = _squash(element.tail)
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


def _pick_h1(page: _Page) -> HtmlElement | None:
    """The page's headline element: the heading that best matches the title.

    Old layouts put the site's logo in an ``<h1>`` and the headline in an
    ``<h2>``; modern ones may have several ``<h1>``.  The heading making up
    most of og:title / <title> wins; failing that, the first ``<h1>`` in an
    ``<article>`` or ``<main>``.
    """
    assert page.root is not None
    h1s = [h for h in page.root.iter("h1") if _clean(h.text_content())]
    others = page.root.xpath("//*[@itemprop='headline'] | //h2")[:40]
    wanted = {
        _key(value)
        for value in (
            page.first_meta("og:title", "twitter:title"),
            _json_text(page.article.get("headline")),
            _text_of(page.root.find(".//title")),
        )
        if value
    } - {""}
    best: tuple[float, int] | None = None
    chosen: HtmlElement | None = None
    for order, heading in enumerate([*h1s, *others]):
        key = _key(heading.text_content())
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


def _limit(elements: Iterator[HtmlElement], count: int) -> Iterator[HtmlElement]:
    """The first ``count`` elements: a page with 20,000 links is a list, not a story."""
    for index, element in enumerate(elements):
        if index >= count:
            return
        yield element


def _text_of(element: HtmlElement | None) -> str:
    return _clean(element.text_content()) if element is not None else ""


def _host_label(host: str) -> str:
    """The name part of a host: ``"ilpost"`` for www.ilpost.it, ``"bbc"`` for bbc.co.uk."""
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return _key(labels[-3])
    return _key(labels[-2]) if len(labels) >= 2 else _key(host)


_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "gov", "ac", "edu", "gob", "gouv", "ne", "or"}
)


def _key(value: str) -> str:
    """A loose form for comparing names: ``"Il Sole 24 Ore"`` → ``"ilsole24ore"``."""
    return _NOT_ALNUM.sub("", value.casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")


_AFTER = 2500
_BEFORE = 400


def _near_headline(
    page: _Page, before: int = _BEFORE, after: int = _AFTER
) -> list[tuple[int, str]]:
    """The visible lines around the headline with their closeness, closest first.

    Lines after the headline come first (dateline, byline), then those just
    above it (kicker, section, date bar); see :func:`_closeness`.
    """
    result: list[tuple[int, str]] = []
    start = max(page.h1_end, 0)
    offset = start
    for line in page.content[start : start + after].split("\n"):
        if line.strip():
            result.append((_closeness(page, offset), line.strip()))
        offset += len(line) + 1
    if page.h1_at > 0:
        offset = page.h1_at
        for line in reversed(page.content[max(0, page.h1_at - before) : page.h1_at].split("\n")):
            offset -= len(line) + 1
            if line.strip():
                result.append((_closeness(page, max(offset, 0)), line.strip()))
    return result


def _closeness(page: _Page, offset: int) -> int:
    """How far ``offset`` is from the headline; anything below it is closer than above."""
    if offset >= page.h1_end:
        return offset - page.h1_end
    return _AFTER + (page.h1_at - offset if page.h1_at >= 0 else offset)


# --- Fields -------------------------------------------------------------------


def _site_name(page: _Page, host: str) -> str:
    name = _site_label(page.first_meta("og:site_name", "application-name", "al:android:app_name"))
    if name:
        return name
    for node in page.nodes:
        if "website" in _types(node):
            names = _names(page, node)
            if names:
                return names[0]
    names = _names(page, page.article.get("publisher"))
    if names:
        return names[0]
    # "Headline - Il Post" on ilpost.it: the suffix (or prefix) is the site's own name.
    title = _text_of(page.root.find(".//title")) if page.root is not None else ""
    parts = _SEPARATOR.split(title)
    label = _host_label(host) if host else ""
    for part in (parts[-1], parts[0]) if len(parts) > 1 else ():
        key = _key(part)
        if label and label in {key, key.removeprefix("the")}:
            return part.strip()
    return host


def _site_label(name: str) -> str:
    """A site name as people say it.

    og:site_name is sometimes a URL ("https://www.hawaiinewsnow.com"), a handle
    ("@politifact") or a name with a tagline ("LinkNaija | Nigeria's popular
    news platform", "Autoracing | F1 | Indy").
    """
    name = name.strip().lstrip("@")
    if name.startswith(("http://", "https://", "//")):
        return _safe_host(name if ":" in name else "https:" + name)
    return re.split(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*", name, maxsplit=1)[0].strip()


_SECTION_PREFIX = re.compile(r"\s[|\-\u2013\u2014·•»/]{1,2}\s*$|\s*\|\s*$")
_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014·•»/:]{1,2}\s+|\s*\|\s*")
_PREFIX = re.compile(r"^(?P<site>[^:|]{2,60}?)\s*[:|]\s+(?P<rest>.+)$")


def _title(page: _Page, site_name: str, host: str) -> str:
    names = _site_keys(site_name, host, page)
    h1_text = _text_of(page.h1)
    candidates = [
        page.first_meta("og:title"),
        _json_text(page.article.get("headline")),
        page.first_meta("twitter:title"),
        h1_text,
        _text_of(page.root.find(".//title")) if page.root is not None else "",
    ]
    for candidate in candidates:
        title = strip_site_name(candidate, names) if candidate else ""
        if not title or _is_site(title, names):
            continue  # some sites put their own name in og:title on every page
        # "Headline - Politics - Site": when the headline is on the page, trust it.
        rest = title[len(h1_text) :] if h1_text and title.startswith(h1_text) else ""
        if rest and _SEPARATOR.match(rest):
            return h1_text
        # "Opinion | Headline": a section before the headline.
        rest = title[: -len(h1_text)] if h1_text and title.endswith(h1_text) else ""
        if rest and len(rest) <= 40 and _SECTION_PREFIX.search(rest):
            return h1_text
        return title
    return ""


def _site_keys(site_name: str, host: str, page: _Page) -> set[str]:
    keys = {_key(site_name), _key(host), _host_label(host) if host else ""}
    for name in (page.first_meta("og:site_name"), *_names(page, page.article.get("publisher"))):
        keys.add(_key(name))
    keys.discard("")
    return keys


def strip_site_name(title: str, site_keys: set[str]) -> str:
    """Remove " - Site", " | Site" suffixes and "Site: " prefixes from a title.

    ``site_keys`` are the site's names in :func:`_key` form (site name, host,
    host without its top-level domain).  Only parts naming the site are
    removed: "Meloni: «I conti tornano»" keeps its colon.  A suffix may be a
    short form of the name ("… - Corriere" for Corriere della Sera); a prefix
    must be the name itself, or "Roma - Lazio 2-1" on RomaToday loses "Roma".
    """
    title = _clean(title)
    for _ in range(3):
        parts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
        if not parts:
            break
        last_start, last_end = parts[-1]
        first_start, first_end = parts[0]
        if _names_site(title[last_end:], site_keys):
            title = title[:last_start].strip()
        elif _is_site(title[:first_start], site_keys):
            title = title[first_end:].strip()
        else:
            break
    prefix = _PREFIX.match(title)
    if prefix and _is_site(prefix["site"], site_keys):
        title = prefix["rest"].strip()
    return title


def _is_site(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    return bool(key) and (key in site_keys or key.removeprefix("the") in site_keys)


def _names_site(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    if not key:
        return False
    return _is_site(part, site_keys) or (
        len(key) >= 4 and any(site.startswith(key) for site in site_keys)
    )


# --- Author -------------------------------------------------------------------

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
_LINE_PARTS = re.compile(r"\s+[|·•\u2013\u2014-]\s+|\s*[|·•]\s*")


def _author(page: _Page, site_name: str, host: str) -> str:
    stages: tuple[Callable[[], list[str]], ...] = (
        lambda: _names(page, page.article.get("author")),
        lambda: _names(page, page.article.get("creator")),
        lambda: _meta_authors(page),
        lambda: _visible_authors(page),
        lambda: _byline_lines(page),
    )
    for stage in stages:
        names = _person_names(stage(), site_name, host)
        if names:
            return ", ".join(names)
    return ""


def _meta_authors(page: _Page) -> list[str]:
    for key in (
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "byl",
        "dc.creator",
        "dcterms.creator",
    ):
        values = [v for v in page.meta.get(key, []) if v and not _URL_LIKE.search(v)]
        if values:
            return values
    return []


def _visible_authors(page: _Page) -> list[str]:
    """Names in byline markup outside menus and sidebars (see :func:`_is_byline_markup`)."""
    found: list[str] = []
    elements = page.byline_elements[:500]
    if page.h1 is not None:
        # Next to the headline; "more from our writers" boxes sit further down.
        near = [e for e in elements if _closeness(page, page.marks[e]) <= _AFTER + _BEFORE]
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
        text = _clean(text)
        if text and len(text) <= 120 and not _BYLINE_WORDS.fullmatch(text):
            found.append(text)
    return found


def _is_byline_markup(element: HtmlElement) -> bool:
    if "author" in (element.get("rel") or "").split() or element.get("itemprop") == "author":
        return True
    classes = element.get("class")
    return bool(classes) and bool(_BYLINE_CLASS.search(classes))


_BYLINE_CLASS = re.compile(r"author|byline|firma|autor|auteur", re.IGNORECASE)


def _byline_lines(page: _Page) -> list[str]:
    """A "By …", "di …", "Par …", "Von …" line (or part of one) near the headline."""
    for _closeness, line in _near_headline(page, before=200, after=1200)[:25]:
        if len(line) > 160:
            continue
        for part in _LINE_PARTS.split(line):
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
    site_keys = {_key(site_name), _key(host), _host_label(host)}
    site_keys |= {key.removeprefix("the") for key in site_keys}
    site_keys.discard("")
    bylines = [value for value in values if not _URL_LIKE.search(value)]
    return [name for name in parse_bylines(bylines) if _key(name) not in site_keys]


# --- Published date -------------------------------------------------------------

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


def _published_at(page: _Page, locale: str) -> str | None:
    found = _parse(_json_text(page.article.get("datePublished")), locale)
    found = found or _parse(page.first_meta(*_DATE_METAS), locale)
    if page.root is None:
        return found
    if found is None:
        for element in page.root.xpath("//*[@itemprop='datePublished'][not(self::meta)]")[:3]:
            value = element.get("content") or element.get("datetime") or _text_of(element)
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
        return visible or _parse(_json_text(page.article.get("dateCreated")), locale)
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


def _time_elements(page: _Page, locale: str) -> list[tuple[int, str]]:
    """``<time>`` elements outside menus and sidebars, ranked as :func:`_visible_dates`."""
    assert page.root is not None
    candidates: list[tuple[int, str]] = []
    for element in _limit(page.root.iter("time"), 100):
        at = page.marks.get(element, -1)
        if at < 0:
            continue
        value = _parse(element.get("datetime") or "", locale) or _parse(_text_of(element), locale)
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
        candidates.append((rank * _RANK + _closeness(page, at), value))
    return candidates


def _visible_dates(page: _Page, locale: str) -> list[tuple[int, str]]:
    """Dates written near the headline ("22/02/2025 14:49", "22 febbraio 2025")."""
    candidates: list[tuple[int, str]] = []
    for closeness, line in _near_headline(page)[:60]:
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
            if closeness < _AFTER:
                at = closeness + found.start
            else:
                at = max(_AFTER, closeness - found.start)
            candidates.append((rank * _RANK + at, found.iso))
    return candidates


# --- Source -------------------------------------------------------------------

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


def _source(page: _Page, site_name: str, host: str) -> str:
    """The publisher the page credits, if it is not the site itself."""
    own = {_key(site_name), _key(host), _host_label(host)} - {""}
    for candidate in _source_candidates(page):
        name = _clean(candidate).strip(" :.,;»«\"'\u201c\u201d→>\u2026-\u2013\u2014|()[]")
        name = _SOURCE_TAIL.sub("", name).strip(" :.,;")
        dates = find_dates(name)
        if dates:
            name = name[: dates[0].start].strip(" :.,;-\u2013\u2014")
        name = name.removeprefix("the ")  # "published by the Evening Post"; not "The Times"
        if not name or len(name) > 60 or len(name.split()) > 8:
            continue
        if _URL_LIKE.search(name) and "://" in name:
            name = _safe_host(name)
        key = _key(name)
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


def _source_candidates(page: _Page) -> Iterator[str]:
    based_on = page.article.get("isBasedOn") or page.article.get("isBasedOnUrl")
    for item in based_on if isinstance(based_on, list) else [based_on]:
        item = _resolve(page, item)
        if isinstance(item, dict):
            yield from _names(page, item.get("publisher"))
            yield from _names(page, item.get("sourceOrganization"))
            item = item.get("url") or item.get("@id")
        if isinstance(item, str) and item.startswith("http"):
            yield _link_name(page, item) or _safe_host(item)
    yield from _names(page, page.article.get("sourceOrganization"))
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
                yield _link_name(page, value) or _safe_host(value)
            elif value:
                yield value
    if page.root is None:
        return
    for link in page.root.xpath("//link[@rel='original-source' or @rel='syndication-source']"):
        href = link.get("href") or ""
        if href.startswith("http"):
            yield _safe_host(href)
    yield from _read_more_links(page)
    for line in page.content[page.region[0] : page.region[1]].split("\n"):
        line = line.strip()
        if len(line) > 160:
            match = _CREDIT_AT_END.search(line)
            if match:
                yield match["name"]
            continue
        # "di Redazione | Fonte: ANSA": the credit may share a line with the byline.
        for part in _LINE_PARTS.split(line) if len(line) > 100 or "|" in line else [line]:
            match = _CREDIT.match(part.strip())
            if match:
                yield match["name"]
    # A page whose canonical URL is another publisher's is a copy of its story.
    canonical = _canonical_url(page)
    own_label = _host_label(_safe_host(page.url))
    if canonical and own_label and _host_label(_safe_host(canonical)) != own_label:
        yield _link_name(page, canonical) or _safe_host(canonical)


def _read_more_links(page: _Page) -> Iterator[str]:
    """Names from "Continua a leggere su X" / "Continue reading at X" links."""
    assert page.root is not None
    lowered = page.content.lower()
    if not any(word in lowered for word in _READ_MORE_WORDS):
        return  # the phrase is in the visible text whenever such a link is
    page_host = _safe_host(page.url)
    start, end = page.region
    links = [link for link in _limit(page.root.iter("a"), 2000) if page.marks.get(link, -1) >= 0]
    # Links in the story first, then those elsewhere outside menus and sidebars.
    links.sort(key=lambda link: not start <= page.marks[link] < end)
    for link in links:
        parent = link.getparent()
        around = _text_of(parent) if parent is not None else ""
        text = _text_of(link)
        # A publisher's logo as the link: its alt text is the name.
        link_text = text or _clean(" ".join(link.xpath(".//img/@alt")[:1]))
        if len(around) > 300:
            around = link_text
        match = _READ_MORE.search(around)
        if not match:
            continue
        name = match["name"].strip()
        after = around[match.start() :]
        if link_text and (link_text in after or not text) and not _READ_MORE.search(link_text):
            name = link_text  # "Continua a leggere su <a>Corriere della Sera</a>"
        unnamed = not name or bool(_NOT_A_NAME.match(name))
        if match["generic"] and not match["prep"] and not unnamed:
            continue  # "Read more: <a>Another headline</a>"
        href = link.get("href") or ""
        if unnamed or (_URL_LIKE.search(name) and "://" in name):
            host = _safe_host(href) if href.startswith("http") else ""
            name = host if host != page_host else ""
        if name:
            yield name


def _link_name(page: _Page, url: str) -> str:
    """The text of a link to ``url``'s site on the page, when it names a publisher."""
    host = _safe_host(url)
    if page.root is None or not host:
        return ""
    for link in page.root.iter("a"):
        href = link.get("href") or ""
        if href.startswith("http") and _safe_host(href) == host:
            match = _READ_MORE.search(_text_of(link))
            if match and match["name"] and not _NOT_A_NAME.match(match["name"]):
                return match["name"]
    return ""


# --- Language, images, links ----------------------------------------------------


def _locale(page: _Page) -> str:
    """The page's declared locale (``"it-IT"``, ``"en"``…), or ``""``."""
    declared: list[str] = []
    if page.root is not None:
        declared.append(page.root.get("lang") or page.root.get("xml:lang") or "")
    declared.append(page.first_meta("og:locale"))
    declared.append(
        page.first_meta("content-language", "language", "dc.language", "dcterms.language")
    )
    declared.append(_json_text(page.article.get("inLanguage")))
    primary = ""
    for value in declared:
        match = _LANGUAGE_CODE.match(value.strip().split(",")[0])
        if not match or match[1].lower() in {"und", "mul", "zxx"}:
            continue
        if not primary:
            primary = match[1].lower()
            if match[2]:
                return f"{primary}-{match[2].upper()}"
        elif match[1].lower() == primary and match[2]:
            return f"{primary}-{match[2].upper()}"
    return primary


def _primary(locale: str) -> str:
    return locale.split("-", 1)[0]


def _detect_language(text: str) -> str:
    sample = _clean(text)[:3000]
    if len(sample) < 40:
        return ""
    # Imported late: loading the model costs a second and most pages say their language.
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)


def _absolute_http(page: _Page, value: str) -> str:
    value = value.strip()
    if not value or value.startswith("data:"):
        return ""
    try:
        absolute = urljoin(page.url, value)
        parts = urlsplit(absolute)
        hostname = parts.hostname or ""
    except ValueError:
        return ""
    # The page's own host is always plausible (an intranet name, an address).
    plausible = _HOST.match(hostname) or hostname == urlsplit(page.url).hostname
    if parts.scheme not in {"http", "https"} or not plausible:
        return ""
    return absolute


def _lead_image(page: _Page) -> str:
    candidates = [
        page.first_meta(
            "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"
        ),
    ]
    image = page.article.get("image")
    for item in (image if isinstance(image, list) else [image])[:3]:
        item = _resolve(page, item)
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl")
        if isinstance(item, str):
            candidates.append(item)
    if page.root is not None:
        candidates.extend(page.root.xpath("//link[@rel='image_src']/@href")[:1])
    for candidate in candidates:
        url = _absolute_http(page, str(candidate))
        if url:
            return url
    return ""


def _description(page: _Page) -> str:
    return page.first_meta(
        "og:description", "description", "twitter:description", "dc.description"
    ) or _json_text(page.article.get("description"))


def _canonical_url(page: _Page) -> str:
    candidates: list[str] = []
    if page.root is not None:
        candidates.extend(
            str(href) for href in page.root.xpath("//link[@rel='canonical']/@href")[:1]
        )
    candidates.append(page.first_meta("og:url"))
    for candidate in candidates:
        url = _absolute_http(page, candidate)
        if url:
            return url
    return ""
