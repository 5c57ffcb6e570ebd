"""``cuttings serve`` and ``cuttings connector token`` from the command line."""

import os

import pytest

from cuttings.cli import main
from cuttings.core.library import Library
from tests.connector_client import ServeProcess, article_page, call, sentences


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    path = tmp_path / "config"
    monkeypatch.setenv("CUTTINGS_CONFIG_DIR", str(path))
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(tmp_path / "library.sqlite"))
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_connector_token_prints_the_same_token_until_reset(config_dir, capsys):
    code, first, _ = run(capsys, "connector", "token")
    assert code == 0
    token = first.strip()
    assert len(token) >= 32
    assert (config_dir / "connector-token").read_text().strip() == token
    assert run(capsys, "connector", "token")[1].strip() == token
    code, out, err = run(capsys, "connector", "token", "--reset")
    assert code == 0
    assert out.strip() not in ("", token)
    assert "new token saved" in err
    assert run(capsys, "connector", "token")[1].strip() == out.strip()


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT to a process")
def test_serve_clips_what_it_receives_and_stops_cleanly_on_ctrl_c(tmp_path):
    library = tmp_path / "library.sqlite"
    serve = ServeProcess(library, tmp_path / "config")
    try:
        reply = call(
            serve.port,
            "POST",
            "/v1/clip/page",
            token=serve.token,
            payload={
                "url": "https://news.example/served",
                "html": article_page("Served story", sentences("serving", 4)),
                "tags": ["served"],
            },
        )
        assert reply.status == 200, reply.data
        refused = call(serve.port, "GET", "/v1/tags", token="wrong" * 8)
        assert refused.status == 401
    finally:
        code, out, err = serve.stop()
    assert code == 0, err
    assert out.splitlines() == [f"{reply.data['clip']['id']}\tadded\tServed story"]
    assert "stopped" in err
    assert "Traceback" not in err
    with Library(library) as lib:
        assert lib.get(reply.data["clip"]["id"]).tags == ("served",)
