"""Charts drawn at build time as inline SVG: no JavaScript, no library at view time, and they
print (SVG fills print where CSS backgrounds may not).

Every chart is ``role="img"`` with a ``<title>`` (its accessible name, in words and numbers);
callers give the id of the table that holds the same figures (``aria-describedby``). Every
value drawn is also in a ``data-*`` attribute, so tests can compare charts with the sources.
Output is deterministic: same input, same bytes. Colours meet WCAG AA: text 4.5:1, bars and
outlines 3:1 against white; filled and empty differ by shape (solid vs outline), not colour
alone.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ..model.capaian import TARGET
from ..model.formatting import nilai_data
from ..model.formatting import persen as teks_persen

INK = "#1d2624"       # text, 15:1 on white
MUTED = "#4f5b57"     # axis labels, 7:1
BAR = "#0b5d4b"       # the portal's primary colour, 7.9:1; white text on it 7.9:1
TRACK = "#eef2f1"     # the empty part of a bar, outlined by EDGE
EDGE = "#6b7773"      # 4.7:1 against white
TARGET_INK = "#8a4b00"  # the 100 % target, 6.5:1
GRID = "#d5dcda"      # decorative gridlines (the values are written out)


def _n(value: float) -> str:
    """A coordinate, deterministic and short: 12.5, 40, 0.33."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _svg(width: float, height: float, label: str, css: str, extra: str = "", body: str = "",
         description: str = "", id_prefix: str = "") -> Markup:
    title_id = f' id="{id_prefix}-judul"' if id_prefix else ""
    desc = ""
    labelled = f' aria-labelledby="{id_prefix}-judul"' if id_prefix else f' aria-label="{escape(label)}"'
    if description:
        desc = f'<desc id="{id_prefix}-uraian">{escape(description)}</desc>' if id_prefix else \
            f"<desc>{escape(description)}</desc>"
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="{_n(width)}" height="{_n(height)}" role="img"{labelled}{extra} focusable="false">'
        f"<title{title_id}>{escape(label)}</title>{desc}{body}</svg>")


def batang(nilai: float | None, judul: str = "Capaian", lebar: float = 120, tinggi: float = 14) -> Markup:
    """A horizontal bar from 0 to ``nilai`` % on a track that ends at the 100 % target."""
    label = f"{judul}: {teks_persen(nilai)} dari target 100%" if nilai is not None \
        else f"{judul}: tidak ada persentase"
    inner = lebar - 3
    top, height = 2.5, tinggi - 5
    parts = [f'<rect x="0.5" y="{_n(top)}" width="{_n(inner)}" height="{_n(height)}" fill="{TRACK}" '
             f'stroke="{EDGE}" stroke-width="1"/>']
    if nilai is not None and nilai > 0:
        width = inner * min(nilai, TARGET) / TARGET
        parts.append(f'<rect class="spm-batang-isi" x="0.5" y="{_n(top)}" width="{_n(width)}" '
                     f'height="{_n(height)}" fill="{BAR}"/>')
    parts.append(f'<line x1="{_n(lebar - 1.5)}" y1="0" x2="{_n(lebar - 1.5)}" y2="{_n(tinggi)}" '
                 f'stroke="{TARGET_INK}" stroke-width="2"/>')
    return _svg(lebar, tinggi, label, "spm-batang", f' data-nilai="{nilai_data(nilai)}"', "".join(parts))


def segmen(terisi: list[bool], judul: str, grup: list[int] | None = None, sel: float = 12,
           celah: float = 2, celah_grup: float = 8, tinggi: float = 14, describedby: str = "") -> Markup:
    """One cell per service, solid when it has a standard, outlined when not; ``grup`` gives the
    sizes of groups (bidang) separated by a wider gap."""
    groups = grup or [len(terisi)]
    parts, x, index = [], 0.5, 0
    for g, size in enumerate(groups):
        for _ in range(size):
            filled = terisi[index]
            parts.append(f'<rect x="{_n(x)}" y="0.5" width="{_n(sel - 1)}" height="{_n(tinggi - 1)}" '
                         f'fill="{BAR if filled else "#ffffff"}" stroke="{BAR if filled else EDGE}" '
                         f'stroke-width="1"/>')
            x += sel - 1 + celah
            index += 1
        if g < len(groups) - 1:
            x += celah_grup - celah
    width = x - celah + 0.5
    extra = f' data-terbit="{sum(terisi)}" data-jumlah="{len(terisi)}"'
    if describedby:
        extra += f' aria-describedby="{escape(describedby)}"'
    return _svg(width, tinggi, judul, "spm-segmen", extra, "".join(parts))


def grafik_tahunan(rows, id_prefix: str, judul: str, describedby: str = "") -> Markup:
    """Columns of capaian penerima per year against the 100 % target line. Every year from the
    first to the last has a slot: a year without figures is labelled, never left out silently.
    ``rows``: :class:`standar.kinds.spm.coverage.Tahunan`, oldest first."""
    by_year = {r.tahun: r for r in rows}
    years = list(range(min(by_year), max(by_year) + 1)) if by_year else []
    width, height = 360.0, 210.0
    left, right, top, bottom = 44.0, 8.0, 24.0, 28.0
    plot_w, plot_h = width - left - right, height - top - bottom
    base = top + plot_h
    compact = len(years) > 6
    size = 13 if not compact else 10

    def y(value: float) -> float:
        return top + plot_h * (1 - value / TARGET)

    parts = []
    for tick in (0, 25, 50, 75):
        parts.append(f'<line x1="{_n(left)}" y1="{_n(y(tick))}" x2="{_n(width - right)}" y2="{_n(y(tick))}" '
                     f'stroke="{GRID if tick else EDGE}" stroke-width="1"/>')
    for tick in (0, 50, 100):
        parts.append(f'<text x="{_n(left - 5)}" y="{_n(y(tick) + 4)}" text-anchor="end" font-size="13" '
                     f'fill="{MUTED}">{tick}%</text>')
    parts.append(f'<line x1="{_n(left)}" y1="{_n(y(TARGET))}" x2="{_n(width - right)}" y2="{_n(y(TARGET))}" '
                 f'stroke="{TARGET_INK}" stroke-width="2" stroke-dasharray="6 4"/>')
    parts.append(f'<text x="{_n(width - right)}" y="{_n(y(TARGET) - 6)}" text-anchor="end" font-size="13" '
                 f'fill="{TARGET_INK}">Target 100%</text>')
    slot = plot_w / max(len(years), 1)
    column = min(44.0, slot * 0.62)
    words = []
    for i, year in enumerate(years):
        cx = left + slot * (i + 0.5)
        row = by_year.get(year)
        parts.append(f'<text x="{_n(cx)}" y="{_n(height - 8)}" text-anchor="middle" font-size="{size}" '
                     f'fill="{INK}">{year}</text>')
        if row is None or row.persen_penerima is None:
            note = "tidak ada data" if row is None else "tanpa sasaran" if row.sasaran == 0 else "lihat tabel"
            parts.append(f'<text x="{_n(cx)}" y="{_n(base - 6)}" text-anchor="middle" font-size="11" '
                         f'fill="{MUTED}" data-tahun="{year}" data-nilai="">{note}</text>')
            words.append(f"{year}: {note}")
            continue
        value = row.persen_penerima
        shown = teks_persen(value)
        label = shown if not compact else shown.replace("%", "")
        h = plot_h * min(value, TARGET) / TARGET
        parts.append(f'<rect class="spm-kolom" x="{_n(cx - column / 2)}" y="{_n(base - h)}" '
                     f'width="{_n(column)}" height="{_n(h)}" fill="{BAR}" data-tahun="{year}" '
                     f'data-nilai="{nilai_data(value)}"><title>{year}: {escape(shown)}</title></rect>')
        inside = h >= size + 10
        ty = base - h + size + 4 if inside else base - h - 5
        parts.append(f'<text x="{_n(cx)}" y="{_n(ty)}" text-anchor="middle" font-size="{size}" '
                     f'font-weight="600" fill="{"#ffffff" if inside else INK}">{escape(label)}</text>')
        words.append(f"{year}: {shown}")
    description = "; ".join(words) + "." if words else "Belum ada data capaian."
    # Text inherits the page's font (inline SVG); the description, then the table, describe it.
    extra = f' aria-describedby="{id_prefix}-uraian{" " + escape(describedby) if describedby else ""}"'
    return _svg(width, height, judul, "spm-grafik", extra, "".join(parts), description, id_prefix)
