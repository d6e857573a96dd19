"""The built sample site: the SPM dashboard, the SPM pages, their charts and the open data agree
with the source files. Expected numbers are computed here from the files' front-matter, read
with plain PyYAML, independently of the core; screenshots are kept for people to look at."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET

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


def shown(value: float) -> str:
    """A percentage as the site shows it: one decimal, comma, ",0" dropped; never rounded up to 100."""
    rounded = round(value, 1)
    if rounded >= 100 > value:
        rounded = 99.9
    return f"{rounded:.1f}".replace(".", ",").removesuffix(",0") + "%"


def data_value(value: float) -> str:
    rounded = round(value, 1)
    return f"{99.9 if rounded >= 100 > value else rounded:.1f}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("spm-sample")
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    spms = {}
    for path in sorted((project / "standards").glob("*/spm/*.md")):
        meta = front_matter(path)
        if meta["status"] != "draf":
            opd = path.parent.parent.name
            spms[meta["layanan"]] = {"meta": meta, "opd": opd, "url": f"{opd}/spm/{path.stem}/"}
    return project / "site", spms


def dashboard(site) -> str:
    return (site / "spm" / "index.html").read_text(encoding="utf-8")


def row_of(page: str, kode: str) -> str:
    match = re.search(rf'<tr data-layanan="{re.escape(kode)}".*?</tr>', page, re.S)
    assert match, kode
    return match.group(0)


def svgs(fragment: str, css: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(rf'<svg [^>]*class="{css}".*?</svg>', fragment, re.S)]


def latest(meta: dict) -> dict:
    return max(meta["capaian"], key=lambda c: c["tahun"])


def test_sample_covers_all_six_bidang(built):
    _, spms = built
    assert len(spms) == 14
    assert {SERVICES[kode][0] for kode in spms} == {b["kode"] for b in CATALOGUE["bidang"]}


def test_dashboard_lists_all_29_services_in_6_bidang(built):
    site, _ = built
    page = dashboard(site)
    listed = re.findall(r'<tr data-layanan="([a-z0-9-]+)"', page)
    assert listed == list(SERVICES) and len(listed) == 29
    for bidang in CATALOGUE["bidang"]:
        assert f'<h2 id="{bidang["kode"]}">{html.escape(bidang["nama"])}</h2>' in page
    for kode, (_, nama) in SERVICES.items():
        assert html.escape(nama) in row_of(page, kode)


def test_services_with_a_standard_link_to_it_and_the_others_say_so(built):
    site, spms = built
    page = dashboard(site)
    for kode in SERVICES:
        row = row_of(page, kode)
        if kode in spms:
            assert f'<a href="../{spms[kode]["url"]}">' in row, kode
            assert (site / spms[kode]["url"] / "index.html").exists()
            assert "Belum ada standar" not in row and "Berlaku" in row
        else:
            assert "Belum ada standar" in row, kode
            assert "/spm/" not in row


def test_responsible_opd_for_every_service(built):
    site, spms = built
    page = dashboard(site)
    settings = yaml.safe_load((REPO / "standards/pemda.yml").read_text(encoding="utf-8"))["pengaturan"]
    mapping = settings["spm_penanggung_jawab"]
    for kode, (bidang, _) in SERVICES.items():
        opd = spms[kode]["opd"] if kode in spms else mapping.get(kode) or mapping[bidang]
        assert f'<td data-label="Perangkat daerah"><a href="../{opd}/">' in row_of(page, kode), kode


def test_latest_capaian_and_trend_agree_with_the_files(built):
    site, spms = built
    page = dashboard(site)
    for kode, std in spms.items():
        row = row_of(page, kode)
        years = sorted(std["meta"]["capaian"], key=lambda c: c["tahun"])
        last = years[-1]
        value = 100 * last["terlayani"] / last["sasaran"]
        text = page_text_of(row)
        assert f"{shown(value)} ({last['tahun']})" in text, kode
        (bar,) = svgs(row, "spm-batang")
        assert bar.get("data-nilai") == data_value(value), kode
        assert bar.find(f"{SVG}title").text == f"Capaian {last['tahun']}: {shown(value)} dari target 100%"
        before = years[-2]
        change = round(round(value, 1) - round(100 * before["terlayani"] / before["sasaran"], 1), 1)
        word = "Naik" if change > 0 else "Turun" if change < 0 else "Tetap"
        assert word in text and str(before["tahun"]) in text, kode
        assert ("▲" if change > 0 else "▼" if change < 0 else "▬") in text


def page_text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<title>.*?</title>|<[^>]+>", " ", fragment)).split())


def test_coverage_per_bidang_and_for_the_kabupaten(built):
    site, spms = built
    page = dashboard(site)
    in_force = [k for k, s in spms.items() if s["meta"]["status"] == "berlaku"]
    sentence = f"{len(in_force)} dari 29 layanan sudah memiliki standar yang terbit"
    assert sentence in page_text(site / "spm" / "index.html")
    (headline,) = svgs(page.split('id="spm-cakupan"')[1], "spm-segmen")[:1]
    assert (headline.get("data-terbit"), headline.get("data-jumlah")) == (str(len(in_force)), "29")
    assert headline.get("aria-describedby") == "spm-tabel-bidang" and 'id="spm-tabel-bidang"' in page
    assert headline.find(f"{SVG}title").text == sentence
    for bidang in CATALOGUE["bidang"]:
        row = re.search(rf'<tr data-bidang="{bidang["kode"]}">.*?</tr>', page, re.S).group(0)
        services = [item["kode"] for item in bidang["layanan"]]
        have = [k for k in services if k in in_force]
        assert f'data-terbit="{len(have)}" data-jumlah="{len(services)}"' in row
        assert f"{len(have)} dari {len(services)}" in page_text_of(row)
        values = [100 * latest(spms[k]["meta"])["terlayani"] / latest(spms[k]["meta"])["sasaran"] for k in have]
        if values:
            average = sum(values) / len(values)
            assert shown(average) in page_text_of(row), bidang["kode"]
            (bar,) = svgs(row, "spm-batang")
            assert bar.get("data-nilai") == data_value(average)


def test_dashboard_is_the_first_page_of_the_spm_tab(built):
    site, _ = built
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="spm/" class="md-tabs__link[^"]*">\s*SPM\s*</a>', home)
    page = dashboard(site)
    assert "<title>Daftar SPM dan Capaian - " in page
    assert 'href="../data/spm-capaian.csv"' in page and 'href="../data/spm-capaian.json"' in page


def test_spm_pages_show_service_mutu_capaian_and_sops(built):
    site, spms = built
    for kode, std in spms.items():
        meta = std["meta"]
        page_path = site / std["url"] / "index.html"
        page = page_path.read_text(encoding="utf-8")
        text = page_text(page_path)
        bidang = next(b for b in CATALOGUE["bidang"] if b["kode"] == SERVICES[kode][0])
        assert bidang["nama"] in text and SERVICES[kode][1] in text
        for regulation in bidang["standar_teknis"]:
            number = re.search(r"Nomor (\S+)", regulation).group(1)
            assert f"Nomor {number}" in text, (kode, regulation)
        for item in (meta.get("mutu") or {}).get("barang_jasa", []) + (meta.get("mutu") or {}).get("sdm", []):
            assert f"<li>{html.escape(item)}</li>" in page, (kode, item)
        for nomor in meta.get("sop_terkait") or ():
            link = re.search(rf'<li><a href="([^"]+)">[^<]*</a> <span class="standar-nomor">\({re.escape(html.escape(nomor))}\)',
                             page)
            assert link, (kode, nomor)
            assert (page_path.parent / link.group(1) / "index.html").resolve().exists()


def test_spm_page_table_and_chart_carry_the_file_numbers(built):
    site, spms = built
    for kode, std in spms.items():
        page = (site / std["url"] / "index.html").read_text(encoding="utf-8")
        (chart,) = svgs(page, "spm-grafik")
        assert chart.get("role") == "img" and "spm-capaian-tabel" in chart.get("aria-describedby")
        assert chart.find(f"{SVG}title").text and chart.find(f"{SVG}desc").text
        assert 'id="spm-capaian-tabel"' in page
        columns = {r.get("data-tahun"): r.get("data-nilai") for r in chart.iter(f"{SVG}rect")
                   if r.get("data-tahun")}
        for entry in std["meta"]["capaian"]:
            value = 100 * entry["terlayani"] / entry["sasaran"]
            assert columns[str(entry["tahun"])] == data_value(value), (kode, entry)
            row = re.search(rf'<tr data-tahun="{entry["tahun"]}">.*?</tr>', page, re.S).group(0)
            cells = page_text_of(row)
            assert f"{entry['sasaran']:,}".replace(",", ".") in cells
            assert f"{entry['terlayani']:,}".replace(",", ".") in cells
            assert shown(value) in cells
            if entry.get("mutu_sasaran"):
                mutu = 100 * entry["mutu_terpenuhi"] / entry["mutu_sasaran"]
                index = 0.8 * value + 0.2 * mutu
                assert shown(mutu) in cells
                cut = int(round(index * 10, 6)) / 10
                assert f"{cut:.1f}".replace(".", ",").removesuffix(",0") in cells
        assert len(columns) == len(std["meta"]["capaian"])


def test_open_data_agrees_with_the_files(built):
    site, spms = built
    document = json.loads((site / "data" / "spm-capaian.json").read_text(encoding="utf-8"))
    table = list(csv.DictReader(io.StringIO((site / "data" / "spm-capaian.csv").read_text(encoding="utf-8"),
                                            newline="")))
    expected = [(kode, entry) for kode in SERVICES if kode in spms
                for entry in sorted(spms[kode]["meta"]["capaian"], key=lambda c: c["tahun"])]
    assert len(document["data"]) == len(table) == len(expected) == document["jumlah_baris"]
    for (kode, entry), row, line in zip(expected, document["data"], table):
        assert (row["kode_layanan"], row["tahun"], row["sasaran"], row["terlayani"]) == (
            kode, entry["tahun"], entry["sasaran"], entry["terlayani"])
        assert row["kode_opd"] == spms[kode]["opd"]
        assert row["url"] == "https://standar.sorongselatankab.go.id/" + spms[kode]["url"]
        value = 100 * entry["terlayani"] / entry["sasaran"]
        assert row["capaian_penerima_persen"] == round(value, 2)
        if entry.get("mutu_sasaran"):
            mutu = 100 * entry["mutu_terpenuhi"] / entry["mutu_sasaran"]
            assert row["capaian_mutu_persen"] == round(mutu, 2)
            assert row["indeks"] == pytest.approx(0.8 * value + 0.2 * mutu, abs=0.01)
            assert row["kategori"]
        else:
            assert row["capaian_mutu_persen"] is None and row["indeks"] is None and row["kategori"] is None
        for key, value in row.items():  # the CSV holds the same values
            assert line[key] == ("" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value))


def test_charts_need_no_script_or_external_resource(built):
    site, spms = built
    pages = [dashboard(site)] + [(site / s["url"] / "index.html").read_text(encoding="utf-8") for s in spms.values()]
    for page in pages:
        for chart in re.findall(r"<svg [^>]*class=\"spm-.*?</svg>", page, re.S):
            assert "<script" not in chart and "http" not in chart.replace("http://www.w3.org/2000/svg", "")
            assert 'role="img"' in chart and "<title" in chart


# -- screenshots -------------------------------------------------------------------------------------
SHOTS = {"spm-dasbor": "spm/", "spm-ibu-hamil": "dinkes/spm/pelayanan-kesehatan-ibu-hamil/"}


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
