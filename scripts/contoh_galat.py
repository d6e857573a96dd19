"""The worked example of the guide's "Membaca dan memperbaiki pesan galat": a sample SOP with
typical mistakes. The guide quotes what the validator says about it; tests/test_panduan.py
checks that the quote is still exactly what `standar check` prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"

# (as it is, with the mistake): one typical mistake per line
MISTAKES = [
    ("status: berlaku", "status: aktif"),
    ("unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: <isi bidang, bagian atau seksi pelaksana>"),
    ("tanggal_revisi: 2026-03-09", "tanggal_revisii: 2026-03-09"),
    ("tanggal_efektif: 2022-02-01", "tanggal_efektif: 01-02-2022"),
    ('nip: "197605142002122004"', "nip: 197605142002122004"),
    ("    pelaksana: Operator SIAK\n", "    pelaksana: Operator Siak\n"),
]


def make(root: Path) -> Path:
    """A copy of the sample content in ``root`` with the mistakes made in :data:`PATH`."""
    shutil.copytree(REPO / "standards", root / "standards", dirs_exist_ok=True)
    target = root / PATH
    text = target.read_text(encoding="utf-8")
    for good, bad in MISTAKES:
        assert good in text, good
        text = text.replace(good, bad, 1)
    target.write_text(text, encoding="utf-8")
    return root
