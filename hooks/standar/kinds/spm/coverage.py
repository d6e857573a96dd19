"""SPM figures as the dashboard reads them, per reporting year: each report's year as written,
each service's year with its reports combined (counts summed when every report gives counts),
its index made as the catalogue says for that year and bidang, the regulation in force, and the
29 services of the national catalogue with the indices of each bidang and of the pemda."""

from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields
from functools import cached_property

from ...model.capaian import (PengaturanIndeks, Tren, capaian_indikator, indeks_indikator, jumlah, persen,
                              rata_rata_lengkap, tren)
from ...model.catalogue import PENERIMA_MUTU, RAPOR_PENDIDIKAN, Bidang, Catalogue, Layanan, Regulasi
from ...model.standard import DICABUT, Standard


@dataclass(frozen=True)
class Capaian:
    """One year of a report as written (the fields of the ``capaian`` record)."""

    tahun: int
    sasaran: int | None = None
    terlayani: int | None = None
    persen: float | None = None
    mutu_sasaran: int | None = None
    mutu_terpenuhi: int | None = None
    sumber: dict | None = None
    rincian: list | None = None
    indikator: list | None = None

    @property
    def ada_angka(self) -> bool:
        """The report gives counts (else a percentage, or only indicators)."""
        return self.sasaran is not None

    @property
    def persen_penerima(self) -> float | None:
        """From the counts when the report gives them, else the percentage it published."""
        return persen(self.terlayani, self.sasaran) if self.ada_angka else self.persen


def capaian_of(entry: dict) -> Capaian:
    return Capaian(**{f.name: entry.get(f.name) for f in dc_fields(Capaian)})


@dataclass(frozen=True)
class Laporan:
    """One file's figures of one year."""

    standar: Standard
    capaian: Capaian

    @property
    def opd(self) -> str:
        return self.standar.opd


@dataclass(frozen=True)
class BarisRincian:
    nama: str
    sasaran: int | None
    terlayani: int | None
    persen: float | None          # computed from the counts, or as published


@dataclass(frozen=True)
class Rincian:
    """A breakdown of one report's year (by sex, puskesmas, distrik)."""

    laporan: Laporan
    menurut: str
    baris: tuple                  # of BarisRincian


@dataclass(frozen=True)
class Indikator:
    laporan: Laporan
    nama: str
    nilai: float
    satuan: str
    target: float | None
    capaian: float | None         # against the target, at most 100


@dataclass(frozen=True)
class Tahunan:
    """One service in one year: its reports combined, the index and the regulation in force."""

    layanan: Layanan
    tahun: int | None
    laporan: tuple = ()           # of Laporan, by file path
    sasaran: int | None = None
    terlayani: int | None = None
    persen_penerima: float | None = None
    mutu_sasaran: int | None = None
    mutu_terpenuhi: int | None = None
    persen_mutu: float | None = None
    indeks: float | None = None
    kategori: str | None = None
    cara: str = PENERIMA_MUTU     # how the index is made this year (model.catalogue)

    @property
    def dilaporkan(self) -> bool:
        return bool(self.laporan)

    @property
    def gabungan(self) -> bool:
        """Reported by more than one file (several OPDs)."""
        return len(self.laporan) > 1

    @property
    def tanpa_angka(self) -> tuple:
        """When several reports cannot be added up: those that give no counts."""
        if not self.gabungan or self.sasaran is not None:
            return ()
        return tuple(r for r in self.laporan if not r.capaian.ada_angka)

    @property
    def opd(self) -> tuple:
        return tuple(dict.fromkeys(r.opd for r in self.laporan))

    @property
    def standar_teknis(self) -> Regulasi | None:
        return self.layanan.standar_teknis_pada(self.tahun) if self.tahun else None

    @property
    def sumber(self) -> tuple:
        """(laporan, sumber) of the reports that name their source."""
        return tuple((r, r.capaian.sumber) for r in self.laporan if r.capaian.sumber)

    @property
    def rincian(self) -> tuple:
        return tuple(Rincian(r, group["menurut"], tuple(
            BarisRincian(row["nama"], row.get("sasaran"), row.get("terlayani"),
                         persen(row["terlayani"], row["sasaran"]) if row.get("sasaran") is not None
                         else row.get("persen"))
            for row in group["baris"]))
            for r in self.laporan for group in r.capaian.rincian or ())

    @property
    def indikator(self) -> tuple:
        return tuple(Indikator(r, row["nama"], row["nilai"], row["satuan"], row.get("target"),
                               capaian_indikator(row["nilai"], row.get("target")))
                     for r in self.laporan for row in r.capaian.indikator or ())


def tahunan(layanan: Layanan, tahun: int | None, laporan, pengaturan: PengaturanIndeks) -> Tahunan:
    """A service's year from its reports (none: not reported)."""
    reports = tuple(sorted(laporan, key=lambda r: r.standar.path))
    cara = layanan.bidang.cara_pada(tahun) if tahun else PENERIMA_MUTU
    if not reports:
        return Tahunan(layanan, tahun, cara=cara)
    entries = [r.capaian for r in reports]
    sasaran, terlayani = jumlah(c.sasaran for c in entries), jumlah(c.terlayani for c in entries)
    penerima = entries[0].persen_penerima if len(entries) == 1 else persen(terlayani, sasaran)
    mutu_sasaran = jumlah(c.mutu_sasaran for c in entries)
    mutu_terpenuhi = jumlah(c.mutu_terpenuhi for c in entries)
    mutu = persen(mutu_terpenuhi, mutu_sasaran)
    year = Tahunan(layanan, tahun, reports, sasaran, terlayani, penerima, mutu_sasaran, mutu_terpenuhi,
                   mutu, cara=cara)
    if cara == RAPOR_PENDIDIKAN:
        indeks = indeks_indikator((i.nilai, i.target) for i in year.indikator)
    else:
        indeks = pengaturan.indeks(penerima, mutu)
    return Tahunan(layanan, tahun, reports, sasaran, terlayani, penerima, mutu_sasaran, mutu_terpenuhi,
                   mutu, indeks, pengaturan.kategori_untuk(indeks), cara)


def riwayat_berkas(std, pengaturan: PengaturanIndeks) -> tuple:
    """Every year of one file, oldest first, as that file alone reports it."""
    return tuple(tahunan(std.layanan, c.tahun, [Laporan(std, c)], pengaturan) for c in std.capaian)


# -- the catalogue, per year ---------------------------------------------------------------------
@dataclass(frozen=True)
class BarisLayanan:
    """One catalogue service: the files reporting it, who answers for it, its years."""

    layanan: Layanan
    standar: tuple                # the files of this service on the site, by path
    penanggung_jawab: tuple       # OPD codes: those reporting it, else the ones named in the settings
    tahunan: dict                 # tahun -> Tahunan, the years with reports, oldest first
    pengaturan: PengaturanIndeks

    def pada(self, tahun: int | None) -> Tahunan:
        return self.tahunan.get(tahun) or tahunan(self.layanan, tahun, (), self.pengaturan)

    def tren_pada(self, tahun: int | None) -> Tren | None:
        """The year against the one reported before it with a percentage."""
        rows = [t for y, t in self.tahunan.items() if y <= (tahun or 0) and t.persen_penerima is not None]
        return tren(rows[-2:]) if rows and rows[-1].tahun == tahun else None

    @property
    def riwayat(self) -> tuple:
        return tuple(self.tahunan.values())


@dataclass(frozen=True)
class BarisTahun:
    baris: BarisLayanan
    data: Tahunan
    tren: Tren | None

    @property
    def layanan(self) -> Layanan:
        return self.baris.layanan

    @property
    def opd(self) -> tuple:
        """Who reported this year, else who answers for the service."""
        return self.data.opd or self.baris.penanggung_jawab


class _Indeks:
    """A mean of parts' indices and its category, only when every part has one."""

    pengaturan: PengaturanIndeks

    def _parts(self) -> list:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def indeks(self) -> float | None:
        return rata_rata_lengkap(self._parts())

    @property
    def kategori(self) -> str | None:
        return self.pengaturan.kategori_untuk(self.indeks)

    @property
    def berindeks(self) -> int:
        return sum(1 for value in self._parts() if value is not None)


@dataclass(frozen=True)
class RingkasanBidang(_Indeks):
    bidang: Bidang
    tahun: int | None
    baris: tuple                  # of BarisTahun, in the catalogue's order
    pengaturan: PengaturanIndeks

    def _parts(self) -> list:
        return [row.data.indeks for row in self.baris]

    @property
    def jumlah(self) -> int:
        return len(self.baris)

    @property
    def dilaporkan(self) -> int:
        return sum(1 for row in self.baris if row.data.dilaporkan)


@dataclass(frozen=True)
class RingkasanTahun(_Indeks):
    """One reporting year of the whole catalogue."""

    tahun: int | None
    bidang: tuple                 # of RingkasanBidang, in the regulation's order
    pengaturan: PengaturanIndeks

    def _parts(self) -> list:
        return [group.indeks for group in self.bidang]

    @property
    def baris(self) -> tuple:
        return tuple(row for group in self.bidang for row in group.baris)

    @property
    def jumlah(self) -> int:
        return len(self.baris)

    @property
    def dilaporkan(self) -> int:
        return sum(group.dilaporkan for group in self.bidang)

    @property
    def kalimat(self) -> str:
        if self.tahun is None:
            return f"Belum ada capaian yang dilaporkan dari {self.jumlah} layanan"
        return f"{self.dilaporkan} dari {self.jumlah} layanan dilaporkan untuk tahun {self.tahun}"


@dataclass(frozen=True)
class Cakupan:
    """The catalogue against the reports: every service, every reporting year."""

    baris: tuple                  # of BarisLayanan, in the catalogue's order
    catalogue: Catalogue
    pengaturan: PengaturanIndeks

    @cached_property
    def tahun(self) -> tuple:
        """The reporting years with any report, oldest first."""
        return tuple(sorted({y for row in self.baris for y in row.tahunan}))

    @property
    def terbaru(self) -> int | None:
        """The dashboard's default year: the latest with any figure."""
        return self.tahun[-1] if self.tahun else None

    @cached_property
    def _ringkasan(self) -> dict:
        return {tahun: self._tahun(tahun) for tahun in self.tahun}

    def pada(self, tahun: int | None) -> RingkasanTahun:
        """One reporting year of every service (``None``: no year has a report yet)."""
        return self._ringkasan.get(tahun) or self._tahun(tahun)

    def _tahun(self, tahun: int | None) -> RingkasanTahun:
        groups = tuple(
            RingkasanBidang(bidang, tahun, tuple(
                BarisTahun(row, row.pada(tahun), row.tren_pada(tahun))
                for row in self.baris if row.layanan.bidang is bidang), self.pengaturan)
            for bidang in self.catalogue.bidang)
        return RingkasanTahun(tahun, groups, self.pengaturan)

    def layanan(self, kode: str) -> BarisLayanan:
        return next(row for row in self.baris if row.layanan.kode == kode)


def penanggung_jawab(layanan: Layanan, standar, pengaturan: dict | None) -> tuple:
    """The OPDs answering for a service: those whose files report it, else the one named in
    ``pengaturan.spm_penanggung_jawab`` for the service, else for its bidang."""
    own = tuple(dict.fromkeys(s.opd for s in standar))
    if own:
        return own
    mapping = (pengaturan or {}).get("spm_penanggung_jawab") or {}
    named = mapping.get(layanan.kode) or mapping.get(layanan.bidang.kode)
    return (named,) if named else ()


def indeks(catalogue: Catalogue, pengaturan: dict | None) -> PengaturanIndeks:
    return PengaturanIndeks.dari(pengaturan, catalogue.bobot, catalogue.kategori)


def cakupan(standards, catalogue: Catalogue, pengaturan: dict | None = None) -> Cakupan:
    """Every catalogue service with the reports among ``standards`` (other kinds are ignored; a
    revoked report keeps its page but its figures no longer count)."""
    settings = indeks(catalogue, pengaturan)
    by_layanan: dict[str, list] = {}
    for std in sorted(standards, key=lambda s: s.path):
        if getattr(std, "layanan", None) is not None:
            by_layanan.setdefault(std.layanan.kode, []).append(std)
    rows = []
    for layanan in catalogue.layanan.values():
        files = tuple(by_layanan.get(layanan.kode, ()))
        reports: dict[int, list] = {}
        for std in files:
            if std.status != DICABUT:
                for entry in std.capaian:
                    reports.setdefault(entry.tahun, []).append(Laporan(std, entry))
        years = {y: tahunan(layanan, y, reports[y], settings) for y in sorted(reports)}
        rows.append(BarisLayanan(layanan, files, penanggung_jawab(layanan, files, pengaturan), years, settings))
    return Cakupan(tuple(rows), catalogue, settings)
