"""The national SPM catalogue (PP 2/2018): 6 bidang, 29 jenis pelayanan dasar, the technical
regulation of each service per reporting year, how its index is made, and the index's default
weights and categories. Shipped as data (``data/spm-kabkota.yml``, where every source is cited)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CATALOGUE_FILE = Path(__file__).parent / "data" / "spm-kabkota.yml"

# How a service's index is made in a reporting year (see the data file).
PENERIMA_MUTU, RAPOR_PENDIDIKAN = "penerima-mutu", "rapor-pendidikan"


@dataclass(frozen=True)
class Regulasi:
    kode: str
    singkat: str                    # "Permenkes 4/2019"
    judul: str                      # the full title, as enacted
    ditetapkan: dt.date | None = None
    diundangkan: dt.date | None = None


@dataclass(frozen=True)
class Periode:
    """What holds from reporting year ``sejak`` to ``sampai`` (inclusive; None: still)."""

    nilai: object                   # a Regulasi, or the name of a way of measuring
    sejak: int
    sampai: int | None = None

    def mencakup(self, tahun: int) -> bool:
        return self.sejak <= tahun and (self.sampai is None or tahun <= self.sampai)


def _pada(periods: tuple, tahun: int):
    return next((p.nilai for p in reversed(periods) if p.mencakup(tahun)), None)


@dataclass(frozen=True)
class Bidang:
    kode: str
    nama: str
    urusan: str
    pengukuran: tuple               # of Periode(way of measuring)

    def cara_pada(self, tahun: int) -> str:
        """How a service's index is made in ``tahun``."""
        return _pada(self.pengukuran, tahun) or PENERIMA_MUTU


@dataclass(frozen=True)
class Layanan:
    kode: str
    nama: str
    penerima: str
    bidang: Bidang
    standar_teknis: tuple           # of Periode(Regulasi), oldest first

    def standar_teknis_pada(self, tahun: int) -> Regulasi | None:
        """The technical regulation in force for the figures of ``tahun`` (None before any)."""
        return _pada(self.standar_teknis, tahun)


@dataclass(frozen=True)
class Catalogue:
    version: str
    bidang: tuple          # of Bidang, in the regulation's order
    layanan: dict          # kode -> Layanan, in the regulation's order
    regulasi: dict         # kode -> Regulasi
    bobot: tuple           # default (bobot_penerima, bobot_mutu)
    kategori: tuple        # default ((batas, label), ...), highest threshold first


def _periods(entries, value) -> tuple:
    return tuple(Periode(value(e), int(e["sejak"]), int(e["sampai"]) if e.get("sampai") else None)
                 for e in sorted(entries or (), key=lambda e: e["sejak"]))


@lru_cache(maxsize=None)
def load(path: Path = CATALOGUE_FILE) -> Catalogue:
    # Trusted data shipped with the package, so the ordinary safe loader is fine here.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    regulasi = {kode: Regulasi(kode, item["singkat"], item["judul"], item.get("ditetapkan"),
                               item.get("diundangkan"))
                for kode, item in data["regulasi"].items()}
    default_measure = data["pengukuran"]
    bidang_list, layanan = [], {}
    for entry in data["bidang"]:
        bidang = Bidang(entry["kode"], entry["nama"], str(entry["urusan"]),
                        _periods(entry.get("pengukuran") or default_measure, lambda e: e["cara"]))
        bidang_list.append(bidang)
        for item in entry["layanan"]:
            own = item.get("standar_teknis") or entry.get("standar_teknis")
            layanan[item["kode"]] = Layanan(item["kode"], item["nama"], item["penerima"], bidang,
                                            _periods(own, lambda e: regulasi[e["regulasi"]]))
    index = data["indeks"]
    return Catalogue(str(data["catalogue_version"]), tuple(bidang_list), layanan, regulasi,
                     (float(index["bobot_penerima"]), float(index["bobot_mutu"])),
                     tuple((float(k["batas"]), k["label"]) for k in index["kategori"]))


def layanan_options() -> list[tuple[str, str]]:
    """The catalogue's services as (kode, nama), in the regulation's order: what a field that
    names a service is chosen from."""
    return [(kode, item.nama) for kode, item in load().layanan.items()]
