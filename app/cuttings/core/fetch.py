"""Downloading a page (or a feed) within hard limits of time, size and content type.

A page is untrusted input from an untrusted server.  :class:`Fetcher` follows
at most ``max_redirects`` redirects and only to http(s) addresses that parse,
never from a public address into a private network (see :mod:`.network`),
stops a response that takes longer than ``deadline`` seconds in total (a
server dripping one byte a second included), stops reading at ``max_bytes``
of *decoded* body (a gzip bomb never inflates past it), accepts only the
content types of what was asked for (HTML for pages, XML and the like for
feeds), and decodes pages with the right charset.  Every failure is a
:class:`FetchError` with a message for the user.
"""

import contextlib
import email.utils
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from cuttings import __version__
from cuttings.core.charsets import decode_html
from cuttings.core.errors import FetchError, HTTPStatusError, NotArticleError
from cuttings.core.fetchwatch import (
    FetchSession,
    Watch,
    WatchedAdapter,
    abort_on_cancel,
    current,
    host_key,
)
from cuttings.core.network import Network, all_public, first_private
from cuttings.core.urls import FETCHABLE_SCHEMES, parse_user_url

USER_AGENT = f"Cuttings/{__version__} (+https://github.com/cuttings/cuttings)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# Control characters in a server's reason phrase or content type would reach
# the user's terminal (ESC sequences) through our error messages.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Wanted:
    """What a download must be: its name in messages and the content types taken."""

    noun: str
    accept: str  # the Accept header
    types: frozenset[str]
    any_xml: bool = False  # also every */xml and */*+xml type
    refusal: str = "not an article page"
    prefix: str = ""  # also every type that starts with this ("image/")

    def takes(self, mime: str) -> bool:
        if not mime or mime in self.types:
            return True
        if self.prefix and mime.startswith(self.prefix):
            return True
        return self.any_xml and (mime.endswith(("/xml", "+xml")))


PAGE = Wanted("page", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", HTML_TYPES)
# Feeds are served under every type a server can think of: RSS as text/xml,
# text/html or application/octet-stream, JSON Feed as application/json; an
# OPML list may name another list (text/x-opml).
FEED = Wanted(
    "feed",
    "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5",
    frozenset(
        {
            "text/plain",
            "text/html",
            "application/octet-stream",
            "application/json",
            "application/feed+json",
            "text/x-opml",
            "application/x-opml",
        }
    ),
    any_xml=True,
    refusal="not a feed",
)
# Pictures: whatever the server calls them, the bytes are then decoded to be
# sure (cuttings.core.images.verify); a page (text/html) is never a picture.
IMAGE = Wanted(
    "picture",
    "image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8",
    frozenset({"application/octet-stream", "binary/octet-stream"}),
    refusal="not a picture",
    prefix="image/",
)


@dataclass(frozen=True, slots=True)
class Download:
    """A body as the server sent it (decompressed), with where it came from."""

    url: str
    final_url: str
    status: int
    content_type: str  # the MIME type alone
    header: str  # the whole Content-Type header (charset included)
    body: bytes
    content_language: str = ""  # the Content-Language header: a hint for the charset
    # Validators for a conditional request next time (re-checks); a 304 has no body.
    etag: str = ""
    last_modified: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # the final response's, as sent


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    content_type: str
    html: str
    encoding: str
    body: bytes = b""  # as the server sent it (the original page)
    headers: tuple[tuple[str, str], ...] = ()


# -- the fetcher ----------------------------------------------------------------


class Fetcher:
    """Fetches article pages and feeds; safe to share between threads.

    ``network`` resolves names and opens connections (tests pass their own).
    """

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 10.0,
        deadline: float = 30.0,
        max_bytes: int = 15 * 1024 * 1024,
        max_redirects: int = 10,
        user_agent: str = USER_AGENT,
        network: Network | None = None,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.network = network or Network()
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = FetchSession()
            session.trust_env = False  # no proxies or .netrc picked up behind the user's back
            adapter = WatchedAdapter(max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers.update({"User-Agent": self.user_agent, "Accept-Language": "*"})
            self._local.session = session
        return session

    def fetch(self, url: str, *, cancel: threading.Event | None = None) -> FetchedPage:
        """Download the HTML page at ``url``; raise :class:`FetchError` with a specific reason."""
        download = self.download(url, cancel=cancel, wanted=PAGE)
        html, encoding = decode_html(
            download.body,
            download.header,
            url=download.final_url,
            content_language=download.content_language,
        )
        return FetchedPage(
            url=download.url,
            final_url=download.final_url,
            status=download.status,
            content_type=download.content_type,
            html=html,
            encoding=encoding,
            body=download.body,
            headers=download.headers,
        )

    def download(
        self,
        url: str,
        *,
        cancel: threading.Event | None = None,
        wanted: Wanted = PAGE,
        max_bytes: int | None = None,
        public_only: bool = False,
        validators: dict[str, str] | None = None,
    ) -> Download:
        """The body at ``url`` if it is what is ``wanted``; raise :class:`FetchError`.

        ``validators`` (``If-None-Match``, ``If-Modified-Since``) make the
        request conditional: a server with nothing new answers 304, returned
        as a :class:`Download` with that status and an empty body.
        ``max_bytes`` lowers the size limit for this download; ``public_only``
        refuses any private address from the first hop (a picture named by a
        page on the internet must not reach into the person's network).
        """
        url = parse_user_url(url)
        watch = Watch(self.network)
        timer = threading.Timer(
            self.deadline,
            watch.abort,
            args=(f"the server took longer than {self.deadline:g} s to send the {wanted.noun}",),
        )
        timer.daemon = True
        stop_cancel_watch = threading.Event()
        if cancel is not None:
            threading.Thread(
                target=abort_on_cancel,
                args=(cancel, stop_cancel_watch, watch),
                daemon=True,
                name="fetch-cancel-watch",
            ).start()
        current.watch = watch
        timer.start()
        try:
            limit = self.max_bytes if max_bytes is None else min(max_bytes, self.max_bytes)
            return self._download(url, watch, wanted, limit, public_only, validators or {})
        except FetchError:
            raise
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if watch.reason:
                raise FetchError(watch.reason) from None
            raise FetchError(describe_network_error(url, exc, self)) from None
        finally:
            timer.cancel()
            stop_cancel_watch.set()
            current.watch = None

    def _download(
        self,
        url: str,
        watch: Watch,
        wanted: Wanted,
        limit: int,
        public_only: bool,
        validators: dict[str, str],
    ) -> Download:
        session = self._session()
        current = url
        seen = {url}
        public_before = public_only
        for hop in range(self.max_redirects + 1):
            addresses = self._check_hop(current, hop, watch, public_before, wanted)
            public_before = public_before or all_public(addresses)
            try:
                response = session.get(
                    current,
                    stream=True,
                    allow_redirects=False,
                    timeout=(self.connect_timeout, self.read_timeout),
                    headers={"Accept": wanted.accept, **validators},
                )
            except ValueError as exc:  # requests' InvalidURL, urllib3's LocationParseError…
                raise FetchError(_invalid_address(current, hop, wanted, exc)) from None
            with contextlib.closing(response):
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    current = _redirect_target(current, response.headers["location"], seen, wanted)
                    continue
                if response.status_code == 304 and validators:
                    return Download(url, current, 304, "", "", b"")
                self._check_status(response, wanted)
                header = response.headers.get("content-type", "")
                content_type = self._check_content_type(header, wanted)
                body = self._read_body(response, watch, wanted, limit)
                if not body.strip():
                    raise FetchError(f"the server sent an empty {wanted.noun}")
                return Download(
                    url=url,
                    final_url=current,
                    status=response.status_code,
                    content_type=content_type,
                    header=header,
                    body=body,
                    content_language=response.headers.get("content-language", ""),
                    etag=_printable(response.headers.get("etag", ""), 200),
                    last_modified=_printable(response.headers.get("last-modified", ""), 100),
                    headers=tuple(response.raw.headers.items()),
                )
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def _check_hop(
        self, url: str, hop: int, watch: Watch, public_before: bool, wanted: Wanted
    ) -> list[str]:
        """Resolve the host of ``url`` (its addresses are then the only ones used)
        and refuse a hop from the public internet into a private network."""
        parts = urlsplit(url)
        try:
            host = host_key(parts.hostname or "")
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError as exc:
            raise FetchError(_invalid_address(url, hop, wanted, exc)) from None
        try:
            addresses = watch.pins.get(host) or self.network.resolve(host, port)
        except (OSError, UnicodeError):
            raise FetchError(
                f"cannot find the server {_printable(host)} (check the address or your connection)"
            ) from None
        private = first_private(addresses)
        if public_before and private is not None:
            raise FetchError(
                f"the {wanted.noun} redirects from the internet into a private network "
                f"({_printable(host)} is {private}): refused"
            )
        watch.pins[host] = addresses
        return addresses

    @staticmethod
    def _check_status(response: requests.Response, wanted: Wanted) -> None:
        status = response.status_code
        if status < 400:
            return
        reason = _printable(response.reason or "")
        noun = wanted.noun
        if status == 404:
            message = f"{noun} not found (HTTP 404)"
        elif status == 410:
            message = f"the {noun} has been removed (HTTP 410)"
        elif status in (401, 403):
            message = f"access denied: the {noun} needs a login or subscription (HTTP {status})"
        elif status == 429:
            message = "the site refused: too many requests, try again later (HTTP 429)"
        elif status >= 500:
            message = f"the site's server failed (HTTP {status} {reason})".replace(" )", ")")
        else:
            message = f"the site refused the request (HTTP {status} {reason})".replace(" )", ")")
        retry = _retry_after(response.headers.get("retry-after", ""))
        raise HTTPStatusError(message, status, retry)

    @staticmethod
    def _check_content_type(header: str, wanted: Wanted) -> str:
        mime = header.split(";", 1)[0].strip().lower()
        if not wanted.takes(mime):
            raise NotArticleError(f"{wanted.refusal} ({_printable(mime)})")
        return mime or "text/html"

    def _read_body(
        self, response: requests.Response, watch: Watch, wanted: Wanted, limit: int
    ) -> bytes:
        raw = response.raw
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and "content-encoding" not in response.headers:
            _check_size(int(declared), wanted, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in _read_chunks(raw):
            size += len(chunk)
            _check_size(size, wanted, limit)
            chunks.append(chunk)
        if watch.reason:
            raise FetchError(watch.reason)
        return b"".join(chunks)


def _check_size(size: int, wanted: Wanted, limit: int) -> None:
    if size > limit:
        raise FetchError(f"the {wanted.noun} is too large (over {limit / (1024 * 1024):g} MB)")


def _retry_after(header: str) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), if any."""
    value = header.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _redirect_target(current: str, location: str, seen: set[str], wanted: Wanted) -> str:
    """The next hop: an http(s) URL that parses, never one already visited."""
    try:
        target = urljoin(current, location.strip())
        parts = urlsplit(target)
        port = parts.port
        if parts.scheme.lower() in FETCHABLE_SCHEMES and (not parts.hostname or port == 0):
            raise ValueError("no host name" if not parts.hostname else "port 0")
        if parts.hostname:
            host_key(parts.hostname)
    except ValueError as exc:  # also UnicodeError and idna.IDNAError
        raise FetchError(_invalid_address(location, 1, wanted, exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in FETCHABLE_SCHEMES:
        raise FetchError(
            f"the {wanted.noun} redirects to a non-web address ({_printable(scheme)}:)"
        )
    if target in seen:
        raise FetchError(f"the {wanted.noun} redirects in a loop")
    seen.add(target)
    return target


def _invalid_address(url: str, hop: int, wanted: Wanted, exc: BaseException) -> str:
    why = _printable(str(exc), 60)
    detail = f"{_printable(url)}: {why}" if why else _printable(url)
    if hop:
        return f"the {wanted.noun} redirects to an invalid address ({detail})"
    return f"not a valid web address ({detail})"


def _printable(text: str, limit: int = 80) -> str:
    """Text sent by a server, fit for a one-line message: no control characters, bounded."""
    return _UNPRINTABLE.sub("", text)[:limit]


def _read_chunks(raw: urllib3.HTTPResponse) -> Iterator[bytes]:
    # read1 returns as soon as *some* data arrives (so the deadline can
    # interrupt a slow drip) and decodes at most _CHUNK bytes at a time.
    while True:
        chunk = raw.read1(_CHUNK, decode_content=True)
        if not chunk:
            return
        yield chunk


def describe_network_error(url: str, exc: BaseException, fetcher: Fetcher) -> str:
    """A one-line reason for a network failure, without a traceback."""
    host = urlsplit(url).hostname or url
    text = str(exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"{host} did not answer within {fetcher.connect_timeout:g} s"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return f"{host} stopped sending data (nothing for {fetcher.read_timeout:g} s)"
    if isinstance(exc, requests.exceptions.SSLError):
        return f"secure connection to {host} failed (certificate or TLS error)"
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return f"too many redirects (more than {fetcher.max_redirects})"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | urllib3.exceptions.ProtocolError):
        return f"the connection to {host} was cut off while downloading"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return f"{host} sent a badly compressed page"
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return f"cannot find the server {host} (check the address or your connection)"
    if "Connection refused" in text:
        return f"{host} refused the connection"
    if "Connection reset" in text or "RemoteDisconnected" in text or "closed connection" in text:
        return f"the connection to {host} was cut off"
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return f"not a valid web address: {url}"
    return f"cannot download from {host} ({type(exc).__name__})"
