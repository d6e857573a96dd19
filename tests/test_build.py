"""A real `mkdocs build` of the sample content, and of broken content."""

from __future__ import annotations

import html.parser
import pytest

from support import BIN, VALID_SOP, make_project, mkdocs_build, replace_line, run


class _Text(html.parser.HTMLParser):
    """Visible text of a page, entities decoded, whitespace folded."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split())


def test_every_published_standard_has_its_page(sample_site):
    project, loaded = sample_site.project, sample_site.corpus
    published = loaded.published()
    assert len(published) >= 50
    for std in published:
        page = project / "site" / std.url / "index.html"
        assert page.exists(), std.path
        text = page_text(page)
        assert " ".join(std.title.split()) in text, std.path
        if std.nomor:
            assert std.nomor in text, std.path
        for step in getattr(std, "steps", ()):
            assert " ".join(step.kegiatan.split()) in text, (std.path, step.number)


def test_drafts_are_left_out_and_reported(sample_site):
    project, loaded, result = sample_site.project, sample_site.corpus, sample_site.output
    assert loaded.drafts, "the sample content should have drafts"
    for draft in loaded.drafts:
        assert not (project / "site" / draft.url).exists()
        assert f"Draf tidak diterbitkan: {draft.path}" in result


def test_summary_counts_every_file(sample_site):
    loaded, result = sample_site.corpus, sample_site.output
    summary = loaded.summary()
    assert summary["galat"] == 0
    assert summary["ditemukan"] == summary["terbit"] + summary["draf"]
    assert loaded.summary_text() in result
    assert (f"Ringkasan: {summary['ditemukan']} berkas standar ditemukan: {summary['terbit']} terbit, "
            f"{summary['draf']} draf, 0 bergalat") in result


def test_revoked_standard_links_to_its_replacement(sample_site):
    project, loaded = sample_site.project, sample_site.corpus
    revoked = [s for s in loaded.published() if s.status == "dicabut"]
    assert revoked
    for std in revoked:
        page = (project / "site" / std.url / "index.html").read_text(encoding="utf-8")
        assert "sudah dicabut" in page
        if std.meta["diganti_oleh"]:
            target = loaded.by_nomor()[std.meta["diganti_oleh"]]
            assert f'href="../{target.slug}/"' in page or f"/{target.slug}/" in page


def test_edit_link_points_at_the_standard_file(sample_site):
    project, loaded = sample_site.project, sample_site.corpus
    std = loaded.published()[0]
    page = (project / "site" / std.url / "index.html").read_text(encoding="utf-8")
    assert f"/edit/main/{std.path}" in page


def test_dates_in_indonesian(sample_site):
    project, loaded = sample_site.project, sample_site.corpus
    std = next(s for s in loaded.published() if s.kind == "sop")
    from standar.model.formatting import tanggal
    assert tanggal(std.tanggal_efektif) in page_text(project / "site" / std.url / "index.html")


def test_no_external_font_or_script(sample_site):
    project = sample_site.project
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in home and "fonts.gstatic.com" not in home
    assert 'lang="id"' in home


def test_broken_file_fails_the_build_with_file_and_line(tmp_path):
    path = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
    text = replace_line(VALID_SOP, "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2025-02-30")
    project = make_project(tmp_path, {path: text}, site=True)
    result = mkdocs_build(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"{path}:8: galat: kolom 'tanggal_efektif': tanggal 2025-02-30 tidak ada di kalender" in output
    assert "Traceback" not in output
    assert not (project / "site").exists()


def test_broken_front_matter_is_not_silently_built(tmp_path):
    path = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
    project = make_project(tmp_path, {path: "---\njudul: [tidak ditutup\n---\nTeks\n"}, site=True)
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert f"{path}:2: galat: YAML tidak valid" in result.stderr


def test_serve_build_shows_drafts_with_notice(tmp_path):
    """`mkdocs serve` previews drafts: build through the same code path MkDocs serve uses."""
    path = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
    project = make_project(tmp_path, {path: replace_line(VALID_SOP, "status: berlaku", "status: draf")}, site=True)
    script = (
        "import sys\n"
        "from mkdocs.config import load_config\n"
        "from mkdocs.commands import build\n"
        "config = load_config('mkdocs.yml', site_dir=sys.argv[1])\n"
        "config.plugins.on_startup(command='serve', dirty=False)\n"
        "build.build(config, serve_url='http://127.0.0.1:8000/')\n"
    )
    result = run([str(BIN / "python"), "-c", script, str(tmp_path / "preview")], project)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "preview" / "dukcapil/sop/penerbitan-akta-kelahiran/index.html").read_text(encoding="utf-8")
    assert "DRAF" in page and "belum berlaku" in page
