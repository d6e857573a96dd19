"""SPM computations: percentages, index, categories, trend, coverage, settings, charts, data."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from standar.model import catalogue
from standar.publish import charts
from standar.read import corpus
from standar.kinds import spm
from standar.kinds.spm import coverage
from standar.model import capaian, formatting
from standar.publish.site import Site, SiteOptions
from standar.kinds.spm.coverage import Capaian
from support import PEMDA_YML, VALID_SOP, VALID_SPM, line_of, make_project, replace_line

CATALOGUE = catalogue.load()
DEFAULT = coverage.indeks(CATALOGUE, {})
SPM_PATH = "standards/dinkes/spm/kesehatan-ibu-hamil.md"
SOP_PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
SVG = "{http://www.w3.org/2000/svg}"


def year(tahun=2025, sasaran=100, terlayani=80, mutu_sasaran=None, mutu_terpenuhi=None,
         pengaturan=DEFAULT) -> coverage.Tahunan:
    return coverage.tahunan(Capaian(tahun, sasaran, terlayani, mutu_sasaran, mutu_terpenuhi), pengaturan)


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
    assert row.kategori == "Tuntas Utama"


def test_index_is_cut_not_rounded_so_it_agrees_with_its_category():
    assert capaian.bulat_indeks(79.96) == 79.9
    assert capaian.bulat_indeks(79.999, 2) == 79.99
    assert capaian.bulat_indeks(0.8 * 100 + 0.2 * 100) == 100.0
    assert capaian.bulat_indeks(82.0000000001) == 82.0
    assert DEFAULT.kategori_untuk(79.96) == "Tuntas Madya"
    assert formatting.indeks(79.96) == "79,9"


# -- configuration -----------------------------------------------------------------------------
def test_default_weights_come_from_the_catalogue():
    assert (DEFAULT.bobot_penerima, DEFAULT.bobot_mutu) == (CATALOGUE.weight_recipients,
                                                            CATALOGUE.weight_quality) == (0.8, 0.2)
    assert [k.label for k in DEFAULT.kategori] == [label for _, label in capaian.KATEGORI_BAWAAN]
    assert formatting.rumus(DEFAULT) == "0,8 × capaian penerima + 0,2 × capaian mutu"


def test_one_weight_implies_the_other():
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"bobot_penerima": 0.7}})
    assert (config.bobot_penerima, config.bobot_mutu) == (0.7, pytest.approx(0.3))
    config = coverage.indeks(CATALOGUE, {"indeks_spm": {"bobot_mutu": 0.25}})
    assert config.bobot_penerima == pytest.approx(0.75)


@pytest.mark.parametrize("value,label", [
    (100.0, "Tuntas Paripurna"), (99.99, "Tuntas Utama"), (80.0, "Tuntas Utama"),
    (79.99, "Tuntas Madya"), (60.0, "Tuntas Madya"), (59.9, "Tuntas Muda"), (40.0, "Tuntas Muda"),
    (39.9, "Tuntas Pratama"), (20.0, "Tuntas Pratama"), (19.99, "Belum Tuntas"), (0.0, "Belum Tuntas"),
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


def test_coverage_counts_standards_against_the_catalogue(tmp_path):
    loaded = _corpus(tmp_path, {SPM_PATH: VALID_SPM})
    data = coverage.cakupan(loaded.published(), loaded.catalogue, loaded.settings)
    assert (data.jumlah, data.ada_standar) == (29, 1)
    assert data.kalimat == "1 dari 29 layanan sudah memiliki standar yang terbit"
    assert [g.bidang.kode for g in data.bidang] == [b.kode for b in CATALOGUE.bidang]
    assert [(g.ada_standar, g.jumlah) for g in data.bidang] == [(0, 3), (1, 12), (0, 2), (0, 2), (0, 5), (0, 5)]
    assert [r.layanan.kode for r in data.baris] == list(CATALOGUE.layanan)
    (row,) = [r for r in data.baris if r.standar is not None]
    assert (row.layanan.kode, row.opd, row.ada_standar) == ("kes-ibu-hamil", "dinkes", True)
    assert [r.tahun for r in row.tahunan] == [2024, 2025]
    assert row.terakhir.persen_penerima == pytest.approx(100 * 1302 / 1480)
    assert row.tren.arah == "naik"
    kesehatan = data.bidang[1]
    assert kesehatan.rata_rata == pytest.approx(100 * 1302 / 1480) and kesehatan.dilaporkan == 1
    assert data.bidang[0].rata_rata is None and data.bidang[0].dilaporkan == 0
    others = [r for r in data.baris if r.standar is None]
    assert all(r.opd is None and r.tahunan == () and r.terakhir is None and r.tren is None for r in others)


def test_drafts_and_revoked_standards_are_not_coverage(tmp_path):
    draft = replace_line(VALID_SPM, "status: berlaku", "status: draf")
    loaded = _corpus(tmp_path, {SPM_PATH: draft})
    data = coverage.cakupan(loaded.published(include_drafts=True), loaded.catalogue, loaded.settings)
    (row,) = [r for r in data.baris if r.standar is not None]
    assert row.standar.status == "draf" and not row.ada_standar and data.ada_standar == 0
    revoked = replace_line(VALID_SPM, "status: berlaku", "status: dicabut")
    loaded = _corpus(tmp_path / "dicabut", {SPM_PATH: revoked})
    data = coverage.cakupan(loaded.published(), loaded.catalogue, loaded.settings)
    assert data.ada_standar == 0 and sum(r.standar is not None for r in data.baris) == 1


def test_responsible_opd_from_settings(tmp_path):
    loaded = _corpus(tmp_path, {SPM_PATH: VALID_SPM}, SETTINGS_YML)
    rows = {r.layanan.kode: r for r in coverage.cakupan(loaded.published(), loaded.catalogue, loaded.settings).baris}
    assert rows["kes-ibu-hamil"].opd == "dinkes"              # the OPD that issued the standard
    assert rows["kes-ibu-bersalin"].opd == "distrik-konda"    # named for the service
    assert rows["kes-balita"].opd == "dinkes"                 # named for the bidang
    assert rows["pdk-paud"].opd is None                       # nobody named


def test_average_ignores_services_without_a_percentage(tmp_path):
    other = replace_line(VALID_SPM, "layanan: kes-ibu-hamil", "layanan: kes-balita")
    other = other.replace('nomor: "440/SPM-DINKES/001/2025"\n', "")
    other = other.replace("  - {tahun: 2025, sasaran: 1480, terlayani: 1302, mutu_sasaran: 20, mutu_terpenuhi: 17}\n",
                          "  - {tahun: 2025, sasaran: 0, terlayani: 0}\n")
    loaded = _corpus(tmp_path, {SPM_PATH: VALID_SPM, "standards/dinkes/spm/balita.md": other})
    data = coverage.cakupan(loaded.published(), loaded.catalogue, loaded.settings)
    kesehatan = data.bidang[1]
    assert (kesehatan.ada_standar, kesehatan.dilaporkan) == (2, 1)
    assert kesehatan.rata_rata == pytest.approx(100 * 1302 / 1480)


def test_technical_regulation_added_once(tmp_path):
    short = "Permenkes Nomor 6 Tahun 2024 tentang Standar Teknis Pemenuhan Standar Pelayanan Minimal Kesehatan"
    loaded = _corpus(tmp_path, {SPM_PATH: VALID_SPM})
    (std,) = [s for s in loaded.standards if s.kind == "spm"]
    assert spm.dasar_hukum(std)[-1] == short  # from the catalogue
    long = "Peraturan Menteri Kesehatan Nomor 6 Tahun 2024 tentang Standar Teknis Pemenuhan SPM Kesehatan"
    std.meta["dasar_hukum"] = [std.meta["dasar_hukum"][0], long]
    assert spm.dasar_hukum(std) == [std.meta["dasar_hukum"][0], long]  # already named in full
    std.meta["dasar_hukum"] = ["Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang SPM Kesehatan"]
    assert len(spm.dasar_hukum(std)) == 2  # another number is another regulation


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
    rows = spm.baris_data(site.view)
    assert [r["tahun"] for r in rows] == [2023, 2025]
    first, last = rows
    assert first["capaian_penerima_persen"] is None and first["indeks"] is None
    assert last == {
        "pemda": "Pemerintah Kabupaten Contoh", "kode_bidang": "kesehatan", "bidang": "Kesehatan",
        "kode_layanan": "kes-ibu-hamil", "layanan": "Pelayanan kesehatan ibu hamil", "kode_opd": "dinkes",
        "opd": "Dinas Kesehatan", "status": "berlaku",
        "url": "https://contoh.go.id/standar/dinkes/spm/kesehatan-ibu-hamil/", "tahun": 2025,
        "sasaran": 1480, "terlayani": 1302, "capaian_penerima_persen": 87.97, "mutu_sasaran": 20,
        "mutu_terpenuhi": 17, "capaian_mutu_persen": 85.0, "indeks": 87.37, "kategori": "Tuntas Utama"}
    files = site.data_files
    assert {"data/spm-capaian.json", "data/spm-capaian.csv"} <= set(files)
    document = json.loads(files["data/spm-capaian.json"])
    assert document["data"] == rows and document["jumlah_baris"] == 2
    assert document["kolom"] == list(spm.KOLOM)
    assert document["pemda"] == "Pemerintah Kabupaten Contoh" and document["konten_contoh"] is True
    table = list(csv.DictReader(io.StringIO(files["data/spm-capaian.csv"], newline="")))
    assert list(table[0]) == list(spm.KOLOM)
    assert table[0]["capaian_penerima_persen"] == "" and table[0]["kategori"] == ""
    assert (table[1]["capaian_penerima_persen"], table[1]["indeks"]) == ("87.97", "87.37")
    assert files == type(site)(site.corpus, site.options).data_files  # deterministic
