"""`standar periksa-situs`: each way a built site can depart from its sources is named, in one
Indonesian line, on a real build of the sample content damaged in that one way."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from unittest import mock

import pytest
from markupsafe import escape

from standar import kinds
from standar.model import sitemap
from standar.publish.site import Site
from standar.tools import situs
from support import BIN, SOURCE_DATE_EPOCH, VALID_SOP, make_project, mkdocs_build, run, standar


@pytest.fixture
def site(sample_site, tmp_path) -> Path:
    """A copy of the sample build, to damage."""
    copy = tmp_path / "site"
    shutil.copytree(sample_site.site, copy)
    return copy


@pytest.fixture(scope="module")
def plan(sample_site) -> Site:
    """The site plan periksa-situs compares with, under the sample build's options."""
    corpus = sample_site.corpus
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}):  # as the build had it
        return Site(corpus, situs.options(sample_site.project, corpus, sample_site.site))


def problems(project: Path, site: Path) -> list[str]:
    result = run([str(BIN / "standar"), "periksa-situs", str(site)], project)
    assert result.returncode == 1, result.stdout + result.stderr
    *lines, summary = result.stdout.splitlines()
    assert summary.startswith(f"Situs {site} tidak sesuai sumbernya: {len(lines)} masalah")
    return lines


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old[:60]!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def page_of(std) -> str:
    return situs.page_file(std.url)


def test_a_missing_sheet_is_named(sample_site, site, plan):
    page = next(p for p in plan.pages() if p.deferred)
    name, fragment = next(iter(plan.sheet(page.src_uri).fragments.items()))
    where = situs.page_file(plan.view.url(page.src_uri))
    edit(site / where, fragment, "")
    assert problems(sample_site.project, site) == [
        f"{where}: lembar resmi (bagian '{name}') tidak ada atau berbeda dari sumber"]


def test_a_wrong_title_and_nomor_are_named(sample_site, site, plan):
    std = next(s for s in plan.standards if s.nomor)
    where = page_of(std)
    edit(site / where, f"<h1>{escape(std.title)}</h1>", "<h1>Judul lain</h1>")
    edit(site / where, str(escape(std.nomor)), "000/LAIN/2000")
    found = problems(sample_site.project, site)
    assert f"{where}: judul \"{std.title}\" tidak ada di halaman" in found
    assert f"{where}: nomor {std.nomor} tidak ada di halaman" in found
    assert all(line.startswith(where + ": ") for line in found)


def test_a_page_the_hook_did_not_finish_is_named(sample_site, site, plan):
    std = plan.standards[0]
    edit(site / page_of(std), "</article>", "<!--standar:langkah:0123456789abcdef--></article>")
    assert problems(sample_site.project, site) == [
        f"{page_of(std)}: penanda <!--standar:...--> tertinggal: hook portal tidak menyelesaikan halaman ini"]


def test_missing_standards_in_the_open_data_are_counted_per_kind(sample_site, site, plan):
    data = json.loads((site / sitemap.STANDAR_JSON).read_text(encoding="utf-8"))
    dropped = data["standar"].pop(0)
    (site / sitemap.STANDAR_JSON).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lines = (site / sitemap.STANDAR_CSV).read_text(encoding="utf-8").splitlines(keepends=True)
    (site / sitemap.STANDAR_CSV).write_text("".join(lines[:1] + lines[2:]), encoding="utf-8", newline="")
    std = next(s for s in plan.standards if s.path == dropped["sumber"])
    kind = kinds.get(std.kind)
    count = len(plan.view.of_kind(kind.code))
    assert problems(sample_site.project, site) == [
        f"{sitemap.STANDAR_JSON}: {count - 1} {kind.label}, seharusnya {count} (yang terbit)",
        f"{sitemap.STANDAR_JSON}: tidak memuat {kind.label} {std.nomor + ' ' if std.nomor else ''}"
        f"\"{std.title}\" ({std.path})",
        f"{sitemap.STANDAR_CSV}: {count - 1} {kind.label}, seharusnya {count} (yang terbit)"]


def test_opds_datasets_and_schemas_must_agree_with_the_sources(sample_site, site, plan):
    data = json.loads((site / sitemap.OPD_JSON).read_text(encoding="utf-8"))
    gone = data["opd"].pop()
    (site / sitemap.OPD_JSON).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tables = [f for kind in kinds.all_kinds() for f in kind.files if f.endswith(".json") and "/schema/" not in f]
    for path in tables:
        table = json.loads((site / path).read_text(encoding="utf-8"))
        table["data"].pop()
        (site / path).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    kind = kinds.all_kinds()[0]
    schema_path = sitemap.kind_schema(kind.code)
    schema = json.loads((site / schema_path).read_text(encoding="utf-8"))
    schema["title"] = "Lain"
    (site / schema_path).write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    registry = plan.view.registry
    expected = [f"{sitemap.OPD_JSON}: {len(registry) - 1} OPD, seharusnya {len(registry)} (standards/opd.yml); "
                f"tidak ada: {gone['kode']}"]
    expected += [f"{schema_path}: title: \"Lain\", seharusnya \"Front-matter {kind.label}\""]
    for path in tables:
        rows = json.loads(plan.data_files[path])["data"]
        expected.append(f"{path}: data: {len(rows) - 1} butir, seharusnya {len(rows)}")
    assert sorted(problems(sample_site.project, site)) == sorted(expected)


def test_a_missing_data_file_and_hand_written_file_are_named(sample_site, site, plan):
    (site / sitemap.FEED).unlink()
    asset = sorted(p for p in sample_site.corpus.site_files if not p.endswith(".md"))[0]
    (site / asset).unlink()
    assert sorted(problems(sample_site.project, site)) == sorted([
        f"{sitemap.FEED}: berkas data tidak ada", f"{asset}: berkas dari docs/{asset} tidak ada"])


def test_the_search_index_must_list_every_standard_with_its_stems(sample_site, site, plan):
    std = plan.standards[0]
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = [{k: v for k, v in e.items() if k != "stem"} for e in index["docs"]
                     if not e["location"].startswith(std.url)]
    path.write_text(json.dumps(index), encoding="utf-8")
    label = kinds.get(std.kind).label
    assert problems(sample_site.project, site) == [
        f"search/search_index.json: {label} {std.nomor + ' ' if std.nomor else ''}\"{std.title}\" "
        f"({std.path}) tidak ada di indeks pencarian",
        "search/search_index.json: indeks pencarian tanpa kata dasar Bahasa Indonesia (stem): hook "
        "portal tidak berjalan sampai akhir"]


def test_a_published_draft_is_named_wherever_it_appears(sample_site, site, plan):
    draft = sample_site.corpus.drafts[0]
    published = plan.standards[0]
    shutil.copytree(site / published.url, site / draft.url)
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"].append({"location": draft.url, "title": draft.title, "text": ""})
    path.write_text(json.dumps(index), encoding="utf-8")
    assert problems(sample_site.project, site) == [
        f"{page_of(draft)}: draf {draft.path} diterbitkan: halamannya ada",
        f"search/search_index.json: draf {draft.path} diterbitkan: berkas ini menyebutnya"]


def test_titles_and_nomors_with_quotes_and_ampersands_pass(tmp_path):
    """Found however the page, the templates and the search index escape them."""
    sop = VALID_SOP.replace("judul: Penerbitan Akta Kelahiran", "judul: 'Penerbitan \"Akta\" & Surat O''Neil'")
    sop = sop.replace('nomor: "474.1/SOP-DUKCAPIL/001/2025"', "nomor: \"474.1/SOP-D&C'/001/2025\"")
    project = make_project(tmp_path, {"standards/dukcapil/sop/akta.md": sop}, site=True)
    assert mkdocs_build(project).returncode == 0
    result = standar(["periksa-situs", "site"], project)
    assert result.returncode == 0, result.stdout


# -- usage -------------------------------------------------------------------------------------

def test_usage_errors(sample_site, tmp_path):
    result = standar(["periksa-situs", str(tmp_path / "tidak-ada")], sample_site.project)
    assert result.returncode == 2 and "tidak ditemukan" in result.stderr
    result = standar(["periksa-situs", str(sample_site.site)], tmp_path)
    assert result.returncode == 2 and "standards" in result.stderr
    result = standar(["periksa-situs"], sample_site.project)
    assert result.returncode == 2 and "FOLDER" in result.stderr


def test_sources_with_errors_cannot_match_a_site(sample_site, tmp_path):
    broken = VALID_SOP.replace("status: berlaku", "status: entah")
    project = make_project(tmp_path, {"standards/dukcapil/sop/akta.md": broken})
    result = standar(["periksa-situs", str(sample_site.site)], project)
    assert result.returncode == 1
    assert result.stdout.startswith("Sumber bergalat (1 galat)") and "standar check" in result.stdout
