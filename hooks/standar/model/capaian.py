"""SPM arithmetic alone: achievement percentages, their one rounding, the achievement index and
its category, the indices of a bidang and of the pemda, and the trend between years. Pure
functions of numbers and settings.

Percentages are computed from counts, or taken as the report published them when it gives only
a percentage. A year without a target (sasaran 0) has *no* percentage (``None``), never 0/0 or 0;
a year without quality figures has no index. Counts of several reports add up only when every
report gives counts. Weights and category thresholds default to the catalogue's
(``data/spm-kabkota.yml``, where their sources are cited); ``pemda.yml``
(``pengaturan.indeks_spm``) may override them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TARGET = 100.0
_EPSILON = 1e-9  # 0.8 x 100 + 0.2 x 100 must reach the 100 threshold despite binary fractions


def persen(bagian: int | None, total: int | None) -> float | None:
    """``bagian / total x 100``; ``None`` when there is nothing to count against (total 0 or
    not given)."""
    return None if not total or bagian is None else 100.0 * bagian / total


def jumlah(values) -> int | None:
    """The sum of counts from several reports; ``None`` when one of them gives no count (a
    percentage cannot be added to a count)."""
    values = list(values)
    return None if not values or any(v is None for v in values) else sum(values)


def rata_rata_lengkap(values) -> float | None:
    """The mean of every part's index, or ``None`` when a part has none: a bidang's index is not
    the mean of only the services that reported (that would rate a bidang on what it chose to
    report)."""
    values = list(values)
    return None if not values or any(v is None for v in values) else sum(values) / len(values)


def capaian_indikator(nilai: float, target: float | None) -> float | None:
    """An indicator's achievement against its target, at most 100; ``None`` without a target."""
    return None if not target else min(nilai / target, 1.0) * TARGET


def indeks_indikator(rows) -> float | None:
    """The index made from Rapor Pendidikan indicators: the mean of their achievement against
    their targets (``rows``: (nilai, target) pairs; those without a target do not count)."""
    values = [capaian_indikator(nilai, target) for nilai, target in rows if target]
    return sum(values) / len(values) if values else None


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
    def dari(cls, pengaturan: dict | None, bobot_bawaan: tuple[float, float],
             kategori_bawaan: tuple) -> "PengaturanIndeks":
        """From ``pemda.yml``'s ``pengaturan``; what is not set comes from the catalogue's
        weights and categories (``(batas, label)`` pairs). One weight alone implies the other."""
        conf = (pengaturan or {}).get("indeks_spm") or {}
        penerima, mutu = conf.get("bobot_penerima"), conf.get("bobot_mutu")
        if penerima is None and mutu is None:
            penerima, mutu = bobot_bawaan
        elif penerima is None:
            penerima = 1.0 - mutu
        elif mutu is None:
            mutu = 1.0 - penerima
        items = conf.get("kategori") or [{"batas": b, "label": t} for b, t in kategori_bawaan]
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
