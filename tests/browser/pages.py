"""Pages a subscriber sees whole and an anonymous fetch does not."""

from http.server import BaseHTTPRequestHandler

from tests.connector_client import sentences
from tests.pageserver import PageServer, send

TEASER = (
    "The harbour board has agreed a budget for the new bridge after a long night of "
    "talks, and the mayor said the first works would begin before the summer season."
)
FULL_MARK = "the whole story"  # in every paragraph only a reader's browser gets


# What subscription sites declare on every page, whole or not (schema.org): an
# anonymous fetch that gets only the teaser is marked partial by it.
_NOT_FREE = (
    "<script type='application/ld+json'>"
    '{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"isAccessibleForFree": false, "wordCount": 420}</script>'
)


def _page(title: str, body: str, script: str = "") -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:title' content='{title}'>{_NOT_FREE}"
        f"</head><body><nav>Home · News · Sport</nav><article><h1>{title}</h1>"
        f"<p>{TEASER}</p><div id='rest'>{body}</div></article>"
        f"<footer>© The Daily Test</footer>{script}</body></html>"
    )


def _paragraphs_html() -> str:
    return "".join(f"<p>{p}</p>" for p in sentences(FULL_MARK, 8))


def scripted_page(server: PageServer) -> str:
    """The article text is inserted by JavaScript after the page loaded."""
    paragraphs = [f"<p>{p}</p>" for p in sentences(FULL_MARK, 8)]
    script = (
        "<script>window.addEventListener('load', () => setTimeout(() => {"
        f"document.getElementById('rest').innerHTML = {''.join(paragraphs)!r};"
        "document.body.dataset.ready = 'yes';}, 100));</script>"
    )
    return server.page("scripted.html", _page("Bridge budget agreed", "", script))


def cookie_page(server: PageServer) -> str:
    """The whole text only for a request that carries the cookie a script sets."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if "subscriber=yes" in (handler.headers.get("Cookie") or ""):
            html = _page(
                "Members only: the bridge",
                _paragraphs_html(),
                "<script>document.body.dataset.ready = 'yes';</script>",
            )
        else:
            # A stand-in for a login: the script sets the session cookie and reloads.
            html = _page(
                "Members only: the bridge",
                "<p class='paywall'>Subscribe to read on.</p>",
                "<script>document.cookie = 'subscriber=yes; path=/'; location.reload();</script>",
            )
        send(handler, 200, html.encode(), "text/html; charset=utf-8")

    return server.route("members.html", route)
