"""The web editor without a browser: its configuration is the content model's, its file format
writes the bytes the core's serializer writes, its checks say what standar check says, its
Indonesian covers Decap's every string, and the build serves it from the site's own files (but
not offline, in search or in the sitemap). The editor's scripts run in Node (tests/editor_node.js)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from browser import need
from standar import kinds
from standar.model.schema import Context
from standar.publish import document, editor
from standar.read.check import Options, check_file
from standar.read.discover import Candidate
from standar.read.frontmatter import decode, split
from standar.read.yamlstrict import load
from standar.tools import cli
from strategies import batch
from support import PEMDA_YML, REPO, VALID_SOP, VALID_SPM, make_project, mkdocs_build, run, standar

NODE = REPO / "tests" / "editor_node.js"


def node(command: str, data=None):
    need(shutil.which("node") is not None, "Node.js tidak terpasang")
    need((REPO / "node_modules" / "js-yaml").is_dir(), "paket npm belum terpasang (npm ci)")
    result = subprocess.run(["node", str(NODE), command], input=json.dumps(data, default=str),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def values_of(path: Path) -> tuple[str, dict, str]:
    """A standard's kind, front-matter values (as the check converts them) and body."""
    kind = kinds.get(path.parent.name)
    source = split(decode(path.read_bytes()))
    raw, lines = load(source.meta_text, first_line=source.meta_line)
    values, _ = kind.fields.convert_partial(raw, (), Context(str(path), lines))
    return kind.code, values, source.body


SAMPLES = sorted((REPO / "standards").glob("*/*/*.md"))


# -- configuration ------------------------------------------------------------------------------

def test_the_committed_configuration_is_the_model_s(capsys):
    """docs/admin/konfigurasi.js is generated (standar editor --tulis); stale, this fails."""
    assert cli.main(["--root", str(REPO), "editor", "--periksa"]) == 0, capsys.readouterr().out


def test_a_stale_configuration_is_reported(tmp_path, capsys):
    (tmp_path / "docs" / "admin").mkdir(parents=True)
    (tmp_path / editor.CONFIG_FILE).write_text("window.PORTAL_KONFIGURASI = {};\n", encoding="utf-8")
    assert cli.main(["--root", str(tmp_path), "editor", "--periksa"]) == 1
    assert "standar editor --tulis" in capsys.readouterr().out
    assert cli.main(["--root", str(tmp_path), "editor", "--tulis"]) == 0
    assert cli.main(["--root", str(tmp_path), "editor", "--periksa"]) == 0


def _widgets(fields: list) -> dict:
    found = {}
    for spec in fields:
        found[spec["name"]] = spec
        for sub in spec.get("fields", []):
            found[f"{spec['name']}.{sub['name']}"] = sub
    return found


def test_one_collection_per_kind_with_the_model_s_fields():
    config = editor.configuration()
    collections = {c["name"]: c for c in config["decap"]["collections"]}
    assert list(collections) == list(kinds.KINDS)
    for code, kind in kinds.KINDS.items():
        collection = collections[code]
        assert collection["path"] == "{{opd}}/" + code + "/{{_slug}}" and collection["folder"] == "standards"
        assert collection["filter"] == {"field": "_jenis", "value": code}
        names = [f["name"] for f in collection["fields"]]
        assert names == ["opd"] + [f.key for f in kind.fields.fields] + ["body"]
        for spec, widget in zip(kind.fields.fields, collection["fields"][1:]):
            assert widget["required"] == spec.required and widget.get("hint", "").startswith(spec.doc)
            # a field on the official form that a signed original may leave blank says so
            assert ("Dianjurkan" in widget.get("hint", "")) == spec.expected
        assert collection["fields"][0]["widget"] == "portal-opd"


def test_steps_dates_decisions_and_the_catalogue_have_their_widgets():
    sop = _widgets(next(c for c in editor.configuration()["decap"]["collections"] if c["name"] == "sop")["fields"])
    step = _widgets(sop["langkah"]["fields"])
    assert step["pelaksana"]["widget"] == "portal-pilih-butir" and step["pelaksana"]["rujuk"] == "pelaksana"
    decision = _widgets(step["keputusan"]["fields"])
    assert decision["ya"]["widget"] == decision["tidak"]["widget"] == "portal-nomor-butir"
    assert not decision["ya"]["required"]  # inside an optional record: the checks hold a present one
    assert step["ke"]["widget"] == "portal-nomor-butir"
    assert sop["tanggal_efektif"]["widget"] == "datetime" and sop["tanggal_efektif"]["format"] == "YYYY-MM-DD"
    assert sop["status"]["widget"] == "select" and sop["status"]["default"] == "draf"
    assert sop["disahkan_oleh.nip"]["pattern"][0] == editor.NIP_PATTERN
    spm = _widgets(next(c for c in editor.configuration()["decap"]["collections"] if c["name"] == "spm")["fields"])
    assert spm["layanan"]["widget"] == "select" and len(spm["layanan"]["options"]) == 29
    assert spm["layanan"]["options"][0]["value"] == next(iter(__import__("standar.model.catalogue", fromlist=["load"]).load().layanan))


@pytest.mark.parametrize("pattern,good,bad", [
    (r"[^<>\"'&`]*[^\W_][^<>\"'&`]*", ["akta", "kependudukan ibu", "éé"], ["___", "a<b", ""]),
    (r"\d+(?:[.,]\d+)? (?:menit|jam)", ["5 menit", "1,5 jam"], ["lima menit", "5menit"]),
    (r"https?://\S+", ["https://lapor.go.id"], ["ftp://x", "https:// x"]),
])
def test_patterns_mean_in_the_browser_what_they_mean_in_the_check(pattern, good, bad):
    source = editor.js_pattern(pattern)
    script = ("const r = new RegExp(process.argv[1], 'u');"
              "process.stdout.write(JSON.stringify(JSON.parse(process.argv[2]).map(s => r.test(s))))")
    need(shutil.which("node") is not None, "Node.js tidak terpasang")
    result = subprocess.run(["node", "-e", script, source, json.dumps(good + bad)], capture_output=True, text=True)
    assert json.loads(result.stdout) == [True] * len(good) + [False] * len(bad)
    assert [bool(re.fullmatch(pattern, s)) for s in good + bad] == [True] * len(good) + [False] * len(bad)


def test_a_pattern_without_a_translation_stops_the_generation():
    with pytest.raises(ValueError):
        editor.js_pattern(r"\bkata\b")


def test_a_new_file_is_named_as_standar_baru_names_it():
    """Kind.name_fields (the editor's file name) agrees with the kinds' new_file."""
    from standar.model.catalogue import load as catalogue
    from standar.read.corpus import load as corpus_load
    from standar.tools.baru import known
    corpus = corpus_load(REPO)
    for kind in kinds.all_kinds():
        opd = next(iter(corpus.registry.values()))
        answers = {"judul": "Contoh Judul", "layanan": "kes-balita", "tahun": 2026, "nomor": "X/1"}
        if "judul" not in kind.questions:
            answers["judul"] = None
        try:
            made = kind.new_file(answers, opd, known(corpus), __import__("datetime").date(2026, 1, 1))
        except Exception:  # an occupied service: the name rule is what is compared
            continue
        values = {**made.prefill, "judul": answers["judul"]}
        first = next(values[k] for k in kind.name_fields if values.get(k))
        spec = kind.fields.by_key[[k for k in kind.name_fields if values.get(k)][0]]
        expected = dict(spec.options())[first] if spec.options else first
        assert made.name == expected, kind.code
        assert catalogue()  # the catalogue the options come from


# -- the file format --------------------------------------------------------------------------------

def test_the_editor_writes_every_sample_standard_as_the_core_does():
    docs = []
    for path in SAMPLES:
        code, values, body = values_of(path)
        docs.append({"kind": code, "values": values, "body": body})
    written = node("dump", docs)
    for path, doc, text in zip(SAMPLES, docs, written):
        assert text == document.dump(kinds.get(doc["kind"]), doc["values"], doc["body"]), path


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch(size=(3, 6)))
def test_the_editor_writes_generated_standards_of_every_kind_as_the_core_does(items):
    docs = [{"kind": code, "values": meta, "body": f"## Isi\n\nTeks {slug}."} for code, slug, meta in items]
    for doc, text in zip(docs, node("dump", docs)):
        expected = document.dump(kinds.get(doc["kind"]), doc["values"], doc["body"])
        assert text == expected
        # and the portal reads back what was written
        source = split(decode(expected.encode()))
        raw, lines = load(source.meta_text, first_line=source.meta_line)
        back, ok = kinds.get(doc["kind"]).fields.convert_partial(raw, (), Context("x", lines))
        assert ok, expected


@pytest.mark.parametrize("text", ["Kepala: Dinas", "a\nb", "akhir ", "a\tb", "yes", "0123", "12:30", "~",
                                  "- daftar", "#1", "tanda # pagar", "\u00a0spasi", "Rp 50.000,-", "\u2028"])
def test_text_reads_back_exactly(text):
    raw, _ = load(f"judul: {document.scalar(text)}\n", first_line=1)
    assert str(raw["judul"]) == text


def test_standar_baru_quotes_as_the_editor_does(tmp_path):
    project = make_project(tmp_path)
    result = standar(["--root", str(project), "baru", "sop", "--opd", "dukcapil", "--judul", "Pindah: Antar Kabupaten",
                      "--nomor", "0123"], project)
    assert result.returncode == 0, result.stderr
    text = (project / "standards/dukcapil/sop/pindah-antar-kabupaten.md").read_text(encoding="utf-8")
    assert 'judul: "Pindah: Antar Kabupaten"\n' in text and 'nomor: "0123"\n' in text


# -- checks in the browser ------------------------------------------------------------------------------

def _python_fields(tmp_path: Path, kind: str, text: str) -> set:
    path = tmp_path / "standards" / "dukcapil" / kind / "uji.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = check_file(Candidate(str(path), f"standards/dukcapil/{kind}/uji.md", "dukcapil", kind, "uji"), Options())
    return {(d.field or "") for d in result.diagnostics if d.is_error}


MUTATIONS = [  # (kind, old, new): one mistake each, on a valid file
    ("sop", "judul: Penerbitan Akta Kelahiran\n", ""),
    ("sop", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2025-02-30"),
    ("sop", "tanggal_efektif: 2025-01-15", "tanggal_efektif: 2024-12-31"),
    ("sop", 'nip: "197805122005022003"', 'nip: "19780512200502200"'),
    ("sop", 'nip: "197805122005022003"', 'nip: "197813122005022003"'),
    ("sop", "status: berlaku", "status: aktif"),
    ("sop", "    pelaksana: Kepala Seksi", "    pelaksana: Kepala Bidang"),
    ("sop", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 2, tidak: 1,"),
    ("sop", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 9, tidak: 1,"),
    ("sop", "keputusan: {ya: 3, tidak: 1,", "keputusan: {ya: 1, tidak: 1,"),
    ("sop", "    waktu: 1 jam", "    waktu: sejam"),
    ("sop", "    waktu: 1 jam", "    waktu: 1 jam\n    ke: 1"),
    ("sop", "pelaksana: [Pemohon, Petugas Loket, Kepala Seksi]", "pelaksana: [Pemohon, Petugas Loket, Pemohon]"),
    ("sop", "unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: <isi unit kerja>"),
    ("sop", "unit_kerja: Bidang Pelayanan Pencatatan Sipil", "unit_kerja: Bidang <b>Pelayanan</b>"),
    ("sop", "tags: [kependudukan]", "tags: [___]"),
    ("spm", "{tahun: 2024, sasaran: 1450, terlayani: 1210}", "{tahun: 2024, sasaran: 1450, terlayani: 1510}"),
    ("spm", "{tahun: 2024, sasaran: 1450, terlayani: 1210}", "{tahun: 2025, sasaran: 1450, terlayani: 1210}"),
    ("spm", "mutu_sasaran: 20, mutu_terpenuhi: 17", "mutu_sasaran: 20"),
    ("spm", "mutu_sasaran: 20, mutu_terpenuhi: 17", "mutu_sasaran: 20, mutu_terpenuhi: 27"),
    ("spm", "layanan: kes-ibu-hamil", "layanan: kes-ibu-hamill"),
    ("spm", "status: berlaku", "status: draf\nnomor_lain: x"),
]


def test_the_browser_finds_what_standar_check_finds(tmp_path):
    """On a valid file and on one mistake at a time: the fields the browser's checks report
    are the fields standar check reports (rules needing other files excepted)."""
    bases = {"sop": VALID_SOP, "spm": VALID_SPM}
    cases = [("sop", VALID_SOP), ("spm", VALID_SPM)]
    for kind, old, new in MUTATIONS:
        assert old in bases[kind], old
        cases.append((kind, bases[kind].replace(old, new, 1)))
    found = node("check", [{"kind": kind, "text": text, "path": "standards/dukcapil/x.md"} for kind, text in cases])
    for (kind, text), problems in zip(cases, found):
        browser = {p["kolom"] or "" for p in problems if p["tingkat"] == "galat"}
        python = _python_fields(tmp_path, kind, text)
        if "nomor_lain" in text:  # an unknown key: the form has no place for it, the file reader does
            python.discard("nomor_lain")
        assert browser == python, (text, problems)


def test_the_browser_checks_pass_every_sample_standard():
    cases = [{"kind": path.parent.name, "text": path.read_text(encoding="utf-8"),
              "path": path.relative_to(REPO).as_posix()} for path in SAMPLES]
    for case, problems in zip(cases, node("check", cases)):
        assert [p for p in problems if p["tingkat"] == "galat"] == [], case["path"]


def test_a_number_already_published_is_refused_in_the_browser():
    situs = {"standar": {"474.1/SOP-DUKCAPIL/001/2025": {"berkas": "standards/dukcapil/sop/lain.md"}}}
    [problems] = node("check", [{"kind": "sop", "text": VALID_SOP, "path": "standards/dukcapil/sop/baru.md",
                                 "situs": situs}])
    assert [p["pesan"] for p in problems if p["tingkat"] == "galat"] == [
        "kolom 'nomor': nomor \"474.1/SOP-DUKCAPIL/001/2025\" juga dipakai oleh standards/dukcapil/sop/lain.md; "
        "nomor harus unik"]


# -- Indonesian --------------------------------------------------------------------------------------

def test_the_indonesian_locale_has_every_key_of_decap_s_english():
    found = node("locales")
    assert len(found["en"]) > 200
    assert sorted(found["id"]) == sorted(found["en"])
    assert found["placeholders_differ"] == []
    # the few left as they are are the same word in Indonesian, or only a placeholder
    assert set(found["untranslated"]) <= {"app.header.media", "editor.editorToolbar.status",
                                          "editor.editorWidgets.markdown.markdown", "ui.toast.onFailToAuth",
                                          "workflow.workflowCard.lastChangeNoAuthor"}


# -- settings -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("editor_yml,message", [
    ("  editor:\n    forge: gitlab\n    repositori: pemkab/portal\n",
     "kolom 'pengaturan › editor › app_id': wajib diisi untuk GitLab"),
    ("  editor:\n    forge: github\n    repositori: pemkab/portal\n",
     "kolom 'pengaturan › editor › gerbang_oauth': wajib diisi untuk GitHub"),
    ("  editor:\n    forge: github\n    repositori: pemkab/portal\n    gerbang_oauth: https://masuk.x.go.id\n"
     "    app_id: abc\n", "kolom 'pengaturan › editor › app_id': hanya untuk GitLab"),
    ("  editor:\n    forge: gitea\n    repositori: pemkab/portal\n",
     "kolom 'pengaturan › editor › forge': 'gitea' tidak dikenal"),
    ("  editor:\n    forge: gitlab\n    repositori: portal\n    app_id: abc\n",
     "kolom 'pengaturan › editor › repositori': 'portal' tidak sesuai format"),
])
def test_the_editor_settings_are_checked(tmp_path, editor_yml, message):
    project = make_project(tmp_path, pemda_yml=PEMDA_YML + "pengaturan:\n" + editor_yml)
    result = standar(["--root", str(project), "check"], project)
    assert result.returncode == 1 and message in result.stdout, result.stdout


def test_a_gitlab_of_the_pemda_signs_in_with_pkce():
    settings_ = {"forge": "gitlab", "repositori": "pemkab/portal", "cabang": "main",
                 "alamat_gitlab": "https://git.sorsel.go.id/", "app_id": "abc", "gerbang_oauth": None, "api": None}
    backend = editor.backend(settings_)
    assert backend["auth_type"] == "pkce" and backend["app_id"] == "abc"
    assert backend["base_url"] == "https://git.sorsel.go.id" and backend["api_root"] == "https://git.sorsel.go.id/api/v4"
    assert "https://git.sorsel.go.id" in editor.csp(settings_)


# -- the build ----------------------------------------------------------------------------------------

def test_the_site_serves_the_editor_from_its_own_files(sample_site):
    admin = sample_site.site / "admin"
    index = (admin / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', index)
    assert scripts and all(not s.startswith(("http:", "https:", "//")) and (admin / s).is_file() for s in scripts)
    assert "unsafe-eval" in index and 'name="robots" content="noindex' in index
    assert (admin / "vendor/decap-cms/LICENSE").read_text().startswith("Copyright (c) 2016 Netlify")
    assert (admin / "vendor/decap-cms/decap-cms.js.LICENSE.txt").is_file()
    assert "MIT License" in (admin / "vendor/js-yaml/LICENSE").read_text()
    situs = (admin / "situs.js").read_text(encoding="utf-8")
    assert '"value": "dukcapil"' in situs and '"repo": "pemkab-sorsel/portal-standar"' in situs
    assert editor.version(REPO, "decap-cms") == "3.16.3"
    assert "admin/" not in (sample_site.site / "sitemap.xml").read_text(encoding="utf-8")
    index_json = json.loads((sample_site.site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index_json["docs"] if d["location"].startswith("admin")]


def test_no_editor_without_its_settings_and_none_offline(tmp_path):
    project = make_project(tmp_path / "a", {"standards/dukcapil/sop/akta.md": VALID_SOP}, site=True)
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    assert not (tmp_path / "site" / "admin").exists()
    offline = run([str(REPO / ".venv/bin/mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "offline")],
                  REPO, env={"PORTAL_OFFLINE": "true"})
    assert offline.returncode == 0, offline.stderr
    assert (tmp_path / "offline" / "index.html").exists() and not (tmp_path / "offline" / "admin").exists()
