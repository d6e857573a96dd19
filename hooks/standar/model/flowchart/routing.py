"""Where every line of the flowchart runs.

* Consecutive steps (``n -> n + 1``) leave ``n`` by the side facing the next actor, run along the
  middle of row ``n`` to the next actor's column and go down into the top of ``n + 1`` (straight
  down in one column). A row holds only its own step's symbol, so these never cross a symbol.
* Every other edge (a decision exit or a ``ke:`` jump that loops back or jumps ahead) tries
  the routes "out of a port of the source, along one vertical lane, into a port of the target"
  and takes the cheapest valid one. A side port keeps the line on the row's middle; a top or
  bottom port turns near the row's border (``JOG``; such rows are drawn taller). Lanes are the
  column centres (valid only where no symbol stands in between) and side lanes near the column
  edges (``SIDE_SLOTS``, beside every symbol). Valid: no segment passes through a symbol; an
  outgoing port serves one edge; no line runs along, ends on or touches another edge's line,
  except edges into the same port of one target, which merge. Cost: horizontal length, bends,
  turns near a border, crossings, and what the line does to the decision labels: its own label
  (for a decision exit) and the labels it squeezes or runs through (``labels``). Short edges are
  routed first, so they take the inner lanes; then every edge whose standing the later ones
  changed (a crossing, a label) is routed again among all the others.

The search is kept small: segments are indexed by the line they lie on (``SegmentIndex``), the
routes of a lane are made only when their least possible score comes up (``_candidates``), and
a candidate is dropped as soon as it cannot beat the best one found.
"""

from __future__ import annotations

import bisect
import collections
import heapq
from typing import NamedTuple

from .. import flow
from . import labels
from .grid import (JOG, MID, SIDE_SLOTS, SYMBOL_HALF_WIDTH, UNIT, Point, Port, Route, Seg,
                   SegmentIndex, Symbol, contact, inside, meet, passes_through, seg, side)

BEND, JOG_COST, CROSSING = 0.35, 0.3, 2.5  # route costs, beside the horizontal length in columns
REPAIR_PASSES = 2  # rounds of routing again the edges whose standing changed


class Candidate:
    """A route being tried: what ``Route`` has, without its cost of making (one is made for the
    route chosen)."""

    __slots__ = ("edge", "points", "exit", "entry", "segments")

    def __init__(self, edge: flow.Edge, points: tuple[Point, ...], exit: Port, entry: Port,
                 segments: list[Seg]):
        self.edge, self.points, self.exit, self.entry = edge, points, exit, entry
        self.segments = segments

    def route(self) -> Route:
        return Route(self.edge, self.points, self.exit, self.entry)


class Board:
    """Routes placed so far, their ports, and the checks a new route must pass."""

    def __init__(self, symbols: list[Symbol], edges: list[flow.Edge], columns: int):
        self.symbols = symbols
        self.columns = columns
        self.index = SegmentIndex()
        self.outs: collections.Counter = collections.Counter()  # (step, port) -> lines leaving
        self.ins: collections.Counter = collections.Counter()   # (step, port) -> lines entering
        self.rows_by_column: dict[int, list[int]] = {}  # column -> rows of its symbols, in order
        for symbol in symbols:
            self.rows_by_column.setdefault(symbol.column, []).append(symbol.row)
        self.edge_order = {edge: i for i, edge in enumerate(edges)}
        self.exits: dict[int, list[Route]] = {}  # decision step -> its exits routed so far
        self.labelled_rows: list[int] = []       # rows of those decisions, in order
        self.tall: collections.Counter = collections.Counter()  # row -> lines making it taller
        self.label_cache: dict[int, dict] = {}   # decision step -> _labels_now

    def add(self, route: Route) -> None:
        self.index.add(route)
        self.outs[(route.edge.source, route.exit)] += 1
        self.ins[(route.edge.target, route.entry)] += 1
        for row in _tall_rows(route):
            self.tall[row] += 1
        if route.edge.label:
            source = route.edge.source
            if source not in self.exits:
                self.exits[source] = []
                bisect.insort(self.labelled_rows, source - 1)
            self.exits[source].append(route)
            self.exits[source].sort(key=lambda r: self.edge_order[r.edge])
            self.label_cache.pop(source, None)
        self._forget_labels_near(route)

    def remove(self, route: Route) -> None:
        """Take a route off the board (to route its edge again)."""
        self.index.remove(route)
        self.outs[(route.edge.source, route.exit)] -= 1
        self.ins[(route.edge.target, route.entry)] -= 1
        for row in _tall_rows(route):
            self.tall[row] -= 1
        if route.edge.label:
            source = route.edge.source
            self.exits[source] = [r for r in self.exits[source] if r is not route]
            if not self.exits[source]:
                del self.exits[source]
                self.labelled_rows.remove(source - 1)
            self.label_cache.pop(source, None)
        self._forget_labels_near(route)

    def _forget_labels_near(self, route: Route) -> None:
        """Label options that a route added or removed may change are computed again."""
        for source in self.near_decisions(route.segments):
            cached = self.label_cache.get(source)
            if cached is None:
                continue
            options = cached["options"]
            for key in [k for k, kept in options.items()
                        if any(meet(segment, kept.reach) for segment in route.segments)]:
                del options[key]
                cached["cost"] = None

    def is_tall(self, row: int) -> bool:
        return self.tall[row] > 0

    def port_used(self, step: int, port: Port) -> bool:
        return self.outs[(step, port)] > 0 or self.ins[(step, port)] > 0

    def port_leaves(self, step: int, port: Port) -> bool:
        return self.outs[(step, port)] > 0

    def near_decisions(self, segments: list[Seg]) -> set[int]:
        """The decisions (step numbers) with a label placed whose labels these segments may
        reach: the only ones whose labels a new line can move or cover."""
        rows, found = self.labelled_rows, set()
        for x1, y1, x2, y2 in segments:
            low = bisect.bisect_left(rows, y1 // UNIT - 1)
            high = bisect.bisect_right(rows, y2 // UNIT + 1)
            for row in rows[low:high]:
                if x1 - labels.LABEL_REACH <= self.symbols[row].x <= x2 + labels.LABEL_REACH:
                    found.add(row + 1)
        return found

    def _labels_now(self, source: int) -> dict:
        """A decision's labels on the board: every option of every exit with where a line would
        change it (``labels.reach``), and what they cost together where they go best. Kept
        until a line near them or the row's height changes."""
        row = source - 1
        tall = self.is_tall(row)
        cached = self.label_cache.get(source)
        if cached is None or cached["tall"] != tall:
            cached = self.label_cache[source] = {"tall": tall, "options": {}, "cost": None}
        exits = self.exits.get(source, [])
        options = cached["options"]
        for route in exits:
            for place in labels.places(route):
                if (route.key, place) not in options:
                    options[(route.key, place)] = labels.keep(route, place, self.index, self.symbols,
                                                              tall, self.columns)
        if cached["cost"] is None:
            found = {(i, place): options[(r.key, place)].option
                     for i, r in enumerate(exits) for place in labels.places(r)}
            cached["cost"] = labels.combine(exits, found)[0] if exits else 0.0
        return cached

    def label_cost(self, candidate: Candidate, enough: float = float("inf")) -> float:
        """What a candidate adds to the cost of the labels: its own (for a decision exit) and
        those of the decisions whose labels it moves or covers. The sum may stop once it
        reaches ``enough``."""
        tall_rows = _tall_rows(candidate)
        own = candidate.edge.source if candidate.edge.label else None
        sources = self.near_decisions(candidate.segments)
        sources |= {row + 1 for row in tall_rows if row + 1 in self.exits}
        sources.discard(own)
        added = 0.0
        for source in ([own] if own is not None else []) + sorted(sources):
            now = self._labels_now(source)
            tall = now["tall"] or (source - 1) in tall_rows
            exits = self.exits.get(source, [])
            if source == own:
                exits = sorted(exits + [candidate], key=lambda r: self.edge_order[r.edge])
            changed = source == own or tall != now["tall"]
            found = {}
            for i, route in enumerate(exits):
                for place in labels.places(route):
                    if route is candidate or tall != now["tall"]:
                        found[(i, place)] = labels.option(route, place, self.index, candidate,
                                                          self.symbols, tall, self.columns)
                        continue
                    kept = now["options"][(route.key, place)]
                    option = kept.option
                    if any(meet(segment, kept.reach) for segment in candidate.segments):
                        option = labels.with_line(kept, route, candidate, self.index,
                                                  self.symbols, tall, self.columns)
                        changed = changed or option is not kept.option
                    found[(i, place)] = option
            if changed:
                added += max(0.0, labels.combine(exits, found)[0] - now["cost"])
                if added >= enough:
                    break
        return added

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
        routes = self.index.routes
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
        if self.port_used(edge.source, route.exit):
            violations += 1
        if self.port_leaves(edge.target, route.entry):
            violations += 1
        segments = route.segments
        source, target = self.symbols[edge.source - 1], self.symbols[edge.target - 1]
        last = len(segments) - 1
        for i, segment in enumerate(segments):
            for symbol in self._symbols_hit(segment):
                if (i == 0 and symbol is source) or (i == last and symbol is target):
                    continue
                violations += 1
        if bound is not None and (violations, cost) >= bound:
            return violations, crossings
        merges: dict[int, bool] = {}
        routes = self.index.routes
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


def _tall_rows(route) -> set[int]:
    """The rows a route makes taller (``labels.tall_rows``)."""
    rows = {y // UNIT for _, y in route.points if y % UNIT != MID}
    if route.edge.label and not route.exit.is_side:
        rows.add(route.points[0][1] // UNIT)
    return rows


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
                board: Board | None = None):
    """Every route out of a port of the source, along one vertical lane, into a port of the
    target, as (least score, cost without crossings, candidate), by least score (equal ones in
    the order of the lanes, then of the ports).

    A lane's routes are made only when they can come next: every route along the lane at ``x``
    runs ``|x - source.x| + |x - target.x|`` horizontally, so that (with the lane's own cost) is
    a lower bound of their costs, and a lane waits in the heap under it until it is reached. The
    search usually stops long before the far lanes (see ``_choose``). With a ``board``, only
    valid routes are sought: the lanes it blocks between the rows of the ends
    (``Board.lane_blocked``) and the ports already in use are left out, and the lines that every
    route along a lane must cross there count in its least score."""
    heap: list[tuple[float, int, int, object]] = []
    for lane, (x, lane_cost) in enumerate(_lanes(columns)):
        least = (abs(x - source.x) + abs(x - target.x)) / UNIT + lane_cost
        heap.append((least, -2, lane, (x, lane_cost, 0)))  # a lane comes before its equal routes
    heapq.heapify(heap)
    low, high = min(source.y, target.y) + JOG, max(source.y, target.y) - JOG
    closed: tuple[set, set] = (set(), set())
    if board is not None:  # a port already in use makes a route invalid
        closed = ({port for port in Port if board.port_used(edge.source, port)},
                  {port for port in Port if board.port_leaves(edge.target, port)})
    while heap:
        least, rank, lane, item = heapq.heappop(heap)
        if rank >= 0:
            yield least, item[0], item[1]
            continue
        x, lane_cost, crossed = item
        if rank == -2 and board is not None:
            if board.lane_blocked(edge, x, low, high):
                continue
            crossed = board.index.crossing(x, low, high)
            if crossed:  # these crossings are certain: the lane waits for its least score
                heapq.heappush(heap, (least + CROSSING * crossed, -1, lane, (x, lane_cost, crossed)))
                continue
        routes = _lane_routes(edge, source, target, x, lane_cost, closed)
        for rank, (cost, candidate) in enumerate(routes):
            heapq.heappush(heap, (cost + CROSSING * crossed, lane * 9 + rank, lane, (cost, candidate)))


class Choice(NamedTuple):
    score: tuple[int, float]  # (violations, cost with crossings and labels)
    candidate: Candidate
    crossings: int
    labels: float             # what it adds to the cost of the labels


def _choose(edge: flow.Edge, board: Board, symbols: list[Symbol], columns: int,
            valid_only: bool) -> Choice | None:
    """The cheapest candidate for ``edge``: fewest violations, then the least cost with
    crossings and labels. ``valid_only``: among the candidates without any violation only (None
    if there is none), which is much faster: a candidate is dropped at its first violation, a
    blocked lane without making its routes."""
    source, target = symbols[edge.source - 1], symbols[edge.target - 1]
    best = None
    found = _candidates(edge, source, target, columns, board if valid_only else None)
    for least, cost, candidate in found:
        if best is not None and best.score[0] == 0 and least >= best.score[1]:
            break  # crossings and labels only add: nothing further down can win
        bound = best.score if best is not None else (1, float("-inf")) if valid_only else None
        violations, crossed = board.assess(candidate, cost, bound)
        if valid_only and violations:
            continue
        score = (violations, cost + CROSSING * crossed)
        if best is not None and score >= best.score:
            continue
        added = 0.0
        if not violations:  # the labels: a decision exit's own, and those it moves or covers
            enough = float("inf")
            if best is not None and best.score[0] == 0:
                enough = best.score[1] - score[1]
            added = board.label_cost(candidate, enough)
            score = (violations, score[1] + added)
        if best is None or score < best.score:
            best = Choice(score, candidate, crossed, added)
    return best


def _consecutive(edge: flow.Edge, source: Symbol, target: Symbol) -> Route:
    if source.column == target.column:
        return Route(edge, ((source.x, source.y), (target.x, target.y)), Port.BOTTOM, Port.TOP)
    return Route(edge, ((source.x, source.y), (target.x, source.y), (target.x, target.y)),
                 side(target.x, source.x), Port.TOP)


def _route_edge(edge: flow.Edge, board: Board, symbols: list[Symbol], columns: int) -> Choice:
    """The best route of an edge on the board."""
    # A valid route wins over every invalid one: look among the valid ones first, and weigh
    # the invalid ones (fewest violations) only when there is none.
    return (_choose(edge, board, symbols, columns, True)
            or _choose(edge, board, symbols, columns, False))


def _standing(found: Choice | Route, board: Board | None = None) -> tuple[int, int, float]:
    """(violations, crossings, label cost) of a chosen route, or of a route against the others
    on the board."""
    if isinstance(found, Choice):
        return found.score[0], found.crossings, round(found.labels, 6)
    violations, crossings = board.assess(found)
    return violations, crossings, round(board.label_cost(found) if not violations else 0.0, 6)


class _Changes:
    """Where the board changed, in order, so that a route's standing is taken again only where
    something changed near it: a line within reach of it or of the labels it weighs, or a row
    made taller or lower among its rows."""

    def __init__(self):
        self.log: list[tuple[tuple[int, int, int, int], set[int]]] = []

    def note(self, route: Route) -> None:
        self.log.append((route.bounds, _tall_rows(route)))

    def since(self, mark: int, route: Route) -> bool:
        x1, y1, x2, y2 = route.bounds
        reach = 2 * labels.LABEL_REACH
        near = (x1 - reach, y1 - 2 * UNIT, x2 + reach, y2 + 2 * UNIT)
        rows = range(near[1] // UNIT, near[3] // UNIT + 1)
        return any(meet(bounds, near) or any(row in rows for row in tall)
                   for bounds, tall in self.log[mark:])


def route(edges: list[flow.Edge], symbols: list[Symbol], columns: int) -> tuple[list[Route], list[str]]:
    """A route for every edge (in the order of ``edges``), and the problems: edges that could
    not be drawn without running into another line or a symbol."""
    board = Board(symbols, edges, columns)
    problems: list[str] = []
    routes: dict[flow.Edge, Route] = {}
    for edge in edges:
        if edge.target == edge.source + 1:
            found = _consecutive(edge, symbols[edge.source - 1], symbols[edge.target - 1])
            board.add(found)
            routes[edge] = found
    long_edges = sorted((e for e in edges if e.target != e.source + 1),
                        key=lambda e: (abs(e.target - e.source), e.source, e.target))
    standing: dict[flow.Edge, tuple[int, int, float]] = {}
    changes, marks = _Changes(), {}
    for edge in long_edges:
        choice = _route_edge(edge, board, symbols, columns)
        standing[edge] = _standing(choice)
        routes[edge] = choice.candidate.route()
        board.add(routes[edge])
        changes.note(routes[edge])
        marks[edge] = len(changes.log)
    # Each line was drawn knowing only the shorter ones. Draw again those whose standing the
    # lines drawn after them changed (a crossing, a label they now cover or squeeze; the others
    # would be drawn the same way again), among all the others: the new route is never worse.
    for _ in range(REPAIR_PASSES):
        changed = False
        for edge in long_edges:
            current = routes[edge]
            if not changes.since(marks[edge], current):
                continue
            board.remove(current)
            now = _standing(current, board)
            if now != standing[edge]:
                choice = _route_edge(edge, board, symbols, columns)
                found, now = choice.candidate, _standing(choice)
                if (found.points, found.exit, found.entry) != \
                        (current.points, current.exit, current.entry):
                    changed = True
                    changes.note(current)
                    current = found.route()
                    changes.note(current)
            standing[edge] = now
            board.add(current)
            routes[edge] = current
            marks[edge] = len(changes.log)
        if not changed:
            break
    for edge in long_edges:
        board.remove(routes[edge])
        violations = board.assess(routes[edge])[0]
        board.add(routes[edge])
        if violations:
            problems.append(f"garis langkah {edge.source} ke {edge.target} tidak dapat digambar "
                            "tanpa bertumpuk")
    return [routes[e] for e in edges], problems
