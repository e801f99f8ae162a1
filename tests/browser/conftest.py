"""A real browser on the built site: Debian's chromium, driven by Playwright.

The site is served on 127.0.0.1 (harness/static_site.py). The browser reaches
no other host (its proxy is a closed port; the server itself is not proxied),
and every request to another host and every console error is recorded, so a
test can assert that a page works with the network off and logs nothing.

Each xdist worker opens one browser context and gives each test a new tab in
it: the HTTP cache is shared, so Pyodide (~10 MB) and the site's assets are
fetched and compiled once per worker, not once per page. (A Playwright route
would block other hosts too, but routing turns the HTTP cache off.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from harness.static_site import CHROMIUM, CHROMIUM_ARGS, ROOT, serve

SCREENSHOTS = ROOT / "build" / "screenshots"
# Everything but loopback goes to a proxy on the discard port, which is closed.
ARGS = [*CHROMIUM_ARGS, "--proxy-server=http://127.0.0.1:9"]
TAB = {
    "viewport": {"width": 1280, "height": 900},
    "color_scheme": "light",
    "permissions": ["clipboard-read", "clipboard-write"],
}
# Material keeps the palette it last showed in localStorage and then ignores the
# reader's system setting: each page opens as on a first visit, as in a new context.
FIRST_VISIT = "try { localStorage.clear(); } catch (error) {}"


@dataclass
class Visit:
    """What one browser tab saw: console errors, requests to other hosts, and
    every URL it requested (its workers' too)."""

    page: object
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def playwright():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def shared_context(playwright, tmp_path_factory):
    """This worker's one browser context, whose HTTP cache every tab shares. Its
    profile is on disk: a new context's in-memory cache keeps no file as big as
    Pyodide's, nor the compiled code V8 keeps beside it."""
    context = playwright.chromium.launch_persistent_context(
        tmp_path_factory.mktemp("chromium-profile"),
        executable_path=CHROMIUM,
        args=ARGS,
        headless=True,
        **TAB,
    )
    context.add_init_script(FIRST_VISIT)
    yield context
    context.close()


@pytest.fixture(scope="session")
def browser(playwright):
    """A second browser, for a context of a test's own (JavaScript off)."""
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def screenshots(request) -> Path | None:
    """build/screenshots/ with `--screenshots` (make screenshots), else None."""
    if not request.config.getoption("--screenshots"):
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def open_tab(request, shared_context):
    """open_tab(javascript=...) → a Visit on a new tab, light and 1280 px wide,
    in the shared context (with JavaScript off, in a context of its own).
    Closed after the test."""
    opened = []

    def open_tab(javascript: bool = True) -> Visit:
        context = shared_context
        if not javascript:
            browser = request.getfixturevalue("browser")
            context = browser.new_context(java_script_enabled=False, **TAB)
        visit = Visit(context.new_page())
        opened.append(visit.page)

        def record(sent):
            visit.fetched.append(sent.url)
            host = urlsplit(sent.url).hostname  # None for data: and blob:
            if host and host != "127.0.0.1":
                visit.foreign.append(sent.url)

        visit.page.on("request", record)
        visit.page.on(
            "console",
            lambda message: (
                message.type == "error" and visit.errors.append(message.text)
            ),
        )
        visit.page.on("pageerror", lambda error: visit.errors.append(str(error)))
        return visit

    yield open_tab
    for page in opened:
        page.close()
        if page.context is not shared_context:
            page.context.close()
