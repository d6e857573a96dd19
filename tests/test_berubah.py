"""`standar check --berubah`, `standar periksa-pr` on real git repositories, and the GitHub and
GitLab report formats."""

from __future__ import annotations

import json
import re
import subprocess

import jsonschema
import pytest

from standar.model.diagnostics import Diagnostic
from standar.tools.reports import escape_data, escape_property, format_github, format_gitlab
from support import VALID_SOP, VALID_SPM, make_project, replace_line, standar

A = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"      # 474.1/SOP-DUKCAPIL/001/2025
B = "standards/dinkes/spm/kesehatan-ibu-hamil.md"               # sop_terkait: A
C = "standards/dukcapil/sop/akta-kematian.md"                   # keterkaitan: A
D = "standards/dinkes/sop/lain.md"                              # unrelated, with an old error
E = "standards/distrik-konda/sop/surat-keterangan.md"           # unrelated, valid

SOP_C = replace_line(replace_line(VALID_SOP, "/001/2025", "/002/2025"), "tags: [kependudukan]",
                     'keterkaitan: [{nomor: "474.1/SOP-DUKCAPIL/001/2025", hubungan: prasyarat}]\n'
                     "tags: [kependudukan]")
SOP_D = replace_line(replace_line(VALID_SOP, "/001/2025", "/003/2025"), "status: berlaku", "status: aktif")
SOP_E = replace_line(VALID_SOP, "/001/2025", "/004/2025")


def git(project, *args):
    return subprocess.run(["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.id", *args],
                          cwd=project, check=True, capture_output=True, text=True).stdout


def repo(tmp_path):
    project = make_project(tmp_path, {A: VALID_SOP, B: VALID_SPM, C: SOP_C, D: SOP_D, E: SOP_E})
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "awal")
    git(project, "checkout", "-qb", "usulan")
    return project


def checked(project, *args):
    result = standar(["check", "--format", "json", "--berubah", *args], project)
    data = json.loads(result.stdout)
    return result.returncode, data["diperiksa"], {p["path"] for p in data["masalah"]}


def test_changed_file_and_the_files_linking_to_it(tmp_path):
    project = repo(tmp_path)
    path = project / A
    path.write_text(path.read_text().replace("Bidang Pelayanan Pencatatan Sipil", "Bidang Capil"))
    git(project, "commit", "-qam", "ubah A")
    code, seen, reported = checked(project)
    assert seen["berubah"] == [A]
    assert seen["menautkan"] == sorted([B, C])
    assert seen["semua"] is None
    assert (code, reported) == (0, set())  # D's old error is not this change's problem


def test_renumbered_file_breaks_its_linkers_and_they_are_reported(tmp_path):
    project = repo(tmp_path)
    path = project / A
    path.write_text(path.read_text().replace("/001/2025", "/010/2025"))
    git(project, "commit", "-qam", "nomor baru")
    code, seen, reported = checked(project)
    assert seen["berubah"] == [A] and seen["menautkan"] == sorted([B, C])  # by the former nomor
    assert code == 1 and reported == {B, C}


def test_deleted_file_reports_its_linkers(tmp_path):
    project = repo(tmp_path)
    git(project, "rm", "-q", A)
    git(project, "commit", "-qm", "hapus A")
    code, seen, reported = checked(project)
    assert seen["berubah"] == [A] and seen["menautkan"] == sorted([B, C])
    assert code == 1 and reported == {B, C}


def test_uncommitted_and_new_files_count_and_main_moving_on_does_not(tmp_path):
    project = repo(tmp_path)
    git(project, "checkout", "-q", "main")
    (project / E).write_text(SOP_E.replace("status: berlaku", "status: aktif"))
    git(project, "commit", "-qam", "perubahan lain di main")
    git(project, "checkout", "-q", "usulan")
    new = "standards/distrik-konda/sop/baru.md"
    (project / new).write_text(replace_line(VALID_SOP, "/001/2025", "/005/2025"))  # untracked
    code, seen, reported = checked(project)
    assert seen["berubah"] == [new] and seen["menautkan"] == []
    assert (code, reported) == (0, set())


def test_explicit_ref(tmp_path):
    project = repo(tmp_path)
    (project / D).write_text(SOP_D.replace("status: aktif", "status: berlaku"))
    git(project, "commit", "-qam", "perbaiki D")
    first = git(project, "rev-parse", "HEAD").strip()
    path = project / E
    path.write_text(path.read_text().replace("status: berlaku", "status: aktif"))
    git(project, "commit", "-qam", "rusak E")
    code, seen, reported = checked(project, first)
    assert seen["berubah"] == [E] and code == 1 and reported == {E}
    assert seen["dasar"] == first


def test_registry_change_checks_everything(tmp_path):
    project = repo(tmp_path)
    registry = project / "standards/opd.yml"
    registry.write_text(registry.read_text() + "  email: konda@contoh.id\n")
    git(project, "commit", "-qam", "registry")
    code, seen, reported = checked(project)
    assert "standards/opd.yml" in seen["semua"]
    assert code == 1 and reported == {D}


def test_text_output_names_what_was_checked(tmp_path):
    project = repo(tmp_path)
    (project / A).write_text(VALID_SOP.replace("status: berlaku", "status: aktif"))
    result = standar(["check", "--berubah"], project)
    assert result.returncode == 1
    assert "Diperiksa: 1 berkas yang berubah sejak main" in result.stdout
    assert f"  {B} (menautkan)" in result.stdout
    assert f"{A}:4: galat: kolom 'status'" in result.stdout
    assert D not in result.stdout


def test_berubah_usage_errors(tmp_path):
    project = repo(tmp_path)
    result = standar(["check", "--berubah", "tidak-ada"], project)
    assert result.returncode == 2 and "bukan cabang, tag atau commit" in result.stderr
    result = standar(["check", "--berubah", "main", A], project)
    assert result.returncode == 2
    plain = make_project(tmp_path.parent / f"{tmp_path.name}-bukan-repo", {A: VALID_SOP})
    result = standar(["check", "--berubah"], plain)
    assert result.returncode == 2 and "Traceback" not in result.stderr


# -- formats -----------------------------------------------------------------------------------

GITHUB_LINE = re.compile(r"^::(error|warning|notice) (file=[^,:]+(,line=\d+)?(,title=[^,:]+)?)::(.+)$")

GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {"type": "object", "required": ["path", "lines"], "properties": {
                "path": {"type": "string"},
                "lines": {"type": "object", "required": ["begin"],
                          "properties": {"begin": {"type": "integer", "minimum": 1}}}}},
        },
    },
}


def broken_project(tmp_path):
    warn = replace_line(VALID_SOP, "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]",
                        "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi, Sekretaris]")
    return make_project(tmp_path, {A: replace_line(warn, "status: berlaku", "status: aktif")})


def test_github_annotations(tmp_path):
    result = standar(["check", "--format", "github"], broken_project(tmp_path))
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 2
    for line in annotations:
        assert GITHUB_LINE.match(line), line
    assert annotations[0].startswith(f"::error file={A},line=4,title=Galat standar (status)::kolom 'status'")
    assert annotations[1].startswith(f"::warning file={A},line=19,")


def test_github_escaping():
    assert escape_data("50% selesai\r\nbaris 2") == "50%25 selesai%0D%0Abaris 2"
    assert escape_property("a: b, c%") == "a%3A b%2C c%25"
    diagnostic = Diagnostic("standards/x,y/sop/a:b.md", 3, "galat", "baris 1\nbaris 2: 100%", "judul")
    (line,) = format_github([diagnostic]).splitlines()
    assert line == ("::error file=standards/x%2Cy/sop/a%3Ab.md,line=3,title=Galat standar (judul)"
                    "::baris 1%0Abaris 2: 100%25")


def test_gitlab_code_quality_report(tmp_path):
    result = standar(["check", "--format", "gitlab"], broken_project(tmp_path))
    assert result.returncode == 1
    issues = json.loads(result.stdout)
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert [(i["severity"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("major", A, 4), ("minor", A, 19)]
    assert issues[0]["check_name"] == "standar/status"


def test_gitlab_fingerprints_are_unique_and_stable():
    same = Diagnostic("standards/a/sop/b.md", None, "galat", "pesan")
    issues = json.loads(format_gitlab([same, same]))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert len({i["fingerprint"] for i in issues}) == 2
    assert issues[0]["location"]["lines"]["begin"] == 1  # a file-level problem points at line 1
    assert json.loads(format_gitlab([same, same])) == issues


def test_clean_change_gives_an_empty_gitlab_report(tmp_path):
    result = standar(["check", "--format", "gitlab"], make_project(tmp_path, {A: VALID_SOP}))
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


# -- periksa-pr ----------------------------------------------------------------------------------

@pytest.mark.parametrize("touched, flagged", [
    ([A], False),
    ([A, C], False),            # two files, one OPD
    ([A, B], True),             # two OPDs
    ([A, "hooks/x.py"], True),  # portal code together with standards
    (["hooks/x.py"], False),    # code alone: the usual review
])
def test_periksa_pr(tmp_path, touched, flagged):
    project = repo(tmp_path)
    for rel in touched:
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((path.read_text() if path.exists() else "") + "\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "usulan")
    result = standar(["periksa-pr", "--dasar", "main", "--format", "github"], project)
    assert result.returncode == (1 if flagged else 0), result.stdout + result.stderr
    assert ("Perlu perhatian Bagian Organisasi" in result.stdout) == flagged
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::warning ")]
    assert bool(warnings) == flagged
    for line in warnings:
        assert line.startswith("::warning title=Perlu perhatian Bagian Organisasi::Pull request ini ")
