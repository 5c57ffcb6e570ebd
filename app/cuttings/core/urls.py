"""Checking the URLs people paste and deciding when two URLs are one article."""

import contextlib
import ipaddress
import re
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from publicsuffixlist import PublicSuffixList

from cuttings.core.errors import InvalidUrlError

FETCHABLE_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Parameters added by newsletters, ads and social networks: they never change
# the article, so two links differing only by them are the same clip.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ocid",
        "cmpid",
        "ito",
        "at_medium",
        "at_campaign",
        "sr_share",
        "smid",
        "ncid",
        "spm",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
_HOST_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", re.IGNORECASE)


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def non_web_scheme(text: str) -> str | None:
    """The scheme of a link that is no web page at all (``javascript:`` bookmarklets,
    Firefox's ``place:`` queries, ``about:``, ``file:``…), or None.

    ``example.com:8080/x`` is a host and port, not a scheme.
    """
    candidate = text.strip()
    found = _SCHEME.match(candidate)
    if found is None or _HOST_LIKE.match(candidate):
        return None
    scheme = found.group(1).lower()
    return None if scheme in FETCHABLE_SCHEMES else scheme


def parse_user_url(text: str) -> str:
    """Return the http(s) URL in ``text``, or raise :class:`InvalidUrlError`.

    A bare ``example.com/story`` is taken as https, as every browser does.
    """
    candidate = text.strip()
    if not candidate:
        raise InvalidUrlError("empty URL")
    if any(ch.isspace() for ch in candidate):
        raise InvalidUrlError(f"not a URL (it contains spaces): {candidate[:80]}")
    if "://" not in candidate and _HOST_LIKE.match(candidate):
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError as exc:
        raise InvalidUrlError(f"not a valid URL ({exc}): {candidate[:80]}") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise InvalidUrlError(f"not a URL: {candidate[:80]}")
    if scheme not in FETCHABLE_SCHEMES:
        raise InvalidUrlError(f"only http and https links can be clipped, not {scheme}:")
    if not parts.hostname:
        raise InvalidUrlError(f"the URL has no host name: {candidate[:80]}")
    if port == 0:
        raise InvalidUrlError(f"the URL has an invalid port: {candidate[:80]}")
    return candidate


def canonical_url(url: str) -> str:
    """The identity of an article's URL, used to avoid clipping it twice.

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters, and ``/`` for an empty path.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    # An invalid international name is kept as typed; the fetch will report it.
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    netloc = host
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    query = urlencode(
        [
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not _is_tracking_param(key)
        ],
        doseq=True,
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _is_tracking_param(key: str) -> bool:
    lowered = key.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def site_host(url: str) -> str:
    """The host of ``url`` without ``www.``, as a fallback site name."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def without_credentials(url: str) -> str:
    """``url`` as it may be stored: no ``user:password@``, and a ``mailto:``
    link without its query (``?attach=/etc/passwd``, ``body=`` and the like).

    Anything that does not parse as a URL is returned unchanged.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() == "mailto":
        return urlunsplit((parts.scheme, "", parts.path, "", ""))
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


@cache
def _suffixes() -> PublicSuffixList:
    # The list shipped inside the package (a dated snapshot: see
    # docs/reliability.md); it never downloads anything.
    return PublicSuffixList()


def registrable_domain(url: str) -> str:
    """The part of ``url``'s host that one owner registered (``bbc.co.uk`` for
    ``news.bbc.co.uk``; ``alice.github.io`` stays itself): the Public Suffix
    List's "eTLD+1".  An IP address, or a name that is itself a public suffix,
    is its own domain; "" when there is no host.
    """
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    if not host:
        return ""
    with contextlib.suppress(ValueError):
        return str(ipaddress.ip_address(host))
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    return _suffixes().privatesuffix(host) or host


def same_site(url: str, *others: str) -> bool:
    """Whether ``url`` is on the registrable domain of one of ``others``."""
    domain = registrable_domain(url)
    return bool(domain) and any(registrable_domain(other) == domain for other in others)
