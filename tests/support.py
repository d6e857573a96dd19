"""Shared test material: a minimal valid project, valid SOP/SPM texts, and runners."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The fallback generator's own environment (make creates it from requirements-properdocs.lock).
PROPERDOCS_BIN = REPO / ".venv-properdocs" / "bin"

OPD_YML = """\
- kode: dukcapil
  nama: Dinas Kependudukan dan Pencatatan Sipil
  singkatan: Dukcapil
  jenis: dinas
- kode: dinkes
  nama: Dinas Kesehatan
  singkatan: Dinkes
  jenis: dinas
- kode: distrik-konda
  nama: Distrik Konda
  singkatan: Distrik Konda
  jenis: distrik
- kode: puskesmas-konda
  nama: Pusat Kesehatan Masyarakat Konda
  singkatan: Puskesmas Konda
  jenis: puskesmas
"""

PEMDA_YML = """\
nama: Pemerintah Kabupaten Contoh
nama_singkat: Kabupaten Contoh
provinsi: Papua Barat Daya
logo: assets/logo-pemda.svg
konten_contoh: true
"""

# Line numbers matter: tests assert them. Line 1 is the opening '---'.
VALID_SOP = """\
---
judul: Penerbitan Akta Kelahiran
nomor: "474.1/SOP-DUKCAPIL/001/2025"
status: berlaku
unit_kerja: Bidang Pelayanan Pencatatan Sipil
tanggal_pembuatan: 2025-01-10
tanggal_revisi: 2025-06-02
tanggal_efektif: 2025-01-15
disahkan_oleh:
  jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil
  nama: Contoh Nama, S.Sos
  nip: "197805122005022003"
dasar_hukum:
  - Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006
kualifikasi_pelaksana: [Memahami administrasi kependudukan]
peralatan_perlengkapan: [Komputer, Printer]
peringatan: [Apabila tidak dilaksanakan akta dapat salah]
pencatatan_pendataan: [Buku register]
pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]
langkah:
  - kegiatan: Mengajukan permohonan dengan melampirkan persyaratan
    pelaksana: Pemohon
    kelengkapan: [Formulir F-2.01, Surat keterangan lahir]
    waktu: 5 menit
    output: Berkas permohonan
  - kegiatan: Memeriksa kelengkapan berkas
    pelaksana: Petugas Loket
    keputusan: {ya: 3, tidak: 1, label_ya: Lengkap, label_tidak: Tidak lengkap}
    waktu: 10 menit
  - kegiatan: Memaraf dan menandatangani akta
    pelaksana: Kepala Seksi
    waktu: 1 jam
  - kegiatan: Menerima akta kelahiran
    pelaksana: Pemohon
    waktu: 1 hari kerja
riwayat:
  - {tanggal: 2025-06-02, uraian: Penyesuaian dasar hukum}
tags: [kependudukan]
---

## Tujuan

Memberikan kepastian pelayanan penerbitan akta kelahiran.
"""

VALID_SPM = """\
---
layanan: kes-ibu-hamil
nomor: "440/SPM-DINKES/001/2025"
status: berlaku
tanggal_efektif: 2025-01-02
disahkan_oleh: {jabatan: Kepala Dinas Kesehatan, nama: Contoh Nama, nip: "197805122005022003"}
dasar_hukum: [Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal]
mutu:
  barang_jasa: [Buku KIA]
  sdm: [Bidan]
capaian:
  - {tahun: 2024, sasaran: 1450, terlayani: 1210}
  - {tahun: 2025, sasaran: 1480, terlayani: 1302, mutu_sasaran: 20, mutu_terpenuhi: 17}
sop_terkait: ["474.1/SOP-DUKCAPIL/001/2025"]
---

## Pernyataan Standar

Setiap ibu hamil mendapat pelayanan antenatal sesuai standar.
"""


def make_project(root: Path, files: dict[str, str | bytes] | None = None, *, site: bool = False,
                 opd_yml: str = OPD_YML, pemda_yml: str = PEMDA_YML) -> Path:
    """A project folder with a registry and the given files (paths relative to the root).

    ``site=True`` adds what ``mkdocs build`` needs: mkdocs.yml, docs/ and hooks/ of the repo.
    """
    (root / "standards").mkdir(parents=True, exist_ok=True)
    (root / "standards" / "opd.yml").write_text(opd_yml, encoding="utf-8")
    (root / "standards" / "pemda.yml").write_text(pemda_yml, encoding="utf-8")
    for rel, content in (files or {}).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if site:
        add_site_files(root)
    return root


def add_site_files(root: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)
    if not (root / "hooks").exists():
        (root / "hooks").symlink_to(REPO / "hooks")


# Builds in tests are "as of" this day (SOURCE_DATE_EPOCH), whatever the clock says.
BUILD_DAY = dt.date(2026, 11, 28)
SOURCE_DATE_EPOCH = str(int(dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc).timestamp()))


def run(args: list[str], cwd: Path, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, **(env or {})}
    return subprocess.run(args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout)


def standar(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return run([str(BIN / "standar"), *args], cwd)


def mkdocs_build(project: Path, site_dir: Path | None = None, extra: list[str] | None = None):
    site_dir = site_dir or project / "site"
    return run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site_dir), *(extra or [])],
               project)


def properdocs_build(project: Path, site_dir: Path):
    """The same build with ProperDocs, from its environment without MkDocs."""
    assert (PROPERDOCS_BIN / "properdocs").exists(), "no .venv-properdocs: run `make test` (or make site-properdocs)"
    return run([str(PROPERDOCS_BIN / "properdocs"), "build", "-f", "mkdocs.yml", "--strict",
                "--site-dir", str(site_dir)], project)


def replace_line(text: str, old: str, new: str) -> str:
    assert old in text, f"{old!r} not in text"
    return text.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    """1-based line number of the first line containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not found")
