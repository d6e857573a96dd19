"""Smoke test of scripts/bench.py at a tiny size: every figure is there, no timing is judged."""

from __future__ import annotations

import json

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
    for group, keys in (("check", FIGURES + ("files_per_s",)), ("build", FIGURES + ("per_standard_ms",)),
                        ("baseline", FIGURES + ("per_standard_ms",))):
        for key in keys:
            stat = entry[group][key]
            assert stat["median"] > 0 and len(stat["samples"]) == 1, (group, key)
    for site in (entry["site"], entry["baseline"]["site"]):
        assert site["bytes"] > 0 and site["files"] > 0
        assert 0 < site["search_index_gzip_bytes"] < site["search_index_bytes"]
    assert isinstance(entry["ratio"]["wall_s"], float) and entry["ratio"]["wall_s"] > 0
    assert entry["serve"] is None
    for mix in ("standar", "dense"):  # the flowchart layout time per sheet, both corpus mixes
        layout = entry["layout"][mix]
        assert layout["sheets"] > 0 and 0 < layout["median_ms"] <= layout["p90_ms"] <= layout["max_ms"], mix
        assert layout["worst"]["steps"] >= 2
    assert entry["corpus"]["standards"] == SIZE and entry["machine"]["cores"] >= 1

    standards = corpus.load(work / str(SIZE) / "corpus").standards
    assert len(standards) == SIZE == entry["baseline"]["pages"]
    docs = work / str(SIZE) / "baseline" / "docs"
    for standard in standards:
        text = (docs / standard.opd / standard.kind / f"{standard.slug}.md").read_text(encoding="utf-8")
        assert f"# {standard.title}\n" in text
        assert "| Identitas | Isi |" in text
        if standard.kind == "sop":
            assert "| No | Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan |" in text
    assert (docs / "index.md").is_file()

    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Kinerja\n")
    rows = [line for line in text.splitlines() if line.startswith(f"| {SIZE} |")]
    assert len(rows) >= 6  # runs, check, build, baseline, site size, serve
    assert "| Target | Standar | Hasil | Status |" in text and "belum diukur" in text
    assert "## Tata letak diagram alir" in text
    assert len([line for line in text.splitlines() if line.startswith(f"| {SIZE} | padat |")]) == 1


def test_layout_only_prints_both_mixes(tmp_path, capsys):
    assert bench.main(["--layout-only", "--sizes", str(SIZE), "--work", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tata letak (standar):" in out and "tata letak (dense):" in out and "median" in out


def test_results_of_other_sizes_are_kept(tmp_path):
    results = tmp_path / "hasil.json"
    results.write_text(json.dumps({"5000": {"kept": True}}), encoding="utf-8")
    data = bench.merge(results, {100: {"new": True}})
    assert list(data) == ["100", "5000"] and data["5000"] == {"kept": True}
