"""Where every line of the flowchart runs.

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
"""

from __future__ import annotations

import bisect
import heapq

from .. import flow
from . import labels
from .grid import (JOG, MID, SIDE_SLOTS, SYMBOL_HALF_WIDTH, UNIT, Point, Port, Route, Seg,
                   SegmentIndex, Symbol, contact, inside, passes_through, seg, side)

BEND, JOG_COST, CROSSING = 0.35, 0.3, 1.5  # route costs, beside the horizontal length in columns


class Candidate:
    """A route being tried: what ``Route`` has, without its cost of making (one is made for the
    route chosen)."""

    __slots__ = ("edge", "points", "exit", "entry", "segments")

    def __init__(self, edge: flow.Edge, points: tuple[Point, ...], exit: Port, entry: Port,
                 segments: list[Seg]):
        self.edge, self.points, self.exit, self.entry, self.segments = edge, points, exit, entry, segments

    def route(self) -> Route:
        return Route(self.edge, self.points, self.exit, self.entry)


class Board:
    """Routes placed so far, their ports, and the checks a new route must pass."""

    def __init__(self, symbols: list[Symbol]):
        self.symbols = symbols
        self.routes: list[Route] = []
        self.index = SegmentIndex()
        self.ports: dict[tuple[int, Port], str] = {}  # (step, port) -> "in" | "out"
        self.rows_by_column: dict[int, list[int]] = {}  # column -> rows of its symbols, in order
        for symbol in symbols:
            self.rows_by_column.setdefault(symbol.column, []).append(symbol.row)

    def add(self, route: Route) -> None:
        self.routes.append(route)
        self.index.add(route)
        self.ports[(route.edge.source, route.exit)] = "out"
        self.ports[(route.edge.target, route.entry)] = "in"

    def _symbols_hit(self, seg: Seg) -> list[Symbol]:
        """The symbols a segment passes through: a vertical one only those of the column it
        runs in (and only near the column's centre), a horizontal one only its row's."""
        x1, y1, x2, y2 = seg
        if x1 == x2:
            column = x1 // UNIT
            rows = self.rows_by_column.get(column, ())
            if not rows or abs(x1 - (column * UNIT + MID)) >= SYMBOL_HALF_WIDTH:
                return []
            low, high = bisect.bisect_left(rows, y1 // UNIT - 1), bisect.bisect_right(rows, y2 // UNIT)
            near = [self.symbols[r] for r in rows[low:high]]
        else:
            row = y1 // UNIT
            near = [self.symbols[row]] if 0 <= row < len(self.symbols) else []
        return [s for s in near if passes_through(seg, s.box)]

    def lane_blocked(self, edge: flow.Edge, x: int, y1: int, y2: int) -> bool:
        """Every route of ``edge`` along the lane at ``x`` runs through y1..y2 there (between
        the turns near the rows of its ends): does a symbol or another line block that stretch?
        (Lines into the same target may merge, so they do not count.)"""
        if y1 > y2:
            return False
        column = x // UNIT
        if abs(x - (column * UNIT + MID)) < SYMBOL_HALF_WIDTH:
            rows = self.rows_by_column.get(column, ())
            low, high = bisect.bisect_left(rows, y1 // UNIT - 1), bisect.bisect_right(rows, y2 // UNIT)
            if any(passes_through((x, y1, x, y2), self.symbols[r].box) for r in rows[low:high]):
                return True
        routes = self.routes
        for by1, by2, order, _, _ in self.index.vertical.get(x, ()):
            if by1 <= y2 and y1 <= by2 and routes[order].edge.target != edge.target:
                return True
        return False

    def assess(self, route: Route, cost: float = 0.0, bound: tuple[int, float] | None = None):
        """(violations, crossings) of a candidate route against the board. With a ``bound``, the
        count may stop early, as soon as ``(violations, cost + CROSSING * crossings)`` reaches it:
        the candidate cannot beat a route that scored ``bound``."""
        violations = crossings = 0
        edge = route.edge
        if (edge.source, route.exit) in self.ports:
            violations += 1
        if self.ports.get((edge.target, route.entry)) == "out":
            violations += 1
        segments = route.segments
        source, target = self.symbols[edge.source - 1], self.symbols[edge.target - 1]
        last = len(segments) - 1
        for i, seg in enumerate(segments):
            for symbol in self._symbols_hit(seg):
                if (i == 0 and symbol is source) or (i == last and symbol is target):
                    continue
                violations += 1
        if bound is not None and (violations, cost) >= bound:
            return violations, crossings
        merges: dict[int, bool] = {}
        routes = self.routes
        for a in segments:
            for order, b in self.index.touching(a):
                kind, region = contact(a, b)
                if inside(region, source.box) or inside(region, target.box):
                    continue  # under a symbol, where its own lines meet
                if kind == "cross":
                    crossings += 1
                else:
                    merge = merges.get(order)
                    if merge is None:
                        other = routes[order]
                        merge = merges[order] = (other.edge.target == edge.target
                                                 and other.entry == route.entry)
                    if merge:
                        continue
                    violations += 1
                if bound is not None and (violations, cost + CROSSING * crossings) >= bound:
                    return violations, crossings
        return violations, crossings


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


def _lane_routes(edge: flow.Edge, source: Symbol, target: Symbol, x: int, lane_cost: float,
                 closed: tuple[set, set] = (set(), set())):
    """The routes out of a port of the source, along the vertical lane at ``x``, into a port of
    the target, as (cost without crossings, candidate). The side ports keep the line on the
    row's middle; the top and bottom ports may turn just inside the row's border (``JOG``).
    ``closed``: exit ports and entry ports not to use (their routes are left out)."""
    xs, ys, xt, yt = source.x, source.y, target.x, target.y
    closed_exits, closed_entries = closed
    for exit in (None, Port.TOP, Port.BOTTOM):       # None: the side facing the lane
        if exit is None:
            if x == xs:
                continue
            start, exit_port = [(xs, ys)], side(x, xs)
        else:
            yj = ys - JOG if exit == Port.TOP else ys + JOG
            start, exit_port = [(xs, ys), (xs, yj)], exit
        if exit_port in closed_exits:
            continue
        for entry in (None, Port.TOP, Port.BOTTOM):
            if entry is None:
                if x == xt:
                    continue
                end, entry_port = [(xt, yt)], side(x, xt)
            else:
                yj = yt - JOG if entry == Port.TOP else yt + JOG
                end, entry_port = [(xt, yj), (xt, yt)], entry
            if entry_port in closed_entries:
                continue
            corner_a = (x, start[-1][1])
            corner_b = (x, end[0][1])
            points = _simplify(start + [corner_a, corner_b] + end)
            if points is None:
                continue
            segments = [seg(a, b) for a, b in zip(points, points[1:])]
            horizontal = sum(s[2] - s[0] for s in segments) / UNIT
            jogs = (exit is not None and x != xs) + (entry is not None and x != xt)
            cost = horizontal + BEND * (len(points) - 2) + JOG_COST * jogs + lane_cost
            yield cost, Candidate(edge, points, exit_port, entry_port, segments)


def _candidates(edge: flow.Edge, source: Symbol, target: Symbol, columns: int,
                blocked: Board | None = None):
    """Every route out of a port of the source, along one vertical lane, into a port of the
    target, cheapest first (equal costs in the order of the lanes, then of the ports): as
    (cost without crossings, candidate). With a board as ``blocked``, the lanes it blocks
    between the rows of the ends (``Board.lane_blocked``) are left out: their routes are all
    invalid.

    A lane's routes are made only when they can come next: every route along the lane at ``x``
    runs ``|x - source.x| + |x - target.x|`` horizontally, so that (with the lane's own cost) is
    a lower bound of their costs, and a lane waits in the heap under it until it is reached. The
    search usually stops long before the far lanes (see ``route``)."""
    heap: list[tuple[float, int, int, object]] = []
    for lane, (x, lane_cost) in enumerate(_lanes(columns)):
        least = (abs(x - source.x) + abs(x - target.x)) / UNIT + lane_cost
        heap.append((least, -1, lane, (x, lane_cost)))  # a lane comes before its equal routes
    heapq.heapify(heap)
    low, high = min(source.y, target.y) + JOG, max(source.y, target.y) - JOG
    closed: tuple[set, set] = (set(), set())
    if blocked is not None:  # a port already in use makes a route invalid
        closed = ({port for port in Port if (edge.source, port) in blocked.ports},
                  {port for port in Port if blocked.ports.get((edge.target, port)) == "out"})
    while heap:
        cost, rank, lane, item = heapq.heappop(heap)
        if rank >= 0:
            yield cost, item
            continue
        x, lane_cost = item
        if blocked is not None and blocked.lane_blocked(edge, x, low, high):
            continue
        for rank, (cost, candidate) in enumerate(_lane_routes(edge, source, target, x, lane_cost, closed)):
            heapq.heappush(heap, (cost, lane * 9 + rank, lane, candidate))


def _choose(edge: flow.Edge, board: Board, symbols: list[Symbol], columns: int,
            valid_only: bool) -> tuple[tuple[int, float], Candidate] | None:
    """The cheapest candidate for ``edge`` as (score, candidate): fewest violations, then the
    least cost with crossings and, for a decision exit, its label. ``valid_only``: among the
    candidates without any violation only (None if there is none), which is much faster: a
    candidate is dropped at its first violation, a blocked lane without making its routes."""
    source, target = symbols[edge.source - 1], symbols[edge.target - 1]
    best = None
    found = _candidates(edge, source, target, columns, board if valid_only else None)
    for cost, candidate in found:
        if best is not None and best[0][0] == 0 and cost >= best[0][1]:
            break  # crossings and labels only add: nothing further down can win
        bound = best[0] if best is not None else (1, float("-inf")) if valid_only else None
        violations, crossed = board.assess(candidate, cost, bound)
        if valid_only and violations:
            continue
        score = (violations, cost + CROSSING * crossed)
        if best is not None and score >= best[0]:
            continue
        if edge.label and not violations:  # a decision exit: room for its label counts too
            score = (violations, score[1] + labels.best_option(
                candidate, board.index, candidate, symbols, not candidate.exit.is_side,
                columns, []).cost)
        if best is None or score < best[0]:
            best = (score, candidate)
    return best


def _consecutive(edge: flow.Edge, source: Symbol, target: Symbol) -> Route:
    if source.column == target.column:
        return Route(edge, ((source.x, source.y), (target.x, target.y)), Port.BOTTOM, Port.TOP)
    return Route(edge, ((source.x, source.y), (target.x, source.y), (target.x, target.y)),
                 side(target.x, source.x), Port.TOP)


def route(edges: list[flow.Edge], symbols: list[Symbol], columns: int) -> tuple[list[Route], list[str]]:
    """A route for every edge (in the order of ``edges``), and the problems: edges that could
    not be drawn without running into another line or a symbol."""
    board = Board(symbols)
    problems: list[str] = []
    routes: dict[flow.Edge, Route] = {}
    for edge in edges:
        if edge.target == edge.source + 1:
            found = _consecutive(edge, symbols[edge.source - 1], symbols[edge.target - 1])
            board.add(found)
            routes[edge] = found
    long_edges = sorted((e for e in edges if e.target != e.source + 1),
                        key=lambda e: (abs(e.target - e.source), e.source, e.target))
    for edge in long_edges:
        # A valid route wins over every invalid one: look among the valid ones first, and
        # weigh the invalid ones (fewest violations) only when there is none.
        best = _choose(edge, board, symbols, columns, True) or _choose(edge, board, symbols, columns, False)
        (violations, _), chosen = best
        if violations:
            problems.append(f"garis langkah {edge.source} ke {edge.target} tidak dapat digambar "
                            "tanpa bertumpuk")
        board.add(chosen.route())
        routes[edge] = board.routes[-1]
    return [routes[e] for e in edges], problems
