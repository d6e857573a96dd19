"""Generated pages of the guide (the Panduan tab): the field reference and the templates.

Both come from the model the validator uses (:mod:`standar.fields` through
:mod:`standar.reference` and :mod:`standar.template`), so they can never drift from the rules.
"""

from __future__ import annotations

from markupsafe import escape

from . import fields, reference, template
from .render import Page, Renderer, marker
from .standard import SOP, SPM

FIELDS_PAGE = "panduan/kolom/index.md"
TEMPLATES_PAGE = "panduan/templat/index.md"
PAGES = (TEMPLATES_PAGE, FIELDS_PAGE)

KINDS = ((SOP, "SOP", fields.SOP), (SPM, "SPM", fields.SPM))

FIELDS_INTRO = """\
Semua kolom front-matter (bagian atas berkas, di antara dua baris `---`) yang dikenal portal.
Daftar ini dibuat otomatis dari aturan yang sama dengan yang dipakai pemeriksa (`standar check`),
jadi selalu sesuai. Kolom bertingkat ditulis dengan titik: `disahkan_oleh.nip` adalah kolom
`nip` di dalam `disahkan_oleh`; tanda `[]` berarti setiap butir daftar, misalnya
`langkah[].waktu` adalah kolom `waktu` pada setiap langkah.
"""

TEMPLATES_INTRO = """\
Salin templat di bawah ini ke berkas baru di editor web forge (GitHub atau GitLab), atau buat
berkas dengan perintah `standar baru` di komputer. Simpan SOP di
`standards/<kode-opd>/sop/<nama-berkas>.md` dan SPM di `standards/<kode-opd>/spm/<nama-berkas>.md`;
nama berkas memakai huruf kecil, angka dan tanda hubung, misalnya
`penerbitan-akta-kelahiran.md`.

Setiap teks `<isi ...>` adalah **isian contoh**: ganti dengan isian yang sebenarnya. Selama masih
ada, pemeriksaan menolak berkas dengan pesan *isian contoh belum diganti* pada baris itu. Baris
yang diawali `#` adalah kolom tidak wajib: hapus tanda `#` dan spasinya untuk memakainya. Standar
baru berstatus `draf`; ubah menjadi `berlaku` setelah ditandatangani.
"""


def _code(text: str, label: str) -> str:
    """A copyable code block; built here, not by a template, so that blank lines survive."""
    return (f'<pre class="standar-templat" aria-label="{escape(label)}"><code class="language-yaml">'
            f"{escape(text)}</code></pre>")


def fields_page(site) -> Page:
    render = Renderer(site, FIELDS_PAGE)
    markdown = marker("judul") + FIELDS_INTRO
    fragments = {"judul": "<h1>Referensi kolom</h1>"}
    for kode, label, model in KINDS:
        markdown += f"\n\n## Kolom {label} {{: #kolom-{kode} }}" + marker(f"kolom-{kode}")
        fragments[f"kolom-{kode}"] = render("panduan_kolom.html", label=label,
                                            rows=reference.rows(model))
    return Page(src_uri=FIELDS_PAGE, title="Referensi kolom", markdown=markdown, fragments=fragments,
                updated=site.options.build_date)


def templates_page(site) -> Page:
    markdown = marker("judul") + TEMPLATES_INTRO
    fragments = {"judul": "<h1>Templat SOP dan SPM</h1>"}
    for kode, label, _model in KINDS:
        markdown += f"\n\n## Templat {label} {{: #templat-{kode} }}" + marker(f"templat-{kode}")
        fragments[f"templat-{kode}"] = _code(template.render(kode), f"Templat {label}")
    return Page(src_uri=TEMPLATES_PAGE, title="Templat SOP dan SPM", markdown=markdown,
                fragments=fragments, updated=site.options.build_date)


def pages(site) -> list[Page]:
    return [templates_page(site), fields_page(site)]
