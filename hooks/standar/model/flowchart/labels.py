"""Decision labels (*Ya* / *Tidak*) and the rows they make taller.

A decision exit's label goes beside the exit: above or below a side exit's line, right or left
of a top or bottom exit's line. Both labels of a decision are placed together where they cost
least (``combine``): a line through a label costs ``LINE_HIT`` (and the length it covers), a
symbol or another label under it ``SYMBOL_HIT``, leaving its row or the actor columns a little.
Each wraps to the free room beside its exit (never narrower than its longest word), and a row
grows (``row_ems``) when a label needs the height.

The router weighs every candidate line by what it does to the labels near it, so it keeps an
option of each label (``keep``) with the region where a line could change it (``reach``), and
works out the option with one more line (``with_line``) instead of making it again.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass
from typing import NamedTuple

from .grid import MID, UNIT, Port, Route, Seg, SegmentIndex, Symbol, actor_em, meet, wrapped

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
DIAMOND_HALF_HEIGHT = 265        # a label under a diamond starts this far below the middle (normal
                                 # row): 90 % down the symbol box (sop-lembar.css), clear of the tip
LABEL_GAP = 30
LINE_HIT = 4.0                   # a line through a label costs this, beside the length it covers
SYMBOL_HIT = 10                  # a symbol or another label under a label
LABEL_REACH = 1500               # no label reaches further than this from its symbol's centre


class Place(enum.StrEnum):
    """Where a label stands against its exit's line (the stylesheet's ``sop-label--...``)."""

    ABOVE = "above"
    BELOW = "below"
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True)
class Label:
    """A decision exit's label, written beside the exit ``port`` of the decision: ``place`` is
    above/below a side exit's line, right/left of a top or bottom exit's line."""

    key: str
    text: str
    port: Port
    place: Place
    width: float = 7.5  # wraps at this width, in em of its own font


class LabelOption(NamedTuple):
    """A label at one place: what it costs there, its box in grid units and its wrap width."""

    cost: float
    place: Place
    box: tuple[float, float, float, float]
    width: float


def tall_rows(routes: list[Route]) -> set[int]:
    """Rows that need room: a line turns near their border, or a decision's label goes under
    (or over) it."""
    rows = set()
    for route in routes:
        for x, y in route.points:
            if y % UNIT != MID:
                rows.add(y // UNIT)
        if route.edge.label and not route.exit.is_side:
            rows.add(route.points[0][1] // UNIT)
    return rows


def label_size(text: str, width: float) -> tuple[float, float]:
    """Width and height in em of the table's font of a label wrapped at ``width`` (label em)."""
    per_line = max(1, int(width / LABEL_CHAR_EM))
    lines = wrapped(text, per_line)
    return min(len(text), per_line) * LABEL_CHAR_EM * LABEL_EM, lines * LABEL_LINE_EM * LABEL_EM


def _anchor(symbol: Symbol, port: Port, place: Place) -> tuple[int, int]:
    """The x where a label starts and the direction it grows in (+1 right, -1 left)."""
    if port.is_side:
        side = 1 if port == Port.RIGHT else -1
        return symbol.x + side * (SHAPE_HALF_WIDTH + LABEL_GAP), side
    side = 1 if place == Place.RIGHT else -1
    return symbol.x + side * LABEL_GAP, side


def row_em_for(port: Port, height: float, tall: bool) -> float:
    """A row's height in em: its minimum, or more where a label needs it (``row_ems``)."""
    needed = 2 * (LABEL_OFFSET_EM[not port.is_side] + height) + 0.2
    return max(TALL_ROW_EM if tall else ROW_EM, round(needed, 1))


def _band(symbol: Symbol, port: Port, place: Place, height: float, tall: bool):
    """The rows a label covers, in grid units; its row grows to hold it (``row_ems``)."""
    row_em = row_em_for(port, height, tall)
    h = height / row_em * UNIT
    y = symbol.y
    if port.is_side:
        if place == Place.ABOVE:
            return y - LABEL_GAP - h, y - LABEL_GAP
        return y + LABEL_GAP, y + LABEL_GAP + h
    vertex = DIAMOND_HALF_HEIGHT * ROW_EM / row_em
    if port == Port.BOTTOM:
        return y + vertex, y + vertex + h
    return y - vertex - h, y - vertex


def _room(start: int, side: int, band, index: SegmentIndex, extra: Route | None, own: Route,
          symbols: list[Symbol], columns: int) -> float:
    """Free width, in grid units, from ``start`` towards ``side`` within the rows of ``band``:
    up to the nearest line or symbol (the label's own line excepted)."""
    room = float(columns * UNIT - start if side > 0 else start)
    y1, y2 = band
    order = index.position.get(id(own))
    distance = index.nearest_vertical(start, side, y1, y2, None if order is None else (order, 0))
    if distance is not None:
        room = min(room, distance - LABEL_GAP)
    if extra is not None:
        for i, (sx1, sy1, sx2, sy2) in enumerate(extra.segments):
            if (extra is own and i == 0) or sx1 != sx2 or sy2 <= y1 or sy1 >= y2:
                continue
            distance = (sx1 - start) * side
            if distance > 0:
                room = min(room, distance - LABEL_GAP)
    own_symbol = symbols[own.edge.source - 1]
    for symbol in _near_rows(symbols, y1, y2):
        x1, by1, x2, by2 = symbol.box
        if symbol is own_symbol or by2 <= y1 or by1 >= y2:
            continue
        distance = (x1 - start) if side > 0 else (start - x2)
        if distance > 0:
            room = min(room, distance - LABEL_GAP)
    return max(room, 0.0)


def _near_rows(symbols: list[Symbol], y1: float, y2: float) -> list[Symbol]:
    """The symbols (one per row, in row order) whose rows may reach into y1..y2."""
    return symbols[max(0, int(y1) // UNIT - 1): max(0, int(y2) // UNIT + 2)]


def _cost(box, index: SegmentIndex, extra: Route | None, own: Route, symbols: list[Symbol],
          columns: int) -> float:
    """What a label in ``box`` costs: every line through it (and the length it covers), every
    symbol it covers, and leaving its row or the actor columns."""
    x1, y1, x2, y2 = box
    order = index.position.get(id(own))  # (the first segment of its own line runs beside it)
    lines = [s for o, i, s in index.through(box) if not (o == order and i == 0)]
    if extra is not None:
        lines += [s for i, s in enumerate(extra.segments) if not (extra is own and i == 0)]
    cost = _lines_over(box, lines, 0.0)
    own_symbol = symbols[own.edge.source - 1]  # the label stands beside it, clear of its shape
    for symbol in _near_rows(symbols, y1, y2):
        if symbol is not own_symbol and _overlap(box, symbol.box):
            cost += SYMBOL_HIT
    row = (own.points[0][1] // UNIT) * UNIT
    cost += 2 * (max(0.0, row - y1) + max(0.0, y2 - row - UNIT)) / UNIT  # out of its row
    cost += 3 * (max(0.0, -x1) + max(0.0, x2 - columns * UNIT)) / UNIT   # out of the actors
    return cost


def _lines_over(box, segments, cost: float) -> float:
    """``cost`` plus what the lines through ``box`` add: each one, and the length it covers
    (added one by one, in order: the same sums as before, so the same choices)."""
    x1, y1, x2, y2 = box
    for sx1, sy1, sx2, sy2 in segments:
        if sy1 == sy2 and y1 < sy1 < y2:
            covered = min(x2, sx2) - max(x1, sx1)
        elif sx1 == sx2 and x1 < sx1 < x2:
            covered = min(y2, sy2) - max(y1, sy1)
        else:
            continue
        if covered > 0:
            cost += LINE_HIT + covered / UNIT
    return cost


def _overlap(a, b) -> bool:
    return max(a[0], b[0]) < min(a[2], b[2]) and max(a[1], b[1]) < min(a[3], b[3])


def option(route: Route, place: Place, index: SegmentIndex, extra: Route | None,
           symbols: list[Symbol], tall: bool, columns: int) -> LabelOption:
    """A decision exit's label at one place, among the routes of ``index`` and ``extra``."""
    return _option(route, place, index, extra, symbols, tall, columns)[0]


def _option(route: Route, place: Place, index: SegmentIndex, extra: Route | None,
            symbols: list[Symbol], tall: bool, columns: int) -> tuple[LabelOption, float, tuple]:
    """``option``, with the room it had and the band in which lines take room from it."""
    symbol = symbols[route.edge.source - 1]
    start, side = _anchor(symbol, route.exit, place)
    band = _band(symbol, route.exit, place, label_size(route.edge.label, LABEL_WIDTH_EM)[1], tall)
    room = _room(start, side, band, index, extra, route, symbols, columns)
    found = _in_room(route, place, room, start, side, index, extra, symbols, tall, columns)
    return found, room, (start, side, band)


def _in_room(route: Route, place: Place, room: float, start: int, side: int, index: SegmentIndex,
             extra: Route | None, symbols: list[Symbol], tall: bool, columns: int) -> LabelOption:
    """A label wrapped to the ``room`` it has, its box and what it costs there."""
    text = route.edge.label
    room_em = room / UNIT * actor_em(columns) / LABEL_EM
    longest = max(len(word) for word in text.split()) * LABEL_CHAR_EM
    width = max(longest, LABEL_MIN_EM, min(LABEL_WIDTH_EM, room_em))
    w, h = label_size(text, width)
    y1, y2 = _band(symbols[route.edge.source - 1], route.exit, place, h, tall)
    w = w / actor_em(columns) * UNIT
    box = (start, y1, start + w, y2) if side > 0 else (start - w, y1, start, y2)
    return LabelOption(_cost(box, index, extra, route, symbols, columns), place, box, round(width, 1))


class Kept(NamedTuple):
    """A label option kept while lines are tried around it (``with_line``)."""

    option: LabelOption
    room: float
    anchor: tuple  # (start, side, band) as in _option
    reach: Seg     # see ``reach``
    across: dict   # x -> the option with one vertical line at x across all of ``reach``


def keep(route: Route, place: Place, index: SegmentIndex, symbols: list[Symbol], tall: bool,
         columns: int) -> Kept:
    """The option of a route's label at ``place`` on the routes of ``index``, kept."""
    found, room, anchor = _option(route, place, index, None, symbols, tall, columns)
    return Kept(found, room, anchor, reach(route, place, symbols, tall, columns), {})


def with_line(kept: Kept, route: Route, line: Route, index: SegmentIndex, symbols: list[Symbol],
              tall: bool, columns: int) -> LabelOption:
    """A kept option of ``route``'s label with one more line on the board (not its own): the
    same where the line passes by, costing more where it runs through the label, narrowed
    where it takes room from it."""
    _, ry1, _, ry2 = kept.reach
    near = [s for s in line.segments if meet(s, kept.reach)]
    if len(near) == 1 and near[0][0] == near[0][2] and near[0][1] <= ry1 and near[0][3] >= ry2:
        x = near[0][0]  # most lines pass a label by as one vertical stretch: the same for any
        if x not in kept.across:  # line along that lane
            kept.across[x] = _with_line(kept, route, line, index, symbols, tall, columns)
        return kept.across[x]
    return _with_line(kept, route, line, index, symbols, tall, columns)


def _with_line(kept: Kept, route: Route, line: Route, index: SegmentIndex, symbols: list[Symbol],
               tall: bool, columns: int) -> LabelOption:
    start, side, (y1, y2) = kept.anchor
    room = kept.room
    for sx1, sy1, sx2, sy2 in line.segments:
        if sx1 == sx2 and sy2 > y1 and sy1 < y2:
            distance = (sx1 - start) * side
            if distance > 0:
                room = min(room, distance - LABEL_GAP)
    room = max(room, 0.0)
    if room != kept.room:
        return _in_room(route, kept.option.place, room, start, side, index, line, symbols, tall,
                        columns)
    found = kept.option
    cost = _lines_over(found.box, line.segments, found.cost)
    return found if cost == found.cost else found._replace(cost=cost)


def reach(route: Route, place: Place, symbols: list[Symbol], tall: bool, columns: int) -> Seg:
    """Where a line can change a label at ``place``: narrow it (a vertical line beside it, up to
    its full width) or cross it (the box at any width it may wrap to). A line elsewhere leaves
    the label's option as it is."""
    text = route.edge.label
    symbol = symbols[route.edge.source - 1]
    start, side = _anchor(symbol, route.exit, place)
    longest = max(len(word) for word in text.split()) * LABEL_CHAR_EM
    narrowest = max(longest, LABEL_MIN_EM)
    height = max(label_size(text, narrowest)[1], label_size(text, LABEL_WIDTH_EM)[1])
    y1, y2 = _band(symbol, route.exit, place, height, tall)
    far = start + side * (max(LABEL_WIDTH_EM, longest) * LABEL_EM / actor_em(columns) * UNIT
                          + 2 * LABEL_GAP)
    return (min(start, far), y1, max(start, far), y2)


def places(route: Route) -> tuple[Place, Place]:
    """The two places of a route's label, the preferred one first."""
    return _BESIDE if route.exit.is_side else _UNDER


_BESIDE, _UNDER = (Place.ABOVE, Place.BELOW), (Place.RIGHT, Place.LEFT)


def combine(exits: list[Route], options: dict[tuple[int, Place], LabelOption],
            placed: list = ()) -> tuple[float, list[LabelOption]]:
    """The best places for the labels of one decision's exits, together, from the ``options``
    of each exit (by its position in ``exits``) at each place: (total cost, an option per exit).
    A label covering another one (of this decision or in ``placed``) costs as much as one
    covering a symbol."""
    best = None
    for chosen_places in itertools.product(*(places(r) for r in exits)):
        chosen, boxes, total = [], list(placed), 0.0
        for i, (route, place) in enumerate(zip(exits, chosen_places)):
            found = options[(i, place)]
            total += found.cost + 0.01 * places(route).index(place)
            total += SYMBOL_HIT * sum(1 for box in boxes if _overlap(found.box, box))
            chosen.append(found)
            boxes.append(found.box)
        if best is None or total < best[0]:
            best = (total, chosen)
    return best


def combination(exits: list[Route], index: SegmentIndex, extra: Route | None,
                symbols: list[Symbol], tall: bool, columns: int,
                placed: list = ()) -> tuple[float, list[LabelOption]]:
    """The best places for the labels of one decision's exits among the routes of ``index``
    and ``extra`` (see ``combine``)."""
    options = {(i, place): option(route, place, index, extra, symbols, tall, columns)
               for i, route in enumerate(exits) for place in places(route)}
    return combine(exits, options, placed)


def place_labels(routes: list[Route], symbols: list[Symbol], tall: set[int],
                 columns: int) -> tuple[dict[str, Label], dict[int, float]]:
    """Put each decision's labels where together they cover the fewest lines, symbols and
    other labels, each narrowed to the free room beside its exit (but never below its longest
    word). Returns the labels by edge key, and the height in em of every row whose label is
    taller than its half (``row_ems``)."""
    labels: dict[str, Label] = {}
    row_ems: dict[int, float] = {}
    placed: list[Seg] = []
    index = SegmentIndex(routes)
    exits: dict[int, list[Route]] = {}
    for route in routes:
        if route.edge.label:
            exits.setdefault(route.edge.source, []).append(route)
    for source, mine in exits.items():
        row = symbols[source - 1].row
        is_tall = row in tall
        _, chosen = combination(mine, index, None, symbols, is_tall, columns, placed)
        for route, found in zip(mine, chosen):
            labels[route.key] = Label(route.key, route.edge.label, route.exit, found.place, found.width)
            placed.append(found.box)
            needed = row_em_for(route.exit, label_size(route.edge.label, found.width)[1], is_tall)
            if needed > (TALL_ROW_EM if is_tall else ROW_EM):
                row_ems[row] = max(row_ems.get(row, 0.0), needed)
    return labels, row_ems
