"""The generated pages of the portal: home, OPDs, latest changes, reviews, A-Z, tags, and the
open-data page. Nothing here is kept by hand: every list comes from the content; each kind of
standard adds its own pages (:meth:`standar.model.kind.Kind.pages`).
"""

from __future__ import annotations

from markupsafe import Markup

from .. import kinds
from ..model.formatting import angka
from ..model import sitemap
from ..model.view import SiteView
from . import reference, timeline
from .opendata import descriptions
from .render import Page, Renderer, marker, title_fragment

HOME_CHANGES = 8
LIST_PAGE_META = {"search": {"exclude": True}}  # lists repeat what the standards' pages say


def _page(view: SiteView, src_uri: str, title: str, template: str, intro_md: str = "", **context) -> Page:
    """A generated page: a title, optional Markdown intro, and one HTML fragment."""
    html = Renderer(view, src_uri)(template, **context)
    return Page(src_uri=src_uri, title=title,
                markdown=marker("judul") + intro_md + marker("isi"),
                fragments={"judul": title_fragment(title), "isi": html},
                meta=dict(LIST_PAGE_META), updated=view.build_date)


def _counts(view: SiteView, opd) -> dict[str, int]:
    own = view.by_opd[opd.kode]
    return {kind.code: sum(s.kind == kind.code for s in own) for kind in kinds.all_kinds()}


def home(view: SiteView) -> Page:
    """Appended to the hand-written docs/index.md: search, counts, changes, entries."""
    year = view.build_date.year
    published = view.standards
    render = Renderer(view, "index.md")
    counts = [{"page": sitemap.kind_page(kind.code), "label": kind.label,
               "count": sum(s.kind == kind.code for s in published)} for kind in kinds.all_kinds()]
    counts.append({"page": sitemap.OPD_LIST, "label": "OPD", "count": len(view.registry)})
    opds = []
    for opd in view.opds_sorted:
        if view.by_opd[opd.kode]:
            numbers = _counts(view, opd)
            opds.append({"opd": opd, "counts": [f"{numbers[k.code]} {k.label}" for k in kinds.all_kinds()
                                                if numbers[k.code]]})
    sections = [Markup(render.fragment(part)) for kind in kinds.all_kinds() for part in kind.home(view)]
    html = render("beranda.html", counts=counts, year=year, opds=opds, sections=sections,
                  updated=sum(bool(s.last_changed) and s.last_changed.year == year for s in published),
                  changes=timeline.changes(published)[:HOME_CHANGES])
    return Page(src_uri="index.md", title="Beranda", markdown=marker("beranda"),
                fragments={"beranda": html}, augments=True, updated=view.build_date)


def opd_list(view: SiteView) -> Page:
    groups = [{"jenis": opds[0].jenis, "label": label,
               "members": [{"opd": o, "count": _counts(view, o)} for o in opds]}
              for label, opds in view.opds_by_jenis]
    return _page(view, sitemap.OPD_LIST, "Perangkat Daerah", "opd_daftar.html",
                 intro_md=f"{len(view.registry)} perangkat daerah, dikelompokkan menurut jenisnya.",
                 groups=groups)


def latest(view: SiteView) -> Page:
    return _page(view, sitemap.LATEST, "Terbaru", "terbaru.html",
                 changes=timeline.changes(view.standards)[:200])


def review(view: SiteView) -> Page:
    months = view.settings["tinjau_setiap_bulan"]
    candidates = sorted((s for s in view.standards if s.status == "berlaku" and s.review_due(months)),
                        key=lambda s: (s.review_due(months), s.title.lower()))
    return _page(view, sitemap.REVIEW, "Perlu ditinjau", "perlu_ditinjau.html",
                 months=months, labels=kinds.labels_joined(), candidates=candidates, build_date=view.build_date,
                 overdue_count=len(timeline.overdue(view.standards, months, view.build_date)))


def a_to_z(view: SiteView) -> Page:
    groups: dict[str, list] = {}
    for std in sorted(view.standards, key=lambda s: s.title.lower()):
        first = std.title[:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(std)
    return _page(view, sitemap.A_TO_Z, "Indeks A-Z", "a_z.html", groups=list(groups.items()))


def tags(view: SiteView) -> Page:
    """Material's tags plugin fills the listing at its directive."""
    return Page(src_uri=sitemap.TAGS, title="Tag",
                markdown=marker("judul") + "Standar menurut kata kunci.\n\n<!-- material/tags -->\n",
                fragments={"judul": "<h1>Tag</h1>"}, meta=dict(LIST_PAGE_META),
                updated=view.build_date)


def size_label(size: int) -> str:
    return f"{angka(size)} bita" if size < 1024 else f"{angka(size / 1024, 1)} KB"


def data_page(view: SiteView, files: dict[str, str], datasets: list) -> Page:
    about = descriptions(datasets)
    items = []
    for path, content in files.items():
        size = len(content.encode("utf-8"))
        items.append({"path": path, "description": about.get(path, ""), "size": size,
                      "size_label": size_label(size)})
    references = [{"kode": kind.code, "label": kind.label, "rows": reference.rows(kind.fields)}
                  for kind in kinds.all_kinds()]
    tables = [{"path": table.path, "schema": table.schema_path, "rows": reference.rows(table.schema)}
              for table in datasets if table.schema is not None]
    return _page(view, sitemap.DATA, "Data terbuka", "data.html", files=items, references=references,
                 tables=tables)
