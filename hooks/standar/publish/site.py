"""The plan of the public site: which pages exist, what they contain, and the navigation.

Independent of the static-site generator: an adapter turns the plan into its own files and
navigation (``hooks/portal.py`` for MkDocs). Every kind of standard is asked, never named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from .. import kinds
from ..model import fields, sitemap
from ..model.opd import Opd
from ..model.page import Body, Deferred, PagePlan
from ..model.standard import Standard
from ..model.view import SiteView
from ..read.corpus import Corpus
from . import body, editor, guide, indexes, opendata, preview
from .render import Page, Renderer, compose, marker, title_fragment

NavEntry = tuple  # (title, src_uri) or (title, [NavEntry, ...])
# The Panduan tab's order; other guide pages follow by path.
GUIDE_ORDER = ("panduan/index.md", "panduan/untuk-opd.md", "panduan/editor-web.md", guide.TEMPLATES_PAGE, guide.FIELDS_PAGE,
               "panduan/istilah.md")


@dataclass(frozen=True)
class SiteOptions:
    include_drafts: bool = False     # `mkdocs serve` previews drafts; the public build leaves them out
    directory_urls: bool = True      # off for the file:// offline bundle
    build_date: dt.date | None = None
    site_url: str = ""               # canonical public address, e.g. https://host/standar/
    editor: bool = True              # the web editor under admin/ when pemda.yml configures it (not offline)
    preview_problems: bool = False   # `mkdocs serve`: pages and a banner for the files with errors


@dataclass(frozen=True)
class RenderedSheet:
    fragments: dict
    notes: tuple = ()


def site_view(corpus: Corpus, options: SiteOptions) -> SiteView:
    standards = corpus.published(options.include_drafts)  # their bodies converted by the check
    summaries = {kind.code: kind.summarize([s for s in standards if s.kind == kind.code],
                                           corpus.catalogue, corpus.settings)
                 for kind in kinds.all_kinds()}
    generated = kinds.generated_paths()
    citations: dict[str, list] = {}
    for std in standards:
        for nomor in kinds.get(std.kind).cites(std):
            citations.setdefault(nomor, []).append(std)
    return SiteView(pemda=corpus.pemda, registry=corpus.registry, catalogue=corpus.catalogue,
                    standards=tuple(standards), build_date=options.build_date,
                    site_url=options.site_url, directory_urls=options.directory_urls,
                    summaries=summaries, citations=citations, generated=frozenset(generated),
                    site_files=frozenset(corpus.site_files))


def standard_page(view: SiteView, std: Standard) -> Page:
    kind = kinds.get(std.kind)
    render = Renderer(view, std.src_uri)
    opd = view.registry[std.opd]
    replacement = view.by_nomor.get(std.meta.get("diganti_oleh"))
    notices = render("pemberitahuan.html", std=std, replacement=replacement, kind_label=kind.label,
                     build_date=view.build_date,
                     review_due=std.review_due(view.settings["tinjau_setiap_bulan"]))
    plan = []
    for part in kind.page(std, view):
        plan += body.parts(view, std.src_uri, std.body_html) if isinstance(part, Body) else [part]
    markdown, fragments, deferred = compose(render, plan)
    head = {"judul": title_fragment(std.title), "pemberitahuan": notices}
    citing = sorted(view.citations.get(std.nomor, ()), key=lambda s: (s.kind, s.title.lower())) if std.nomor else []
    if citing:
        head["dirujuk"] = render("dirujuk.html", citing=citing)
    meta = {"tags": std.tags, "description": f"{kind.label} {opd.nama}: {std.title}"}
    if kind.search_boost:
        meta["search"] = {"boost": kind.search_boost}
    return Page(src_uri=std.src_uri, title=std.title,
                markdown="".join(marker(name) for name in head) + markdown,
                fragments={**head, **fragments}, deferred=deferred, source_path=std.path, edit_path=std.path,
                meta=meta, updated=std.last_changed)


def planned_page(view: SiteView, plan: PagePlan) -> Page:
    """A kind's page of its own (its list, its dashboard)."""
    markdown, fragments, _ = compose(Renderer(view, plan.src_uri), plan.parts)
    return Page(src_uri=plan.src_uri, title=plan.title, markdown=marker("judul") + markdown,
                fragments={"judul": title_fragment(plan.title), **fragments}, meta=dict(plan.meta),
                updated=plan.updated)


def opd_page(view: SiteView, opd: Opd) -> Page:
    """An OPD's page: its identity and its standards, the online "Dokumen SOP AP" booklet."""
    src_uri = sitemap.opd_page(opd.kode)
    standards = view.by_opd[opd.kode]
    render = Renderer(view, src_uri)
    parent = view.registry.get(opd.induk) if opd.induk else None
    html = render("opd.html", opd=opd, parent=parent, standards=standards,
                  jenis_label=fields.JENIS_OPD.labels[opd.jenis],
                  kinds=[kind for kind in kinds.all_kinds() if kinds.allowed(kind, opd.jenis)])
    return Page(src_uri=src_uri, title=opd.nama, markdown=marker("judul") + marker("isi"),
                fragments={"judul": title_fragment(opd.nama), "isi": html},
                edit_path=None, meta={"description": f"{kinds.labels_joined()} {opd.nama}"},
                updated=max((s.last_changed for s in standards if s.last_changed), default=None))


class Site:
    def __init__(self, corpus: Corpus, options: SiteOptions = SiteOptions()):
        self.corpus = corpus
        self.options = options
        self.view = site_view(corpus, options)

    @property
    def standards(self) -> tuple:
        return self.view.standards

    def sheet_order(self) -> list[str]:
        """The standards whose pages wait for their sheet (a ``Deferred`` part), in the order
        of :meth:`pages`: known from the kinds' page plans, before any page is rendered."""
        view = self.view
        return [std.src_uri for std in view.standards
                if any(isinstance(part, Deferred) for part in kinds.get(std.kind).page(std, view))]

    def sheet(self, src_uri: str) -> RenderedSheet:
        """The deferred fragments of a standard's page, its official sheet, and notes on it."""
        std = self.view.by_src_uri[src_uri]
        render = Renderer(self.view, src_uri)
        sheet = kinds.get(std.kind).sheet(std, self.view)
        return RenderedSheet({part.name: render.fragment(part) for part in sheet.parts}, sheet.notes)

    # -- pages and files ---------------------------------------------------------------------
    def pages(self) -> list[Page]:
        view = self.view
        pages = [standard_page(view, std) for std in view.standards]
        pages += [opd_page(view, opd) for opd in view.opds_sorted]
        pages.append(indexes.home(view))
        for kind in kinds.all_kinds():
            pages += [planned_page(view, plan) for plan in kind.pages(view)]
        pages += [indexes.opd_list(view), indexes.latest(view), indexes.review(view),
                  indexes.a_to_z(view), indexes.tags(view), indexes.data_page(view, self.data_files, self.datasets)]
        pages += guide.pages(view)
        return pages + self.problem_pages

    @cached_property
    def problem_pages(self) -> list[Page]:
        """The preview's pages of the files with errors (none in a public build)."""
        return preview.pages(self.corpus, self.view) if self.options.preview_problems else []

    @cached_property
    def admin(self) -> editor.Files | None:
        """The web editor's files, or None when this site has none (raises
        :class:`editor.NotInstalled` when it should have one but Decap is missing)."""
        if not self.options.editor:
            return None
        return editor.files(self.corpus.root, self.corpus.pemda, self.corpus.registry, self.view.standards)

    @cached_property
    def datasets(self) -> list:
        """The kinds' open-data tables, made once for their files and the data page."""
        return opendata.datasets(self.view)

    @cached_property
    def data_files(self) -> dict[str, str]:
        """Files published beside the pages (open data, feed; in the preview, its errors), by path."""
        files = opendata.files(self.view, self.datasets)
        if self.options.preview_problems:
            files.update({preview.DATA: preview.banner_data(self.corpus, self.view), preview.SCRIPT: preview.BANNER})
        return files

    # -- navigation --------------------------------------------------------------------------
    def nav(self, docs_pages: list[str]) -> list[NavEntry]:
        """Tabs: Beranda, one per kind, OPD, Data, Panduan; every standard sits under its tab
        so that breadcrumbs show where it belongs."""
        view = self.view
        opd_sections = [(label, [(o.nama, sitemap.opd_page(o.kode)) for o in opds])
                        for label, opds in view.opds_by_jenis]
        order = {p: i for i, p in enumerate(GUIDE_ORDER)}
        guide_pages = sorted({p for p in docs_pages if p.startswith("panduan/")} | set(guide.PAGES),
                             key=lambda p: (order.get(p, len(order)), p))
        return [
            ("Beranda", [(None, sitemap.HOME), ("Terbaru", sitemap.LATEST),
                         ("Perlu ditinjau", sitemap.REVIEW), ("Indeks A-Z", sitemap.A_TO_Z),
                         ("Tag", sitemap.TAGS)]),
            *(kind.nav(view) for kind in kinds.all_kinds()),
            ("OPD", [(None, sitemap.OPD_LIST)] + opd_sections),
            ("Data", sitemap.DATA),
            ("Panduan", [(None, p) for p in guide_pages]),
        ]
