"""The web editor, driven in a real Chromium against a real local repository: Decap CMS from
the built site, its decap-server (npm) started and stopped here on a scratch git copy of the
sample standards, bound to 127.0.0.1. Every request the page makes is recorded: none leaves
the loopback."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser import artifact, chromium, need, static_server
from standar import kinds
from standar.publish import document
from standar.read.frontmatter import decode, split
from standar.read.yamlstrict import load
from support import BIN, REPO, add_site_files, mkdocs_build, standar
from webserver import free_port

DECAP_SERVER = REPO / "node_modules" / "decap-server" / "dist" / "index.js"
SPM = "standards/dinkes/spm/pelayanan-kesehatan-ibu-hamil.md"
SOP = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"



def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repository(tmp_path) -> Path:
    """A scratch git repository holding a copy of the sample standards."""
    repo = tmp_path / "repo"
    shutil.copytree(REPO / "standards", repo / "standards")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.name", "Penguji Editor")
    _git(repo, "config", "user.email", "uji@localhost")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "Isi awal")
    return repo


@contextlib.contextmanager
def decap_server(repo: Path, mode: str):
    """decap-server on a free loopback port: mode fs writes the working tree, git commits each
    change on its own branch (the editorial workflow, as on GitHub and GitLab)."""
    need(DECAP_SERVER.exists(), "decap-server tidak terpasang (npm ci)")
    need(shutil.which("node") is not None, "Node.js tidak terpasang")
    port = free_port()
    env = {**os.environ, "GIT_REPO_DIRECTORY": str(repo), "PORT": str(port), "BIND_HOST": "127.0.0.1",
           "MODE": mode, "LOG_LEVEL": "info"}
    log = open(repo.parent / f"decap-server-{mode}.log", "w", encoding="utf-8")
    process = subprocess.Popen(["node", str(DECAP_SERVER)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(200):  # bounded: about 10 s
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, (repo.parent / f"decap-server-{mode}.log").read_text()
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


class Requests:
    """Every request of a page, and its errors."""

    def __init__(self, page):
        self.urls: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.urls.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def elsewhere(self) -> list[str]:
        return [u for u in self.urls if not u.startswith(("data:", "blob:"))
                and urlsplit(u).hostname not in ("127.0.0.1", "localhost")]


def field(scope, name: str):
    return scope.locator(f'[id^="{name}-field-"]').first


def fill_list(page, name: str, items: list[str]) -> None:
    box = field(page, name)
    label = page.locator(f'label[for^="{name}-field-"]').first.inner_text().strip().lower()
    label = label.removesuffix("(tidak wajib)").strip()  # Decap's mark of an optional field
    for index, text in enumerate(items):
        box.get_by_role("button", name=f"Tambah {label}").first.click()
        # an item that is text or a record (a pelaksana with an abbreviation): its text half
        free = box.locator('input[id^="teks-field-"]')
        (free if free.count() else box.locator('input[type="text"]')).nth(index).fill(text)


def open_editor(page, site: str, port: int) -> None:
    page.goto(f"{site}admin/?lokal={port}")
    page.get_by_role("button", name="Masuk").wait_for()
    page.screenshot(path=str(artifact("editor-masuk.png")))
    page.get_by_role("button", name="Masuk").click()


VALUES = {
    "judul": "Penerbitan Surat Keterangan Pindah: Antar Kabupaten",
    "nomor": "474.1/SOP-DUKCAPIL/099/2025",
    "status": "berlaku",
    "unit_kerja": "Bidang Pelayanan Pendaftaran Penduduk",
    "tanggal_pembuatan": "2025-03-01",
    "tanggal_efektif": "2025-03-10",
    "disahkan_oleh": {"jabatan": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
                      "nama": "Contoh Nama, S.Sos", "nip": "197805122005022003"},
    "dasar_hukum": ["Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan"],
    "kualifikasi_pelaksana": ["Memahami ketentuan pindah datang"],
    "peralatan_perlengkapan": ["Komputer", "Printer"],
    "peringatan": ["Apabila berkas tidak diperiksa, data dapat salah"],
    "pencatatan_pendataan": ["Buku register"],
    "pelaksana": ["Pemohon", "Petugas Loket", "Kepala Dinas"],
    "langkah": [
        {"kegiatan": "Mengajukan permohonan pindah", "pelaksana": "Pemohon", "waktu": "5 menit"},
        {"kegiatan": "Memeriksa kelengkapan berkas", "pelaksana": "Petugas Loket", "waktu": "10 menit",
         "keputusan": {"ya": 3, "tidak": 1}},
        {"kegiatan": "Menandatangani surat keterangan pindah", "pelaksana": "Kepala Dinas",
         "waktu": "1 hari kerja"},
    ],
}
BODY = "Memberikan pedoman penerbitan surat keterangan pindah."


def test_a_new_sop_through_the_form_is_checked_and_built(sample_site, repository, tmp_path):
    with decap_server(repository, "fs") as port, static_server(sample_site.site) as site, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests = Requests(page)
        open_editor(page, site, port)
        page.get_by_role("link", name="Standar Operasional Prosedur").click()
        page.get_by_text("Standar Operasional Prosedur", exact=True).first.wait_for()
        page.screenshot(path=str(artifact("editor-koleksi.png")))
        page.get_by_text("+ SOP baru").click()
        field(page, "judul").wait_for()
        field(page, "opd").select_option("dukcapil")
        for name in ("judul", "nomor", "unit_kerja", "tanggal_pembuatan", "tanggal_efektif"):
            field(page, name).fill(VALUES[name])
        page.keyboard.press("Escape")   # close the date picker
        field(page, "status").click()
        page.get_by_text("Berlaku", exact=True).last.click()
        for name in ("jabatan", "nama", "nip"):
            field(page, name).fill(VALUES["disahkan_oleh"][name])
        for name in ("dasar_hukum", "kualifikasi_pelaksana", "peralatan_perlengkapan", "peringatan",
                     "pencatatan_pendataan", "pelaksana"):
            fill_list(page, name, VALUES[name])
        steps = field(page, "langkah")
        for index, step in enumerate(VALUES["langkah"]):
            steps.get_by_role("button", name="Tambah langkah").first.click()
            item = steps.locator('[class*="SortableListItem"]').nth(index)
            field(item, "kegiatan").fill(step["kegiatan"])
            item.locator('select[id^="pelaksana-field-"]').select_option(step["pelaksana"])
            field(item, "waktu").fill(step["waktu"])
        for index, step in enumerate(VALUES["langkah"]):   # decisions name steps: all are there now
            if "keputusan" in step:
                item = steps.locator('[class*="SortableListItem"]').nth(index)
                field(item, "keputusan").get_by_role("button").first.click()   # an optional record opens folded
                for branch in ("ya", "tidak"):
                    choice = item.locator(f'select[id^="{branch}-field-"]')
                    choice.click()   # as an author opens it: the choices are the steps as they are now
                    choice.select_option(str(step["keputusan"][branch]))
        body = page.locator('[data-slate-editor="true"], [contenteditable="true"]').last
        body.click()
        page.keyboard.type(BODY)
        preview = page.frame_locator("iframe").first
        preview.get_by_text("Pemeriksaan di editor: tidak ada masalah").wait_for()
        steps.locator('select[id^="tidak-field-"]:visible').first.scroll_into_view_if_needed()
        page.screenshot(path=str(artifact("editor-sop-formulir.png")), full_page=False)
        page.locator("iframe").first.screenshot(path=str(artifact("editor-sop-pratinjau.png")))
        preview.locator("h2", has_text="Prosedur").scroll_into_view_if_needed()
        page.locator("iframe").first.screenshot(path=str(artifact("editor-sop-pratinjau-langkah.png")))
        page.get_by_role("button", name="Terbitkan").first.click()
        page.get_by_text("Terbitkan sekarang").click()
        page.get_by_text("Dokumen tersimpan").first.wait_for()
        page.screenshot(path=str(artifact("editor-sop-tersimpan.png")))
        assert requests.errors == [] and requests.elsewhere() == [], (requests.errors, requests.elsewhere())

    written = repository / "standards/dukcapil/sop/penerbitan-surat-keterangan-pindah-antar-kabupaten.md"
    assert written.is_file(), sorted(p.name for p in written.parent.iterdir())
    # byte for byte what the core's serializer (and so standar baru's quoting) writes
    assert written.read_text(encoding="utf-8") == document.dump(kinds.get("sop"), VALUES, BODY)
    result = standar(["--root", str(repository), "check", str(written)], repository)
    assert result.returncode == 0, result.stdout + result.stderr
    add_site_files(repository)
    build = mkdocs_build(repository, tmp_path / "site")
    assert build.returncode == 0, build.stderr
    html = (tmp_path / "site/dukcapil/sop/penerbitan-surat-keterangan-pindah-antar-kabupaten/index.html").read_text()
    assert "Penerbitan Surat Keterangan Pindah: Antar Kabupaten" in html and 'class="sop-bagan"' in html


def test_a_blocked_save_says_why(sample_site, repository):
    """A step without its pelaksana: the preview and the save say so, nothing is written."""
    with decap_server(repository, "fs") as port, static_server(sample_site.site) as site, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        open_editor(page, site, port)
        page.get_by_role("link", name="Standar Operasional Prosedur").click()
        page.wait_for_url("**/collections/sop")
        page.get_by_text("Penerbitan Akta Kelahiran").first.click()
        steps = field(page, "langkah")
        steps.get_by_role("button", name="Tambah langkah").first.click()
        count = (repository / SOP).read_text(encoding="utf-8").count("\n  - kegiatan:") + 1
        field(steps, "kegiatan").wait_for()
        steps.locator('[id^="kegiatan-field-"]').nth(count - 1).fill("Mengarsipkan berkas")
        preview = page.frame_locator("iframe").first
        preview.get_by_text("galat: perbaiki sebelum disimpan").wait_for()
        message = preview.locator(".portal-periksa").inner_text()
        assert f"kolom 'langkah ke-{count} › pelaksana': wajib diisi" in message, message
        page.screenshot(path=str(artifact("editor-galat.png")))
        page.get_by_role("button", name="Terbitkan").first.click()
        page.get_by_text("Terbitkan sekarang").click()
        page.wait_for_timeout(1000)
    assert _git(repository, "status", "--porcelain") == ""


def test_an_spm_s_figures_edited_go_to_a_branch_of_their_own(sample_site, repository):
    """The editorial workflow: the change is a commit on its own branch (a pull request on the
    forge), main is untouched, and the file on the branch is the serializer's."""
    before = (repository / SPM).read_text(encoding="utf-8")
    with decap_server(repository, "git") as port, static_server(sample_site.site) as site, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests = Requests(page)
        open_editor(page, site, port)
        page.get_by_role("link", name="Standar Pelayanan Minimal", exact=True).click()
        page.wait_for_url("**/collections/spm")
        page.get_by_text("Standar Pelayanan Minimal Pelayanan Kesehatan Ibu Hamil").click()
        capaian = field(page, "capaian")
        capaian.wait_for()
        last = capaian.locator('[class*="SortableListItem"]').nth(2)
        if last.locator('[id^="terlayani-field-"]').count() == 0:
            last.get_by_role("button").first.click()
        last.locator('[id^="terlayani-field-"]').fill("1300")
        page.screenshot(path=str(artifact("editor-spm-ubah.png")))
        page.get_by_role("button", name="Simpan").first.click()
        page.get_by_text("Dokumen tersimpan").wait_for()
        page.goto(f"{site}admin/?lokal={port}#/workflow")
        page.get_by_text("Alur kerja (usulan perubahan)").wait_for()
        page.get_by_text("Pelayanan Kesehatan Ibu Hamil").first.wait_for()   # its card, in Draf
        page.screenshot(path=str(artifact("editor-alur-kerja.png")))
        assert requests.errors == [] and requests.elsewhere() == [], (requests.errors, requests.elsewhere())

    assert (repository / SPM).read_text(encoding="utf-8") == before and _git(repository, "status", "--porcelain") == ""
    branches = [b.strip("* ").strip() for b in _git(repository, "branch", "--list", "cms/*").splitlines()]
    assert len(branches) == 1, branches
    changed = _git(repository, "show", f"{branches[0]}:{SPM}")
    kind = kinds.get("spm")
    source = split(decode(before.encode()))
    raw, _ = load(source.meta_text, first_line=source.meta_line)
    from standar.model.schema import Context
    values, _ = kind.fields.convert_partial(raw, (), Context(SPM, {}))
    values["capaian"][2]["terlayani"] = 1300
    assert changed == document.dump(kind, values, source.body)
    assert _git(repository, "diff", "--name-only", "main", branches[0]).split() == [SPM]


@pytest.mark.parametrize("forge,settings,expected", [
    ("GitLab", "    forge: gitlab\n    repositori: pemkab/portal\n    alamat_gitlab: https://git.pemda.test\n"
               "    app_id: abc123\n",
     ["https://git.pemda.test/oauth/authorize?", "client_id=abc123", "code_challenge_method=S256",
      "response_type=code"]),
    ("GitHub", "    forge: github\n    repositori: pemkab/portal\n    gerbang_oauth: https://masuk.pemda.test\n",
     ["https://masuk.pemda.test/auth?", "provider=github"]),
])
def test_signing_in_goes_to_the_forge_named_in_pemda_yml(tmp_path, forge, settings, expected):
    """The forge of pengaturan.editor, as Decap uses it: GitLab's own sign-in with PKCE (no
    secret, no server of ours), GitHub's through the pemda's OAuth gateway. Nothing leaves this
    machine: the forge's address is recorded and refused."""
    from support import PEMDA_YML, VALID_SOP, make_project
    project = make_project(tmp_path / "proyek", {"standards/dukcapil/sop/akta.md": VALID_SOP}, site=True,
                           pemda_yml=PEMDA_YML + "pengaturan:\n  editor:\n" + settings)
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    with static_server(tmp_path / "site") as site, chromium() as browser:
        context = browser.new_context()
        asked = []

        def refuse(route):
            asked.append(route.request.url)
            route.abort()

        context.route(lambda url: urlsplit(url).hostname not in ("127.0.0.1", "localhost"), refuse)
        page = context.new_page()
        page.goto(f"{site}admin/?lokal={free_port()}")   # no decap-server there: the forge is used
        page.get_by_role("button", name=f"Masuk dengan {forge}").click()
        for _ in range(100):  # bounded: about 10 s
            if asked:
                break
            page.wait_for_timeout(100)
    assert asked and all(part in asked[0] for part in expected), asked
