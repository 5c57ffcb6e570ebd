"""The browser extension's two builds: manifests, contents, the Chromium id, web-ext lint."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cuttings.core.connector.server import CHROMIUM_EXTENSION_ID, DEFAULT_PORTS

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "browser"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.syspath_prepend(str(ROOT / "packaging"))
    try:
        import browser_extension

        yield browser_extension.build(tmp_path_factory.mktemp("extension"), "1.2.3rc1")
    finally:
        mp.undo()


def manifest_in(archive: Path) -> dict:
    with zipfile.ZipFile(archive) as opened:
        return json.loads(opened.read("manifest.json"))


def referenced_files(manifest: dict) -> set[str]:
    files = set(manifest["icons"].values()) | set(manifest["action"]["default_icon"].values())
    files |= {manifest["action"]["default_popup"], manifest["options_ui"]["page"]}
    background = manifest["background"]
    files |= set(background.get("scripts", [])) | {background.get("service_worker", "api.js")}
    return files


def test_the_manifest_key_gives_the_extension_id_the_endpoint_allows():
    key = json.loads((SOURCE / "manifest.json").read_text())["key"]
    digest = hashlib.sha256(base64.b64decode(key)).hexdigest()[:32]
    assert "".join(chr(ord("a") + int(c, 16)) for c in digest) == CHROMIUM_EXTENSION_ID


def test_the_extension_knows_the_endpoint_ports():
    api = (SOURCE / "api.js").read_text()
    assert f"const PORTS = {list(DEFAULT_PORTS)};".replace("'", "") in api


def test_each_build_has_its_browser_manifest_and_every_file_it_names(built):
    chromium = manifest_in(built["chromium.zip"])
    firefox = manifest_in(built["firefox.zip"])
    assert chromium["version"] == firefox["version"] == "1.2.3"
    assert chromium["background"] == {"service_worker": "background.js"}
    assert "key" in chromium and "browser_specific_settings" not in chromium
    assert firefox["background"] == {"scripts": ["api.js", "background.js"]}
    assert "key" not in firefox
    assert firefox["browser_specific_settings"]["gecko"]["id"]
    for archive, manifest in ((built["chromium.zip"], chromium), (built["firefox.zip"], firefox)):
        names = set(zipfile.ZipFile(archive).namelist())
        assert referenced_files(manifest) <= names
    assert json.loads((built["chromium"] / "manifest.json").read_text()) == chromium
    # Nothing but the web host of the app itself: pages are read through activeTab.
    assert chromium["host_permissions"] == ["http://127.0.0.1/*"]


def test_web_ext_lint_passes_on_the_firefox_build(built, tmp_path):
    npx = shutil.which("npx")
    if npx is None:
        if os.environ.get("CUTTINGS_REQUIRE_BROWSER") == "1":
            pytest.fail("CUTTINGS_REQUIRE_BROWSER=1 but npx is not installed (apt-get install npm)")
        pytest.skip("npx is not installed (apt-get install npm)")
    with zipfile.ZipFile(built["firefox.zip"]) as opened:
        opened.extractall(tmp_path / "firefox")
    done = subprocess.run(
        [npx, "--yes", "web-ext@8", "lint", "--source-dir", str(tmp_path / "firefox"),
         "--output", "json", "--no-input"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert report["errors"] == [] and report["warnings"] == [], report
    assert done.returncode == 0, done.stderr
