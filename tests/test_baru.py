"""`standar baru`: new files from the template, by flags and by questions on stdin; they fail
only on their placeholders, on exactly those lines, and pass once the placeholders are filled."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from standar.read import corpus
from standar import kinds
from standar.publish import template
from standar.kinds.sop import pattern_regex
from standar.model.schema import PLACEHOLDER
from support import BIN, OPD_YML, VALID_SOP, VALID_SPM, make_project, replace_line, standar

PHRASE = "isian contoh belum diganti"

# Values a careful author would write, by field name.
FILLED = {
    "judul": "Pemeriksaan Berkas Uji", "nomor": '"440/SOP-UJI/001/2026"',
    "layanan": "kes-balita",
    "tanggal_pembuatan": "2026-01-05", "tanggal_efektif": "2026-01-12",
    "jabatan": "Kepala Dinas Kesehatan", "nama": "Contoh Nama, S.KM", "nip": '"197805122005022003"',
    "dasar_hukum": "Peraturan Bupati Nomor 1 Tahun 2026 tentang Contoh",
    "kualifikasi_pelaksana": "Memahami tata naskah dinas", "peralatan_perlengkapan": "Komputer",
    "peringatan": "Apabila tidak dilaksanakan, berkas dapat hilang",
    "pencatatan_pendataan": "Buku register", "kegiatan": "Memeriksa berkas",
    "waktu": "10 menit", "output": "Berkas diperiksa",
}
ACTORS = ["Petugas Loket", "Kepala Seksi"]


def placeholder_lines(text: str) -> set[int]:
    """Lines with a placeholder that is not commented out."""
    return {number for number, line in enumerate(text.split("\n"), 1)
            if PLACEHOLDER.search(line) and not line.lstrip().startswith("#")}


def fill(text: str) -> str:
    """Replace every active placeholder by a valid value (by the key it stands under)."""
    lines, parent, actors, body = [], None, iter(ACTORS * 10), False
    fences = 0
    for line in text.split("\n"):
        if line == "---":
            fences += 1
            body = fences >= 2
        match = re.match(r"^(\s*)(- )?(\w+):\s*$", line)
        if match and not line.lstrip().startswith("#"):
            parent = match.group(3)
        found = PLACEHOLDER.search(line)
        if found and not line.lstrip().startswith("#"):
            if body:
                line = "Uraian yang sebenarnya."
            else:
                keyed = re.match(r"^\s*(?:- )?(\w+): ", line)
                key = keyed.group(1) if keyed else parent
                value = next(actors) if key == "pelaksana" else FILLED[key]
                line = re.sub(r'"?<\s*isi\b[^<>]*>"?', lambda _m: value, line)
        lines.append(line)
    return "\n".join(lines)


def report(project, rel):
    result = standar(["check", "--format", "json", rel], project)
    return result.returncode, json.loads(result.stdout)["masalah"]


def assert_only_placeholders(project, rel):
    text = (project / rel).read_text(encoding="utf-8")
    code, problems = report(project, rel)
    assert code == 1
    assert all(PHRASE in p["message"] and p["severity"] == "galat" for p in problems), problems
    lines = [p["line"] for p in problems]
    assert len(lines) == len(set(lines)), "one message per placeholder line"
    assert set(lines) == placeholder_lines(text)


def assert_passes_when_filled(project, rel):
    path = project / rel
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    code, problems = report(project, rel)
    assert (code, problems) == (0, []), problems


def test_baru_sop_with_flags(tmp_path):
    project = make_project(tmp_path)
    result = standar(["baru", "sop", "--opd", "dinkes", "--judul", "Pemeriksaan Berkas Uji"], project)
    assert result.returncode == 0, result.stderr
    rel = "standards/dinkes/sop/pemeriksaan-berkas-uji.md"
    assert f"Berkas dibuat: {rel}" in result.stdout
    assert "belum memiliki pola nomor" in result.stdout  # no pola_nomor: the number is a placeholder
    assert_only_placeholders(project, rel)
    assert_passes_when_filled(project, rel)


def test_baru_spm_with_flags(tmp_path):
    project = make_project(tmp_path)
    result = standar(["baru", "spm", "--opd", "dinkes", "--layanan", "kes-balita"], project)
    assert result.returncode == 0, result.stderr
    rel = "standards/dinkes/spm/pelayanan-kesehatan-balita.md"
    assert (project / rel).read_text(encoding="utf-8").count("layanan: kes-balita") == 1
    assert_only_placeholders(project, rel)
    assert_passes_when_filled(project, rel)


def _interactive(project, answers: list[str]):
    """`standar baru` with no arguments, the answers typed on stdin one per line."""
    return subprocess.run([str(BIN / "standar"), "baru"], cwd=project, input="\n".join(answers) + "\n",
                          capture_output=True, text=True, timeout=120)


def test_baru_sop_interactive(tmp_path):
    opd_yml = OPD_YML.replace("  jenis: dinas\n- kode: dinkes",
                              '  jenis: dinas\n  pola_nomor: "474.1/SOP-DUKCAPIL/{urut:03}/{tahun}"\n- kode: dinkes')
    project = make_project(tmp_path, {"standards/dukcapil/sop/penerbitan-akta-kelahiran.md": VALID_SOP},
                           opd_yml=opd_yml)
    # a wrong kind, a search with two hits, the kode, the title, the year (Enter = this year)
    result = _interactive(project, ["sap", "sop", "dinas", "dukcapl", "dukcapil",
                                    "Pemeriksaan Berkas Uji", "2027"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Jawab dengan" in result.stdout and "sop (Standar Operasional Prosedur)" in result.stdout
    assert "Beberapa OPD cocok" in result.stdout
    assert "maksud Anda 'dukcapil'?" in result.stdout
    rel = "standards/dukcapil/sop/pemeriksaan-berkas-uji.md"
    text = (project / rel).read_text(encoding="utf-8")
    assert 'nomor: "474.1/SOP-DUKCAPIL/002/2027"' in text  # the next number, the year answered
    assert_only_placeholders(project, rel)
    assert_passes_when_filled(project, rel)


def test_baru_spm_interactive(tmp_path):
    project = make_project(tmp_path)
    catalogue = list(corpus.load(project).catalogue.layanan)
    number = catalogue.index("kes-balita") + 1
    result = _interactive(project, ["spm", "dinkes", "99", str(number)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "tidak ada di katalog" in result.stdout
    rel = "standards/dinkes/spm/pelayanan-kesehatan-balita.md"
    assert_only_placeholders(project, rel)
    assert_passes_when_filled(project, rel)


def test_baru_interactive_without_answers_creates_nothing(tmp_path):
    project = make_project(tmp_path)
    result = _interactive(project, ["sop"])
    assert result.returncode == 2
    assert "tidak ada berkas yang dibuat" in result.stderr
    assert not list((project / "standards").rglob("*.md"))


def test_baru_refuses_to_overwrite(tmp_path):
    rel = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
    project = make_project(tmp_path, {rel: VALID_SOP})
    result = standar(["baru", "sop", "--opd", "dukcapil", "--judul", "Penerbitan Akta Kelahiran"], project)
    assert result.returncode == 1
    assert "sudah ada dan tidak ditimpa" in result.stderr
    assert (project / rel).read_text(encoding="utf-8") == VALID_SOP


def test_baru_lets_a_second_opd_report_a_service(tmp_path):
    project = make_project(tmp_path, {"standards/dinkes/spm/ibu-hamil.md": VALID_SPM.replace(
        'sop_terkait: ["474.1/SOP-DUKCAPIL/001/2025"]\n', "")})
    result = standar(["baru", "spm", "--opd", "distrik-konda", "--layanan", "kes-ibu-hamil"], project)
    assert result.returncode == 0, result.stderr
    assert "juga dilaporkan di standards/dinkes/spm/ibu-hamil.md" in result.stdout
    assert (project / "standards/distrik-konda/spm/pelayanan-kesehatan-ibu-hamil.md").exists()


def test_baru_usage_errors(tmp_path):
    project = make_project(tmp_path)
    result = standar(["baru", "sop", "--opd", "dinks", "--judul", "X"], project)
    assert result.returncode == 2 and "maksud Anda 'dinkes'" in result.stderr
    result = standar(["baru", "spm", "--opd", "dinkes", "--layanan", "kes-balto"], project)
    assert result.returncode == 1 and "maksud Anda 'kes-balita'?" in result.stderr
    assert not list((project / "standards").rglob("*.md"))


def test_next_number_follows_the_opd_pattern(tmp_path):
    opd_yml = OPD_YML.replace("  jenis: dinas\n- kode: dinkes",
                              '  jenis: dinas\n  pola_nomor: "474.1/SOP-DUKCAPIL/{urut:03}/{tahun}"\n- kode: dinkes')
    files = {
        "standards/dukcapil/sop/a.md": VALID_SOP,  # 001/2025
        "standards/dukcapil/sop/b.md": replace_line(VALID_SOP, "/001/2025", "/007/2023"),
        "standards/dukcapil/sop/c.md": replace_line(VALID_SOP, "474.1/SOP-DUKCAPIL/001/2025", "SOP-LAIN/099"),
        # the same pattern in another OPD's folder does not count
        "standards/dinkes/sop/d.md": replace_line(VALID_SOP, "/001/2025", "/050/2025"),
    }
    project = make_project(tmp_path, files, opd_yml=opd_yml)
    result = standar(["baru", "sop", "--opd", "dukcapil", "--judul", "Baru", "--tahun", "2026"], project)
    assert result.returncode == 0, result.stderr
    text = (project / "standards/dukcapil/sop/baru.md").read_text(encoding="utf-8")
    assert 'nomor: "474.1/SOP-DUKCAPIL/008/2026"' in text


@pytest.mark.parametrize("pola, nomor, urut", [
    ("440/SOP-DINKES/{urut:03}/{tahun}", "440/SOP-DINKES/012/2025", "012"),
    ("SOP-{urut}/X.{tahun}", "SOP-7/X.2024", "7"),
    ("SOP-{urut}/X.{tahun}", "SOP-7/XY2024", None),
])
def test_pattern_regex(pola, nomor, urut):
    match = pattern_regex(pola).fullmatch(nomor)
    assert (match.group("urut") if match else None) == urut


def test_invalid_patterns_are_not_used():
    assert pattern_regex("SOP/{tahun}") is None          # no running number
    assert pattern_regex("SOP/{urut}/{bulan}") is None   # unknown field


@pytest.mark.parametrize("kind, rel", [("sop", "standards/dinkes/sop/semua.md"),
                                       ("spm", "standards/dinkes/spm/semua.md")])
def test_uncommented_optional_fields_are_placeholders_too(tmp_path, kind, rel):
    """Removing '# ' from every optional field gives valid YAML of the right shape whose
    placeholders each get the one message, on their own line."""
    lines = template.render(kinds.get(kind)).split("\n")
    del lines[1:3]  # the header comment
    text = "\n".join(re.sub(r"^(\s*)# ", r"\1", line) for line in lines)
    project = make_project(tmp_path, {rel: text})
    assert_only_placeholders(project, rel)
