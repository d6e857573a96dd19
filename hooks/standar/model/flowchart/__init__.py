"""Layout of the SOP AP flowchart (*diagram alir*): a pure model, no HTML.

The official flowchart is a table: one row per step, one column per actor (*pelaksana*). Row
heights depend on how the Kegiatan text wraps, which only the reader's browser knows, so the
drawing is made per cell: each actor cell holds the pieces of line that cross it, given in
percent of the cell, and the symbol of its step centred in it (``templates/sop_bagan.html``
draws them). This package decides where every line runs:

* ``grid``: units, ports, symbols, routes, the geometry of segments and the pieces per cell;
* ``routing``: a route for every edge, out of a port, along a lane, into a port;
* ``labels``: where the *Ya* / *Tidak* labels of the decisions go, and the rows they grow;
* ``pages``: the rows cut into A4 pages, with off-page connectors at the cuts.

``layout`` runs them in that order and returns a ``Layout``, a plain result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .. import flow
from . import labels as _labels
from . import pages as _pages
from . import routing as _routing
from .grid import (JOG, LANDSCAPE_ABOVE, MID, SIDE_SLOTS, SYMBOL_HALF_HEIGHT, SYMBOL_HALF_WIDTH,
                   UNIT, Piece, Port, Route, Symbol, actor_em, cells, column_ems)
from .labels import Label, LabelOption, Place
from .pages import (Chunk, Connector, PrintPage, branch_text, connector_pieces, crossings, letter,
                    paginate, row_height)

__all__ = ["JOG", "LANDSCAPE_ABOVE", "MID", "SIDE_SLOTS", "SYMBOL_HALF_HEIGHT", "SYMBOL_HALF_WIDTH",
           "UNIT", "Chunk", "Connector", "Label", "LabelOption", "Layout", "Piece", "Place", "Port",
           "PrintPage", "Route", "Symbol", "actor_em", "branch_text", "column_ems",
           "connector_pieces", "crossings", "layout", "letter", "paginate", "row_height"]


@dataclass(frozen=True)
class Layout:
    """Where everything of one flowchart goes: what ``layout`` computed, nothing more."""

    actors: list[str]
    symbols: list[Symbol]
    routes: list[Route]
    problems: list[str] = field(default_factory=list)
    exit_labels: dict[str, Label] = field(default_factory=dict)  # by edge key
    tall_rows: set[int] = field(default_factory=set)  # rows drawn taller (a turn, a label below)
    row_ems: dict[int, float] = field(default_factory=dict)  # rows a label makes taller, in em
    chunks: list[Chunk] = field(default_factory=list)  # print pages

    @property
    def landscape(self) -> bool:
        return len(self.actors) > LANDSCAPE_ABOVE

    @cached_property
    def _cells(self) -> dict[tuple[int, int], list[Piece]]:
        return cells(self.routes)

    def pieces(self, row: int, column: int) -> list[Piece]:
        return self._cells.get((row, column), [])

    @cached_property
    def _by_step(self) -> tuple[dict[int, list[Label]], dict[int, list[tuple[str, Port]]]]:
        labels: dict[int, list[Label]] = {}
        arrows: dict[int, list[tuple[str, Port]]] = {}
        for r in self.routes:
            if r.key in self.exit_labels:
                labels.setdefault(r.edge.source, []).append(self.exit_labels[r.key])
            arrows.setdefault(r.edge.target, []).append((r.key, r.entry))
        return labels, arrows

    def labels(self, row: int) -> list[Label]:
        """The labels of the exits of this row's decision."""
        return self._by_step[0].get(self.symbols[row].step.number, [])

    def arrows(self, row: int) -> list[tuple[str, Port]]:
        """(edge key, port) of every edge ending at this row's symbol."""
        return self._by_step[1].get(self.symbols[row].step.number, [])

    def column_widths(self, mutu_baku: bool = True) -> list[float]:
        """Percent widths of No, Kegiatan, each actor, Kelengkapan, Waktu, Output, Keterangan
        (the last four left out of a diagram without Mutu Baku: an SPO's diagram alir)."""
        ems = column_ems(len(self.actors))
        if not mutu_baku:
            ems = ems[:-4]
        total = sum(ems)
        return [round(100 * em / total, 3) for em in ems]

    def width_em(self, mutu_baku: bool = True) -> float:
        """The table's width in column ems, with or without the Mutu Baku columns."""
        ems = column_ems(len(self.actors))
        return round(sum(ems if mutu_baku else ems[:-4]), 2)


def layout(steps: list[flow.Step], actors: list[str], title: str = "") -> Layout:
    """Place every symbol, route every edge, place the decision labels, size the rows and cut
    them into print pages."""
    columns = {name: i for i, name in enumerate(actors)}
    symbols = [Symbol(step, step.number - 1, columns[step.pelaksana]) for step in steps]
    routes, problems = _routing.route(flow.edges(steps), symbols, len(actors))
    tall = _labels.tall_rows(routes)
    exit_labels, row_ems = _labels.place_labels(routes, symbols, tall, len(actors))
    chunks = _pages.paginate(actors, symbols, routes, tall, row_ems, title)
    return Layout(actors=list(actors), symbols=symbols, routes=routes, problems=problems,
                  exit_labels=exit_labels, tall_rows=tall, row_ems=row_ems, chunks=chunks)
