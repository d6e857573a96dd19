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

from .. import flow
from . import labels
from .grid import (JOG, MID, SIDE_SLOTS, UNIT, Point, Port, Route, Symbol, contact, inside, meet,
                   passes_through, side)

BEND, JOG_COST, CROSSING = 0.35, 0.3, 1.5  # route costs, beside the horizontal length in columns


class Board:
    """Routes placed so far, their ports, and the checks a new route must pass."""

    def __init__(self, symbols: list[Symbol]):
        self.symbols = symbols
        self.routes: list[Route] = []
        self.ports: dict[tuple[int, Port], str] = {}  # (step, port) -> "in" | "out"

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
            if not meet(bounds, other.bounds):
                continue
            merges = other.edge.target == edge.target and other.entry == route.entry
            for a in segments:
                for b in other.segments:
                    found = contact(a, b)
                    if found is None:
                        continue
                    kind, region = found
                    if any(inside(region, s.box) for s in (source, target)):
                        continue  # under a symbol, where its own lines meet
                    if kind == "cross":
                        crossings += 1
                    elif not merges:
                        violations += 1
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


def _candidates(edge: flow.Edge, source: Symbol, target: Symbol, columns: int):
    """Every route out of a port of the source, along one vertical lane, into a port of the
    target, as (cost without crossings, route). The side ports keep the line on the row's
    middle; the top and bottom ports may turn just inside the row's border (``JOG``)."""
    xs, ys, xt, yt = source.x, source.y, target.x, target.y
    for x, lane_cost in _lanes(columns):
        for exit in (None, Port.TOP, Port.BOTTOM):       # None: the side facing the lane
            if exit is None:
                if x == xs:
                    continue
                start, exit_port = [(xs, ys)], side(x, xs)
            else:
                yj = ys - JOG if exit == Port.TOP else ys + JOG
                start, exit_port = [(xs, ys), (xs, yj)], exit
            for entry in (None, Port.TOP, Port.BOTTOM):
                if entry is None:
                    if x == xt:
                        continue
                    end, entry_port = [(xt, yt)], side(x, xt)
                else:
                    yj = yt - JOG if entry == Port.TOP else yt + JOG
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
        source, target = symbols[edge.source - 1], symbols[edge.target - 1]
        candidates = sorted(_candidates(edge, source, target, columns), key=lambda c: c[0])
        best = None
        for cost, candidate in candidates:
            if best is not None and best[0][0] == 0 and cost >= best[0][1]:
                break  # crossings and labels only add: nothing further down can win
            violations, crossed = board.assess(candidate)
            score = (violations, cost + CROSSING * crossed)
            if best is not None and score >= best[0]:
                continue
            if edge.label and not violations:  # a decision exit: room for its label counts too
                score = (violations, score[1] + labels.best_option(
                    candidate, board.routes + [candidate], symbols, not candidate.exit.is_side,
                    columns, []).cost)
            if best is None or score < best[0]:
                best = (score, candidate)
        (violations, _), chosen = best
        if violations:
            problems.append(f"garis langkah {edge.source} ke {edge.target} tidak dapat digambar "
                            "tanpa bertumpuk")
        board.add(chosen)
        routes[edge] = chosen
    return [routes[e] for e in edges], problems
