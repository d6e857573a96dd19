"""How good the flowchart drawings are, measured on a fixed set of charts: the test charts of
test_flowchart.py and decision-dense ones generated deterministically (scripts/synthetic_corpus.py).

For each chart: the crossings of two lines, and every decision label whose box (in the layout
model's own geometry) overlaps a line or a symbol. No label may overlap anything; the crossings
may not exceed the baseline recorded from the layout engine before it was made fast (issue 18).
Timings are measured by scripts/bench.py, never asserted here.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

import synthetic_corpus
from standar.model import flow, flowchart
from standar.model.flowchart import grid, labels, pages
from test_flowchart import SCENARIOS, eight_actors, forty_steps


# -- the charts ------------------------------------------------------------------------------

def _forty_by_eight():
    """The 40-step chart of test_print.py: 8 actors, loops and jumps across page breaks."""
    actors, _ = eight_actors()
    _, steps = forty_steps()
    for i, st in enumerate(steps):
        st["pelaksana"] = actors[(i * 3 + i // 4) % len(actors)]
    return actors, steps


def _charts() -> dict:
    """name -> function giving (pelaksana, langkah as written)."""
    charts = {f"uji-{name}": build for name, build in SCENARIOS.items()}
    charts["uji-40x8"] = _forty_by_eight
    # the chart of issue 18: 20 steps, 8 pelaksana, 7 decisions, 4 of them back to step 1 or 2
    charts["padat-20-7"] = lambda: synthetic_corpus.decision_chart(20, 8, 7, 4)
    for count, actors, decisions, back, seed in ((12, 3, 5, 2, 1), (16, 4, 8, 3, 2), (24, 6, 10, 4, 3),
                                                 (30, 9, 14, 6, 4), (40, 7, 20, 8, 5), (60, 8, 40, 12, 6)):
        charts[f"padat-{count}-{decisions}-{actors}"] = (
            lambda a=(count, actors, decisions, back, seed): synthetic_corpus.decision_chart(*a))
    # the worst case: a decision on every middle step
    charts["padat-100-98"] = lambda: synthetic_corpus.decision_chart(100, 8, 98, 20)
    for seed in range(1, 41):  # the decision-dense SOPs of the benchmark corpus (--mix dense)
        charts[f"korpus-padat-{seed}"] = lambda s=seed: synthetic_corpus.dense_chart(random.Random(s))
    return charts


CHARTS = _charts()

# (crossings, label overlaps) per chart with the original layout engine: hooks/standar/flowchart.py
# at commit c25fbe3, before it became a package and was made fast. Obtained by laying out each
# chart above with that module and measuring it with ``measure`` below (the module loaded from
# ``git show c25fbe3:hooks/standar/flowchart.py``, its private ``_label_size`` standing in for
# ``label_size``), then copied here. The engine may not draw more crossings than it did, and no
# label over a line, a symbol or another label; the stress chart, a decision on each of its 98
# middle steps, may keep some, never more than before.
BASELINE = {
    "uji-linear": (0, 0), "uji-loop_back": (0, 0), "uji-forward_jumps": (1, 0),
    "uji-eight_actors": (1, 0), "uji-forty_steps": (5, 0), "uji-40x8": (5, 0),
    "padat-20-7": (4, 0), "padat-12-5-3": (1, 1), "padat-16-8-4": (4, 4), "padat-24-10-6": (4, 0),
    "padat-30-14-9": (9, 0), "padat-40-20-7": (19, 1), "padat-60-40-8": (39, 25),
    "padat-100-98": (198, 74), "korpus-padat-1": (2, 0), "korpus-padat-2": (0, 0),
    "korpus-padat-3": (1, 0), "korpus-padat-4": (0, 0), "korpus-padat-5": (0, 0),
    "korpus-padat-6": (3, 1), "korpus-padat-7": (2, 0), "korpus-padat-8": (1, 0),
    "korpus-padat-9": (0, 0), "korpus-padat-10": (0, 0), "korpus-padat-11": (0, 0),
    "korpus-padat-12": (1, 0), "korpus-padat-13": (1, 0), "korpus-padat-14": (1, 0),
    "korpus-padat-15": (2, 1), "korpus-padat-16": (0, 0), "korpus-padat-17": (2, 2),
    "korpus-padat-18": (2, 1), "korpus-padat-19": (1, 0), "korpus-padat-20": (1, 0),
    "korpus-padat-21": (1, 0), "korpus-padat-22": (0, 0), "korpus-padat-23": (2, 1),
    "korpus-padat-24": (4, 0), "korpus-padat-25": (5, 0), "korpus-padat-26": (2, 0),
    "korpus-padat-27": (1, 0), "korpus-padat-28": (1, 0), "korpus-padat-29": (0, 0),
    "korpus-padat-30": (4, 0), "korpus-padat-31": (0, 0), "korpus-padat-32": (1, 4),
    "korpus-padat-33": (6, 1), "korpus-padat-34": (3, 0), "korpus-padat-35": (6, 0),
    "korpus-padat-36": (0, 0), "korpus-padat-37": (3, 0), "korpus-padat-38": (1, 0),
    "korpus-padat-39": (2, 2), "korpus-padat-40": (2, 0),
}
STRESS = {"padat-100-98"}


# -- measuring -------------------------------------------------------------------------------

def model() -> SimpleNamespace:
    """The names ``measure`` needs from the layout engine."""
    return SimpleNamespace(**{**vars(grid), **vars(labels), **vars(pages)})


def _segments(route) -> list[tuple[int, int, int, int]]:
    return [(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
            for a, b in zip(route.points, route.points[1:]) if a != b]


def _crossing(a, b) -> bool:
    """A horizontal and a vertical segment passing through each other (not ending on)."""
    if (a[1] == a[3]) == (b[1] == b[3]):
        return False
    h, v = (a, b) if a[1] == a[3] else (b, a)
    return h[0] < v[0] < h[2] and v[1] < h[1] < v[3]


def _through(seg, box) -> bool:
    x1, y1, x2, y2 = seg
    bx1, by1, bx2, by2 = box
    if y1 == y2:
        return by1 < y1 < by2 and max(x1, bx1) < min(x2, bx2)
    return bx1 < x1 < bx2 and max(y1, by1) < min(y2, by2)


def _overlap(a, b) -> bool:
    return max(a[0], b[0]) < min(a[2], b[2]) and max(a[1], b[1]) < min(a[3], b[3])


def label_box(layout, row: int, label, m) -> tuple[float, float, float, float]:
    """A label's box in grid units, as the model places it, in its row's final height."""
    symbol = layout.symbols[row]
    port, place = str(label.port), str(label.place)
    tall = row in layout.tall_rows
    row_em = layout.row_ems.get(row) or (m.TALL_ROW_EM if tall else m.ROW_EM)
    width, height = m.label_size(label.text, label.width)
    if port in ("left", "right"):
        side = 1 if port == "right" else -1
        start = symbol.x + side * (m.SHAPE_HALF_WIDTH + m.LABEL_GAP)
    else:
        side = 1 if place == "right" else -1
        start = symbol.x + side * m.LABEL_GAP
    h = height / row_em * m.UNIT
    y = symbol.y
    if port in ("left", "right"):
        y1 = y - m.LABEL_GAP - h if place == "above" else y + m.LABEL_GAP
    elif port == "bottom":
        y1 = y + m.DIAMOND_HALF_HEIGHT * m.ROW_EM / row_em
    else:
        y1 = y - m.DIAMOND_HALF_HEIGHT * m.ROW_EM / row_em - h
    w = width / m.actor_em(len(layout.actors)) * m.UNIT
    x1, x2 = (start, start + w) if side > 0 else (start - w, start)
    return x1, y1, x2, y1 + h


def measure(layout, m=None) -> dict:
    """crossings: pairs of segments of two lines crossing; overlaps: (label, what) for every
    label box overlapping a line, another step's symbol or another label."""
    m = m or model()
    segments = [_segments(r) for r in layout.routes]
    crossings = sum(1 for i in range(len(segments)) for j in range(i + 1, len(segments))
                    for a in segments[i] for b in segments[j] if _crossing(a, b))
    overlaps, boxes = [], []
    for row, symbol in enumerate(layout.symbols):
        for label in layout.labels(row):
            box = label_box(layout, row, label, m)
            boxes.append((label.key, box))
            for route, segs in zip(layout.routes, segments):
                if any(_through(s, box) for s in segs):
                    overlaps.append((label.key, f"line {route.key}"))
            for other in layout.symbols:
                if other is not symbol and _overlap(box, other.box):
                    overlaps.append((label.key, f"symbol {other.step.number}"))
    for i, (key, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1:]:
            if _overlap(box, other_box):
                overlaps.append((key, f"label {other}"))
    return {"crossings": crossings, "overlaps": overlaps}


def lay_out(name: str):
    actors, raw = CHARTS[name]()
    assert flow.problems(raw) == [], name
    return flowchart.layout(flow.build_steps(raw), actors)


# -- the tests -------------------------------------------------------------------------------

def test_every_chart_has_a_baseline():
    assert set(BASELINE) == set(CHARTS)


@pytest.mark.parametrize("name", CHARTS)
def test_no_label_overlaps_and_no_more_crossings_than_before(name):
    layout = lay_out(name)
    assert layout.problems == [], name
    found = measure(layout)
    crossings, overlaps = BASELINE[name]
    assert found["crossings"] <= crossings, (name, found["crossings"])
    if name in STRESS:
        assert len(found["overlaps"]) <= overlaps, (name, found["overlaps"])
    else:
        assert found["overlaps"] == [], (name, found["overlaps"])


def test_the_measure_finds_crossings_and_overlaps():
    """The measure itself: a line through another is a crossing, one ending on it is not; a
    label box under a line overlaps it."""
    across, down, ending = (0, 500, 2000, 500), (1500, 0, 1500, 1000), (2000, 0, 2000, 500)
    assert _crossing(across, down) and not _crossing(across, ending)
    assert _through(down, (1400, 300, 1600, 400)) and not _through(down, (1600, 300, 1800, 400))
