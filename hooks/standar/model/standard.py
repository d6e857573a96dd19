"""A validated standard and the values derived from it that every kind shares: identity,
address, status and dates. Each document kind (:mod:`standar.kinds`) subclasses it with what
its own fields give (the steps of an SOP, the yearly figures of an SPM)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

BERLAKU, DRAF, DICABUT = "berlaku", "draf", "dicabut"


@dataclass
class Standard:
    kind: str         # the kind's code, from the folder (sop, spm, ...)
    opd: str          # OPD kode, from the folder
    slug: str         # from the file name
    path: str         # relative to the project root, e.g. standards/dinkes/sop/x.md
    meta: dict        # validated front-matter, normalized
    body: str         # Markdown after the front-matter
    body_line: int    # file line where the body starts
    body_html: str | None = ""  # the body converted and sanitized (links as written); None
                                # until converted, when the check could tell it was plain

    # -- identity ----------------------------------------------------------------------------
    @property
    def src_uri(self) -> str:
        return f"{self.opd}/{self.kind}/{self.slug}.md"

    @property
    def url(self) -> str:
        """Site-relative URL with directory URLs: ``dinkes/sop/slug/``."""
        return f"{self.opd}/{self.kind}/{self.slug}/"

    @property
    def title(self) -> str:
        return self.meta["judul"]

    @property
    def nomor(self) -> str | None:
        return self.meta.get("nomor")

    @property
    def status(self) -> str:
        return self.meta["status"]

    @property
    def is_draft(self) -> bool:
        return self.status == DRAF

    @property
    def tags(self) -> list[str]:
        return list(self.meta.get("tags") or ())

    # -- dates -------------------------------------------------------------------------------
    @property
    def tanggal_efektif(self) -> dt.date | None:
        """None when the document as signed gives none."""
        return self.meta.get("tanggal_efektif")

    @cached_property
    def last_changed(self) -> dt.date | None:
        """The latest date the content says it changed: made, effective, revised, or a riwayat;
        None when the document gives no date at all."""
        dates = [self.meta.get(key) for key in ("tanggal_pembuatan", "tanggal_efektif", "tanggal_revisi")]
        dates += [entry["tanggal"] for entry in (self.meta.get("riwayat") or ())]
        return max((d for d in dates if d), default=None)

    @cached_property
    def last_reviewed(self) -> dt.date | None:
        """The latest evaluation, monitoring or revision; the effective date if none yet."""
        dates = [self.last_changed] + [entry["tanggal"] for entry in (self.meta.get("evaluasi") or ())]
        return max((d for d in dates if d), default=None)

    def review_due(self, months: int) -> dt.date | None:
        """When the next review falls due; None for a document with no date at all (it is not
        listed as overdue: nothing says since when)."""
        date = self.last_reviewed
        if date is None:
            return None
        month_index = date.month - 1 + months
        year, month = date.year + month_index // 12, month_index % 12 + 1
        return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))
