"""The national SPM catalogue (PP 2/2018): 6 bidang, 29 jenis pelayanan dasar, shipped as data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CATALOGUE_FILE = Path(__file__).parent / "data" / "spm-kabkota.yml"


@dataclass(frozen=True)
class Bidang:
    kode: str
    nama: str
    urusan: str
    standar_teknis: tuple


@dataclass(frozen=True)
class Layanan:
    kode: str
    nama: str
    penerima: str
    bidang: Bidang


@dataclass(frozen=True)
class Catalogue:
    version: str
    bidang: tuple          # of Bidang, in the regulation's order
    layanan: dict          # kode -> Layanan, in the regulation's order
    weight_recipients: float
    weight_quality: float

    def in_bidang(self, bidang: Bidang) -> list[Layanan]:
        return [item for item in self.layanan.values() if item.bidang is bidang]


@lru_cache(maxsize=None)
def load(path: Path = CATALOGUE_FILE) -> Catalogue:
    # Trusted data shipped with the package, so the ordinary safe loader is fine here.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    bidang_list, layanan = [], {}
    for entry in data["bidang"]:
        bidang = Bidang(entry["kode"], entry["nama"], str(entry["urusan"]),
                        tuple(entry["standar_teknis"]))
        bidang_list.append(bidang)
        for item in entry["layanan"]:
            layanan[item["kode"]] = Layanan(item["kode"], item["nama"], item["penerima"], bidang)
    index = data.get("achievement_index", {})
    return Catalogue(str(data["catalogue_version"]), tuple(bidang_list), layanan,
                     float(index.get("weight_recipients", 0.8)), float(index.get("weight_quality", 0.2)))


def layanan_options() -> list[tuple[str, str]]:
    """The catalogue's services as (kode, nama), in the regulation's order: what a field that
    names a service is chosen from."""
    return [(kode, item.nama) for kode, item in load().layanan.items()]
