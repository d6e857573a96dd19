"""The generated pages of the portal: home, lists, OPDs, latest changes, reviews, A-Z, tags,
and the open-data page. Nothing here is kept by hand: every list comes from the content.
"""

from __future__ import annotations

from markupsafe import escape

from . import fields, labels, reference, timeline
from .formatting import angka
from .render import Page, Renderer, marker
from .standard import KIND_LABEL, SOP, SPM

HOME_CHANGES = 8
LIST_PAGE_META = {"search": {"exclude": True}}  # lists repeat what the standards' pages say


def _page(site, src_uri: str, title: str, template: str, intro_md: str = "", **context) -> Page:
    """A generated page: a title, optional Markdown intro, and one HTML fragment."""
    html = Renderer(site, src_uri)(template, **context)
    return Page(src_uri=src_uri, title=title,
                markdown=marker("judul") + intro_md + marker("isi"),
                fragments={"judul": f"<h1>{escape(title)}</h1>", "isi": html},
                meta=dict(LIST_PAGE_META), updated=site.options.build_date)


def _common(site) -> dict:
    return {"opd_names": {kode: opd.nama for kode, opd in site.corpus.registry.items()},
            "status_label": labels.STATUS, "kind_label": KIND_LABEL}


def _opd_counts(site, opd) -> dict:
    own = site.by_opd[opd.kode]
    return {"opd": opd, "sop": sum(s.kind == SOP for s in own), "spm": sum(s.kind == SPM for s in own)}


def home(site) -> Page:
    """Appended to the hand-written docs/index.md: search, counts, changes, entries."""
    year = site.options.build_date.year
    catalogue = site.corpus.catalogue
    with_spm = {s.layanan.kode for s in site.spms()}
    bidang = [{"kode": b.kode, "nama": b.nama, "total": len(catalogue.in_bidang(b)),
               "count": sum(l.kode in with_spm for l in catalogue.in_bidang(b))}
              for b in catalogue.bidang]
    opds = [_opd_counts(site, opd) for opd in site.opds_sorted() if site.by_opd[opd.kode]]
    published = site.standards
    counts = {"sop": sum(s.kind == SOP for s in published), "spm": sum(s.kind == SPM for s in published),
              "opd": len(site.corpus.registry),
              "updated": sum(s.last_changed.year == year for s in published)}
    html = Renderer(site, "index.md")("beranda.html", counts=counts, year=year, bidang=bidang, opds=opds,
                                      changes=timeline.changes(published)[:HOME_CHANGES])
    return Page(src_uri="index.md", title="Beranda", markdown=marker("beranda"),
                fragments={"beranda": html}, augments=True, updated=site.options.build_date)


def standard_list(site, kind: str) -> Page:
    standards = sorted((s for s in site.standards if s.kind == kind),
                       key=lambda s: (site.corpus.registry[s.opd].nama.lower(), s.title.lower()))
    title = f"Daftar {KIND_LABEL[kind]}"
    intro = ("Seluruh Standar Operasional Prosedur yang diterbitkan perangkat daerah."
             if kind == SOP else "Seluruh Standar Pelayanan Minimal yang diterbitkan perangkat daerah.")
    return _page(site, f"{kind}/index.md", title, "daftar.html", intro_md=intro,
                 standards=standards, table_id=f"daftar-{kind}", caption=title, show_opd=True,
                 **_common(site))


def opd_list(site) -> Page:
    groups = [{"jenis": opds[0].jenis, "label": label, "members": [_opd_counts(site, o) for o in opds]}
              for label, opds in site.opds_by_jenis]
    return _page(site, "opd/index.md", "Perangkat Daerah", "opd_daftar.html",
                 intro_md=f"{len(site.corpus.registry)} perangkat daerah, dikelompokkan menurut jenisnya.",
                 groups=groups)


def latest(site) -> Page:
    return _page(site, "terbaru/index.md", "Terbaru", "terbaru.html",
                 changes=timeline.changes(site.standards)[:200], **_common(site))


def review(site) -> Page:
    months = timeline.review_months(site.corpus.settings)
    candidates = sorted((s for s in site.standards if s.status == "berlaku"),
                        key=lambda s: (s.review_due(months), s.title.lower()))
    build_date = site.options.build_date
    return _page(site, "perlu-ditinjau/index.md", "Perlu ditinjau", "perlu_ditinjau.html",
                 months=months, candidates=candidates, build_date=build_date,
                 overdue_count=len(timeline.overdue(site.standards, months, build_date)), **_common(site))


def a_to_z(site) -> Page:
    groups: dict[str, list] = {}
    for std in sorted(site.standards, key=lambda s: s.title.lower()):
        first = std.title[:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(std)
    return _page(site, "a-z/index.md", "Indeks A-Z", "a_z.html", groups=list(groups.items()),
                 **_common(site))


def tags(site) -> Page:
    """Material's tags plugin fills the listing at its directive."""
    return Page(src_uri="tag/index.md", title="Tag",
                markdown=marker("judul") + "Standar menurut kata kunci.\n\n<!-- material/tags -->\n",
                fragments={"judul": "<h1>Tag</h1>"}, meta=dict(LIST_PAGE_META),
                updated=site.options.build_date)


DATA_DESCRIPTIONS = {
    "data/standar.json": "Semua standar yang terbit: front-matter, nilai turunan, alamat halaman (JSON)",
    "data/standar.csv": "Satu baris per standar (CSV, UTF-8, untuk Excel atau LibreOffice)",
    "data/opd.json": "Daftar perangkat daerah dengan kontak dan jumlah standarnya (JSON)",
    "data/schema/sop.schema.json": "JSON Schema front-matter SOP",
    "data/schema/spm.schema.json": "JSON Schema front-matter SPM",
    "data/schema/standar.schema.json": "JSON Schema berkas data/standar.json",
    "data/dcat.json": "Katalog DCAT (Project Open Data 1.1) untuk portal data seperti CKAN/Satu Data",
    "feed.xml": "Umpan Atom perubahan terbaru",
    "data/spm-capaian.json": "Capaian SPM: satu baris per layanan per tahun, dengan persentase (JSON)",
    "data/spm-capaian.csv": "Capaian SPM: satu baris per layanan per tahun, dengan persentase (CSV)",
}


def size_label(size: int) -> str:
    return f"{angka(size)} bita" if size < 1024 else f"{angka(size / 1024, 1)} KB"


def data_page(site, files: dict[str, str]) -> Page:
    items = []
    for path, content in files.items():
        size = len(content.encode("utf-8"))
        items.append({"path": path, "description": DATA_DESCRIPTIONS.get(path, ""), "size": size,
                      "size_label": size_label(size)})
    kinds = [{"kode": "sop", "label": "SOP", "rows": reference.rows(fields.SOP)},
             {"kode": "spm", "label": "SPM", "rows": reference.rows(fields.SPM)}]
    return _page(site, "data/index.md", "Data terbuka", "data.html", files=items, kinds=kinds)
