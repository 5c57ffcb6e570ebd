"""The browser connector's endpoint: what it clips, and everything it refuses."""

import os
import socket

import pytest

from cuttings.core.connector.limits import RateLimit
from cuttings.core.connector.protocol import MAX_BODY
from cuttings.core.connector.server import Endpoint
from cuttings.core.connector.service import LibraryService
from cuttings.core.connector.token import TokenKeeper
from cuttings.core.errors import CuttingsError
from tests.connector_client import EXTENSION_ORIGIN, article_page, call, sentences


@pytest.fixture
def keeper(tmp_path, monkeypatch):
    monkeypatch.setenv("CUTTINGS_CONFIG_DIR", str(tmp_path / "config"))
    return TokenKeeper()


@pytest.fixture
def endpoint(library, keeper):
    ep = Endpoint(LibraryService(library), keeper.current, ports=(0,))
    ep.start()
    yield ep
    ep.stop()


def page_payload(url, title="Harbour budget agreed", **extra):
    return {"url": url, "html": article_page(title, sentences("the harbour", 6)), **extra}


def test_a_page_sent_by_the_browser_is_clipped_with_its_tags(endpoint, keeper, library):
    url = "https://news.example/2025/harbour"
    reply = call(
        endpoint.port,
        "POST",
        "/v1/clip/page",
        token=keeper.current(),
        origin=EXTENSION_ORIGIN,
        payload=page_payload(url, tags=["Harbour", " budget "]),
    )
    assert reply.status == 200, reply.data
    clip = reply.data["clip"]
    assert clip["status"] == "added"
    assert clip["title"] == "Harbour budget agreed"
    stored = library.get(clip["id"])
    assert "Paragraph 6 about the harbour" in stored.text
    assert sorted(stored.tags) == ["Harbour", "budget"]
    assert stored.published_at == "2025-03-04"
    tags = call(endpoint.port, "GET", "/v1/tags", token=keeper.current()).data
    assert sorted(tags["tags"]) == ["Harbour", "budget"]


def test_a_page_sent_again_replaces_the_content_and_keeps_the_tags(endpoint, keeper, library):
    url = "https://news.example/2025/harbour"
    token = keeper.current()
    first = call(endpoint.port, "POST", "/v1/clip/page", token=token,
                 payload=page_payload(url, tags=["kept"]))  # fmt: skip
    html = article_page("Harbour budget agreed", sentences("the full story", 9))
    again = call(endpoint.port, "POST", "/v1/clip/page", token=token,
                 payload={"url": url, "html": html, "tags": ["more"]})  # fmt: skip
    assert again.status == 200, again.data
    assert again.data["clip"]["status"] == "refreshed"
    assert again.data["clip"]["id"] == first.data["clip"]["id"]
    stored = library.get(first.data["clip"]["id"])
    assert "Paragraph 9 about the full story" in stored.text
    assert sorted(stored.tags) == ["kept", "more"]
    assert library.count() == 1


def test_a_selection_keeps_only_the_selected_part_with_the_page_metadata(endpoint, keeper, library):
    selection = "<p>Only <b>this</b> sentence was selected by the reader, nothing else.</p>"
    reply = call(
        endpoint.port,
        "POST",
        "/v1/clip/page",
        token=keeper.current(),
        payload=page_payload("https://news.example/sel", selection_html=selection),
    )
    assert reply.status == 200, reply.data
    stored = library.get(reply.data["clip"]["id"])
    assert stored.text.strip() == "Only this sentence was selected by the reader, nothing else."
    assert stored.title == "Harbour budget agreed"
    assert stored.published_at == "2025-03-04"
    assert "<b>this</b>" in stored.html


def test_a_link_is_fetched_by_the_app_and_not_again_when_known(endpoint, keeper, server):
    url = server.page("story.html", article_page("Fetched story", sentences("a link", 5)))
    token = keeper.current()
    first = call(endpoint.port, "POST", "/v1/clip/link", token=token,
                 payload={"url": url, "tags": ["t"]})  # fmt: skip
    assert first.status == 200, first.data
    assert first.data["clip"]["status"] == "added"
    assert first.data["clip"]["word_count"] > 100
    again = call(endpoint.port, "POST", "/v1/clip/link", token=token, payload={"url": url})
    assert again.data["clip"]["status"] == "exists"
    assert server.requests.count("/story.html") == 1


def test_a_page_without_an_article_is_refused_with_the_reason(endpoint, keeper, library):
    reply = call(
        endpoint.port,
        "POST",
        "/v1/clip/page",
        token=keeper.current(),
        payload={"url": "https://news.example/", "html": "<html><body>Hi</body></html>"},
    )
    assert reply.status == 422
    assert "no article text" in reply.error
    assert library.count() == 0


def test_open_is_only_for_clips_made_here_and_needs_a_window(endpoint, keeper, library):
    token = keeper.current()
    made = call(endpoint.port, "POST", "/v1/clip/page", token=token,
                payload=page_payload("https://news.example/a"))  # fmt: skip
    reply = call(endpoint.port, "POST", "/v1/open", token=token,
                 payload={"id": made.data["clip"]["id"]})  # fmt: skip
    assert reply.status == 409
    assert "no Cuttings window" in reply.error
    reply = call(endpoint.port, "POST", "/v1/open", token=token,
                 payload={"id": made.data["clip"]["id"] + 1})  # fmt: skip
    assert reply.status == 403


# -- refusals ------------------------------------------------------------------------


def test_no_token_and_a_wrong_token_are_refused(endpoint, keeper, library):
    for token, message in ((None, "token is missing"), ("x" * 32, "wrong pairing token")):
        for method, path in (("GET", "/v1/hello"), ("GET", "/v1/tags"),
                             ("POST", "/v1/clip/page")):  # fmt: skip
            payload = page_payload("https://news.example/a") if method == "POST" else None
            reply = call(endpoint.port, method, path, token=token, payload=payload)
            assert reply.status == 401, (path, reply.data)
            assert message in reply.error
    basic = call(endpoint.port, "GET", "/v1/hello",
                 headers={"Authorization": f"Basic {keeper.current()}"})  # fmt: skip
    assert basic.status == 401
    assert library.count() == 0


def test_web_origins_are_refused_even_with_the_token(endpoint, keeper, library):
    token = keeper.current()
    for origin in (
        "http://127.0.0.1:8000",
        "https://evil.example",
        "null",
        "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # another extension
    ):
        reply = call(endpoint.port, "POST", "/v1/clip/page", token=token, origin=origin,
                     payload=page_payload("https://news.example/a"))  # fmt: skip
        assert reply.status == 403, origin
        assert reply.error == "requests from web pages are refused"
    assert library.count() == 0
    for origin in (EXTENSION_ORIGIN, "moz-extension://0b1c6d3e-5a4f-4c1b-9f59-2e6b5a1c9d10"):
        assert call(endpoint.port, "GET", "/v1/hello", token=token, origin=origin).status == 200


def test_no_response_carries_cors_headers(endpoint, keeper):
    replies = [
        call(endpoint.port, "OPTIONS", "/v1/clip/page", origin="https://evil.example",
             headers={"Access-Control-Request-Method": "POST"}),
        call(endpoint.port, "OPTIONS", "/v1/clip/page", token=keeper.current()),
        call(endpoint.port, "GET", "/v1/hello", token=keeper.current(), origin=EXTENSION_ORIGIN),
    ]  # fmt: skip
    assert [r.status for r in replies] == [403, 405, 200]
    for reply in replies:
        assert not [h for h in reply.headers if h.startswith("access-control-")]


def test_a_rebound_host_name_is_refused(endpoint, keeper):
    reply = call(endpoint.port, "GET", "/v1/hello", token=keeper.current(),
                 headers={"Host": f"attacker.example:{endpoint.port}"})  # fmt: skip
    assert reply.status == 403
    assert "Host" in reply.error
    named = call(endpoint.port, "GET", "/v1/hello", token=keeper.current(),
                 headers={"Host": f"localhost:{endpoint.port}"})  # fmt: skip
    assert named.status == 200


def test_an_oversized_body_is_refused_before_it_is_read(endpoint, keeper):
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=10) as conn:
        conn.sendall(
            (
                f"POST /v1/clip/page HTTP/1.1\r\nHost: 127.0.0.1:{endpoint.port}\r\n"
                f"Authorization: Bearer {keeper.current()}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {MAX_BODY + 1}\r\n\r\n"
            ).encode()
        )
        conn.sendall(b'{"url": "https://news.example/", "html": "')  # and then nothing more
        answer = b""
        while chunk := conn.recv(4096):
            answer += chunk
        answer = answer.decode()
    assert answer.startswith("HTTP/1.1 413")
    assert "larger than 30 MB" in answer


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "malformed JSON"),
        (b'["a list"]', "the body must be a JSON object"),
        (b'{"url": "https://a.example/", "html": "<p>x</p>", "url": "https://b.example/"}',
         "the field url appears twice"),
        (b'{"url": "https://a.example/", "html": NaN}', "NaN is not JSON"),
        (b"\xff\xfe", "the body is not UTF-8"),
        (b'{"url": "https://a.example/"}', "html: missing"),
        (b'{"url": "https://a.example/", "html": "<p>x</p>", "cookies": "a=b"}',
         "unknown field: cookies"),
        (b'{"url": 5, "html": "<p>x</p>"}', "url: must be a string"),
        (b'{"url": "javascript:alert(1)", "html": "<p>x</p>"}', "url: must be an http"),
        (b'{"url": "https://a.example/", "html": "<p>x</p>", "tags": "a"}', "tags: must be a list"),
        (b'{"url": "https://a.example/", "html": "<p>x</p>", "tags": [1]}', "tags: must be a list"),
        (b'{"url": "https://a.example/", "html": "  "}', "html: the page is empty"),
    ],
)  # fmt: skip
def test_malformed_requests_are_refused_with_a_specific_message(
    endpoint, keeper, library, body, message
):
    reply = call(endpoint.port, "POST", "/v1/clip/page", token=keeper.current(), body=body)
    assert reply.status == 400
    assert message in reply.error
    assert library.count() == 0


def test_a_body_must_be_json_with_a_declared_length(endpoint, keeper):
    token = keeper.current()
    plain = call(endpoint.port, "POST", "/v1/clip/link", token=token, body=b'{"url": "x"}',
                 headers={"Content-Type": "text/plain"})  # fmt: skip
    assert plain.status == 415
    chunked = call(endpoint.port, "POST", "/v1/clip/link", token=token, body=b'{"url": "x"}',
                   headers={"Transfer-Encoding": "chunked"})  # fmt: skip
    assert chunked.status == 411


def test_unknown_paths_and_methods_are_refused(endpoint, keeper):
    token = keeper.current()
    assert call(endpoint.port, "GET", "/v1/clips", token=token).status == 404
    assert call(endpoint.port, "DELETE", "/v1/tags", token=token).status == 405
    assert call(endpoint.port, "GET", "/v1/clip/page", token=token).status == 405


def test_a_flood_of_requests_is_slowed_down(endpoint, keeper):
    endpoint.requests = RateLimit(burst=3, per_second=0.01)
    statuses = [call(endpoint.port, "GET", "/v1/hello", token=keeper.current()).status
                for _ in range(5)]  # fmt: skip
    assert statuses == [200, 200, 200, 429, 429]


def test_guessing_the_token_is_slowed_down(endpoint, keeper):
    endpoint.refusals = RateLimit(burst=2, per_second=0.01)
    statuses = [call(endpoint.port, "GET", "/v1/hello", token=f"guess{n}").status
                for n in range(4)]  # fmt: skip
    assert statuses == [401, 401, 429, 429]


def test_a_reset_token_takes_effect_at_once(endpoint, keeper):
    old = keeper.current()
    new = TokenKeeper(keeper.path).reset()  # as `cuttings connector token --reset` does
    assert new != old
    assert call(endpoint.port, "GET", "/v1/hello", token=old).status == 401
    assert call(endpoint.port, "GET", "/v1/hello", token=new).status == 200


def test_the_token_file_is_for_its_owner_only(keeper):
    token = keeper.current()
    assert len(token) >= 32
    assert keeper.path.read_text().strip() == token
    if os.name == "posix":
        assert keeper.path.stat().st_mode & 0o077 == 0
    assert TokenKeeper(keeper.path).current() == token


def test_it_listens_on_loopback_only(endpoint):
    assert endpoint._server is not None
    assert endpoint._server.socket.getsockname()[0] == "127.0.0.1"
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    with pytest.raises(OSError):
        socket.create_connection((address, endpoint.port), timeout=3).close()


def test_the_next_port_is_taken_when_the_first_is_busy(library, keeper):
    with socket.socket() as busy, socket.socket() as free:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        free.bind(("127.0.0.1", 0))
        wanted = (busy.getsockname()[1], free.getsockname()[1])
        free.close()
        ep = Endpoint(LibraryService(library), keeper.current, ports=wanted)
        try:
            assert ep.start() == wanted[1]
        finally:
            ep.stop()
        taken = Endpoint(LibraryService(library), keeper.current, ports=wanted[:1])
        with pytest.raises(CuttingsError, match=r"cannot listen: port \d+ in use"):
            taken.start()


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent: it picks a route
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address
