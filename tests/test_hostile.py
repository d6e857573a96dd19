"""Hostile and broken input: every case gives its Indonesian message with file and line, exit 1,
no traceback, through both `standar check` and `mkdocs build`; nothing lost, nothing injected.

The cases are files under tests/hostile/, each named after what it tries; a few that cannot be
stored sensibly in git (symlinks, huge files, odd names) are made at run time.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from support import PEMDA_YML, VALID_SOP, make_project, mkdocs_build, replace_line, standar

HOSTILE = Path(__file__).parent / "hostile"
SOP_DIR = "standards/dukcapil/sop"

# case file -> (text on the expected line, or a line number; part of the message)
CASES = {
    "berkas-kosong.md": (1, "berkas kosong"),
    "tanpa-front-matter.md": (1, "berkas tidak diawali front-matter: baris pertama harus '---'"),
    "front-matter-tidak-ditutup.md": (1, "blok front-matter tidak ditutup"),
    "front-matter-berupa-daftar.md": (2, "bukan daftar"),
    "front-matter-berupa-skalar.md": (2, "bukan satu nilai saja"),
    "yaml-indentasi-tab.md": ("\tjabatan", "gunakan spasi"),
    "yaml-kutip-tidak-ditutup.md": ("nomor:", "tanda kutip pada baris ini tidak ditutup"),
    "kunci-ganda.md": ("status: draf", "kolom 'status' ditulis dua kali (pertama di baris 4)"),
    "anchor-dan-alias.md": ("&alat", "anchor dan alias YAML (&nama, *nama) tidak diizinkan"),
    "merge-key.md": ("<<:", "merge key YAML ('<<') tidak diizinkan"),
    "billion-laughs.md": (2, "anchor dan alias YAML (&nama, *nama) tidak diizinkan"),
    "off-sebagai-teks.md": ("unit_kerja: off", 'kolom \'unit_kerja\': off tanpa tanda kutip dibaca sebagai nilai ya/tidak'),
    "nip-tanpa-kutip.md": ("nip:", "NIP harus ditulis sebagai teks; tulis dalam tanda kutip"),
    "nomor-tanpa-kutip.md": ("nomor:", 'kolom \'nomor\': 4741001 tanpa tanda kutip dibaca sebagai angka'),
    "tanggal-hari-bulan-tahun.md": ("tanggal_efektif", "tanggal '15-01-2025' tidak dikenali; gunakan format TTTT-BB-HH (YYYY-MM-DD)"),
    "tanggal-dengan-nama-bulan.md": ("tanggal_efektif", "tanggal '15 Januari 2025' tidak dikenali; gunakan format TTTT-BB-HH"),
    "tanggal-mustahil.md": ("tanggal_efektif", "tanggal 2025-02-30 tidak ada di kalender"),
    "teks-di-tempat-angka.md": ("keputusan:", "kolom 'langkah ke-2 › keputusan › ya': 'tiga' bukan bilangan bulat"),
    "angka-di-tempat-teks.md": ("judul:", 'kolom \'judul\': 2025 tanpa tanda kutip dibaca sebagai angka'),
    "windows-1252.md": ("unit_kerja", "berkas bukan UTF-8: byte 0x93 tidak valid (kemungkinan karakter '\u201c' dari Windows-1252/Word); simpan ulang"),
    "skrip-di-badan.md": ("<script>", "teks halaman berisi kode yang tidak diizinkan: tag HTML <script> tidak diizinkan"),
    "iframe-di-badan.md": ("<iframe", "tag HTML <iframe> tidak diizinkan"),
    "object-di-badan.md": ("<object", "tag HTML <object> tidak diizinkan"),
    "embed-di-badan.md": ("<embed", "tag HTML <embed> tidak diizinkan"),
    "style-di-badan.md": ("<style>", "tag HTML <style> tidak diizinkan"),
    "atribut-onerror.md": ("onerror", "atribut 'onerror' (kode skrip) pada <img> tidak diizinkan"),
    "tautan-javascript.md": ("javascript:", "alamat 'javascript:' tidak diizinkan pada <a href>"),
    "tautan-javascript-tersamar.md": ("jav&#x61;", "alamat 'javascript:' tidak diizinkan pada <a href>"),
    "gambar-data-url.md": ("data:image", "alamat 'data:' tidak diizinkan pada <img src>"),
    "skrip-di-judul.md": ("judul:", "kolom 'judul': berisi kode ('<script...'); isian ini berupa teks biasa, bukan HTML"),
    "tag-dengan-markup.md": ("tags:", "kolom 'tags ke-2': '<b>penting</b>' tidak sesuai format: kata kunci"),
    "onerror-di-langkah.md": ("onerror", "kolom 'langkah ke-2 › kegiatan': berisi kode ('<img...')"),
}


def expected_line(name: str, where) -> int:
    if isinstance(where, int):
        return where
    text = (HOSTILE / name).read_bytes().decode("utf-8", errors="replace")
    return next(n for n, line in enumerate(text.split("\n"), 1) if where in line)


def test_every_case_file_is_listed():
    on_disk = {p.name for p in HOSTILE.iterdir()} - {"diterima-bom-crlf-spasi.md"}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_through_standar_check(tmp_path, name):
    where, message = CASES[name]
    path = f"{SOP_DIR}/{name}"
    project = make_project(tmp_path, {path: (HOSTILE / name).read_bytes()})
    result = standar(["check"], project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    lines = [l for l in result.stdout.splitlines() if l.startswith(f"{path}:{expected_line(name, where)}: galat: ")]
    assert any(message in l for l in lines), output


def test_all_cases_through_mkdocs_build(tmp_path):
    """One build with every hostile file: it fails, lists each one, publishes nothing."""
    files = {f"{SOP_DIR}/{name}": (HOSTILE / name).read_bytes() for name in CASES}
    project = make_project(tmp_path, files, site=True)
    result = mkdocs_build(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    for name, (where, message) in CASES.items():
        prefix = f"{SOP_DIR}/{name}:{expected_line(name, where)}: galat: "
        assert any(l.startswith(prefix) and message in l for l in output.splitlines()), name
    assert f"Ringkasan: {len(CASES)} berkas standar ditemukan: 0 terbit, 0 draf, {len(CASES)} bergalat" in output
    assert not (project / "site").exists()


def test_accepted_bom_crlf_trailing_spaces_no_final_newline(tmp_path):
    data = (HOSTILE / "diterima-bom-crlf-spasi.md").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" and not data.endswith(b"\n")
    project = make_project(tmp_path, {f"{SOP_DIR}/diterima.md": data}, site=True)
    assert standar(["check"], project).returncode == 0
    assert mkdocs_build(project).returncode == 0
    assert (project / "site/dukcapil/sop/diterima/index.html").exists()


# -- cases made at run time --------------------------------------------------------------------

def _runtime_project(tmp_path):
    big = VALID_SOP + "\n" + ("Teks panjang sekali. " * 50 + "\n") * 1100
    steps = "".join(f"  - kegiatan: Langkah {i}\n    pelaksana: Pemohon\n" for i in range(10_000))
    many = VALID_SOP.split("langkah:\n")[0] + "langkah:\n" + steps + "---\n"
    files = {
        f"{SOP_DIR}/terlalu-besar.md": big,
        f"{SOP_DIR}/sepuluh-ribu-langkah.md": many,
        f"{SOP_DIR}/Nama Dengan Spasi.md": VALID_SOP.replace("/001/", "/101/"),
        f"{SOP_DIR}/HurufBesar.md": VALID_SOP.replace("/001/", "/102/"),
        f"{SOP_DIR}/akta-\u00e9.md": VALID_SOP.replace("/001/", "/103/"),
        f"{SOP_DIR}/tabrakan.md": VALID_SOP.replace("/001/", "/104/"),
        f"{SOP_DIR}/Tabrakan.md": VALID_SOP.replace("/001/", "/105/"),
        "standards/lepas.md": VALID_SOP,
        "standards/dukcapil/arsip/lama.md": VALID_SOP,
        f"{SOP_DIR}/lampiran.docx": b"PK\x03\x04",
    }
    project = make_project(tmp_path, files, site=True)
    secret = tmp_path / "rahasia.md"
    secret.write_text(VALID_SOP.replace("/001/", "/999/"), encoding="utf-8")
    os.symlink(secret, project / SOP_DIR / "tautan.md")
    return project


RUNTIME = {
    f"{SOP_DIR}/terlalu-besar.md": "berkas terlalu besar",
    f"{SOP_DIR}/sepuluh-ribu-langkah.md": "terlalu banyak butir (10000, paling banyak 100)",
    f"{SOP_DIR}/Nama Dengan Spasi.md": "nama berkas 'Nama Dengan Spasi.md' tidak sah",
    f"{SOP_DIR}/HurufBesar.md": "ganti nama menjadi 'hurufbesar.md'",
    f"{SOP_DIR}/akta-\u00e9.md": "ganti nama menjadi 'akta-e.md'",
    f"{SOP_DIR}/tabrakan.md": "alamat halaman 'tabrakan' bertabrakan dengan",
    f"{SOP_DIR}/Tabrakan.md": "alamat halaman 'tabrakan' bertabrakan dengan",
    "standards/lepas.md": "tidak langsung di standards/",
    "standards/dukcapil/arsip/": "folder 'arsip' tidak dikenal",
    "standards/dukcapil/arsip/lama.md": "tidak diterbitkan",
    f"{SOP_DIR}/lampiran.docx": "hanya berkas standar .md",
    f"{SOP_DIR}/tautan.md": "tautan simbolik (symlink) tidak diizinkan",
}


def test_runtime_cases_through_check_and_build(tmp_path):
    project = _runtime_project(tmp_path)
    check = standar(["check", "--format", "json"], project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    report = json.loads(check.stdout)
    messages = {}
    for problem in report["masalah"]:
        messages.setdefault(problem["path"], []).append(problem["message"])
    for path, message in RUNTIME.items():
        assert any(message in m for m in messages.get(path, [])), (path, messages.get(path))
    summary = report["ringkasan"]
    assert summary["ditemukan"] == summary["terbit"] + summary["draf"] + summary["galat"] == 11
    assert summary["terbit"] == 0
    build = mkdocs_build(project)
    output = build.stdout + build.stderr
    assert build.returncode == 1 and "Traceback" not in output
    for path, message in RUNTIME.items():
        assert re.search(re.escape(path) + r"(:\d+)?: galat: .*" + re.escape(message), output), path
    assert "999" not in output  # nothing of the linked file outside the repository was read
    assert not (project / "site").exists()


def test_files_found_equal_published_drafts_and_errors(tmp_path, sample_site):
    """For the sample content and for the sample with injected faults."""
    summary = sample_site.corpus.summary()
    assert summary["ditemukan"] == summary["terbit"] + summary["draf"] and summary["galat"] == 0
    import shutil
    project = tmp_path / "p"
    shutil.copytree(sample_site.project / "standards", project / "standards")
    victims = sorted((project / "standards").rglob("*.md"))[:5]
    for index, victim in enumerate(victims):
        victim.write_bytes((HOSTILE / sorted(CASES)[index * 5]).read_bytes())
    report = json.loads(standar(["check", "--format", "json"], project).stdout)["ringkasan"]
    assert report["ditemukan"] == summary["ditemukan"]
    assert report["ditemukan"] == report["terbit"] + report["draf"] + report["galat"]
    assert report["galat"] >= 5


def test_billion_laughs_is_refused_at_the_first_anchor_in_bounded_memory():
    import resource

    from standar.read import yamlstrict
    text = (HOSTILE / "billion-laughs.md").read_text(encoding="utf-8").split("---\n")[1]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(yamlstrict.YamlError) as caught:
        yamlstrict.load(text)
    assert caught.value.line == 1  # refused before any alias is expanded
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB


def test_markup_signs_in_the_pemda_names_are_refused(tmp_path):
    """The theme prints the pemda's names unescaped in places: they may carry no markup."""
    pemda = replace_line(PEMDA_YML, "nama_singkat: Kabupaten Contoh", 'nama_singkat: "Kabupaten <b>Contoh</b>"')
    project = make_project(tmp_path, pemda_yml=pemda, site=True)
    output = standar(["check"], project).stdout
    assert "standards/pemda.yml:2: galat: kolom 'nama_singkat': 'Kabupaten <b>Contoh</b>' tidak sesuai " \
           "format: nama tanpa tanda < > \" ' & `" in output
    assert mkdocs_build(project).returncode == 1
