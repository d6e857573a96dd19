"""SPM computations: percentages, index, categories, trend, the catalogue's regulations per year,
coverage per reporting year, reports as published, settings, charts, open data."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import jsonschema

from standar.kinds.spm import coverage
from standar.kinds.spm import data as spm_data
from standar.kinds.spm.coverage import Capaian
from standar.model import capaian, catalogue, formatting
from standar.publish import charts
from standar.publish.site import Site, SiteOptions
from standar.read import corpus
from support import PEMDA_YML, VALID_SOP, VALID_SPM, line_of, make_project, replace_line

CATALOGUE = catalogue.load()
DEFAULT = coverage.indeks(CATALOGUE, {})
SPM_PATH = "standards/dinkes/spm/kesehatan-ibu-hamil.md"
SOP_PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
SVG = "{http://www.w3.org/2000/svg}"


class _File:
    """Enough of a report file for the arithmetic: its path and OPD."""

    def __init__(self, path="standards/dinkes/spm/x.md", opd="dinkes"):
        self.path, self.opd = path, opd


def year(tahun=2025, sasaran=100, terlayani=80, mutu_sasaran=None, mutu_terpenuhi=None,
         pengaturan=DEFAULT, layanan="kes-ibu-hamil", **more) -> coverage.Tahunan:
    entry = Capaian(tahun, sasaran, terlayani, mutu_sasaran=mutu_sasaran, mutu_terpenuhi=mutu_terpenuhi, **more)
    return coverage.tahunan(CATALOGUE.layanan[layanan], tahun, [coverage.Laporan(_File(), entry)], pengaturan)


# -- percentages -------------------------------------------------------------------------------
def test_percentage_from_counts():
    assert capaian.persen(1210, 1450) == pytest.approx(83.448, abs=1e-3)
    assert formatting.persen(capaian.persen(1210, 1450)) == "83,4%"
    assert formatting.persen(77.46) == "77,5%"


def test_zero_sasaran_has_no_percentage():
    assert capaian.persen(0, 0) is None
    assert capaian.persen(5, 0) is None
    row = year(sasaran=0, terlayani=0, mutu_sasaran=5, mutu_terpenuhi=5)
    assert row.persen_penerima is None
    assert (row.indeks, row.kategori) == (None, None)  # no index without a recipient figure
    assert formatting.persen(row.persen_penerima) == "-"


def test_terlayani_equal_to_sasaran_is_100_percent():
    row = year(sasaran=26, terlayani=26, mutu_sasaran=8, mutu_terpenuhi=8)
    assert row.persen_penerima == 100.0 and row.persen_mutu == 100.0
    assert row.indeks == pytest.approx(100.0)
    assert row.kategori == "Tuntas Paripurna"
    assert formatting.persen(row.persen_penerima) == "100%"


def test_never_shown_as_100_percent_below_the_target():
    nearly = capaian.persen(9999, 10000)
    assert formatting.persen(nearly) == "99,9%"
    assert capaian.bulat(nearly, 2) == 99.99
    assert capaian.bulat(99.996, 2) == 99.99
    assert formatting.nilai_data(nearly) == "99.9"
    assert formatting.nilai_data(None) == ""


def test_missing_quality_figures_give_no_index():
    row = year(sasaran=100, terlayani=90)
    assert row.persen_mutu is None and row.indeks is None and row.kategori is None
    zero = year(sasaran=100, terlayani=90, mutu_sasaran=0, mutu_terpenuhi=0)
    assert zero.persen_mutu is None and zero.indeks is None


def test_index_uses_the_weights():
    row = year(sasaran=1480, terlayani=1214, mutu_sasaran=11, mutu_terpenuhi=9)
    expected = 0.8 * (100 * 1214 / 1480) + 0.2 * (100 * 9 / 11)
    assert row.indeks == pytest.approx(expected)
    assert formatting.indeks(row.indeks) == "81,9"
    assert row.kategori == "Tuntas Madya"


def test_index_is_cut_not_rounded_so_it_agrees_with_its_category():
    assert capaian.bulat_indeks(79.96) == 79.9
    assert capaian.bulat_indeks(79.999, 2) == 79.99
    assert capaian.bulat_indeks(0.8 * 100 + 0.2 * 100) == 100.0
    assert capaian.bulat_indeks(82.0000000001) == 82.0
    assert DEFAULT.kategori_untuk(79.96) == "Tuntas Pratama"
    assert formatting.indeks(79.96) == "79,9" and formatting.indeks_data(79.96) == "79.9"


# -- configuration -----------------------------------------------------------------------------
def test_default_weights_and_categories_come_from_the_catalogue():
    assert (DEFAULT.bobot_penerima, DEFAULT.bobot_mutu) == CATALOGUE.bobot == (0.8, 0.2)
    assert [(k.batas, k.label) for k in DEFAULT.kategori] == list(CATALOGUE.kategori) == [
        (100.0, "Tuntas Paripurna"), (90.0, "Tuntas Utama"), (80.0, "Tuntas Madya"),
        (70.0, "Tuntas Pratama"), (60.0, "Tuntas Muda"), (0.0, "Belum Tuntas")]
    assert formatting.rumus(DEFAULT) == "0,8 × capaian penerima + 0,2 × capaian mutu"


@pytest.mark.parametrize("value,label", [
    (69.0, "Tuntas Muda"),     # a national average, as Kemendagri called it (bedanews.com)
    (42.03, "Belum Tuntas"),   # the same meeting's lowest figure
    (97.935, "Tuntas Utama"),  # Kabupaten Sumbawa's 2023 e-SPM index (nuansantb.id, February 2024)
])
def test_the_published_figures_get_the_categories_kemendagri_gave(value, label):
    assert DEFAULT.kategori_untuk(value) == label


def test_one_weight_implies_the_other():
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"bobot_penerima": 0.7}})
    assert (config.bobot_penerima, config.bobot_mutu) == (0.7, pytest.approx(0.3))
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"bobot_mutu": 0.25}})
    assert config.bobot_penerima == pytest.approx(0.75)


@pytest.mark.parametrize("value,label", [
    (100.0, "Tuntas Paripurna"), (99.99, "Tuntas Utama"), (90.0, "Tuntas Utama"),
    (89.99, "Tuntas Madya"), (80.0, "Tuntas Madya"), (79.9, "Tuntas Pratama"), (70.0, "Tuntas Pratama"),
    (69.9, "Tuntas Muda"), (60.0, "Tuntas Muda"), (59.99, "Belum Tuntas"), (0.0, "Belum Tuntas"),
    (None, None)])
def test_default_categories(value, label):
    assert DEFAULT.kategori_untuk(value) == label


@pytest.mark.parametrize("weights", [(0.7, 0.3), (0.9, 0.1), (0.6, 0.4), (0.85, 0.15)])
def test_full_achievement_is_paripurna_whatever_the_weights(weights):
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"bobot_penerima": weights[0],
                                                       "bobot_mutu": weights[1]}})
    row = year(sasaran=7, terlayani=7, mutu_sasaran=3, mutu_terpenuhi=3, pengaturan=config)
    assert row.kategori == "Tuntas Paripurna"


def test_configured_categories_in_any_order():
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"kategori": [
        {"batas": 0.0, "label": "Rendah"}, {"batas": 90.0, "label": "Tinggi"},
        {"batas": 50.0, "label": "Sedang"}]}})
    assert [k.batas for k in config.kategori] == [90.0, 50.0, 0.0]
    assert [config.kategori_untuk(v) for v in (95, 90, 89.9, 50, 10)] == [
        "Tinggi", "Tinggi", "Sedang", "Sedang", "Rendah"]


SETTINGS_YML = PEMDA_YML + """\
pengaturan:
  spm_penanggung_jawab:
    kesehatan: dinkes
    kes-ibu-bersalin: distrik-konda
  indeks_spm:
    bobot_penerima: 0.75
    bobot_mutu: 0.25
    kategori:
      - {batas: 100, label: Tuntas Paripurna}
      - {batas: 0, label: Belum Tuntas}
"""


def test_settings_are_read_from_pemda_yml(tmp_path):
    loaded = corpus.load(make_project(tmp_path, {SPM_PATH: VALID_SPM, SOP_PATH: VALID_SOP},
                                      pemda_yml=SETTINGS_YML))
    assert not loaded.has_errors, loaded.errors
    config = coverage.indeks(loaded.catalogue, loaded.settings)
    assert (config.bobot_penerima, config.bobot_mutu) == (0.75, 0.25)
    assert [k.label for k in config.kategori] == ["Tuntas Paripurna", "Belum Tuntas"]


BAD_SETTINGS = [
    ("weights", "    bobot_mutu: 0.25", "    bobot_mutu: 0.35", "indeks_spm:",
     "kolom 'pengaturan › indeks_spm': bobot_penerima + bobot_mutu harus 1, sekarang 0.75 + 0.35 = 1.1"),
    ("order", "      - {batas: 0, label: Belum Tuntas}",
     "      - {batas: 100, label: Belum Tuntas}\n      - {batas: 0, label: Nol}", "batas: 100, label: Belum",
     "kolom 'pengaturan › indeks_spm › kategori ke-2 › batas': 100 harus lebih kecil dari batas "
     "kategori sebelumnya (100); urutkan dari yang tertinggi"),
    ("lowest", "      - {batas: 0, label: Belum Tuntas}", "      - {batas: 10, label: Belum Tuntas}",
     "batas: 10,", "kategori terakhir harus berbatas 0 agar setiap nilai indeks mendapat kategori"),
    ("weight range", "    bobot_mutu: 0.25", "    bobot_mutu: 25", "bobot_mutu",
     "kolom 'pengaturan › indeks_spm › bobot_mutu': 25 di luar rentang 0 s.d. 1"),
    ("unknown service", "    kes-ibu-bersalin: distrik-konda", "    kes-ibu-bersalinn: distrik-konda",
     "kes-ibu-bersalinn", "'kes-ibu-bersalinn' bukan kode bidang atau kode layanan di katalog SPM; "
     "maksud Anda 'kes-ibu-bersalin'?"),
    ("unknown OPD", "    kesehatan: dinkes", "    kesehatan: dinkess", "kesehatan: dinkess",
     "kolom 'pengaturan › spm_penanggung_jawab › kesehatan': OPD 'dinkess' tidak ada di opd.yml; "
     "maksud Anda 'dinkes'?"),
]


@pytest.mark.parametrize("name,old,new,line_marker,message", BAD_SETTINGS, ids=[c[0] for c in BAD_SETTINGS])
def test_bad_settings_are_reported_on_their_line(tmp_path, name, old, new, line_marker, message):
    text = replace_line(SETTINGS_YML, old, new)
    loaded = corpus.load(make_project(tmp_path, {SPM_PATH: VALID_SPM, SOP_PATH: VALID_SOP}, pemda_yml=text))
    (error,) = loaded.errors
    assert error.path == "standards/pemda.yml"
    assert message in error.message
    assert error.line == line_of(text, line_marker)


# -- trend ---------------------------------------------------------------------------------------
def test_trend_up_down_flat():
    up = capaian.tren([year(2024, 100, 70), year(2025, 100, 77)])
    assert (up.arah, up.selisih, up.simbol, formatting.tren(up)) == ("naik", 7.0, "▲", "Naik 7 poin dari 2024")
    down = capaian.tren([year(2024, 1450, 1118), year(2025, 1480, 1003)])
    assert down.arah == "turun" and down.simbol == "▼"
    assert formatting.tren(down) == f"Turun {formatting.teks_angka(abs(down.selisih))} poin dari 2024"
    flat = capaian.tren([year(2024, 200, 150), year(2025, 400, 300)])
    assert (flat.arah, flat.simbol, formatting.tren(flat)) == ("tetap", "▬", "Tetap dibanding 2024")


def test_trend_compares_the_numbers_as_shown():
    # 74,14 % and 77,46 % are shown as 74,1 % and 77,5 %: the words say 3,4 points, like the page.
    trend = capaian.tren([year(2024, 10000, 7414), year(2025, 10000, 7746)])
    assert trend.selisih == 3.4
    # 50,04 % and 49,96 % both show as 50 %: flat, not "down 0,1".
    assert capaian.tren([year(2024, 10000, 5004), year(2025, 10000, 4996)]).arah == "tetap"


def test_trend_with_a_missing_year_names_the_year_compared():
    rows = [year(2022, 100, 40), year(2024, 100, 60)]
    trend = capaian.tren(rows)
    assert (trend.tahun, trend.tahun_banding) == (2024, 2022)
    assert formatting.tren(trend) == "Naik 20 poin dari 2022"
    assert capaian.tahun_kosong(rows) == [2023]
    assert capaian.tahun_kosong([]) == []


def test_no_trend_without_two_comparable_years():
    assert capaian.tren([]) is None
    assert capaian.tren([year(2025)]) is None
    assert capaian.tren([year(2024, 0, 0), year(2025, 100, 50)]) is None
    assert capaian.tren([year(2024, 100, 50), year(2025, 0, 0)]) is None


# -- coverage against the catalogue -------------------------------------------------------------
def _corpus(tmp_path, files: dict, pemda_yml: str = PEMDA_YML):
    loaded = corpus.load(make_project(tmp_path, {SOP_PATH: VALID_SOP, **files}, pemda_yml=pemda_yml))
    assert not loaded.has_errors, loaded.errors
    return loaded


def test_catalogue_has_6_bidang_and_29_services():
    assert len(CATALOGUE.bidang) == 6
    assert len(CATALOGUE.layanan) == 29


# -- technical regulations per service and per year ---------------------------------------------
@pytest.mark.parametrize("kode,tahun,singkat", [
    ("kes-hipertensi", 2021, "Permenkes 4/2019"), ("kes-hipertensi", 2023, "Permenkes 4/2019"),
    ("kes-hipertensi", 2024, "Permenkes 6/2024"), ("kes-balita", 2030, "Permenkes 6/2024"),
    ("pdk-dasar", 2021, "Permendikbud 32/2018"), ("pdk-dasar", 2022, "Permendikbudristek 32/2022"),
    ("tr-trantibum", 2024, "Permendagri 121/2018"), ("tr-evakuasi-korban-kebakaran", 2024, "Permendagri 114/2018"),
    ("tr-informasi-rawan-bencana", 2024, "Permendagri 101/2018"),
    ("tr-pencegahan-kesiapsiagaan-bencana", 2020, "Permendagri 101/2018"),
    ("tr-evakuasi-korban-bencana", 2025, "Permendagri 101/2018"),
    ("pu-air-minum", 2019, "Permen PUPR 29/PRT/M/2018"), ("sos-anak", 2025, "Permensos 9/2018"),
])
def test_the_regulation_in_force_in_the_year_of_the_figure(kode, tahun, singkat):
    assert CATALOGUE.layanan[kode].standar_teknis_pada(tahun).singkat == singkat


def test_every_service_has_one_full_titled_regulation_for_every_year_since_2019():
    for layanan in CATALOGUE.layanan.values():
        for tahun in range(2019, 2031):
            regulasi = layanan.standar_teknis_pada(tahun)
            assert regulasi is not None, (layanan.kode, tahun)
            assert regulasi.judul.startswith("Peraturan Menteri ") and " tentang " in regulasi.judul
            assert sum(p.mencakup(tahun) for p in layanan.standar_teknis) == 1, (layanan.kode, tahun)
        assert layanan.standar_teknis_pada(2018) is None  # before SPM applied: none, never a guess
    text = catalogue.CATALOGUE_FILE.read_text(encoding="utf-8")
    values = [r.judul for r in CATALOGUE.regulasi.values()] + [r.singkat for r in CATALOGUE.regulasi.values()]
    assert not any("verif" in v.lower() for v in values)
    assert "(verify)" not in text


def test_trantibumlinmas_services_each_have_their_own_sub_area():
    titles = {kode: CATALOGUE.layanan[kode].standar_teknis_pada(2025).judul
              for kode in CATALOGUE.layanan if kode.startswith("tr-")}
    assert "Ketenteraman dan Ketertiban Umum" in titles["tr-trantibum"]
    assert "Kebakaran" in titles["tr-evakuasi-korban-kebakaran"]
    assert all("Bencana" in titles[k] for k in ("tr-informasi-rawan-bencana",
                                                "tr-pencegahan-kesiapsiagaan-bencana", "tr-evakuasi-korban-bencana"))


# -- pendidikan: Rapor Pendidikan since 2022 -------------------------------------------------------
RAPOR_ROWS = [{"nama": "APS 7-12", "nilai": 96.4, "satuan": "persen", "target": 100},
              {"nama": "Literasi", "nilai": 41.7, "satuan": "persen", "target": 100},
              {"nama": "Skor", "nilai": 80.0, "satuan": "skor", "target": 70},
              {"nama": "Tanpa target", "nilai": 12.0, "satuan": "persen"}]


def test_pendidikan_index_from_its_rapor_pendidikan_indicators_since_2022():
    row = year(2024, 100, 90, 8, 6, layanan="pdk-dasar", indikator=RAPOR_ROWS)
    assert row.cara == "rapor-pendidikan"
    assert row.indeks == pytest.approx((96.4 + 41.7 + 100.0) / 3)  # capped at the target; no target: left out
    assert [i.capaian for i in row.indikator] == [pytest.approx(96.4), pytest.approx(41.7), 100.0, None]
    assert row.kategori == "Tuntas Pratama"
    before = year(2021, 100, 90, 8, 6, layanan="pdk-dasar", indikator=RAPOR_ROWS)
    assert before.cara == "penerima-mutu" and before.indeks == pytest.approx(0.8 * 90 + 0.2 * 75)
    assert year(2024, 100, 90, 8, 6, layanan="pdk-dasar").indeks is None  # no indicators: no index
    assert year(2024, 100, 90, 8, 6, layanan="kes-balita", indikator=RAPOR_ROWS).cara == "penerima-mutu"


# -- coverage per reporting year ----------------------------------------------------------------
def _corpus(tmp_path, files: dict, pemda_yml: str = PEMDA_YML):
    loaded = corpus.load(make_project(tmp_path, {SOP_PATH: VALID_SOP, **files}, pemda_yml=pemda_yml))
    assert not loaded.has_errors, [d.format() for d in loaded.diagnostics]
    return loaded


def _cakupan(loaded, include_drafts=False):
    return coverage.cakupan(loaded.published(include_drafts), loaded.catalogue, loaded.settings)


def test_every_year_has_a_row_for_every_service(tmp_path):
    data = _cakupan(_corpus(tmp_path, {SPM_PATH: VALID_SPM}))
    assert data.tahun == (2024, 2025) and data.terbaru == 2025
    for tahun in data.tahun:
        summary = data.pada(tahun)
        assert [r.layanan.kode for r in summary.baris] == list(CATALOGUE.layanan)
        assert (summary.jumlah, summary.dilaporkan) == (29, 1)
        assert summary.kalimat == f"1 dari 29 layanan dilaporkan untuk tahun {tahun}"
        assert [(g.dilaporkan, g.jumlah) for g in summary.bidang] == [(0, 3), (1, 12), (0, 2), (0, 2), (0, 5), (0, 5)]
    (row,) = [r for r in data.pada(2025).baris if r.data.dilaporkan]
    assert (row.layanan.kode, row.opd) == ("kes-ibu-hamil", ("dinkes",))
    assert row.data.persen_penerima == pytest.approx(100 * 1302 / 1480)
    assert row.tren.arah == "naik" and row.tren.tahun_banding == 2024
    assert row.data.standar_teknis.singkat == "Permenkes 6/2024"
    others = [r for r in data.pada(2025).baris if not r.data.dilaporkan]
    assert all(r.data.persen_penerima is None and r.data.indeks is None and r.tren is None for r in others)
    assert data.pada(2025).bidang[1].indeks is None  # 11 services of kesehatan have no index


def _spm(layanan, rows, opd_nomor=None):
    text = VALID_SPM.replace("layanan: kes-ibu-hamil", f"layanan: {layanan}")
    text = text.replace('nomor: "440/SPM-DINKES/001/2025"\n', f'nomor: "{opd_nomor}"\n' if opd_nomor else "")
    text = text.replace('sop_terkait: ["474.1/SOP-DUKCAPIL/001/2025"]\n', "")
    start, end = text.index("capaian:\n"), text.index("---\n\n## Pernyataan")
    return text[:start] + "capaian:\n" + "".join(f"  - {r}\n" for r in rows) + text[end:]


def test_a_bidang_index_only_when_every_service_has_one(tmp_path):
    files = {"standards/dinkes/spm/air-minum.md": _spm("pu-air-minum", [
                 "{tahun: 2025, sasaran: 100, terlayani: 90, mutu_sasaran: 10, mutu_terpenuhi: 10}"]),
             "standards/dinkes/spm/air-limbah.md": _spm("pu-air-limbah", [
                 "{tahun: 2024, sasaran: 100, terlayani: 50, mutu_sasaran: 10, mutu_terpenuhi: 5}",
                 "{tahun: 2025, sasaran: 100, terlayani: 60, mutu_sasaran: 10, mutu_terpenuhi: 5}"])}
    data = _cakupan(_corpus(tmp_path, files))
    pu = data.pada(2025).bidang[2]
    assert pu.bidang.kode == "pekerjaan-umum"
    assert pu.indeks == pytest.approx(((0.8 * 90 + 20) + (0.8 * 60 + 0.2 * 50)) / 2)
    assert pu.kategori == "Tuntas Pratama" and pu.berindeks == 2
    assert data.pada(2024).bidang[2].indeks is None and data.pada(2024).bidang[2].berindeks == 1
    assert data.pada(2025).indeks is None and data.pada(2025).berindeks == 1  # one bidang of six


def test_two_opds_sum_their_counts_or_say_why_not(tmp_path):
    files = {SPM_PATH: VALID_SPM,
             "standards/distrik-konda/spm/ibu-hamil.md": _spm("kes-ibu-hamil", [
                 "{tahun: 2024, sasaran: 50, terlayani: 40, mutu_sasaran: 10, mutu_terpenuhi: 10}",
                 "{tahun: 2025, persen: 75.5, sumber: {dokumen: Profil Distrik Konda 2025}}"])}
    row = _cakupan(_corpus(tmp_path, files)).layanan("kes-ibu-hamil")
    both = row.pada(2024)
    assert both.gabungan and both.opd == ("dinkes", "distrik-konda")
    assert (both.sasaran, both.terlayani) == (1500, 1250)
    assert both.persen_penerima == pytest.approx(100 * 1250 / 1500)
    assert both.persen_mutu is None and both.indeks is None  # dinkes gave no quality figures in 2024
    mixed = row.pada(2025)
    assert mixed.persen_penerima is None and mixed.sasaran is None and mixed.indeks is None
    assert [r.opd for r in mixed.tanpa_angka] == ["distrik-konda"]
    assert row.penanggung_jawab == ("dinkes", "distrik-konda")


def test_revoked_reports_keep_their_page_but_not_their_figures(tmp_path):
    revoked = replace_line(VALID_SPM, "status: berlaku", "status: dicabut")
    data = _cakupan(_corpus(tmp_path, {SPM_PATH: revoked}))
    assert data.tahun == () and data.terbaru is None
    assert data.pada(None).dilaporkan == 0 and len(data.layanan("kes-ibu-hamil").standar) == 1
    draft = replace_line(VALID_SPM, "status: berlaku", "status: draf")
    loaded = _corpus(tmp_path / "draf", {SPM_PATH: draft})
    assert _cakupan(loaded).tahun == () and _cakupan(loaded, include_drafts=True).tahun == (2024, 2025)


def test_responsible_opd_from_settings(tmp_path):
    loaded = _corpus(tmp_path, {SPM_PATH: VALID_SPM}, SETTINGS_YML)
    rows = {r.layanan.kode: r for r in _cakupan(loaded).baris}
    assert rows["kes-ibu-hamil"].penanggung_jawab == ("dinkes",)            # the OPD that reports it
    assert rows["kes-ibu-bersalin"].penanggung_jawab == ("distrik-konda",)  # named for the service
    assert rows["kes-balita"].penanggung_jawab == ("dinkes",)               # named for the bidang
    assert rows["pdk-paud"].penanggung_jawab == ()                          # nobody named


# -- reports as published ------------------------------------------------------------------------
PERSEN_ONLY = _spm("kes-usia-produktif", [
    '{tahun: 2023, persen: 38.75, sumber: {dokumen: Portal Satu Data, alamat: "https://data.contoh.go.id/spm"}}',
    "{tahun: 2024, persen: 46.08, sumber: {dokumen: Profil Kesehatan 2024, halaman: Tabel 12}}"])


def test_a_percentage_only_report_is_its_figure(tmp_path):
    text = PERSEN_ONLY.replace("disahkan_oleh: {jabatan: Kepala Dinas Kesehatan, nama: Contoh Nama, "
                               'nip: "197805122005022003"}\n', "")
    text = text.replace("dasar_hukum: [Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal]\n", "")
    assert "disahkan_oleh" not in text and "dasar_hukum" not in text  # both optional for an SPM report
    row = _cakupan(_corpus(tmp_path, {SPM_PATH: text})).layanan("kes-usia-produktif")
    assert [(t.tahun, t.persen_penerima, t.sasaran) for t in row.riwayat] == [(2023, 38.75, None), (2024, 46.08, None)]
    assert row.tren_pada(2024).selisih == pytest.approx(7.3)
    assert [s["dokumen"] for _, s in row.pada(2024).sumber] == ["Profil Kesehatan 2024"]


YEAR_RULES = [
    ("persen beside counts", "{tahun: 2024, sasaran: 10, terlayani: 5, persen: 50}", "persen",
     "kolom 'capaian ke-1 › persen': persen tidak diisi bila sasaran dan terlayani ada"),
    ("no figure", "{tahun: 2024}", "tahun: 2024",
     "kolom 'capaian ke-1': isi sasaran dan terlayani, atau persen bila laporannya hanya memuat persentase"),
    ("percentage without source", "{tahun: 2024, persen: 50}", "persen",
     "persentase tanpa angka harus disertai sumber"),
    ("source without document or address", "{tahun: 2024, persen: 50, sumber: {halaman: Tabel 2}}", "sumber",
     "kolom 'capaian ke-1 › sumber': sebutkan dokumen atau alamat web sumber angka"),
    ("thousands separator", "{tahun: 2024, sasaran: 640.959, terlayani: 5}", "sasaran",
     "kolom 'capaian ke-1 › sasaran': '640.959' bukan bilangan bulat; tulis tanpa pemisah ribuan: 640959"),
    ("three decimals", "{tahun: 2024, persen: 82.345, sumber: {dokumen: D}}", "persen",
     "82.345: paling banyak 2 angka di belakang titik desimal"),
    ("above 100", "{tahun: 2024, persen: 100.5, sumber: {dokumen: D}}", "persen", "100.5 di luar rentang 0 s.d. 100"),
    ("half a breakdown row", "{tahun: 2024, sasaran: 10, terlayani: 5, rincian: [{menurut: Distrik, baris: "
     "[{nama: Konda, sasaran: 10}]}]}", "rincian",
     "kolom 'capaian ke-1 › rincian ke-1 › baris ke-1 › terlayani': sasaran dan terlayani diisi berpasangan"),
]


@pytest.mark.parametrize("name,entry,marker,message", YEAR_RULES, ids=[c[0] for c in YEAR_RULES])
def test_a_year_as_published_is_checked_on_its_line(tmp_path, name, entry, marker, message):
    text = _spm("kes-balita", [entry])
    loaded = corpus.load(make_project(tmp_path, {SPM_PATH: text}))
    errors = [d for d in loaded.diagnostics if d.is_error]
    assert len(errors) == 1, [d.format() for d in loaded.diagnostics]
    assert message in errors[0].message
    assert errors[0].line == line_of(text, "  - {tahun: 2024")


def test_the_decimal_comma_gets_the_dot_in_the_message(tmp_path):
    text = "---\nlayanan: kes-balita\nstatus: berlaku\ntanggal_efektif: 2025-01-02\ncapaian:\n  - tahun: 2024\n" \
           "    persen: 82,5\n    sumber: {dokumen: D}\n---\n\nTeks.\n"
    loaded = corpus.load(make_project(tmp_path, {SPM_PATH: text}))
    (error,) = loaded.errors
    assert error.line == 7 and "'82,5' memakai koma desimal; tulis dengan titik: 82.5" in error.message


def test_a_breakdown_that_does_not_add_up_is_a_warning(tmp_path):
    text = _spm("kes-balita", ["{tahun: 2024, sasaran: 10, terlayani: 5, rincian: [{menurut: Jenis kelamin, "
                               "baris: [{nama: Laki-laki, sasaran: 4, terlayani: 2}, {nama: Perempuan, sasaran: 5, "
                               "terlayani: 3}]}]}"])
    loaded = corpus.load(make_project(tmp_path, {SPM_PATH: text}))
    assert not loaded.has_errors
    (warning,) = loaded.diagnostics
    assert "jumlah sasaran rincian menurut jenis kelamin (9) tidak sama dengan sasaran tahun ini (10)" in warning.message


# -- charts ----------------------------------------------------------------------------------------
def _svg(markup) -> ET.Element:
    return ET.fromstring(str(markup))  # well-formed XML, or this raises


def test_bar_against_the_target():
    svg = _svg(charts.batang(77.46, "Capaian 2025"))
    assert svg.get("role") == "img" and svg.get("data-nilai") == "77.5"
    assert svg.find(f"{SVG}title").text == "Capaian 2025: 77,5% dari target 100%"
    track, bar = svg.findall(f"{SVG}rect")
    assert float(bar.get("width")) == pytest.approx(float(track.get("width")) * 0.7746, abs=0.01)
    full = _svg(charts.batang(100.0))
    track, bar = full.findall(f"{SVG}rect")
    assert bar.get("width") == track.get("width")
    empty = _svg(charts.batang(None))
    assert len(empty.findall(f"{SVG}rect")) == 1 and empty.get("data-nilai") == ""
    assert len(_svg(charts.batang(0.0)).findall(f"{SVG}rect")) == 1


def test_coverage_cells():
    svg = _svg(charts.segmen([True, False, True, True, False], "3 dari 5", grup=[2, 3], describedby="t"))
    assert (svg.get("data-terbit"), svg.get("data-jumlah"), svg.get("aria-describedby")) == ("3", "5", "t")
    fills = [r.get("fill") for r in svg.findall(f"{SVG}rect")]
    assert fills == [charts.BAR, "#ffffff", charts.BAR, charts.BAR, "#ffffff"]


def test_yearly_chart_carries_its_numbers_and_marks_gaps():
    rows = [year(2022, 100, 40), year(2024, 0, 0), year(2025, 1480, 1214)]
    svg = _svg(charts.grafik_tahunan(rows, "g", "Capaian per tahun", "tabel"))
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "g-judul"
    assert svg.get("aria-describedby") == "g-uraian tabel"
    assert svg.find(f"{SVG}desc").text == "2022: 40%; 2023: tidak ada data; 2024: tanpa sasaran; 2025: 82%."
    columns = {r.get("data-tahun"): r.get("data-nilai") for r in svg.iter(f"{SVG}rect")}
    assert columns == {"2022": "40.0", "2025": "82.0"}
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert "tidak ada data" in texts and "tanpa sasaran" in texts and "82%" in texts
    assert [t for t in texts if t and t.isdigit() and len(t) == 4] == ["2022", "2023", "2024", "2025"]


def test_charts_are_deterministic_and_script_free():
    rows = [year(2023 + i, 100 + i, 50 + 7 * i, 8, i) for i in range(9)]
    first = charts.grafik_tahunan(rows, "g", "Judul <b>")
    assert first == charts.grafik_tahunan(rows, "g", "Judul <b>")
    assert "<script" not in first and "href" not in first and "Judul &lt;b&gt;" in first
    _svg(first)
    assert charts.grafik_tahunan([], "g", "x").count("<rect") == 0


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_chart_colours_pass_wcag_aa():
    for text in (charts.INK, charts.MUTED, charts.TARGET_INK):
        assert contrast(text, "#ffffff") >= 4.5, text
    assert contrast("#ffffff", charts.BAR) >= 4.5  # value labels inside the columns
    for graphic in (charts.BAR, charts.EDGE, charts.TARGET_INK):
        assert contrast(graphic, "#ffffff") >= 3, graphic
        assert contrast(graphic, charts.TRACK) >= 3, graphic


def test_stylesheet_colours_pass_wcag_aa():
    css = (Path(__file__).resolve().parent.parent / "docs/stylesheets/spm.css").read_text(encoding="utf-8")
    var = dict(re.findall(r"--(spm-[a-z-]+):\s*(#[0-9a-f]{6})", css))
    pairs = [("spm-hijau", "spm-hijau-muda"), ("spm-cokelat", "spm-cokelat-muda"),
             ("spm-merah", "spm-merah-muda"), ("spm-tinta-redup", "spm-hijau-muda")]
    for fg, bg in pairs:
        assert contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    for fg in ("spm-hijau", "spm-cokelat", "spm-merah", "spm-tinta-redup"):
        assert contrast(var[fg], "#ffffff") >= 4.5, fg
    assert contrast(var["spm-tinta-redup"], "#f1f3f2") >= 4.5


# -- open data ---------------------------------------------------------------------------------
def test_capaian_rows_and_files(tmp_path):
    zero = VALID_SPM.replace("  - {tahun: 2024, sasaran: 1450, terlayani: 1210}\n",
                             "  - {tahun: 2023, sasaran: 0, terlayani: 0}\n")
    loaded = _corpus(tmp_path, {SPM_PATH: zero})
    site = Site(loaded, SiteOptions(site_url="https://contoh.go.id/standar"))
    files = site.data_files
    document = json.loads(files["data/spm-capaian.json"])
    rows = document["data"]
    assert len(rows) == 2 * 29 and document["jumlah_baris"] == 58 and document["tahun"] == [2023, 2025]
    assert [(r["tahun"], r["kode_layanan"]) for r in rows] == [(y, k) for y in (2023, 2025) for k in CATALOGUE.layanan]
    reported = [r for r in rows if r["status_laporan"] == "dilaporkan"]
    first, last = reported
    assert first["capaian_penerima_persen"] is None and first["indeks"] is None and first["keterangan"] == "sasaran 0"
    assert last == {
        "pemda": "Pemerintah Kabupaten Contoh", "tahun": 2025, "kode_bidang": "kesehatan", "bidang": "Kesehatan",
        "kode_layanan": "kes-ibu-hamil", "layanan": "Pelayanan kesehatan ibu hamil", "status_laporan": "dilaporkan",
        "kode_opd": "dinkes", "opd": "Dinas Kesehatan", "jumlah_laporan": 1, "sasaran": 1480, "terlayani": 1302,
        "capaian_penerima_persen": 87.97, "mutu_sasaran": 20, "mutu_terpenuhi": 17, "capaian_mutu_persen": 85.0,
        "cara_indeks": "penerima-mutu", "indeks": 87.37, "kategori": "Tuntas Madya",
        "standar_teknis": "Permenkes 6/2024",
        "standar_teknis_judul": "Peraturan Menteri Kesehatan Nomor 6 Tahun 2024 tentang Standar Teknis Pemenuhan "
                                "Standar Pelayanan Minimal Kesehatan",
        "sumber": None, "keterangan": None, "url": "https://contoh.go.id/standar/spm/kes-ibu-hamil/"}
    unreported = next(r for r in rows if r["kode_layanan"] == "pdk-paud")
    assert unreported["status_laporan"] == "belum_dilaporkan" and unreported["url"] is None
    assert (unreported["tahun"], unreported["standar_teknis"], unreported["cara_indeks"]) == (
        2023, "Permendikbudristek 32/2022", "rapor-pendidikan")
    assert document["kolom"] == [f.key for f in spm_data.KOLOM.fields]
    table = list(csv.DictReader(io.StringIO(files["data/spm-capaian.csv"], newline="")))
    assert list(table[0]) == document["kolom"] and len(table) == 58
    line = next(t for t in table if t["tahun"] == "2025" and t["kode_layanan"] == "kes-ibu-hamil")
    assert (line["capaian_penerima_persen"], line["indeks"], line["sumber"]) == ("87.97", "87.37", "")
    schema = json.loads(files["data/schema/spm-capaian.schema.json"])
    jsonschema.Draft202012Validator(schema).validate(document)
    assert files == type(site)(site.corpus, site.options).data_files  # deterministic


def test_laporan_penerapan_has_a_row_per_service_and_a_column_per_year(tmp_path):
    files = {SPM_PATH: VALID_SPM, "standards/dinkes/spm/usia-produktif.md": PERSEN_ONLY}
    site = Site(_corpus(tmp_path, files), SiteOptions())
    table = list(csv.reader(io.StringIO(site.data_files["data/spm-laporan-penerapan.csv"], newline="")))
    assert table[0] == ["No", "Bidang", "Jenis pelayanan dasar", "Perangkat daerah", "Capaian 2023 (%)",
                        "Capaian 2024 (%)", "Capaian 2025 (%)", "Indeks 2025", "Kategori 2025",
                        "Standar teknis 2025", "Keterangan"]
    assert [row[2] for row in table[1:]] == [item.nama for item in CATALOGUE.layanan.values()]
    rows = {row[2]: row for row in table[1:]}
    assert rows["Pelayanan kesehatan ibu hamil"][4:10] == ["", "83,45", "87,97", "87,37", "Tuntas Madya",
                                                          "Permenkes 6/2024"]
    assert rows["Pelayanan kesehatan pada usia produktif"][4:7] == ["38,75", "46,08", ""]
    assert rows["Pendidikan Dasar"][3:8] == ["", "", "", "", ""]
