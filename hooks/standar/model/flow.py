"""The procedure as a flow: step numbers, symbols, edges, reachability and total time.

Authors write steps in order; everything here is derived from that order, never typed.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

# "<number> <unit>": how times are written on SOP sheets and in service standards. A unit maps
# to the part of a Duration it adds to (and a factor): a working day is not a fixed number of
# hours, nor a month a fixed number of days, so those are kept apart.
UNITS = {"menit": ("minutes", 1), "jam": ("minutes", 60), "hari kerja": ("working_days", 1),
         "hari kalender": ("days", 1), "hari": ("days", 1), "minggu": ("weeks", 1), "bulan": ("months", 1)}
DURATION = r"\d+(?:[.,]\d+)? (?:" + "|".join(UNITS) + ")"
_DURATION = re.compile(r"^(\d+(?:[.,]\d+)?) (" + "|".join(UNITS) + ")$")

TERMINATOR = "terminator"  # capsule: the first and the last step
PROCESS = "proses"          # rectangle
DECISION = "keputusan"      # diamond


@dataclass(frozen=True)
class Edge:
    source: int        # step number, 1-based
    target: int
    label: str = ""   # "Ya" / "Tidak" (or the decision's own labels) on decision exits
    kind: str = "lanjut"  # lanjut (next step), lompat (jump), ya, tidak


@dataclass(frozen=True)
class Step:
    number: int
    kegiatan: str
    pelaksana: str
    symbol: str
    kelengkapan: tuple = ()
    waktu: str | None = None
    output: str | None = None
    keterangan: str | None = None
    keputusan: dict | None = None
    ke: int | None = None


def symbol_of(index: int, count: int, raw: dict) -> str:
    if index == 0 or index == count - 1:
        return TERMINATOR
    return DECISION if raw.get("keputusan") else PROCESS


def _as_tuple(value) -> tuple:
    """Kelengkapan may be written as one item or a list."""
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def build_steps(raw_steps: list[dict]) -> list[Step]:
    count = len(raw_steps)
    return [Step(number=i + 1, kegiatan=raw["kegiatan"], pelaksana=raw["pelaksana"],
                 symbol=symbol_of(i, count, raw), kelengkapan=_as_tuple(raw.get("kelengkapan")),
                 waktu=raw.get("waktu"), output=raw.get("output"), keterangan=raw.get("keterangan"),
                 keputusan=raw.get("keputusan"), ke=raw.get("ke"))
            for i, raw in enumerate(raw_steps)]


def edges(steps: list[Step]) -> list[Edge]:
    result = []
    last = len(steps)
    for step in steps:
        if step.number == last:
            continue
        if step.keputusan:
            k = step.keputusan
            result.append(Edge(step.number, k["ya"], k.get("label_ya") or "Ya", "ya"))
            result.append(Edge(step.number, k["tidak"], k.get("label_tidak") or "Tidak", "tidak"))
        elif step.ke:
            result.append(Edge(step.number, step.ke, "", "lompat"))
        else:
            result.append(Edge(step.number, step.number + 1, "", "lanjut"))
    return result


def _reach(start: int, adjacency: dict[int, list[int]]) -> set[int]:
    seen, queue = {start}, deque([start])
    while queue:
        for nxt in adjacency.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def problems(raw_steps: list[dict]) -> list[tuple[tuple, str]]:
    """Flow errors as (field path, Indonesian message); paths index ``langkah`` from 0."""
    found: list[tuple[tuple, str]] = []
    count = len(raw_steps)
    targets_ok = True
    for i, raw in enumerate(raw_steps):
        number = i + 1
        decision, jump = raw.get("keputusan"), raw.get("ke")
        if number in (1, count) and decision:
            where = "pertama" if number == 1 else "terakhir"
            found.append((("langkah", i, "keputusan"),
                          f"langkah {where} adalah awal/akhir prosedur (terminator) dan tidak boleh "
                          "berupa keputusan; tambahkan langkah sebelum/sesudahnya"))
            targets_ok = False
        if number == count and jump:
            found.append((("langkah", i, "ke"), "langkah terakhir mengakhiri prosedur; hapus 'ke'"))
            targets_ok = False
        if decision and jump:
            found.append((("langkah", i, "ke"), "langkah keputusan sudah punya cabang ya/tidak; "
                                               "hapus 'ke'"))
            targets_ok = False
        checks = [(("langkah", i, "ke"), jump)] if jump else []
        if decision:
            checks += [(("langkah", i, "keputusan", branch), decision.get(branch))
                       for branch in ("ya", "tidak")]
        for path, target in checks:
            if target is None:
                continue
            if not 1 <= target <= count:
                found.append((path, f"langkah tujuan {target} tidak ada; nomor langkah 1 sampai {count}"))
                targets_ok = False
            elif target == number:
                found.append((path, f"langkah {number} tidak boleh menuju dirinya sendiri"))
                targets_ok = False
        if decision and decision.get("ya") is not None and decision.get("ya") == decision.get("tidak"):
            found.append((("langkah", i, "keputusan"),
                          "cabang ya dan tidak menuju langkah yang sama; sebuah keputusan perlu dua "
                          "tujuan berbeda"))
            targets_ok = False
    if not targets_ok or count < 2:
        return found
    steps = build_steps(raw_steps)
    forward: dict[int, list[int]] = {}
    backward: dict[int, list[int]] = {}
    for edge in edges(steps):
        forward.setdefault(edge.source, []).append(edge.target)
        backward.setdefault(edge.target, []).append(edge.source)
    reachable = _reach(1, forward)
    finishing = _reach(count, backward)
    for step in steps:
        if step.number not in reachable:
            found.append((("langkah", step.number - 1),
                          f"langkah {step.number} tidak pernah dicapai dari langkah 1; periksa "
                          "'ke' dan 'keputusan' langkah sebelumnya"))
    trapped = [s.number for s in steps if s.number in reachable and s.number not in finishing]
    if trapped:
        numbers = ", ".join(map(str, trapped))
        found.append((("langkah", trapped[0] - 1),
                      f"dari langkah {numbers} prosedur tidak pernah sampai ke langkah terakhir "
                      f"({count}): ada putaran tanpa jalan keluar; periksa 'ke' dan 'keputusan'"))
    return found


# -- time ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Duration:
    """A sum of times, kept per unit: a working day is not a fixed number of hours."""

    minutes: float = 0.0
    days: float = 0.0
    working_days: float = 0.0
    weeks: float = 0.0
    months: float = 0.0

    def __add__(self, other: "Duration") -> "Duration":
        return Duration(*(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__))

    @property
    def is_zero(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)


def parse_duration(text: str) -> Duration:
    match = _DURATION.match(text.strip())
    if not match:
        raise ValueError(text)
    part, factor = UNITS[match.group(2)]
    return Duration(**{part: float(match.group(1).replace(",", ".")) * factor})


def total_time(steps: list[Step]) -> Duration:
    total = Duration()
    for step in steps:
        if step.waktu:
            total = total + parse_duration(step.waktu)
    return total


# Comparing durations written in different units: in minutes of working time, a working day
# being 7.5 hours (37.5 a week). A calendar day may hold no working time (a holiday) or one
# working day; a week five, a month twenty-three. So a duration lies between these bounds, and
# one is surely shorter than another only when its longest reading is below the other's shortest.
WORKDAY_MINUTES = 450


def at_most(value: Duration) -> float:
    return (value.minutes + WORKDAY_MINUTES * (value.working_days + value.days + 5 * value.weeks
                                               + 23 * value.months))


def at_least(value: Duration) -> float:
    return value.minutes + WORKDAY_MINUTES * (value.working_days + 4 * value.weeks + 18 * value.months)


def surely_shorter(short: Duration, long: Duration) -> bool:
    return at_most(short) < at_least(long)
