"""Every validation rule: a failing example, its Indonesian message and its line."""

from __future__ import annotations

import pytest

from standar.read import corpus
from support import VALID_SOP, VALID_SPM, line_of, make_project, replace_line

SOP_PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
SPM_PATH = "standards/dinkes/spm/kesehatan-ibu-hamil.md"


def problems(tmp_path, sop: str = VALID_SOP, spm: str = VALID_SPM, extra: dict | None = None):
    project = make_project(tmp_path, {SOP_PATH: sop, SPM_PATH: spm, **(extra or {})})
    return corpus.load(project)


def only_error(loaded, path: str):
    errors = [d for d in loaded.diagnostics if d.is_error and d.path == path]
    assert len(errors) == 1, "\n".join(d.format() for d in loaded.diagnostics)
    return errors[0]


def test_valid_files_have_no_problems(tmp_path):
    loaded = problems(tmp_path)
    assert loaded.diagnostics == []
    assert [s.path for s in loaded.standards] == [SPM_PATH, SOP_PATH]
    assert loaded.summary()["terbit"] == 2


# (name, old text, new text, text marking the expected line, expected message part)
SOP_CASES = [
    ("missing required key", "judul: Penerbitan Akta Kelahiran\n", "", None, "kolom 'judul': wajib diisi"),
    ("empty required key", "judul: Penerbitan Akta Kelahiran", "judul:", "judul:", "kolom 'judul': wajib diisi"),
    ("unknown key with suggestion", "unit_kerja:", "unit_kerjaa:",
     "unit_kerjaa", "kolom 'unit_kerjaa': kolom tidak dikenal; maksud Anda 'unit_kerja'?"),
    ("list where text is meant", "judul: Penerbitan Akta Kelahiran", "judul: [a, b]", "judul:",
     "kolom 'judul': harus berupa teks, bukan daftar"),
    ("text where a list is meant", "peralatan_perlengkapan: [Komputer, Printer]",
     "peralatan_perlengkapan: Komputer", "peralatan_perlengkapan", "harus berupa daftar"),
    ("empty list", "peringatan: [Apabila tidak dilaksanakan akta dapat salah]", "peringatan: []",
     "peringatan:", "kolom 'peringatan': paling sedikit 1 butir"),
    ("bad enum", "status: berlaku", "status: aktif", "status:",
     "kolom 'status': 'aktif' tidak dikenal; pilih salah satu dari draf, berlaku, dicabut"),
    ("enum suggestion", "status: berlaku", "status: berlau", "status:", "maksud Anda 'berlaku'?"),
    ("unquoted nomor", 'nomor: "474.1/SOP-DUKCAPIL/001/2025"', "nomor: 474.1", "nomor:",
     'tulis dalam tanda kutip: "474.1"'),
    ("unquoted nip", 'nip: "197805122005022003"', "nip: 197805122005022003", "nip:",
     "kolom 'disahkan_oleh › nip': NIP harus ditulis sebagai teks; tulis dalam tanda kutip"),
    ("nip too short", 'nip: "197805122005022003"', 'nip: "19780512200502200"', "nip:",
     "NIP harus 18 digit, '19780512200502200' berisi 17 digit"),
    ("nip impossible birth date", 'nip: "197805122005022003"', 'nip: "197813122005022003"', "nip:",
     "bukan tanggal lahir yang ada"),
    ("nip bad sex digit", 'nip: "197805122005022003"', 'nip: "197805122005023003"', "nip:",
     "jenis kelamin) harus 1 atau 2"),
    ("no as a string", "unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: no", "unit_kerja:",
     'dibaca sebagai nilai ya/tidak (boolean)'),
    ("off as a string", "unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: off", "unit_kerja:",
     'tulis dalam tanda kutip: "off"'),
    ("sexagesimal", "unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: 12:30", "unit_kerja:",
     'dibaca sebagai angka'),
    ("date day-month-year", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 15-01-2025",
     "tanggal_efektif", "gunakan format TTTT-BB-HH (YYYY-MM-DD)"),
    ("date in words", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 15 Januari 2025",
     "tanggal_efektif", "tanggal '15 Januari 2025' tidak dikenali; gunakan format TTTT-BB-HH"),
    ("impossible date", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2025-02-30",
     "tanggal_efektif", "tanggal 2025-02-30 tidak ada di kalender"),
    ("effective before made", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2025-01-05",
     "tanggal_efektif", "kolom 'tanggal_efektif': 2025-01-05 lebih awal dari tanggal_pembuatan"),
    ("revised before made", "tanggal_revisi: 2025-06-02", "tanggal_revisi: 2024-06-02",
     "tanggal_revisi", "lebih awal dari tanggal_pembuatan"),
    ("actor not in pelaksana", "    pelaksana: Kepala Seksi\n", "    pelaksana: Kepala Seksie\n",
     "pelaksana: Kepala Seksie", "kolom 'langkah ke-3 › pelaksana': 'Kepala Seksie' tidak ada di daftar "
     "pelaksana; tambahkan ke 'pelaksana' atau perbaiki namanya; maksud Anda 'Kepala Seksi'?"),
    ("duplicate actor", "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]",
     "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi, Pemohon]", "pelaksana: [Pemohon",
     "'Pemohon' ditulis dua kali"),
    ("decision target out of range", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 9, tidak: 1,",
     "keputusan:", "kolom 'langkah ke-2 › keputusan › ya': langkah tujuan 9 tidak ada; nomor langkah 1 sampai 4"),
    ("decision branches equal", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 3, tidak: 3,",
     "keputusan:", "cabang ya dan tidak menuju langkah yang sama"),
    ("decision to itself", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 3, tidak: 2,",
     "keputusan:", "langkah 2 tidak boleh menuju dirinya sendiri"),
    ("jump out of range", "    pelaksana: Kepala Seksi\n", "    pelaksana: Kepala Seksi\n    ke: 7\n",
     "ke: 7", "kolom 'langkah ke-3 › ke': langkah tujuan 7 tidak ada"),
    ("unreachable step", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 4, tidak: 1,",
     "  - kegiatan: Memaraf", "kolom 'langkah ke-3': langkah 3 tidak pernah dicapai dari langkah 1"),
    ("quoted number", "keputusan: {ya: 3,", 'keputusan: {ya: "3",', "keputusan:",
     "kolom 'langkah ke-2 › keputusan › ya': angka ditulis tanpa tanda kutip: 3"),
    ("bad duration", "    waktu: 1 jam\n", "    waktu: satu jam\n", "waktu: satu jam",
     "kolom 'langkah ke-3 › waktu': 'satu jam' tidak sesuai format: angka lalu satuan menit"),
    ("diganti_oleh without dicabut", "status: berlaku", 'status: berlaku\ndiganti_oleh: "X/1"',
     "diganti_oleh", "kolom 'diganti_oleh': hanya untuk SOP berstatus dicabut"),
    ("unresolved link", "tags: [kependudukan]",
     'tags: [kependudukan]\nketerkaitan:\n  - {nomor: "474.1/SOP-DUKCAPIL/999/2025", hubungan: lanjutan}',
     "/999/", "kolom 'keterkaitan ke-1 › nomor': tidak ada SOP bernomor \"474.1/SOP-DUKCAPIL/999/2025\""),
    ("bad link relation", "tags: [kependudukan]",
     'tags: [kependudukan]\nketerkaitan:\n  - {nomor: "474.1/SOP-DUKCAPIL/001/2025", hubungan: sebelum}',
     "hubungan: sebelum", "kolom 'keterkaitan ke-1 › hubungan': 'sebelum' tidak dikenal"),
    ("self link", "tags: [kependudukan]",
     'tags: [kependudukan]\nketerkaitan:\n  - {nomor: "474.1/SOP-DUKCAPIL/001/2025", hubungan: terkait}',
     "hubungan: terkait", "tidak dapat dikaitkan dengan dirinya sendiri"),
]


@pytest.mark.parametrize("name,old,new,line_marker,message", SOP_CASES, ids=[c[0] for c in SOP_CASES])
def test_sop_rule(tmp_path, name, old, new, line_marker, message):
    text = replace_line(VALID_SOP, old, new)
    loaded = problems(tmp_path, sop=text)
    error = only_error(loaded, SOP_PATH)
    assert message in error.message
    assert error.severity == "galat"
    expected_line = line_of(text, line_marker) if line_marker else 1
    assert error.line == expected_line, error.format()
    assert SOP_PATH not in [s.path for s in loaded.standards]
    assert loaded.outcome[SOP_PATH] == "galat"


SPM_CASES = [
    ("unknown layanan", "layanan: kes-ibu-hamil", "layanan: kes-ibu-hamill", "layanan:",
     "kolom 'layanan': 'kes-ibu-hamill' tidak ada di katalog SPM nasional; maksud Anda 'kes-ibu-hamil'?"),
    ("served above target", "{tahun: 2024, sasaran: 1450, terlayani: 1210}",
     "{tahun: 2024, sasaran: 1450, terlayani: 1510}", "tahun: 2024",
     "kolom 'capaian ke-1 › terlayani': terlayani (1510) lebih besar dari sasaran (1450)"),
    ("count as a string", "sasaran: 1450,", 'sasaran: "1450",', "tahun: 2024",
     "kolom 'capaian ke-1 › sasaran': angka ditulis tanpa tanda kutip: 1450"),
    ("count with thousands dot", "sasaran: 1450,", "sasaran: 1.450,", "tahun: 2024",
     "'1.450' bukan bilangan bulat; tulis tanpa pemisah ribuan: 1450"),
    ("negative count", "terlayani: 1210}", "terlayani: -5}", "tahun: 2024", "-5 terlalu kecil"),
    ("duplicate year", "{tahun: 2025, sasaran: 1480", "{tahun: 2024, sasaran: 1480", "tahun: 2024, sasaran: 1480",
     "tahun 2024 ditulis dua kali"),
    ("quality above target", "mutu_terpenuhi: 17}", "mutu_terpenuhi: 27}", "mutu_terpenuhi",
     "mutu_terpenuhi (27) lebih besar dari mutu_sasaran (20)"),
    ("quality half given", "mutu_sasaran: 20, mutu_terpenuhi: 17}", "mutu_sasaran: 20}", "mutu_sasaran",
     "mutu_sasaran dan mutu_terpenuhi diisi berpasangan"),
    ("unresolved sop_terkait", 'sop_terkait: ["474.1/SOP-DUKCAPIL/001/2025"]', 'sop_terkait: ["X/1"]',
     "sop_terkait", "kolom 'sop_terkait ke-1': tidak ada SOP bernomor \"X/1\""),
]


@pytest.mark.parametrize("name,old,new,line_marker,message", SPM_CASES, ids=[c[0] for c in SPM_CASES])
def test_spm_rule(tmp_path, name, old, new, line_marker, message):
    text = replace_line(VALID_SPM, old, new)
    loaded = problems(tmp_path, spm=text)
    error = only_error(loaded, SPM_PATH)
    assert message in error.message
    assert error.line == line_of(text, line_marker), error.format()


def test_loop_without_exit(tmp_path):
    text = replace_line(VALID_SOP, "    pelaksana: Kepala Seksi\n", "    pelaksana: Kepala Seksi\n    ke: 2\n")
    loaded = problems(tmp_path, sop=text)
    found = {(d.line, d.message) for d in loaded.diagnostics}
    assert (line_of(text, "- kegiatan: Mengajukan"), "kolom 'langkah ke-1': dari langkah 1, 2, 3 prosedur "
            "tidak pernah sampai ke langkah terakhir (4): ada putaran tanpa jalan keluar; periksa 'ke' dan "
            "'keputusan'") in found
    assert any("langkah 4 tidak pernah dicapai dari langkah 1" in m for _, m in found)


def test_duplicate_nomor_reported_on_both_files(tmp_path):
    other = "standards/dukcapil/sop/penerbitan-akta-kematian.md"
    loaded = problems(tmp_path, extra={other: VALID_SOP.replace("Kelahiran", "Kematian")})
    for path in (SOP_PATH, other):
        error = only_error(loaded, path)
        assert 'nomor "474.1/SOP-DUKCAPIL/001/2025" juga dipakai oleh' in error.message
        assert error.line == 3


def test_a_service_reported_by_two_opds_but_a_year_once_per_opd(tmp_path):
    other_opd = "standards/distrik-konda/spm/ibu-hamil.md"
    second = VALID_SPM.replace('nomor: "440/SPM-DINKES/001/2025"\n', "")
    loaded = problems(tmp_path, extra={other_opd: second})
    assert not loaded.has_errors, [d.format() for d in loaded.diagnostics]
    same_opd = "standards/dinkes/spm/ibu-hamil-2024.md"
    second = second.replace("  - {tahun: 2025, sasaran: 1480, terlayani: 1302, mutu_sasaran: 20, mutu_terpenuhi: 17}\n", "")
    loaded = problems(tmp_path / "sama", extra={same_opd: second})
    error = only_error(loaded, same_opd)
    line = line_of(second, "tahun: 2024")
    assert error.line == line
    assert error.message == (f"kolom 'capaian ke-1 › tahun': OPD 'dinkes' juga melaporkan layanan 'kes-ibu-hamil' "
                             f"tahun 2024 di {SPM_PATH} baris {line_of(VALID_SPM, 'tahun: 2024')}; satu angka per "
                             "OPD per tahun: hapus salah satunya")


def test_link_to_a_draft_from_a_published_standard(tmp_path):
    sop = replace_line(VALID_SOP, "status: berlaku", "status: draf")
    loaded = problems(tmp_path, sop=sop)
    error = only_error(loaded, SPM_PATH)
    assert "masih draf sehingga tautannya belum dapat diterbitkan" in error.message
    assert loaded.outcome[SOP_PATH] == "draf"


def test_link_to_a_broken_standard_names_it(tmp_path):
    sop = replace_line(VALID_SOP, "status: berlaku", "status: aktif")
    loaded = problems(tmp_path, sop=sop)
    error = only_error(loaded, SPM_PATH)
    assert f"({SOP_PATH}) memiliki galat sehingga tidak diterbitkan" in error.message


def test_replacement_link_resolves(tmp_path):
    old = (replace_line(VALID_SOP, "status: berlaku",
                        'status: dicabut\ndiganti_oleh: "474.1/SOP-DUKCAPIL/001/2025"')
           .replace('"474.1/SOP-DUKCAPIL/001/2025"\nstatus', '"474.1/SOP-DUKCAPIL/000/2020"\nstatus'))
    loaded = problems(tmp_path, extra={"standards/dukcapil/sop/akta-lama.md": old})
    assert not loaded.has_errors, [d.format() for d in loaded.diagnostics]
    revoked = next(s for s in loaded.standards if s.slug == "akta-lama")
    assert revoked.status == "dicabut"


def test_unused_actor_is_a_warning_not_an_error(tmp_path):
    text = replace_line(VALID_SOP, "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]",
                        "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi, Sekretaris]")
    loaded = problems(tmp_path, sop=text)
    assert not loaded.has_errors
    (warning,) = loaded.diagnostics
    assert warning.severity == "peringatan" and "'Sekretaris' tidak melaksanakan langkah apa pun" in warning.message
    assert loaded.outcome[SOP_PATH] == "terbit"


def test_every_error_of_a_file_in_one_run(tmp_path):
    text = VALID_SOP
    for old, new in [("status: berlaku", "status: aktif"), ("tanggal_efektif: 2025-01-15", "tanggal_efektif: 15-01-2025"),
                     ('nip: "197805122005022003"', "nip: 197805122005022003"), ("    pelaksana: Kepala Seksi\n", "    pelaksana: Kasie\n")]:
        text = replace_line(text, old, new)
    loaded = problems(tmp_path, sop=text)
    fields = sorted(d.field for d in loaded.errors if d.path == SOP_PATH)
    assert fields == ["disahkan_oleh.nip", "langkah.3.pelaksana", "status", "tanggal_efektif"]


def test_registry_errors(tmp_path):
    registry = "- kode: Dinkes\n  nama: X\n  singkatan: X\n  jenis: dinass\n- kode: sop\n  nama: Y\n  singkatan: Y\n  jenis: dinas\n"
    loaded = corpus.load(make_project(tmp_path, opd_yml=registry))
    messages = [(d.line, d.message) for d in loaded.diagnostics]
    assert (1, "kolom 'butir ke-1 › kode': 'Dinkes' tidak sesuai format: huruf kecil a-z, angka dan tanda hubung, misalnya 'dinkes'") in messages
    assert any(line == 4 and "'dinass' tidak dikenal" in m and "maksud Anda 'dinas'?" in m for line, m in messages)
    assert any(line == 5 and "'sop' dipakai untuk bagian portal" in m for line, m in messages)


def test_registered_opd_without_documents_is_fine(tmp_path):
    loaded = problems(tmp_path)
    assert "distrik-konda" in loaded.registry and not loaded.has_errors
