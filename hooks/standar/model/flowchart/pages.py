"""Printing the flowchart on A4: row heights, page breaks and off-page connectors.

The rows are cut into A4 pages (heights estimated from the text lengths, a little generously)
by dynamic programming: fewest pages, then full pages and few lines crossing the cuts. Every
line crossing a cut gets an off-page connector pair (pentagon) with one letter: A, B, ...
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import flow
from .grid import COLUMN_EM, LANDSCAPE_ABOVE, UNIT, Piece, Route, Symbol, actor_em, column_ems, wrapped

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
        return sum(wrapped(text, per_line) for text in texts if text)


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


def branch_text(step: flow.Step, labels: dict | None = None) -> str:
    """The exits of a decision or a jump, as text for the Kegiatan column; ``labels``: the
    steps' numbers as the sheet prints them ("2.b"), when not their plain numbers."""
    def name(number: int):
        return (labels or {}).get(number, number)

    if step.keputusan:
        k = step.keputusan

        def exit_(answer, custom):  # "Ya (lengkap)": the qualifier in brackets before the colon
            label = flow.answer_label(answer, custom)
            return label.replace(": ", " (", 1) + ")" if ": " in label else label
        return (f"{exit_('Ya', k.get('label_ya'))}: ke langkah {name(k['ya'])}; "
                f"{exit_('Tidak', k.get('label_tidak'))}: ke langkah {name(k['tidak'])}")
    if step.ke:
        return f"Lanjut ke langkah {name(step.ke)}"
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


def letter(index: int) -> str:
    """The letter of the ``index``-th connector: A, B, ..., Z, AA, AB, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def paginate(actors: list[str], symbols: list[Symbol], routes: list[Route], tall_rows: set[int],
             row_ems: dict[int, float], title: str = "", safety: float = 0.97) -> list[Chunk]:
    """The rows cut into pages, each cut with its connectors."""
    landscape = len(actors) > LANDSCAPE_ABOVE
    page = PrintPage(landscape, len(actors))
    heights = [row_height(page, s.step, s.row in tall_rows, row_ems.get(s.row, 0.0)) for s in symbols]
    font = page.font_px
    budget = (page.height_px - header_height(page, actors, title)) * safety
    connector = CONNECTOR_ROW_EM * font
    footer = FOOTER_MM * MM
    count = len(heights)

    cut = [len(crossings(routes, row)) for row in range(count + 1)]
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
        for x, keys in crossings(routes, b):
            items.append(Connector(letter(letters), x, keys))
            letters += 1
        cuts.append(tuple(items))
    bounds = [0] + breaks + [count]
    return [Chunk(a, z, incoming=cuts[i - 1] if i else (), outgoing=cuts[i] if i < len(breaks) else ())
            for i, (a, z) in enumerate(zip(bounds, bounds[1:]))]


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
