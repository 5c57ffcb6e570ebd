"""Hostile network behaviour for tests: a routing table that makes a local
server look public, dripping and redirecting routes."""

import socket
import time
from http.server import BaseHTTPRequestHandler

from cuttings.core.network import Network
from tests.pageserver import send

# Public addresses (not in any reserved range) that the routed network
# reaches through 127.0.0.1: the fetcher sees a public hop, the test's
# server answers it.
PUBLIC_A = "93.184.216.34"
PUBLIC_B = "2606:2800:220:1:248:1893:25c8:1946"


class RoutedNetwork(Network):
    """DNS answers from ``names``; connections to those answers go to 127.0.0.1.

    Only what the operating system would do is replaced (name lookup and
    routing): the fetcher's checks run as they do for real.
    """

    def __init__(self, names: dict[str, list[str]]) -> None:
        self.names = names
        self.routed = {a for addresses in names.values() for a in addresses}
        self.connected: list[str] = []

    def resolve(self, host: str, port: int) -> list[str]:
        if host in self.names:
            return self.names[host]
        return super().resolve(host, port)

    def connect(
        self,
        address: str,
        port: int,
        timeout: float | None,
        source_address: tuple[str, int] | None = None,
    ) -> socket.socket:
        self.connected.append(address)
        target = "127.0.0.1" if address in self.routed else address
        return super().connect(target, port, timeout, source_address)


def redirect(location: str, status: int = 302):
    def handler(h: BaseHTTPRequestHandler) -> None:
        send(h, status, b"", "text/html", {"Location": location})

    return handler


def drip(
    content_type: str = "application/rss+xml", seconds: float = 20.0, cut: list[str] | None = None
):
    """Headers at once, then one byte every 0.1 s (never a whole body); the path
    is added to ``cut`` when the client hangs up first."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.end_headers()
        end = time.monotonic() + seconds
        try:
            h.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
            while time.monotonic() < end:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.1)
        except OSError:
            if cut is not None:
                cut.append(h.path)

    return handler


def rss(*links: str) -> str:
    items = "".join(
        f"<item><title>Item {n}</title><link>{u}</link></item>" for n, u in enumerate(links)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    )


def opml(*feeds: str) -> str:
    outlines = "".join(f"<outline text='f{n}' xmlUrl='{u}'/>" for n, u in enumerate(feeds))
    return f"<?xml version='1.0'?><opml version='2.0'><body>{outlines}</body></opml>"


def wait_for(condition, seconds: float = 10.0) -> bool:
    """Whether ``condition()`` became true within ``seconds`` (polled)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True
