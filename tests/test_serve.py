"""`make serve`: a real `mkdocs serve --dirty` (and `properdocs serve --dirty`, the fallback) on
the sample content. A saved change shows on its page, in the generated lists and in the search
index, and the pages not rebuilt keep their search entries; a file with errors shows them and
the preview goes on. (How fast is measured by `make bench`, never here; the 10 seconds asked
of an error page are a ceiling.)"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import artifact, chromium
from support import BIN, PROPERDOCS_BIN, REPO, SOURCE_DATE_EPOCH, add_site_files, mkdocs_build
from webserver import free_port

SOP = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
URL = "dukcapil/sop/penerbitan-akta-kelahiran/"


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(url: str, text: str, server: subprocess.Popen, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "serve berhenti"
        body = _get(url)
        if body is not None and text in body:
            return body
        time.sleep(0.2)
    raise AssertionError(f"{text!r} tidak muncul di {url} dalam {seconds} detik")


def _locations(index: str) -> Counter:
    """How many entries each section of each page has."""
    return Counter(d["location"] for d in json.loads(index)["docs"])


# Each generator's serve command: the --dirty rebuilds must work under the fallback too.
SERVE = {"mkdocs": [str(BIN / "mkdocs"), "serve"],
         "properdocs": [str(PROPERDOCS_BIN / "properdocs"), "serve", "-f", "mkdocs.yml"]}


@contextlib.contextmanager
def serving(tmp_path, generator="mkdocs"):
    """The command of `make serve` (after its check, which may fail: the preview goes on) on a
    copy of the sample; afterwards ``output`` holds what it printed."""
    project = tmp_path / "proyek"
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    port = free_port()
    log = open(tmp_path / "serve.log", "w+", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    server = subprocess.Popen([*SERVE[generator], "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    run = Serving(server, f"http://127.0.0.1:{port}/", project)
    try:
        yield run
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.seek(0)
        run.output = log.read()
        log.close()


@dataclass
class Serving:
    server: subprocess.Popen
    base: str
    project: Path
    output: str = ""


@pytest.mark.parametrize("generator", SERVE)
def test_saved_change_appears_in_dirty_serve(tmp_path, generator):
    with serving(tmp_path, generator) as run:
        server, base, project = run.server, run.base, run.project
        _wait_for(base + URL, "Penerbitan Akta Kelahiran", server, 300)
        before = _locations(_wait_for(base + "search/search_index.json", URL, server, 30))
        path = project / SOP
        text = path.read_text(encoding="utf-8")
        for word in ("Kalimantung", "Wersar"):  # two rebuilds: nothing may pile up
            path.write_text(text.replace("judul: ", f"judul: {word} ", 1), encoding="utf-8")
            _wait_for(base + URL, f"{word} Penerbitan Akta Kelahiran", server, 120)
            assert f"{word} Penerbitan Akta Kelahiran" in _wait_for(base + "sop/", word, server, 30)
            index = _wait_for(base + "search/search_index.json", word, server, 30)
            # every page still indexed once, the changed one with its new text only
            assert _locations(index) == before
            assert "Kalimantung" not in index or word == "Kalimantung"
        page = _get(base + URL)
        assert 'class="sop-bagan"' in page and "<!--standar:" not in page
    output = run.output
    assert "Aborted" not in output and "Traceback" not in output, output
    # the first build and the first rebuild (the last may be stopped before it logs its end)
    assert output.count("Documentation built") >= 2, output


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def test_a_file_with_errors_shows_them_and_the_preview_goes_on(tmp_path):
    """A colon in an unquoted title: within 10 seconds the page shows the file, the line and the
    message, other pages still answer, a banner names the file; fixed, the page comes back."""
    with serving(tmp_path) as run:
        server, base, project = run.server, run.base, run.project
        normal = _wait_for(base + URL, 'class="sop-bagan"', server, 300)
        path = project / SOP
        text = path.read_text(encoding="utf-8")
        broken = text.replace("judul: ", "judul: Akta: ", 1)
        line = next(n for n, row in enumerate(broken.splitlines(), 1) if row.startswith("judul: "))
        path.write_text(broken, encoding="utf-8")
        started = time.monotonic()
        page = _wait_for(base + URL, "standar-galat", server, 10)
        assert time.monotonic() - started <= 10
        assert _status(base + URL) == 200
        assert SOP in page and f'<td data-label="Baris">{line}</td>' in page
        assert "tanda &#39;:&#39; di tempat yang tidak diharapkan" in page
        assert "tulis nilai itu dalam tanda kutip" in page              # the fix
        assert _status(base + "sop/") == 200 and _status(base + "dinkes/") == 200
        banner = json.loads(_get(base + "pratinjau/galat.json"))
        assert SOP in [item["berkas"] for item in banner["berkas"]]
        assert "pratinjau/galat.js" in _get(base + "sop/")                # the banner's script on other pages
        with chromium() as browser:  # the banner, as an author sees it on another page
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "sop/")
            banner_box = page.locator(".standar-pratinjau-galat")
            banner_box.wait_for()
            assert SOP in banner_box.inner_text()
            page.screenshot(path=str(artifact("pratinjau-galat-spanduk.png")))
            page.goto(base + URL)
            page.locator(".standar-galat-daftar").wait_for()
            page.screenshot(path=str(artifact("pratinjau-galat-halaman.png")))
            page.set_viewport_size({"width": 375, "height": 800})  # an author on a phone
            page.screenshot(path=str(artifact("pratinjau-galat-halaman-375.png")), full_page=True)
        path.write_text(text, encoding="utf-8")
        back = _wait_for(base + URL, 'class="sop-bagan"', server, 60)
        assert "standar-galat" not in back and "Penerbitan Akta Kelahiran" in back
        # the pages of the standards that link to it were error pages too: they come back as well
        for other in [item["alamat"] for item in banner["berkas"] if item["alamat"] != URL]:
            assert "standar-galat" not in _wait_for(base + other, "<h1", server, 30)
        assert json.loads(_get(base + "pratinjau/galat.json"))["berkas"] == []
    output = run.output
    assert "Traceback" not in output, output
    assert f"{SOP}:{line}: galat:" in output                            # and in the terminal


def test_the_public_build_still_refuses_a_file_with_errors(tmp_path):
    project = tmp_path / "proyek"
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    path = project / SOP
    path.write_text(path.read_text(encoding="utf-8").replace("judul: ", "judul: Akta: ", 1), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Tidak ada yang diterbitkan" in result.stdout + result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
    assert not (tmp_path / "site" / "pratinjau").exists()
