"""Where files may stand under standards/, and that nothing found is dropped silently."""

from __future__ import annotations

import os

from standar.read import corpus
from support import VALID_SOP, make_project


def outcome(tmp_path, files: dict, links: dict | None = None):
    project = make_project(tmp_path, files)
    for rel, target in (links or {}).items():
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, path)
    loaded = corpus.load(project)
    return loaded, {d.path: d.message for d in loaded.diagnostics}


def assert_accounted(loaded):
    summary = loaded.summary()
    assert summary["ditemukan"] == summary["terbit"] + summary["draf"] + summary["galat"]
    assert set(loaded.outcome) == set(loaded.found)


def test_file_names(tmp_path):
    loaded, messages = outcome(tmp_path, {
        "standards/dukcapil/sop/Akta Kelahiran.md": VALID_SOP,
        "standards/dukcapil/sop/pelayanan-ktp\u00e9.md": VALID_SOP,
        "standards/dukcapil/sop/index.md": VALID_SOP,
    })
    assert "nama berkas 'Akta Kelahiran.md' tidak sah" in messages["standards/dukcapil/sop/Akta Kelahiran.md"]
    assert "ganti nama menjadi 'akta-kelahiran.md'" in messages["standards/dukcapil/sop/Akta Kelahiran.md"]
    assert "ganti nama menjadi 'pelayanan-ktpe.md'" in messages["standards/dukcapil/sop/pelayanan-ktp\u00e9.md"]
    assert "tidak sah" in messages["standards/dukcapil/sop/index.md"]
    assert loaded.standards == []
    assert_accounted(loaded)


def test_colliding_slugs_are_both_reported(tmp_path):
    loaded, messages = outcome(tmp_path, {
        "standards/dukcapil/sop/akta-kelahiran.md": VALID_SOP,
        "standards/dukcapil/sop/Akta_Kelahiran.md": VALID_SOP,
    })
    assert ["alamat halaman 'akta-kelahiran' bertabrakan dengan standards/dukcapil/sop/Akta_Kelahiran.md; "
            "beri nama berkas yang berbeda"] == [
        d.message for d in loaded.diagnostics if d.path == "standards/dukcapil/sop/akta-kelahiran.md"]
    assert loaded.standards == []
    assert_accounted(loaded)


def test_misplaced_files_and_folders(tmp_path):
    loaded, messages = outcome(tmp_path, {
        "standards/lepas.md": VALID_SOP,
        "standards/catatan.txt": "x",
        "standards/dinas-tak-dikenal/sop/a.md": VALID_SOP,
        "standards/dinkess/sop/b.md": VALID_SOP,
        "standards/dinkes/c.md": VALID_SOP,
        "standards/dinkes/prosedur/d.md": VALID_SOP,
        "standards/dinkes/sop/lama/e.md": VALID_SOP,
        "standards/dinkes/sop/lampiran.pdf": b"%PDF",
    })
    assert "tidak langsung di standards/" in messages["standards/lepas.md"]
    assert "berkas tidak dikenal di standards/" in messages["standards/catatan.txt"]
    assert "folder 'dinas-tak-dikenal' bukan kode OPD yang terdaftar" in messages["standards/dinas-tak-dikenal/"]
    assert "tidak diterbitkan" in messages["standards/dinas-tak-dikenal/sop/a.md"]
    assert "maksud Anda 'dinkes'?" in messages["standards/dinkess/"]
    assert "subfolder sop/, spo/ atau spm/" in messages["standards/dinkes/c.md"]
    assert "folder 'prosedur' tidak dikenal" in messages["standards/dinkes/prosedur/"]
    assert "subfolder tidak diizinkan" in messages["standards/dinkes/sop/lama/"]
    assert "hanya berkas standar .md" in messages["standards/dinkes/sop/lampiran.pdf"]
    assert len(loaded.found) == 8
    assert_accounted(loaded)
    assert loaded.summary()["galat"] == 8


def test_symlinks_are_rejected_and_not_followed(tmp_path):
    outside = tmp_path / "rahasia.md"
    outside.write_text(VALID_SOP)
    loaded, messages = outcome(tmp_path / "p", {}, links={
        "standards/dukcapil/sop/tautan.md": str(outside),
        "standards/dinkes": str(tmp_path),
    })
    assert "tautan simbolik (symlink) tidak diizinkan" in messages["standards/dukcapil/sop/tautan.md"]
    assert "tautan simbolik" in messages["standards/dinkes"]
    assert loaded.standards == []
    assert_accounted(loaded)
