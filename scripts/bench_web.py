"""The reader's side of a benchmark site: the build served by nginx with the repository's
configuration (deploy/nginx) and loaded in Chromium, as the hosting tests do.

- first view: the bytes over the wire (compressed, as sent) of a cold first visit of the home page
  and of an SOP page, and whether either asked for the search index (it must not);
- search: from the reader's first keystroke (the "/" that opens search, which starts the index
  download) until the index is ready, and from the first letter of a query until its results
  are shown, cold (typed right away) and warm (the index already loaded).

Used by scripts/bench.py; ``python scripts/bench_web.py SITE SOP_URL`` measures one built site.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from browser import SEARCH_INPUT, chromium_path  # noqa: E402
from webserver import nginx, nginx_path  # noqa: E402

# A word of every synthetic SOP (scripts/synthetic_corpus.py VERBS) and of the sample.
QUERY = "memverifikasi"
RESULTS = ".md-search-result__item"
READY = ("() => { const m = document.querySelector('.md-search-result__meta');"
         " return m && m.textContent.trim() && !/Mempersiapkan|Memuat indeks/.test(m.textContent); }")
TIMEOUT_MS = 180_000


def available() -> str | None:
    """Why the measurement cannot run here, or None."""
    if nginx_path() is None:
        return "nginx tidak terpasang"
    if chromium_path() is None:
        return "Chromium tidak terpasang"
    return None


def first_view(browser, url: str) -> dict:
    """A cold visit: cache off, every response's encoded length summed once the page is idle."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    loaded, urls = [], []
    cdp.on("Network.loadingFinished", lambda e: loaded.append(e["encodedDataLength"]))
    cdp.on("Network.requestWillBeSent", lambda e: urls.append(e["request"]["url"]))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    context.close()
    return {"requests": len(loaded), "bytes": int(sum(loaded)),
            "search_index": any("search_index" in u for u in urls)}


def _open(browser, url: str):
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return context, page


# In the page: when the last key went up, and when the result list last changed.
WATCH = """() => {
  window.__bench = {key: 0, list: 0};
  document.addEventListener('keyup', () => { window.__bench.key = performance.now(); }, true);
  new MutationObserver(() => { window.__bench.list = performance.now(); })
    .observe(document.querySelector('.md-search-result__list'), {childList: true, subtree: true});
}"""
SETTLED = f"""() => document.querySelector('{RESULTS}') && window.__bench.list > window.__bench.key
  && performance.now() - window.__bench.list > 500"""


def _type_until_results(page) -> float:
    """Types QUERY as a fast typist (30 ms a letter); seconds from its last letter to the moment
    the result list last changed (its results for the whole query), in the page's own clock."""
    page.locator(SEARCH_INPUT).press_sequentially(QUERY, delay=30)  # Material listens to keyup
    page.wait_for_function(SETTLED, timeout=TIMEOUT_MS, polling=100)
    return page.evaluate("() => (window.__bench.list - window.__bench.key) / 1000")


def search(browser, url: str) -> dict:
    # Cold: the reader opens search and types at once; the index arrives while typing.
    context, page = _open(browser, url)
    page.evaluate(WATCH)
    start = time.perf_counter()
    page.keyboard.press("/")
    after_typing = _type_until_results(page)
    cold = time.perf_counter() - start - 0.5  # the settling wait is not the reader's
    context.close()
    # The index alone, then a query with the index loaded.
    context, page = _open(browser, url)
    page.evaluate(WATCH)
    start = time.perf_counter()
    page.keyboard.press("/")
    page.wait_for_function(READY, timeout=TIMEOUT_MS, polling=50)
    ready = time.perf_counter() - start
    warm = _type_until_results(page)
    count = page.locator(RESULTS).count()
    context.close()
    return {"query": QUERY, "cold_s": round(cold, 3), "cold_after_typing_s": round(after_typing, 3),
            "index_ready_s": round(ready, 3), "warm_s": round(warm, 3), "results": count}


def measure(site: Path, sop_url: str, workdir: Path) -> dict | None:
    """First views and search timings of ``site`` through nginx; None (said why) without nginx
    or Chromium."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_ARGS

    missing = available()
    if missing:
        print(f"  tampilan pertama dan pencarian tidak diukur: {missing}", flush=True)
        return None
    with nginx(site, site, workdir) as served, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            views = {"beranda": first_view(browser, served.root_url),
                     "sop": first_view(browser, served.root_url + sop_url)}
            return {"first_view": views, "search": search(browser, served.root_url + sop_url)}
        finally:
            browser.close()


def line(figures: dict) -> str:
    views, found = figures["first_view"], figures["search"]
    shown = ", ".join(f"{name} {v['bytes'] / 1024:.0f} KB ({v['requests']} permintaan"
                      f"{', MEMINTA INDEKS' if v['search_index'] else ''})" for name, v in views.items())
    return (f"  tampilan pertama lewat nginx: {shown}; pencarian '{found['query']}': indeks siap "
            f"{found['index_ready_s']:.2f} s setelah tombol pertama; hasil {found['warm_s']:.2f} s setelah "
            f"huruf terakhir bila indeks sudah dimuat; bila langsung diketik, {found['cold_s']:.2f} s dari "
            f"tombol pertama ({found['cold_after_typing_s']:.2f} s setelah huruf terakhir)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        result = measure(Path(sys.argv[1]).resolve(), sys.argv[2], Path(work))
    print(line(result) if result else "tidak diukur")
