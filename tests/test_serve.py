"""`make serve`: a real `mkdocs serve --dirty` (and `properdocs serve --dirty`, the fallback) on
the sample content. A saved change shows on its page, in the generated lists and in the search
index, and the pages not rebuilt keep their search entries. (How fast is measured by
`make bench`, never here.)"""

from __future__ import annotations

import json
import os
from collections import Counter
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from support import BIN, PROPERDOCS_BIN, REPO, SOURCE_DATE_EPOCH, add_site_files
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


@pytest.mark.parametrize("generator", SERVE)
def test_saved_change_appears_in_dirty_serve(tmp_path, generator):
    project = tmp_path / "proyek"
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = open(tmp_path / "serve.log", "w+", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    server = subprocess.Popen([*SERVE[generator], "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
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
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.seek(0)
        output = log.read()
        log.close()
    assert "Aborted" not in output and "Traceback" not in output, output
    # the first build and the first rebuild (the last may be stopped before it logs its end)
    assert output.count("Documentation built") >= 2, output
