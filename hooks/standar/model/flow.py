"""The procedure as a flow: step numbers, symbols, edges, reachability and total time.

Authors write steps in order; everything here is derived from that order, never typed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, deque
from dataclasses import dataclass, field

from .schema import Text

# "<number> <unit>": how times are written on SOP sheets and in service standards. A unit maps
# to the part of a Duration it adds to (and a factor): a working day is not a fixed number of
# hours, nor a month a fixed number of days, so those are kept apart.
UNITS = {"menit": ("minutes", 1), "jam": ("minutes", 60), "hari kerja": ("working_days", 1),
         "hari kalender": ("days", 1), "hari": ("days", 1), "minggu": ("weeks", 1), "bulan": ("months", 1)}
DURATION = r"\d+(?:[.,]\d+)? (?:" + "|".join(UNITS) + ")"
_DURATION = re.compile(r"^(\d+(?:[.,]\d+)?) (" + "|".join(UNITS) + ")$")
# A step done on a schedule, not in a length of time ("setiap tanggal 29"): written after this
# marker, shown as written and left out of every total.
SCHEDULE = "jadwal:"
WAKTU = DURATION + r"|" + SCHEDULE + r" ?[^\s<>].*"
_BARE = re.compile(r"\d+(?:[.,]\d+)?")
# A total as forms write it: one or more "<number> <unit>" ("1 jam 30 menit").
_PARTS = re.compile(r"(\d+(?:[.,]\d+)?) (" + "|".join(UNITS) + r")(?=\s|$)")

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
    pelaksana: str | None   # an SPO's step may name none
    symbol: str
    kelengkapan: tuple = ()
    waktu: str | None = None
    output: str | None = None
    keterangan: str | None = None
    keputusan: dict | None = None
    ke: int | None = None


class Waktu(Text):
    """A step's time: "<number> <unit>", or a schedule after ``jadwal:``. A bare number is let
    through here and reported by :func:`time_problems`, which suggests the unit the document's
    other steps use."""

    def convert(self, value, path, ctx):
        if not isinstance(value, (list, dict)) and _BARE.fullmatch(str(value).strip()):
            return str(value).strip()
        return super().convert(value, path, ctx)


def schedule(text: str | None) -> str | None:
    """The schedule written in a step's ``waktu`` ("setiap tanggal 29"), or None."""
    if text and text[:len(SCHEDULE)].lower() == SCHEDULE:
        return text[len(SCHEDULE):].strip()
    return None


def answer_label(answer: str, custom: str | None) -> str:
    """What a decision's exit says: always Ya or Tidak (the regulation's decision symbol), the
    author's own words as a qualifier ("Ya: lengkap"); a label that already starts with the
    answer ("Tidak lengkap") as written."""
    if not custom or custom.strip().lower() == answer.lower():
        return answer
    custom = custom.strip()
    if custom.lower().startswith(answer.lower() + " "):
        return answer + custom[len(answer):]
    if len(custom) > 1 and custom[1].islower():
        custom = custom[0].lower() + custom[1:]
    return f"{answer}: {custom}"


def symbol_of(index: int, count: int, raw: dict) -> str:
    if index == 0 or index == count - 1:
        return TERMINATOR
    return DECISION if raw.get("keputusan") else PROCESS


def as_tuple(value) -> tuple:
    """Kelengkapan may be written as one item or a list."""
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def build_steps(raw_steps: list[dict]) -> list[Step]:
    count = len(raw_steps)
    return [Step(number=i + 1, kegiatan=raw["kegiatan"], pelaksana=raw.get("pelaksana"),
                 symbol=symbol_of(i, count, raw), kelengkapan=as_tuple(raw.get("kelengkapan")),
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
            result.append(Edge(step.number, k["ya"], answer_label("Ya", k.get("label_ya")), "ya"))
            result.append(Edge(step.number, k["tidak"], answer_label("Tidak", k.get("label_tidak")),
                               "tidak"))
        elif step.ke:
            result.append(Edge(step.number, step.ke, "", "lompat"))
        else:
            result.append(Edge(step.number, step.number + 1, "", "lanjut"))
    return result


def exits(links: list[tuple]) -> dict[int, list[int]]:
    """Each step's targets in preference order (Ya before Tidak), from each step's
    (keputusan, ke) in order; the last step has none. The flow without drawing labels: what the
    checks and the times need, cheaper than :func:`edges`."""
    last = len(links)
    found: dict[int, list[int]] = {}
    for number, (decision, jump) in enumerate(links, 1):
        if number == last:
            break
        found[number] = [decision["ya"], decision["tidak"]] if decision else [jump or number + 1]
    return found


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
            found.append((("langkah", i, "ke"), "langkah keputusan sudah memiliki cabang ya/tidak; "
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
    forward = exits([(raw.get("keputusan"), raw.get("ke")) for raw in raw_steps])
    backward: dict[int, list[int]] = {}
    for source, targets in forward.items():
        for target in targets:
            backward.setdefault(target, []).append(source)
    reachable = _reach(1, forward)
    finishing = _reach(count, backward)
    for number in range(1, count + 1):
        if number not in reachable:
            found.append((("langkah", number - 1),
                          f"langkah {number} tidak pernah dicapai dari langkah 1; periksa "
                          "'ke' dan 'keputusan' langkah sebelumnya"))
    trapped = [n for n in range(1, count + 1) if n in reachable and n not in finishing]
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
        return Duration(self.minutes + other.minutes, self.days + other.days,
                        self.working_days + other.working_days, self.weeks + other.weeks,
                        self.months + other.months)

    @staticmethod
    def sum(durations) -> "Duration":
        """The durations added up (one object made, not one per term)."""
        minutes = days = working_days = weeks = months = 0.0
        for term in durations:
            minutes += term.minutes
            days += term.days
            working_days += term.working_days
            weeks += term.weeks
            months += term.months
        return Duration(minutes, days, working_days, weeks, months)

    @property
    def is_zero(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)


# Only to compare totals of different units (which path is longest), never to show one.
_MINUTES = {"minutes": 1, "working_days": 8 * 60, "days": 24 * 60, "weeks": 7 * 24 * 60,
            "months": 30 * 24 * 60}


def rough_minutes(value: Duration) -> float:
    return (value.minutes + value.working_days * _MINUTES["working_days"] + value.days * _MINUTES["days"]
            + value.weeks * _MINUTES["weeks"] + value.months * _MINUTES["months"])


@functools.lru_cache(maxsize=4096)  # a corpus writes few distinct times; a Duration is immutable
def parse_duration(text: str) -> Duration:
    """A time or a total as written: "10 menit", "1 jam 30 menit", "2 hari kerja"."""
    text = " ".join(text.split())
    parts = _PARTS.findall(text)
    if not parts or _PARTS.sub("", text).strip():
        raise ValueError(text)
    total = Duration()
    for number, unit in parts:
        part, factor = UNITS[unit]
        total = total + Duration(**{part: float(number.replace(",", ".")) * factor})
    return total


def step_time(step: Step) -> Duration:
    """A step's time; nothing for a schedule or no time."""
    return _time(step.waktu)


_NO_TIME = Duration()


def _time(waktu: str | None) -> Duration:
    if not waktu or schedule(waktu) is not None:
        return _NO_TIME
    return parse_duration(waktu)


def total_time(steps: list[Step]) -> Duration:
    """Every step's time added up, alternative branches and all."""
    return Duration.sum(step_time(step) for step in steps)


@dataclass(frozen=True)
class Timing:
    """The times of a procedure. ``main`` follows the main path: from the first step to the
    last, each decision's Ya branch unless it returns to an earlier step, no loop taken;
    ``longest`` is the slowest such path when it differs. None when the last step cannot be
    reached without going back (then ``every`` is all there is)."""

    main: Duration | None
    main_path: tuple = ()
    longest: Duration | None = None
    longest_path: tuple = ()
    every: Duration = field(default_factory=Duration)
    scheduled: tuple = ()     # numbers of the steps done on a schedule

    @property
    def has_times(self) -> bool:
        return not self.every.is_zero

    @property
    def total(self) -> Duration:
        """The procedure's time: the main path's, or every step's when the end cannot be
        reached without going back."""
        return self.main if self.main is not None else self.every


def _forward(links: list[tuple]) -> dict[int, list[int]]:
    """Each step's exits that go on (no loop back), in preference order: Ya before Tidak."""
    return {source: ahead for source, targets in exits(links).items()
            if (ahead := [t for t in targets if t > source])}


def timing(steps: list[Step]) -> Timing:
    return timing_of([s.waktu for s in steps], [(s.keputusan, s.ke) for s in steps])


def raw_timing(raw_steps: list[dict]) -> Timing:
    """:func:`timing` of steps as the front-matter holds them (the check: no Step objects)."""
    return timing_of([s.get("waktu") for s in raw_steps], [(s.get("keputusan"), s.get("ke")) for s in raw_steps])


def timing_of(times: list, links: list[tuple]) -> Timing:
    """The times of steps 1, 2, ... given each one's ``waktu`` and (keputusan, ke): the check
    computes them from the front-matter without making :class:`Step` objects."""
    own = {number: _time(waktu) for number, waktu in enumerate(times, 1)}
    every = Duration.sum(own.values())
    scheduled = tuple(number for number, waktu in enumerate(times, 1) if schedule(waktu) is not None)
    if not times:
        return Timing(None, every=every, scheduled=scheduled)
    last = len(times)
    ahead = _forward(links)
    best: dict[int, tuple[float, tuple]] = {last: (rough_minutes(own[last]), (last,))}
    for number in range(last - 1, 0, -1):  # forward exits only: a DAG in the written order
        options = [best[t] for t in ahead.get(number, ()) if t in best]
        if options:
            longest = max(options, key=lambda o: o[0])  # the first (Ya) on a tie
            best[number] = (rough_minutes(own[number]) + longest[0], (number,) + longest[1])
    if 1 not in best:
        return Timing(None, every=every, scheduled=scheduled)
    main, node = [1], 1
    while node != last:
        node = next(t for t in ahead[node] if t in best)
        main.append(node)

    main_time, longest_path = Duration.sum(own[n] for n in main), best[1][1]
    longest_time = Duration.sum(own[n] for n in longest_path)
    if longest_time == main_time:
        return Timing(main_time, tuple(main), every=every, scheduled=scheduled)
    return Timing(main_time, tuple(main), longest_time, longest_path, every, scheduled)


def time_problems(raw_steps: list[dict]) -> list[tuple[tuple, str]]:
    """A time without its unit, suggesting the unit the document's other steps use; an empty
    schedule."""
    units = Counter(m.group(2) for raw in raw_steps if isinstance(raw.get("waktu"), str)
                    for m in [_DURATION.match(raw["waktu"])] if m)
    unit = units.most_common(1)[0][0] if units else "menit"
    found = []
    for index, raw in enumerate(raw_steps):
        waktu = raw.get("waktu")
        if not isinstance(waktu, str):
            continue
        path = ("langkah", index, "waktu")
        if _BARE.fullmatch(waktu):
            where = "seperti langkah lain di dokumen ini" if units else "misalnya"
            found.append((path, f"'{waktu}' tanpa satuan; tulis angka dan satuannya, {where}: "
                                f"'{waktu} {unit}' (satuan: {', '.join(UNITS)})"))
        elif schedule(waktu) == "":
            found.append((path, f"'{SCHEDULE}' tanpa jadwalnya; tulis misalnya "
                                f"'{SCHEDULE} setiap tanggal 29'"))
    return found


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
