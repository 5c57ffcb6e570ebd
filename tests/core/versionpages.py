"""Article pages whose content a test changes between fetches, and a server that counts
how many requests it serves at once to each host."""

import threading
import time
from http.server import BaseHTTPRequestHandler

from tests.pageserver import send

FIRST = [
    "The city council approved the new budget on Monday evening after a debate that "
    "lasted more than six hours, with members of every party taking the floor.",
    "The mayor said the vote was a victory for the schools of the city, which will "
    "receive most of the additional money over the next three years.",
    "Members of the opposition walked out of the chamber before the final vote, saying "
    "that the plan had been drafted without consulting the districts.",
    "The budget will be published in the official bulletin later this week and comes "
    "into force on the first day of next month, as the law requires.",
]


def page(title: str, paragraphs: list[str], *, author: str = "Ada Rossi") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='author' content='{author}'>"
        "<meta property='og:site_name' content='City News'></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


class Article:
    """A page at one path whose HTML (or status) the test sets; counts concurrency per host."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.status = 200
        self.headers: dict[str, str] = {}
        self.etag = ""
        self.delay = 0.0
        self.lock = threading.Lock()
        self.active: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self.conditional = 0

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        host = (h.headers.get("Host") or "").split(":")[0]
        with self.lock:
            self.active[host] = self.active.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.active[host])
        try:
            if self.delay:
                time.sleep(self.delay)
            if self.etag and h.headers.get("If-None-Match") == self.etag:
                with self.lock:
                    self.conditional += 1
                send(h, 304, b"", "")
                return
            headers = {**self.headers, **({"ETag": self.etag} if self.etag else {})}
            send(h, self.status, self.html.encode(), "text/html; charset=utf-8", headers)
        finally:
            with self.lock:
                self.active[host] -= 1
