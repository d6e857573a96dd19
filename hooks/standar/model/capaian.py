"""SPM arithmetic alone: achievement percentages, their one rounding, the achievement index and
its category, and the trend between years. Pure functions of numbers and settings.

Percentages are always computed from counts. A year without a target (sasaran 0) has *no*
percentage (``None``), never 0/0 or 0; a year without quality figures has no index. Weights and
category thresholds come from ``pemda.yml`` (``pengaturan.indeks_spm``), defaulting to the
catalogue's weights and the categories below: sources differ, so they stay configuration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TARGET = 100.0

# Default categories, highest threshold first (sources differ: see the SPM kind's settings).
KATEGORI_BAWAAN = ((100.0, "Tuntas Paripurna"), (80.0, "Tuntas Utama"), (60.0, "Tuntas Madya"),
                   (40.0, "Tuntas Muda"), (20.0, "Tuntas Pratama"), (0.0, "Belum Tuntas"))
_EPSILON = 1e-9  # 0.8 x 100 + 0.2 x 100 must reach the 100 threshold despite binary fractions


def persen(bagian: int, total: int) -> float | None:
    """``bagian / total x 100``; ``None`` when there is nothing to count against (total 0)."""
    return None if not total else 100.0 * bagian / total


def bulat(nilai: float | None, desimal: int = 1) -> float | None:
    """A percentage rounded for showing or publishing: the one rounding every percentage that
    leaves the core goes through. Never rounds up to the target: 99,96 % is 99,9 %, not "100 %"
    (which would claim every recipient was served)."""
    if nilai is None:
        return None
    hasil = round(nilai, desimal)
    if hasil >= TARGET > nilai:
        hasil = round(TARGET - 10 ** -desimal, desimal)
    return hasil


def bulat_indeks(nilai: float | None, desimal: int = 1) -> float | None:
    """The index as shown or published: cut, not rounded, so that it never shows a category
    threshold it has not reached (79,96 shows as 79,9, which is Tuntas Madya, not "80")."""
    if nilai is None:
        return None
    scale = 10 ** desimal
    return math.floor(round(nilai * scale, 6)) / scale


# -- the index and its categories --------------------------------------------------------------
@dataclass(frozen=True)
class Kategori:
    batas: float
    label: str


@dataclass(frozen=True)
class PengaturanIndeks:
    """``indeks = bobot_penerima x capaian penerima + bobot_mutu x capaian mutu``."""

    bobot_penerima: float
    bobot_mutu: float
    kategori: tuple  # of Kategori, highest threshold first

    @classmethod
    def dari(cls, pengaturan: dict | None, bobot_bawaan: tuple[float, float]) -> "PengaturanIndeks":
        """From ``pemda.yml``'s ``pengaturan``; what is not set comes from ``bobot_bawaan`` (the
        catalogue's weights) and :data:`KATEGORI_BAWAAN`. One weight alone implies the other."""
        conf = (pengaturan or {}).get("indeks_spm") or {}
        penerima, mutu = conf.get("bobot_penerima"), conf.get("bobot_mutu")
        if penerima is None and mutu is None:
            penerima, mutu = bobot_bawaan
        elif penerima is None:
            penerima = 1.0 - mutu
        elif mutu is None:
            mutu = 1.0 - penerima
        items = conf.get("kategori") or [{"batas": b, "label": t} for b, t in KATEGORI_BAWAAN]
        kategori = sorted((Kategori(float(k["batas"]), k["label"]) for k in items),
                          key=lambda k: -k.batas)
        return cls(float(penerima), float(mutu), tuple(kategori))

    def indeks(self, persen_penerima: float | None, persen_mutu: float | None) -> float | None:
        if persen_penerima is None or persen_mutu is None:
            return None
        return self.bobot_penerima * persen_penerima + self.bobot_mutu * persen_mutu

    def kategori_untuk(self, nilai: float | None) -> str | None:
        if nilai is None:
            return None
        for kategori in self.kategori:
            if nilai + _EPSILON >= kategori.batas:
                return kategori.label
        return None

    def as_dict(self) -> dict:
        return {"bobot_penerima": self.bobot_penerima, "bobot_mutu": self.bobot_mutu,
                "kategori": [{"batas": k.batas, "label": k.label} for k in self.kategori]}


# -- trend ---------------------------------------------------------------------------------------
NAIK, TURUN, TETAP = "naik", "turun", "tetap"
SIMBOL = {NAIK: "▲", TURUN: "▼", TETAP: "▬"}


@dataclass(frozen=True)
class Tren:
    arah: str          # naik | turun | tetap
    selisih: float     # percentage points, as shown (one decimal)
    tahun: int
    tahun_banding: int

    @property
    def simbol(self) -> str:
        return SIMBOL[self.arah]


def tren(rows) -> Tren | None:
    """The latest year against the one recorded before it (named, so a gap shows). Compared as
    shown, to one decimal, so the words agree with the numbers on the page. ``None`` without
    two comparable years. ``rows``: oldest first, each with ``tahun`` and ``persen_penerima``."""
    if len(rows) < 2:
        return None
    latest, previous = rows[-1], rows[-2]
    if latest.persen_penerima is None or previous.persen_penerima is None:
        return None
    selisih = round(bulat(latest.persen_penerima) - bulat(previous.persen_penerima), 1)
    arah = NAIK if selisih > 0 else TURUN if selisih < 0 else TETAP
    return Tren(arah, selisih, latest.tahun, previous.tahun)


def tahun_kosong(rows) -> list[int]:
    """Years between the first and the last with no figures (reported, never invented)."""
    years = {r.tahun for r in rows}
    return [y for y in range(min(years), max(years)) if y not in years] if years else []
