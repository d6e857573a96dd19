"""`standar check`: exit codes, formats, selection, and never a traceback."""

from __future__ import annotations

import json

from support import VALID_SOP, make_project, replace_line, standar

PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
BROKEN = replace_line(VALID_SOP, "status: berlaku", "status: aktif")


def test_clean_content_exits_0(tmp_path):
    result = standar(["check"], make_project(tmp_path, {PATH: VALID_SOP}))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ringkasan: 1 berkas standar ditemukan: 1 terbit, 0 draf, 0 bergalat; 0 galat, 0 peringatan." in result.stdout


def test_errors_exit_1_with_file_line_and_message(tmp_path):
    result = standar(["check"], make_project(tmp_path, {PATH: BROKEN}))
    assert result.returncode == 1
    assert f"{PATH}:4: galat: kolom 'status': 'aktif' tidak dikenal" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_warnings_alone_exit_0(tmp_path):
    text = replace_line(VALID_SOP, "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]",
                        "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi, Sekretaris]")
    result = standar(["check"], make_project(tmp_path, {PATH: text}))
    assert result.returncode == 0
    assert f"{PATH}:19: peringatan:" in result.stdout


def test_json_format(tmp_path):
    result = standar(["check", "--format", "json"], make_project(tmp_path, {PATH: BROKEN}))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ringkasan"] == {"ditemukan": 1, "terbit": 0, "draf": 0, "galat": 1,
                                   "jumlah_galat": 1, "jumlah_peringatan": 0}
    (problem,) = report["masalah"]
    assert problem == {"path": PATH, "line": 4, "severity": "galat", "field": "status",
                       "message": "kolom 'status': 'aktif' tidak dikenal; pilih salah satu dari draf, "
                                  "berlaku, dicabut"}


def test_paths_select_what_is_reported(tmp_path):
    other = "standards/dinkes/sop/lain.md"
    project = make_project(tmp_path, {PATH: VALID_SOP, other: BROKEN.replace("/001/", "/002/")})
    assert standar(["check", PATH], project).returncode == 0
    result = standar(["check", "standards/dinkes"], project)
    assert result.returncode == 1 and f"{other}:4: galat" in result.stdout


def test_drafts_are_listed(tmp_path):
    project = make_project(tmp_path, {PATH: replace_line(VALID_SOP, "status: berlaku", "status: draf")})
    result = standar(["check"], project)
    assert result.returncode == 0
    assert f"{PATH}: draf: tidak diterbitkan oleh 'make site'" in result.stdout


def test_usage_errors_exit_2(tmp_path):
    project = make_project(tmp_path, {PATH: VALID_SOP})
    for args in (["periksa"], ["check", "--format", "xml"], ["check", "tidak-ada.md"], []):
        result = standar(args, project)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
    assert standar(["check"], tmp_path / "standards").returncode == 2  # no standards/ here


def test_module_entry_point(tmp_path):
    from support import BIN, run
    result = run([str(BIN / "python"), "-m", "standar", "check"], make_project(tmp_path, {PATH: VALID_SOP}))
    assert result.returncode == 0
