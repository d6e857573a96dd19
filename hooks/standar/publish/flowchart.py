"""Layout of the SOP AP flowchart (*diagram alir*): a pure model, no HTML.

The official flowchart is a table: one row per step, one column per actor (*pelaksana*). Row
heights depend on how the Kegiatan text wraps, which only the reader's browser knows, so the
drawing is made per cell: each actor cell holds the pieces of line that cross it, given in
percent of the cell, and the symbol of its step centred in it (``templates/sop_bagan.html``
draws them). This module decides where every line runs.

Grid coordinates are integers: ``x`` in thousandths of a column (actor column ``c`` spans
``[1000c, 1000c + 1000]``, its centre line is ``1000c + 500``), ``y`` in thousandths of a row
(step ``n`` is row ``n - 1``, its middle ``1000(n - 1) + 500``). Every symbol stands at the
centre of its cell and stays inside the middle ``2 * SYMBOL_HALF_WIDTH`` of the column (the
stylesheet guarantees it), so a line away from a column's centre never touches a symbol.

Routing:

* Consecutive steps (``n -> n + 1``) leave ``n`` by the side facing the next actor, run along the
  middle of row ``n`` to the next actor's column and go down into the top of ``n + 1`` (straight
  down in one column). A row holds only its own step's symbol, so these never cross a symbol.
* Every other edge (a decision exit or a ``ke:`` jump that loops back or jumps ahead) tries
  every route "out of a port of the source, along one vertical lane, into a port of the
  target" and takes the cheapest valid one. A side port keeps the line on the row's middle; a
  top or bottom port turns near the row's border (``JOG``; such rows are drawn taller). Lanes
  are the column centres (valid only where no symbol stands in between) and side lanes near the
  column edges (``SIDE_SLOTS``, beside every symbol). Valid: no segment passes through a
  symbol; an outgoing port serves one edge; no line runs along, ends on or touches another
  edge's line, except edges into the same port of one target, which merge. Cost: horizontal
  length, bends, turns near a border, crossings, and for a decision exit the room left for its
  label. Short edges are routed first, so they take the inner lanes.
* Decision labels go beside their exit (above/below a side exit, right/left of a bottom exit),
  both labels of a decision placed together where they cover the fewest lines; they wrap to
  the room they have, and a row grows (``Layout.row_ems``) when a label needs the height.

Printing: the rows are cut into A4 pages (heights estimated from the text lengths, a little
generously) by dynamic programming: fewest pages, then full pages and few lines crossing the
cuts. Every line crossing a cut gets an off-page connector pair (pentagon) with one letter:
A, B, ...
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cached_property

from ..model import flow

UNIT = 1000
MID = UNIT // 2
SYMBOL_HALF_WIDTH = 362   # the symbol (arrow heads included) stays within the middle 72.4 % ...
SYMBOL_HALF_HEIGHT = 345  # ... and within the middle 69 % of its row (see sop-lembar.css)
SIDE_SLOTS = (120, 80, 40)  # side lanes: distance from the column edge, innermost first
JOG = 350                   # a line out of a top/bottom port turns this far from the row's middle
                            # (in a tall row: ROW_EM and TALL_ROW_EM below)
BEND, JOG_COST, CROSSING = 0.35, 0.3, 1.5  # route costs, beside the horizontal length in columns

LEFT, RIGHT, TOP, BOTTOM = "left", "right", "top", "bottom"

# Column widths in em (font size of the table); print scales the font so the table fits A4.
# (an actor column's width depends on how many there are: see actor_em)
COLUMN_EM = {"no": 2.4, "kegiatan": 11.0, "pelaksana": 6.2, "kelengkapan": 7.5, "waktu": 4.2,
             "output": 7.0, "keterangan": 7.0}
LANDSCAPE_ABOVE = 4  # more actors than this: A4 landscape


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
    exit: str                  # port of the source: left, right, bottom (top)
    entry: str                 # port of the target: left, right, top, bottom

    @property
    def key(self) -> str:
        return f"{self.edge.source}-{self.edge.target}"

    @cached_property
    def bounds(self) -> Seg:
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))

    @cached_property
    def segments(self) -> list[Seg]:
        return [_seg(a, b) for a, b in zip(self.points, self.points[1:]) if a != b]


@dataclass(frozen=True)
class Piece:
    """The part of one edge's line inside one cell, in percent of the cell (0..100)."""

    key: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Label:
    """A decision exit's label, written beside the exit ``port`` of the decision: ``place`` is
    above/below a side exit's line, right/left of a top or bottom exit's line."""

    key: str
    text: str
    port: str
    place: str
    width: float = 7.5  # wraps at this width, in em of its own font


@dataclass(frozen=True)
class Connector:
    """An off-page connector: a line at ``x`` crossing a page break."""

    letter: str
    x: int
    keys: tuple[str, ...]

    @property
    def column(self) -> int:
        return self.x // UNIT


@dataclass(frozen=True)
class Chunk:
    """Rows printed on one page, with the connectors at its top and bottom."""

    start: int  # first row (0-based)
    stop: int   # one past the last row
    incoming: tuple[Connector, ...] = ()
    outgoing: tuple[Connector, ...] = ()


@dataclass
class Layout:
    actors: list[str]
    symbols: list[Symbol]
    routes: list[Route]
    problems: list[str] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def landscape(self) -> bool:
        return len(self.actors) > LANDSCAPE_ABOVE

    def pieces(self, row: int, column: int) -> list[Piece]:
        return self._cells.get((row, column), [])

    def labels(self, row: int) -> list[Label]:
        step = self.symbols[row].step.number
        return [self._labels[r.key] for r in self.routes
                if r.edge.source == step and r.key in self._labels]

    def arrows(self, row: int) -> list[tuple[str, str]]:
        """(edge key, port) of every edge ending at this row's symbol."""
        step = self.symbols[row].step.number
        return [(r.key, r.entry) for r in self.routes if r.edge.target == step]

    def column_widths(self) -> list[float]:
        """Percent widths of No, Kegiatan, each actor, Kelengkapan, Waktu, Output, Keterangan."""
        ems = column_ems(len(self.actors))
        total = sum(ems)
        return [round(100 * em / total, 3) for em in ems]

    @property
    def total_em(self) -> float:
        return round(sum(column_ems(len(self.actors))), 2)

    def __post_init__(self):
        self.tall_rows = _tall_rows(self.routes)
        self.row_ems: dict[int, float] = {}  # rows whose labels need more height, in em
        self._labels = _place_labels(self.routes, self.symbols, self.tall_rows,
                                     len(self.actors), self.row_ems)
        self._cells: dict[tuple[int, int], list[Piece]] = {}
        for route in self.routes:
            for (row, column), points in _split(route.points):
                self._cells.setdefault((row, column), []).append(Piece(route.key, points))


def actor_em(actors: int) -> float:
    """An actor column's width: few actors get wider columns, room for symbols and labels."""
    return {1: 9.0, 2: 9.0, 3: 8.0, 4: 6.6, 5: 6.6, 6: 6.4}.get(actors, COLUMN_EM["pelaksana"])


def column_ems(actors: int) -> list[float]:
    c = COLUMN_EM
    return ([c["no"], c["kegiatan"]] + [actor_em(actors)] * actors
            + [c["kelengkapan"], c["waktu"], c["output"], c["keterangan"]])


# -- geometry --------------------------------------------------------------------------------

def _seg(a: Point, b: Point) -> Seg:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


def _inside(region: Seg, box: Seg) -> bool:
    """The closed region lies within the closed box."""
    return box[0] <= region[0] and region[2] <= box[2] and box[1] <= region[1] and region[3] <= box[3]


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


def _borders(a: int, b: int) -> list[int]:
    """Cell borders strictly between ``a`` and ``b``, in the order met going from a to b."""
    low, high = min(a, b), max(a, b)
    found = list(range((low // UNIT + 1) * UNIT, high, UNIT))
    return found if b > a else found[::-1]


def _split(points: tuple[Point, ...]) -> list[tuple[tuple[int, int], tuple[tuple[float, float], ...]]]:
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


# -- rows and labels ------------------------------------------------------------------------

# Screen sizes in em of the table's font (sop-lembar.css); print keeps the same proportions.
ROW_EM, TALL_ROW_EM = 4.9, 7.2   # actor cell height; tall: a turn near the border, a label below
LABEL_OFFSET_EM = {False: 0.25, True: 1.3}  # a label's near edge from the row's middle: beside
                                            # a side exit; under a diamond (0.4 x its 3.24em box)
LABEL_EM = 0.9                   # label font, relative to the table's
LABEL_WIDTH_EM = 7.5             # a label wraps at this width (in its own font) ...
LABEL_MIN_EM = 3.5               # ... or narrower where lines leave less room, down to this
LABEL_LINE_EM = 1.15
LABEL_CHAR_EM = 0.56
SHAPE_HALF_WIDTH = 285           # the drawn shape without its arrow heads
DIAMOND_HALF_HEIGHT = 265        # a label under a diamond starts this far below the middle (normal row)


def _tall_rows(routes: list[Route]) -> set[int]:
    """Rows that need room: a line turns near their border, or a decision's label goes under
    (or over) it."""
    rows = set()
    for route in routes:
        for x, y in route.points:
            if y % UNIT != MID:
                rows.add(y // UNIT)
        if route.edge.label and route.exit in (TOP, BOTTOM):
            rows.add(route.points[0][1] // UNIT)
    return rows


def _label_size(text: str, width: float) -> tuple[float, float]:
    """Width and height in em of the table's font of a label wrapped at ``width`` (label em)."""
    per_line = max(1, int(width / LABEL_CHAR_EM))
    lines = _wrapped(text, per_line)
    return min(len(text), per_line) * LABEL_CHAR_EM * LABEL_EM, lines * LABEL_LINE_EM * LABEL_EM


LABEL_GAP = 30


def _label_anchor(symbol: Symbol, port: str, place: str) -> tuple[int, int]:
    """The x where a label starts and the direction it grows in (+1 right, -1 left)."""
    if port in (LEFT, RIGHT):
        side = 1 if port == RIGHT else -1
        return symbol.x + side * (SHAPE_HALF_WIDTH + LABEL_GAP), side
    side = 1 if place == "right" else -1
    return symbol.x + side * LABEL_GAP, side


def _row_em_for(port: str, height: float, tall: bool) -> float:
    """A row's height in em: its minimum, or more where a label needs it (``row_ems``)."""
    needed = 2 * (LABEL_OFFSET_EM[port in (TOP, BOTTOM)] + height) + 0.2
    return max(TALL_ROW_EM if tall else ROW_EM, round(needed, 1))


def _label_band(symbol: Symbol, port: str, place: str, height: float, tall: bool):
    """The rows a label covers, in grid units; its row grows to hold it (``row_ems``)."""
    row_em = _row_em_for(port, height, tall)
    h = height / row_em * UNIT
    y = symbol.y
    if port in (LEFT, RIGHT):
        return (y - LABEL_GAP - h, y - LABEL_GAP) if place == "above" else (y + LABEL_GAP, y + LABEL_GAP + h)
    vertex = DIAMOND_HALF_HEIGHT * ROW_EM / row_em
    if port == BOTTOM:
        return y + vertex + LABEL_GAP, y + vertex + LABEL_GAP + h
    return y - vertex - LABEL_GAP - h, y - vertex - LABEL_GAP


def _label_room(start: int, side: int, band, routes: list[Route], own: Route,
                symbols: list[Symbol], columns: int) -> float:
    """Free width, in grid units, from ``start`` towards ``side`` within the rows of ``band``."""
    room = float(columns * UNIT - start if side > 0 else start)
    y1, y2 = band
    for route in routes:
        for i, (sx1, sy1, sx2, sy2) in enumerate(route.segments):
            if (route is own and i == 0) or sx1 != sx2 or sy2 <= y1 or sy1 >= y2:
                continue
            distance = (sx1 - start) * side
            if distance > 0:
                room = min(room, distance - LABEL_GAP)
    own_symbol = symbols[own.edge.source - 1]
    for symbol in symbols:
        x1, by1, x2, by2 = symbol.box
        if symbol is own_symbol or by2 <= y1 or by1 >= y2:
            continue
        distance = (x1 - start) if side > 0 else (start - x2)
        if distance > 0:
            room = min(room, distance - LABEL_GAP)
    return max(room, 0.0)


def _label_cost(box, routes: list[Route], own: Route, symbols: list[Symbol], placed: list,
                columns: int) -> float:
    x1, y1, x2, y2 = box
    cost = 0.0
    for route in routes:
        for i, (sx1, sy1, sx2, sy2) in enumerate(route.segments):
            if route is own and i == 0:
                continue  # the line the label belongs to runs beside it
            if sy1 == sy2 and y1 < sy1 < y2:
                cost += max(0.0, min(x2, sx2) - max(x1, sx1)) / UNIT
            elif sx1 == sx2 and x1 < sx1 < x2:
                cost += max(0.0, min(y2, sy2) - max(y1, sy1)) / UNIT
    own_symbol = symbols[own.edge.source - 1]  # the label stands beside it, clear of its shape
    for other in [s.box for s in symbols if s is not own_symbol] + placed:
        if max(x1, other[0]) < min(x2, other[2]) and max(y1, other[1]) < min(y2, other[3]):
            cost += 10
    row = (own.points[0][1] // UNIT) * UNIT
    cost += 2 * (max(0.0, row - y1) + max(0.0, y2 - row - UNIT)) / UNIT  # out of its row
    cost += 3 * (max(0.0, -x1) + max(0.0, x2 - columns * UNIT)) / UNIT   # out of the actors
    return cost


def _label_option(route: Route, place: str, routes: list[Route], symbols: list[Symbol],
                  tall: bool, columns: int, placed: list):
    """(cost, place, box, width) of a decision exit's label at one place."""
    text = route.edge.label
    symbol = symbols[route.edge.source - 1]
    start, side = _label_anchor(symbol, route.exit, place)
    band = _label_band(symbol, route.exit, place, _label_size(text, LABEL_WIDTH_EM)[1], tall)
    room = _label_room(start, side, band, routes, route, symbols, columns)
    room_em = room / UNIT * actor_em(columns) / LABEL_EM
    longest = max(len(word) for word in text.split()) * LABEL_CHAR_EM
    width = max(longest, LABEL_MIN_EM, min(LABEL_WIDTH_EM, room_em))
    w, h = _label_size(text, width)
    y1, y2 = _label_band(symbol, route.exit, place, h, tall)
    w = w / actor_em(columns) * UNIT
    box = (start, y1, start + w, y2) if side > 0 else (start - w, y1, start, y2)
    return _label_cost(box, routes, route, symbols, placed, columns), place, box, round(width, 1)


def _places(route: Route) -> tuple[str, str]:
    return ("above", "below") if route.exit in (LEFT, RIGHT) else ("right", "left")


def _best_label(route: Route, routes: list[Route], symbols: list[Symbol], tall: bool,
                columns: int, placed: list):
    """(cost, place, box, width) of the best place for a decision exit's label."""
    options = [_label_option(route, place, routes, symbols, tall, columns, placed)
               for place in _places(route)]
    return min(options, key=lambda o: (o[0], _places(route).index(o[1])))


def _place_labels(routes: list[Route], symbols: list[Symbol], tall_rows: set[int],
                  columns: int, row_ems: dict[int, float]) -> dict[str, Label]:
    """Put each decision's labels where together they cover the fewest lines, symbols and
    other labels, each narrowed to the free room beside its exit (but never below its longest
    word). A row whose label is taller than its half gets a height in ``row_ems``."""
    labels: dict[str, Label] = {}
    placed: list = []
    exits: dict[int, list[Route]] = {}
    for route in routes:
        if route.edge.label:
            exits.setdefault(route.edge.source, []).append(route)
    for source, mine in exits.items():
        row = symbols[source - 1].row
        tall = row in tall_rows
        best = None
        for combination in itertools.product(*(_places(r) for r in mine)):
            chosen, boxes, total = [], [], 0.0
            for route, place in zip(mine, combination):
                option = _label_option(route, place, routes, symbols, tall, columns, placed + boxes)
                total += option[0] + 0.01 * _places(route).index(place)
                chosen.append(option)
                boxes.append(option[2])
            if best is None or total < best[0]:
                best = (total, chosen)
        for route, (_, place, box, width) in zip(mine, best[1]):
            labels[route.key] = Label(route.key, route.edge.label, route.exit, place, width)
            placed.append(box)
            needed = _row_em_for(route.exit, _label_size(route.edge.label, width)[1], tall)
            if needed > (TALL_ROW_EM if tall else ROW_EM):
                row_ems[row] = max(row_ems.get(row, 0.0), needed)
    return labels


# -- routing ---------------------------------------------------------------------------------

class _Board:
    """Routes placed so far, their ports, and the checks a new route must pass."""

    def __init__(self, symbols: list[Symbol]):
        self.symbols = symbols
        self.routes: list[Route] = []
        self.ports: dict[tuple[int, str], str] = {}  # (step, port) -> "in" | "out"

    def add(self, route: Route) -> None:
        self.routes.append(route)
        self.ports[(route.edge.source, route.exit)] = "out"
        self.ports[(route.edge.target, route.entry)] = "in"

    def assess(self, route: Route) -> tuple[int, int]:
        """(violations, crossings) of a candidate route against the board."""
        violations = crossings = 0
        edge = route.edge
        if (edge.source, route.exit) in self.ports:
            violations += 1
        if self.ports.get((edge.target, route.entry)) == "out":
            violations += 1
        segments = route.segments
        source, target = self.symbols[edge.source - 1], self.symbols[edge.target - 1]
        for i, seg in enumerate(segments):
            for symbol in self.symbols[max(0, seg[1] // UNIT - 1): seg[3] // UNIT + 1]:  # its rows
                if not passes_through(seg, symbol.box):
                    continue
                if (i == 0 and symbol is source) or (i == len(segments) - 1 and symbol is target):
                    continue
                violations += 1
        bounds = route.bounds
        for other in self.routes:
            if not _meet(bounds, other.bounds):
                continue
            merges = other.edge.target == edge.target and other.entry == route.entry
            for a in segments:
                for b in other.segments:
                    found = contact(a, b)
                    if found is None:
                        continue
                    kind, region = found
                    if any(_inside(region, s.box) for s in (source, target)):
                        continue  # under a symbol, where its own lines meet
                    if kind == "cross":
                        crossings += 1
                    elif not merges:
                        violations += 1
        return violations, crossings


def _meet(a: Seg, b: Seg) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _side(x: int, of: int) -> str:
    return RIGHT if x > of else LEFT


def _simplify(points: list[Point]) -> tuple[Point, ...] | None:
    """Drop repeated and collinear points; None when the line turns back on itself."""
    result: list[Point] = []
    for p in points:
        if result and result[-1] == p:
            continue
        if len(result) >= 2:
            a, b = result[-2], result[-1]
            if (a[0] == b[0] == p[0]) or (a[1] == b[1] == p[1]):
                if (b[0] - a[0]) * (p[0] - b[0]) < 0 or (b[1] - a[1]) * (p[1] - b[1]) < 0:
                    return None  # a U-turn along one line
                result[-1] = p
                continue
        result.append(p)
    return tuple(result)


def _lanes(columns: int) -> list[tuple[int, float]]:
    """Vertical lanes: (x, cost): every column centre, then the side slots, inner ones first."""
    lanes = [(c * UNIT + MID, 0.0) for c in range(columns)]
    for slot, offset in enumerate(SIDE_SLOTS):
        for c in range(columns):
            lanes += [(c * UNIT + offset, 0.02 * slot), ((c + 1) * UNIT - offset, 0.02 * slot)]
    return lanes


def _candidates(edge: flow.Edge, source: Symbol, target: Symbol, columns: int):
    """Every route out of a port of the source, along one vertical lane, into a port of the
    target, as (cost without crossings, route). The side ports keep the line on the row's
    middle; the top and bottom ports may turn just inside the row's border (``JOG``)."""
    xs, ys, xt, yt = source.x, source.y, target.x, target.y
    for x, lane_cost in _lanes(columns):
        for exit in (None, TOP, BOTTOM):       # None: the side facing the lane
            if exit is None:
                if x == xs:
                    continue
                start, exit_port = [(xs, ys)], _side(x, xs)
            else:
                yj = ys - JOG if exit == TOP else ys + JOG
                start, exit_port = [(xs, ys), (xs, yj)], exit
            for entry in (None, TOP, BOTTOM):
                if entry is None:
                    if x == xt:
                        continue
                    end, entry_port = [(xt, yt)], _side(x, xt)
                else:
                    yj = yt - JOG if entry == TOP else yt + JOG
                    end, entry_port = [(xt, yj), (xt, yt)], entry
                corner_a = (x, start[-1][1])
                corner_b = (x, end[0][1])
                points = _simplify(start + [corner_a, corner_b] + end)
                if points is None:
                    continue
                route = Route(edge, points, exit_port, entry_port)
                horizontal = sum(s[2] - s[0] for s in route.segments) / UNIT
                jogs = (exit is not None and x != xs) + (entry is not None and x != xt)
                cost = horizontal + BEND * (len(points) - 2) + JOG_COST * jogs + lane_cost
                yield cost, route


def _consecutive(edge: flow.Edge, source: Symbol, target: Symbol) -> Route:
    if source.column == target.column:
        return Route(edge, ((source.x, source.y), (target.x, target.y)), BOTTOM, TOP)
    return Route(edge, ((source.x, source.y), (target.x, source.y), (target.x, target.y)),
                 _side(target.x, source.x), TOP)


def layout(steps: list[flow.Step], actors: list[str], title: str = "") -> Layout:
    """Place every symbol and route every edge; cut the rows into print pages."""
    columns = {name: i for i, name in enumerate(actors)}
    symbols = [Symbol(step, step.number - 1, columns[step.pelaksana]) for step in steps]
    board = _Board(symbols)
    problems: list[str] = []
    edges = flow.edges(steps)
    routes: dict[flow.Edge, Route] = {}
    for edge in edges:
        if edge.target == edge.source + 1:
            route = _consecutive(edge, symbols[edge.source - 1], symbols[edge.target - 1])
            board.add(route)
            routes[edge] = route
    long_edges = sorted((e for e in edges if e.target != e.source + 1),
                        key=lambda e: (abs(e.target - e.source), e.source, e.target))
    for edge in long_edges:
        source, target = symbols[edge.source - 1], symbols[edge.target - 1]
        candidates = sorted(_candidates(edge, source, target, len(actors)), key=lambda c: c[0])
        best = None
        for cost, route in candidates:
            if best is not None and best[0][0] == 0 and cost >= best[0][1]:
                break  # crossings and labels only add: nothing further down can win
            violations, crossed = board.assess(route)
            score = (violations, cost + CROSSING * crossed)
            if best is not None and score >= best[0]:
                continue
            if edge.label and not violations:  # a decision exit: room for its label counts too
                score = (violations, score[1] + _best_label(
                    route, board.routes + [route], symbols, route.exit in (TOP, BOTTOM),
                    len(actors), [])[0])
            if best is None or score < best[0]:
                best = (score, route)
        (violations, _), route = best
        if violations:
            problems.append(f"garis langkah {edge.source} ke {edge.target} tidak dapat digambar "
                            "tanpa bertumpuk")
        board.add(route)
        routes[edge] = route
    result = Layout(actors=list(actors), symbols=symbols, routes=[routes[e] for e in edges],
                    problems=problems)
    paginate(result, title)
    return result


# -- print chunks ----------------------------------------------------------------------------

MM = 96 / 25.4                       # CSS px per millimetre
PAGE_MM = {False: (210, 297), True: (297, 210)}
MARGIN_MM = (10, 10, 14, 10)         # top, right, bottom, left (sop-lembar.css @page)
PRINT_FONT_PX = 8 * 96 / 72          # 8 pt, smaller when many actors (sop-lembar.css)
ROW_MIN_EM, TALL_ROW_MIN_EM = 4.0, 6.3  # actor cell height (sop-lembar.css)
CONNECTOR_ROW_EM = 3.4
LINE_EM = 1.25                       # print line height (sop-lembar.css)
CHAR_EM = 0.52                       # Arial/Liberation Sans average letter, a little wide
FOOTER_MM = 7                        # the total time under the table


@dataclass(frozen=True)
class PrintPage:
    landscape: bool
    actors: int

    @property
    def width_px(self) -> float:
        return (PAGE_MM[self.landscape][0] - MARGIN_MM[1] - MARGIN_MM[3]) * MM

    @property
    def height_px(self) -> float:
        return (PAGE_MM[self.landscape][1] - MARGIN_MM[0] - MARGIN_MM[2]) * MM

    @property
    def font_px(self) -> float:
        return min(PRINT_FONT_PX, self.width_px / sum(column_ems(self.actors)))

    def em_px(self) -> float:
        """Width of one column em once the table is stretched to the page width."""
        return self.width_px / sum(column_ems(self.actors))

    def lines(self, texts: list[str], column_em: float) -> int:
        width = column_em * self.em_px() - 0.8 * self.font_px
        per_line = max(1, int(width / (CHAR_EM * self.font_px)))
        return sum(_wrapped(text, per_line) for text in texts if text)


def _wrapped(text: str, per_line: int) -> int:
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


def row_height(page: PrintPage, step: flow.Step, tall: bool = False, least_em: float = 0.0) -> float:
    """Estimated printed height of a step's row, in px: its tallest text cell or the minimum."""
    em = COLUMN_EM
    kegiatan = page.lines([step.kegiatan], em["kegiatan"]) * LINE_EM
    if step.keputusan or step.ke:  # the exits, in a smaller font under the activity
        kegiatan += page.lines([branch_text(step)], em["kegiatan"] / 0.92) * LINE_EM * 0.92 + 0.3
    items = list(step.kelengkapan)
    kelengkapan = page.lines(items, em["kelengkapan"] - 0.9) * LINE_EM + 0.15 * len(items)
    others = max(page.lines([step.waktu or ""], em["waktu"]),
                 page.lines([step.output or ""], em["output"]),
                 page.lines([step.keterangan or ""], em["keterangan"])) * LINE_EM
    least = max(TALL_ROW_MIN_EM if tall else ROW_MIN_EM, least_em)
    return max(least, max(kegiatan, kelengkapan, others) + 0.7) * page.font_px


def branch_text(step: flow.Step) -> str:
    """The exits of a decision or a jump, as text for the Kegiatan column."""
    if step.keputusan:
        k = step.keputusan
        return (f"{k.get('label_ya') or 'Ya'}: ke langkah {k['ya']}; "
                f"{k.get('label_tidak') or 'Tidak'}: ke langkah {k['tidak']}")
    if step.ke:
        return f"Lanjut ke langkah {step.ke}"
    return ""


def header_height(page: PrintPage, actors: list[str], title: str) -> float:
    font = page.font_px
    names = max((page.lines([a], actor_em(len(actors))) for a in actors), default=1)
    title_lines = page.lines([title], sum(column_ems(page.actors)))
    return font * (title_lines * LINE_EM + (1 + names) * LINE_EM * 0.92 + 3 * 0.75)


def crossings(routes: list[Route], row: int) -> list[tuple[int, tuple[str, ...]]]:
    """Lines crossing the border above ``row``: (x, edge keys), left to right."""
    y = row * UNIT
    found: dict[int, list[str]] = {}
    for route in routes:
        for x1, y1, x2, y2 in route.segments:
            if x1 == x2 and y1 < y < y2:
                found.setdefault(x1, []).append(route.key)
    return sorted((x, tuple(keys)) for x, keys in found.items())


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def paginate(result: Layout, title: str = "", safety: float = 0.97) -> list[Chunk]:
    """Cut the rows into pages; each cut gets its connectors. Sets ``result.chunks``."""
    page = PrintPage(result.landscape, len(result.actors))
    heights = [row_height(page, s.step, s.row in result.tall_rows, result.row_ems.get(s.row, 0.0))
               for s in result.symbols]
    font = page.font_px
    budget = (page.height_px - header_height(page, result.actors, title)) * safety
    connector = CONNECTOR_ROW_EM * font
    footer = FOOTER_MM * MM
    count = len(heights)

    cut = [len(crossings(result.routes, row)) for row in range(count + 1)]
    prefix = [0.0]
    for height in heights:
        prefix.append(prefix[-1] + height)

    # Fewest pages first; then full pages, few lines crossing the cuts (one line costs as much
    # as a quarter page left empty), and no last page with a single row. best[i]: the best way
    # to print rows i.. on whole pages, as (pages, cost, where the first page ends).
    best: list[tuple[int, float, int]] = [(0, 0.0, count)] * (count + 1)
    for start in range(count - 1, -1, -1):
        options = []
        for stop in range(start + 1, count + 1):
            used = prefix[stop] - prefix[start] + (connector if start else 0.0) \
                + (footer if stop == count else connector)
            if used > budget and stop > start + 1:
                break  # (a single row taller than a page is printed as it is)
            pages, cost, _ = best[stop]
            if stop < count:
                cost += cut[stop] + 4 * max(0.0, budget - used) / budget
            elif stop - start < 2 and start > 0:
                cost += 1.5  # a lone last row
            options.append((pages + 1, cost, stop))
        best[start] = min(options)
    breaks, start = [], 0
    while best[start][2] < count:
        start = best[start][2]
        breaks.append(start)
    cuts, letters = [], 0
    for b in breaks:
        items = []
        for x, keys in crossings(result.routes, b):
            items.append(Connector(_letter(letters), x, keys))
            letters += 1
        cuts.append(tuple(items))
    bounds = [0] + breaks + [count]
    result.chunks = [Chunk(a, z, incoming=cuts[i - 1] if i else (),
                           outgoing=cuts[i] if i < len(breaks) else ())
                     for i, (a, z) in enumerate(zip(bounds, bounds[1:]))]
    return result.chunks


def connector_pieces(connectors: tuple[Connector, ...], column: int, outgoing: bool):
    """Lines and pentagon positions in a connector row's cell: (pieces, [(letter, x%)])."""
    mine = [c for c in connectors if c.column == column]
    pieces, marks = [], []
    for i, c in enumerate(mine):
        at = 100 * (i + 1) / (len(mine) + 1)
        x = (c.x - column * UNIT) / 10
        if outgoing:
            points = ((x, 0.0), (x, 25.0), (at, 25.0), (at, 50.0))
        else:
            points = ((at, 50.0), (at, 75.0), (x, 75.0), (x, 100.0))
        pieces.append(Piece(c.letter, tuple(p for j, p in enumerate(points)
                                            if j == 0 or p != points[j - 1])))
        marks.append((c.letter, at))
    return pieces, marks
