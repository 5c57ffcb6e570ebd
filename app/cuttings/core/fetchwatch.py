"""Aborting a request from another thread, and connecting where the fetch checked.

requests has no total deadline: its read timeout restarts with every byte.
Each fetch registers the sockets its connections use in a thread-local
:class:`Watch`; a timer (the deadline) or a cancel request shuts them down,
which wakes up the blocked read at once.  The watch also holds the addresses
each hop's host was resolved to and checked at (see :mod:`.network`): new
connections go there, not to a second DNS answer.
"""

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import idna
import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from cuttings.core.network import Network, connect_any


def host_key(host: str) -> str:
    """A host name as it is resolved: no brackets, no final dot, ASCII (IDNA) form.

    Raises ``ValueError`` (``idna.IDNAError``) for a name IDNA rejects.
    """
    host = host.strip("[]").rstrip(".").lower()
    if host.isascii():
        return host
    return idna.encode(host, uts46=True).decode("ascii")


class Watch:
    """One fetch's sockets (to abort them) and the addresses its hops were checked at."""

    def __init__(self, network: Network) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.reason = ""
        self.network = network
        self.pins: dict[str, list[str]] = {}

    def connect(
        self, host: str, port: int, timeout: float | None, source: tuple[str, int] | None
    ) -> socket.socket:
        key = host_key(host)
        addresses = self.pins.get(key) or self.network.resolve(key, port)
        return connect_any(self.network, addresses, port, timeout, source)

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


current = threading.local()


def _register(sock: socket.socket | None) -> None:
    watch: Watch | None = getattr(current, "watch", None)
    if watch is not None:
        watch.add(sock)


class _Watched(HTTPConnection):
    """Connects to the addresses the fetch checked, and registers its socket."""

    def _new_conn(self) -> socket.socket:
        watch: Watch | None = getattr(current, "watch", None)
        if watch is None:
            return super()._new_conn()
        # The same exceptions as urllib3's own _new_conn, so errors read the same.
        try:
            sock = watch.connect(self._dns_host, self.port, self.timeout, self.source_address)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out.") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"Failed to establish a new connection: {exc}") from exc
        for option in self.socket_options or ():
            sock.setsockopt(*option)
        return sock

    def connect(self) -> None:
        super().connect()
        _register(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self.sock)
        super().request(*args, **kwargs)
        _register(self.sock)


class _WatchedHTTPConnection(_Watched):
    pass


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


class FetchSession(requests.Session):
    def resolve_redirects(  # type: ignore[override]
        self, *args: Any, **kwargs: Any
    ) -> Iterator[requests.Response]:
        # Even with allow_redirects=False requests parses the Location to
        # prepare ``response.next``, and a Location that does not parse
        # raises there.  Redirects are followed (and checked) by the fetcher.
        return iter(())


def abort_on_cancel(cancel: threading.Event, done: threading.Event, watch: Watch) -> None:
    while not done.is_set():
        if cancel.wait(0.1):
            watch.abort("cancelled")
            return
