"""What changed when, and which standards are due for their yearly review.

Changes come from the content itself (effective dates, revisions, ``riwayat``), never from
the build clock, so the same commit always lists the same changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model.standard import Standard


@dataclass(frozen=True)
class Change:
    tanggal: dt.date
    standard: Standard
    uraian: str


def changes(standards: list[Standard]) -> list[Change]:
    """Every dated change of every standard, newest first (ties by title)."""
    found: list[Change] = []
    for std in standards:
        if std.tanggal_efektif:
            found.append(Change(std.tanggal_efektif, std, "Mulai berlaku"))
        riwayat = std.meta.get("riwayat") or ()
        dated = {entry["tanggal"] for entry in riwayat}
        for entry in riwayat:
            found.append(Change(entry["tanggal"], std, entry["uraian"]))
        revisi = std.meta.get("tanggal_revisi")
        if revisi and revisi not in dated:
            found.append(Change(revisi, std, "Direvisi"))
    found.sort(key=lambda c: (-c.tanggal.toordinal(), c.standard.title.lower(), c.uraian))
    return found


def overdue(standards: list[Standard], months: int, on: dt.date) -> list[Standard]:
    """Standards in force whose review was due on or before ``on``, the longest overdue first."""
    due = [s for s in standards if s.status == "berlaku" and s.review_due(months)
           and s.review_due(months) <= on]
    return sorted(due, key=lambda s: (s.review_due(months), s.title.lower()))
