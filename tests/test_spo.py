"""The SPO kind: the health facilities' procedures in the accreditation format. Which OPDs may
keep them is the registry's rule (their jenis); steps may be grouped in phases and may name no
pelaksana; the diagram alir is drawn when the steps branch; numbers, labels and totals are
computed."""

from __future__ import annotations

import re

from standar import kinds
from standar.read import corpus
from support import make_project, mkdocs_build, standar

SPO = """\
---
judul: Pelayanan Imunisasi Bayi
nomor: "SOP/UKM/PKM-KND/001/2026"
revisi: 1
status: berlaku
tanggal_efektif: 2026-02-02
disahkan_oleh:
  jabatan: Kepala Puskesmas Konda
  nama: Contoh Nama, S.KM
  nip: "198511032010011005"
pengertian: Imunisasi adalah upaya menimbulkan kekebalan secara aktif.
tujuan: Sebagai acuan pemberian imunisasi yang aman.
kebijakan: Keputusan Kepala Puskesmas Konda Nomor 1 Tahun 2026
referensi: [Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi]
tahap:
  - nama: Persiapan
    langkah:
      - kegiatan: Menyiapkan vaksin dan alat
        waktu: 10 menit
      - kegiatan: Memeriksa kondisi bayi; apakah bayi layak diimunisasi?
        pelaksana: Bidan
        waktu: 5 menit
        keputusan: {ya: 3, tidak: 4, label_tidak: Ditunda}
  - nama: Pelaksanaan
    langkah:
      - kegiatan: Menyuntikkan vaksin
        pelaksana: Bidan
        waktu: 5 menit
      - kegiatan: Mencatat pada Buku KIA
        waktu: "jadwal: setiap hari Selasa"
unit_terkait: [Ruang KIA]
dokumen_terkait: [Buku KIA]
riwayat:
  - {tanggal: 2026-03-02, yang_diubah: Langkah-langkah, uraian: Penambahan skrining}
---
"""
PATH = "standards/puskesmas-konda/spo/imunisasi.md"


def test_the_kind_is_registered_with_its_facility_rule():
    spo = kinds.get("spo")
    assert spo.opd_jenis == ("rsud", "puskesmas", "labkesda")
    assert kinds.allowed(spo, "puskesmas") and not kinds.allowed(spo, "dinas")
    assert all(kinds.allowed(kinds.get(code), "dinas") for code in ("sop", "spm"))


def test_an_spo_in_a_non_facility_folder_is_refused(tmp_path):
    loaded = corpus.load(make_project(tmp_path, {"standards/dinkes/spo/imunisasi.md": SPO}))
    (message,) = [d.message for d in loaded.diagnostics if d.path == "standards/dinkes/spo/"]
    assert "hanya untuk OPD berjenis rsud, puskesmas, labkesda" in message and "'dinkes' berjenis 'dinas'" in message
    assert loaded.standards == []


def test_standar_baru_spo_refuses_a_non_facility_and_writes_a_template(tmp_path):
    project = make_project(tmp_path)
    refused = standar(["baru", "spo", "--opd", "dinkes", "--judul", "Imunisasi"], project)
    assert refused.returncode == 1 and "hanya untuk OPD berjenis" in refused.stderr
    made = standar(["baru", "spo", "--opd", "puskesmas-konda", "--judul", "Imunisasi"], project)
    assert made.returncode == 0, made.stderr
    text = (project / "standards/puskesmas-konda/spo/imunisasi.md").read_text(encoding="utf-8")
    assert "judul: Imunisasi" in text and "pengertian:" in text and "unit_terkait:" in text


def test_phases_number_their_steps_and_the_times_follow_the_main_path(tmp_path):
    loaded = corpus.load(make_project(tmp_path, {PATH: SPO}))
    assert [d.format() for d in loaded.diagnostics] == []
    std = loaded.standards[0]
    assert std.labels == {1: "1.a", 2: "1.b", 3: "2.a", 4: "2.b"}
    assert std.has_diagram and std.lanes == ["-", "Bidan"]
    assert std.timing.main_path == (1, 2, 3, 4) and std.timing.scheduled == (4,)


def test_a_flow_error_in_a_phase_names_its_place(tmp_path):
    text = SPO.replace("keputusan: {ya: 3, tidak: 4, label_tidak: Ditunda}", "keputusan: {ya: 9, tidak: 4}")
    loaded = corpus.load(make_project(tmp_path, {PATH: text}))
    (error,) = [d for d in loaded.diagnostics if d.is_error]
    assert error.field == "tahap.1.langkah.2.keputusan.ya" and "langkah tujuan 9 tidak ada" in error.message


def test_steps_and_phases_are_one_or_the_other(tmp_path):
    both = SPO.replace("unit_terkait:", "langkah: [{kegiatan: Satu}, {kegiatan: Dua}]\nunit_terkait:")
    loaded = corpus.load(make_project(tmp_path, {PATH: both}))
    assert any("bukan keduanya" in d.message for d in loaded.diagnostics if d.is_error)
    start, end = SPO.index("tahap:"), SPO.index("unit_terkait:")
    loaded = corpus.load(make_project(tmp_path / "b", {PATH: SPO[:start] + SPO[end:]}))
    assert any("wajib diisi: langkah-langkah SPO" in d.message for d in loaded.diagnostics if d.is_error)


def test_a_link_that_asks_for_an_sop_accepts_an_spo(tmp_path):
    from support import VALID_SOP
    sop = VALID_SOP.replace("tags:", 'keterkaitan: [{nomor: "SOP/UKM/PKM-KND/001/2026", hubungan: terkait}]\ntags:')
    loaded = corpus.load(make_project(tmp_path, {PATH: SPO, "standards/dukcapil/sop/akta.md": sop}))
    assert [d.format() for d in loaded.diagnostics if d.is_error] == []


def test_the_page_shows_the_header_block_sections_diagram_and_history(tmp_path):
    project = make_project(tmp_path, {PATH: SPO}, site=True)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site/puskesmas-konda/spo/imunisasi/index.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    for shown in ("No. Dokumen SOP/UKM/PKM-KND/001/2026", "No. Revisi 01", "Tanggal Terbit 2 Februari 2026",
                  "STANDAR OPERASIONAL PROSEDUR (SOP)", "Pengertian", "Referensi", "Unit Terkait",
                  "Dokumen Terkait", "Rekaman Historis Perubahan", "Penambahan skrining",
                  "Persiapan", "Pelaksanaan", "Diagram Alir", "Tidak: ditunda",
                  "Waktu penyelesaian, jalur utama: 20 menit", "Langkah 2.b mengikuti jadwal",
                  "setiap hari Selasa (jadwal)"):
        assert shown in text, shown
    assert 'class="sop-bagan"' in html and 'data-symbol="keputusan"' in html
    assert "sop-bagan--lanskap" not in html  # an SPO prints in portrait
    records = (project / "site/data/standar.json").read_text(encoding="utf-8")
    assert '"label":"2.b"' in records and '"sebutan":"SOP"' in records
    index = (project / "site/spo/index.html").read_text(encoding="utf-8")
    assert "No. Dokumen" in index and "Tanggal terbit" in index and "imunisasi/" in index
