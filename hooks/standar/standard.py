"""A validated standard (SOP or SPM) and the values derived from it."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from . import flow
from .catalogue import Layanan

SOP = "sop"
SPM = "spm"
KIND_LABEL = {SOP: "SOP", SPM: "SPM"}


@dataclass
class Capaian:
    """One year of SPM achievement; percentages are computed from the counts."""

    tahun: int
    sasaran: int
    terlayani: int
    mutu_sasaran: int | None = None
    mutu_terpenuhi: int | None = None

    @property
    def persen_penerima(self) -> float | None:
        """terlayani / sasaran x 100; undefined (None) when there is no target."""
        return None if self.sasaran == 0 else 100.0 * self.terlayani / self.sasaran

    @property
    def persen_mutu(self) -> float | None:
        if not self.mutu_sasaran or self.mutu_terpenuhi is None:
            return None
        return 100.0 * self.mutu_terpenuhi / self.mutu_sasaran


@dataclass
class Standard:
    kind: str         # SOP or SPM, from the folder
    opd: str          # OPD kode, from the folder
    slug: str         # from the file name
    path: str         # relative to the project root, e.g. standards/dinkes/sop/x.md
    meta: dict        # validated front-matter, normalized
    body: str         # Markdown after the front-matter
    body_line: int    # file line where the body starts
    layanan: Layanan | None = None  # SPM: the catalogue service

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
        if self.kind == SPM:
            return self.meta.get("judul") or (self.layanan.nama if self.layanan else self.slug)
        return self.meta["judul"]

    @property
    def nomor(self) -> str | None:
        return self.meta.get("nomor")

    @property
    def status(self) -> str:
        return self.meta["status"]

    @property
    def is_draft(self) -> bool:
        return self.status == "draf"

    @property
    def tags(self) -> list[str]:
        return list(self.meta.get("tags") or ())

    # -- dates -------------------------------------------------------------------------------
    @property
    def tanggal_efektif(self) -> dt.date:
        return self.meta["tanggal_efektif"]

    @cached_property
    def last_changed(self) -> dt.date:
        """The latest date the content says it changed: made, effective, revised, or a riwayat."""
        dates = [self.meta.get(key) for key in ("tanggal_pembuatan", "tanggal_efektif", "tanggal_revisi")]
        dates += [entry["tanggal"] for entry in (self.meta.get("riwayat") or ())]
        return max(d for d in dates if d)

    @cached_property
    def last_reviewed(self) -> dt.date:
        """The latest evaluation, monitoring or revision; the effective date if none yet."""
        dates = [self.last_changed] + [entry["tanggal"] for entry in (self.meta.get("evaluasi") or ())]
        return max(dates)

    def review_due(self, months: int) -> dt.date:
        date = self.last_reviewed
        month_index = date.month - 1 + months
        year, month = date.year + month_index // 12, month_index % 12 + 1
        return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))

    # -- SOP ---------------------------------------------------------------------------------
    @cached_property
    def steps(self) -> list[flow.Step]:
        return flow.build_steps(self.meta.get("langkah") or [])

    @cached_property
    def edges(self) -> list[flow.Edge]:
        return flow.edges(self.steps)

    @cached_property
    def total_time(self) -> flow.Duration:
        return flow.total_time(self.steps)

    @property
    def jenis_sop(self) -> str:
        return self.meta.get("jenis_sop") or "administratif"

    @property
    def pelaksana(self) -> list[str]:
        return list(self.meta.get("pelaksana") or ())

    # -- SPM ---------------------------------------------------------------------------------
    @cached_property
    def capaian(self) -> list[Capaian]:
        return sorted((Capaian(**entry) for entry in (self.meta.get("capaian") or ())),
                      key=lambda c: c.tahun)

    @property
    def bidang(self):
        return self.layanan.bidang if self.layanan else None
