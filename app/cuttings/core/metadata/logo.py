"""The site's name as its masthead shows it: the logo's alt text, the home link's text.

Aggregators and small sites often declare no og:site_name; their name is then
in the header, as ``<img class="logo" alt="NotizieOggi">`` or ``<a href="/"
class="brand">NotizieOggi</a>``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from cuttings.core.metadata.content import limited
from cuttings.core.metadata.page import Page, clean, name_key

_LOGO_WORDS = re.compile(r"logo|brand|masthead|site-?title|site-?name|testata", re.IGNORECASE)
# "Logo di NotizieOggi", "NotizieOggi logo", "Home page - NotizieOggi".
_DECORATION = re.compile(
    r"^(?:logo|home\s*page|homepage|home)\s*(?:(?:di|of|de|du|von|del|da)\b\s*|[-:|\u2013]\s*)?"
    r"|\s*(?:[-:|\u2013]\s*)?(?:logo|home\s*page|homepage|home)$",
    re.IGNORECASE,
)
# What a home link says when it names nothing.
_GENERIC = frozenset(
    name_key(word)
    for word in (
        "home",
        "homepage",
        "logo",
        "accueil",
        "startseite",
        "inicio",
        "início",
        "torna alla home",
        "vai alla home",
        "back to home",
        "go to homepage",
        "menu",
        "site logo",
        "image",
        "brand",
        "log out",
        "logout",
        "log in",
        "login",
        "sign in",
        "subscribe",
        "search",
    )
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_MAX_ELEMENTS = 400  # the masthead is at the top; a long page need not be read further


def read_logo_names(page: Page) -> tuple[list[str], list[str]]:
    """The names the page's logos show, and those its other home links show.

    A logo (an element whose class, id or image file says so) names the site;
    a plain link home may say "Home", a language or the site's name, so it
    only counts where something else agrees.
    """
    logos: list[str] = []
    home_links: list[str] = []
    if page.root is None:
        return logos, home_links
    for element in limited(page.root.iter("a", "img"), _MAX_ELEMENTS):
        if page.h1_at >= 0 and page.marks.get(element, -1) >= page.h1_at:
            continue  # in the story: "apple-logo.jpg" in a story about Apple is not the site's
        if element.tag == "img":
            marked = _is_logo(element) or any(_is_logo(a) for a in _near_ancestors(element))
            name = _name(element.get("alt") or element.get("title") or "") if marked else ""
        else:
            marked = _is_logo(element)
            name = _link_name(element) if marked or _is_home(page, element) else ""
        if name:
            (logos if marked else home_links).append(name)
    return logos, home_links


def _is_logo(element: HtmlElement) -> bool:
    words = f"{element.get('class') or ''} {element.get('id') or ''}"
    if element.tag == "img":
        words += f" {element.get('src') or ''}"
    return bool(_LOGO_WORDS.search(words))


def _near_ancestors(element: HtmlElement) -> list[HtmlElement]:
    result = []
    for ancestor in element.iterancestors():
        result.append(ancestor)
        if len(result) == 3:
            break
    return result


def _is_home(page: Page, link: HtmlElement) -> bool:
    href = (link.get("href") or "").strip()
    if not href:
        return False
    target = urlsplit(urljoin(page.url, href)) if page.url else urlsplit(href)
    here = urlsplit(page.url)
    return (
        (not here.hostname or target.hostname == here.hostname)
        and target.path in {"", "/", "/index.html", "/index.php"}
        and not target.query
        and not target.fragment
    )


def _link_name(link: HtmlElement) -> str:
    text = _name(link.text_content())
    if text:
        return text
    for image in link.iter("img"):
        alt = _name(image.get("alt") or image.get("title") or "")
        if alt:
            return alt
    return _name(link.get("title") or link.get("aria-label") or "")


def _name(value: str) -> str:
    name = clean(_DECORATION.sub("", clean(value)))
    if not name or len(name) > 40 or len(name.split()) > 5 or name_key(name) in _GENERIC:
        return ""
    if _SLUG.match(name) or DOMAIN.match(name):
        return ""  # "ascom-image", "www.ascom.com": a file's or host's name; the host says it
    return name if name_key(name) else ""
