"""A local HTTP server for tests: fixture pages and scripted misbehaviour.

Tests never use the internet.  ``PageServer`` serves files from
``tests/fixtures`` by path and lets a test register a handler for any path to
play a slow, broken or hostile server.
"""

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

Route = Callable[[BaseHTTPRequestHandler], None]


class PageServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path.split("?", 1)[0])
                if route is not None:
                    route(self)
                    return
                path = (FIXTURES / self.path.lstrip("/").split("?", 1)[0]).resolve()
                if FIXTURES in path.parents and path.is_file():
                    body = path.read_bytes()
                    html = path.suffix == ".html"
                    send(self, 200, body, "text/html; charset=utf-8" if html else "text/plain")
                else:
                    send(self, 404, b"<html><body><h1>Not found</h1></body></html>", "text/html")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + "/" + path.lstrip("/")

    def route(self, path: str, handler: Route) -> str:
        self.routes["/" + path.lstrip("/")] = handler
        return self.url(path)

    def page(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return self.route(path, lambda h: send(h, status, data, content_type, headers))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up on a hostile route is the point of the test.
        pass


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)
