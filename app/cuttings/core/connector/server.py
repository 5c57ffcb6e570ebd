"""The endpoint's HTTP server: loopback only, and useless to web pages.

Any web page can send requests to ``127.0.0.1``, so each request passes, in
order: a ``Host`` that names the loopback address (no DNS rebinding), an
``Origin`` that is absent (a program) or the extension's (never a web page's),
the rate limit, the pairing token (``Authorization: Bearer …``, compared in
constant time), a body of at most :data:`~.protocol.MAX_BODY` bytes declared
up front, ``Content-Type: application/json``, and the request's schema.  No
response carries CORS headers, so a page's script cannot read one either.

The server listens on :data:`DEFAULT_PORT`, or the next free one of
:data:`DEFAULT_PORTS` (a second window on another library, or
``cuttings serve`` beside the window); the extension tries them in turn.
"""

import hmac
import json
import logging
import socket
import sys
import threading
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cuttings import __version__
from cuttings.core.connector.limits import RateLimit
from cuttings.core.connector.protocol import (
    MAX_BODY,
    RequestError,
    link_request,
    open_request,
    page_request,
    parse_body,
)
from cuttings.core.connector.service import ClipResult, ClipService
from cuttings.core.errors import CuttingsError

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 47823
DEFAULT_PORTS = tuple(range(DEFAULT_PORT, DEFAULT_PORT + 5))  # 47823 to 47827
# The Chromium extension's id, fixed by the "key" in browser/manifest.json.
CHROMIUM_EXTENSION_ID = "dghkjhblobedcnneapcfkhpajoohdjbb"
# Firefox gives every installation its own random moz-extension:// id.
FIREFOX_ORIGIN_PREFIX = "moz-extension://"
REQUEST_TIMEOUT = 30.0  # seconds a client may take to send its request


class Endpoint:
    """The connector endpoint: :meth:`start` it, :meth:`stop` it.

    ``token`` returns the current pairing token (it may change while the
    server runs); ``ports`` are tried in turn (port 0: any free one).
    """

    def __init__(
        self,
        service: ClipService,
        token: Callable[[], str],
        *,
        ports: Sequence[int] = DEFAULT_PORTS,
        extension_ids: frozenset[str] = frozenset({CHROMIUM_EXTENSION_ID}),
    ) -> None:
        self.service = service
        self.token = token
        self._ports = list(ports)
        self.allowed_origins = frozenset(f"chrome-extension://{i}" for i in extension_ids)
        self.requests = RateLimit(burst=60, per_second=2.0)
        self.refusals = RateLimit(burst=20, per_second=0.2)
        self.made: set[int] = set()  # clips made here: the only ones that may be opened
        self._made_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the endpoint is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> int:
        """Listen (on a thread of its own) and return the port; CuttingsError if none is free."""
        ports = self._ports
        for port in ports:
            try:
                self._server = _Server((LOOPBACK, port), _Handler, self)
                break
            except OSError as exc:
                log.info("connector: port %s unavailable: %s", port, exc)
        else:
            where = f"port {ports[0]}" if len(ports) == 1 else f"ports {ports[0]} to {ports[-1]}"
            raise CuttingsError(f"the browser connector cannot listen: {where} in use")
        server = self._server
        # A short poll: stopping (closing the window) waits for it.
        self._thread = threading.Thread(
            target=lambda: server.serve_forever(poll_interval=0.1), name="connector", daemon=True
        )
        self._thread.start()
        return self.port

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def remember(self, result: ClipResult) -> None:
        with self._made_lock:
            self.made.add(result.clip_id)

    def made_here(self, clip_id: int) -> bool:
        with self._made_lock:
            return clip_id in self.made


class _Server(ThreadingHTTPServer):
    # Stopping waits for the requests in progress: a clip being written finishes.
    daemon_threads = False
    # On Windows SO_REUSEADDR would let another program take the port over.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], handler: type, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        super().__init__(address, handler)

    def server_bind(self) -> None:
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if exclusive is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()


_ROUTES: dict[tuple[str, str], str] = {
    ("GET", "/v1/hello"): "hello",
    ("GET", "/v1/tags"): "tags",
    ("POST", "/v1/clip/page"): "clip_page",
    ("POST", "/v1/clip/link"): "clip_link",
    ("POST", "/v1/open"): "open",
}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = REQUEST_TIMEOUT
    server_version = "Cuttings"
    sys_version = ""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    # A CORS preflight, or anything else: refused by the same checks, never answered with CORS.
    do_OPTIONS = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_POST

    def _serve(self) -> None:
        endpoint = self.server.endpoint
        try:
            self._check_caller(endpoint)
            route = _ROUTES.get((self.command, self.path))
            if route is None:
                known = any(path == self.path for _method, path in _ROUTES)
                raise RequestError(
                    f"{self.command} is not allowed here" if known else "no such endpoint",
                    405 if known else 404,
                )
            self._reply(200, self._answer(endpoint, route))
        except RequestError as exc:
            self._reply(exc.status, {"error": str(exc)})
        except CuttingsError as exc:
            # The page could not be clipped (no article in it, fetch failed...).
            self._reply(422, {"error": str(exc)})
        except Exception:
            log.exception("bug in the connector endpoint (%s %s)", self.command, self.path)
            self._reply(500, {"error": "internal error in Cuttings (a bug; see its log)"})

    def _check_caller(self, endpoint: Endpoint) -> None:
        host = (self.headers.get("Host") or "").lower()
        port = self.server.server_address[1]
        if host not in (f"{LOOPBACK}:{port}", f"localhost:{port}"):
            raise RequestError("wrong Host: this endpoint answers on the loopback address", 403)
        origin = self.headers.get("Origin")
        if origin is not None and not (
            origin in endpoint.allowed_origins or origin.startswith(FIREFOX_ORIGIN_PREFIX)
        ):
            self._refused(endpoint)
            raise RequestError("requests from web pages are refused", 403)
        if not endpoint.requests.allow():
            raise RequestError("too many requests; try again shortly", 429)
        given = self.headers.get("Authorization") or ""
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not token:
            self._refused(endpoint)
            raise RequestError("the pairing token is missing (Authorization: Bearer …)", 401)
        if not hmac.compare_digest(token.strip().encode(), endpoint.token().encode()):
            self._refused(endpoint)
            raise RequestError("wrong pairing token: copy it again from Cuttings", 401)

    def _refused(self, endpoint: Endpoint) -> None:
        # Guessing costs time: past a few refusals, everyone waits.
        if not endpoint.refusals.allow():
            raise RequestError("too many refused requests; try again shortly", 429)

    def _answer(self, endpoint: Endpoint, route: str) -> dict[str, Any]:
        service = endpoint.service
        if route == "hello":
            return {"app": "cuttings", "version": __version__, "api": 1}
        if route == "tags":
            return {"tags": service.tag_names()}
        data = parse_body(self._body())
        if route == "open":
            clip_id = open_request(data).clip_id
            if not endpoint.made_here(clip_id):
                raise RequestError("only a clip just made from the browser can be opened", 403)
            service.open_clip(clip_id)
            return {"opened": clip_id}
        if route == "clip_page":
            result = service.clip_page(page_request(data))
        else:
            result = service.clip_link(link_request(data))
        endpoint.remember(result)
        return {"clip": result.to_json()}

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise RequestError("send the body with a Content-Length", 411)
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            raise RequestError("Content-Length is missing", 411)
        length = int(length_text)
        if length > MAX_BODY:
            raise RequestError(f"the request is larger than {MAX_BODY // (1024 * 1024)} MB", 413)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise RequestError("Content-Type must be application/json", 415)
        body = self.rfile.read(length)
        if len(body) != length:
            raise RequestError("the body ended early")
        return body

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        # One request per connection: a refused body may be unread, and an idle
        # kept-alive connection would hold up stopping for its timeout.
        self.close_connection = True
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            if status == 429:
                self.send_header("Retry-After", "5")
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError as exc:  # the extension went away (popup closed)
            log.info("connector: cannot answer %s: %s", self.path, exc)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("connector: " + format, *args)
