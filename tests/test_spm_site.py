"""The built sample site: the SPM dashboard of every reporting year, the service pages, the report
pages, their charts and the open data agree with the source files. Expected numbers are computed
here from the files' front-matter, read with plain PyYAML, independently of the core; numbers on
pages are compared through their ``data-*`` attributes (as shown: one decimal, a dot).
Screenshots are kept for people to look at."""

from __future__ import annotations

import csv
import html
import io
import json
import math
import posixpath
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

from browser import artifact, chromium, static_server
from support import REPO, add_site_files, mkdocs_build
from test_build import page_text

CATALOGUE = yaml.safe_load((REPO / "hooks/standar/model/data/spm-kabkota.yml").read_text(encoding="utf-8"))
SERVICES = {item["kode"]: (bidang["kode"], item["nama"]) for bidang in CATALOGUE["bidang"]
            for item in bidang["layanan"]}
SVG = "{http://www.w3.org/2000/svg}"


def front_matter(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def data_value(value: float | None) -> str:
    """A percentage as a data-nilai attribute: one decimal, never rounded up to 100."""
    if value is None:
        return ""
    rounded = round(value, 1)
    return f"{99.9 if rounded >= 100 > value else rounded:.1f}"


def index_value(value: float | None) -> str:
    """An index as a data-indeks attribute: cut to one decimal."""
    return "" if value is None else f"{math.floor(round(value * 10, 6)) / 10:.1f}"


def percentage(entry: dict) -> float | None:
    if entry.get("sasaran") is not None:
        return 100 * entry["terlayani"] / entry["sasaran"] if entry["sasaran"] else None
    return entry.get("persen")


def combined(entries: list) -> float | None:
    """A service's year from its reports: one report as it is; several summed when all give counts."""
    if len(entries) == 1:
        return percentage(entries[0])
    if all(e.get("sasaran") is not None for e in entries):
        total = sum(e["sasaran"] for e in entries)
        return 100 * sum(e["terlayani"] for e in entries) / total if total else None
    return None


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("spm-sample")
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    files = []
    for path in sorted((project / "standards").glob("*/spm/*.md")):
        meta = front_matter(path)
        if meta["status"] != "draf":
            opd = path.parent.parent.name
            files.append({"meta": meta, "opd": opd, "url": f"{opd}/spm/{path.stem}/", "path": path})
    return project / "site", files


def by_service_year(files) -> dict:
    """kode -> year -> the entries reported for it (revoked reports do not count)."""
    result: dict = {}
    for item in files:
        if item["meta"]["status"] == "dicabut":
            continue
        for entry in item["meta"].get("capaian") or ():
            result.setdefault(item["meta"]["layanan"], {}).setdefault(entry["tahun"], []).append(
                {**entry, "opd": item["opd"]})
    return result


def years_of(files) -> list:
    return sorted({y for years in by_service_year(files).values() for y in years})


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def row_of(page: str, kode: str) -> str:
    match = re.search(rf'<tr data-layanan="{re.escape(kode)}".*?</tr>', page, re.S)
    assert match, kode
    return match.group(0)


def year_row(page: str, tahun: int) -> str:
    match = re.search(rf'<tr data-tahun="{tahun}">.*?</tr>', page, re.S)
    assert match, tahun
    return match.group(0)


def cell(row: str, kolom: str) -> str:
    return re.search(rf'<td [^>]*data-kolom="{kolom}"[^>]*>(.*?)</td>', row, re.S).group(0)


def attr(fragment: str, name: str) -> str:
    return re.search(rf'{name}="([^"]*)"', fragment).group(1)


def svgs(fragment: str, css: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(rf'<svg [^>]*class="{css}".*?</svg>', fragment, re.S)]


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<title>.*?</title>|<[^>]+>", " ", fragment)).split())


def open_data(site: Path) -> dict:
    return json.loads((site / "data" / "spm-capaian.json").read_text(encoding="utf-8"))


# -- the sample ---------------------------------------------------------------------------------
def test_the_sample_reports_exercise_every_case(built):
    _, files = built
    services = by_service_year(files)
    assert {SERVICES[f["meta"]["layanan"]][0] for f in files} == {b["kode"] for b in CATALOGUE["bidang"]}
    assert sum(len(years) >= 3 for years in services.values()) >= 5              # several years
    assert 2021 in years_of(files)                                               # a 2021 figure
    percent_only = [f for f in files if f["meta"].get("capaian")
                    and all("persen" in e and "sasaran" not in e for e in f["meta"]["capaian"])]
    assert percent_only and all(e.get("sumber") for f in percent_only for e in f["meta"]["capaian"])
    assert any(e.get("rincian") for f in files for e in f["meta"].get("capaian") or ())  # a breakdown
    assert any(e.get("indikator") for f in files for e in f["meta"].get("capaian") or ())  # Rapor Pendidikan
    two = [k for k in services if len({f["opd"] for f in files if f["meta"]["layanan"] == k}) > 1]
    assert two == ["kes-hipertensi"]                                             # two OPDs, one service
    assert any("disahkan_oleh" not in f["meta"] and "dasar_hukum" not in f["meta"] for f in files)


# -- the dashboard, per year ---------------------------------------------------------------------
def test_the_dashboard_shows_the_latest_year_with_any_figure(built):
    site, files = built
    page = read(site, "spm")
    latest = years_of(files)[-1]
    assert attr(page.split('class="spm-ringkasan"')[1], "data-tahun") == str(latest)
    assert f'<span class="spm-tahun-aktif" aria-current="true">{latest}</span>' in page
    assert set(re.findall(r'<tr data-layanan="[a-z0-9-]+" data-tahun="(\d+)"', page)) == {str(latest)}
    assert "<title>Daftar SPM dan Capaian - " in page
    assert 'href="../data/spm-capaian.csv"' in page and 'href="../data/spm-laporan-penerapan.csv"' in page


def test_a_page_per_year_with_a_row_for_every_service(built):
    site, files = built
    years = years_of(files)
    assert open_data(site)["tahun"] == years
    for tahun in years:
        page = read(site, f"spm/{tahun}")
        assert f"<title>Capaian SPM Tahun {tahun} - " in page
        listed = re.findall(rf'<tr data-layanan="([a-z0-9-]+)" data-tahun="{tahun}"', page)
        assert listed == list(SERVICES)
        for bidang in CATALOGUE["bidang"]:
            assert f'<h2 id="{bidang["kode"]}">' in page
        assert "Belum ada standar" not in page


def test_the_year_picker_is_plain_links_to_every_year(built):
    site, files = built
    years = years_of(files)
    for tahun in years:
        page = read(site, f"spm/{tahun}")
        picker = re.search(r'<nav class="spm-pilih-tahun".*?</nav>', page, re.S).group(0)
        assert "<script" not in picker and "onclick" not in picker
        assert re.findall(r"<li>.*?(\d{4})", picker) == [str(y) for y in reversed(years)]
        links = dict((y, href) for href, y in re.findall(r'<a href="([^"]+)" data-tahun="(\d+)">', picker))
        assert set(links) == {str(y) for y in years if y != tahun}
        for href in links.values():
            target = posixpath.normpath(posixpath.join(f"spm/{tahun}/", href))
            assert (site / target / "index.html").exists(), href


def test_year_pages_agree_with_the_open_data_and_the_files(built):
    site, files = built
    expected = by_service_year(files)
    rows = open_data(site)["data"]
    assert len(rows) == 29 * len(years_of(files))
    for row in rows:
        page = read(site, f"spm/{row['tahun']}")
        html_row = row_of(page.split(f'id="{row["kode_bidang"]}"')[1], row["kode_layanan"])
        entries = expected.get(row["kode_layanan"], {}).get(row["tahun"])
        if not entries:
            assert row["status_laporan"] == "belum_dilaporkan" and row["capaian_penerima_persen"] is None
            assert "Belum dilaporkan" in html_row and "spm-nilai" not in html_row
            continue
        assert row["status_laporan"] == "dilaporkan" and row["jumlah_laporan"] == len(entries)
        assert row["kode_opd"] == "; ".join(dict.fromkeys(e["opd"] for e in entries))
        value = combined(entries)
        if value is None:
            assert row["capaian_penerima_persen"] is None
        else:
            assert row["capaian_penerima_persen"] == pytest.approx(value, abs=0.005)
            assert attr(html_row.split('class="spm-nilai"')[1], "data-nilai") == data_value(value)
        if row["indeks"] is None:
            assert 'data-indeks="' not in html_row
        else:
            assert attr(html_row, "data-indeks") == index_value(row["indeks"])
            assert row["kategori"] in text_of(html_row)


def test_bidang_and_pemda_index_only_when_complete(built):
    site, files = built
    document = open_data(site)
    for tahun in document["tahun"]:
        page = read(site, f"spm/{tahun}")
        rows = [r for r in document["data"] if r["tahun"] == tahun]
        indices = {}
        for bidang in CATALOGUE["bidang"]:
            own = [r["indeks"] for r in rows if r["kode_bidang"] == bidang["kode"]]
            html_row = re.search(rf'<tr data-bidang="{bidang["kode"]}">.*?</tr>', page, re.S).group(0)
            if all(v is not None for v in own):
                indices[bidang["kode"]] = sum(own) / len(own)
                assert attr(html_row, "data-indeks") == index_value(indices[bidang["kode"]])
            else:
                assert "data-indeks" not in html_row
                assert f"{sum(v is not None for v in own)} dari {len(own)} layanan berindeks" in text_of(html_row)
        summary = page.split('id="spm-indeks-pemda"')[1].split("</p>")[0]
        if len(indices) == 6:
            assert attr(summary, "data-indeks") == index_value(sum(indices.values()) / 6)
        else:
            assert f"{len(indices)} dari 6 bidang memiliki indeks" in text_of(summary)
    pu = read(site, f"spm/{document['tahun'][-1]}")
    assert 'data-bidang="pekerjaan-umum"' in pu and "data-indeks" in re.search(
        r'<tr data-bidang="pekerjaan-umum">.*?</tr>', pu, re.S).group(0)  # the sample has complete bidang


def test_rows_link_services_and_name_who_answers(built):
    site, files = built
    settings = yaml.safe_load((REPO / "standards/pemda.yml").read_text(encoding="utf-8"))["pengaturan"]
    mapping = settings["spm_penanggung_jawab"]
    latest = years_of(files)[-1]
    page = read(site, "spm")
    reported = by_service_year(files)
    for kode, (bidang, _) in SERVICES.items():
        row = row_of(page, kode)
        own = [f["opd"] for f in files if f["meta"]["layanan"] == kode]
        this_year = [e["opd"] for e in reported.get(kode, {}).get(latest, [])]
        opds = list(dict.fromkeys(this_year or own or [mapping.get(kode) or mapping[bidang]]))
        linked = re.findall(r'<td data-label="Perangkat daerah">(.*?)</td>', row, re.S)[0]
        assert re.findall(r'href="\.\./([a-z0-9-]+)/"', linked) == opds, kode
        if own:
            assert f'<a href="{kode}/">' in row and (site / "spm" / kode / "index.html").exists()
        else:
            assert f'href="{kode}/"' not in row


# -- the service page and the report pages --------------------------------------------------------
def test_a_service_page_shows_every_year_of_every_report(built):
    site, files = built
    for kode, years in by_service_year(files).items():
        page = read(site, f"spm/{kode}")
        (chart,) = svgs(page, "spm-grafik")
        columns = {r.get("data-tahun"): r.get("data-nilai") for r in chart.iter(f"{SVG}rect") if r.get("data-tahun")}
        for tahun in range(min(years), max(years) + 1):
            if tahun not in years:
                assert "Tidak ada data" in re.search(rf'<tr class="spm-tahun-kosong" data-tahun="{tahun}">.*?</tr>',
                                                     page, re.S).group(0)
                continue
            value = combined(years[tahun])
            assert attr(cell(year_row(page, tahun), "capaian-penerima"), "data-nilai") == data_value(value)
            assert columns.get(str(tahun), "") == data_value(value)
        for item in files:
            if item["meta"]["layanan"] == kode:
                assert f'href="../../{item["url"]}"' in page


def test_a_percentage_only_report_shows_its_figures_chart_and_source(built):
    site, files = built
    (item,) = [f for f in files if f["meta"]["layanan"] == "kes-usia-produktif"]
    page = read(site, item["url"])
    (chart,) = svgs(page, "spm-grafik")
    columns = {r.get("data-tahun"): r.get("data-nilai") for r in chart.iter(f"{SVG}rect") if r.get("data-tahun")}
    assert columns == {str(e["tahun"]): data_value(e["persen"]) for e in item["meta"]["capaian"]}
    for entry in item["meta"]["capaian"]:
        row = year_row(page, entry["tahun"])
        assert attr(cell(row, "capaian-penerima"), "data-nilai") == data_value(entry["persen"])
        assert "(dari sumber)" in row
        assert f'href="{entry["sumber"]["alamat"]}" rel="external"' in page
    text = page_text(site / item["url"] / "index.html")
    assert "Belum ada data capaian" not in text
    assert re.search(r"Disahkan oleh\s*-", text) and re.search(r"Dasar hukum\s*-", text)


def test_a_2021_figure_shows_the_regulation_in_force_in_2021(built):
    site, _ = built
    for kode, old, new in (("kes-hipertensi", "Permenkes 4/2019", "Permenkes 6/2024"),
                           ("pdk-dasar", "Permendikbud 32/2018", "Permendikbudristek 32/2022")):
        page = read(site, f"spm/{kode}")
        assert text_of(cell(year_row(page, 2021), "standar-teknis")) == old
        assert text_of(cell(year_row(page, 2025), "standar-teknis")) == new
    page = read(site, "spm/kes-hipertensi")
    (item,) = re.findall(r"<li><strong>Permenkes 4/2019</strong>.*?</li>", page)
    assert text_of(item).endswith("Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan "
                                  "Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan (capaian "
                                  "2021–2023)")
    rows = [r for r in open_data(site)["data"] if r["kode_layanan"] == "kes-hipertensi"]
    assert {r["tahun"]: r["standar_teknis"] for r in rows if r["tahun"] in (2021, 2024)} == {
        2021: "Permenkes 4/2019", 2024: "Permenkes 6/2024"}


def test_trantibumlinmas_pages_name_only_their_sub_area(built):
    site, files = built
    numbers = {"tr-trantibum": "121", "tr-evakuasi-korban-kebakaran": "114", "tr-informasi-rawan-bencana": "101"}
    for item in files:
        kode = item["meta"]["layanan"]
        if kode not in numbers:
            continue
        text = page_text(site / item["url"] / "index.html")
        identity = text.split("Standar teknis", 1)[1].split("Capaian", 1)[0]
        assert f"Peraturan Menteri Dalam Negeri Nomor {numbers[kode]} Tahun 2018 tentang" in identity
        assert {n for n in numbers.values() if f"Nomor {n} Tahun 2018" in identity} == {numbers[kode]}


def test_two_opds_are_summed_or_explained(built):
    site, files = built
    entries = by_service_year(files)["kes-hipertensi"]
    page = read(site, "spm/kes-hipertensi")
    both = entries[2024]
    row = year_row(page, 2024)
    total = sum(e["sasaran"] for e in both), sum(e["terlayani"] for e in both)
    assert f"{total[0]:,}".replace(",", ".") in text_of(row) and f"{total[1]:,}".replace(",", ".") in text_of(row)
    assert "tidak dapat dijumlahkan" in text_of(year_row(page, 2025))
    per_opd = re.search(r'<table [^>]*id="spm-capaian-opd">.*?</table>', page, re.S).group(0)
    assert len(re.findall(r'<tr data-tahun="\d+" data-opd=', per_opd)) == len(both) + len(entries[2025])
    dashboard = read(site, "spm/2025")
    assert "tidak dapat dijumlahkan" in text_of(row_of(dashboard, "kes-hipertensi"))


def test_breakdowns_and_indicators_are_small_tables(built):
    site, files = built
    for item in files:
        for entry in item["meta"].get("capaian") or ():
            page = read(site, item["url"])
            for group in entry.get("rincian") or ():
                caption = f"Rincian {entry['tahun']} menurut {group['menurut'].lower()}"
                table = re.search(rf"<table[^>]*>\s*<caption>{re.escape(caption)}.*?</table>", page, re.S).group(0)
                names = re.findall(r'<tr><th scope="row">([^<]+)</th>', table)
                assert names == [b["nama"] for b in group["baris"]]
            if entry.get("indikator"):
                table = re.search(rf'<table class="spm-capaian spm-indikator" data-tahun="{entry["tahun"]}">.*?</table>',
                                  page, re.S).group(0)
                assert re.findall(r'<tr><th scope="row">([^<]+)</th>', table) == [i["nama"] for i in entry["indikator"]]


def test_no_public_page_or_file_says_verify(built):
    site, _ = built
    checked = 0
    for path in site.rglob("*"):
        if path.suffix in (".html", ".json", ".csv", ".xml") and "assets" not in path.parts:
            text = path.read_text(encoding="utf-8").lower()
            for word in ("verify", "perlu diverifikasi", "(verify)", "belum ada standar"):
                assert word not in text, (path, word)
            checked += 1
    assert checked > 100


# -- open data --------------------------------------------------------------------------------------
def test_open_data_validates_and_the_laporan_has_a_column_per_year(built):
    site, files = built
    document = open_data(site)
    schema = json.loads((site / "data/schema/spm-capaian.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    table = list(csv.DictReader(io.StringIO((site / "data/spm-capaian.csv").read_text(encoding="utf-8"), newline="")))
    for row, line in zip(document["data"], table, strict=True):
        for key, value in row.items():
            assert line[key] == ("" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value))
    laporan = list(csv.reader(io.StringIO((site / "data/spm-laporan-penerapan.csv").read_text(encoding="utf-8"),
                                          newline="")))
    years = years_of(files)
    assert laporan[0][4:4 + len(years)] == [f"Capaian {y} (%)" for y in years]
    assert [r[2] for r in laporan[1:]] == [nama for _, nama in SERVICES.values()]
    by_key = {(r["kode_layanan"], r["tahun"]): r for r in document["data"]}
    for line, kode in zip(laporan[1:], SERVICES):
        for i, tahun in enumerate(years):
            value = by_key[(kode, tahun)]["capaian_penerima_persen"]
            shown = "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            assert line[4 + i] == shown, (kode, tahun)
    page = page_text(site / "data" / "index.html")
    assert "Kolom data/spm-capaian.json dan .csv" in page and "status_laporan" in page


def test_charts_need_no_script_or_external_resource(built):
    site, files = built
    pages = [read(site, "spm")] + [read(site, f["url"]) for f in files]
    for page in pages:
        for chart in re.findall(r"<svg [^>]*class=\"spm-.*?</svg>", page, re.S):
            assert "<script" not in chart and "http" not in chart.replace("http://www.w3.org/2000/svg", "")
            assert 'role="img"' in chart and "<title" in chart


# -- in a browser -----------------------------------------------------------------------------------
def test_the_year_picker_works_without_javascript(built):
    site, files = built
    years = years_of(files)
    with static_server(site) as base, chromium() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "spm/")
        assert page.locator(".spm-tahun-aktif").inner_text() == str(years[-1])
        page.click(f'.spm-pilih-tahun a[data-tahun="{years[0]}"]')
        page.wait_for_url(f"**/spm/{years[0]}/")
        assert page.locator(".spm-tahun-aktif").inner_text() == str(years[0])
        assert f"untuk tahun {years[0]}" in page.locator("#spm-cakupan").inner_text()
        assert page.locator(f'tr[data-tahun="{years[0]}"][data-layanan]').count() == 29
        context.close()


SHOTS = {"spm-dasbor": "spm/", "spm-dasbor-2021": "spm/2021/", "spm-layanan-hipertensi": "spm/kes-hipertensi/",
         "spm-persen-saja": "dinkes/spm/pelayanan-kesehatan-usia-produktif/"}


@pytest.mark.parametrize("width,height", [(1280, 900), (375, 740)], ids=["desktop", "ponsel"])
def test_screenshots(built, width, height):
    """Full-page screenshots kept in tests/artifacts/; the layout must not overflow sideways."""
    site, _ = built
    with static_server(site) as base, chromium() as browser:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for name, url in SHOTS.items():
            page.goto(base + url)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
            for chart in page.locator("svg.spm-grafik, .spm-ringkasan svg.spm-segmen").all():
                box = chart.bounding_box()
                assert box and box["width"] > 200 and box["x"] >= 0 and box["x"] + box["width"] <= width
            path = artifact(f"{name}-{width}.png")
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
        context.close()
