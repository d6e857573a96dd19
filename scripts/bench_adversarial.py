#!/usr/bin/env python3
"""Adversarial standards' bodies of about 1 MB each, through the check of one file: how long
the worst takes (issue target: under 2 s each on a 2-core machine).

    python scripts/bench_adversarial.py [--size 1000000]

Each body is built to reach a limit of ``standar.read.markup`` without passing it (or, for
the shapes those limits refuse outright, well past it), so that the figure is the worst the
check can be made to spend on one file under the size limit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "hooks"))

from standar.read import check, config, markup  # noqa: E402
from standar.read.discover import Candidate  # noqa: E402

FRONT = (REPO / "tests" / "support.py").read_text(encoding="utf-8").split('VALID_SOP = """\\\n', 1)[1]
FRONT = FRONT.split("---\n\n", 1)[0] + "---\n\n"


# Units of bodies an author or an attacker might repeat up to the size limit.
SHAPES = {
    "teks biasa": "Memeriksa kelengkapan berkas permohonan dengan teliti dan mencatatnya. " * 8 + "\n\n",
    "satu baris panjang": "kata ",
    "daftar": "- butir daftar dengan teks yang cukup panjang\n",
    "daftar bertingkat": "".join("    " * level + "- butir\n" for level in range(markup.MAX_DEPTH)),
    "kutipan bertingkat": "> " * markup.MAX_DEPTH + "kutipan\n",
    "tabel": "| sel | [tautan](a.md) |\n",
    "div tidak ditutup": "<div>teks\n",
    "komentar tidak ditutup": "<!-- teks\n",
    "kurung siku tanpa pasangan": "[a " * 20 + "teks biasa panjang " * 20 + "\n\n",
    "sudut tanpa pasangan": "<a " * 20 + "teks biasa panjang " * 20 + "\n\n",
    "penekanan rapat": "*a* " * 100 + "\n\n",
    "penekanan bertingkat": ("*_" * 12 + "a" + "_*" * 12 + " ") * 10 + "\n\n",
    "kode inline rapat": "`a` " * 100 + "\n\n",
    "kode inline tanpa pasangan": "`a " * 100 + "\n\n",
    "tautan rapat": "[a](b.md) " * 50 + "\n\n",
    "tautan bertingkat": ("[" * 20 + "a" + "]" * 20 + " ") * 10 + "\n\n",
    "entitas": "&amp;&#x61; " * 50 + "\n\n",
    "atribut": "teks\n{: #x .y }\n\n",
    "pagar kode tidak ditutup": "```\nkode\n",
}


def largest(unit: str, size: int) -> str:
    """The longest repetition of ``unit`` up to ``size`` characters that the check's budget
    still lets through to the conversion (the dearest body of that shape it converts)."""
    low, high = 1, max(1, size // len(unit))
    if not markup.budget(unit * high):
        return unit * high
    while low < high:  # the budget grows with the repetitions
        middle = (low + high + 1) // 2
        if markup.budget(unit * middle):
            high = middle - 1
        else:
            low = middle
    return unit * low


def run(size: int) -> dict:
    cfg = config.load(REPO)
    results = {}
    for name, unit in SHAPES.items():
        for label, body in ((f"{name}, sebesar batas", largest(unit, size)),
                            (f"{name}, {size // 1000} KB", (unit * (size // len(unit) + 1))[:size])):
            data = (FRONT + body).encode("utf-8")
            candidate = Candidate("-", "standards/dukcapil/sop/uji.md", "dukcapil", "sop", "uji")
            start = time.perf_counter()
            result = check.check_file(candidate, check.Options(max_bytes=max(len(data) + 1, size + 65536),
                                                               config=cfg), data, defer=True)
            seconds = time.perf_counter() - start
            verdict = "ditolak" if result.has_errors else "diterima"
            results[label] = {"detik": round(seconds, 3), "kb": len(data) // 1024, "hasil": verdict}
            print(f"{label:48s} {len(data) // 1024:5d} KB {seconds:6.2f} s  {verdict}", flush=True)
    worst = max(results.items(), key=lambda item: item[1]["detik"])
    print(f"terlama: {worst[0]} {worst[1]['detik']:.2f} s")
    return {"terlama": {"nama": worst[0], **worst[1]}, "badan": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    results = run(args.size)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
