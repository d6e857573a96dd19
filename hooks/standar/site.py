"""The plan of the public site: which pages exist, what they contain, and the navigation.

Independent of the static-site generator: an adapter turns the plan into its own files and
navigation (``hooks/portal.py`` for MkDocs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from . import guide, indexes, labels, render, spm
from .opendata import OpenData
from .corpus import Corpus
from .registry import Opd
from .standard import SOP, SPM, Standard
from .urls import page_url

NavEntry = tuple  # (title, src_uri) or (title, [NavEntry, ...])
# The Panduan tab's order; other guide pages follow by path.
GUIDE_ORDER = ("panduan/index.md", "panduan/untuk-opd.md", guide.TEMPLATES_PAGE, guide.FIELDS_PAGE,
               "panduan/istilah.md")


@dataclass(frozen=True)
class SiteOptions:
    include_drafts: bool = False     # `mkdocs serve` previews drafts; the public build leaves them out
    directory_urls: bool = True      # off for the file:// offline bundle
    build_date: dt.date | None = None
    site_url: str = ""               # canonical public address, e.g. https://host/standar/


class Site:
    def __init__(self, corpus: Corpus, options: SiteOptions = SiteOptions()):
        self.corpus = corpus
        self.options = options
        self.pemda = corpus.pemda
        self.directory_urls = options.directory_urls
        self.standards: list[Standard] = corpus.published(options.include_drafts)

    # -- lookups -----------------------------------------------------------------------------
    @cached_property
    def by_nomor(self) -> dict[str, Standard]:
        return {s.nomor: s for s in self.standards if s.nomor}

    @cached_property
    def by_opd(self) -> dict[str, list[Standard]]:
        groups: dict[str, list[Standard]] = {kode: [] for kode in self.corpus.registry}
        for std in self.standards:
            groups[std.opd].append(std)
        for items in groups.values():
            items.sort(key=lambda s: (s.kind, s.title.lower()))
        return groups

    @cached_property
    def by_src_uri(self) -> dict[str, Standard]:
        return {s.src_uri: s for s in self.standards}

    def sheet(self, src_uri: str) -> dict[str, str]:
        """The deferred fragments of a page (see ``render.Page.deferred``)."""
        return render.sop_sheet(self, self.by_src_uri[src_uri])

    def sops(self) -> list[Standard]:
        return [s for s in self.standards if s.kind == SOP]

    def spms(self) -> list[Standard]:
        return [s for s in self.standards if s.kind == SPM]

    def opds_sorted(self) -> list[Opd]:
        return sorted(self.corpus.registry.values(), key=lambda o: o.nama.lower())

    @cached_property
    def opds_by_jenis(self) -> list[tuple[str, list[Opd]]]:
        """(type label, its OPDs by name) in the registry's order of types; empty types left out."""
        groups: dict[str, list[Opd]] = {jenis: [] for jenis in labels.JENIS_OPD}
        for opd in self.opds_sorted():
            groups[opd.jenis].append(opd)
        return [(labels.JENIS_OPD[jenis], opds) for jenis, opds in groups.items() if opds]

    @cached_property
    def spm_cakupan(self) -> spm.Cakupan:
        """The SPM catalogue against this site's SPMs: dashboard, SPM pages, open data."""
        return spm.cakupan(self.spms(), self.corpus.catalogue, self.corpus.settings)

    def url(self, target: str) -> str:
        """Site-relative URL of a page (given by its ``.md`` source) or of an asset."""
        return page_url(target, self.directory_urls) if target.endswith(".md") else target

    # -- pages and files ---------------------------------------------------------------------
    def pages(self) -> list[render.Page]:
        pages = [render.standard_page(self, std) for std in self.standards]
        pages += [render.opd_page(self, opd, self.by_opd[opd.kode]) for opd in self.opds_sorted()]
        pages += [indexes.home(self), indexes.standard_list(self, SOP), render.spm_dashboard(self),
                  indexes.opd_list(self), indexes.latest(self), indexes.review(self),
                  indexes.a_to_z(self), indexes.tags(self),
                  indexes.data_page(self, self.data_files)]
        pages += guide.pages(self)
        return pages

    @cached_property
    def data_files(self) -> dict[str, str]:
        """Files published beside the pages (open data, feed), by path."""
        return OpenData(self).files(extra=spm.data_files(self))

    # -- navigation --------------------------------------------------------------------------
    def nav(self, docs_pages: list[str]) -> list[NavEntry]:
        """Tabs: Beranda, SOP, SPM, OPD, Panduan; every standard sits under its tab so that
        breadcrumbs show where it belongs."""
        # SOP tab: OPD type > OPD > its SOPs. The types are open sections and each OPD folds,
        # so a page carries the OPD names and its own OPD's SOPs, not every SOP of the portal
        # (with 1,000 SOPs, rendering the full list on every page was most of the build).
        sop_sections, spm_sections = [], []
        for label, opds in self.opds_by_jenis:
            entries = [(opd.nama, [(s.title, s.src_uri) for s in self.by_opd[opd.kode] if s.kind == SOP])
                       for opd in opds]
            entries = [entry for entry in entries if entry[1]]
            if entries:
                sop_sections.append((label, entries))
        for bidang in self.corpus.catalogue.bidang:
            spms = [(s.title, s.src_uri) for s in self.spms() if s.bidang is bidang]
            if spms:
                spm_sections.append((bidang.nama, sorted(spms, key=lambda e: e[0].lower())))
        opd_sections = [(label, [(o.nama, f"{o.kode}/index.md") for o in opds])
                        for label, opds in self.opds_by_jenis]
        order = {p: i for i, p in enumerate(GUIDE_ORDER)}
        guide_pages = sorted({p for p in docs_pages if p.startswith("panduan/")} | set(guide.PAGES),
                             key=lambda p: (order.get(p, len(order)), p))
        nav: list[NavEntry] = [
            ("Beranda", [(None, "index.md"), ("Terbaru", "terbaru/index.md"),
                         ("Perlu ditinjau", "perlu-ditinjau/index.md"), ("Indeks A-Z", "a-z/index.md"),
                         ("Tag", "tag/index.md")]),
            ("SOP", [(None, "sop/index.md")] + sop_sections),
            ("SPM", [(None, render.SPM_DASHBOARD)] + spm_sections),
            ("OPD", [(None, "opd/index.md")] + opd_sections),
            ("Data", "data/index.md"),
        ]
        nav.append(("Panduan", [(None, p) for p in guide_pages]))
        return nav
