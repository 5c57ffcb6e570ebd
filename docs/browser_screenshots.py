"""Take the browser extension's screenshots for the README.

    python docs/browser_screenshots.py     # needs chromium, chromium-driver, selenium

docs/browser-pairing.png: Tools → Browser Extension… in the window (offscreen).
docs/browser-options.png and docs/browser-popup.png: the extension's options page
after pairing and its popup after a clip, in a headless Chromium with the extension
loaded, against ``cuttings serve`` on a temporary library (nothing of the user's is
read or written).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from tests.connector_client import ServeProcess  # noqa: E402
from tests.pageserver import PageServer  # noqa: E402

from cuttings.core.library import Library  # noqa: E402
from cuttings.ui.app import ensure_application  # noqa: E402
from cuttings.ui.connector.bridge import BrowserBridge  # noqa: E402
from cuttings.ui.connector.dialog import show_browser_dialog  # noqa: E402
from cuttings.ui.mainwindow import MainWindow  # noqa: E402

DOCS = ROOT / "docs"
EXTENSION = ROOT / "browser"


def pairing_dialog(folder: Path) -> None:
    app = ensure_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "cfg"))
    library = Library(folder / "window.sqlite")
    window = MainWindow(library)
    bridge = BrowserBridge(window, window.ops, window.clipper, ports=(0,))
    bridge.start()
    dialog = show_browser_dialog(window)
    dialog.adjustSize()
    app.processEvents()
    dialog.grab().save(str(DOCS / "browser-pairing.png"))
    dialog.close()
    window.close()
    library.close()


def browser_pages(folder: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from tests.browser.pages import scripted_page

    serve = ServeProcess(folder / "library.sqlite", folder / "config")
    pages = PageServer()
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--no-sandbox", "--headless=new", "--hide-scrollbars", "--force-device-scale-factor=1",
        f"--user-data-dir={folder / 'profile'}", f"--load-extension={EXTENSION}",
        f"--disable-extensions-except={EXTENSION}",
        "--disable-features=DisableLoadExtensionCommandLineSwitch",
    ):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 60)
    try:
        extension = "chrome-extension://dghkjhblobedcnneapcfkhpajoohdjbb"
        driver.set_window_size(640, 420)
        driver.get(f"{extension}/options.html")
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready") == "yes")
        driver.find_element(By.ID, "token").send_keys(serve.token)
        driver.find_element(By.ID, "port").send_keys(str(serve.port))
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "Paired" in d.find_element(By.ID, "status").text)
        # The port was this run's random one; a person leaves the field empty.
        driver.find_element(By.ID, "port").clear()
        driver.save_screenshot(str(DOCS / "browser-options.png"))
        url = scripted_page(pages)
        driver.get(url)
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready") == "yes")
        driver.switch_to.new_window("tab")
        driver.set_window_size(360, 520)
        driver.get(f"{extension}/popup.html")
        button = driver.find_element(By.ID, "clip")
        wait.until(lambda d: button.is_enabled())
        driver.find_element(By.ID, "tags").send_keys("bridge, harbour")
        button.click()
        wait.until(lambda d: d.find_element(By.ID, "result").is_displayed())
        driver.save_screenshot(str(DOCS / "browser-popup.png"))
    finally:
        driver.quit()
        pages.close()
        serve.stop()


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["CUTTINGS_CONFIG_DIR"] = str(folder / "config")
        pairing_dialog(folder)
        browser_pages(folder)
    for name in ("browser-pairing.png", "browser-options.png", "browser-popup.png"):
        print(DOCS / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
