"""The loader: strict YAML, front-matter fences, encodings and line numbers."""

from __future__ import annotations

import pytest

from standar.read import corpus, yamlstrict
from standar.read.frontmatter import SourceError, decode, split
from support import VALID_SOP, make_project, replace_line

PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"


def errors_for(tmp_path, content) -> list:
    loaded = corpus.load(make_project(tmp_path, {PATH: content}))
    return [d for d in loaded.diagnostics if d.path == PATH and d.is_error]


# -- YAML read as text, not YAML 1.1 guesses ----------------------------------------------------

def test_scalars_stay_text_and_plain_ones_are_marked():
    value, lines = yamlstrict.load("a: no\nb: 0123\nc: 12:30\nd: 'x'\ne: 2025-01-15\n")
    assert value == {"a": "no", "b": "0123", "c": "12:30", "d": "x", "e": "2025-01-15"}
    assert isinstance(value["a"], yamlstrict.Plain) and not isinstance(value["d"], yamlstrict.Plain)
    assert lines[("c",)] == 3


def test_lines_of_nested_keys_and_items():
    _, lines = yamlstrict.load("a:\n  - x: 1\n    y: 2\n  - z\n")
    assert lines[("a", 0)] == 2 and lines[("a", 0, "y")] == 3 and lines[("a", 1)] == 4


@pytest.mark.parametrize("text,line,message", [
    ("a: 1\nb: 2\na: 3\n", 3, "kolom 'a' ditulis dua kali (pertama di baris 1); hapus salah satu"),
    ("a: &x [1]\nb: *x\n", 1, "anchor dan alias YAML (&nama, *nama) tidak diizinkan"),
    ("a: {x: 1}\nb:\n  <<: {y: 2}\n", 3, "merge key YAML ('<<') tidak diizinkan"),
    ("a: !!python/object:os.system x\n", 1, "tag YAML '!!python/object:os.system' tidak diizinkan"),
    ("a:\n\tb: 1\n", 2, "gunakan spasi"),
    ('a: "abc\nb: 2\n', 1, "tanda kutip pada baris ini tidak ditutup"),
    ("a: b: c\n", 1, "jika nilai mengandung ':', tulis nilai itu dalam tanda kutip"),
    ("a: 1\n---\nb: 2\n", None, "hanya satu dokumen YAML"),
    ("a: " + "[" * 40 + "]" * 40 + "\n", 1, "susunan terlalu dalam"),
    ("a: 1\nb: \x07\n", 2, "karakter kontrol U+0007 tidak diizinkan"),
])
def test_yaml_errors(text, line, message):
    with pytest.raises(yamlstrict.YamlError) as caught:
        yamlstrict.load(text)
    assert message in caught.value.message
    assert caught.value.line == line


def test_billion_laughs_fails_at_the_first_anchor():
    lol = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9))
    with pytest.raises(yamlstrict.YamlError) as caught:
        yamlstrict.load(lol)
    assert caught.value.line == 1


# -- the file around the YAML -------------------------------------------------------------------

def test_bom_crlf_trailing_spaces_and_no_final_newline_are_accepted(tmp_path):
    text = "\n".join(line + "  " if line.startswith("judul") else line for line in VALID_SOP.splitlines())
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    loaded = corpus.load(make_project(tmp_path, {PATH: data.rstrip(b"\r\n")}))
    assert not loaded.diagnostics
    assert loaded.standards[0].title == "Penerbitan Akta Kelahiran"


def test_lines_are_file_lines_after_crlf(tmp_path):
    text = replace_line(VALID_SOP, "status: berlaku", "status: aktif").replace("\n", "\r\n")
    (error,) = errors_for(tmp_path, text.encode())
    assert error.line == 4


@pytest.mark.parametrize("content,line,message", [
    ("", 1, "berkas kosong"),
    ("   \n\n", 1, "berkas kosong"),
    ("# Judul\n\nTeks saja.\n", 1, "berkas tidak diawali front-matter: baris pertama harus '---'"),
    ("---\njudul: x\nnomor: \"1\"\n\nTeks.\n", 1, "blok front-matter tidak ditutup"),
    ("---\n- judul\n- nomor\n---\n", 2, "front-matter harus berisi kolom-kolom 'nama: nilai'"),
    ("---\nhanya teks\n---\n", 2, "bukan satu nilai saja"),
    ("---\n---\nTeks.\n", 2, "bukan kosong"),
    ("---\njudul: x\n\tnomor: \"1\"\n---\n", 3, "gunakan spasi"),
])
def test_file_level_errors(tmp_path, content, line, message):
    (error,) = errors_for(tmp_path, content)
    assert message in error.message
    assert error.line == line


def test_windows_1252_names_byte_and_line(tmp_path):
    text = replace_line(VALID_SOP, "unit_kerja: Bidang Pelayanan Pencatatan Sipil",
                        "unit_kerja: Bidang \u201cPelayanan\u201d")
    (error,) = errors_for(tmp_path, text.encode("cp1252"))
    assert error.line == 5
    assert "berkas bukan UTF-8: byte 0x93 tidak valid (kemungkinan karakter '\u201c' dari Windows-1252/Word)" in error.message
    assert "simpan ulang berkas dengan pengodean UTF-8" in error.message


def test_size_limit(tmp_path):
    big = VALID_SOP + "\n" + ("Teks panjang. " * 80 + "\n") * 1000
    (error,) = errors_for(tmp_path, big)
    assert "berkas terlalu besar" in error.message and "paling besar 1024 KB" in error.message


def test_size_limit_is_configurable(tmp_path):
    pemda = "nama: X\nnama_singkat: X\nprovinsi: Papua\npengaturan:\n  ukuran_berkas_maks_kb: 16\n"
    project = make_project(tmp_path, {PATH: VALID_SOP + "x" * 20000}, pemda_yml=pemda)
    (error,) = corpus.load(project).errors
    assert "paling besar 16 KB" in error.message


def test_too_many_steps(tmp_path):
    steps = "".join(f"  - kegiatan: Langkah {i}\n    pelaksana: Pemohon\n" for i in range(10000))
    text = VALID_SOP.split("langkah:\n")[0] + "langkah:\n" + steps + "---\n"
    (error,) = errors_for(tmp_path, text)
    assert "kolom 'langkah': terlalu banyak butir (10000, paling banyak 100)" in error.message


def test_decode_and_split_units():
    assert decode(b"\xef\xbb\xbfa\r\nb\rc") == "a\nb\nc"
    source = split("---\na: 1\n---\nbody\n")
    assert (source.meta_text, source.meta_line, source.body, source.body_line) == ("a: 1\n", 2, "body\n", 4)
    with pytest.raises(SourceError):
        split("--- \na: 1\n")
