"""Drawing the official sheets: what the identity and flowchart templates call beyond the
standard itself (template globals, see :mod:`standar.publish.render`): the flowchart layout,
SVG path data, arrow heads, and the QR code of the canonical address (segno, drawn as SVG at
build time: no network, no script)."""

from __future__ import annotations

import segno
from markupsafe import Markup, escape

from ..model import flow, flowchart
from ..model.flowchart import Port

# The symbols are drawn in an 80 x 48 box centred in their cell (sop-lembar.css sizes the box).
# Shapes: 60 wide (x 10..70); rectangle and capsule 24 high (y 12..36), diamond 34 (y 7..41).
CENTRE, MIDDLE = 40, 24
SHAPE_X = {Port.LEFT: 10, Port.RIGHT: 70}
SHAPE_Y = {Port.TOP: {"keputusan": 7}, Port.BOTTOM: {"keputusan": 41}}
RECT_Y = {Port.TOP: 12, Port.BOTTOM: 36}
OUTWARD = {Port.LEFT: (-1, 0), Port.RIGHT: (1, 0), Port.TOP: (0, -1), Port.BOTTOM: (0, 1)}
ARROW, ARROW_HALF = 8, 4


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def path_data(points) -> str:
    """SVG path data of a polyline given in percent of its cell: ``M50 0V50H100``."""
    (x0, y0), *rest = points
    parts = [f"M{_number(x0)} {_number(y0)}"]
    x, y = x0, y0
    for nx, ny in rest:
        parts.append(f"V{_number(ny)}" if nx == x else f"H{_number(nx)}")
        x, y = nx, ny
    return "".join(parts)


def arrow_points(port: Port | str, symbol: str) -> str:
    """An arrow head whose tip touches the symbol at ``port``, in the symbol's 80 x 48 box."""
    port = Port(port)
    if port.is_side:
        tip = (SHAPE_X[port], MIDDLE)
    else:
        tip = (CENTRE, SHAPE_Y[port].get(symbol, RECT_Y[port]))
    dx, dy = OUTWARD[port]
    back = (tip[0] + ARROW * dx, tip[1] + ARROW * dy)  # the base, across the line
    across = (ARROW_HALF * abs(dy), ARROW_HALF * abs(dx))
    base = [(back[0] - across[0], back[1] - across[1]), (back[0] + across[0], back[1] + across[1])]
    return " ".join(f"{_number(x)},{_number(y)}" for x, y in [tip, *base])


def breakable(url: str) -> Markup:
    """A long address that may wrap after its slashes."""
    return Markup("/<wbr>").join(escape(part) for part in url.split("/"))


# Every mask gives a valid code; trying all eight for the best score (segno's default) was a
# third of the time of rendering a sheet. 7 is the one segno picks for most portal addresses.
QR_MASK = 7


def qr_svg(url: str) -> Markup:
    code = segno.make(url, error="m", micro=False, mask=QR_MASK)
    svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="sop-qr-kode", lineclass=None,
                          dark="#000000", light="#ffffff",
                          title=f"Kode QR menuju versi terbaru: {url}")
    return Markup(svg.replace("<svg ", '<svg role="img" ', 1))


def describe(step, edges, labels: dict | None = None) -> tuple[str, str]:
    """Title and description of a step's symbol for assistive technology; ``labels``: the
    steps' numbers as printed ("2.b")."""
    labels = labels or {}
    kind = {"terminator": "mulai" if step.number == 1 else "selesai", "proses": "proses",
            "keputusan": "keputusan"}[step.symbol]
    by = f" oleh {step.pelaksana}" if step.pelaksana and step.pelaksana != "-" else ""
    title = f"Langkah {labels.get(step.number, step.number)}, {kind}{by}"
    out = [e for e in edges if e.source == step.number]
    if not out:
        return title, "Akhir prosedur"
    if step.keputusan:
        return title, ", ".join(f"{e.label} ke langkah {labels.get(e.target, e.target)}" for e in out)
    return title, f"Lanjut ke langkah {labels.get(out[0].target, out[0].target)}"


def step_time(text: str | None) -> str:
    """A step's time as the Waktu column shows it; a schedule marked as one."""
    plan = flow.schedule(text)
    if plan is not None:
        return f"{plan} (jadwal)"
    return text or ""


GLOBALS = {"waktu": step_time, "d": path_data, "panah": arrow_points, "uraian": describe,
           "cabang": flowchart.branch_text, "sambungan": flowchart.connector_pieces,
           "qr": qr_svg, "tautan_pecah": breakable}
