"""SPM figures as the dashboard reads them: each year of a service computed from its counts,
and the national catalogue against the published standards (which of the 29 services have
a standard, who answers for each, the latest achievement)."""

from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields
from statistics import fmean

from ...model.capaian import PengaturanIndeks, persen, tren
from ...model.catalogue import Bidang, Catalogue, Layanan
from ...model.standard import BERLAKU, Standard


@dataclass(frozen=True)
class Capaian:
    """One year of achievement as written (the fields of the ``capaian`` record)."""

    tahun: int
    sasaran: int
    terlayani: int
    mutu_sasaran: int | None = None
    mutu_terpenuhi: int | None = None


@dataclass(frozen=True)
class Tahunan(Capaian):
    """One year of achievement with everything computed from its counts."""

    persen_penerima: float | None = None
    persen_mutu: float | None = None
    indeks: float | None = None
    kategori: str | None = None


def tahunan(entry: Capaian, pengaturan: PengaturanIndeks) -> Tahunan:
    penerima = persen(entry.terlayani, entry.sasaran)
    mutu = persen(entry.mutu_terpenuhi, entry.mutu_sasaran) if entry.mutu_terpenuhi is not None else None
    indeks = pengaturan.indeks(penerima, mutu)
    written = {f.name: getattr(entry, f.name) for f in dc_fields(Capaian)}
    return Tahunan(**written, persen_penerima=penerima, persen_mutu=mutu, indeks=indeks,
                   kategori=pengaturan.kategori_untuk(indeks))


def riwayat_capaian(std, pengaturan: PengaturanIndeks) -> tuple:
    """Every year of an SPM, oldest first."""
    return tuple(tahunan(c, pengaturan) for c in std.capaian)


# -- coverage of the catalogue -----------------------------------------------------------------
@dataclass(frozen=True)
class BarisLayanan:
    """One catalogue service: its standard (if any), who answers for it, its achievement."""

    layanan: Layanan
    standar: Standard | None
    opd: str | None            # kode of the responsible OPD; None when nobody is named
    tahunan: tuple             # of Tahunan, oldest first

    @property
    def ada_standar(self) -> bool:
        """A standard in force (a draft or a revoked one does not count)."""
        return self.standar is not None and self.standar.status == BERLAKU

    @property
    def terakhir(self) -> Tahunan | None:
        return self.tahunan[-1] if self.tahunan else None

    @property
    def tren(self):
        return tren(self.tahunan)


class _Totals:
    """Counts over ``self.baris``: one definition for a bidang and for the whole catalogue."""

    baris: tuple

    @property
    def jumlah(self) -> int:
        return len(self.baris)

    @property
    def ada_standar(self) -> int:
        return sum(1 for r in self.baris if r.ada_standar)

    def _latest(self) -> list[float]:
        return [r.terakhir.persen_penerima for r in self.baris
                if r.terakhir is not None and r.terakhir.persen_penerima is not None]

    @property
    def rata_rata(self) -> float | None:
        """Mean of the latest capaian penerima of the services that report one."""
        values = self._latest()
        return fmean(values) if values else None

    @property
    def dilaporkan(self) -> int:
        return len(self._latest())


@dataclass(frozen=True)
class RingkasanBidang(_Totals):
    bidang: Bidang
    baris: tuple  # of BarisLayanan, in the catalogue's order


@dataclass(frozen=True)
class Cakupan(_Totals):
    """The whole catalogue against the published standards."""

    bidang: tuple  # of RingkasanBidang, in the regulation's order
    pengaturan: PengaturanIndeks

    @property
    def baris(self) -> tuple:
        return tuple(row for group in self.bidang for row in group.baris)

    @property
    def kalimat(self) -> str:
        return f"{self.ada_standar} dari {self.jumlah} layanan sudah memiliki standar yang terbit"


def penanggung_jawab(layanan: Layanan, standar: Standard | None, pengaturan: dict | None) -> str | None:
    """The OPD answering for a service: the one that issued its standard, else the one named in
    ``pengaturan.spm_penanggung_jawab`` for the service, else for its bidang."""
    if standar is not None:
        return standar.opd
    mapping = (pengaturan or {}).get("spm_penanggung_jawab") or {}
    return mapping.get(layanan.kode) or mapping.get(layanan.bidang.kode)


def indeks(catalogue: Catalogue, pengaturan: dict | None) -> PengaturanIndeks:
    return PengaturanIndeks.dari(pengaturan, (catalogue.weight_recipients, catalogue.weight_quality))


def cakupan(standards, catalogue: Catalogue, pengaturan: dict | None = None) -> Cakupan:
    """Every catalogue service with its SPM among ``standards`` (other kinds are ignored)."""
    settings = indeks(catalogue, pengaturan)
    by_layanan = {s.layanan.kode: s for s in standards if getattr(s, "layanan", None) is not None}
    groups = []
    for bidang in catalogue.bidang:
        rows = []
        for layanan in catalogue.in_bidang(bidang):
            std = by_layanan.get(layanan.kode)
            rows.append(BarisLayanan(layanan, std, penanggung_jawab(layanan, std, pengaturan),
                                     riwayat_capaian(std, settings) if std else ()))
        groups.append(RingkasanBidang(bidang, tuple(rows)))
    return Cakupan(tuple(groups), settings)
