"""What renderers may read of a site: a typed, read-only view, not the site plan itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from . import fields
from . import sitemap
from .catalogue import Catalogue
from .opd import Opd
from .standard import Standard
from .urls import page_url


@dataclass(frozen=True)
class SiteView:
    pemda: dict
    registry: dict               # kode -> Opd, in the registry's order
    catalogue: Catalogue
    standards: tuple             # the standards on the site (drafts too in a preview), by path
    build_date: dt.date
    site_url: str = ""           # canonical public address, e.g. https://host/standar/
    directory_urls: bool = True  # off for the file:// offline bundle
    # Each kind's own summary of its standards (the SPM kind: coverage of the national catalogue).
    summaries: dict = field(default_factory=dict)
    citations: dict = field(default_factory=dict)  # nomor -> the standards that cite it
    generated: frozenset = frozenset()   # the generated pages and files, by source path
    site_files: frozenset = frozenset()  # the hand-written site's files

    @cached_property
    def pages(self) -> frozenset:
        """Every page and generated file of the site, by source path."""
        return (self.generated | {sitemap.opd_page(kode) for kode in self.registry}
                | {s.src_uri for s in self.standards})

    @property
    def settings(self) -> dict:
        return self.pemda["pengaturan"]

    # -- lookups -----------------------------------------------------------------------------
    @cached_property
    def by_nomor(self) -> dict[str, Standard]:
        return {s.nomor: s for s in self.standards if s.nomor}

    @cached_property
    def by_opd(self) -> dict[str, list[Standard]]:
        groups: dict[str, list[Standard]] = {kode: [] for kode in self.registry}
        for std in self.standards:
            groups[std.opd].append(std)
        for items in groups.values():
            items.sort(key=lambda s: (s.kind, s.title.lower()))
        return groups

    @cached_property
    def by_src_uri(self) -> dict[str, Standard]:
        return {s.src_uri: s for s in self.standards}

    def of_kind(self, code: str) -> list[Standard]:
        return [s for s in self.standards if s.kind == code]

    def opd_name(self, kode: str) -> str:
        return self.registry[kode].nama

    def by_opd_and_title(self, standards) -> list:
        """``standards`` in the order of the data lists: by OPD name, then title."""
        return sorted(standards, key=lambda s: (self.opd_name(s.opd).lower(), s.title.lower()))

    @cached_property
    def opd_names(self) -> dict[str, str]:
        return {kode: opd.nama for kode, opd in self.registry.items()}

    @cached_property
    def opds_sorted(self) -> list[Opd]:
        return sorted(self.registry.values(), key=lambda o: o.nama.lower())

    @cached_property
    def opds_by_jenis(self) -> list[tuple[str, list[Opd]]]:
        """(type label, its OPDs by name) in the order of the types; empty types left out."""
        labels = fields.JENIS_OPD.labels
        groups: dict[str, list[Opd]] = {jenis: [] for jenis in labels}
        for opd in self.opds_sorted:
            groups[opd.jenis].append(opd)
        return [(labels[jenis], opds) for jenis, opds in groups.items() if opds]

    def sections(self, code: str) -> list[tuple]:
        """A kind's pages for the navigation: OPD type > OPD > its standards of that kind. The
        types are open sections and each OPD folds, so a page carries the OPD names and its own
        OPD's standards, not every standard of the portal (with 1,000 SOPs, rendering the full
        list on every page was most of the build)."""
        found = []
        for label, opds in self.opds_by_jenis:
            entries = [(opd.nama, [(s.title, s.src_uri) for s in self.by_opd[opd.kode] if s.kind == code])
                       for opd in opds]
            entries = [entry for entry in entries if entry[1]]
            if entries:
                found.append((label, entries))
        return found

    # -- addresses ---------------------------------------------------------------------------
    def url(self, target: str) -> str:
        """Site-relative URL of a page (given by its ``.md`` source) or of an asset."""
        return page_url(target, self.directory_urls) if target.endswith(".md") else target

    def absolute(self, path: str) -> str:
        """A public URL for a site path; relative when no site_url is configured."""
        return (self.site_url.rstrip("/") + "/" + path) if self.site_url else path

    def canonical(self, std: Standard) -> str:
        """The public address of a standard in directory form (whatever the build's URL style):
        printed on its sheet and in its QR code; "" without a site_url."""
        return self.site_url.rstrip("/") + "/" + std.url if self.site_url else ""
