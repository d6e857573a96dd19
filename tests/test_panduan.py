"""The guide (Panduan tab): the field reference and the templates come from the model, the error
examples are what the validator really says, the pictures are there and small."""

from __future__ import annotations

import html
import re

import pytest

import contoh_galat
from standar.read import corpus
from standar import kinds
from standar.publish import reference, template
from support import REPO

GUIDE = REPO / "docs" / "panduan"


def page(sample_site, path: str) -> str:
    return (sample_site.site / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_field_reference_lists_every_field(sample_site, kind):
    model = kinds.get(kind).fields
    text = page(sample_site, "panduan/kolom/index.html")
    start = text.index(f'id="kolom-{kind}"')
    codes = list(kinds.KINDS)
    following = codes[codes.index(kind) + 1:]
    section = text[start:text.index(f'id="kolom-{following[0]}"')] if following else text[start:]
    listed = re.findall(r"<tr id=\"kolom-[a-z]+-[^\"]+\"><td[^>]*><code>([^<]+)</code>", section)
    rows = reference.rows(model)
    assert listed == [row.key for row in rows]
    assert {spec.key for spec in model.fields} <= set(listed)
    for row in rows:  # allowed values and examples are shown too
        for choice in row.choices:
            assert f"<code>{choice}</code>" in section
        if row.example:
            assert f"<code>{html.escape(row.example, quote=False)}</code>" in section.replace("&#34;", '"').replace("&#39;", "'")


def test_templates_page_shows_the_generated_templates(sample_site):
    text = page(sample_site, "panduan/templat/index.html")
    for kind in kinds.all_kinds():
        rendered = str(html.escape(template.render(kind), quote=False))
        shown = text.replace("&#34;", '"').replace("&#39;", "'").replace("&quot;", '"')
        assert rendered in shown, kind


def test_guide_pages_are_in_the_panduan_tab(sample_site):
    text = page(sample_site, "panduan/index.html")
    nav = text[text.index('class="md-nav'):]
    for target in ("untuk-opd/", "templat/", "kolom/", "istilah/"):
        assert f'href="{target}"' in nav or f'href="../panduan/{target}"' in nav, target
    # the order of the tab: the OPD guide first, the glossary last
    order = [nav.index(f'href="{t}"') for t in ("untuk-opd/", "templat/", "kolom/", "istilah/")]
    assert order == sorted(order)


def test_error_examples_in_the_guide_are_what_the_validator_says(tmp_path):
    project = contoh_galat.make(tmp_path)
    problems = [d for d in corpus.load(project).diagnostics if d.path == contoh_galat.PATH]
    assert len(problems) == len(contoh_galat.MISTAKES)
    guide = (GUIDE / "untuk-opd.md").read_text(encoding="utf-8")
    for problem in problems:
        assert f"    {problem.format()}\n" in guide, problem.format()
        assert f"| {problem.line} |" in guide  # and the fix is explained for that line


def test_guide_pictures_exist_are_small_and_illustrations_say_so():
    for source in GUIDE.glob("*.md"):
        text = source.read_text(encoding="utf-8")
        for alt, target in re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", text):
            path = GUIDE / target
            assert path.is_file(), f"{source.name}: {target}"
            assert path.suffix in (".png", ".svg")
            assert path.stat().st_size < 120 * 1024, f"{target} is larger than 120 KB"
            if "ilustrasi" in path.name:
                assert alt.lower().startswith("ilustrasi"), f"{target}: say it is an illustration"
    pictures = {p.name for p in (GUIDE / "gambar").iterdir()}
    used = "".join(p.read_text(encoding="utf-8") for p in GUIDE.glob("*.md"))
    assert all(name in used for name in pictures), "a picture no page shows"


GLOSSARY_TERMS = ["SOP AP", "Mutu Baku", "Pelaksana", "SPM", "Capaian", "OPD", "Bagian Organisasi",
                  "Draf", "Berlaku", "Dicabut", "Sasaran", "Terlayani", "Keterkaitan", "Isian contoh",
                  "Pull request", "Galat", "Peringatan"]


def test_glossary_defines_the_terms():
    text = (GUIDE / "istilah.md").read_text(encoding="utf-8")
    terms = re.findall(r"^\| \*\*([^*]+)\*\* \|", text, re.M)
    for term in GLOSSARY_TERMS:
        assert term in terms, term
    assert terms == sorted(terms, key=str.lower), "the glossary is in alphabetical order"
