"""How the domain writes values for readers: "15 Januari 2025", "1.450", "77,5%",
"2 hari kerja 1 jam 25 menit" (domain.md, "Words on the site"). Pure functions; every
percentage goes through the one rounding of :func:`standar.model.capaian.bulat`."""

from __future__ import annotations

import datetime as dt

from .capaian import Tren, TETAP, bulat, bulat_indeks
from .flow import Duration
from .schema import MONTHS as BULAN, MonthDate, YearDate


def tanggal(value: dt.date | None) -> str:
    """"15 Januari 2025"; a date the document gives only in part as it gives it: "Januari
    2016", "2016"; "-" for none."""
    if value is None:
        return "-"
    if isinstance(value, YearDate):
        return str(value.year)
    if isinstance(value, MonthDate):
        return f"{BULAN[value.month - 1]} {value.year}"
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def angka(value: float | int, decimals: int = 0) -> str:
    """1450 -> "1.450"; 77.46 with decimals=1 -> "77,5"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(",") if "," in text else text


def teks_angka(nilai: float | None, desimal: int = 1) -> str:
    """Up to ``desimal`` decimals after the one rounding, trailing zeros dropped: "79,8",
    "0,8", "1.450"; "-" for no value."""
    return "-" if nilai is None else _trim(angka(bulat(nilai, desimal), desimal))


def persen(nilai: float | None, desimal: int = 1) -> str:
    """A percentage as EYD V writes it, the sign against the number: "77,5%", "100%", "-"
    (no percentage)."""
    return "-" if nilai is None else teks_angka(nilai, desimal) + "%"


def nilai_data(nilai: float | None) -> str:
    """A percentage for a ``data-nilai`` attribute: as shown (one decimal), with a dot; "" if none."""
    return "" if nilai is None else f"{bulat(nilai):.1f}"


def indeks(nilai: float | None) -> str:
    """An achievement index: "76,2", "100", "-" (cut, never rounded up to a threshold)."""
    return "-" if nilai is None else _trim(angka(bulat_indeks(nilai), 1))


def indeks_data(nilai: float | None) -> str:
    """An index for a ``data-indeks`` attribute: as shown (cut to one decimal), with a dot."""
    return "" if nilai is None else f"{bulat_indeks(nilai):.1f}"


def tren(value: Tren) -> str:
    """"Naik 2,5 poin dari 2023", "Tetap dibanding 2023"."""
    if value.arah == TETAP:
        return f"Tetap dibanding {value.tahun_banding}"
    return f"{value.arah.capitalize()} {teks_angka(abs(value.selisih))} poin dari {value.tahun_banding}"


def rumus(pengaturan) -> str:
    """The achievement index's formula with its weights (a :class:`capaian.PengaturanIndeks`)."""
    return (f"{teks_angka(pengaturan.bobot_penerima, 2)} × capaian penerima + "
            f"{teks_angka(pengaturan.bobot_mutu, 2)} × capaian mutu")


def _amount(value: float) -> str:
    return angka(value, 0) if float(value).is_integer() else angka(value, 1)


def durasi(value: Duration) -> str:
    """A total time: "2 hari kerja 1 jam 25 menit"; "-" when no step has a time."""
    if value.is_zero:
        return "-"
    parts = []
    if value.months:
        parts.append(f"{_amount(value.months)} bulan")
    if value.weeks:
        parts.append(f"{_amount(value.weeks)} minggu")
    if value.working_days:
        parts.append(f"{_amount(value.working_days)} hari kerja")
    if value.days:
        parts.append(f"{_amount(value.days)} hari")
    hours, minutes = divmod(round(value.minutes), 60)
    if hours:
        parts.append(f"{hours} jam")
    if minutes:
        parts.append(f"{minutes} menit")
    return " ".join(parts)


def nip(value: str | None) -> str:
    """18 digits shown as civil servants write them: ``19700920 199101 1 001``; "-" for none."""
    if not value:
        return "-"
    digits = value.replace(" ", "")
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}" if len(digits) == 18 else value
