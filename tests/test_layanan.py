"""Standar Pelayanan: the 14 components, the tariff as written, the checks against the SOP it
links, the citizen's page (phone, desktop, the A4 notice), finding it first in the search, and
the compliance page and its open data counted again here from the source files."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess

import pytest
import yaml

from browser import artifact, axe_path, chromium, search, static_server
from standar.kinds import sp
from standar.read import corpus
from support import REPO, VALID_SOP, make_project, replace_line

SP_FILE = "standards/dukcapil/sp/akta.md"
FULL = """\
---
judul: Penerbitan Akta Kelahiran
nomor: "474/KEP-DUKCAPIL/011/2025"
status: berlaku
tanggal_efektif: 2025-02-03
disahkan_oleh: {jabatan: Kepala Dinas, nama: Contoh Nama, nip: "197805122005022003"}
unit_layanan: Loket 1
jam_pelayanan: [{hari: Senin-Jumat, jam: 08.00-15.00 WIT}]
sop: ["474.1/SOP-DUKCAPIL/001/2025"]
persyaratan: [Formulir F-2.01, Surat keterangan lahir]
jangka_waktu: 2 hari kerja
biaya: Gratis
produk: [Kutipan akta kelahiran]
dasar_hukum: [Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik]
sarana_prasarana: [Ruang tunggu]
kompetensi_pelaksana: [Memahami administrasi kependudukan]
pengawasan_internal: [Kepala Bidang]
jumlah_pelaksana: 3
jaminan_pelayanan: Selesai tepat waktu.
jaminan_keamanan: Data pemohon dirahasiakan.
evaluasi_kinerja: Survei kepuasan setiap semester.
---

Teks.
"""
SOP_FILE = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"


def problems(tmp_path, text: str, sop: str = VALID_SOP) -> list[str]:
    project = make_project(tmp_path, {SP_FILE: text, SOP_FILE: sop})
    return [d.format() for d in corpus.load(project).diagnostics]


def test_a_complete_standard_has_no_problem(tmp_path):
    assert problems(tmp_path, FULL) == []


# -- the components ------------------------------------------------------------------------------
def test_every_missing_component_gets_its_own_message_in_the_regulations_words(tmp_path):
    bare = FULL.split("unit_layanan")[0] + "---\n\nTeks.\n"
    found = problems(tmp_path, bare)
    for key, label in sp.COMPONENTS:
        if key == "pengaduan":  # the pemda's channels
            continue
        assert any(f"komponen '{label}'" in m and ": peringatan:" in m for m in found), label
    assert all(": peringatan:" in m for m in found), found


@pytest.mark.parametrize("written, rupiah, per", [
    ("Gratis", 0, ""), ("Rp0", 0, ""), ("Rp 0,-", 0, ""), ("Tidak dipungut biaya", 0, ""),
    ("Rp 50.000,-", 50000, ""), ("Rp50.000", 50000, ""), ("50000", 50000, ""),
    ("Rp 1.250.000,00", 1250000, ""), ("Rp12.000 per m²", 12000, "m²"), ("Rp5.000/lembar", 5000, "lembar")])
def test_a_tariff_is_read_as_written_on_notices(written, rupiah, per):
    assert sp.parse(written) == (rupiah, per)


def test_a_tariff_that_is_not_one_says_how_to_write_it_and_a_paid_one_needs_its_legal_basis(tmp_path):
    wrong = problems(tmp_path / "a", FULL.replace("biaya: Gratis", "biaya: lima puluh ribu"))
    assert any("'lima puluh ribu' tidak dikenali sebagai tarif; tulis 'Gratis' atau jumlah rupiah" in m for m in wrong)
    paid = problems(tmp_path / "b", FULL.replace("biaya: Gratis", 'biaya: "Rp 50.000,-"'))
    assert any(":12: galat:" in m and "tarif Rp 50.000,- tanpa dasar hukumnya" in m for m in paid), paid
    based = FULL.replace("biaya: Gratis", 'biaya: "Rp 50.000,-"\ndasar_biaya: Perda Nomor 3 Tahun 2024')
    assert problems(tmp_path / "c", based) == []


@pytest.mark.parametrize("duration", ["1 minggu", "3 hari kerja", "14 hari kalender", "1 bulan"])
def test_durations_as_service_standards_write_them(tmp_path, duration):
    assert problems(tmp_path, FULL.replace("2 hari kerja", duration)) == []


def test_an_unknown_unit_names_the_valid_ones(tmp_path):
    found = problems(tmp_path, FULL.replace("2 hari kerja", "3 pekan"))
    assert any("'3 pekan' tidak sesuai format: angka lalu satuan menit, jam, hari kerja, hari kalender, "
               "hari, minggu atau bulan" in m for m in found), found


# -- against the SOP it links --------------------------------------------------------------------
def test_a_promise_quicker_than_the_procedure_is_an_error_with_both_figures(tmp_path):
    found = problems(tmp_path, FULL.replace("2 hari kerja", "30 menit"))
    assert any(":11: galat:" in m and "30 menit lebih singkat dari waktu prosedur" in m
               and "(1 hari kerja 1 jam 15 menit)" in m for m in found), found


def test_requirements_that_miss_the_first_steps_documents_are_a_warning_listing_them(tmp_path):
    found = problems(tmp_path, FULL.replace("persyaratan: [Formulir F-2.01, Surat keterangan lahir]",
                                            "persyaratan: [Formulir F-2.01]"))
    assert any(": peringatan:" in m and "belum memuat kelengkapan langkah pertama" in m
               and "Surat keterangan lahir" in m for m in found), found


@pytest.mark.parametrize("status, message", [("draf", "masih draf"), ("dicabut", "sudah dicabut")])
def test_a_linked_procedure_must_be_in_force(tmp_path, status, message):
    found = problems(tmp_path, FULL, replace_line(VALID_SOP, "status: berlaku", f"status: {status}"))
    assert any(":9: galat:" in m and message in m for m in found), found


def test_a_linked_procedure_that_is_not_there_is_an_error(tmp_path):
    found = problems(tmp_path, FULL.replace("474.1/SOP-DUKCAPIL/001/2025", "474.1/SOP-DUKCAPIL/999/2025"))
    assert any(":9: galat:" in m and re.search(r"tidak ada SOP(/SPO)? bernomor", m) for m in found), found


# -- the sample site -----------------------------------------------------------------------------
def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


SOURCES = sorted((REPO / "standards").glob("*/sp/*.md"))


def test_the_sample_has_enough_services():
    published = [p for p in SOURCES if front_matter(p)["status"] == "berlaku"]
    assert len(published) >= 15 and len({p.parent.parent.name for p in published}) >= 8


def counted(path) -> int:
    """Components filled, counted again from the file with plain YAML (not the core)."""
    meta = front_matter(path)
    keys = [k for k, _ in sp.COMPONENTS]
    filled = sum(1 for k in keys if meta.get(k) not in (None, "", []))
    filled += "prosedur" not in meta and bool(meta.get("sop"))   # the linked SOP
    filled += "pengaduan" not in meta                          # the pemda's channels
    return filled


def test_the_compliance_page_and_its_data_agree_with_the_files(sample_site):
    site = sample_site.site
    html = (site / "sp/kepatuhan/index.html").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((site / "data/sp-kepatuhan.csv").read_text(encoding="utf-8"))))
    document = json.loads((site / "data/sp-kepatuhan.json").read_text(encoding="utf-8"))
    published = [p for p in SOURCES if front_matter(p)["status"] != "draf"]
    assert len(rows) == len(published) == document["jumlah_baris"]
    by_title = {r["layanan"]: r for r in rows}
    for path in published:
        meta, expected = front_matter(path), counted(path)
        row = by_title[meta["judul"]]
        assert int(row["komponen_terisi"]) == expected, path
        uri = f"{path.parent.parent.name}/sp/{path.stem}.md"
        shown = re.search(rf'<tr data-layanan="{re.escape(uri)}">.*?data-terisi="(\d+)"', html, re.S)
        assert shown and int(shown.group(1)) == expected, path


def test_each_procedure_links_back_to_the_standard_that_cites_it(sample_site):
    for path in SOURCES:
        meta = front_matter(path)
        if meta["status"] == "draf":
            continue
        for nomor in meta.get("sop") or ():
            target = next(s for s in sample_site.corpus.standards if s.nomor == nomor)
            page = (sample_site.site / target.url / "index.html").read_text(encoding="utf-8")
            assert "Dirujuk oleh" in page and f"{path.stem}/" in page, (path, nomor)


def test_the_opd_page_lists_its_services_and_shows_its_pledge(sample_site):
    page = (sample_site.site / "dukcapil/index.html").read_text(encoding="utf-8")
    assert 'id="maklumat"' in page and "sanggup menyelenggarakan pelayanan" in page
    assert 'href="sp/penerbitan-akta-kelahiran/"' in page


def test_the_home_page_and_the_layanan_tab_lead_to_the_services(sample_site):
    home = (sample_site.site / "index.html").read_text(encoding="utf-8")
    assert "Cara mengurus layanan" in home and home.count('class="beranda-kartu beranda-layanan"') == 1
    listing = (sample_site.site / "sp/index.html").read_text(encoding="utf-8")
    assert all(f"/sp/{p.stem}/" in listing for p in SOURCES if front_matter(p)["status"] != "draf")


# -- in a browser --------------------------------------------------------------------------------
PAGE = "dukcapil/sp/penerbitan-akta-kelahiran/"


def test_the_citizens_page_on_a_phone_and_a_desktop_and_its_a4_notice(sample_site):
    with static_server(sample_site.site) as base, chromium() as browser:
        for width in (375, 1280):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + PAGE)
            assert page.locator(".layanan-bawa li").count() >= 3
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{width} px: the page scrolls sideways by {overflow} px"
            page.screenshot(path=artifact(f"layanan-{width}.png"), full_page=True)
        page = browser.new_page()
        page.goto(base + PAGE)
        page.emulate_media(media="print")
        pdf = artifact("layanan-a4.pdf")
        page.pdf(path=pdf, format="A4", print_background=True)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    count = re.search(r"Pages:\s+(\d+)", pages.stdout) if pages.returncode == 0 else None
    assert (int(count.group(1)) if count else pdf.read_bytes().count(b"/Type /Page\n")) == 1


def test_searching_for_a_service_lists_its_standar_pelayanan_first(sample_site):
    with static_server(sample_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base)
        results = search(page, "akta kelahiran")
        first = results.first.locator("a").first.get_attribute("href")
        assert "/sp/penerbitan-akta-kelahiran/" in first, first


@pytest.mark.parametrize("path", [PAGE, "sp/", "sp/kepatuhan/"])
def test_no_serious_or_critical_axe_violation_on_the_service_pages(sample_site, path):
    with static_server(sample_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + path, wait_until="networkidle")
        page.add_script_tag(path=str(axe_path()))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], serious
