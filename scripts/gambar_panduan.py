"""Regenerate the pictures of the guide (docs/panduan/gambar/), honestly:

* ``portal-ubah-halaman.png``: a real screenshot of the portal built from this repository;
* ``terminal-*.png``: the real output of ``standar`` in a terminal-like frame;
* ``*-ilustrasi.png``: simplified local mock-ups of a forge's web editor and pull request,
  labelled ILUSTRASI on the picture itself (the forge cannot be reached from the build machine),
  showing the real file and the real message of the validator.

Run from the repository root with the project's virtualenv: ``.venv/bin/python
scripts/gambar_panduan.py``. Needs Chromium (Debian package ``chromium``) and Playwright
(already in requirements.lock); never downloads a browser.
"""

from __future__ import annotations

import base64
import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "panduan" / "gambar"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "tests"))

import contoh_galat  # noqa: E402
from browser import chromium, static_server  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "COLUMNS": "100"}

FRAME_CSS = """
body { margin: 0; font: 14px system-ui, "DejaVu Sans", sans-serif; background: #fff; color: #1f2328; }
.label { background: #8a4b00; color: #fff; font-weight: 700; padding: 6px 12px; letter-spacing: .02em; }
.window { border: 1px solid #8c959f; margin: 10px; border-radius: 6px; overflow: hidden; }
.bar { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 12px; }
.path b { color: #0a5a8a; }
pre { margin: 0; font: 12.5px "DejaVu Sans Mono", monospace; line-height: 1.45; }
.ln { display: inline-block; width: 2.6em; color: #6e7781; text-align: right; margin-right: 1em; }
.line { padding: 0 8px; white-space: pre; }
.add { background: #dafbe1; } .del { background: #ffebe9; }
.btn { display: inline-block; background: #1f883d; color: #fff; border-radius: 6px; padding: 5px 12px; font-weight: 600; }
.num { display: inline-block; background: #8a4b00; color: #fff; border-radius: 50%; width: 22px; height: 22px;
       text-align: center; line-height: 22px; font-weight: 700; margin-right: 6px; }
.note { margin: 8px 12px; }
.annot { margin: 4px 8px 8px 4.5em; border: 1px solid #cf222e; border-left: 4px solid #cf222e; border-radius: 6px;
         padding: 8px 10px; background: #fff; font-size: 13px; white-space: normal; }
.annot b { color: #cf222e; }
"""

TERMINAL_CSS = """
body { margin: 0; background: #fff; }
.term { margin: 8px; border-radius: 6px; overflow: hidden; border: 1px solid #444; width: 860px; }
.title { background: #3a3a3a; color: #ddd; font: 12px system-ui, sans-serif; padding: 5px 10px; }
pre { margin: 0; padding: 10px 12px; background: #1e1e1e; color: #e6e6e6; font: 12.5px "DejaVu Sans Mono", monospace;
      line-height: 1.45; white-space: pre-wrap; word-break: break-word; }
.prompt { color: #8fd18f; } .galat { color: #ff8a80; } .ok { color: #9ecbff; }
"""


def run(args: list[str], cwd: Path) -> str:
    result = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=600)
    return result.stdout + result.stderr


def shot(browser, html_text: str, name: str, width: int = 880, selector: str = "#gambar") -> None:
    page = browser.new_page(viewport={"width": width, "height": 400}, device_scale_factor=1)
    page.set_content(f'<div id="gambar" style="display:flow-root">{html_text}</div>')
    page.locator(selector).first.screenshot(path=str(OUT / name))
    page.close()
    print(f"{name}: {(OUT / name).stat().st_size // 1024} KB")


def terminal(browser, command: str, output: str, name: str) -> None:
    lines = []
    for line in output.rstrip().splitlines():
        css = "galat" if ": galat:" in line or line.startswith("standar: galat") else (
            "ok" if line.startswith(("Berkas dibuat", "Ringkasan")) else "")
        lines.append(f'<span class="{css}">{html.escape(line)}</span>' if css else html.escape(line))
    body = (f'<style>{TERMINAL_CSS}</style><div class="term"><div class="title">Terminal</div><pre>'
            f'<span class="prompt">$</span> {html.escape(command)}\n' + "\n".join(lines) + "</pre></div>")
    shot(browser, body, name, selector=".term")


def editor_mockup(source: str) -> str:
    rows = []
    for number, line in enumerate(source.splitlines()[:14], 1):
        css = " add" if number == 8 else ""
        rows.append(f'<div class="line{css}"><span class="ln">{number}</span>{html.escape(line)}</div>')
    return f"""<style>{FRAME_CSS}</style>
<div class="label">ILUSTRASI: tampilan editor web disederhanakan, bukan tangkapan layar GitHub atau GitLab</div>
<div class="window">
 <div class="bar path"><span class="num">1</span>portal-standar / standards / dukcapil / sop /
  <b>penerbitan-akta-kelahiran.md</b> &nbsp; <span style="float:right">Edit &#9998;</span></div>
 <pre>{''.join(rows)}</pre>
 <div class="bar"><span class="num">2</span>Ubah isian, misalnya <code>tanggal_revisi</code> (baris 8)
  &nbsp;&nbsp;<span class="num">3</span><span class="btn">Commit changes&hellip;</span>
  &rarr; pilih <i>Create a new branch and start a pull request</i></div>
</div>"""


def annotation_mockup(source: str, message: str, line_number: int) -> str:
    lines = source.splitlines()
    rows = []
    for number in range(line_number - 2, line_number + 3):
        css = " add" if number == line_number else ""
        rows.append(f'<div class="line{css}"><span class="ln">{number}</span>{html.escape(lines[number - 1])}</div>')
        if number == line_number:
            rows.append(f'<div class="annot"><b>&#x2716; Galat standar</b><br>{html.escape(message)}</div>')
    return f"""<style>{FRAME_CSS}</style>
<div class="label">ILUSTRASI: tab "Files changed" pull request disederhanakan, bukan tangkapan layar GitHub</div>
<div class="window">
 <div class="bar path">standards/dukcapil/sop/<b>penerbitan-akta-kelahiran.md</b></div>
 <pre>{''.join(rows)}</pre>
</div>
<p class="note">Pesan di bawah baris adalah pesan asli pemeriksa (<code>standar check --format github</code>).</p>"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp, chromium() as browser:
        temp = Path(temp)
        # 1. the portal itself, built from this repository
        site = temp / "site"
        output = run([str(BIN / "mkdocs"), "build", "--site-dir", str(site)], REPO)
        if not (site / "index.html").exists():
            print(output)
            return 1
        with static_server(site) as base:
            page = browser.new_page(viewport={"width": 860, "height": 400}, device_scale_factor=1)
            page.goto(base + "dukcapil/sop/penerbitan-akta-kelahiran/")
            page.add_style_tag(content=".md-content__button { outline: 3px solid #c62828; outline-offset: 4px; "
                                       "border-radius: 4px; }")
            page.evaluate("""() => { const b = document.querySelector('.md-content__button');
                const tip = document.createElement('div'); tip.textContent = 'Ubah halaman ini';
                tip.style.cssText = 'position:absolute;background:#c62828;color:#fff;padding:3px 8px;'
                  + 'border-radius:4px;font:600 13px system-ui,sans-serif;z-index:9';
                const r = b.getBoundingClientRect();
                tip.style.left = (r.left - 150 + window.scrollX) + 'px';
                tip.style.top = (r.top + window.scrollY + 2) + 'px';
                document.body.appendChild(tip); }""")
            picture = base64.b64encode(page.screenshot()).decode()
            page.close()
        shot(browser, f"""<style>{FRAME_CSS}</style><div class="window">
 <div class="bar">Tangkapan layar portal ini (halaman SOP), dengan tombol <b>Ubah halaman ini</b> ditandai</div>
 <img src="data:image/png;base64,{picture}" style="display:block;width:860px"></div>""",
             "portal-ubah-halaman.png")

        # 2. the forge, as an illustration with the real file
        source = (REPO / contoh_galat.PATH).read_text(encoding="utf-8")
        shot(browser, editor_mockup(source), "editor-web-ilustrasi.png")

        # 3. the validator's real output on the guide's worked example
        example = contoh_galat.make(temp / "contoh")
        output = run([str(BIN / "standar"), "check", contoh_galat.PATH], example)
        terminal(browser, f"standar check {contoh_galat.PATH}", output, "terminal-galat.png")
        github = run([str(BIN / "standar"), "check", "--format", "github", contoh_galat.PATH], example)
        first = next(line for line in github.splitlines() if line.startswith("::error"))
        line_number = int(first.split(",line=")[1].split(",")[0])
        message = first.split("::", 2)[2]
        broken = (example / contoh_galat.PATH).read_text(encoding="utf-8")
        shot(browser, annotation_mockup(broken, message, line_number), "pr-galat-ilustrasi.png")

        # 4. starting a new SOP
        fresh = temp / "baru"
        shutil.copytree(REPO / "standards", fresh / "standards")
        command = ["standar", "baru", "sop", "--opd", "dinkes", "--judul",
                   "Pemeriksaan Kesehatan Calon Jemaah Haji", "--tahun", "2026"]
        output = run([str(BIN / "standar"), *command[1:]], fresh)
        shown = " ".join(c if " " not in c else f'"{c}"' for c in command)
        terminal(browser, shown, output, "terminal-baru.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
