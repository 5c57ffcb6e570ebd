"""The site clipped from, and the headline without its name and ornaments.

"Headline - Site" → "Headline", "標題 :: 痞客邦 PIXNET ::" → "標題".  The site
is what the page names itself (og:site_name and the like, its title's suffix,
its logo: :mod:`.logo`), the host when it names nothing.
"""

from __future__ import annotations

import re

from cuttings.core.metadata.logo import DOMAIN, read_logo_names
from cuttings.core.metadata.page import (
    URL_LIKE,
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
    """The site the page was clipped from, as it names itself.

    Declared names first (og:site_name, application-name, JSON-LD), then the
    ``<title>`` suffix ("Headline - NotizieOggi"), the masthead's logo, the host.
    """
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
    logos, home_links = read_logo_names(page)
    return _title_site(page, host, logos + home_links, bool(logos)) or _masthead_name(
        logos, home_links, host
    )


def _title_site(page: Page, host: str, mastheads: list[str], has_logo: bool) -> str:
    """The site's name in the ``<title>``, when something says that part is the name.

    "Headline - Il Post" on ilpost.it (the host says so), "Headline - NotizieOggi"
    under a NotizieOggi logo, or "Headline | Name" whose headline is the page's
    ``<h1>`` on a page with no logo (under a logo, the logo says more).
    """
    title = trim_decorations(text_of(page.root.find(".//title")) if page.root is not None else "")
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return ""
    keys = {host_label(host) if host else ""} | {name_key(name) for name in mastheads}
    keys.discard("")
    last, first = trim_decorations(parts[-1]), trim_decorations(parts[0])
    if _names_site(last, keys):
        return host if URL_LIKE.search(last) or DOMAIN.match(last) else last
    if _is_site(first, keys):
        return first  # only the name itself: "Roma - Lazio 2-1" on RomaToday is a headline
    if has_logo:
        return ""  # a suffix nothing vouches for is more likely a section than the site
    before = title[: list(_SEPARATOR.finditer(title))[-1].start()]
    headlines = {name_key(text_of(page.h1)), name_key(page.first_meta("og:title"))} - {""}
    # "Headline | Name" or "Headline - Section | Name" under the page's own headline.
    short = bool(last) and len(last) <= 40 and len(last.split()) <= 5
    if short and any(name_key(before).startswith(headline) for headline in headlines):
        return last
    return ""


def _masthead_name(logos: list[str], home_links: list[str], host: str) -> str:
    """The logo's name; a home link's only when it is the host's ("Sputnik" on sputniknews.com)."""
    if logos:
        return logos[0]
    label = host_label(host) if host else ""
    for name in home_links:
        key = name_key(name)
        if label and len(key) >= 3 and (key in label or label in key):
            return name
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
_SEPARATOR = re.compile(
    r"\s+(?:[|\-\u2013\u2014·•»/:~@]{1,2})\s+|\s*[|\uff5c]\s*|\s*[\uff0d\uff1a]\s*"
    # "标题_新浪新闻": an underscore between words of an unspaced script.
    r"|(?<=[^\x00-\u024f])_|_(?=[^\x00-\u024f])"
)
# Ornaments around a title or its site part: ":: 痞客邦 PIXNET ::", "| Site", "- Site".
_ORNAMENT = "\\s|:~•·*★☆=\\-\u2013\u2014\uff5c\uff0d\uff1a"
_ORNAMENT_ENDS = re.compile(f"^[{_ORNAMENT}]+|[{_ORNAMENT}]+$")
# A site's name in brackets at either end: "« Site »", "【Site】", "[Site]".
_WRAPPED_END = re.compile(
    r"^\s*[«\[【(\uff08](?P<lead>[^«»\[\]【】()\uff08\uff09]{1,60})[»\]】)\uff09]\s*"
    r"|\s*[«\[【(\uff08](?P<trail>[^«»\[\]【】()\uff08\uff09]{1,60})[»\]】)\uff09]\s*$"
)
_PREFIX = re.compile(r"^(?P<site>[^:|]{2,60}?)\s*[:|]\s+(?P<rest>.+)$")


def read_title(page: Page, site_name: str, host: str) -> str:
    """The headline, without the site's name and the ornaments around it."""
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
    # A page titled only with the site's name (a home page, a blog's index):
    # that name, without its ornaments, says more than nothing.
    return next((trim_decorations(c) for c in candidates if trim_decorations(c)), "")


def _site_keys(site_name: str, host: str, page: Page) -> set[str]:
    keys = {name_key(site_name), name_key(host), host_label(host) if host else ""}
    for name in (page.first_meta("og:site_name"), *json_names(page, page.article.get("publisher"))):
        keys.add(name_key(name))
    keys.discard("")
    return keys


def strip_site_name(title: str, site_keys: set[str]) -> str:
    """Remove " - Site", " | Site", "« Site »" at either end and "Site: " prefixes from a title.

    ``site_keys`` are the site's names in :func:`.page.name_key` form (site name, host,
    host without its top-level domain).  Only parts naming the site are
    removed: "Meloni: «I conti tornano»" keeps its colon.  A suffix may be a
    short form of the name ("… - Corriere" for Corriere della Sera) or hold it
    ("… :: 痞客邦 PIXNET ::" on pixnet.net); a prefix must be the name itself,
    or "Roma - Lazio 2-1" on RomaToday loses "Roma" (so must "[Site] …").
    """
    title = trim_decorations(clean(title))
    for _ in range(3):
        wrapped = _WRAPPED_END.search(title)
        parts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
        if wrapped and (
            _is_site(wrapped["lead"], site_keys)
            if wrapped["lead"]
            else _names_site(wrapped["trail"], site_keys)
        ):
            title = trim_decorations(title[: wrapped.start()] + title[wrapped.end() :])
        elif not parts:
            break
        elif _names_site(title[parts[-1][1] :], site_keys):
            title = trim_decorations(title[: parts[-1][0]])
        elif _is_site(title[: parts[0][0]], site_keys):
            title = trim_decorations(title[parts[0][1] :])
        else:
            break
    prefix = _PREFIX.match(title)
    if prefix and _is_site(prefix["site"], site_keys):
        title = prefix["rest"].strip()
    return title


def trim_decorations(title: str) -> str:
    """``title`` without ornaments at its ends (":: Name ::" → "Name")."""
    return _ORNAMENT_ENDS.sub("", title)


def _is_site(part: str, site_keys: set[str]) -> bool:
    key = name_key(part)
    return bool(key) and (key in site_keys or key.removeprefix("the") in site_keys)


def _names_site(part: str, site_keys: set[str]) -> bool:
    """Whether a title's last part names the site: the name, a short form, or a
    short part holding it ("痞客邦 PIXNET" on pixnet.net)."""
    key = name_key(part)
    if not key:
        return False
    if _is_site(part, site_keys):
        return True
    if _distinctive(key) and any(site.startswith(key) for site in site_keys):
        return True
    short = len(part) <= 30 and len(part.split()) <= 4
    return short and any(_distinctive(site) and site in key for site in site_keys)


def _distinctive(key: str) -> bool:
    """Long enough to name a site inside a longer part: four letters, two ideographs."""
    return len(key) >= 4 or (len(key) >= 2 and not key.isascii())
