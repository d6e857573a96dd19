"""SPM at a glance: achievement percentages, the achievement index and its category, the trend
between years, and coverage of the national catalogue (which of the 29 services have a
standard, who answers for each).

Pure functions of the content and the settings: no files, no MkDocs. Percentages are always
computed from counts. A year without a target (sasaran 0) has *no* percentage (``None``), never
0/0 or 0; a year without quality figures has no index. Weights and category thresholds of the
index come from ``pemda.yml`` (``pengaturan.indeks_spm``), defaulting to the catalogue's weights
and the categories below: sources differ, so they stay configuration *(verify)*.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from dataclasses import dataclass
from statistics import fmean

from .catalogue import Bidang, Catalogue, Layanan
from .formatting import angka
from .schema import Context, suggest
from .standard import Standard

BERLAKU = "berlaku"
TARGET = 100.0

# Default categories, highest threshold first (verify: thresholds differ between sources).
KATEGORI_BAWAAN = ((100.0, "Tuntas Paripurna"), (80.0, "Tuntas Utama"), (60.0, "Tuntas Madya"),
                   (40.0, "Tuntas Muda"), (20.0, "Tuntas Pratama"), (0.0, "Belum Tuntas"))
_EPSILON = 1e-9  # 0.8 x 100 + 0.2 x 100 must reach the 100 threshold despite binary fractions


# -- numbers -----------------------------------------------------------------------------------
def persen(bagian: int, total: int) -> float | None:
    """``bagian / total x 100``; ``None`` when there is nothing to count against (total 0)."""
    return None if not total else 100.0 * bagian / total


def bulat(nilai: float | None, desimal: int = 1) -> float | None:
    """A percentage rounded for showing or publishing. Never rounds up to the target: 99,96 %
    is 99,9 %, not "100 %" (which would claim every recipient was served)."""
    if nilai is None:
        return None
    hasil = round(nilai, desimal)
    if hasil >= TARGET > nilai:
        hasil = TARGET - 10 ** -desimal
        hasil = round(hasil, desimal)
    return hasil


def teks_persen(nilai: float | None) -> str:
    """Indonesian: "77,5 %", "100 %", "-" (no percentage)."""
    if nilai is None:
        return "-"
    return teks_angka(nilai) + " %"


def teks_persen_html(nilai: float | None) -> str:
    """:func:`teks_persen` that never breaks between the number and "%" (text, not markup)."""
    return teks_persen(nilai).replace(" %", "\u00a0%")


def nilai_data(nilai: float | None) -> str:
    """A percentage for a ``data-nilai`` attribute: as shown (one decimal), with a dot; "" if none."""
    return "" if nilai is None else f"{bulat(nilai):.1f}"


def bulat_indeks(nilai: float | None, desimal: int = 1) -> float | None:
    """The index as shown or published: cut, not rounded, so that it never shows a category
    threshold it has not reached (79,96 shows as 79,9, which is Tuntas Madya, not "80")."""
    if nilai is None:
        return None
    scale = 10 ** desimal
    return math.floor(round(nilai * scale, 6)) / scale


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(",") if "," in text else text


def teks_angka(nilai: float | None, desimal: int = 1) -> str:
    """Up to ``desimal`` decimals, trailing zeros dropped: "79,8", "0,8", "1.450"."""
    return "-" if nilai is None else _trim(angka(bulat(nilai, desimal), desimal))


def teks_indeks(nilai: float | None) -> str:
    """An index value: "76,2", "100", "-"."""
    return "-" if nilai is None else _trim(angka(bulat_indeks(nilai), 1))


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
    def dari(cls, pengaturan: dict | None, catalogue: Catalogue) -> "PengaturanIndeks":
        """From ``pemda.yml``'s ``pengaturan``; what is not set comes from the catalogue and
        :data:`KATEGORI_BAWAAN`. One weight alone implies the other (they sum to 1)."""
        conf = (pengaturan or {}).get("indeks_spm") or {}
        penerima, mutu = conf.get("bobot_penerima"), conf.get("bobot_mutu")
        if penerima is None and mutu is None:
            penerima, mutu = catalogue.weight_recipients, catalogue.weight_quality
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

    @property
    def rumus(self) -> str:
        return (f"{teks_angka(self.bobot_penerima, 2)} × capaian penerima + "
                f"{teks_angka(self.bobot_mutu, 2)} × capaian mutu")

    def as_dict(self) -> dict:
        return {"bobot_penerima": self.bobot_penerima, "bobot_mutu": self.bobot_mutu,
                "kategori": [{"batas": k.batas, "label": k.label} for k in self.kategori]}


# -- one year ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tahunan:
    """One year of achievement with everything computed from its counts."""

    tahun: int
    sasaran: int
    terlayani: int
    mutu_sasaran: int | None
    mutu_terpenuhi: int | None
    persen_penerima: float | None
    persen_mutu: float | None
    indeks: float | None
    kategori: str | None


def tahunan(entry, pengaturan: PengaturanIndeks) -> Tahunan:
    """``entry``: a :class:`standard.Capaian` or a front-matter dict of one year."""
    get = entry.get if isinstance(entry, dict) else lambda key: getattr(entry, key, None)
    sasaran, terlayani = get("sasaran"), get("terlayani")
    mutu_sasaran, mutu_terpenuhi = get("mutu_sasaran"), get("mutu_terpenuhi")
    penerima = persen(terlayani, sasaran)
    mutu = persen(mutu_terpenuhi, mutu_sasaran) if mutu_terpenuhi is not None else None
    indeks = pengaturan.indeks(penerima, mutu)
    return Tahunan(get("tahun"), sasaran, terlayani, mutu_sasaran, mutu_terpenuhi, penerima, mutu,
                   indeks, pengaturan.kategori_untuk(indeks))


def riwayat_capaian(std: Standard, pengaturan: PengaturanIndeks) -> tuple:
    """Every year of an SPM, oldest first."""
    return tuple(tahunan(c, pengaturan) for c in std.capaian)


def tahun_kosong(rows) -> list[int]:
    """Years between the first and the last with no figures (reported, never invented)."""
    years = {r.tahun for r in rows}
    return [y for y in range(min(years), max(years)) if y not in years] if years else []


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

    @property
    def kata(self) -> str:
        if self.arah == TETAP:
            return f"Tetap dibanding {self.tahun_banding}"
        return f"{self.arah.capitalize()} {teks_angka(abs(self.selisih))} poin dari {self.tahun_banding}"


def tren(rows) -> Tren | None:
    """The latest year against the one recorded before it (named, so a gap shows). Compared as
    shown, to one decimal, so the words agree with the numbers on the page. ``None`` without
    two comparable years."""
    if len(rows) < 2:
        return None
    latest, previous = rows[-1], rows[-2]
    if latest.persen_penerima is None or previous.persen_penerima is None:
        return None
    selisih = round(bulat(latest.persen_penerima) - bulat(previous.persen_penerima), 1)
    arah = NAIK if selisih > 0 else TURUN if selisih < 0 else TETAP
    return Tren(arah, selisih, latest.tahun, previous.tahun)


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
    def tren(self) -> Tren | None:
        return tren(self.tahunan)


def _rata_rata(rows) -> float | None:
    values = [r.terakhir.persen_penerima for r in rows
              if r.terakhir is not None and r.terakhir.persen_penerima is not None]
    return fmean(values) if values else None


def _dilaporkan(rows) -> int:
    return sum(1 for r in rows if r.terakhir is not None and r.terakhir.persen_penerima is not None)


@dataclass(frozen=True)
class RingkasanBidang:
    bidang: Bidang
    baris: tuple  # of BarisLayanan, in the catalogue's order

    @property
    def jumlah(self) -> int:
        return len(self.baris)

    @property
    def ada_standar(self) -> int:
        return sum(1 for r in self.baris if r.ada_standar)

    @property
    def rata_rata(self) -> float | None:
        """Mean of the latest capaian penerima of the services that report one."""
        return _rata_rata(self.baris)

    @property
    def dilaporkan(self) -> int:
        return _dilaporkan(self.baris)


@dataclass(frozen=True)
class Cakupan:
    """The whole catalogue against the published standards."""

    bidang: tuple  # of RingkasanBidang, in the regulation's order
    pengaturan: PengaturanIndeks

    @property
    def baris(self) -> list[BarisLayanan]:
        return [row for group in self.bidang for row in group.baris]

    @property
    def jumlah(self) -> int:
        return sum(group.jumlah for group in self.bidang)

    @property
    def ada_standar(self) -> int:
        return sum(group.ada_standar for group in self.bidang)

    @property
    def rata_rata(self) -> float | None:
        return _rata_rata(self.baris)

    @property
    def dilaporkan(self) -> int:
        return _dilaporkan(self.baris)

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


def cakupan(standards, catalogue: Catalogue, pengaturan: dict | None = None) -> Cakupan:
    """Every catalogue service with its SPM among ``standards`` (SOPs are ignored)."""
    indeks = PengaturanIndeks.dari(pengaturan, catalogue)
    by_layanan = {s.layanan.kode: s for s in standards if s.layanan is not None}
    groups = []
    for bidang in catalogue.bidang:
        rows = []
        for layanan in catalogue.in_bidang(bidang):
            std = by_layanan.get(layanan.kode)
            rows.append(BarisLayanan(layanan, std, penanggung_jawab(layanan, std, pengaturan),
                                     riwayat_capaian(std, indeks) if std else ()))
        groups.append(RingkasanBidang(bidang, tuple(rows)))
    return Cakupan(tuple(groups), indeks)


# -- legal basis -------------------------------------------------------------------------------
_JENIS = (  # long names of regulation kinds as written in full, and their usual short forms
    ("peraturan menteri pendidikan, kebudayaan, riset, dan teknologi", "permendikbudristek"),
    ("peraturan menteri pekerjaan umum dan perumahan rakyat", "permenpupr"),
    ("peraturan menteri pupr", "permenpupr"), ("permen pupr", "permenpupr"),
    ("peraturan menteri dalam negeri", "permendagri"), ("peraturan menteri kesehatan", "permenkes"),
    ("peraturan menteri sosial", "permensos"), ("peraturan pemerintah", "pp"),
    ("peraturan presiden", "perpres"), ("undang-undang", "uu"),
)
_NOMOR = re.compile(r"^(.*?)\b(?:nomor|no\.)\s*([0-9][\w/.-]*)(?:\s+tahun\s+(\d{4}))?", re.IGNORECASE)


def _regulation_key(text: str) -> tuple:
    match = _NOMOR.match(text.strip())
    if not match:
        return ("teks", " ".join(text.lower().split()))
    jenis = " ".join(match.group(1).lower().split())
    for long, short in _JENIS:
        if jenis.startswith(long):
            jenis = short
            break
    return (jenis.replace(" ", ""), match.group(2).lower().rstrip("."), match.group(3))


def dasar_hukum(std: Standard) -> list[str]:
    """The file's legal basis, then the bidang's technical standard from the catalogue unless
    the file already names it (in full or in short: "Permenkes Nomor 6 Tahun 2024")."""
    items = list(std.meta.get("dasar_hukum") or ())
    seen = {_regulation_key(item) for item in items}
    for item in std.bidang.standar_teknis if std.bidang else ():
        key = _regulation_key(item)
        if key not in seen:
            items.append(item)
            seen.add(key)
    return items


# -- settings check ----------------------------------------------------------------------------
def check_settings(pengaturan: dict, ctx: Context, catalogue: Catalogue, registry: dict | None = None):
    """Problems of the SPM settings in ``pemda.yml``, reported on ``ctx`` with their lines."""
    base = ("pengaturan",)
    conf = pengaturan.get("indeks_spm") or {}
    penerima, mutu = conf.get("bobot_penerima"), conf.get("bobot_mutu")
    if penerima is not None and mutu is not None and abs(penerima + mutu - 1.0) > 1e-6:
        ctx.error(base + ("indeks_spm",), f"bobot_penerima + bobot_mutu harus 1, sekarang "
                                          f"{penerima:g} + {mutu:g} = {penerima + mutu:g}")
    kategori = conf.get("kategori") or []
    for index, item in enumerate(kategori):
        path = base + ("indeks_spm", "kategori", index, "batas")
        if index and item["batas"] >= kategori[index - 1]["batas"]:
            ctx.error(path, f"{item['batas']:g} harus lebih kecil dari batas kategori sebelumnya "
                            f"({kategori[index - 1]['batas']:g}); urutkan dari yang tertinggi")
    if kategori and kategori[-1]["batas"] != 0:
        ctx.error(base + ("indeks_spm", "kategori", len(kategori) - 1, "batas"),
                  "kategori terakhir harus berbatas 0 agar setiap nilai indeks mendapat kategori")
    codes = {b.kode for b in catalogue.bidang} | set(catalogue.layanan)
    for key, opd in (pengaturan.get("spm_penanggung_jawab") or {}).items():
        path = base + ("spm_penanggung_jawab", key)
        if key not in codes:
            ctx.error(path, f"'{key}' bukan kode bidang atau kode layanan di katalog SPM"
                            + suggest(key, codes))
        if registry is not None and opd not in registry:
            ctx.error(path, f"OPD '{opd}' tidak ada di opd.yml" + suggest(opd, registry))


# -- open data -----------------------------------------------------------------------------------
KOLOM = ("pemda", "kode_bidang", "bidang", "kode_layanan", "layanan", "kode_opd", "opd", "status",
         "url", "tahun", "sasaran", "terlayani", "capaian_penerima_persen", "mutu_sasaran",
         "mutu_terpenuhi", "capaian_mutu_persen", "indeks", "kategori")
DATA_JSON = "data/spm-capaian.json"
DATA_CSV = "data/spm-capaian.csv"
_DESIMAL_DATA = 2


def baris_data(data: Cakupan, pemda: str, opd_names: dict, url_of) -> list[dict]:
    """One row per service per year, with the computed percentages, in the catalogue's order."""
    rows = []
    for row in data.baris:
        std = row.standar
        if std is None:
            continue
        for year in row.tahunan:
            rows.append({
                "pemda": pemda, "kode_bidang": row.layanan.bidang.kode,
                "bidang": row.layanan.bidang.nama, "kode_layanan": row.layanan.kode,
                "layanan": row.layanan.nama, "kode_opd": std.opd, "opd": opd_names.get(std.opd, std.opd),
                "status": std.status, "url": url_of(std), "tahun": year.tahun,
                "sasaran": year.sasaran, "terlayani": year.terlayani,
                "capaian_penerima_persen": bulat(year.persen_penerima, _DESIMAL_DATA),
                "mutu_sasaran": year.mutu_sasaran, "mutu_terpenuhi": year.mutu_terpenuhi,
                "capaian_mutu_persen": bulat(year.persen_mutu, _DESIMAL_DATA),
                "indeks": bulat_indeks(year.indeks, _DESIMAL_DATA), "kategori": year.kategori,
            })
    return rows


def capaian_rows(site) -> list[dict]:
    """The open-data rows of a site plan (:class:`standar.site.Site`)."""
    base = site.options.site_url
    if base and not base.endswith("/"):
        base += "/"
    return baris_data(site.spm_cakupan, site.pemda.get("nama", ""),
                      {k: o.nama for k, o in site.corpus.registry.items()},
                      lambda std: base + site.url(std.src_uri))


def to_json(rows: list[dict], data: Cakupan, site_meta: dict) -> str:
    document = {
        **site_meta,
        "rumus": {
            "capaian_penerima_persen": "terlayani / sasaran x 100 (kosong bila sasaran 0)",
            "capaian_mutu_persen": "mutu_terpenuhi / mutu_sasaran x 100 (kosong bila tidak diisi)",
            "indeks": f"{data.pengaturan.bobot_penerima:g} x capaian_penerima_persen + "
                      f"{data.pengaturan.bobot_mutu:g} x capaian_mutu_persen (kosong tanpa data mutu)",
        },
        "kategori": [{"batas": k.batas, "label": k.label} for k in data.pengaturan.kategori],
        "kolom": list(KOLOM),
        "jumlah_baris": len(rows),
        "data": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(KOLOM)
    for row in rows:
        writer.writerow(["" if row[k] is None else f"{row[k]:.{_DESIMAL_DATA}f}" if isinstance(row[k], float)
                         else row[k] for k in KOLOM])
    return out.getvalue()


def data_files(site) -> dict[str, str]:
    """``data/spm-capaian.json`` and ``.csv``: every service's every year, for aggregation."""
    rows = capaian_rows(site)
    meta = {"judul": "Capaian Standar Pelayanan Minimal", "pemda": site.pemda.get("nama", ""),
            "provinsi": site.pemda.get("provinsi", ""),
            "konten_contoh": bool(site.pemda.get("konten_contoh")),
            "tanggal": site.options.build_date.isoformat() if site.options.build_date else None,
            "versi_katalog": site.corpus.catalogue.version}
    return {DATA_JSON: to_json(rows, site.spm_cakupan, meta), DATA_CSV: to_csv(rows)}
