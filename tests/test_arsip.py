"""Real archives fit: documents as they were signed, values as archives write them, and the
messages an author meets on the way (issue "Real archives fit"). Each situation found while
transcribing published SOPs has its test; the two transcriptions themselves (tests/arsip/) pass
the check with nothing invented and show "-" where the original has nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from standar.model import flow, formatting
from standar.model.schema import MonthDate, YearDate
from standar.read import corpus
from support import VALID_SOP, make_project, mkdocs_build, replace_line

SOP_PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
ARSIP = Path(__file__).parent / "arsip"


def load(tmp_path, text: str, path: str = SOP_PATH, extra: dict | None = None):
    return corpus.load(make_project(tmp_path, {path: text, **(extra or {})}))


def messages(loaded, severity: str | None = None) -> list[str]:
    return [d.message for d in loaded.diagnostics if severity is None or d.severity == severity]


def errors(loaded) -> list[str]:
    return [d.format() for d in loaded.diagnostics if d.is_error]


# -- documents as they were signed ---------------------------------------------------------------
def test_a_blank_nip_is_accepted(tmp_path):
    """A Bupati has no NIP; many forms leave it empty."""
    loaded = load(tmp_path, VALID_SOP.replace('  nip: "197805122005022003"\n', ""))
    assert errors(loaded) == [] and messages(loaded) == []
    assert loaded.standards[0].meta["disahkan_oleh"]["nip"] is None


def test_nip_with_the_prefix_and_spaces_is_normalised(tmp_path):
    loaded = load(tmp_path, VALID_SOP.replace('nip: "197805122005022003"', 'nip: "NIP. 19780512 200502 2 003"'))
    assert errors(loaded) == []
    assert loaded.standards[0].meta["disahkan_oleh"]["nip"] == "197805122005022003"


def test_a_nip_with_other_signs_is_not_told_it_has_18_digits(tmp_path):
    """The old message said "NIP harus 18 digit ... ditemukan 18 digit"."""
    loaded = load(tmp_path, VALID_SOP.replace('nip: "197805122005022003"', 'nip: "19780512-200502-2-003"'))
    (message,) = messages(loaded, "galat")
    assert "'-'" in message and "ditemukan 18 digit" not in message and "hapus kolom nip" in message
    loaded = load(tmp_path / "b", VALID_SOP.replace('nip: "197805122005022003"', 'nip: "1978051220050220"'))
    assert "berisi 16 digit" in messages(loaded, "galat")[0]


def test_the_rank_under_the_name_is_kept(tmp_path):
    text = VALID_SOP.replace("  nama: Contoh Nama, S.Sos\n", "  nama: Contoh Nama, S.Sos\n  pangkat: Pembina (IV/a)\n")
    loaded = load(tmp_path, text)
    assert errors(loaded) == [] and loaded.standards[0].meta["disahkan_oleh"]["pangkat"] == "Pembina (IV/a)"


@pytest.mark.parametrize("old, field", [
    ('nomor: "474.1/SOP-DUKCAPIL/001/2025"\n', "nomor"),
    ("tanggal_efektif: 2025-01-15\n", "tanggal_efektif"),
    ("peringatan: [Apabila tidak dilaksanakan akta dapat salah]\n", "peringatan"),
    ("kualifikasi_pelaksana: [Memahami administrasi kependudukan]\n", "kualifikasi_pelaksana"),
])
def test_what_the_original_leaves_blank_is_a_warning(tmp_path, old, field):
    loaded = load(tmp_path, VALID_SOP.replace(old, ""))
    assert errors(loaded) == []
    (warning,) = loaded.diagnostics
    assert warning.severity == "peringatan" and warning.field == field
    assert "bila dokumen asli memang tidak memuatnya, biarkan kosong" in warning.message
    assert loaded.standards  # published all the same


def test_tidak_ada_di_dokumen_asli_is_an_explicit_empty_list(tmp_path):
    text = VALID_SOP.replace("peringatan: [Apabila tidak dilaksanakan akta dapat salah]",
                             "peringatan: [tidak ada di dokumen asli]")
    assert load(tmp_path, text).diagnostics == []
    mixed = VALID_SOP.replace("peringatan: [Apabila tidak dilaksanakan akta dapat salah]",
                              "peringatan: [Akta salah, tidak ada di dokumen asli]")
    assert "hanya boleh menjadi satu-satunya butir" in messages(load(tmp_path / "b", mixed), "galat")[0]


def test_two_documents_without_a_number_do_not_clash_but_a_number_stays_unique(tmp_path):
    blank = VALID_SOP.replace('nomor: "474.1/SOP-DUKCAPIL/001/2025"\n', "")
    loaded = load(tmp_path, blank, extra={"standards/dukcapil/sop/lain.md": blank})
    assert errors(loaded) == []
    loaded = load(tmp_path / "b", VALID_SOP, extra={"standards/dukcapil/sop/lain.md": VALID_SOP})
    assert len([m for m in messages(loaded, "galat") if "nomor harus unik" in m]) == 2


# -- values as archives write them ----------------------------------------------------------------
def test_a_time_without_its_unit_suggests_the_documents_unit(tmp_path):
    loaded = load(tmp_path, VALID_SOP.replace("    waktu: 10 menit\n", '    waktu: "5"\n'))
    (message,) = messages(loaded, "galat")
    assert "'5' tanpa satuan" in message and "'5 menit'" in message
    plain = load(tmp_path / "b", VALID_SOP.replace("    waktu: 10 menit\n", "    waktu: 5\n"))
    assert "'5' tanpa satuan" in messages(plain, "galat")[0]  # unquoted: the same answer


def test_a_schedule_stays_out_of_the_total(tmp_path):
    text = VALID_SOP.replace("    waktu: 1 hari kerja\n", '    waktu: "jadwal: setiap tanggal 29"\n')
    loaded = load(tmp_path, text)
    assert errors(loaded) == []
    std = loaded.standards[0]
    assert formatting.durasi(std.timing.main) == "1 jam 15 menit" and std.timing.scheduled == (4,)


def test_weeks_and_months_add_up_apart(tmp_path):
    text = VALID_SOP.replace("    waktu: 1 jam\n", "    waktu: 2 minggu\n").replace(
        "    waktu: 1 hari kerja\n", "    waktu: 1 bulan\n")
    std = load(tmp_path, text).standards[0]
    assert formatting.durasi(std.timing.main) == "1 bulan 2 minggu 15 menit"


def test_partial_dates_are_accepted_with_a_warning_and_read_as_written(tmp_path):
    text = VALID_SOP.replace("tanggal_pembuatan: 2025-01-10", "tanggal_pembuatan: 2016-01").replace(
        "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2016")
    loaded = load(tmp_path, text)
    assert errors(loaded) == []
    assert sorted(d.field for d in loaded.diagnostics) == ["tanggal_efektif", "tanggal_pembuatan"]
    meta = loaded.standards[0].meta
    assert isinstance(meta["tanggal_pembuatan"], MonthDate) and isinstance(meta["tanggal_efektif"], YearDate)
    assert formatting.tanggal(meta["tanggal_pembuatan"]) == "Januari 2016"
    assert formatting.tanggal(meta["tanggal_efektif"]) == "2016"
    assert meta["tanggal_efektif"].isoformat() == "2016"
    # "2016" is not before "2016-01": a year spans its months
    assert loaded.standards[0].review_due(12) is not None


def test_a_declared_total_is_kept_with_a_warning_when_the_steps_say_otherwise(tmp_path):
    same = load(tmp_path, VALID_SOP.replace("tags:", "total_waktu: 1 hari kerja 1 jam 15 menit\ntags:"))
    assert same.diagnostics == []
    other = load(tmp_path / "b", VALID_SOP.replace("tags:", "total_waktu: 2 jam\ntags:"))
    (warning,) = other.diagnostics
    assert warning.severity == "peringatan" and "berbeda dengan waktu jalur utama" in warning.message


def test_pelaksana_abbreviations_head_the_columns(tmp_path):
    text = VALID_SOP.replace("pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]",
                             "pelaksana: [Pemohon, Petugas Loket, {nama: Kepala Seksi, singkatan: Kasi}]")
    text = text.replace("    pelaksana: Kepala Seksi\n", "    pelaksana: Kasi\n")  # a step by its abbreviation
    loaded = load(tmp_path, text)
    assert errors(loaded) == [] and loaded.diagnostics == []
    std = loaded.standards[0]
    assert std.columns == ["Pemohon", "Petugas Loket", "Kasi"] and std.legend == [("Kasi", "Kepala Seksi")]
    assert std.steps[2].pelaksana == "Kepala Seksi"


# -- messages ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("old, new, meant", [
    ("    output: Berkas permohonan\n", "    ket: Berkas permohonan\n", "keterangan"),
    ("    waktu: 5 menit\n", "    durasi: 5 menit\n", "waktu"),
    ("nomor:", "no_dokumen:", "nomor"),
    ("tanggal_efektif:", "tanggal_terbit:", "tanggal_efektif"),
])
def test_synonyms_suggest_the_field_meant(tmp_path, old, new, meant):
    loaded = load(tmp_path, replace_line(VALID_SOP, old, new))
    found = [m for m in messages(loaded, "galat") if "kolom tidak dikenal" in m]
    assert found and found[0].endswith(f"maksud Anda '{meant}'?"), found
    assert "maksud Anda 'ke'?" not in " ".join(found)


@pytest.mark.parametrize("key", ["no_revisi", "pengertian", "dokumen_terkait", "unit_terkait"])
def test_spo_headings_in_an_sop_ap_file_point_to_the_spo_kind(tmp_path, key):
    loaded = load(tmp_path, VALID_SOP.replace("tags:", f"{key}: Sesuatu\ntags:"))
    (message,) = messages(loaded, "galat")
    assert "adalah kolom SPO" in message and "standards/<kode-opd>/spo/" in message
    assert "maksud Anda" not in message


def test_a_colon_in_unquoted_text_gets_the_quote_hint(tmp_path):
    text = VALID_SOP.replace("peringatan: [Apabila tidak dilaksanakan akta dapat salah]",
                             "peringatan:\n  - Perhatian: akta dapat salah")
    (message,) = messages(load(tmp_path, text), "galat")
    assert "tulis seluruh teks dalam tanda kutip" in message and '"Perhatian: akta dapat salah"' in message


@pytest.mark.parametrize("value", ["${nomor}", "{{ nomor }}", "[isi nomor]"])
def test_leaked_template_text_is_a_warning(tmp_path, value):
    loaded = load(tmp_path, VALID_SOP.replace('"474.1/SOP-DUKCAPIL/001/2025"', f'"{value}"'))
    assert any("teks templat yang belum diganti" in m for m in messages(loaded, "peringatan"))


@pytest.mark.parametrize("item", ["dst.", "Printer, dll.", "dan seterusnya"])
def test_and_so_on_left_in_a_list_is_a_warning(tmp_path, item):
    loaded = load(tmp_path, VALID_SOP.replace("[Komputer, Printer]", f'[Komputer, "{item}"]'))
    (warning,) = loaded.diagnostics
    assert warning.severity == "peringatan" and "tulis semua butirnya" in warning.message


# -- the sheet --------------------------------------------------------------------------------------
def test_the_decision_always_says_ya_and_tidak():
    assert flow.answer_label("Ya", "Lengkap") == "Ya: lengkap"
    assert flow.answer_label("Tidak", "Tidak lengkap") == "Tidak lengkap"
    assert flow.answer_label("Ya", "SEP terbit") == "Ya: SEP terbit"
    assert flow.answer_label("Tidak", None) == "Tidak"


def test_the_total_follows_the_main_path_and_names_the_longest(tmp_path):
    """Ya branches, no loop: steps 1-2-3-5 (the Tidak branch, step 4, takes longer)."""
    steps = flow.build_steps([
        {"kegiatan": "a", "pelaksana": "A", "waktu": "5 menit"},
        {"kegiatan": "b", "pelaksana": "A", "waktu": "5 menit", "keputusan": {"ya": 3, "tidak": 4}},
        {"kegiatan": "c", "pelaksana": "A", "waktu": "10 menit", "ke": 5},
        {"kegiatan": "d", "pelaksana": "A", "waktu": "1 hari kerja"},
        {"kegiatan": "e", "pelaksana": "A", "waktu": "5 menit", "keputusan": {"ya": 6, "tidak": 1}},
        {"kegiatan": "f", "pelaksana": "A", "waktu": "5 menit"},
    ])
    timing = flow.timing(steps)
    assert timing.main_path == (1, 2, 3, 5, 6) and formatting.durasi(timing.main) == "30 menit"
    assert timing.longest_path == (1, 2, 4, 5, 6) and formatting.durasi(timing.longest) == "1 hari kerja 20 menit"
    assert formatting.durasi(timing.every) == "1 hari kerja 30 menit"


def test_the_igd_sheet_shows_its_main_path_total(tmp_path):
    """The sample RSUD IGD procedure used to show 5 jam 15 menit: resuscitation and both
    discharge branches added up."""
    root = Path(__file__).resolve().parent.parent
    rel = "standards/rsud-scholoo-keyen/spo/penerimaan-pasien-gawat-darurat.md"
    opd = "- kode: rsud-scholoo-keyen\n  nama: RSUD Scholoo Keyen\n  singkatan: RSUD\n  jenis: rsud\n"
    project = make_project(tmp_path, {rel: (root / rel).read_text(encoding="utf-8"),
                                      "standards/dukcapil/sop/a.md": VALID_SOP},
                           site=True, opd_yml=opd + "- kode: dukcapil\n  nama: Dukcapil\n  singkatan: D\n  jenis: dinas\n")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site/rsud-scholoo-keyen/spo/penerimaan-pasien-gawat-darurat/index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "Waktu penyelesaian, jalur utama: 5 jam" in text
    assert "5 jam 15 menit" not in text
    assert "Ya: merah" in text and "Tidak: kuning atau hijau" in text


def test_percentages_have_no_space_before_the_sign():
    assert formatting.persen(82) == "82%" and formatting.persen(77.46) == "77,5%"


# -- transcriptions of published originals --------------------------------------------------------
def test_the_transcribed_originals_pass_with_nothing_invented(tmp_path):
    files = {"standards/puskesmas-konda/spo/imunisasi-polio.md":
             (ARSIP / "spo-imunisasi-polio-puskesmas-perhentian-raja.md").read_text(encoding="utf-8"),
             "standards/distrik-konda/sop/surat-masuk.md":
             (ARSIP / "sop-pengurusan-surat-masuk-kelurahan-sei-putih-timur-i.md").read_text(encoding="utf-8")}
    project = make_project(tmp_path, files, site=True)
    loaded = corpus.load(project)
    assert errors(loaded) == []
    assert {(d.path.split("/")[2], d.field) for d in loaded.diagnostics} == {
        ("sop", "nomor"), ("spo", "nomor"), ("spo", "revisi"), ("spo", "tanggal_efektif"),
        ("spo", "disahkan_oleh.jabatan")}
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    spo = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (project / "site/puskesmas-konda/spo/imunisasi-polio/index.html")
                                     .read_text(encoding="utf-8")))
    assert "No. Dokumen - " in spo and "No. Revisi - " in spo and "Tanggal Terbit - " in spo
    assert "NIP 19780908 200904 1 001" in spo
    sop = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (project / "site/distrik-konda/sop/surat-masuk/index.html")
                                     .read_text(encoding="utf-8")))
    assert "Nomor SOP - " in sop and "NIP 19781217 199803 1 001" in sop
    assert "Waktu penyelesaian, jalur utama: 35 menit" in sop
