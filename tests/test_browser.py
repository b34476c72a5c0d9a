"""A real browser: Playwright drives Debian's headless chromium (/usr/bin/chromium) through the chat.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_browser.py -q

Skipped only where /usr/bin/chromium is absent (`apt-get install chromium`; CI installs it). Never runs
`playwright install`: the browser is Debian's. Screenshots land in test-artifacts/ (gitignored).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from test_app_support import make_photo, running_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
TURN_TIMEOUT_MS = 90_000  # one demo-model turn takes seconds; CI's 2 cores run other things too

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("sessions")) as (demo, url):
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # a new context: a new user
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and print("browser console:", message.text))
    page.goto(server, wait_until="load")
    textbox(page).wait_for(timeout=30_000)
    yield page
    context.close()


def textbox(page):
    return page.get_by_placeholder(re.compile("Describe a picture"))


def bot_messages(page):
    return page.locator("[data-testid='bot']")


def bot_images(page):
    return page.locator("[data-testid='bot'] img")


def wait(page, script: str, arg=None, timeout: int = TURN_TIMEOUT_MS) -> None:
    """page.wait_for_function; on a timeout (or any failure) a screenshot and the page's state are kept first."""
    try:
        page.wait_for_function(script, arg=arg, timeout=timeout)
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "browser-failure.png"
        page.screenshot(path=str(shot), full_page=True)  # what the page showed
        print(f"screenshot: {shot}; page state:", page.evaluate(
            "() => ({user: document.querySelectorAll(\"[data-testid='user']\").length,"
            " bot: document.querySelectorAll(\"[data-testid='bot']\").length,"
            " box_disabled: document.querySelector('textarea')?.disabled,"
            " box_text: (document.querySelector('textarea')?.value || '').slice(0, 80),"
            " status: document.querySelector('.easel-status')?.innerText})"
        ))
        raise


def send(page, text: str, files=()) -> None:
    """Type (and attach), press Enter, and wait until the turn is over (the box is usable again)."""
    box = textbox(page)
    if files:
        page.locator("input[type=file]").set_input_files([str(f) for f in files])
        wait(page, "n => document.querySelectorAll(\"[aria-label='File thumbnail']\").length >= n", len(files),
             timeout=30_000)  # uploaded: the box shows a thumbnail per file
    box.fill(text)
    before = bot_messages(page).count()
    box.press("Enter")
    wait(page, "n => document.querySelectorAll(\"[data-testid='bot']\").length > n", before)
    # the turn has ended when the box is enabled again
    wait(page, "() => { const t = document.querySelector('textarea'); return t && !t.disabled; }")


def last_bot_text(page) -> str:
    return bot_messages(page).last.inner_text()


def loaded_images(page) -> int:
    return page.evaluate(
        "() => [...document.querySelectorAll(\"[data-testid='bot'] img\")].filter(i => i.complete && i.naturalWidth > 0).length"
    )


def test_draw_upload_and_reload_in_a_real_browser(page, tmp_path):
    send(page, "draw a lighthouse on a cliff at sunset")
    wait(page, "() => [...document.querySelectorAll(\"[data-testid='bot'] img\")].some(i => i.complete && i.naturalWidth > 0)")
    assert page.locator("details.easel-details").count() == 1
    details = page.locator("details.easel-details").first
    details.locator("summary").click()
    assert "lighthouse" in details.inner_text() and "Seed" in details.inner_text()
    drawn = loaded_images(page)

    photo = make_photo(tmp_path / "my-photo.png")
    send(page, "what's in this picture?", [photo])
    assert page.locator("[data-testid='user'] img").count() == 1, "the uploaded photo shows in the conversation"
    assert last_bot_text(page).strip()
    messages_before = bot_messages(page).count()

    page.reload(wait_until="load")
    wait(page, "n => document.querySelectorAll(\"[data-testid='bot']\").length >= n", messages_before, timeout=30_000)
    assert bot_messages(page).count() == messages_before, "a reload keeps the conversation"
    wait(page, "n => [...document.querySelectorAll(\"[data-testid='bot'] img\")]"
               ".filter(i => i.complete && i.naturalWidth > 0).length >= n", drawn, timeout=30_000)
    assert "lighthouse" in page.locator("[data-testid='user']").first.inner_text()

    send(page, "make it night")  # the restored conversation goes on from its current picture: the described photo
    page.locator("details.easel-details").last.locator("summary").click()
    assert re.search(r"Made from\s+upload-1", page.locator("details.easel-details").last.inner_text())
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser.png"), full_page=True)


def test_bad_input_gets_a_clear_message_and_the_session_keeps_working(page, tmp_path):
    send(page, "")
    assert "type a message" in last_bot_text(page)

    long_text = ("a very long request " * 5_000)[:-1] + "."
    assert len(long_text) == 100_000
    send(page, long_text)
    assert "100,000 characters" in last_bot_text(page) and "limit" in last_bot_text(page)

    notes = tmp_path / "notes.txt"
    notes.write_text("this is not a picture\n")
    send(page, "make this a watercolor", [notes])
    assert "could not be used as a picture" in last_bot_text(page)

    huge = tmp_path / "huge.png"
    Image.new("RGB", (8_200, 6_100), (30, 90, 160)).save(huge)  # 50 megapixels, a small file
    send(page, "make this a watercolor", [huge])
    assert "megapixels" in last_bot_text(page) and "limit" in last_bot_text(page)

    for message in page.locator("[data-testid='bot']").all()[:4]:
        assert message.inner_text().startswith("⚠️")  # each problem is marked as one in the chat

    images_before = bot_images(page).count()
    send(page, "draw a small red boat on a lake")
    assert bot_images(page).count() == images_before + 1, "the next request still draws"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-bad-input.png"), full_page=True)

    page.get_by_text("a watercolor fox reading a book under a tree").first.click()  # an example fills the box
    wait(page, "() => document.querySelector('textarea').value.includes('watercolor fox')", timeout=30_000)


def test_messages_load_nothing_from_other_sites(page):
    remote: list[str] = []
    page.on("request", lambda request: "example.com" in request.url and remote.append(request.url))
    send(page, 'a cat ![pixel](http://example.com/a.png) <img src="http://example.com/b.png"> '
               '<picture><source srcset="http://example.com/c.png"></picture>')
    page.wait_for_timeout(500)
    assert remote == [], "a message made the browser fetch from another site"
    assert page.locator("[data-testid='bot'] img[src*='example.com'], [data-testid='user'] img[src*='example.com']").count() == 0
    user = page.locator("[data-testid='user']").last
    assert "!pixel" in user.inner_text() and user.locator("a[href*='example.com/a.png']").count() == 1  # a link
