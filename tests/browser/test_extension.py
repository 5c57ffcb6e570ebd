"""The extension end to end in a real Chromium: what it clips, and what web pages cannot do."""

import json

import pytest

from cuttings.cli import main
from cuttings.core.connector.server import CHROMIUM_EXTENSION_ID
from cuttings.core.library import Library
from tests.browser.pages import FULL_MARK, TEASER, cookie_page, scripted_page
from tests.pageserver import PageServer

EXTENSION = f"chrome-extension://{CHROMIUM_EXTENSION_ID}"
WAIT = 60  # seconds: a guard against hangs, never a measure


def wait_for(driver, condition, message):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(
        lambda d: condition(d), message=message
    )


def pair(driver, serve):
    """Paste the token (and the test's port) in the options page, as a person does."""
    from selenium.webdriver.common.by import By

    driver.get(f"{EXTENSION}/options.html")
    wait_for(driver, lambda d: d.execute_script("return document.body.dataset.ready") == "yes",
             "the options page did not load its settings")  # fmt: skip
    driver.find_element(By.ID, "token").send_keys(serve.token)
    driver.find_element(By.ID, "port").send_keys(str(serve.port))
    driver.find_element(By.ID, "save").click()
    status = driver.find_element(By.ID, "status")
    wait_for(driver, lambda d: status.text and "Testing" not in status.text,
             "the options page did not answer")  # fmt: skip
    assert "Paired with Cuttings" in status.text


def clip_with_popup(driver, url, tags, select=None):
    """Open the article, then the popup (as a tab), type tags, click Clip; the clip's id.

    ``select``: a CSS selector whose element the reader selects first.
    """
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait_for(driver, lambda d: d.execute_script("return document.body.dataset.ready") == "yes",
             "the article page did not finish its scripts")  # fmt: skip
    if select is not None:
        driver.execute_script(
            "window.getSelection().selectAllChildren(document.querySelector(arguments[0]));",
            select,
        )
    article_tab = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(f"{EXTENSION}/popup.html")
    button = driver.find_element(By.ID, "clip")
    wait_for(driver, lambda d: button.is_enabled(), "the popup never enabled Clip")
    only_selection = driver.find_element(By.ID, "only-selection")
    assert only_selection.is_displayed() == (select is not None)
    assert only_selection.is_selected() == (select is not None)
    field = driver.find_element(By.ID, "tags")
    field.send_keys(tags)
    button.click()
    result = driver.find_element(By.ID, "result")
    status = driver.find_element(By.ID, "status")
    wait_for(driver, lambda d: result.is_displayed() or "error" in status.get_attribute("class"),
             "the popup showed no result")  # fmt: skip
    assert result.is_displayed(), status.text
    clip_id = int(result.get_attribute("data-clip-id"))
    driver.close()
    driver.switch_to.window(article_tab)
    return clip_id


def added_with_cli(tmp_path, url, capsys):
    """The same URL clipped by `cuttings add`: an anonymous fetch, no scripts, no cookie."""
    library = tmp_path / "fetched.sqlite"
    assert main(["--library", str(library), "add", url]) == 0
    clip_id = int(capsys.readouterr().out.split("\t")[0])
    with Library(library) as lib:
        return lib.get(clip_id)


@pytest.mark.parametrize("make_page", [scripted_page, cookie_page], ids=["scripted", "cookie"])
def test_the_popup_clips_the_page_as_the_browser_shows_it(
    chromium, serve, server, tmp_path, capsys, make_page
):
    url = make_page(server)
    pair(chromium, serve)
    clip_id = clip_with_popup(chromium, url, "bridge, harbour")
    with Library(tmp_path / "library.sqlite") as lib:
        clip = lib.get(clip_id)
    assert TEASER in clip.text
    assert clip.text.count(FULL_MARK) == 8
    assert sorted(clip.tags) == ["bridge", "harbour"]
    # What the person saw: a browser capture, whole (never checked for walls).
    assert (clip.capture, clip.is_partial) == ("browser", False)

    fetched = added_with_cli(tmp_path, url, capsys)
    assert TEASER in fetched.text
    assert FULL_MARK not in fetched.text
    assert fetched.capture == "fetched"
    assert fetched.is_partial and "paywall" in fetched.partial


def test_the_popup_clips_only_the_selection_with_the_page_details(
    chromium, serve, server, tmp_path
):
    url = scripted_page(server)
    pair(chromium, serve)
    clip_id = clip_with_popup(chromium, url, "", select="#rest p:nth-child(3)")
    with Library(tmp_path / "library.sqlite") as lib:
        clip = lib.get(clip_id)
    assert clip.text.startswith("Paragraph 3 about the whole story")
    assert clip.text.count(FULL_MARK) == 1
    assert TEASER not in clip.text
    assert clip.title == "Bridge budget agreed"


def test_the_popup_completes_tags_from_the_library(chromium, serve, server, tmp_path):
    from selenium.webdriver.common.by import By

    url = scripted_page(server)
    pair(chromium, serve)
    clip_with_popup(chromium, url, "harbour, housing")
    chromium.switch_to.new_window("tab")
    chromium.get(f"{EXTENSION}/popup.html")
    field = chromium.find_element(By.ID, "tags")
    wait_for(chromium, lambda d: d.find_elements(By.CSS_SELECTOR, "#tag-list option"),
             "no tag was offered")  # fmt: skip
    field.send_keys("bridge, h")
    options = [o.get_attribute("value") for o in chromium.find_elements(By.CSS_SELECTOR,
                                                                        "#tag-list option")]  # fmt: skip
    assert options == ["bridge, harbour", "bridge, housing"]


ATTACK = """<!doctype html><html><body><script>
async function attempt(name, init) {
  try {
    const response = await fetch(ENDPOINT + "/v1/clip/page", init);
    return name + ":read " + response.status;
  } catch (error) {
    return name + ":blocked";
  }
}
const page = JSON.stringify({url: "https://victim.example/x", html: "<p>forged</p>"});
window.attack = Promise.all([
  attempt("no-token", {method: "POST", headers: {"Content-Type": "text/plain"}, body: page}),
  attempt("token", {method: "POST", body: page,
                    headers: {"Content-Type": "application/json",
                              "Authorization": "Bearer " + TOKEN}}),
  attempt("no-cors", {method: "POST", mode: "no-cors", body: page,
                      headers: {"Content-Type": "text/plain"}}),
]);
</script></body></html>"""


def test_a_web_page_on_another_local_port_cannot_use_the_endpoint(chromium, serve, tmp_path):
    other = PageServer()  # another local port: another origin, as any web page is
    try:
        html = ATTACK.replace("ENDPOINT", json.dumps(f"http://127.0.0.1:{serve.port}")).replace(
            "TOKEN", json.dumps(serve.token)
        )
        chromium.get(other.page("attack.html", html))
        outcome = chromium.execute_async_script(
            "const done = arguments[arguments.length - 1]; window.attack.then(done);"
        )
    finally:
        other.close()
    # The script never reads an answer (no CORS), and "no-cors" gets an opaque one.
    assert outcome == ["no-token:blocked", "token:blocked", "no-cors:read 0"]
    with Library(tmp_path / "library.sqlite") as lib:
        assert lib.count() == 0
