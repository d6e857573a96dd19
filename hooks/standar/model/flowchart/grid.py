"""The grid the flowchart is drawn on: units, ports, symbols, routes, the pieces of line in
each cell, the geometry of axis-aligned segments and an index of them by row and column.

Grid coordinates are integers: ``x`` in thousandths of a column (actor column ``c`` spans
``[1000c, 1000c + 1000]``, its centre line is ``1000c + 500``), ``y`` in thousandths of a row
(step ``n`` is row ``n - 1``, its middle ``1000(n - 1) + 500``). Every symbol stands at the
centre of its cell and stays inside the middle ``2 * SYMBOL_HALF_WIDTH`` of the column (the
stylesheet guarantees it), so a line away from a column's centre never touches a symbol.
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass
from functools import cached_property

from .. import flow

UNIT = 1000
MID = UNIT // 2
SYMBOL_HALF_WIDTH = 362   # the symbol (arrow heads included) stays within the middle 72.4 % ...
SYMBOL_HALF_HEIGHT = 345  # ... and within the middle 69 % of its row (see sop-lembar.css)
SIDE_SLOTS = (120, 80, 40)  # side lanes: distance from the column edge, innermost first
JOG = 350                   # a line out of a top/bottom port turns this far from the row's middle
                            # (in a tall row: ROW_EM and TALL_ROW_EM in labels.py)

# Column widths in em (font size of the table); print scales the font so the table fits A4.
# (an actor column's width depends on how many there are: see actor_em)
COLUMN_EM = {"no": 2.4, "kegiatan": 11.0, "pelaksana": 6.2, "kelengkapan": 7.5, "waktu": 4.2,
             "output": 7.0, "keterangan": 7.0}
LANDSCAPE_ABOVE = 4  # more actors than this: A4 landscape


class Port(enum.StrEnum):
    """A side of a symbol where a line leaves or enters it. The values are the words the
    templates and the stylesheet use (``sop-label--left``, ``panah("top", ...)``)."""

    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    BOTTOM = "bottom"

    is_side: bool  # left or right (set below: a plain attribute is read fastest)


for _port in Port:
    _port.is_side = _port in (Port.LEFT, Port.RIGHT)
del _port


Point = tuple[int, int]
Seg = tuple[int, int, int, int]  # x1 <= x2, y1 <= y2, axis-aligned


@dataclass(frozen=True)
class Symbol:
    step: flow.Step
    row: int
    column: int

    @property
    def x(self) -> int:
        return self.column * UNIT + MID

    @property
    def y(self) -> int:
        return self.row * UNIT + MID

    @cached_property
    def box(self) -> Seg:
        return (self.x - SYMBOL_HALF_WIDTH, self.y - SYMBOL_HALF_HEIGHT,
                self.x + SYMBOL_HALF_WIDTH, self.y + SYMBOL_HALF_HEIGHT)


@dataclass(frozen=True)
class Route:
    edge: flow.Edge
    points: tuple[Point, ...]  # from the source's centre to the target's centre
    exit: Port                 # port of the source: left, right, bottom (top)
    entry: Port                # port of the target: left, right, top, bottom

    @property
    def key(self) -> str:
        return f"{self.edge.source}-{self.edge.target}"

    @cached_property
    def bounds(self) -> Seg:
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))

    @cached_property
    def segments(self) -> list[Seg]:
        return [seg(a, b) for a, b in zip(self.points, self.points[1:]) if a != b]


@dataclass(frozen=True)
class Piece:
    """The part of one edge's line inside one cell, in percent of the cell (0..100)."""

    key: str
    points: tuple[tuple[float, float], ...]


def actor_em(actors: int) -> float:
    """An actor column's width: few actors get wider columns, room for symbols and labels."""
    return {1: 9.0, 2: 9.0, 3: 8.0, 4: 6.6, 5: 6.6, 6: 6.4}.get(actors, COLUMN_EM["pelaksana"])


def column_ems(actors: int) -> list[float]:
    c = COLUMN_EM
    return ([c["no"], c["kegiatan"]] + [actor_em(actors)] * actors
            + [c["kelengkapan"], c["waktu"], c["output"], c["keterangan"]])


def wrapped(text: str, per_line: int) -> int:
    """Lines a text takes when wrapped at word boundaries (a long word breaks)."""
    lines, length = 1, 0
    for word in text.split():
        size = len(word)
        while size > per_line:
            lines += 1 if length else 0
            size -= per_line
            length = 0
        if length and length + 1 + size > per_line:
            lines, length = lines + 1, size
        else:
            length = length + 1 + size if length else size
    return lines


# -- geometry --------------------------------------------------------------------------------

def seg(a: Point, b: Point) -> Seg:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


def inside(region: Seg, box: Seg) -> bool:
    """The closed region lies within the closed box."""
    return box[0] <= region[0] and region[2] <= box[2] and box[1] <= region[1] and region[3] <= box[3]


def meet(a: Seg, b: Seg) -> bool:
    """The closed boxes share a point."""
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def passes_through(seg: Seg, box: Seg) -> bool:
    """The segment meets the open interior of the box."""
    x1, y1, x2, y2 = seg
    bx1, by1, bx2, by2 = box
    if y1 == y2:  # horizontal
        return by1 < y1 < by2 and max(x1, bx1) < min(x2, bx2)
    return bx1 < x1 < bx2 and max(y1, by1) < min(y2, by2)


def contact(a: Seg, b: Seg) -> tuple[str, Seg] | None:
    """How two segments meet: ("cross", at) where both pass through each other's interior,
    ("touch", at) where one ends on the other, ("overlap", along) where they run together."""
    x1, y1 = max(a[0], b[0]), max(a[1], b[1])
    x2, y2 = min(a[2], b[2]), min(a[3], b[3])
    if x1 > x2 or y1 > y2:
        return None
    region = (x1, y1, x2, y2)
    if (x1, y1) != (x2, y2):
        return "overlap", region
    point = (x1, y1)
    ends = {(a[0], a[1]), (a[2], a[3]), (b[0], b[1]), (b[2], b[3])}
    horizontal_a, horizontal_b = a[1] == a[3], b[1] == b[3]
    if point not in ends and horizontal_a != horizontal_b:
        return "cross", region
    return "touch", region


def side(x: int, of: int) -> Port:
    """The side port of a symbol at ``of`` that faces ``x``."""
    return Port.RIGHT if x > of else Port.LEFT


# -- cells -----------------------------------------------------------------------------------

def _borders(a: int, b: int) -> list[int]:
    """Cell borders strictly between ``a`` and ``b``, in the order met going from a to b."""
    low, high = min(a, b), max(a, b)
    found = list(range((low // UNIT + 1) * UNIT, high, UNIT))
    return found if b > a else found[::-1]


def split(points: tuple[Point, ...]) -> list[tuple[tuple[int, int], tuple[tuple[float, float], ...]]]:
    """Cut a polyline at the cell borders: ((row, column), points in percent of that cell);
    consecutive parts inside one cell form one piece."""
    parts: list[tuple[tuple[int, int], list[Point]]] = []
    for a, b in zip(points, points[1:]):
        if a == b:
            continue
        if a[1] == b[1]:
            cuts = [a] + [(x, a[1]) for x in _borders(a[0], b[0])] + [b]
        else:
            cuts = [a] + [(a[0], y) for y in _borders(a[1], b[1])] + [b]
        for p, q in zip(cuts, cuts[1:]):
            cell = (min(p[1], q[1]) // UNIT if p[1] != q[1] else p[1] // UNIT,
                    min(p[0], q[0]) // UNIT if p[0] != q[0] else p[0] // UNIT)
            if parts and parts[-1][0] == cell and parts[-1][1][-1] == p:
                parts[-1][1].append(q)
            else:
                parts.append((cell, [p, q]))
    return [((row, column), tuple(((x - column * UNIT) / 10, (y - row * UNIT) / 10) for x, y in pts))
            for (row, column), pts in parts]


def cells(routes: list[Route]) -> dict[tuple[int, int], list[Piece]]:
    """The pieces of line in every (row, column) cell, in the order of ``routes``."""
    found: dict[tuple[int, int], list[Piece]] = {}
    for route in routes:
        for cell, points in split(route.points):
            found.setdefault(cell, []).append(Piece(route.key, points))
    return found


# -- spatial index ---------------------------------------------------------------------------

class SegmentIndex:
    """The segments of a list of routes by the line they lie on: vertical ones by their x,
    horizontal ones by their y, each with the route's position in the list (``order``) and the
    segment's in the route (``i``). Finding what a segment or a box meets looks only at the
    lines that can reach it, not at every route."""

    def __init__(self, routes: list[Route] = ()):
        self.routes: list[Route | None] = []  # None: taken out
        self.position: dict[int, int] = {}  # id(route) -> order
        Entry = tuple[int, int, int, int, Seg]
        self.vertical: dict[int, list[Entry]] = {}    # x -> (y1, y2, order, i, segment)
        self.horizontal: dict[int, list[Entry]] = {}  # y -> (x1, x2, order, i, segment)
        self.xs: list[int] = []  # sorted keys of vertical
        self.ys: list[int] = []  # sorted keys of horizontal
        for route in routes:
            self.add(route)

    def add(self, route: Route) -> None:
        order = len(self.routes)
        self.routes.append(route)
        self.position[id(route)] = order
        for i, s in enumerate(route.segments):
            if s[0] == s[2]:
                if s[0] not in self.vertical:
                    self.vertical[s[0]] = []
                    bisect.insort(self.xs, s[0])
                self.vertical[s[0]].append((s[1], s[3], order, i, s))
            else:
                if s[1] not in self.horizontal:
                    self.horizontal[s[1]] = []
                    bisect.insort(self.ys, s[1])
                self.horizontal[s[1]].append((s[0], s[2], order, i, s))

    def remove(self, route: Route) -> None:
        """Take a route out (its position stays empty: the others keep theirs)."""
        order = self.position.pop(id(route))
        self.routes[order] = None
        for s in route.segments:
            if s[0] == s[2]:
                self.vertical[s[0]] = [e for e in self.vertical[s[0]] if e[2] != order]
            else:
                self.horizontal[s[1]] = [e for e in self.horizontal[s[1]] if e[2] != order]

    def touching(self, a: Seg):
        """(order, segment) of every indexed segment sharing a point with ``a``."""
        x1, y1, x2, y2 = a
        if x1 == x2:  # vertical: along the same x, or across it
            for by1, by2, order, _, b in self.vertical.get(x1, ()):
                if by1 <= y2 and y1 <= by2:
                    yield order, b
            ys = self.ys
            for k in range(bisect.bisect_left(ys, y1), bisect.bisect_right(ys, y2)):
                for bx1, bx2, order, _, b in self.horizontal[ys[k]]:
                    if bx1 <= x1 <= bx2:
                        yield order, b
        else:
            for bx1, bx2, order, _, b in self.horizontal.get(y1, ()):
                if bx1 <= x2 and x1 <= bx2:
                    yield order, b
            xs = self.xs
            for k in range(bisect.bisect_left(xs, x1), bisect.bisect_right(xs, x2)):
                for by1, by2, order, _, b in self.vertical[xs[k]]:
                    if by1 <= y1 <= by2:
                        yield order, b

    def crossing(self, x: int, y1: int, y2: int) -> int:
        """How many indexed horizontal segments a vertical line at ``x`` from ``y1`` to ``y2``
        passes through (each crossed in both their interiors)."""
        ys, count = self.ys, 0
        for k in range(bisect.bisect_right(ys, y1), bisect.bisect_left(ys, y2)):
            for bx1, bx2, _, _, _ in self.horizontal[ys[k]]:
                if bx1 < x < bx2:
                    count += 1
        return count

    def through(self, box) -> list[tuple[int, int, Seg]]:
        """(order, i, segment) of every indexed segment passing through the open box, in the
        order of the routes and their segments."""
        x1, y1, x2, y2 = box
        found = []
        ys, xs = self.ys, self.xs
        for k in range(bisect.bisect_right(ys, y1), bisect.bisect_left(ys, y2)):
            for bx1, bx2, order, i, b in self.horizontal[ys[k]]:
                if bx1 < x2 and x1 < bx2:
                    found.append((order, i, b))
        for k in range(bisect.bisect_right(xs, x1), bisect.bisect_left(xs, x2)):
            for by1, by2, order, i, b in self.vertical[xs[k]]:
                if by1 < y2 and y1 < by2:
                    found.append((order, i, b))
        found.sort()
        return found

    def nearest_vertical(self, start: float, side: int, y1: float, y2: float,
                         skip: tuple[int, int] | None = None) -> float | None:
        """Distance from ``start`` towards ``side`` (+1 right, -1 left) to the nearest vertical
        segment beyond it reaching into the open band y1 < y < y2; None if there is none.
        ``skip``: (order, i) of a segment to leave out."""
        xs = self.xs
        if side > 0:
            keys = range(bisect.bisect_right(xs, start), len(xs))
        else:
            keys = range(bisect.bisect_left(xs, start) - 1, -1, -1)
        for k in keys:
            x = xs[k]
            for by1, by2, order, i, _ in self.vertical[x]:
                if by2 > y1 and by1 < y2 and (order, i) != skip:
                    return (x - start) * side
        return None
