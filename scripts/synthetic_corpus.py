#!/usr/bin/env python3
"""Write a deterministic synthetic corpus of realistic standards, for benchmarks and scale tests.

    python scripts/synthetic_corpus.py DEST --size 1000 [--seed 1]

DEST gets a project: standards/ (30 OPDs, SOPs with 6-20 steps and 3-8 actors, one SPM per
catalogue service up to 29), plus mkdocs.yml, docs/ and hooks/ linked from this repository.
The same size and seed always give the same files.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

VERBS = ["Menerima", "Memeriksa", "Memverifikasi", "Mencatat", "Menyusun", "Menandatangani", "Memaraf",
         "Mengentri", "Mencetak", "Menyerahkan", "Mengarsipkan", "Menelaah", "Menganalisis",
         "Mengajukan", "Menyampaikan", "Meneruskan", "Menetapkan", "Mengoreksi", "Memvalidasi",
         "Mendisposisikan", "Menginput", "Mengunggah", "Menilai", "Meninjau", "Melaporkan"]
OBJECTS = ["berkas permohonan", "surat pengantar", "konsep keputusan", "data kependudukan",
           "dokumen persyaratan", "formulir pendaftaran", "laporan hasil pemeriksaan",
           "nota dinas", "rekomendasi teknis", "bukti pembayaran retribusi", "daftar hadir",
           "surat keterangan", "izin usaha", "data penerima bantuan", "rencana kerja",
           "berita acara", "register pelayanan", "hasil survei lapangan", "kartu identitas"]
PLACES = ["di loket pelayanan", "melalui aplikasi", "kepada pemohon", "ke bidang teknis",
          "sesuai ketentuan", "dalam buku register", "secara elektronik", "di kantor distrik", ""]
ACTORS = ["Pemohon", "Petugas Loket", "Operator Aplikasi", "Verifikator", "Kepala Seksi",
          "Kepala Bidang", "Sekretaris", "Kepala Dinas", "Bendahara", "Tim Teknis", "Kepala Distrik",
          "Petugas Arsip"]
TOPICS = ["Izin", "Surat Keterangan", "Rekomendasi", "Pendaftaran", "Penerbitan", "Pelayanan",
          "Pengelolaan", "Verifikasi", "Penyaluran", "Penanganan", "Pemeriksaan", "Pembinaan"]
SUBJECTS = ["Usaha Mikro", "Tenaga Kesehatan", "Bangunan Gedung", "Penduduk Pindah", "Bantuan Sosial",
            "Kelompok Tani", "Sekolah Dasar", "Kampung", "Reklame", "Pengaduan Masyarakat",
            "Perjalanan Dinas", "Cuti Pegawai", "Barang Milik Daerah", "Kejadian Bencana",
            "Air Minum", "Pangan Lokal", "Koperasi", "Perikanan Tangkap", "Angkutan Umum", "Pajak Daerah"]
UNITS = ["menit", "menit", "jam", "hari kerja"]
REGULATIONS = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 "
    "tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
    "Peraturan Daerah Kabupaten Sorong Selatan tentang Pembentukan dan Susunan Perangkat Daerah",
]
BODY = ("## Tujuan\n\nMemberikan kepastian waktu, biaya dan persyaratan pelayanan {topic} kepada "
        "masyarakat Kabupaten Sorong Selatan.\n\n## Ruang Lingkup\n\nProsedur ini berlaku bagi seluruh "
        "permohonan {topic} yang diajukan ke {opd}, mulai dari penerimaan berkas sampai penyerahan "
        "hasil kepada pemohon, termasuk layanan jemput bola di distrik.\n\n## Definisi\n\n"
        "- **Pemohon**: perseorangan atau badan yang mengajukan permohonan.\n"
        "- **Berkas lengkap**: berkas yang memenuhi seluruh persyaratan administrasi.\n")


def nip(rng: random.Random) -> str:
    year = rng.randint(1966, 1990)
    return (f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{year + rng.randint(22, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 9):03d}")


def registry(count: int = 30) -> tuple[str, list[str]]:
    codes, lines = [], []
    for i in range(count):
        code = f"opd-{i + 1:02d}"
        codes.append(code)
        lines += [f"- kode: {code}", f"  nama: Dinas Contoh {i + 1:02d}", f"  singkatan: DC{i + 1:02d}",
                  "  jenis: dinas", f'  pengelola: ["@contoh/{code}"]']
    return "\n".join(lines) + "\n", codes


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sop(rng: random.Random, index: int, opd: str) -> str:
    count = rng.randint(6, 20)
    actors = ["Pemohon"] + rng.sample(ACTORS[1:], min(rng.randint(2, 7), count - 2))
    title = f"{rng.choice(TOPICS)} {rng.choice(SUBJECTS)} {index}"
    lines = ["---", f"judul: {title}", f'nomor: "SOP-{opd.upper()}/{index:05d}/2025"', "status: berlaku",
             "tanggal_pembuatan: 2025-01-10", "tanggal_efektif: 2025-02-03",
             "disahkan_oleh:", "  jabatan: Kepala Dinas", "  nama: Contoh Pejabat, S.Sos",
             f'  nip: "{nip(rng)}"', "dasar_hukum:"]
    lines += [f"  - {r}" for r in rng.sample(REGULATIONS, 3)]
    lines += ["kualifikasi_pelaksana:", "  - Memahami ketentuan pelayanan publik",
              "  - Mampu mengoperasikan komputer", "peralatan_perlengkapan: [Komputer, Printer, Formulir]",
              "peringatan:", "  - Apabila prosedur tidak dilaksanakan, pelayanan menjadi tidak pasti",
              "pencatatan_pendataan: [Buku register, Arsip digital]",
              "pelaksana: [" + ", ".join(actors) + "]", "langkah:"]
    decision = rng.randint(2, count - 2) if count > 4 else None
    middle = actors[1:] + [rng.choice(actors[1:]) for _ in range(count)]  # every actor has a step
    for step in range(1, count + 1):
        actor = "Pemohon" if step in (1, count) else middle[step - 2]
        text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}".strip()
        lines += [f"  - kegiatan: {text}", f"    pelaksana: {actor}",
                  f"    kelengkapan: [{rng.choice(OBJECTS).capitalize()}]",
                  f"    waktu: {rng.randint(1, 30)} {rng.choice(UNITS)}",
                  f"    output: {rng.choice(OBJECTS).capitalize()}"]
        if step == decision:
            lines.append(f"    keputusan: {{ya: {step + 1}, tidak: {max(1, step - 1)}}}")
    lines += ["tags: [contoh]", "---", "", BODY.format(topic=title.lower(), opd=opd)]
    return "\n".join(lines)


def spm(rng: random.Random, kode: str, opd: str) -> str:
    base = rng.randint(200, 6000)
    years = []
    for year in (2023, 2024, 2025):
        served = rng.randint(base // 2, base)
        years.append(f"  - {{tahun: {year}, sasaran: {base}, terlayani: {served}}}")
    return "\n".join([
        "---", f"layanan: {kode}", "status: berlaku", "tanggal_efektif: 2025-01-02",
        f'disahkan_oleh: {{jabatan: Kepala Dinas, nama: Contoh Pejabat, nip: "{nip(rng)}"}}',
        f"dasar_hukum: [{REGULATIONS[2]}]",
        "mutu: {barang_jasa: [Formulir, Buku panduan], sdm: [Petugas terlatih]}",
        "capaian:", *years, "---", "", "## Pernyataan Standar", "",
        "Setiap warga negara yang berhak menerima pelayanan dasar sesuai standar.", ""])


def pemda(codes: list[str], catalogue) -> str:
    """The sample pemda identity, each SPM bidang assigned to one synthetic OPD."""
    import yaml

    data = yaml.safe_load((REPO / "standards" / "pemda.yml").read_text(encoding="utf-8"))
    data["pengaturan"]["spm_penanggung_jawab"] = {
        bidang.kode: codes[i % len(codes)] for i, bidang in enumerate(catalogue.bidang)}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write(dest: Path, size: int, seed: int = 1) -> dict:
    sys.path.insert(0, str(REPO / "hooks"))
    from standar.model import catalogue

    rng = random.Random(seed)
    standards = dest / "standards"
    if standards.exists():
        shutil.rmtree(standards)
    standards.mkdir(parents=True)
    text, codes = registry()
    (standards / "opd.yml").write_text(text, encoding="utf-8")
    (standards / "pemda.yml").write_text(pemda(codes, catalogue.load()), encoding="utf-8")
    services = list(catalogue.load().layanan)
    spm_count = min(len(services), size // 10)
    for i in range(size - spm_count):
        opd = codes[i % len(codes)]
        path = standards / opd / "sop" / f"sop-{i:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sop(rng, i, opd), encoding="utf-8")
    for i, kode in enumerate(services[:spm_count]):
        opd = codes[i % len(codes)]
        path = standards / opd / "spm" / f"{kode}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(spm(rng, kode, opd), encoding="utf-8")
    link_site_files(dest)
    return {"sop": size - spm_count, "spm": spm_count, "opd": len(codes)}


def link_site_files(dest: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("docs", "hooks"):
        target = dest / name
        if target.is_symlink() or target.exists():
            target.unlink() if target.is_symlink() else shutil.rmtree(target)
        os.symlink(REPO / name, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    counts = write(args.dest, args.size, args.seed)
    print(f"{args.dest}: {counts['sop']} SOP, {counts['spm']} SPM, {counts['opd']} OPD")
    return 0


if __name__ == "__main__":
    sys.exit(main())
