"""The parsed page every field reader works on, and its JSON-LD and text helpers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from cuttings.core.urls import site_host

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
_SPACES = re.compile(r"\s+")
URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|it|org|net|fr|de|es)/", re.IGNORECASE)
_MAX_JSON_LD = 200_000
_MAX_NODES = 500


@dataclass(slots=True)
class Page:
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


def collect_json_ld(source: str, nodes: list[dict[str, Any]], depths: dict[int, int]) -> None:
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


def json_types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {item.lower().rsplit("/", 1)[-1] for item in values if isinstance(item, str)}


def article_node(
    nodes: list[dict[str, Any]], depths: dict[int, int], titles: set[str]
) -> dict[str, Any]:
    """The JSON-LD node of the page's own article.

    Pages also describe lists of other stories (ItemList, "related"); the
    article whose headline is the page's title wins, then the least nested.
    """
    best: tuple[int, int, int] | None = None
    chosen: dict[str, Any] = {}
    for order, node in enumerate(nodes):
        if not json_types(node) & _ARTICLE_TYPES:
            continue
        headline = name_key(json_text(node.get("headline")))
        matches = bool(headline) and any(headline in title for title in titles)
        described = bool(node.get("headline") or node.get("datePublished"))
        score = (0 if matches else 1 if described else 2, depths.get(id(node), 0), order)
        if best is None or score < best:
            best, chosen = score, node
    if not chosen:
        # Yoast and others describe some posts only as a WebPage with its dates.
        chosen = next(
            (n for n in nodes if "webpage" in json_types(n) and n.get("datePublished")), {}
        )
    return chosen


def resolve_ref(page: Page, value: Any) -> Any:
    """Follow a JSON-LD ``{"@id": …}`` reference to the node it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        target = value.get("@id")
        if isinstance(target, str) and target in page.by_id:
            return page.by_id[target]
    return value


def json_names(page: Page, value: Any) -> list[str]:
    """The names in a JSON-LD person/organization value (a string, a node, a list)."""
    result: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        item = resolve_ref(page, item)
        if isinstance(item, str):
            result.append(clean(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else ""
            if isinstance(name, str):
                result.append(clean(name))
            elif isinstance(item.get("givenName"), str):
                result.append(clean(f"{item.get('givenName')} {item.get('familyName') or ''}"))
    return [name for name in result if name]


def json_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return clean(value) if isinstance(value, str) else ""


def squash(text: str) -> str:
    """``text`` with runs of white space as one space (the common cases without a regex)."""
    if text.isspace():
        return " "
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        return _SPACES.sub(" ", text)
    return text


def clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def safe_host(url: str) -> str:
    try:
        return site_host(url)
    except ValueError:
        return ""


def text_of(element: HtmlElement | None) -> str:
    return clean(element.text_content()) if element is not None else ""


def host_label(host: str) -> str:
    """The name part of a host: ``"ilpost"`` for www.ilpost.it, ``"bbc"`` for bbc.co.uk."""
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return name_key(labels[-3])
    return name_key(labels[-2]) if len(labels) >= 2 else name_key(host)


_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "gov", "ac", "edu", "gob", "gouv", "ne", "or"}
)


def name_key(value: str) -> str:
    """A loose form for comparing names: ``"Il Sole 24 Ore"`` → ``"ilsole24ore"``."""
    return _NOT_ALNUM.sub("", value.casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")
