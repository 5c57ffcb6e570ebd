"""Telling a wall from an article: paywalls, consent walls and login pages.

Cuttings fetches pages anonymously, so a subscriber's article comes back as a
teaser, a cookie-consent page or a login form.  :func:`detect_wall` reads the
page Cuttings fetched and the body extracted from it and says why the clip
is partial, or ``""``.  Every rule pairs a sign of a wall with too little
article text: consent managers, paywall scripts and login forms sit on most
news pages, also where the whole article came through, and a page that
merely *mentions* subscriptions or cookies is an article.  See
docs/walls.md for the rules and their false-positive guards.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from cuttings.core.metadata.page import collect_json_ld, json_types
from cuttings.core.words import count_words

# A body this short next to a wall sign is the teaser, not the article.
PAYWALL_TEASER_WORDS = 350
# A page with a consent manager's dialog and no text to speak of is the dialog.
CONSENT_EMPTY_WORDS = 40
# The most words a body made of consent text can have (a cookie notice is long).
CONSENT_TEXT_WORDS = 400
# A login form beside this little text is the page.
LOGIN_PAGE_WORDS = 80
LOGIN_TEASER_WORDS = 250
# Beyond this many words only a declared word count can reveal a wall.
_LONGEST_TEASER = max(
    PAYWALL_TEASER_WORDS, CONSENT_TEXT_WORDS, CONSENT_EMPTY_WORDS, LOGIN_PAGE_WORDS,
    LOGIN_TEASER_WORDS,
)  # fmt: skip
# A declared word count is trusted when the body falls this far short of it.
DECLARED_SHARE = 0.5
DECLARED_MIN_WORDS = 150
DECLARED_MIN_MISSING = 100

# Consent managers, by what their markup or scripts leave in a page.
_CONSENT_VENDORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("OneTrust", ("onetrust", "cookielaw.org", "otsdkstub")),
    ("Didomi", ("didomi",)),
    ("Quantcast", ("qc-cmp2", "quantcast.mgr", "cmp.quantcast")),
    ("Sourcepoint", ("sp_message_container", "privacy-mgmt.com", "sourcepoint")),
    ("Iubenda", ("iubenda",)),
    ("Cookiebot", ("cybotcookiebot", "cookiebot")),
    ("Usercentrics", ("usercentrics",)),
    ("TrustArc", ("trustarc", "truste-consent")),
    ("consentmanager", ("consentmanager.net", "cmpbox")),
    ("Google Funding Choices", ("fundingchoicesmessages", "fc-consent-root")),
    ("Complianz", ("cmplz-",)),
    ("CookieYes", ("cookieyes", "cky-consent")),
    ("Axeptio", ("axeptio",)),
    ("contentpass", ("contentpass",)),
    ("IAB TCF", ("__tcfapi", "consensu.org", "__cmp(")),
)
_PAYWALL_VENDORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Piano", ("tinypass", "piano.io", "tp-modal", "tp-container")),
    ("Poool", ("poool",)),
    ("Zephr", ("zephr",)),
    ("Laterpay", ("laterpay",)),
    ("Steady", ("steadyhq",)),
)
# class, id and data-* names that paywalls use (tokens, matched whole-ish).
_PAYWALL_NAME = re.compile(
    r"(?:^|[\s_-])(?:pay-?wall|paid-?(?:content|article|wall)|premium-?(?:content|wall|barrier|"
    r"article-?locked)|subscriber-?only|subscribers-?only|abo-?(?:wall|teaser|barrier|pflichtig)|"
    r"reg-?wall|article-?locked|locked-?(?:content|article)|piano-?(?:offer|paywall|inline)|"
    r"plus-?(?:teaser|paywall)|meter-?wall|hard-?wall)(?:$|[\s_-])",
    re.IGNORECASE,
)
# What walls say, in the languages of Cuttings' users.  Only phrases a wall
# says: "subscribe" or "abonnati" alone is in every newsletter box.
_PAYWALL_PHRASES = (
    # English
    "subscribe to continue reading",
    "subscribe to keep reading",
    "subscribe to read the full",
    "subscribe now to continue",
    "this article is for subscribers",
    "this article is only available to subscribers",
    "this content is only available to subscribers",
    "exclusive to subscribers",
    "you have reached your limit of free articles",
    "you've reached your free article limit",
    "continue reading with a subscription",
    "to continue reading, subscribe",
    # Italian
    "riservato agli abbonati",
    "abbonati per continuare",
    "abbonati per leggere",
    "per continuare a leggere abbonati",
    "per leggere l'articolo completo",
    "contenuto riservato",
    "articolo riservato",
    # French
    "réservé aux abonnés",
    "la suite est réservée",
    "de cet article à lire",
    "abonnez-vous pour lire",
    "abonnez-vous pour continuer",
    "pour lire la suite de cet article",
    # German
    "nur für abonnenten",
    "exklusiv für abonnenten",
    "abonnieren und weiterlesen",
    "jetzt weiterlesen mit",
    "um diesen artikel zu lesen",
    "um den vollständigen artikel zu lesen",
    "artikel ist nur mit",
    # Spanish
    "exclusivo para suscriptores",
    "solo para suscriptores",
    "sólo para suscriptores",
    "suscríbete para seguir leyendo",
    "suscríbete para continuar leyendo",
    "suscríbete para leer",
    "hazte suscriptor para seguir",
)
_LOGIN_PHRASES = (
    "sign in to continue",
    "log in to continue",
    "login to continue",
    "sign in to read",
    "log in to read",
    "accedi per continuare",
    "accedi per leggere",
    "connectez-vous pour lire",
    "connectez-vous pour continuer",
    "identifiez-vous pour",
    "melden sie sich an, um",
    "anmelden, um weiterzulesen",
    "inicia sesión para seguir",
    "inicia sesión para continuar",
    "inicia sesión para leer",
)
_CONSENT_PHRASES = (
    "accept all",
    "accept cookies",
    "we value your privacy",
    "we care about your privacy",
    "manage preferences",
    "alle akzeptieren",
    "zustimmen und weiter",
    "zustimmen & weiter",
    "mit werbung lesen",
    "akzeptieren und weiter",
    "accetta tutti",
    "accetta e continua",
    "accetta e chiudi",
    "tout accepter",
    "accepter et continuer",
    "accepter et fermer",
    "aceptar todo",
    "aceptar y continuar",
    "aceptar y cerrar",
)
# The words of a consent notice: a body dense with them is the notice.
_CONSENT_WORD = re.compile(
    r"\b(?:cookies?|consent\w*|privacy|tracking|partners?|advertising|personali[sz]ed|"
    r"einwilligung\w*|zustimm\w*|datenschutz\w*|werbung|partnern|consenso|trattamento|"
    r"finalità|pubblicità|consentement|confidentialité|traceurs|partenaires|publicité|"
    r"consentimiento|privacidad|socios|publicidad|tcf|iab|gdpr|dsgvo|rgpd)\b",
    re.IGNORECASE,
)
CONSENT_DENSITY = 0.05
_CONSENT_HOST = re.compile(r"^(?:consent|guce|myprivacy|cmp|privacy-gate)\.")
_CONSENT_PATH = re.compile(
    r"/(?:consent|zustimmung|cookie-?wall|cookie-?consent|privacy-?gate|collectconsent)(?:[/?.]|$)",
    re.IGNORECASE,
)
_LOGIN_PATH = re.compile(
    r"/(?:login|log-in|signin|sign-in|sso|anmelden|anmeldung|accedi|connexion|"
    r"identification|iniciar-sesion)(?:[/?.]|$)",
    re.IGNORECASE,
)
_FURNITURE_TAGS = frozenset({"header", "nav", "footer", "aside"})
_FURNITURE_NAME = re.compile(r"header|footer|nav|menu|login|account|user|profile", re.IGNORECASE)
_FALSE_VALUES = frozenset({"false", "no", "0"})
_VISIBLE_TEXT = (
    "//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::svg)]"
)


@dataclass(slots=True)
class WallSigns:
    """What a page shows of walls, read once."""

    words: int
    declared_words: int = 0
    locked: bool = False  # schema.org isAccessibleForFree false
    paywall_markup: str = ""  # a class, id or data-* name
    paywall_vendor: str = ""
    paywall_phrase: str = ""
    consent_vendor: str = ""
    consent_phrase: str = ""
    consent_url: bool = False
    consent_density: float = 0.0
    login_form: bool = False
    login_url: bool = False
    login_phrase: str = ""


def detect_wall(html: str, url: str, body_text: str) -> str:
    """Why the article fetched from ``url`` is partial, or ``""`` if it reads as complete.

    ``body_text`` is the text extracted from ``html`` (empty when nothing
    could be extracted).
    """
    if count_words(body_text) >= _LONGEST_TEASER and "wordcount" not in html.lower():
        # Only a declared word count can say that so long a body is a teaser.
        return ""
    signs = read_signs(html, url, body_text)
    return _consent(signs, strong=True) or _paywall(signs) or _login(signs) or _consent(signs)


def read_signs(html: str, url: str, body_text: str) -> WallSigns:
    """Every sign of a wall on the page, whatever the text's length (bench/walls.py counts them)."""
    signs = WallSigns(words=count_words(body_text))
    if signs.words:
        consent_words = len(_CONSENT_WORD.findall(body_text))
        signs.consent_density = consent_words / signs.words
    lowered = html.lower()
    signs.consent_vendor = _vendor(lowered, _CONSENT_VENDORS)
    signs.paywall_vendor = _vendor(lowered, _PAYWALL_VENDORS)
    try:
        parts = urlsplit(url)
        host, path = (parts.hostname or ""), parts.path
    except ValueError:
        host, path = "", ""
    signs.consent_url = bool(_CONSENT_HOST.match(host) or _CONSENT_PATH.search(path))
    signs.login_url = bool(_LOGIN_PATH.search(path))
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return signs
    _read_markup(root, signs)
    page_text = " ".join(_visible_text(root).split()).casefold().replace("\u2019", "'")
    signs.paywall_phrase = _phrase(page_text, _PAYWALL_PHRASES)
    signs.login_phrase = _phrase(page_text, _LOGIN_PHRASES)
    signs.consent_phrase = _phrase(page_text, _CONSENT_PHRASES)
    return signs


def _read_markup(root: Any, signs: WallSigns) -> None:
    nodes: list[dict[str, Any]] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "script" and "ld+json" in (element.get("type") or "").lower():
            collect_json_ld(element.text or "", nodes, {})
        elif tag == "input" and (element.get("type") or "").lower() == "password":
            signs.login_form = True
        elif tag == "meta":
            key = (element.get("property") or element.get("name") or "").lower()
            if key == "article:content_tier" and (element.get("content") or "") == "locked":
                signs.locked = True
        if not signs.paywall_markup:
            signs.paywall_markup = _paywall_markup(element)
    for node in nodes:
        free = node.get("isAccessibleForFree")
        if isinstance(free, bool | str) and str(free).strip().lower() in _FALSE_VALUES:
            signs.locked = True
        declared = node.get("wordCount") or node.get("wordcount")
        if json_types(node) and isinstance(declared, int | str) and not signs.declared_words:
            with contextlib.suppress(ValueError):
                signs.declared_words = max(0, int(str(declared).strip()))


def _paywall_markup(element: Any) -> str:
    """The paywall name on ``element`` (a class, an id, a data-* attribute), if any.

    Sites show their paywall's account widget ("paywall-login-link") in the
    header of every page, free articles included: names in page furniture
    do not count.
    """
    found = ""
    for name, value in element.attrib.items():
        if name in ("class", "id") and (match := _PAYWALL_NAME.search(value)):
            found = match.group(0).strip(" _-")
        elif name.startswith("data-") and "paywall" in name.lower():
            found = name
        if found:
            break
    if not found:
        return ""
    for node in (element, *element.iterancestors()):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in _FURNITURE_TAGS or _FURNITURE_NAME.search(names):
            return ""
    return found


def _visible_text(root: Any) -> str:
    # Read, not dropped from the tree: lxml refuses to move a tail holding
    # control characters, which hostile pages have.
    return " ".join(root.xpath(_VISIBLE_TEXT))


def _vendor(lowered_html: str, vendors: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    for name, marks in vendors:
        if any(mark in lowered_html for mark in marks):
            return name
    return ""


def _phrase(text: str, phrases: tuple[str, ...]) -> str:
    return next((phrase for phrase in phrases if phrase in text), "")


def _paywall(signs: WallSigns) -> str:
    sign = (
        "the page says it is not free"
        if signs.locked
        else f"paywall markup “{signs.paywall_markup}”"
        if signs.paywall_markup
        else f"“{signs.paywall_phrase}”"
        if signs.paywall_phrase
        else ""
    )
    vendor = f", {signs.paywall_vendor}" if signs.paywall_vendor else ""
    declared, words = signs.declared_words, signs.words
    if (
        declared >= DECLARED_MIN_WORDS
        and words < declared * DECLARED_SHARE
        and declared - words >= DECLARED_MIN_MISSING
    ):
        shortfall = f"only {words:,} of the {declared:,} words the page declares"
        if sign or signs.paywall_vendor:
            return f"paywall: {shortfall} ({sign or signs.paywall_vendor})"
        return f"incomplete: {shortfall}"
    if sign and words < PAYWALL_TEASER_WORDS:
        return f"paywall: only a teaser of {words:,} words ({sign}{vendor})"
    return ""


def _consent(signs: WallSigns, *, strong: bool = False) -> str:
    """A consent wall: the consent page's URL, a body that is the notice, or nothing but it.

    ``strong`` asks only for the first two (they outrank a paywall's signs);
    without it a page that shows a consent manager's dialog and no readable
    text at all also counts.  A short brief under a cookie banner has text.
    """
    vendor = f" ({signs.consent_vendor})" if signs.consent_vendor else ""
    if signs.consent_url and signs.words < CONSENT_TEXT_WORDS:
        return f"consent wall: Cuttings was shown a cookie-consent page{vendor}"
    if not (signs.consent_vendor and signs.consent_phrase):
        return ""
    if signs.consent_density >= CONSENT_DENSITY and signs.words < CONSENT_TEXT_WORDS:
        return f"consent wall: the text is a cookie-consent notice{vendor}"
    if not strong and signs.words < CONSENT_EMPTY_WORDS:
        return f"consent wall: a cookie-consent dialog and no article text{vendor}"
    return ""


def _login(signs: WallSigns) -> str:
    if signs.login_form and signs.words < LOGIN_PAGE_WORDS:
        return "login page: the article needs an account"
    if (signs.login_url or signs.login_phrase) and signs.words < LOGIN_TEASER_WORDS:
        return "login page: the article needs an account"
    return ""
