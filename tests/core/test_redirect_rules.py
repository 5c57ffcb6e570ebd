"""Redirect chains from hostile servers: every target that does not parse is a
one-line failure, and a public server cannot steer a fetch into a private network."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.cli import main
from cuttings.core.errors import FetchError
from cuttings.core.fetch import FEED, Fetcher

from .netfixtures import PUBLIC_A, PUBLIC_B, RoutedNetwork, redirect

PAGE = "<html><head><title>T</title></head><body><p>" + "word " * 200 + "</p></body></html>"


@pytest.mark.parametrize(
    "location",
    [
        "http://[::1/",
        "http://[::1]x/",
        "http://[zz::1]/",
        "http://example.org:99999/",
        "http://example.org:-1/",
        "http://example.org:0/",
        "http://example.org:8o/",
        "http:///no-host",
        "https://:80/",
        "http://xn--/",
        "http://\u2100.example/",
        "http://" + "a" * 70 + ".example/",
        "http://ex ample.org/",
        "http://exa\x00mple.org/",
        "//[/",
        "http://%zz/",
    ],
)
def test_an_invalid_redirect_target_is_a_clean_failure(server, location):
    url = server.route("start", redirect(location))
    for wanted in ("page", "feed"):
        with pytest.raises(FetchError) as caught:
            if wanted == "page":
                Fetcher(deadline=5).fetch(url)
            else:
                Fetcher(deadline=5).download(url, wanted=FEED)
        message = str(caught.value)
        assert "\n" not in message and "\x00" not in message


def test_the_invalid_address_is_named(server):
    url = server.route("start", redirect("http://[::1/"))
    with pytest.raises(FetchError, match=r"redirects to an invalid address \(http://\[::1/"):
        Fetcher(deadline=5).fetch(url)
    # Deeper in the chain too.
    first = server.route("first", redirect("/start"))
    with pytest.raises(FetchError, match="invalid address"):
        Fetcher(deadline=5).fetch(first)


def test_cli_add_reports_an_invalid_redirect_in_one_line(server, tmp_path, capsys):
    bad = server.route("bad", redirect("http://[::1/"))
    good = server.page("good", PAGE)
    status = main(["--library", str(tmp_path / "lib.sqlite"), "add", bad, good])
    err = capsys.readouterr().err
    assert status == 1
    assert "redirects to an invalid address" in err
    assert "internal error" not in err and "Traceback" not in err


def routed(server, **extra: list[str]) -> RoutedNetwork:
    return RoutedNetwork({"news.example": [PUBLIC_A], "cdn.example": [PUBLIC_B], **extra})


def public_url(server, path: str, host: str = "news.example") -> str:
    return f"http://{host}:{server.httpd.server_address[1]}/{path}"


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret",
        "http://localhost:{port}/secret",
        "http://[::1]:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://2130706433:{port}/secret",
        "http://0x7f.1:{port}/secret",
        "http://metadata.example/latest/meta-data/",
        "http://router.example:{port}/secret",
        "http://ula.example:{port}/secret",
        "http://mapped.example:{port}/secret",
        "http://nat64.example:{port}/secret",
        "http://mixed.example:{port}/secret",
    ],
)
def test_a_public_page_cannot_redirect_into_a_private_network(server, target):
    port = server.httpd.server_address[1]
    network = routed(
        server,
        **{
            "metadata.example": ["169.254.169.254"],
            "router.example": ["192.168.1.1"],
            "ula.example": ["fd12:3456::1"],
            "mapped.example": ["::ffff:10.0.0.1"],
            "nat64.example": ["64:ff9b::a9fe:a9fe"],
            "mixed.example": [PUBLIC_A, "10.1.2.3"],
        },
    )
    server.route("hop", redirect(target.format(port=port)))
    server.page("secret", PAGE)
    with pytest.raises(FetchError, match="into a private network"):
        Fetcher(deadline=5, network=network).fetch(public_url(server, "hop"))
    assert "/secret" not in server.requests
    assert not [a for a in network.connected if a not in (PUBLIC_A, PUBLIC_B)]


def test_the_rule_holds_further_down_the_chain(server):
    # public → public (another host) → private.
    port = server.httpd.server_address[1]
    server.route("one", redirect(public_url(server, "two", host="cdn.example")))
    server.route("two", redirect(f"http://127.0.0.1:{port}/secret"))
    server.page("secret", PAGE)
    with pytest.raises(FetchError, match="private network"):
        Fetcher(deadline=5, network=routed(server)).fetch(public_url(server, "one"))
    assert "/secret" not in server.requests


def test_public_to_public_and_private_to_private_redirects_work(server):
    server.route("one", redirect(public_url(server, "page", host="cdn.example")))
    server.page("page", PAGE)
    page = Fetcher(deadline=5, network=routed(server)).fetch(public_url(server, "one"))
    assert page.final_url == public_url(server, "page", host="cdn.example")
    # What the person names directly is theirs to fetch, redirects inside it too.
    port = server.httpd.server_address[1]
    start = server.route("local", redirect(f"http://localhost:{port}/page"))
    assert Fetcher(deadline=5).fetch(start).final_url.endswith("/page")


def test_the_connection_goes_to_the_checked_address(server):
    # A name that answers differently the second time (DNS rebinding) is
    # looked up once per hop: the checked answer is the one connected to.
    class Rebinding(RoutedNetwork):
        def resolve(self, host: str, port: int) -> list[str]:
            answers = super().resolve(host, port)
            if host == "news.example":
                self.names["news.example"] = ["10.0.0.7"]
            return answers

    network = Rebinding({"news.example": [PUBLIC_A]})
    server.page("page", PAGE)
    Fetcher(deadline=5, network=network).fetch(public_url(server, "page"))
    assert network.connected == [PUBLIC_A]


_URLISH = st.lists(
    st.sampled_from([*"htps:/[]@%.019az-_?#\\ \t~é☃\u200b\x7f", "::", "//", "xn--", "[::1"]),
    max_size=30,
).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(location=st.one_of(_URLISH, _URLISH.map(lambda tail: "http://" + tail)))
def test_any_location_header_is_a_page_or_a_fetch_error(server, location):
    # Raw bytes as a hostile server sends them (http.server would refuse non-Latin-1).
    raw = location.encode("utf-8").decode("latin-1")
    url = server.route("fuzz", redirect(raw))
    server.page("fuzz-target", PAGE)
    try:
        Fetcher(deadline=5, connect_timeout=2, network=_LOOPBACK_ONLY).fetch(url)
    except FetchError as exc:
        assert "\n" not in str(exc)


class _LoopbackOnly(RoutedNetwork):
    """Every name is 127.0.0.1: a fuzzed host name never reaches real DNS."""

    def resolve(self, host: str, port: int) -> list[str]:
        return ["127.0.0.1"]


_LOOPBACK_ONLY = _LoopbackOnly({})
