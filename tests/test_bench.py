"""Smoke test of scripts/bench.py at a tiny size: every figure is there, no timing is judged."""

from __future__ import annotations

import json
import os

import bench
from standar.read import corpus

SIZE = 12
FIGURES = ("wall_s", "peak_mb", "maxrss_mb")


def test_bench_writes_every_measurement_the_baseline_and_the_page(tmp_path):
    results, page, work = tmp_path / "hasil.json", tmp_path / "kinerja.md", tmp_path / "kerja"
    code = bench.main(["--sizes", str(SIZE), "--repeat", "1", "--no-serve", "--results", str(results),
                       "--page", str(page), "--work", str(work)])
    assert code == 0

    entry = json.loads(results.read_text(encoding="utf-8"))[str(SIZE)]
    assert list(entry["corpora"]) == ["standar", "dense"]
    for mix, part in entry["corpora"].items():
        for group, keys in (("check", FIGURES + ("files_per_s",)), ("build", FIGURES + ("per_standard_ms",)),
                            ("baseline", FIGURES + ("per_standard_ms",))):
            for key in keys:
                stat = part[group][key]
                assert stat["median"] > 0 and len(stat["samples"]) == 1, (mix, group, key)
        for site in (part["site"], part["baseline"]["site"]):
            assert site["bytes"] > 0 and site["files"] > 0
            assert 0 < site["search_index_gzip_bytes"] < site["search_index_bytes"]
        assert isinstance(part["ratio"]["wall_s"], float) and part["ratio"]["wall_s"] > 0
        layout = part["layout"]  # the flowchart layout time per sheet
        assert layout["sheets"] > 0 and 0 < layout["median_ms"] <= layout["p90_ms"] <= layout["max_ms"], mix
        assert layout["worst"]["steps"] >= 2
        assert part["corpus"]["standards"] == SIZE
    assert entry["corpora"]["dense"]["layout"]["worst"]["decisions"] >= 2
    assert entry["serve"] is None and entry["machine"]["cores"] >= 1

    # The reader's side, through nginx in Chromium: a first view asks for no search index.
    web = entry["web"]
    if web is not None or os.environ.get("CI"):
        for view in web["first_view"].values():
            assert view["bytes"] > 10_000 and view["requests"] > 3 and view["search_index"] is False
        found = web["search"]
        # figures only: which is quicker is the benchmark's finding, never this test's
        assert found["results"] > 0 and 0 < found["index_ready_s"] and found["warm_s"] >= 0 and found["cold_s"] > 0

    standards = corpus.load(work / str(SIZE) / "standar" / "corpus").standards
    assert len(standards) == SIZE == entry["corpora"]["standar"]["baseline"]["pages"]
    docs = work / str(SIZE) / "standar" / "baseline" / "docs"
    for standard in standards:
        text = (docs / standard.opd / standard.kind / f"{standard.slug}.md").read_text(encoding="utf-8")
        assert f"# {standard.title}\n" in text
        assert "| Identitas | Isi |" in text
        if standard.kind == "sop":
            assert "| No | Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan |" in text
    assert (docs / "index.md").is_file()

    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Kinerja\n")
    for label in ("standar", "padat"):  # check, build, baseline, site size, layout: each on both corpora
        assert len([line for line in text.splitlines() if line.startswith(f"| {SIZE} | {label} |")]) == 5
    assert len([line for line in text.splitlines() if line.startswith(f"| {SIZE} |")]) == 13  # + machine, serve, reader
    assert "| Target | Standar | Hasil | Status |" in text and "belum diukur" in text
    assert "## Tata letak diagram alir" in text and "## Pembaca: tampilan pertama dan pencarian" in text


def test_layout_only_prints_both_mixes(tmp_path, capsys):
    assert bench.main(["--layout-only", "--sizes", str(SIZE), "--work", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tata letak (standar):" in out and "tata letak (dense):" in out and "median" in out


def test_results_of_other_sizes_are_kept(tmp_path):
    results = tmp_path / "hasil.json"
    results.write_text(json.dumps({"5000": {"corpora": {}}, "1000": {"from before both mixes": True}}),
                       encoding="utf-8")
    data = bench.merge(results, {100: {"corpora": {}}})
    assert list(data) == ["100", "5000"] and data["5000"] == {"corpora": {}}
