"""The generated portal: pages list exactly what the source holds, links resolve, search finds
Indonesian word forms, the open data validates and round-trips, nothing loads from elsewhere."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
import referencing

from standar.publish import timeline
from standar.read import yamlstrict
from standar.read.frontmatter import decode, split
SOP, SPM = "sop", "spm"
KIND_CODES = "sop|spo|spm"

import linkcheck
from browser import SEARCH_INPUT, chromium, search, static_server
from support import BUILD_DAY
from test_build import page_text


def rows_linking(site: Path, page: str, table_id: str) -> list[str]:
    """The standard pages linked from the rows of a list table."""
    html = (site / page).read_text(encoding="utf-8")
    table = html.split(f'id="{table_id}"', 1)[1]
    body = table.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<tr[^>]*>.*?<a href="([^"]+)"', body, flags=re.S)


def page_dir(url: str) -> str:
    return url.rstrip("/").split("/")[-1]


def test_daftar_sop_and_spm_list_exactly_the_published_standards(sample_site):
    for kind in (SOP, SPM):
        expected = sorted(s.slug for s in sample_site.corpus.published() if s.kind == kind)
        linked = sorted(page_dir(u) for u in rows_linking(sample_site.site, f"{kind}/index.html", f"daftar-{kind}"))
        assert linked == expected


def test_each_opd_page_lists_its_standards(sample_site):
    loaded = sample_site.corpus
    for kode, opd in loaded.registry.items():
        html = (sample_site.site / kode / "index.html").read_text(encoding="utf-8")
        own = [s for s in loaded.published() if s.opd == kode]
        linked = set(re.findall(rf'href="({KIND_CODES})/([a-z0-9-]+)/"', html))
        assert linked == {(s.kind, s.slug) for s in own}, kode
        text = page_text(sample_site.site / kode / "index.html")
        assert opd.nama in text
        if not any(s.kind == SOP for s in own):
            assert "Belum ada SOP yang diterbitkan" in text


def test_opd_list_is_grouped_and_complete(sample_site):
    html = (sample_site.site / "opd/index.html").read_text(encoding="utf-8").split("<article", 1)[1]
    linked = set(re.findall(r'href="\.\./([a-z0-9-]+)/"', html))
    assert linked == set(sample_site.corpus.registry)
    for heading in ("Dinas", "Badan", "Distrik", "Bagian Sekretariat Daerah"):
        assert f">{heading}</h2>" in html


def test_a_to_z_lists_every_standard_once(sample_site):
    html = (sample_site.site / "a-z/index.html").read_text(encoding="utf-8")
    linked = re.findall(rf'<li><a href="\.\./([a-z0-9-]+/(?:{KIND_CODES})/[a-z0-9-]+)/"', html)
    assert sorted(linked) == sorted(s.url.rstrip("/") for s in sample_site.corpus.published())


def test_latest_changes_newest_first(sample_site):
    changes = timeline.changes(sample_site.corpus.published())
    html = (sample_site.site / "terbaru/index.html").read_text(encoding="utf-8")
    dates = re.findall(r'<td data-nilai="(\d{4}-\d\d-\d\d)">', html)
    assert len(dates) == min(len(changes), 200)
    assert dates == sorted(dates, reverse=True)


def test_review_list_marks_what_is_due_at_build_time(sample_site):
    loaded = sample_site.corpus
    html = (sample_site.site / "perlu-ditinjau/index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-batas-tinjau="([\d-]+)"( hidden)?>', html)
    in_force = [s for s in loaded.published() if s.status == "berlaku"]
    assert len(rows) == len(in_force)
    due = timeline.overdue(loaded.published(), 12, BUILD_DAY)
    assert sum(1 for _, hidden in rows if not hidden) == len(due) > 0
    for std in due:  # the notice is visible on the page itself too
        page = (sample_site.site / std.url / "index.html").read_text(encoding="utf-8")
        assert re.search(r'class="admonition warning standar-tinjau"[^>]*data-batas-tinjau="[\d-]+">', page)


def test_home_counts_and_entries(sample_site):
    text = page_text(sample_site.site / "index.html")
    published = sample_site.corpus.published()
    assert f"{sum(s.kind == SOP for s in published)} SOP" in text
    assert f"{sum(s.kind == SPM for s in published)} SPM" in text
    assert f"{len(sample_site.corpus.registry)} OPD" in text
    assert "Cari layanan" in text and "Perubahan terbaru" in text
    assert "Portal ini memuat" in text  # the hand-written intro stays


def test_tags_page_lists_tags(sample_site):
    html = (sample_site.site / "tag/index.html").read_text(encoding="utf-8")
    for tag in ("kependudukan", "kesehatan"):
        assert f">{tag}<" in html


def test_tabs_and_breadcrumbs(sample_site):
    std = next(s for s in sample_site.corpus.published() if s.kind == SOP)
    html = (sample_site.site / std.url / "index.html").read_text(encoding="utf-8")
    tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', html)
    assert tabs == ["Beranda", "SOP", "SPO", "SPM", "OPD", "Data", "Panduan"]
    crumbs = html.split('class="md-path"', 1)[1].split("</nav>", 1)[0]
    assert "SOP" in crumbs and sample_site.corpus.registry[std.opd].nama in crumbs


def test_not_found_page_in_indonesian_offers_search(sample_site):
    html = (sample_site.site / "404.html").read_text(encoding="utf-8")
    assert "Halaman tidak ditemukan" in html and 'for="__search"' in html


def test_no_broken_internal_link(sample_site):
    broken, _ = linkcheck.check(sample_site.site)
    assert broken == []


# -- search ---------------------------------------------------------------------------------

def test_search_index_has_stems_for_affixed_words(sample_site):
    index = json.loads((sample_site.site / "search/search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    assert index["config"]["fields"]["stem"]["boost"] > 0

    def tokens(doc, fields):
        text = " ".join(doc.get(f, "") for f in fields)
        return {t for t in separator.split(re.sub(r"<[^>]+>", " ", text).lower()) if t}

    for query, word in (("terbit", "penerbitan"), ("syarat", "persyaratan")):
        hits = [d for d in index["docs"] if query in tokens(d, ["title", "text", "stem"])]
        via_stem = [d for d in hits if word in tokens(d, ["title", "text"])
                    and query not in tokens(d, ["title", "text"])]
        assert via_stem, f"'{query}' should find pages that only say '{word}'"


def test_search_indexes_identity_fields_and_steps(sample_site):
    index = json.loads((sample_site.site / "search/search_index.json").read_text(encoding="utf-8"))
    std = next(s for s in sample_site.corpus.published() if s.slug == "penerbitan-akta-kelahiran")
    text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(std.url))
    assert std.nomor in text
    assert sample_site.corpus.registry[std.opd].nama.upper() in text
    for actor in std.pelaksana:
        assert actor in text
    for step in std.steps:
        assert step.kegiatan in text


def test_home_search_box_opens_the_search(sample_site):
    with static_server(sample_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base)
        page.click(".beranda-cari-kotak")
        assert page.locator(SEARCH_INPUT).is_visible()
        assert page.evaluate("document.getElementById('__search').checked")


def test_search_in_the_browser_finds_stems(sample_site):
    with static_server(sample_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base)
        search(page, "terbit")
        titles = page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()
        assert any("Penerbitan" in t for t in titles), titles


# -- open data ------------------------------------------------------------------------------

def _registry(site: Path):
    resources = []
    for path in (site / "data/schema").glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], referencing.Resource.from_contents(schema)))
    return referencing.Registry().with_resources(resources)


def test_standar_json_validates_against_its_schema(sample_site):
    data = json.loads((sample_site.site / "data/standar.json").read_text(encoding="utf-8"))
    schema = json.loads((sample_site.site / "data/schema/standar.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, registry=_registry(sample_site.site),
                                                format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(data))
    assert errors == []
    sop_schema = json.loads((sample_site.site / "data/schema/sop.schema.json").read_text(encoding="utf-8"))
    assert "Nama SOP" in sop_schema["properties"]["judul"]["description"]


def _as_written(value):
    """A strictly-read YAML value in the shape JSON gives it."""
    if isinstance(value, dict):
        return {k: _as_written(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_written(v) for v in value]
    if isinstance(value, yamlstrict.Plain) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return str(value).strip()


def test_standar_json_round_trips_every_field_of_every_file(sample_site):
    data = json.loads((sample_site.site / "data/standar.json").read_text(encoding="utf-8"))
    records = {r["sumber"]: r for r in data["standar"]}
    published = sample_site.corpus.published()
    assert sorted(records) == sorted(s.path for s in published)
    for std in published:
        raw, _ = yamlstrict.load(split(decode((sample_site.project / std.path).read_bytes())).meta_text)
        assert records[std.path]["front_matter"] == _as_written(raw), std.path
        assert records[std.path]["url"].endswith(std.url)


def test_csv_has_one_row_per_standard(sample_site):
    text = (sample_site.site / "data/standar.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(sample_site.corpus.published())
    assert {r["nomor"] for r in rows if r["nomor"]} == {s.nomor for s in sample_site.corpus.published() if s.nomor}


def test_opd_json_dcat_and_feed(sample_site):
    site = sample_site.site
    opds = json.loads((site / "data/opd.json").read_text(encoding="utf-8"))["opd"]
    assert len(opds) == len(sample_site.corpus.registry)
    dcat = json.loads((site / "data/dcat.json").read_text(encoding="utf-8"))
    assert dcat["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    for dataset in dcat["dataset"]:
        for key in ("title", "description", "keyword", "modified", "publisher", "identifier", "accessLevel"):
            assert key in dataset
        for dist in dataset["distribution"]:
            assert (site / urlsplit(dist["downloadURL"]).path.lstrip("/")).exists()
    import xml.etree.ElementTree as ET
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert 0 < len(entries) <= 50


def test_data_page_lists_files_with_sizes(sample_site):
    text = page_text(sample_site.site / "data/index.html")
    for name in ("data/standar.json", "data/standar.csv", "data/opd.json", "data/dcat.json", "feed.xml"):
        assert name in text
    assert re.search(r"data/standar\.json .*? \d[\d.,]* (KB|bita)", text)
    assert "tanggal_efektif" in text and "wajib" in text.lower()


def test_sitemap_dates_come_from_the_content(sample_site):
    sitemap = (sample_site.site / "sitemap.xml").read_text(encoding="utf-8")
    std = next(s for s in sample_site.corpus.published() if s.slug == "penerbitan-akta-kelahiran")
    entry = sitemap.split(std.url, 1)[1].split("</url>", 1)[0]
    assert f"<lastmod>{std.last_changed.isoformat()}</lastmod>" in entry


# -- nothing from elsewhere -----------------------------------------------------------------

RESOURCE_TAGS = {"script", "link", "img", "iframe", "source", "embed", "object", "use", "image"}


def test_no_page_loads_anything_from_another_host(sample_site):
    site_host = "standar.sorongselatankab.go.id"
    offending = []
    for page in sample_site.site.rglob("*.html"):
        for tag, url, rel in linkcheck.collect(page).links:
            host = urlsplit(url).netloc
            if tag in RESOURCE_TAGS and host and host != site_host:
                offending.append(f"{page.relative_to(sample_site.site)}: <{tag}> {url}")
            if tag == "link" and host and rel not in ("canonical", "alternate"):
                offending.append(f"{page.relative_to(sample_site.site)}: <link rel={rel}> {url}")
    for css in sample_site.site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        for match in re.findall(r"(?:url\(\s*['\"]?|@import\s+['\"])(https?:)?//([^/'\")]+)", text):
            offending.append(f"{css.relative_to(sample_site.site)}: {match}")
    for js in (sample_site.site / "javascripts").glob("*.js"):  # our own scripts
        assert not re.search(r"https?://", js.read_text(encoding="utf-8")), js
    assert offending == []


def test_mkdocs_config_keeps_readers_browsers_at_home():
    from support import REPO
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert not re.search(r"^repo_url:", config, re.M)  # Material would call the GitHub API
    assert re.search(r"^\s+font: false", config, re.M)  # no Google Fonts


def test_review_notice_appears_on_an_old_build_once_the_date_passes(tmp_path):
    """Built in July 2025 (nothing due yet), read in November 2026: the notice shows."""
    import datetime as dt

    from support import VALID_SOP, make_project, mkdocs_build, run

    path = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
    project = make_project(tmp_path, {path: VALID_SOP}, site=True)
    july_2025 = str(int(dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc).timestamp()))
    result = run([str(Path(__import__("sys").executable).parent / "mkdocs"), "build", "--strict"],
                 project, env={"SOURCE_DATE_EPOCH": july_2025})
    assert result.returncode == 0, result.stderr
    page_file = project / "site/dukcapil/sop/penerbitan-akta-kelahiran/index.html"
    assert re.search(r'standar-tinjau"[^>]*data-batas-tinjau="2026-06-02" hidden>',
                     page_file.read_text(encoding="utf-8"))
    with static_server(project / "site") as base, chromium() as browser:
        for today, visible in ((dt.datetime(2026, 5, 1), False), (dt.datetime(2026, 11, 28), True)):
            page = browser.new_page()
            page.clock.install(time=today)
            page.goto(base + "dukcapil/sop/penerbitan-akta-kelahiran/")
            assert page.locator(".standar-tinjau").is_visible() is visible, today
            page.goto(base + "perlu-ditinjau/")
            assert page.locator("tr[data-batas-tinjau]").first.is_visible() is visible, today
            page.close()


def test_lists_sort_and_filter_in_the_browser(sample_site):
    with static_server(sample_site.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "sop/")
        rows = page.locator("#daftar-sop tbody tr")
        total = rows.count()
        assert total == sum(s.kind == SOP for s in sample_site.corpus.published())
        page.fill("#daftar-sop-saring", "akta kelahiran")
        visible = [r for r in rows.all() if r.is_visible()]
        assert 0 < len(visible) < total
        assert all("akta kelahiran" in r.inner_text().lower() for r in visible)
        assert page.locator(".standar-saring-jumlah").inner_text() == f"Menampilkan {len(visible)} dari {total} standar"
        page.fill("#daftar-sop-saring", "")
        page.click("#daftar-sop th:nth-child(4) button")  # tanggal efektif, ascending
        dates = [c.get_attribute("data-nilai") for c in page.locator("#daftar-sop tbody td:nth-child(4)").all()]
        assert dates == sorted(dates)
        page.click("#daftar-sop th:nth-child(4) button")
        dates = [c.get_attribute("data-nilai") for c in page.locator("#daftar-sop tbody td:nth-child(4)").all()]
        assert dates == sorted(dates, reverse=True)
        assert page.locator("#daftar-sop th:nth-child(4)").get_attribute("aria-sort") == "descending"
