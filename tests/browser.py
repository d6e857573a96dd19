"""Real-browser and real-server test support: Debian's chromium driven by Playwright.

In CI (``CI`` set) a missing tool fails the test; locally it is skipped with the reason.
Playwright never downloads a browser here: it drives /usr/bin/chromium by executable_path.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"

# Without the background-networking flags Chromium tries Google's hosts at start, which a
# closed network refuses (and a test counting requests would see).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--mute-audio"]


def need(available: bool, reason: str) -> None:
    """Skip locally, fail in CI, when a tool the test needs is missing."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


def axe_path() -> Path:
    """axe-core's script (npm, package.json), for the accessibility tests."""
    need(AXE.exists(), "axe-core tidak terpasang (npm ci)")
    return AXE


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@contextlib.contextmanager
def chromium():
    """A headless Chromium browser (Playwright Browser)."""
    path = chromium_path()
    need(path is not None, "Chromium tidak terpasang (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - it is in requirements.lock
        need(False, "Playwright tidak terpasang")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def static_server(directory: Path):
    """Serve a folder on a loopback port; yields the base URL (ending in '/')."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def artifact(name: str) -> Path:
    """Where a test keeps an image or PDF for people to look at (tests/artifacts/, not in git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


SEARCH_INPUT = "input.md-search__input"


def search(page, query: str, timeout: int = 30_000):
    """Open Material's search, wait until its index is ready, type ``query``, wait for results."""
    page.keyboard.press("/")  # Material's shortcut: opens the search at any width
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('input.md-search__input')")
    # Typed before the worker has built the index, a query can be lost: wait for "ready".
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() && !/Mempersiapkan|Memuat indeks/.test(m.textContent); }", timeout=timeout)
    page.locator(SEARCH_INPUT).fill("")
    page.locator(SEARCH_INPUT).press_sequentially(query, delay=30)  # Material listens to keyup
    page.wait_for_selector(".md-search-result__item", timeout=timeout)
    return page.locator(".md-search-result__item")
