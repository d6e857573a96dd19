"""Dates, numbers and durations written the Indonesian way: "15 Januari 2025", "1.450", "77,5 %"."""

from __future__ import annotations

import datetime as dt

from .flow import Duration

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")


def tanggal(value: dt.date | None) -> str:
    if value is None:
        return "-"
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def angka(value: float | int, decimals: int = 0) -> str:
    """1450 -> "1.450"; 77.46 with decimals=1 -> "77,5"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def persen(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "-"
    text = angka(value, decimals)
    if decimals and text.endswith("," + "0" * decimals):
        text = text[: -(decimals + 1)]
    return f"{text} %"


def _amount(value: float) -> str:
    return angka(value, 0) if float(value).is_integer() else angka(value, 1)


def durasi(value: Duration) -> str:
    """A total time: "2 hari kerja 1 jam 25 menit"; "-" when no step has a time."""
    if value.is_zero:
        return "-"
    parts = []
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
