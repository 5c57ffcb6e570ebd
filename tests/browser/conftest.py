"""A real Chromium with the extension loaded, driven by Selenium.

These tests skip when Chromium, chromedriver or Selenium is missing on a
developer's machine, but fail instead when ``CUTTINGS_REQUIRE_BROWSER=1`` is
set (as ``.ci/run`` does): on CI a missing browser must not pass silently.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.connector_client import ServeProcess

EXTENSION_DIR = Path(__file__).parents[2] / "browser"
CHROMIUM = os.environ.get("CUTTINGS_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CUTTINGS_CHROMEDRIVER", "/usr/bin/chromedriver")


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).is_file() or shutil.which(path)):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


def require_browser() -> None:
    missing = _missing()
    if missing is None:
        return
    if os.environ.get("CUTTINGS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"CUTTINGS_REQUIRE_BROWSER=1 but {missing}")
    pytest.skip(missing)


@pytest.fixture
def chromium(tmp_path):
    """Chromium (headless) with the unpacked extension from browser/ loaded."""
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--no-sandbox",
        "--headless=new",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--load-extension={EXTENSION_DIR}",
        f"--disable-extensions-except={EXTENSION_DIR}",
        # Chromium 137+ ignores --load-extension unless this switch is allowed.
        "--disable-features=DisableLoadExtensionCommandLineSwitch",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def serve(tmp_path):
    """``cuttings serve`` on a fresh library, on a free port."""
    process = ServeProcess(tmp_path / "library.sqlite", tmp_path / "config")
    yield process
    code, _out, err = process.stop()
    assert code == 0, err
