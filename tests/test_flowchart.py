"""The SOP AP flowchart: layout model and the generated table of per-cell SVG drawings.

SOPs are built in the tests (linear, a decision looping back, forward jumps, 8 actors, 40 steps)
and rendered through the real page renderer; the HTML is parsed back and checked: one symbol
per step, of the right shape, in its actor's column; one arrow head per flow edge; the decision
labels; every edge's line pieces joining its source to its target; no line through a symbol.
"""

from __future__ import annotations

import collections
import datetime as dt
import html.parser
import re
from pathlib import Path

import pytest
import yaml

from standar.read import corpus
from standar.model import flow, flowchart
from standar.publish import render
from standar.publish.site import Site, SiteOptions
from support import REPO, VALID_SOP, make_project

PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"
SITE_URL = "https://standar.contoh.go.id/"


# -- building SOPs -----------------------------------------------------------------------------

def sop_text(actors: list[str], steps: list[dict], **fields) -> str:
    """VALID_SOP with other actors and steps (and fields), as a file's text."""
    _, front, body = VALID_SOP.split("---\n", 2)
    meta = yaml.safe_load(front)
    meta.update(pelaksana=actors, langkah=steps, **fields)
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n" + body


def step(kegiatan: str, pelaksana: str, **extra) -> dict:
    return {"kegiatan": kegiatan, "pelaksana": pelaksana, "waktu": "5 menit", **extra}


def linear():
    actors = ["Pemohon", "Petugas Loket", "Kepala Seksi"]
    names = ["Pemohon", "Petugas Loket", "Kepala Seksi", "Petugas Loket", "Pemohon"]
    return actors, [step(f"Kegiatan lurus {i}", a) for i, a in enumerate(names, 1)]


def loop_back():
    meta = yaml.safe_load(VALID_SOP.split("---\n")[1])
    return meta["pelaksana"], meta["langkah"]


def forward_jumps():
    actors = ["Pemohon", "Petugas Loket", "Operator", "Kepala Seksi"]
    steps = [step("Mengajukan permohonan", "Pemohon"),
             step("Memeriksa status data", "Petugas Loket", keputusan={"ya": 3, "tidak": 5}),
             step("Merekam data", "Operator"),
             step("Mencetak dokumen", "Operator", ke=6),
             step("Mengesahkan data lama", "Kepala Seksi"),
             step("Menerima dokumen", "Pemohon")]
    return actors, steps


def eight_actors():
    actors = ["Pemohon", "Petugas Loket", "Verifikator", "Kepala Seksi", "Operator SIAK",
              "Kepala Bidang", "Sekretaris Dinas", "Kepala Dinas"]
    plan = [(0, {}), (1, {}), (3, {"keputusan": {"ya": 4, "tidak": 1, "label_ya": "Lengkap",
                                                  "label_tidak": "Tidak lengkap"}}),
            (5, {}), (7, {}), (6, {}),
            (2, {"keputusan": {"ya": 8, "tidak": 5, "label_ya": "Sesuai", "label_tidak": "Perlu revisi"}}),
            (4, {}), (7, {"keputusan": {"ya": 10, "tidak": 12}}), (1, {}), (6, {"ke": 4}), (0, {})]
    return actors, [step(f"Kegiatan delapan {i}", actors[a], **extra)
                    for i, (a, extra) in enumerate(plan, 1)]


def forty_steps():
    actors = ["Pemohon", "Petugas Loket", "Verifikator", "Operator", "Kepala Seksi", "Kepala Dinas"]
    back = {4, 11, 18, 25, 32}           # decisions looping back two steps
    ahead = {8, 15, 22, 29, 36}          # decisions jumping ahead three steps
    steps = []
    for i in range(1, 41):
        extra: dict = {}
        if i in back:
            extra["keputusan"] = {"ya": i + 1, "tidak": i - 2, "label_tidak": f"Ulang {i}"}
        elif i in ahead:
            extra["keputusan"] = {"ya": i + 1, "tidak": i + 3}
        elif i in (12, 26):
            extra["keputusan"] = {"ya": i + 1, "tidak": i + 2}
        elif i in (13, 27):
            extra["ke"] = i + 2
        text = f"Kegiatan nomor {i} dengan uraian yang cukup panjang agar baris tabel terlipat"
        steps.append(step(text, actors[(i * 5 + i // 3) % len(actors)], **extra))
    return actors, steps


SCENARIOS = {"linear": linear, "loop_back": loop_back, "forward_jumps": forward_jumps,
             "eight_actors": eight_actors, "forty_steps": forty_steps}


# -- parsing the generated HTML ----------------------------------------------------------------

VOID = {"col", "br", "img", "wbr", "input", "hr", "meta", "link"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node] = []
        self.parts: list = []  # text and child nodes, in document order

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs) -> list["Node"]:
        return [n for n in self.iter() if (tag is None or n.tag == tag)
                and all((n.attrs.get(k.replace("_", "-")) == v) if v is not True
                        else k.replace("_", "-") in n.attrs for k, v in attrs.items())]

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def ancestor(self, tag: str) -> "Node | None":
        node = self.parent
        while node is not None and node.tag != tag:
            node = node.parent
        return node

    def all_text(self) -> str:
        return " ".join(p if isinstance(p, str) else p.all_text() for p in self.parts).strip()


class _Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.root = self.node = Node("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        self.node.parts.append(node)
        if tag not in VOID:
            self.node = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        self.node.parts.append(node)

    def handle_endtag(self, tag):
        node = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data):
        if data.strip():
            self.node.parts.append(data.strip())


def parse(text: str) -> Node:
    builder = _Builder()
    builder.feed(text)
    return builder.root


def path_points(d: str) -> list[tuple[float, float]]:
    """Points of our path data: M x y, then H x / V y."""
    tokens = re.findall(r"[MHV]|-?\d+(?:\.\d+)?", d)
    assert tokens[0] == "M", d
    x, y = float(tokens[1]), float(tokens[2])
    points, i = [(x, y)], 3
    while i < len(tokens):
        command, value = tokens[i], float(tokens[i + 1])
        x, y = (value, y) if command == "H" else (x, value)
        points.append((x, y))
        i += 2
    return points


class Drawing:
    """The flowchart table of one rendered SOP, read back from its HTML."""

    def __init__(self, fragment: str):
        self.root = parse(fragment)
        self.table = self.root.find_all("table", **{"class": "sop-bagan"})[0]
        self.rows = [tr for tr in self.table.find_all("tr")
                     if (tr.attrs.get("id") or "").startswith("langkah-")]

    def cells(self):
        """((row, column), td) for every actor cell of every step row."""
        for r, tr in enumerate(self.rows):
            assert tr.attrs["id"] == f"langkah-{r + 1}"
            actors = [td for td in tr.children if td.tag == "td" and "sop-aktor" in td.classes()]
            for c, td in enumerate(actors):
                yield (r, c), td

    def symbols(self):
        """step number -> (row, column, symbol kind, svg node)."""
        found = {}
        for (r, c), td in self.cells():
            for svg in td.find_all("svg", data_symbol=True):
                found[int(svg.attrs["data-step"])] = (r, c, svg.attrs["data-symbol"], svg)
        return found

    def segments(self):
        """edge key -> list of segments in table percent (column * 100 + x, row * 100 + y)."""
        found = collections.defaultdict(list)
        for (r, c), td in self.cells():
            for path in td.find_all("path", data_edge=True):
                points = [(c * 100 + x, r * 100 + y) for x, y in path_points(path.attrs["d"])]
                found[path.attrs["data-edge"]] += list(zip(points, points[1:]))
        return found


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Every scenario rendered once: name -> (standard, layout, fragment)."""
    result = {}
    for name, build in SCENARIOS.items():
        actors, steps = build()
        project = make_project(tmp_path_factory.mktemp(name), {PATH: sop_text(actors, steps)})
        loaded = corpus.load(project)
        assert not loaded.has_errors, [p.format() for p in loaded.diagnostics]
        (std,) = loaded.standards
        site = Site(loaded, SiteOptions(site_url=SITE_URL, build_date=dt.date(2025, 11, 28)))
        sheet = site.sheet(std.src_uri).fragments
        result[name] = (std, flowchart.layout(std.steps, std.pelaksana, std.title),
                        sheet["langkah"], sheet["identitas"])
    return result


# -- the table -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", SCENARIOS)
def test_official_columns_and_two_header_rows(rendered, name):
    std, _, fragment, _ = rendered[name]
    drawing = Drawing(fragment)
    thead = drawing.table.find_all("thead")[0]
    rows = [tr for tr in thead.find_all("tr") if "sop-cetak-judul" not in tr.classes()]
    first = [(th.all_text(), th.attrs.get("colspan"), th.attrs.get("rowspan")) for th in rows[0].children]
    assert first == [("No", None, "2"), ("Kegiatan", None, "2"),
                     ("Pelaksana", str(len(std.pelaksana)), None), ("Mutu Baku", "3", None),
                     ("Keterangan", None, "2")]
    second = [th.all_text() for th in rows[1].children]
    assert second == std.pelaksana + ["Kelengkapan", "Waktu", "Output"]
    assert len(drawing.rows) == len(std.steps)
    for tr, st in zip(drawing.rows, std.steps):
        cells = [td for td in tr.children if td.tag == "td"]
        assert len(cells) == 2 + len(std.pelaksana) + 4
        assert cells[0].all_text() == str(st.number)
        assert cells[1].all_text().startswith(st.kegiatan)
        assert cells[-3].all_text() == (st.waktu or "")


@pytest.mark.parametrize("name", SCENARIOS)
def test_one_symbol_per_step_of_its_shape_in_its_actors_column(rendered, name):
    std, _, fragment, _ = rendered[name]
    symbols = Drawing(fragment).symbols()
    assert sorted(symbols) == [s.number for s in std.steps]
    shapes = {"terminator": ("rect", True), "proses": ("rect", False), "keputusan": ("polygon", False)}
    for st in std.steps:
        row, column, kind, svg = symbols[st.number]
        assert (row, column) == (st.number - 1, std.pelaksana.index(st.pelaksana))
        assert kind == st.symbol == ("terminator" if st.number in (1, len(std.steps))
                                     else "keputusan" if st.keputusan else "proses")
        assert svg.attrs["data-column"] == str(column)
        (shape,) = [n for n in svg.children if "sop-bentuk" in n.classes()]
        tag, rounded = shapes[kind]
        assert shape.tag == tag and ("rx" in shape.attrs) == rounded


@pytest.mark.parametrize("name", SCENARIOS)
def test_one_arrow_per_edge_and_the_decision_labels(rendered, name):
    std, _, fragment, _ = rendered[name]
    drawing = Drawing(fragment)
    arrows = collections.Counter(n.attrs["data-arrow"] for n in drawing.table.find_all("polygon", data_arrow=True))
    assert arrows == collections.Counter(f"{e.source}-{e.target}" for e in std.edges)
    for e in std.edges:  # the arrow head sits on the target's symbol
        (arrow,) = [n for n in drawing.table.find_all("polygon") if n.attrs.get("data-arrow") == f"{e.source}-{e.target}"]
        assert arrow.ancestor("svg").attrs["data-step"] == str(e.target)
    labels = {n.attrs["data-edge"]: n.all_text() for n in drawing.table.find_all("span", data_edge=True)}
    assert labels == {f"{e.source}-{e.target}": e.label for e in std.edges if e.label}
    for st in std.steps:
        if st.keputusan:
            k = st.keputusan
            # the regulation's Ya and Tidak always, the author's words as a qualifier
            assert labels[f"{st.number}-{k['ya']}"] == flow.answer_label("Ya", k.get("label_ya"))
            assert labels[f"{st.number}-{k['tidak']}"] == flow.answer_label("Tidak", k.get("label_tidak"))
            assert labels[f"{st.number}-{k['ya']}"].startswith("Ya")
            assert labels[f"{st.number}-{k['tidak']}"].startswith("Tidak")


def _touches_box(segment, box) -> bool:
    (x1, y1), (x2, y2) = segment
    bx1, by1, bx2, by2 = box
    lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    if lo_y == hi_y:
        return by1 < lo_y < by2 and max(lo_x, bx1) < min(hi_x, bx2)
    return bx1 < lo_x < bx2 and max(lo_y, by1) < min(hi_y, by2)


# The symbol as sop-lembar.css draws it, in percent of its cell: a box at most 76 % of the column
# wide whose arrow heads reach 38/80 of it from the centre; 0.6 times as high, at most 5.4em wide,
# arrows reaching 25/48 of its height, in a row at least 4.9em high.
DRAWN_HALF_WIDTH = 76 * 38 / 80
DRAWN_HALF_HEIGHT = 100 * 25 / 48 * 0.6 * 5.4 / 4.9


def test_the_model_keeps_lines_clear_of_the_drawn_symbols():
    assert flowchart.SYMBOL_HALF_WIDTH / 10 >= DRAWN_HALF_WIDTH
    assert flowchart.SYMBOL_HALF_HEIGHT / 10 >= DRAWN_HALF_HEIGHT
    assert 50 - flowchart.SIDE_SLOTS[0] / 10 > DRAWN_HALF_WIDTH  # side lanes pass beside symbols
    assert flowchart.JOG / 10 > DRAWN_HALF_HEIGHT                # turns pass above and below them


@pytest.mark.parametrize("name", SCENARIOS)
def test_no_line_passes_through_a_symbol(rendered, name):
    """A line may only reach a symbol's centre from outside through one side (a port), where
    the symbol covers it; nothing crosses a symbol's box."""
    _, _, fragment, _ = rendered[name]
    drawing = Drawing(fragment)
    half_w, half_h = DRAWN_HALF_WIDTH, DRAWN_HALF_HEIGHT
    boxes = {(r, c): (c * 100 + 50 - half_w, r * 100 + 50 - half_h, c * 100 + 50 + half_w, r * 100 + 50 + half_h)
             for r, c, _, _ in drawing.symbols().values()}
    for key, segments in drawing.segments().items():
        for segment in segments:
            for (r, c), box in boxes.items():
                if not _touches_box(segment, box):
                    continue
                centre = (c * 100 + 50, r * 100 + 50)
                assert centre in segment, (name, key, segment, (r, c))
                outside = segment[1] if segment[0] == centre else segment[0]
                assert not (box[0] < outside[0] < box[2] and box[1] < outside[1] < box[3]), (name, key, segment)


@pytest.mark.parametrize("name", SCENARIOS)
def test_each_edge_is_one_line_from_its_source_to_its_target(rendered, name):
    std, _, fragment, _ = rendered[name]
    drawing = Drawing(fragment)
    symbols = drawing.symbols()
    segments = drawing.segments()
    assert set(segments) == {f"{e.source}-{e.target}" for e in std.edges}
    for e in std.edges:
        parts = segments[f"{e.source}-{e.target}"]
        degree = collections.Counter(p for segment in parts for p in segment)
        ends = sorted(p for p, n in degree.items() if n == 1)
        r1, c1, _, _ = symbols[e.source]
        r2, c2, _, _ = symbols[e.target]
        assert ends == sorted([(c1 * 100 + 50, r1 * 100 + 50), (c2 * 100 + 50, r2 * 100 + 50)]), (name, e)
        assert all(n <= 2 for n in degree.values()), (name, e)  # a simple path, no branches
        for (x1, y1), (x2, y2) in parts:
            assert x1 == x2 or y1 == y2  # horizontal and vertical only


@pytest.mark.parametrize("name", SCENARIOS)
def test_layout_routes_every_edge_cleanly(rendered, name):
    std, layout, _, _ = rendered[name]
    assert layout.problems == []
    assert [r.key for r in layout.routes] == [f"{e.source}-{e.target}" for e in std.edges]


def test_every_sample_diagram_lays_out_cleanly():
    """Every SOP's flowchart and every SPO's diagram alir (drawn when its steps branch)."""
    loaded = corpus.load(REPO)
    drawings = [(s, s.steps, s.pelaksana) for s in loaded.standards if s.kind == "sop"]
    drawings += [(s, s.lane_steps, s.lanes) for s in loaded.standards if s.kind == "spo" and s.has_diagram]
    assert len(drawings) >= 50
    for std, steps, actors in drawings:
        layout = flowchart.layout(steps, actors, std.title)
        assert layout.problems == [], std.path


@pytest.mark.parametrize("name", SCENARIOS)
def test_symbols_have_a_title_and_a_description(rendered, name):
    std, _, fragment, _ = rendered[name]
    symbols = Drawing(fragment).symbols()
    for st in std.steps:
        svg = symbols[st.number][3]
        assert svg.attrs["role"] == "img"
        title = svg.find_all("title")[0].all_text()
        desc = svg.find_all("desc")[0].all_text()
        assert title.startswith(f"Langkah {st.number}, ") and title.endswith(f" oleh {st.pelaksana}")
        out = [e for e in std.edges if e.source == st.number]
        if st.keputusan:
            assert desc == ", ".join(f"{e.label} ke langkah {e.target}" for e in out)
        elif out:
            assert desc == f"Lanjut ke langkah {out[0].target}"
        else:
            assert desc == "Akhir prosedur"
    for svg in Drawing(fragment).table.find_all("svg"):
        assert svg.attrs.get("role") == "img" or svg.attrs.get("aria-hidden") == "true" \
            or svg.attrs.get("data-connector"), svg.attrs


def test_decision_description_reads_like_the_brief(rendered):
    _, _, fragment, _ = rendered["loop_back"]
    svg = Drawing(fragment).symbols()[2][3]
    assert svg.find_all("title")[0].all_text() == "Langkah 2, keputusan oleh Petugas Loket"
    assert svg.find_all("desc")[0].all_text() == "Ya: lengkap ke langkah 3, Tidak lengkap ke langkah 1"


def test_the_kegiatan_column_carries_the_branches_and_the_total_time(rendered):
    std, _, fragment, _ = rendered["forward_jumps"]
    drawing = Drawing(fragment)
    texts = [tr.children[1].all_text() for tr in drawing.rows]
    assert texts[1] == "Memeriksa status data Ya: ke langkah 3; Tidak: ke langkah 5"
    assert texts[3] == "Mencetak dokumen Lanjut ke langkah 6"
    total = drawing.root.find_all("p", **{"class": "sop-total-waktu"})[0].all_text()
    assert total == "Waktu penyelesaian, jalur utama: 25 menit"  # 1-2-3-4-6: step 5 is the Tidak branch


def test_forty_steps_print_in_chunks_with_paired_connectors(rendered):
    std, layout, fragment, _ = rendered["forty_steps"]
    chunks = layout.chunks
    assert len(chunks) >= 3
    assert [c.start for c in chunks] == [0] + [c.stop for c in chunks[:-1]]
    assert chunks[-1].stop == len(std.steps)
    letters = []
    for before, after in zip(chunks, chunks[1:]):
        assert before.outgoing == after.incoming
        crossing = flowchart.crossings(layout.routes, after.start)
        assert [(c.x, c.keys) for c in before.outgoing] == crossing
        assert before.outgoing, "a cut always has the next step's line crossing it"
        letters += [c.letter for c in before.outgoing]
    assert letters == [flowchart.letter(i) for i in range(len(letters))]
    drawing = Drawing(fragment)
    assert len(drawing.table.find_all("tbody")) == len(chunks)
    out = [n.attrs["data-connector"] for tr in drawing.table.find_all("tr")
           if "sop-sambung--keluar" in tr.classes() for n in tr.find_all("svg", data_connector=True)]
    into = [n.attrs["data-connector"] for tr in drawing.table.find_all("tr")
            if "sop-sambung--masuk" in tr.classes() for n in tr.find_all("svg", data_connector=True)]
    assert out == into == letters
    for tr, chunk in zip(drawing.table.find_all("tbody"), chunks):
        ids = [n.attrs["id"] for n in tr.find_all("tr") if "id" in n.attrs]
        assert ids == [f"langkah-{i + 1}" for i in range(chunk.start, chunk.stop)]


def test_landscape_above_four_actors(rendered):
    for name, (std, layout, fragment, _) in rendered.items():
        wide = len(std.pelaksana) > 4
        assert layout.landscape == wide
        assert ("sop-bagan--lanskap" in fragment) == wide, name


def test_wide_column_share_for_few_actors():
    assert flowchart.actor_em(3) > flowchart.actor_em(5) > flowchart.actor_em(8)
    for actors in range(1, 13):
        layout = flowchart.Layout(actors=[f"A{i}" for i in range(actors)], symbols=[], routes=[])
        assert abs(sum(layout.column_widths()) - 100) < 0.01


def test_qr_code_links_to_the_canonical_address(rendered):
    std, _, _, identitas = rendered["linear"]
    root = parse(identitas)
    (block,) = root.find_all("div", **{"class": "sop-qr"})
    url = SITE_URL + "dukcapil/sop/penerbitan-akta-kelahiran/"
    assert block.find_all("a")[0].attrs["href"] == url
    svg = block.find_all("svg")[0]
    assert svg.attrs["role"] == "img" and url in svg.find_all("title")[0].all_text()
    assert "Versi situs: 28 November 2025" in block.all_text()
    assert block.find_all("time", data_tanggal_cetak=True)


# -- colours ---------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_sheet_colours_pass_wcag_aa():
    css = (REPO / "docs" / "stylesheets" / "sop-lembar.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--sop-([a-z]+):\s*(#[0-9a-fA-F]{6})", css))
    white = "#ffffff"
    assert contrast(colours["garis"], white) >= 4.5          # lines, strokes, labels (text)
    assert contrast(colours["batas"], white) >= 3            # table borders
    assert contrast(colours["garis"], colours["kepala"]) >= 4.5  # header text on its fill
    for fill in ("terminator", "proses", "keputusan"):       # dark stroke on a light fill
        assert contrast(colours["garis"], colours[fill]) >= 4.5, fill
    branch = re.search(r"\.sop-cabang \{[^}]*color: (#[0-9a-fA-F]{6})", css).group(1)
    assert contrast(branch, white) >= 4.5


def test_the_layout_engine_needs_only_the_flow_and_the_standard_library():
    """standar.model.flowchart is a pure model: its modules import each other, standar.flow and the
    standard library, nothing else (no MkDocs, no Jinja, no other part of the portal)."""
    import ast
    import sys

    package = REPO / "hooks" / "standar" / "model" / "flowchart"
    own = {p.stem for p in package.glob("*.py")}
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] in sys.stdlib_module_names, (path.name, alias.name)
            elif isinstance(node, ast.ImportFrom):
                if node.level == 0:
                    assert node.module.split(".")[0] in sys.stdlib_module_names | {"__future__"}, \
                        (path.name, node.module)
                elif node.level == 1:
                    names = [node.module] if node.module else [a.name for a in node.names]
                    assert set(names) <= own, (path.name, names)
                else:
                    assert node.level == 2 and node.module is None \
                        and [a.name for a in node.names] == ["flow"], (path.name, ast.dump(node))
