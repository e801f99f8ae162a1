"""The first Run in the page: bytes fetched and time to the first output.

    make budget                               # builds the site, then runs this
    python benchmarks/run_in_page.py site [--repeat 3]

Headless chromium (Debian's) on the built site, served on 127.0.0.1 as the
tests serve it (text gzipped). The seed's gradient-descent listing is run:
  cold   a fresh browser profile (empty disk cache): the first Run fetches
         and starts Pyodide;
  cached the reader leaves and comes back, then Run: Pyodide comes from the
         HTTP cache, but a new worker starts Python again;
  later  a second Run on the same page: Python is already running.
Time is from the click to the first printed line. Medians of --repeat runs.
Aims: IN_PAGE_BUDGET in engine/in_page.py. A report, not a test: it prints a
table and exits non-zero when an aim is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from engine.in_page import IN_PAGE_BUDGET
from harness.static_site import CHROMIUM, CHROMIUM_ARGS, serve

PAGE, LISTING = "lessons/gradient-descent/", "seed-descent"
# Clicked and timed in the page, so the time has no Playwright round trips in it.
CLICK_TO_FIRST_OUTPUT = """id => new Promise(resolve => {
  const listing = document.getElementById(id);
  const bar = listing.querySelector(".run-in-page");
  const watch = new MutationObserver(() => {
    const code = listing.querySelector(".run-in-page__output code");
    if (code && code.textContent.length > 0) {
      watch.disconnect();
      resolve(performance.now() - start);
    }
  });
  watch.observe(listing, {childList: true, subtree: true, characterData: true});
  const start = performance.now();
  bar.querySelector('[data-action="run"]').click();
})"""


def first_output_ms(page) -> float:
    return page.evaluate(CLICK_TO_FIRST_OUTPUT, LISTING)


def wait_until_done(page) -> None:
    status = page.locator(f"#{LISTING} .run-in-page__status")
    page.wait_for_function(
        "s => s.textContent.startsWith('Finished')", arg=status.element_handle()
    )


def one_round(playwright, url: str) -> dict:
    """A fresh browser profile with a disk cache, as a reader's browser has."""
    with tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            return _times_and_bytes(context, url)
        finally:
            context.close()


def _times_and_bytes(context, url: str) -> dict:
    page = context.new_page()
    requests = {"before": [], "run": [], "again": []}
    phase = ["before"]
    page.on("requestfinished", lambda request: requests[phase[0]].append(request))
    page.goto(url + PAGE, wait_until="networkidle")
    phase[0] = "run"
    cold = first_output_ms(page)
    wait_until_done(page)
    later = first_output_ms(page)
    wait_until_done(page)
    phase[0] = "again"
    page.goto(url, wait_until="networkidle")  # the reader leaves, then comes back
    page.goto(url + PAGE, wait_until="networkidle")
    cached = first_output_ms(page)
    wait_until_done(page)
    sizes = {
        f"{key} bytes": sum(
            r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
            for r in found
        )
        for key, found in requests.items()
    }
    return {"cold": cold, "cached": cached, "later": later, **sizes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with serve(args.site) as url, sync_playwright() as playwright:
        rounds = [one_round(playwright, url) for _ in range(args.repeat)]
    median = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    print(f"Run in the page: {PAGE}#{LISTING}, medians of {args.repeat}")
    print(
        f"  the page, before any Run   {median['before bytes'] / 1024:8.0f} KB fetched"
    )
    print(f"  the first Run fetches      {median['run bytes'] / 1024:8.0f} KB")
    print(f"  back later, Run fetches        {median['again bytes'] / 1024:8.0f} KB")
    missed = []
    for key, label in [
        ("cold", "first output, cold"),
        ("cached", "first output, HTTP cache"),
        ("later", "a later Run"),
    ]:
        aim = IN_PAGE_BUDGET.get(key)
        runs = ", ".join(f"{r[key]:.0f}" for r in rounds)
        verdict = "" if aim is None else ("ok" if median[key] <= aim else "MISSED")
        aim_text = "" if aim is None else f"aim ≤ {aim:.0f} ms"
        print(f"  {label:26} {median[key]:8.0f} ms  ({runs})  {aim_text} {verdict}")
        if verdict == "MISSED":
            missed.append(label)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
