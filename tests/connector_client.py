"""A raw HTTP client for the connector endpoint: every header under the test's control."""

import http.client
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cuttings.core.connector.server import CHROMIUM_EXTENSION_ID

EXTENSION_ORIGIN = f"chrome-extension://{CHROMIUM_EXTENSION_ID}"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    data: dict[str, Any]

    @property
    def error(self) -> str:
        return str(self.data.get("error", ""))


def call(
    port: int,
    method: str,
    path: str,
    *,
    token: str | None = None,
    payload: Any = None,
    body: bytes | None = None,
    origin: str | None = None,
    headers: dict[str, str] | None = None,
    host: str = "127.0.0.1",
) -> Reply:
    sent: dict[str, str] = {}
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    if origin is not None:
        sent["Origin"] = origin
    if payload is not None:
        body = json.dumps(payload).encode()
    if body is not None:
        sent["Content-Type"] = "application/json"
    sent.update(headers or {})
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        raw = response.read()
        return Reply(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            json.loads(raw) if raw else {},
        )
    finally:
        connection.close()


def article_page(title: str, paragraphs: list[str], *, extra_head: str = "") -> str:
    """A plain news article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content='{title}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04"}</script>'
        f"{extra_head}</head>"
        f"<body><header><nav>Home News Sport</nav></header><article><h1>{title}</h1>"
        f"{body}</article><footer>© The Daily Test</footer></body></html>"
    )


def sentences(topic: str, count: int) -> list[str]:
    """``count`` distinct paragraphs of prose about ``topic``."""
    return [
        f"Paragraph {n} about {topic}: the council met on Tuesday evening and argued at "
        f"length over the budget, the new bridge and the state of the harbour, before "
        f"agreeing that item {n} would be settled at the next session in the spring."
        for n in range(1, count + 1)
    ]


ROOT = Path(__file__).parents[1]


class ServeProcess:
    """``cuttings serve --port 0`` as a real process; ``port`` once it listens."""

    def __init__(self, library: Path, config_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cuttings", "--library", str(library), "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": str(ROOT / "app"),
                "CUTTINGS_CONFIG_DIR": str(config_dir),
            },
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        match = re.match(r"listening on http://127\.0\.0\.1:(\d+) for ", first)
        if match is None:
            self.process.kill()
            raise AssertionError(f"serve did not start: {first!r} {self.process.stderr.read()!r}")
        self.port = int(match.group(1))
        self.token = (config_dir / "connector-token").read_text().strip()

    def stop(self) -> tuple[int, str, str]:
        """Ctrl-C, then the exit status and what it printed after the first line."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            out, err = self.process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        return self.process.returncode, out, err
