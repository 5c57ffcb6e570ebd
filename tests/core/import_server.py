"""A local HTTP server for import tests: article pages, failures, and a count of
concurrent requests per Host (never the internet)."""

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPH = (
    "The council met on Tuesday evening to debate the new budget, which sets aside money "
    "for schools, libraries and the repair of the old bridge over the river. Residents "
    "filled the hall and many asked questions about the cost of the works."
)


def article_page(n: int) -> str:
    paragraphs = "".join(f"<p>{PARAGRAPH} Paragraph {i} of story {n}.</p>" for i in range(6))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Story {n}</title>"
        f"<meta property='og:title' content='Story {n}'>"
        "<meta property='og:site_name' content='Local News'>"
        "<meta name='author' content='Jo Reporter'>"
        "<meta property='article:published_time' content='2024-03-0%dT10:00:00+00:00'>"
        % (1 + n % 9)
        + f"</head><body><nav>Home | News</nav><article><h1>Story {n}</h1>{paragraphs}"
        "</article><footer>© Local News</footer></body></html>"
    )


class PageServer:
    """Serves ``/story/N``, ``/slow/N`` (0.3 s), ``/feed.xml``, ``/gone`` (404), ``/pdf``."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.active: Counter[str] = Counter()
        self.max_active: Counter[str] = Counter()
        self.max_total = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").split(":")[0]
                with server._lock:
                    server.hits[self.path] += 1
                    server.active[host] += 1
                    server.max_active[host] = max(server.max_active[host], server.active[host])
                    server.max_total = max(server.max_total, sum(server.active.values()))
                try:
                    self.respond()
                finally:
                    with server._lock:
                        server.active[host] -= 1

            def respond(self) -> None:
                parts = self.path.strip("/").split("/")
                if parts[0] in {"story", "slow"} and len(parts) == 2 and parts[1].isdigit():
                    if parts[0] == "slow":
                        time.sleep(0.3)
                    self.send_body(200, "text/html; charset=utf-8", article_page(int(parts[1])))
                elif parts[0] == "feed.xml":
                    base = f"http://{self.headers.get('Host')}"
                    entries = "".join(
                        f"<item><title>Story {n}</title><link>{base}/story/{n}</link></item>"
                        for n in (11, 12)
                    )
                    self.send_body(
                        200,
                        "application/rss+xml",
                        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title>"
                        f"{entries}</channel></rss>",
                    )
                elif parts[0] == "pdf":
                    self.send_body(200, "application/pdf", "%PDF-1.4")
                else:
                    self.send_body(404, "text/html", "<h1>Not found</h1>")

            def send_body(self, status: int, content_type: str, body: str) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        # Clients hanging up (a cancelled import) are part of the tests.
        self.httpd.handle_error = lambda *_args: None  # type: ignore[method-assign]
        self.port = self.httpd.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@contextlib.contextmanager
def serving() -> Iterator[PageServer]:
    server = PageServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
