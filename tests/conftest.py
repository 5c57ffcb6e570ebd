"""Shared fixtures: a real library in a temporary folder, a local page server."""

import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from cuttings.core.library import Library
from tests.pageserver import PageServer


@pytest.fixture(autouse=True)
def isolated_connector_token(tmp_path, monkeypatch):
    """The browser connector's token file in the test's folder, never the user's."""
    monkeypatch.setenv("CUTTINGS_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def library(tmp_path):
    """An empty library in a real SQLite file."""
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def server():
    """A local web server; ``server.page(path, html)`` publishes a page."""
    srv = PageServer()
    yield srv
    srv.close()
