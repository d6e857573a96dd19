#!/usr/bin/env python3
"""Benchmark: `standar check`, the full build against a bare Material build, the site and its
search index, and the time to lay out each SOP's flowchart, on two deterministic synthetic
corpora of each size (the standard mix and the decision-dense one); on the standard one also
the `mkdocs serve --dirty` refresh and the reader's side (scripts/bench_web.py: bytes of a first
view and search timings, through nginx in Chromium).

    python scripts/bench.py --sizes 100 1000 --repeat 3 [--results scripts/bench_results.json]
                            [--page docs/panduan/kinerja.md] [--no-serve] [--no-web] [--work DIR]
    python scripts/bench.py --layout-only --sizes 1000 [--mix dense]   # the layouts only, printed

Each size's figures replace that size's entry in the results file; the page is then written
again from every size in the file, so `make bench` and `make bench-besar` add up.
Memory is the peak of the summed PSS of the whole process tree, sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "hooks"))
sys.path.insert(0, str(REPO / "scripts"))

import bench_web  # noqa: E402
import synthetic_corpus  # noqa: E402
from standar.read import corpus as corpus_module  # noqa: E402
from standar.model import flowchart, formatting  # noqa: E402

BIN = Path(sys.executable).parent if (Path(sys.executable).parent / "mkdocs").exists() else REPO / ".venv" / "bin"
RESULTS = REPO / "scripts" / "bench_results.json"
PAGE = REPO / "docs" / "panduan" / "kinerja.md"
SAMPLE_SECONDS = 0.05
REFRESH_TIMEOUT = 120.0
MB = 1024 * 1024


class BenchError(RuntimeError):
    """A measured command failed; the message carries the end of its output."""


def say(text: str) -> None:
    print(text, flush=True)


def environment() -> dict:
    """The default build: no MkDocs 2 banner, no sub-path, no offline bundle, and Python as it
    runs by default (compiled modules cached: some sandboxes set PYTHONDONTWRITEBYTECODE)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    for name in ("SITE_URL", "PORTAL_OFFLINE", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


# -- memory of a process tree ----------------------------------------------------------------
def children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                kids += [int(kid) for kid in handle.read().split()]
    except (OSError, ValueError):
        pass
    return kids


def tree(root: int) -> list[int]:
    pids, queue = [], [root]
    while queue:
        pid = queue.pop()
        pids.append(pid)
        queue += children(pid)
    return pids


def memory_kb(pid: int) -> int:
    """PSS from smaps_rollup; RSS from status when the rollup is not readable."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as handle:
                for line in handle:
                    if line.startswith(key):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return 0


class TreeSampler(threading.Thread):
    """Keeps the peak of the summed memory of ``pid`` and all its descendants."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, sum(memory_kb(pid) for pid in tree(self.pid)))
            self.done.wait(SAMPLE_SECONDS)

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak_kb / 1024


def run_measured(command: list, cwd: Path, sample: bool = True) -> dict:
    """Run to completion: wall seconds, peak tree memory (MB; without ``sample``, None: the
    sampler's reads of /proc take a share of a 2-core machine) and ru_maxrss (MB)."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen([str(part) for part in command], cwd=cwd, env=environment(),
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        sampler = TreeSampler(proc.pid)
        if sample:
            sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # Ctrl-C: the child is in its own session and did not get it
            os.killpg(proc.pid, signal.SIGKILL)
            os.waitpid(proc.pid, 0)
            raise
        finally:
            wall = time.perf_counter() - start
            peak = sampler.stop() if sample else None
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            log.seek(0)
            tail = log.read().decode("utf-8", "replace")[-4000:]
            raise BenchError(f"{' '.join(map(str, command))} (di {cwd}) gagal, kode {proc.returncode}:\n{tail}")
    return {"wall_s": wall, "peak_mb": peak, "maxrss_mb": usage.ru_maxrss / 1024}


def summary(values: list) -> dict:
    """Median and spread; ``None`` samples (failures) are kept in the list but not counted."""
    values = [None if v is None else round(v, 4) for v in values]
    counted = [v for v in values if v is not None]
    if not counted:
        return {"median": None, "min": None, "max": None, "samples": values}
    return {"median": statistics.median(counted), "min": min(counted), "max": max(counted),
            "samples": values}


def summarize(runs: list[dict], keys: tuple) -> dict:
    return {key: summary([run[key] for run in runs]) for key in keys}


# -- the baseline: the same standards as hand-written Markdown, bare Material ------------------
class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: !ENV and friends become None."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def baseline_config() -> str:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    theme = {key: config["theme"][key] for key in ("name", "language", "font", "palette", "features")
             if key in config["theme"]}
    return yaml.safe_dump({"site_name": "Standar Pelayanan (pembanding)", "theme": theme,
                           "plugins": ["search", "tags"]}, allow_unicode=True, sort_keys=False)


def cell(value) -> str:
    return str(value if value not in (None, "") else "-").replace("|", "\\|").replace("\n", " ")


def table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]


def bullets(title: str, items, level: str = "##") -> list[str]:
    return [f"{level} {title}", ""] + [f"- {item}" for item in items or ["-"]] + [""]


def identity(standard, content) -> list[list]:
    meta, opd = standard.meta, content.registry.get(standard.opd)
    signer = meta.get("disahkan_oleh") or {}
    rows = [["Nomor", meta.get("nomor")], ["OPD", opd.nama if opd else standard.opd]]
    if standard.kind == "spm" and standard.layanan:
        rows += [["Layanan", standard.layanan.nama], ["Bidang", standard.layanan.bidang.nama],
                 ["Penerima", meta.get("penerima") or standard.layanan.penerima]]
    for key, label in (("unit_kerja", "Unit kerja"), ("tanggal_pembuatan", "Tanggal pembuatan"),
                       ("tanggal_revisi", "Tanggal revisi"), ("tanggal_efektif", "Tanggal efektif")):
        if meta.get(key):
            value = meta[key]
            rows.append([label, formatting.tanggal(value) if isinstance(value, dt.date) else value])
    rows += [["Disahkan oleh", signer.get("jabatan")], ["Nama", signer.get("nama")],
             ["NIP", signer.get("nip")], ["Status", meta.get("status")]]
    return rows


def step_note(step) -> str:
    notes = [step.keterangan] if step.keterangan else []
    if step.keputusan:
        notes.append(f"Jika ya ke langkah {step.keputusan['ya']}, jika tidak ke langkah {step.keputusan['tidak']}")
    if step.ke:
        notes.append(f"Lanjut ke langkah {step.ke}")
    return "; ".join(notes)


def sop_page(standard, content) -> list[str]:
    meta = standard.meta
    lines = table(["Identitas", "Isi"], identity(standard, content)) + [""]
    for key, title in (("dasar_hukum", "Dasar hukum"), ("kualifikasi_pelaksana", "Kualifikasi pelaksana"),
                       ("peralatan_perlengkapan", "Peralatan dan perlengkapan"),
                       ("peringatan", "Peringatan"), ("pencatatan_pendataan", "Pencatatan dan pendataan")):
        lines += bullets(title, meta.get(key))
    steps = [[s.number, s.kegiatan, s.pelaksana, ", ".join(s.kelengkapan), s.waktu, s.output, step_note(s)]
             for s in standard.steps]
    lines += ["## Langkah", ""]
    lines += table(["No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keterangan"], steps)
    return lines + [""]


def spm_page(standard, content) -> list[str]:
    meta, mutu = standard.meta, standard.meta.get("mutu") or {}
    lines = table(["Identitas", "Isi"], identity(standard, content)) + [""]
    lines += bullets("Dasar hukum", meta.get("dasar_hukum"))
    lines += ["## Mutu pelayanan", ""]
    lines += bullets("Barang dan jasa", mutu.get("barang_jasa"), "###")
    lines += bullets("Sumber daya manusia", mutu.get("sdm"), "###")
    rows = [[c.tahun, "-" if c.sasaran is None else formatting.angka(c.sasaran),
             "-" if c.terlayani is None else formatting.angka(c.terlayani),
             formatting.persen(c.persen_penerima)] for c in standard.capaian]
    lines += ["## Capaian", ""] + table(["Tahun", "Sasaran", "Terlayani", "Capaian"], rows)
    return lines + [""]


def baseline_page(standard, content) -> str:
    head = ["---", "tags: " + json.dumps(standard.tags, ensure_ascii=False), "---", "", f"# {standard.title}", ""]
    body = sop_page(standard, content) if standard.kind == "sop" else spm_page(standard, content)
    return "\n".join(head + body + [standard.body.strip(), ""])


def write_baseline(dest: Path, content) -> int:
    """A plain MkDocs project with one hand-written page per standard; returns the page count."""
    docs = dest / "docs"
    docs.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(baseline_config(), encoding="utf-8")
    (docs / "index.md").write_text("# Standar Pelayanan\n\nSOP dan SPM seluruh perangkat daerah.\n",
                                   encoding="utf-8")
    for standard in content.standards:
        path = docs / standard.opd / standard.kind / f"{standard.slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(baseline_page(standard, content), encoding="utf-8")
    return len(content.standards)


# -- check and build ---------------------------------------------------------------------------
def measure_check(corpus_dir: Path, size: int, repeat: int) -> dict:
    """Memory in a first run, times in ``repeat`` runs without the memory sampler (the check is
    short and keeps both cores busy: the sampler's share would show in its time)."""
    memory = run_measured([BIN / "standar", "check"], corpus_dir)
    say(f"  check (memori): {memory['peak_mb']:.0f} MB")
    runs = []
    for i in range(repeat):
        run = run_measured([BIN / "standar", "check"], corpus_dir, sample=False)
        run["files_per_s"] = size / run["wall_s"]
        run["peak_mb"] = memory["peak_mb"]
        runs.append(run)
        say(f"  check {i + 1}/{repeat}: {run['wall_s']:.2f} s, {run['files_per_s']:.0f} berkas/s")
    return summarize(runs, ("wall_s", "files_per_s", "peak_mb", "maxrss_mb"))


def build_once(project: Path, site: Path, size: int) -> dict:
    shutil.rmtree(site, ignore_errors=True)
    run = run_measured([BIN / "mkdocs", "build", "--site-dir", site], project)
    run["per_standard_ms"] = 1000 * run["wall_s"] / size
    return run


def site_figures(site: Path) -> dict:
    total = count = 0
    for folder, _, names in os.walk(site):
        for name in names:
            total += os.lstat(os.path.join(folder, name)).st_size
            count += 1
    index = (site / "search" / "search_index.json").read_bytes()
    return {"bytes": total, "files": count, "search_index_bytes": len(index),
            "search_index_gzip_bytes": len(gzip.compress(index, compresslevel=9, mtime=0))}


def measure_builds(root: Path, size: int, repeat: int) -> tuple[dict, dict]:
    """Ours and the baseline, interleaved so that a busy moment hits both alike."""
    ours, base = [], []
    for i in range(repeat):
        ours.append(build_once(root / "corpus", root / "site", size))
        say(f"  build {i + 1}/{repeat}: {ours[-1]['wall_s']:.2f} s, {ours[-1]['peak_mb']:.0f} MB")
        base.append(build_once(root / "baseline", root / "baseline-site", size))
        say(f"  pembanding {i + 1}/{repeat}: {base[-1]['wall_s']:.2f} s, {base[-1]['peak_mb']:.0f} MB")
    keys = ("wall_s", "per_standard_ms", "peak_mb", "maxrss_mb")
    return summarize(ours, keys), summarize(base, keys)


# -- flowchart layout --------------------------------------------------------------------------
def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure_layouts(content) -> dict:
    """Each SOP's flowchart laid out once, in this process (the layout alone: no HTML, no
    worker): the distribution of the time per sheet in ms, and the slowest sheet."""
    times = []
    for standard in content.standards:
        if standard.kind != "sop":
            continue
        steps, actors = standard.steps, standard.pelaksana
        start = time.perf_counter()
        flowchart.layout(steps, actors, standard.title)
        times.append((1000 * (time.perf_counter() - start), standard, steps))
    if not times:
        return {"sheets": 0}
    ms = [t for t, _, _ in times]
    worst, standard, steps = max(times, key=lambda t: t[0])
    return {"sheets": len(ms), "median_ms": round(statistics.median(ms), 3),
            "p90_ms": round(percentile(ms, 0.9), 3), "max_ms": round(worst, 3),
            "total_s": round(sum(ms) / 1000, 3),
            "worst": {"path": standard.path, "steps": len(steps), "pelaksana": len(standard.pelaksana),
                      "decisions": sum(1 for step in steps if step.keputusan)}}


def layout_line(mix: str, figures: dict) -> str:
    if not figures.get("sheets"):
        return f"  tata letak ({mix}): tidak ada SOP"
    worst = figures["worst"]
    return (f"  tata letak ({mix}): {figures['sheets']} lembar, median {figures['median_ms']:.2f} ms, "
            f"p90 {figures['p90_ms']:.2f} ms, terlama {figures['max_ms']:.1f} ms ({worst['steps']} langkah, "
            f"{worst['decisions']} keputusan, {worst['pelaksana']} pelaksana)")


# -- serve refresh -----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_has(url: str, needle: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200 and needle in response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return False


def wait_for(url: str, needle: str, timeout: float, interval: float, proc) -> float | None:
    """Seconds until the page shows ``needle``; None after ``timeout``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise BenchError(f"mkdocs serve berhenti sendiri (kode {proc.returncode})")
        if page_has(url, needle):
            return time.perf_counter() - start
        time.sleep(interval)
    return None


def stop(proc) -> None:
    """Ctrl-C first so that mkdocs removes its temporary site, then harder."""
    for sig, grace in ((signal.SIGINT, 15), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue
        except ProcessLookupError:
            proc.wait()
            return


def retitle(text: str, word: str) -> str:
    return re.sub(r"^judul: (.*)$", lambda m: f"judul: {m.group(1)} {word}", text, count=1, flags=re.M)


def measure_serve(corpus_dir: Path, standard, size: int, repeat: int) -> dict:
    port, source = free_port(), corpus_dir / standard.path
    url, original = f"http://127.0.0.1:{port}/{standard.url}", source.read_text(encoding="utf-8")
    # --no-strict: MkDocs warns about every --dirty build, and mkdocs.yml has strict: true
    command = [str(BIN / "mkdocs"), "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, cwd=corpus_dir, env=environment(), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            startup = wait_for(url, html.escape(standard.title), 120 + 0.12 * size, 0.5, proc)
            if startup is None:
                raise BenchError(f"mkdocs serve tidak menyajikan {url}")
            say(f"  serve siap dalam {startup:.1f} s: {url}")
            refresh = []
            for i in range(repeat):
                word = f"ukur{secrets.token_hex(4)}"
                source.write_text(retitle(original, word), encoding="utf-8")
                refresh.append(wait_for(url, word, REFRESH_TIMEOUT, SAMPLE_SECONDS, proc))
                shown = "gagal (batas waktu)" if refresh[-1] is None else f"{refresh[-1]:.2f} s"
                say(f"  serve {i + 1}/{repeat}: simpan sampai tampil {shown}")
        except BenchError as error:
            log.seek(0)
            raise BenchError(f"{error}\n{log.read().decode('utf-8', 'replace')[-4000:]}") from None
        finally:
            stop(proc)
            source.write_text(original, encoding="utf-8")
    return {"url": standard.url, "startup_s": startup, "refresh_s": summary(refresh),
            "failures": sum(1 for value in refresh if value is None)}


# -- one size ----------------------------------------------------------------------------------
def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    memory = re.search(r"^MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
    code = ("import importlib.metadata as m, json, platform; print(json.dumps({"
            "'python': platform.python_version(), 'mkdocs': m.version('mkdocs'), "
            "'material': m.version('mkdocs-material')}))")
    versions = json.loads(subprocess.run([BIN / "python", "-c", code], capture_output=True, text=True,
                                         check=True).stdout)
    return {"cpu": model.group(1).strip() if model else "?", "cores": os.cpu_count(),
            "memory_mb": int(memory.group(1)) // 1024 if memory else None, **versions}


def measure_corpus(root: Path, size: int, repeat: int, seed: int, mix: str) -> tuple[dict, object]:
    """Check, build against the baseline, site size and flowchart layouts on one corpus mix."""
    start = time.perf_counter()
    counts = synthetic_corpus.write(root / "corpus", size, seed, mix)
    content = corpus_module.load(root / "corpus")
    pages = write_baseline(root / "baseline", content)
    say(f"  korpus {mix}: {counts['sop']} SOP, {counts['spm']} SPM, {counts['opd']} OPD; "
        f"{pages} halaman pembanding ({time.perf_counter() - start:.1f} s)")
    part = {"corpus": {**counts, "standards": size}}
    part["check"] = measure_check(root / "corpus", size, repeat)
    part["build"], baseline = measure_builds(root, size, repeat)
    part["site"] = site_figures(root / "site")
    part["baseline"] = {"pages": pages, **baseline, "site": site_figures(root / "baseline-site")}
    part["ratio"] = {key: round(part["build"][key]["median"] / baseline[key]["median"], 4)
                     for key in ("wall_s", "peak_mb")}
    site = part["site"]
    say(f"  situs: {site['bytes'] / MB:.1f} MB, {site['files']} berkas, indeks pencarian "
        f"{site['search_index_bytes'] / 1024:.0f} KB (gzip {site['search_index_gzip_bytes'] / 1024:.0f} KB); "
        f"rasio waktu {part['ratio']['wall_s']:.2f}")
    part["layout"] = measure_layouts(content)
    say(layout_line(mix, part["layout"]))
    return part, content


def run_size(size: int, repeat: int, seed: int, serve: bool, web: bool, work: Path) -> dict:
    """Both corpus mixes; the serve refresh and the reader's first view on the standard one."""
    say(f"== {size} standar ==")
    entry = {"date": dt.datetime.now().isoformat(timespec="seconds"), "repeat": repeat, "seed": seed,
             "machine": machine(), "corpora": {}}
    for mix in reversed(synthetic_corpus.MIXES):  # the standard one last: its site is measured on
        root = work / str(size) / mix
        shutil.rmtree(root, ignore_errors=True)
        entry["corpora"][mix], content = measure_corpus(root, size, repeat, seed, mix)
    entry["corpora"] = {mix: entry["corpora"][mix] for mix in synthetic_corpus.MIXES}
    first_sop = next(s for s in content.standards if s.kind == "sop")
    entry["serve"] = measure_serve(root / "corpus", first_sop, size, repeat) if serve else None
    entry["web"] = bench_web.measure(root / "site", first_sop.url, root / "web") if web else None
    if entry["web"]:
        say(bench_web.line(entry["web"]))
    return entry


def merge(results: Path, entries: dict[int, dict]) -> dict:
    data = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {}
    data.update({str(size): entry for size, entry in entries.items()})
    # Entries from before both corpus mixes were measured cannot be shown side by side: dropped.
    data = {key: data[key] for key in sorted(data, key=int) if "corpora" in data[key] or key in map(str, entries)}
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return data


# -- the page ----------------------------------------------------------------------------------
def num(value, decimals: int = 0) -> str:
    return "-" if value is None else formatting.angka(value, decimals)


def spread(stat: dict | None, decimals: int = 0, scale: float = 1.0) -> str:
    """The median, then min–max when the runs differ: "12,3 (11,9–13,0)"."""
    if not stat or stat.get("median") is None:
        return "-"
    median, low, high = (num(stat[key] * scale, decimals) for key in ("median", "min", "max"))
    return median if low == high else f"{median} ({low}–{high})"


def when(entry: dict) -> str:
    moment = dt.datetime.fromisoformat(entry["date"])
    return f"{formatting.tanggal(moment.date())} {moment:%H.%M}"


def short_machine(m: dict) -> str:
    return f"{m['cores']} inti, {num((m.get('memory_mb') or 0) / 1024, 1)} GB"


def machine_section(data: dict) -> list[str]:
    latest = max(data.values(), key=lambda e: e["date"])["machine"]
    rows = [["Prosesor", latest["cpu"]], ["Jumlah inti (os.cpu_count)", latest["cores"]],
            ["Memori", f"{num((latest.get('memory_mb') or 0) / 1024, 1)} GB"],
            ["Python", latest["python"]], ["MkDocs", latest["mkdocs"]],
            ["Material for MkDocs", latest["material"]]]
    lines = ["## Mesin", "", "Mesin pengukuran terakhir:", ""] + table(["Komponen", "Keterangan"], rows) + [""]
    runs = [[num(int(size)), when(e), e["repeat"], num(e["corpora"]["standar"]["corpus"]["sop"]),
             num(e["corpora"]["standar"]["corpus"]["spm"]), short_machine(e["machine"])] for size, e in data.items()]
    return lines + ["Waktu pengukuran setiap ukuran korpus (kedua korpus berisi SOP dan SPM sebanyak ini):", ""] + table(
        ["Standar", "Diukur", "Ulangan", "SOP", "SPM", "Mesin"], runs) + [""]


MIX_LABELS = {"standar": "standar", "dense": "padat"}


def check_row(c: dict) -> list[str]:
    return [spread(c["check"]["wall_s"], 2), spread(c["check"]["files_per_s"]), spread(c["check"]["peak_mb"])]


def build_row(c: dict) -> list[str]:
    b = c["build"]
    return [spread(b["wall_s"], 1), spread(b["per_standard_ms"], 1), spread(b["peak_mb"]), spread(b["maxrss_mb"])]


def baseline_row(c: dict) -> list[str]:
    b, ratio = c["baseline"], c["ratio"]
    return [spread(b["wall_s"], 1), spread(b["per_standard_ms"], 1), spread(b["peak_mb"]),
            f"{num(ratio['wall_s'], 2)} ×", f"{num(ratio['peak_mb'], 2)} ×"]


def site_row(c: dict) -> list[str]:
    s = c["site"]
    return [num(s["bytes"] / MB, 1), num(s["files"]), num(s["search_index_bytes"] / 1024),
            num(s["search_index_gzip_bytes"] / 1024), num(c["baseline"]["site"]["search_index_gzip_bytes"] / 1024)]


def layout_row(c: dict) -> list[str]:
    figures = c.get("layout") or {}
    if not figures.get("sheets"):
        return ["-", "-", "-", "-", "belum diukur"]
    worst = figures["worst"]
    return [num(figures["sheets"]), num(figures["median_ms"], 2), num(figures["p90_ms"], 2),
            num(figures["max_ms"], 1),
            f"{worst['steps']} langkah, {worst['decisions']} keputusan, {worst['pelaksana']} pelaksana"]


# Measured on each corpus mix: one row per size and mix, the two mixes of a size side by side.
CORPUS_SECTIONS = (
    ("Pemeriksaan: `standar check`", "",
     ["Waktu (detik)", "Berkas per detik", "Memori puncak (MB)"], check_row),
    ("Pembangunan situs: `mkdocs build`",
     "Situs lengkap dengan hook portal. *ru_maxrss* hanya proses terbesar, sebagai pembanding angka "
     "memori puncak (PSS seluruh proses).",
     ["Waktu (detik)", "Per standar (ms)", "Memori puncak (MB)", "ru_maxrss (MB)"], build_row),
    ("Pembanding: Material tanpa hook",
     "Standar yang sama ditulis tangan sebagai Markdown biasa (identitas dan langkah sebagai tabel, daftar "
     "sebagai daftar), dibangun dengan tema Material yang sama, plugin `search` dan `tags`, tanpa hook, "
     "tanpa CSS dan JavaScript tambahan. Rasio = median portal dibagi median pembanding.",
     ["Waktu (detik)", "Per standar (ms)", "Memori puncak (MB)", "Rasio waktu", "Rasio memori"], baseline_row),
    ("Ukuran situs", "",
     ["Folder site/ (MB)", "Jumlah berkas", "Indeks pencarian (KB)", "Indeks gzip (KB)",
      "Indeks gzip pembanding (KB)"], site_row),
    ("Tata letak diagram alir",
     "Waktu menata letak diagram alir satu lembar SOP (rute garis, label keputusan, pemotongan halaman "
     "cetak), diukur sendiri tanpa HTML, sekali per lembar.",
     ["Lembar SOP", "Median (ms)", "P90 (ms)", "Terlama (ms)", "Lembar terlama"], layout_row),
)


def corpus_sections(data: dict) -> list[str]:
    lines = ["## Dua korpus", "",
             "Setiap ukuran diukur pada dua korpus sintetis dengan jumlah standar yang sama. Korpus "
             "*standar*: paling banyak satu keputusan per SOP, yang kembali satu langkah. Korpus *padat* "
             "(`--mix dense`), lebih dekat ke SOP sebenarnya: 40 % SOP dengan 2–7 keputusan yang kembali ke "
             "langkah sebelumnya (sering ke langkah 1, \"tidak lengkap: kembali ke pemohon\") atau melompat "
             "ke depan, uraian panjang, 3–9 pelaksana.", ""]
    for title, intro, header, row in CORPUS_SECTIONS:
        lines += [f"## {title}", ""] + ([intro, ""] if intro else [])
        rows = [[num(int(size)), MIX_LABELS[mix]] + row(part)
                for size, e in data.items() for mix, part in e["corpora"].items()]
        lines += table(["Standar", "Korpus"] + header, rows) + [""]
    return lines


def serve_row(e: dict) -> list[str]:
    serve = e.get("serve")
    if not serve:
        return ["belum diukur", "belum diukur", "-"]
    return [num(serve["startup_s"], 1), spread(serve["refresh_s"], 2), num(serve["failures"])]


def kb(value: int) -> str:
    return num(value / 1024)


def web_row(e: dict) -> list[str]:
    web = e.get("web")
    if not web:
        return ["belum diukur"] * 6
    home, sop, found = web["first_view"]["beranda"], web["first_view"]["sop"], web["search"]
    asked = [name for name, view in web["first_view"].items() if view["search_index"]]
    return [f"{kb(home['bytes'])} ({home['requests']})", f"{kb(sop['bytes'])} ({sop['requests']})",
            "ya: " + ", ".join(asked) if asked else "tidak", num(found["index_ready_s"], 2),
            num(found["warm_s"] * 1000), f"{num(found['cold_s'], 2)} ({num(found['cold_after_typing_s'], 2)})"]


READER_SECTIONS = (
    ("Penyegaran `mkdocs serve --dirty`",
     "Pratinjau dijalankan seperti `make serve`: `mkdocs serve --dirty`, yang membangun ulang hanya "
     "halaman yang berubah dan halaman buatan (daftar, indeks). Judul satu SOP diubah dan disimpan; "
     "yang diukur adalah waktu sampai judul baru tampil di halamannya (diperiksa setiap 50 ms, batas "
     "120 detik). Korpus standar.",
     ["Siap pertama kali (detik)", "Simpan sampai tampil (detik)", "Gagal"], serve_row),
    ("Pembaca: tampilan pertama dan pencarian",
     "Situs korpus standar disajikan nginx dengan konfigurasi `deploy/nginx` dan dibuka di Chromium "
     "(`scripts/bench_web.py`), tanpa cache. *Tampilan pertama*: byte yang terkirim lewat jaringan "
     "(terkompresi, seperti dikirim) sampai halaman diam, dengan jumlah permintaan dalam kurung; indeks "
     "pencarian tidak boleh ikut terunduh. *Pencarian* kata \"memverifikasi\": indeks siap = dari tombol "
     "\"/\" (yang membuka pencarian dan mulai mengunduh indeks) sampai indeks siap dipakai; hasil = dari "
     "huruf terakhir sampai daftar hasil berubah terakhir kali, bila indeks sudah dimuat; langsung "
     "diketik = dari tombol \"/\" lalu kata diketik cepat (30 ms per huruf) sampai hasilnya tampil, "
     "dengan waktu setelah huruf terakhir dalam kurung.",
     ["Beranda (KB)", "Halaman SOP (KB)", "Indeks ikut terunduh", "Indeks siap (detik)",
      "Hasil, indeks dimuat (ms)", "Langsung diketik (detik)"], web_row),
)


def reader_sections(data: dict) -> list[str]:
    lines: list[str] = []
    for title, intro, header, row in READER_SECTIONS:
        lines += [f"## {title}", "", intro, ""]
        lines += table(["Standar"] + header, [[num(int(size))] + row(e) for size, e in data.items()]) + [""]
    return lines


ADVERSARIAL = REPO / "scripts" / "bench_adversarial.json"


def adversarial_section() -> list[str]:
    """The check of one file on adversarial bodies (scripts/bench_adversarial.py)."""
    lines = ["## Pemeriksaan badan teks yang sengaja dibuat berat", "",
             "`scripts/bench_adversarial.py` memeriksa satu berkas SOP dengan badan teks yang dibuat untuk "
             "memperlambat pengolah Markdown: setiap bentuk diulang sampai sebesar batas anggaran pemeriksa "
             "(yang paling berat yang masih diolah) dan sampai 1 MB (yang ditolak sebelum diolah).", ""]
    if not ADVERSARIAL.exists():
        return lines + ["Belum diukur.", ""]
    data = json.loads(ADVERSARIAL.read_text(encoding="utf-8"))
    rows = [[name, num(entry["kb"]), num(entry["detik"], 2), entry["hasil"]] for name, entry in data["badan"].items()]
    worst = data["terlama"]
    return lines + table(["Badan teks", "Ukuran (KB)", "Waktu (detik)", "Hasil"], rows) + [
        "", f"Terlama: {worst['nama']}, {num(worst['detik'], 2)} detik (target: di bawah 2 detik per berkas).", ""]


def verdict(value, ok) -> str:
    if value is None:
        return "belum diukur"
    return "tercapai" if ok(value) else "belum tercapai"


def get(data: dict, size: int, *path):
    value = data.get(str(size))
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def targets(data: dict) -> list[list[str]]:
    """The targets of issue 18, each on both corpus mixes where it concerns the corpus."""
    rows = []
    for mix, label in MIX_LABELS.items():
        check = get(data, 5000, "corpora", mix, "check", "files_per_s", "median")
        rows.append(["`standar check` ≥ 2.000 berkas per detik", f"5.000 {label}",
                     "-" if check is None else f"{num(check)} berkas/detik", verdict(check, lambda v: v >= 2000)])
    for size in (1000, 5000):
        for mix, label in MIX_LABELS.items():
            ratio = get(data, size, "corpora", mix, "ratio", "wall_s")
            rows.append(["Waktu pembangunan ≤ 1,0 × pembanding", f"{num(size)} {label}",
                         "-" if ratio is None else f"{num(ratio, 2)} ×", verdict(ratio, lambda v: v <= 1.0)])
    for mix, label in MIX_LABELS.items():
        memory = get(data, 5000, "corpora", mix, "build", "peak_mb", "median")
        rows.append(["Memori puncak pembangunan < 1 GB", f"5.000 {label}",
                     "-" if memory is None else f"{num(memory)} MB", verdict(memory, lambda v: v < 1024)])
    for mix, label in MIX_LABELS.items():
        median = get(data, 1000, "corpora", mix, "layout", "median_ms")
        rows.append(["Median tata letak satu lembar ≤ 3 ms", f"1.000 {label}",
                     "-" if median is None else f"{num(median, 2)} ms", verdict(median, lambda v: v <= 3)])
    for name, label in (("beranda", "Tampilan pertama beranda"), ("sop", "Tampilan pertama halaman SOP")):
        view = get(data, 5000, "web", "first_view", name)
        size = None if view is None else view["bytes"]
        rows.append([f"{label} ≤ 200 KB, tanpa indeks pencarian", "5.000",
                     "-" if view is None else f"{kb(size)} KB" + (", indeks ikut terunduh" if view["search_index"] else ""),
                     verdict(view, lambda v: v["bytes"] <= 200 * 1024 and not v["search_index"])])
    found = get(data, 5000, "web", "search")
    rows.append(["Waktu dari tombol pertama sampai hasil pencarian (diukur)", "5.000",
                 "-" if found is None else f"indeks siap {num(found['index_ready_s'], 2)} detik, hasil "
                 f"{num(found['warm_s'] * 1000)} ms setelah huruf terakhir", "diukur" if found else "belum diukur"])
    rows.append(linear_row(data))
    index = get(data, 1000, "corpora", "standar", "site", "search_index_gzip_bytes")
    rows.append(["Indeks pencarian < 1,5 MB (gzip)", "1.000 standar", "-" if index is None else f"{num(index / MB, 2)} MB",
                 verdict(index, lambda v: v < 1.5 * MB)])
    rows.append(serve_target(get(data, 1000, "serve")))
    return rows


def linear_row(data: dict) -> list[str]:
    """Per-standard build time at the largest size against the smallest size from 1,000 up
    (standard corpus)."""
    label = "Waktu per standar hampir tetap (pertumbuhan linear, naik ≤ 25 %)"
    sizes = [int(s) for s in data if int(s) >= 1000]
    if len(sizes) < 2:
        return [label, "1.000 dan 5.000", "-", "belum diukur"]
    low, high = min(sizes), max(sizes)
    a, b = (data[str(s)]["corpora"]["standar"]["build"]["per_standard_ms"]["median"] for s in (low, high))
    figure = f"{num(a, 1)} → {num(b, 1)} ms ({'+' if b >= a else ''}{num(100 * (b / a - 1))} %)"
    return [label, f"{num(low)} → {num(high)}", figure, verdict(b / a, lambda v: v <= 1.25)]


def serve_target(serve: dict | None) -> list[str]:
    label = "Penyegaran `mkdocs serve` ≤ 3 detik"
    if not serve:
        return [label, "1.000", "-", "belum diukur"]
    median = serve["refresh_s"]["median"]
    figure = "-" if median is None else f"{num(median, 2)} detik"
    if serve["failures"]:
        return [label, "1.000", f"{figure}, {serve['failures']} gagal", "belum tercapai"]
    return [label, "1.000", figure, verdict(median, lambda v: v <= 3)]


def render_page(data: dict) -> str:
    lines = [
        "# Kinerja", "",
        "Halaman untuk pengembang: kecepatan pemeriksaan dan pembangunan portal, diukur pada korpus "
        "sintetis yang selalu sama (`scripts/synthetic_corpus.py`, 30 OPD, satu SPM tiap sepuluh standar "
        "sampai 29). Halaman ini ditulis ulang oleh `scripts/bench.py`; jangan disunting dengan tangan.", "",
        "## Cara menjalankan", "",
        "```sh",
        "make bench         # 100 dan 1.000 standar, 3 kali ulang",
        "make bench-besar   # 5.000 standar, 2 kali ulang (lama)",
        "```", "",
        "Hasil setiap ukuran disimpan di `scripts/bench_results.json` dan menggantikan hasil lama ukuran "
        "itu saja, lalu halaman ini ditulis ulang dari semua ukuran. Pilihan lain: "
        "`.venv/bin/python scripts/bench.py --sizes 100 --repeat 1 --no-serve`.", "",
        "Setiap angka adalah median, dengan rentang terkecil–terbesar dalam kurung bila ulangannya lebih "
        "dari satu dan hasilnya berbeda. Memori puncak adalah jumlah PSS seluruh proses (termasuk proses "
        "pekerja), dicuplik setiap 50 ms; waktu `standar check` diukur pada ulangan tanpa pencuplikan itu "
        "(memorinya dari satu jalan tersendiri), karena pemeriksaan yang singkat memakai kedua inti dan "
        "pencuplik ikut memakai waktu prosesor. Ukuran dalam MB dan KB memakai kelipatan 1.024.", "",
    ]
    lines += machine_section(data) + corpus_sections(data) + reader_sections(data) + adversarial_section()
    lines += ["## Target", "", "Dinilai dari median pada ukuran korpus yang disebut.", ""]
    lines += table(["Target", "Standar", "Hasil", "Status"], targets(data)) + [""]
    return "\n".join(lines)


# -- command line ------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--page", type=Path, default=PAGE)
    parser.add_argument("--no-serve", dest="serve", action="store_false")
    parser.add_argument("--no-web", dest="web", action="store_false",
                        help="skip the first view and search timings through nginx and Chromium")
    parser.add_argument("--work", type=Path, help="keep the corpora and sites here (default: a temporary folder)")
    parser.add_argument("--layout-only", action="store_true",
                        help="only lay out the flowcharts of each size's corpora and print the figures "
                             "(no build, nothing written to --results or --page)")
    parser.add_argument("--mix", choices=synthetic_corpus.MIXES + ("both",), default="both",
                        help="with --layout-only: which corpus mix")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-"))
    if args.layout_only:
        try:
            for size in args.sizes:
                say(f"== {size} standar: tata letak diagram alir ==")
                for mix in synthetic_corpus.MIXES if args.mix == "both" else (args.mix,):
                    synthetic_corpus.write(work / str(size) / mix, size, args.seed, mix)
                    say(layout_line(mix, measure_layouts(corpus_module.load(work / str(size) / mix))))
        finally:
            if args.work is None:
                shutil.rmtree(work, ignore_errors=True)
        return 0
    say(f"bench: {', '.join(map(str, args.sizes))} standar, {args.repeat} kali ulang, "
        f"{'tanpa' if not args.serve else 'dengan'} serve, {'tanpa' if not args.web else 'dengan'} "
        f"pengukuran pembaca; folder kerja {work}")
    try:
        for size in args.sizes:  # saved size by size: a failure at 5,000 keeps the figures of 1,000
            data = merge(args.results, {size: run_size(size, max(1, args.repeat), args.seed, args.serve, args.web, work)})
            args.page.parent.mkdir(parents=True, exist_ok=True)
            args.page.write_text(render_page(data), encoding="utf-8")
            say(f"  {args.results}: {len(data)} ukuran; {args.page} ditulis ulang")
    except BenchError as error:
        print(f"bench: galat: {error}", file=sys.stderr)
        return 1
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
