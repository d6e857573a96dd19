"""What makes large portals fast must not change what is built or reported: the check in
worker processes, the memo of `mkdocs serve`, the SOP sheets rendered ahead, the short nav.
Timings are measured by `make bench` (scripts/bench.py), never here."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

from support import REPO, VALID_SOP, make_project, mkdocs_build, standar
from standar.read import corpus
from standar.read.background import Ahead
from standar.publish.site import Site, SiteOptions
from test_hostile import CASES, HOSTILE, SOP_DIR

sys.path.insert(0, str(REPO / "scripts"))
import synthetic_corpus  # noqa: E402


def _report(loaded):
    return ([d.format() for d in loaded.diagnostics], loaded.outcome,
            [(s.path, s.meta, type(s).__name__) for s in loaded.standards])


def test_check_in_worker_processes_reports_what_one_process_reports(tmp_path, monkeypatch):
    files = {f"{SOP_DIR}/{name}": (HOSTILE / name).read_bytes() for name in CASES}
    files.update({f"{SOP_DIR}/baik-{i}.md": VALID_SOP.replace("/001/", f"/{200 + i}/") for i in range(20)})
    project = make_project(tmp_path, files)
    monkeypatch.setattr(corpus, "PARALLEL_FROM", 10**9)
    serial = corpus.load(project)
    monkeypatch.setattr(corpus, "PARALLEL_FROM", 1)
    parallel = corpus.load(project)
    assert _report(parallel) == _report(serial)
    assert len(serial.errors) >= len(CASES)
    # `standar check` asks for the outcomes only: the same problems and outcomes, no standards
    for parallel_from in (1, 10**9):
        monkeypatch.setattr(corpus, "PARALLEL_FROM", parallel_from)
        lean = corpus.load(project, lean=True)
        assert _report(lean)[:2] == _report(serial)[:2] and lean.standards == []


def test_serve_memo_checks_again_only_what_changed(tmp_path):
    files = {f"{SOP_DIR}/sop-{i}.md": VALID_SOP.replace("/001/", f"/{300 + i}/") for i in range(3)}
    project = make_project(tmp_path, files)
    memo: dict = {}
    first = corpus.load(project, memo=memo)
    changed = project / SOP_DIR / "sop-1.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("judul: ", "judul: Baru ", 1),
                       encoding="utf-8")
    (project / SOP_DIR / "sop-2.md").unlink()
    second = corpus.load(project, memo=memo)
    assert [s.slug for s in second.standards] == ["sop-0", "sop-1"]
    assert second.standards[0] is first.standards[0]          # unchanged: the last result
    assert second.standards[1].title.startswith("Baru ")       # changed: checked again
    assert sorted(memo) == [f"{SOP_DIR}/sop-0.md", f"{SOP_DIR}/sop-1.md"]
    assert _report(second) == _report(corpus.load(project))  # as a load without memo


def test_sheets_rendered_ahead_equal_sheets_rendered_on_demand(sample_site):
    site = Site(sample_site.corpus, SiteOptions(site_url="https://contoh.go.id/"))
    order = [s.src_uri for s in site.view.of_kind("sop")]
    ahead = Ahead(site.sheet, order, workers=1, window=4, chunk=2)
    try:
        asked = order[5:] + order[:5]  # out of order too: the late ones are rendered on demand
        assert {uri: ahead.get(uri) for uri in asked} == {uri: site.sheet(uri) for uri in asked}
    finally:
        ahead.close()


def test_the_sheets_are_planned_in_the_order_the_pages_ask_for_them(sample_site):
    site = Site(sample_site.corpus, SiteOptions(site_url="https://contoh.go.id/", build_date=dt.date(2026, 1, 5)))
    order = site.sheet_order()  # known before the pages are rendered: the worker starts early
    assert order == [page.src_uri for page in site.pages() if page.deferred]
    assert {kind for kind in (site.view.by_src_uri[uri].kind for uri in order)} == {"sop", "spo"}


def test_large_synthetic_portal_builds_with_one_opd_per_sidebar(tmp_path):
    project = tmp_path / "korpus"
    counts = synthetic_corpus.write(project, 450)  # above PARALLEL_FROM: the check forks
    assert standar(["check"], project).returncode == 0
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    loaded = corpus.load(project)
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    indexed = {d["location"].split("#")[0] for d in index["docs"]}
    for std in loaded.standards:
        assert std.url in indexed, std.path
    sops = [s for s in loaded.standards if s.kind == "sop"]
    assert len(sops) == counts["sop"]
    for std in sops[:: len(sops) // 7]:
        html = (site / std.url / "index.html").read_text(encoding="utf-8")
        assert html.count('class="sop-bagan"') == 1 and "sop-qr-kode" in html, std.path
        assert "<!--standar:" not in html, std.path
        sidebar = html.split("md-nav--primary", 1)[1].split("md-sidebar--secondary", 1)[0]
        # its own OPD's SOPs, then one folded entry for each other OPD
        own = set(re.findall(r'href="\.\./(sop-\d+)/"', sidebar))
        assert own == {s.slug for s in sops if s.opd == std.opd} - {std.slug}, std.path
        others = re.findall(r'href="\.\./\.\./\.\./(opd-\d+)/sop/', sidebar)
        assert len(others) == len(set(others)) == counts["opd"] - 1, std.path


def test_nav_item_override_is_materials_with_one_block_moved():
    import material

    theirs = (Path(material.__file__).parent / "templates/partials/nav-item.html").read_text(encoding="utf-8")
    ours = (REPO / "docs/overrides/partials/nav-item.html").read_text(encoding="utf-8")
    ours = ours.split("-#}\n", 1)[1]  # our note on top
    block = re.search(r"\n( *)\{% set _ = namespace\(index = none\) %\}.*?\{% set index = _\.index %\}\n",
                      ours, re.S)
    assert block and ours.index("{% if not is_pruned %}") < block.start(), "the block runs for pruned items"
    moved = block.group(0)
    original = "\n".join(line[2:] if line.strip() else line for line in moved.split("\n"))
    without = ours.replace(moved, "\n", 1)
    assert original in theirs, "Material changed the block: copy its nav-item.html again"
    assert theirs.replace(original, "\n", 1) == without, "Material's nav-item.html changed: copy it again"


def _logged(log: Path, parent: int):
    """A render that notes who rendered each key; the worker is four times slower than the
    generator, so that each overtakes the other somewhere."""
    def render(key):
        here = os.getpid() == parent
        time.sleep(0.005 if here else 0.02)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{key} {'generator' if here else 'worker'}\n")
        return f"<p>{key}</p>"
    return render


def test_a_worker_behind_shares_the_sheets_and_none_is_rendered_twice(tmp_path):
    log = tmp_path / "log"
    keys = [f"k{i}" for i in range(48)]
    ahead = Ahead(_logged(log, os.getpid()), keys, workers=1, chunk=8)
    try:
        assert [ahead.get(key) for key in keys] == [f"<p>{key}</p>" for key in keys]
    finally:
        ahead.close()
    done = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(key for key, _ in done) == sorted(keys)  # every key rendered once, by one of them
    assert {who for _, who in done} == {"generator", "worker"}


def _dies_in_a_worker(parent: int):
    def render(key):
        if os.getpid() != parent:
            os._exit(1)  # as the out-of-memory killer would end it
        return f"<p>{key}</p>"
    return render


def test_sheets_are_rendered_here_when_the_worker_dies():
    ahead = Ahead(_dies_in_a_worker(os.getpid()), ["a", "b", "c"], workers=1, chunk=1)
    try:
        assert [ahead.get(k) for k in ("a", "b", "c")] == ["<p>a</p>", "<p>b</p>", "<p>c</p>"]
    finally:
        ahead.close()
