"""Property-based tests: no input makes the checker crash, and every string is shown escaped."""

from __future__ import annotations

import html as htmllib
import json
import re
import unicodedata

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standar.model import catalogue
from standar.model import text as text_rules
from standar.read.check import check_file
from standar.read.discover import Candidate
from support import VALID_SOP, make_project, mkdocs_build, replace_line
from test_build import page_text

CATALOGUE = catalogue.load()


def _check_bytes(tmp_path, data: bytes, kind: str = "sop"):
    path = tmp_path / "x.md"
    path.write_bytes(data)
    candidate = Candidate(str(path), f"standards/dinkes/{kind}/x.md", "dinkes", kind, "x")
    result = check_file(candidate, 1024 * 1024)
    for problem in result.diagnostics:  # every problem is a formatted Indonesian line
        assert problem.format().startswith("standards/dinkes/")
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), kind=st.sampled_from(["sop", "spm"]))
def test_arbitrary_bytes_never_crash(tmp_path, data, kind):
    _check_bytes(tmp_path, data, kind)
    _check_bytes(tmp_path, b"---\n" + data + b"\n---\n", kind)


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                         st.text(max_size=40), st.dates().map(str))
yaml_documents = st.recursive(
    yaml_scalars,
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(st.sampled_from(
                                   ["judul", "nomor", "status", "langkah", "pelaksana", "kegiatan",
                                    "keputusan", "ya", "tidak", "ke", "capaian", "tahun", "sasaran",
                                    "terlayani", "disahkan_oleh", "nip", "x", "tanggal_efektif"]) | st.text(max_size=8),
                                   children, max_size=6)),
    max_leaves=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=yaml_documents, kind=st.sampled_from(["sop", "spm"]))
def test_arbitrary_yaml_documents_never_crash(tmp_path, document, kind):
    text = yaml.safe_dump(document, allow_unicode=True)
    result = _check_bytes(tmp_path, ("---\n" + text + "---\nTeks.\n").encode("utf-8"), kind)
    assert result.standard is None or result.standard.kind == kind


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.fixed_dictionaries({
    "kegiatan": st.just("Memeriksa berkas"),
    "pelaksana": st.sampled_from(["Pemohon", "Petugas Loket", "Kepala Seksi", "Orang Lain"]),
    "ke": st.one_of(st.none(), st.integers(-2, 12)),
    "keputusan": st.one_of(st.none(), st.fixed_dictionaries({"ya": st.integers(0, 12), "tidak": st.integers(0, 12)})),
}), min_size=0, max_size=10))
def test_arbitrary_flows_never_crash(tmp_path, steps):
    document = yaml.safe_load(VALID_SOP.split("---\n")[1])
    document["langkah"] = [{k: v for k, v in s.items() if v is not None} for s in steps]
    text = yaml.safe_dump(document, allow_unicode=True).replace("nip: '", "nip: \"").replace("2003'", "2003\"")
    _check_bytes(tmp_path, ("---\n" + text + "---\n").encode("utf-8"))


# -- valid standards with hostile-looking strings build, and show every string as text --------

def _printable(text: str) -> bool:
    return all(unicodedata.category(c)[0] not in "CZ" or c == " " for c in text)


shown_text = st.text(alphabet=st.sampled_from(list("<>&\"'/=;:#*_[]()!`{}|\\-") + list("abcXYZ éñ19")),
                     min_size=2, max_size=24).filter(
    lambda s: s.strip() == s and s.strip() and _printable(s) and not text_rules.problems(s)
    and not re.search(r"<\s*isi", s, re.I) and not re.fullmatch(r"[\d\s.:+-]+", s))


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(strings=st.lists(shown_text, min_size=5, max_size=5, unique=True))
def test_valid_standards_with_markup_in_strings_build_and_show_it_escaped(tmp_path_factory, strings):
    judul, unit, kegiatan, output, hukum = strings
    text = VALID_SOP
    text = replace_line(text, "judul: Penerbitan Akta Kelahiran", f"judul: {_quoted('Akta ' + judul)}")
    text = replace_line(text, "unit_kerja: Bidang Pelayanan Pencatatan Sipil", f"unit_kerja: {_quoted(unit)}")
    text = replace_line(text, "  - kegiatan: Memaraf dan menandatangani akta", f"  - kegiatan: {_quoted(kegiatan)}")
    text = replace_line(text, "    output: Berkas permohonan", f"    output: {_quoted(output)}")
    text = replace_line(text, "  - Undang-Undang Nomor 24 Tahun 2013", f"  - {_quoted(hukum)}\n  - Undang-Undang Nomor 24 Tahun 2013")
    project = make_project(tmp_path_factory.mktemp("escape"),
                           {"standards/dukcapil/sop/akta.md": text}, site=True)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = project / "site/dukcapil/sop/akta/index.html"
    visible = page_text(page)
    fold = lambda s: " ".join(s.split())
    for value in ("Akta " + judul, unit.upper(), kegiatan, output, hukum):
        assert fold(value) in visible, value
    html = page.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title
    description = re.search(r'<meta name="description" content="([^"<>]*)">', html)
    assert description and htmllib.unescape(description.group(1)).endswith("Akta " + judul)
    index = json.loads((project / "site/search/search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        assert "<script" not in doc["title"] + doc["text"]
    data = json.loads((project / "site/data/standar.json").read_text(encoding="utf-8"))
    assert data["standar"][0]["front_matter"]["judul"] == "Akta " + judul
