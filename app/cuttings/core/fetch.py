"""Downloading a page within hard limits of time, size and content type.

A page is untrusted input from an untrusted server.  :class:`Fetcher` follows
at most ``max_redirects`` redirects and only to http(s), stops a response that
takes longer than ``deadline`` seconds in total (a server dripping one byte a
second included), stops reading at ``max_bytes`` of *decoded* body (a gzip
bomb never inflates past it), accepts only HTML, and decodes the text with the
right charset.  Every failure is a :class:`FetchError` with a message for the
user.
"""

import contextlib
import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from cuttings import __version__
from cuttings.core import charsets
from cuttings.core.errors import FetchError, NotArticleError
from cuttings.core.urls import FETCHABLE_SCHEMES, parse_user_url

USER_AGENT = f"Cuttings/{__version__} (+https://github.com/cuttings/cuttings)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# Control characters in a server's reason phrase or content type would reach
# the user's terminal (ESC sequences) through our error messages.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    content_type: str
    html: str
    encoding: str


# -- aborting a request from another thread ----------------------------------
#
# requests has no total deadline: its read timeout restarts with every byte.
# Each fetch registers the sockets its connections use in a thread-local
# watch; a timer (the deadline) or a cancel request shuts them down, which
# wakes up the blocked read at once.


class _Watch:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.reason = ""

    def add(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.reason:
                _shutdown(sock)
            else:
                self._sockets.append(sock)

    def abort(self, reason: str) -> None:
        with self._lock:
            if self.reason:
                return
            self.reason = reason
            for sock in self._sockets:
                _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    # The socket may already be closed by the pool: nothing left to stop.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()


def _register(sock: socket.socket | None) -> None:
    watch: _Watch | None = getattr(_current, "watch", None)
    if watch is not None:
        watch.add(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _register(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self.sock)
        super().request(*args, **kwargs)
        _register(self.sock)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _register(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self.sock)
        super().request(*args, **kwargs)
        _register(self.sock)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


# -- the fetcher ----------------------------------------------------------------


class Fetcher:
    """Fetches article pages; safe to share between threads."""

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 10.0,
        deadline: float = 30.0,
        max_bytes: int = 15 * 1024 * 1024,
        max_redirects: int = 10,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies or .netrc picked up behind the user's back
            adapter = _WatchedAdapter(max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers.update(
                {
                    "User-Agent": self.user_agent,
                    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                    "Accept-Language": "*",
                }
            )
            self._local.session = session
        return session

    def fetch(self, url: str, *, cancel: threading.Event | None = None) -> FetchedPage:
        """Download ``url``; raise :class:`FetchError` with a specific reason."""
        url = parse_user_url(url)
        watch = _Watch()
        timer = threading.Timer(
            self.deadline,
            watch.abort,
            args=(f"the server took longer than {self.deadline:g} s to send the page",),
        )
        timer.daemon = True
        stop_cancel_watch = threading.Event()
        if cancel is not None:
            threading.Thread(
                target=_abort_on_cancel,
                args=(cancel, stop_cancel_watch, watch),
                daemon=True,
                name="fetch-cancel-watch",
            ).start()
        _current.watch = watch
        timer.start()
        try:
            return self._fetch(url, watch)
        except FetchError:
            raise
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if watch.reason:
                raise FetchError(watch.reason) from None
            raise FetchError(describe_network_error(url, exc, self)) from None
        finally:
            timer.cancel()
            stop_cancel_watch.set()
            _current.watch = None

    def _fetch(self, url: str, watch: _Watch) -> FetchedPage:
        session = self._session()
        current = url
        seen = {url}
        for _hop in range(self.max_redirects + 1):
            response = session.get(
                current,
                stream=True,
                allow_redirects=False,
                timeout=(self.connect_timeout, self.read_timeout),
            )
            with contextlib.closing(response):
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    current = self._redirect_target(current, response.headers["location"], seen)
                    continue
                self._check_status(response)
                content_type = self._check_content_type(response)
                body = self._read_body(response, watch)
                if not body.strip():
                    raise FetchError("the server sent an empty page")
                html, encoding = decode_html(
                    body,
                    response.headers.get("content-type", ""),
                    url=current,
                    content_language=response.headers.get("content-language", ""),
                )
                return FetchedPage(
                    url=url,
                    final_url=current,
                    status=response.status_code,
                    content_type=content_type,
                    html=html,
                    encoding=encoding,
                )
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    @staticmethod
    def _redirect_target(current: str, location: str, seen: set[str]) -> str:
        target = urljoin(current, location.strip())
        scheme = urlsplit(target).scheme.lower()
        if scheme not in FETCHABLE_SCHEMES:
            raise FetchError(f"the page redirects to a non-web address ({scheme}:)")
        if target in seen:
            raise FetchError("the page redirects in a loop")
        seen.add(target)
        return target

    @staticmethod
    def _check_status(response: requests.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        reason = _printable(response.reason or "")
        if status == 404:
            message = "page not found (HTTP 404)"
        elif status == 410:
            message = "the page has been removed (HTTP 410)"
        elif status in (401, 403):
            message = f"access denied: the page needs a login or subscription (HTTP {status})"
        elif status == 429:
            message = "the site refused: too many requests, try again later (HTTP 429)"
        elif status >= 500:
            message = f"the site's server failed (HTTP {status} {reason})".replace(" )", ")")
        else:
            message = f"the site refused the request (HTTP {status} {reason})".replace(" )", ")")
        raise FetchError(message)

    @staticmethod
    def _check_content_type(response: requests.Response) -> str:
        header = response.headers.get("content-type", "")
        mime = header.split(";", 1)[0].strip().lower()
        if mime and mime not in HTML_TYPES:
            raise NotArticleError(f"not an article page ({_printable(mime)})")
        return mime or "text/html"

    def _read_body(self, response: requests.Response, watch: _Watch) -> bytes:
        raw = response.raw
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and "content-encoding" not in response.headers:
            self._check_size(int(declared))
        chunks: list[bytes] = []
        size = 0
        for chunk in _read_chunks(raw):
            size += len(chunk)
            self._check_size(size)
            chunks.append(chunk)
        if watch.reason:
            raise FetchError(watch.reason)
        return b"".join(chunks)

    def _check_size(self, size: int) -> None:
        if size > self.max_bytes:
            limit = self.max_bytes / (1024 * 1024)
            raise FetchError(f"the page is too large (over {limit:g} MB)")


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


def _abort_on_cancel(cancel: threading.Event, done: threading.Event, watch: _Watch) -> None:
    while not done.is_set():
        if cancel.wait(0.1):
            watch.abort("cancelled")
            return


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


# -- charsets -----------------------------------------------------------------


def decode_html(
    body: bytes, content_type: str = "", *, url: str = "", content_language: str = ""
) -> tuple[str, str]:
    """Decode an HTML body; return the text and the codec used (see
    :func:`cuttings.core.charsets.decode_html`)."""
    return charsets.decode_html(body, content_type, url=url, content_language=content_language)
