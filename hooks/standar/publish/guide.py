"""Generated pages of the guide (the Panduan tab): the field reference and the templates.

Both come from the model the validator uses (:mod:`standar.fields` through
:mod:`standar.reference` and :mod:`standar.template`), so they can never drift from the rules.
"""

from __future__ import annotations

from markupsafe import escape

from .. import kinds
from ..model import sitemap
from ..model.view import SiteView
from . import reference, template
from .render import Page, Renderer, marker

FIELDS_PAGE = sitemap.FIELDS
TEMPLATES_PAGE = sitemap.TEMPLATES
PAGES = (TEMPLATES_PAGE, FIELDS_PAGE)

FIELDS_INTRO = """\
Semua kolom front-matter (bagian atas berkas, di antara dua baris `---`) yang dikenal portal.
Daftar ini dibuat otomatis dari aturan yang sama dengan yang dipakai pemeriksa (`standar check`),
jadi selalu sesuai. Kolom bertingkat ditulis dengan titik: `disahkan_oleh.nip` adalah kolom
`nip` di dalam `disahkan_oleh`; tanda `[]` berarti setiap butir daftar, misalnya
`langkah[].waktu` adalah kolom `waktu` pada setiap langkah. Kolom *dianjurkan* ada di formulir
resmi, tetapi boleh dikosongkan bila dokumen asli memang tidak memuatnya: pemeriksaan memberi
peringatan dan halaman menampilkan "-" (jangan mengarang isiannya).
"""

TEMPLATES_INTRO = """\
Salin templat di bawah ini ke berkas baru di editor web forge (GitHub atau GitLab), atau buat
berkas dengan perintah `standar baru` di komputer. Simpan {places};
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


def fields_page(view: SiteView) -> Page:
    render = Renderer(view, FIELDS_PAGE)
    markdown = marker("judul") + FIELDS_INTRO
    fragments = {"judul": "<h1>Referensi kolom</h1>"}
    for kind in kinds.all_kinds():
        markdown += f"\n\n## Kolom {kind.label} {{: #kolom-{kind.code} }}"
        markdown += ("\n\n" + kind.reference if kind.reference else "") + marker(f"kolom-{kind.code}")
        fragments[f"kolom-{kind.code}"] = render("panduan_kolom.html", label=kind.label, kode=kind.code,
                                                 rows=reference.rows(kind.fields))
    return Page(src_uri=FIELDS_PAGE, title="Referensi kolom", markdown=markdown, fragments=fragments,
                updated=view.build_date)


def templates_page(view: SiteView) -> Page:
    title = f"Templat {kinds.labels_joined()}"
    places = [f"{kind.label} di `standards/<kode-opd>/{kind.code}/<nama-berkas>.md`" for kind in kinds.all_kinds()]
    places = ", ".join(places[:-1]) + " dan " + places[-1] if len(places) > 1 else places[0]
    markdown = marker("judul") + TEMPLATES_INTRO.format(places=places)
    fragments = {"judul": f"<h1>{escape(title)}</h1>"}
    for kind in kinds.all_kinds():
        markdown += f"\n\n## Templat {kind.label} {{: #templat-{kind.code} }}" + marker(f"templat-{kind.code}")
        fragments[f"templat-{kind.code}"] = _code(template.render(kind), f"Templat {kind.label}")
    return Page(src_uri=TEMPLATES_PAGE, title=title, markdown=markdown,
                fragments=fragments, updated=view.build_date)


def pages(view: SiteView) -> list[Page]:
    return [templates_page(view), fields_page(view)]
