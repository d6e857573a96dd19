"""Hosting anywhere, proved with a real nginx and a real browser: root and sub-path, headers,
the Indonesian 404, compression, no request to other hosts, search, print, the offline bundle
from file://, and accessibility with axe-core."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser import artifact, chromium, need, search
from standar import kinds
from support import BIN, REPO, mkdocs_build, run
from webserver import apache, fetch, nginx

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SOP = "dukcapil/sop/penerbitan-akta-kelahiran/"
SPM = "dinkes/spm/pelayanan-kesehatan-ibu-hamil/"
HEADERS = {"Content-Security-Policy": "script-src 'self'", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "SAMEORIGIN"}


@pytest.fixture(scope="module")
def subpath_site(sample_site, tmp_path_factory):
    """The sample content built for https://sorongselatankab.go.id/standar/ (one config value)."""
    site = tmp_path_factory.mktemp("subpath") / "site"
    result = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], sample_site.project,
                 env={"SITE_URL": "https://sorongselatankab.go.id/standar/"})
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def served(sample_site, subpath_site, tmp_path_factory):
    """nginx with deploy/nginx: the server the browser tests go through."""
    assert (sample_site.site / SPM / "index.html").exists(), "the sample SPM used here was renamed"
    with nginx(sample_site.site, subpath_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server


@pytest.fixture(scope="module", params=["nginx", "apache"])
def any_server(request, sample_site, subpath_site, tmp_path_factory):
    """Each shipped server configuration in turn, for the HTTP-level checks."""
    if request.param == "nginx":
        yield request.getfixturevalue("served")
        return
    with apache(sample_site.site, subpath_site, tmp_path_factory.mktemp("apache")) as server:
        yield server


# -- HTTP -------------------------------------------------------------------------------------

CONTENT_TYPES = {"": "text/html", SOP: "text/html", SPM: "text/html",
                 "data/standar.json": "application/json", "data/standar.csv": "text/csv",
                 "data/opd.json": "application/json", "feed.xml": ("text/xml", "application/xml"),
                 "search/search_index.json": "application/json", "sitemap.xml": ("text/xml", "application/xml"),
                 "stylesheets/portal.css": "text/css", "javascripts/portal.js": ("application/javascript", "text/javascript"),
                 "assets/logo-pemda.svg": "image/svg+xml"}


@pytest.mark.parametrize("base", ["root_url", "subpath_url"])
def test_pages_and_data_answer_with_type_and_headers(any_server, base):
    for path, kind in CONTENT_TYPES.items():
        status, headers, _ = fetch(getattr(any_server, base) + path)
        assert status == 200, path
        assert headers["Content-Type"].startswith(kind), (path, headers["Content-Type"])
        for name, value in HEADERS.items():
            assert value in (headers.get(name) or ""), (path, name)


@pytest.mark.parametrize("base", ["root_url", "subpath_url"])
def test_only_the_editor_relaxes_the_policy(any_server, base):
    """Decap CMS needs 'unsafe-eval': admin/ has its own policy, every other page the strict one."""
    url = getattr(any_server, base)
    for path in ("admin/", "admin/index.html", "admin/vendor/decap-cms/decap-cms.js"):
        status, headers, _ = fetch(url + path)
        assert status == 200, path
        assert "'unsafe-eval'" in headers["Content-Security-Policy"] and "connect-src 'self' https:" in \
            headers["Content-Security-Policy"], path
    for path in ("", SOP, "stylesheets/portal.css", "javascripts/portal.js"):
        policy = fetch(url + path)[1]["Content-Security-Policy"]
        assert "unsafe-eval" not in policy and "script-src 'self';" in policy, path


def test_the_editor_starts_under_both_policies(served):
    """Through nginx (its header and the page's own policy together): the editor's sign-in, in
    Indonesian, with no refused script or connection and no request to another host."""
    with chromium() as browser:
        page = browser.new_page()
        watch = Watch(page, _origin(served.root_url))
        page.goto(served.root_url + "admin/")
        page.get_by_role("button", name="Masuk dengan GitHub").wait_for()
        page.wait_for_timeout(500)
        # Served from a loopback address, Decap looks for decap-server (the author's own
        # computer, never a deployed site): the server's policy rightly refuses that one call.
        local = "http://127.0.0.1:8081/api/v1"
        assert [u for u in watch.failed if not u.startswith(local)] == [] and watch.elsewhere() == []
        refused = [e for e in watch.errors if "Content Security Policy" in e or "Refused" in e]
        assert all(local in e for e in refused), refused


@pytest.mark.parametrize("base", ["root_url", "subpath_url"])
def test_unknown_path_gives_the_indonesian_404(any_server, base):
    status, headers, body = fetch(getattr(any_server, base) + "tidak/ada/di-sini/")
    assert status == 404
    text = body.decode("utf-8")
    assert "Halaman tidak ditemukan" in text and 'for="__search"' in text
    prefix = urlsplit(getattr(any_server, base)).path
    assert f'href="{prefix}sop/"' in text  # its links work from any depth


@pytest.mark.parametrize("path", ["", SOP, "data/standar.json", "search/search_index.json", "stylesheets/portal.css"])
def test_compressed_where_promised(any_server, path):
    status, headers, body = fetch(any_server.root_url + path, gzip=True)
    assert status == 200 and headers.get("Content-Encoding") == "gzip", path
    plain = fetch(any_server.root_url + path)[2]
    assert gzip.decompress(body) == plain and len(body) < len(plain)


def test_versioned_assets_cached_long_pages_revalidated(any_server):
    home = fetch(any_server.root_url)[2].decode("utf-8")
    bundle = re.search(r'src="(assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', home).group(1)
    assert "immutable" in fetch(any_server.root_url + bundle)[1]["Cache-Control"]
    assert fetch(any_server.root_url)[1]["Cache-Control"] == "no-cache"


# -- the browser through nginx ----------------------------------------------------------------

class Watch:
    """Every request, failure and console error of a page."""

    def __init__(self, page, origin: str):
        self.origin = origin
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} {r.status}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def elsewhere(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.origin) and not u.startswith(("data:", "blob:"))]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


@pytest.mark.parametrize("width", [1280, 375])
def test_home_loads_clean_and_search_finds_an_sop_by_its_steps(served, sample_site, width):
    std = next(s for s in sample_site.corpus.published() if s.url == SOP)
    word = "memvalidasi"  # from the steps, not the title
    assert any(word in s.kegiatan.lower() for s in std.steps)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": 900})
        watch = Watch(page, _origin(served.root_url))
        page.goto(served.root_url, wait_until="networkidle")
        assert watch.failed == [] and watch.errors == [] and watch.elsewhere() == []
        results = search(page, word)
        link = page.locator(f'.md-search-result__link[href*="{SOP}"]').first
        assert link.count() == 1, results.all_inner_texts()
        link.click()
        page.wait_for_url(f"**/{SOP}**")
        assert std.title in page.title()
        assert watch.failed == [] and watch.errors == [] and watch.elsewhere() == []


def test_sub_path_pages_load_clean(served):
    with chromium() as browser:
        page = browser.new_page()
        watch = Watch(page, _origin(served.subpath_url))
        for path in ("", SOP, SPM, "spm/"):
            page.goto(served.subpath_url + path, wait_until="networkidle")
        assert watch.failed == [] and watch.errors == [] and watch.elsewhere() == []
        page.goto(served.subpath_url + "tidak-ada/", wait_until="networkidle")  # the 404 page's assets
        assert [u for u in watch.failed if "tidak-ada" not in u] == [] and watch.elsewhere() == []
        assert all(urlsplit(u).path.startswith("/standar/") for u in watch.requests)


def test_print_emulation_of_an_sop_gives_a_pdf(served):
    with chromium() as browser:
        page = browser.new_page()
        page.goto(served.root_url + SOP, wait_until="networkidle")
        page.emulate_media(media="print")
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        artifact("nginx-cetak-sop.pdf").write_bytes(pdf)


def test_a_first_view_downloads_no_search_index_and_searching_then_works(served):
    """Search on demand: loading pages requests no index; the reader's first search does, says it
    is loading, and finds results."""
    with chromium() as browser:
        page = browser.new_page()
        watch = Watch(page, _origin(served.root_url))
        for path in ("", SOP):
            page.goto(served.root_url + path, wait_until="networkidle")
            page.wait_for_timeout(300)
        assert not [u for u in watch.requests if "search_index" in u], watch.requests
        page.keyboard.press("/")
        meta = page.locator(".md-search-result__meta")
        assert "Memuat indeks pencarian" in meta.inner_text() or meta.inner_text().strip()
        results = search(page, "akta")
        assert results.count() > 0
        assert [u for u in watch.requests if "search/search_index.json" in u]
        assert watch.failed == [] and watch.errors == [] and watch.elsewhere() == []


def test_first_view_transfer_size(served):
    """Bytes over the wire (gzip) for a first view; recorded for the closing note."""
    sizes = {}
    with chromium() as browser:
        for name, path in (("beranda", ""), ("sop", SOP)):
            context = browser.new_context()
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            loaded = []
            cdp.on("Network.loadingFinished", lambda e: loaded.append(e["encodedDataLength"]))
            page.goto(served.root_url + path, wait_until="networkidle")
            page.wait_for_timeout(500)  # (no search index: it waits for the first search)
            sizes[name] = {"permintaan": len(loaded), "bita": int(sum(loaded))}
            context.close()
    artifact("ukuran-unduhan.json").write_text(json.dumps(sizes, indent=2), encoding="utf-8")
    print("first view over the wire:", sizes)
    assert all(v["bita"] > 0 for v in sizes.values())


# -- accessibility ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["", SOP, SPM, "spm/", "sop/", "?cari=akta"])
def test_no_serious_or_critical_axe_violation(served, path):
    need(AXE.exists(), "axe-core tidak terpasang (npm ci)")
    with chromium() as browser:
        page = browser.new_context(bypass_csp=True).new_page()  # the CSP rightly forbids injected scripts
        page.goto(served.root_url + path.split("?")[0], wait_until="networkidle")
        if "?cari=" in path:  # the open search results: meta text, tags, code in a result
            search(page, path.split("=", 1)[1])
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], serious


# -- offline bundle ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def offline_bundle(sample_site, tmp_path_factory):
    work = tmp_path_factory.mktemp("offline")
    site = work / "build"
    result = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], sample_site.project,
                 env={"PORTAL_OFFLINE": "true"})
    assert result.returncode == 0, result.stderr
    bundle = work / "portal-standar-offline.zip"
    made = run([str(BIN / "python"), str(REPO / "scripts/offline_bundle.py"), str(site), str(bundle)], work)
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(work / "unzipped")
    return work / "unzipped" / "portal-standar"


def test_offline_bundle_works_from_file_urls_without_network(offline_bundle, sample_site):
    std = next(s for s in sample_site.corpus.published() if s.url == SOP)
    index = offline_bundle / "index.html"
    assert (offline_bundle / "BACA-SAYA.txt").exists() and index.exists()
    html = index.read_text(encoding="utf-8")
    assert "unpkg.com" not in html and "assets/vendor/iframe-worker/shim.js" in html
    with chromium() as browser:
        context = browser.new_context()
        attempted = []

        def refuse(route):
            attempted.append(route.request.url)
            route.abort()

        context.route(re.compile(r"^(https?|wss?|ftp)://"), refuse)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(index.as_uri())
        sop_page = offline_bundle / (SOP.rstrip("/") + ".html")
        page.goto(sop_page.as_uri())
        assert std.title in page.title()
        page.goto(index.as_uri())
        search(page, "memvalidasi")
        page.locator(f'.md-search-result__link[href*="{SOP.rstrip("/")}.html"]').first.click()
        page.wait_for_load_state()
        assert page.url.startswith(sop_page.as_uri()) and std.title in page.title()
        assert attempted == [] and errors == []


def test_offline_bundle_passes_periksa_situs(offline_bundle, sample_site, tmp_path):
    """The bundle's pages are .html files and its search index a script: checked all the same."""
    assert (offline_bundle / "search" / "search_index.js").exists()
    result = run([str(BIN / "standar"), "periksa-situs", str(offline_bundle)], sample_site.project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(sample_site.corpus.published())} standar terbit" in result.stdout
    # the script is what file:// reads: a standard missing there is named
    copy = tmp_path / "luring"
    shutil.copytree(offline_bundle, copy)
    script = copy / "search" / "search_index.js"
    location = f'"location":"{SOP.rstrip("/")}.html"'
    script.write_text(script.read_text(encoding="utf-8").replace(location, '"location":"lain.html"'), encoding="utf-8")
    result = run([str(BIN / "standar"), "periksa-situs", str(copy)], sample_site.project)
    assert result.returncode == 1
    assert [line for line in result.stdout.splitlines()[:-1]] == [
        f"search/search_index.js: {kinds.get(std.kind).label} {std.nomor} \"{std.title}\" ({std.path}) "
        "tidak ada di indeks pencarian"
        for std in sample_site.corpus.published() if std.url == SOP]


def test_offline_zip_is_reproducible(offline_bundle, tmp_path):
    site = offline_bundle.parent.parent / "build"
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    for dest in (first, second):
        subprocess.run([str(BIN / "python"), str(REPO / "scripts/offline_bundle.py"), str(site), str(dest)],
                       check=True, capture_output=True)
    assert first.read_bytes() == second.read_bytes()


def test_make_offline_target_exists():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^offline:", makefile, re.M) and "dist/portal-standar-offline.zip" in makefile
