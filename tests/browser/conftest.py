"""A real browser on the built site: Debian's chromium, driven by Playwright.

The site is served on 127.0.0.1 (harness/static_site.py); every request to any other
host is blocked and recorded, and console errors are recorded, so a test can
assert that a page works with the network off and logs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from harness.static_site import CHROMIUM, CHROMIUM_ARGS, ROOT, serve

SCREENSHOTS = ROOT / "build" / "screenshots"


@dataclass
class Visit:
    """What one browser tab saw: console errors and requests to other hosts."""

    page: object
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
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
def open_tab(browser):
    """open_tab(width=..., color_scheme=..., javascript=...) → a Visit on a
    fresh browser context."""
    contexts = []

    def open_tab(
        width: int = 1280, color_scheme: str = "light", javascript: bool = True
    ) -> Visit:
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            color_scheme=color_scheme,
            java_script_enabled=javascript,
            permissions=["clipboard-read", "clipboard-write"],
        )
        contexts.append(context)
        visit = Visit(context.new_page())

        def only_local(route):
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                visit.foreign.append(route.request.url)
                route.abort()

        context.route("**/*", only_local)
        visit.page.on(
            "console",
            lambda message: (
                message.type == "error" and visit.errors.append(message.text)
            ),
        )
        visit.page.on("pageerror", lambda error: visit.errors.append(str(error)))
        return visit

    yield open_tab
    for context in contexts:
        context.close()
