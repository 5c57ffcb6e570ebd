"""The site's name and the headline without it ("Headline - Site" → "Headline")."""

from __future__ import annotations

import re

from cuttings.core.metadata.page import (
    Page,
    clean,
    host_label,
    json_names,
    json_text,
    json_types,
    name_key,
    safe_host,
    text_of,
)


def read_site_name(page: Page, host: str) -> str:
    name = _site_label(page.first_meta("og:site_name", "application-name", "al:android:app_name"))
    if name:
        return name
    for node in page.nodes:
        if "website" in json_types(node):
            names = json_names(page, node)
            if names:
                return names[0]
    names = json_names(page, page.article.get("publisher"))
    if names:
        return names[0]
    # "Headline - Il Post" on ilpost.it: the suffix (or prefix) is the site's own name.
    title = text_of(page.root.find(".//title")) if page.root is not None else ""
    parts = _SEPARATOR.split(title)
    label = host_label(host) if host else ""
    for part in (parts[-1], parts[0]) if len(parts) > 1 else ():
        key = name_key(part)
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
        return safe_host(name if ":" in name else "https:" + name)
    return re.split(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*", name, maxsplit=1)[0].strip()


_SECTION_PREFIX = re.compile(r"\s[|\-\u2013\u2014·•»/]{1,2}\s*$|\s*\|\s*$")
_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014·•»/:]{1,2}\s+|\s*\|\s*")
_PREFIX = re.compile(r"^(?P<site>[^:|]{2,60}?)\s*[:|]\s+(?P<rest>.+)$")


def read_title(page: Page, site_name: str, host: str) -> str:
    names = _site_keys(site_name, host, page)
    h1_text = text_of(page.h1)
    candidates = [
        page.first_meta("og:title"),
        json_text(page.article.get("headline")),
        page.first_meta("twitter:title"),
        h1_text,
        text_of(page.root.find(".//title")) if page.root is not None else "",
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


def _site_keys(site_name: str, host: str, page: Page) -> set[str]:
    keys = {name_key(site_name), name_key(host), host_label(host) if host else ""}
    for name in (page.first_meta("og:site_name"), *json_names(page, page.article.get("publisher"))):
        keys.add(name_key(name))
    keys.discard("")
    return keys


def strip_site_name(title: str, site_keys: set[str]) -> str:
    """Remove " - Site", " | Site" suffixes and "Site: " prefixes from a title.

    ``site_keys`` are the site's names in :func:`.page.name_key` form (site name, host,
    host without its top-level domain).  Only parts naming the site are
    removed: "Meloni: «I conti tornano»" keeps its colon.  A suffix may be a
    short form of the name ("… - Corriere" for Corriere della Sera); a prefix
    must be the name itself, or "Roma - Lazio 2-1" on RomaToday loses "Roma".
    """
    title = clean(title)
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
    key = name_key(part)
    return bool(key) and (key in site_keys or key.removeprefix("the") in site_keys)


def _names_site(part: str, site_keys: set[str]) -> bool:
    key = name_key(part)
    if not key:
        return False
    return _is_site(part, site_keys) or (
        len(key) >= 4 and any(site.startswith(key) for site in site_keys)
    )
