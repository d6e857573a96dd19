"""The SOP sheet in a real browser: the sample site on screen at 1280 px and 375 px, and printed
to A4 PDF. Screenshots and PDFs are kept in tests/artifacts/ for people to look at."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from browser import artifact, chromium, static_server
from standar.read import corpus
from standar.model import flowchart
from support import REPO, add_site_files, mkdocs_build
from test_flowchart import eight_actors, forty_steps, sop_text

SAMPLES = {
    "tujuh-pelaksana": "standards/bagian-organisasi/sop/penyusunan-dan-penetapan-sop-perangkat-daerah.md",
    "empat-pelaksana": "standards/dinkes/sop/penerbitan-surat-rekomendasi-izin-praktik-tenaga-kesehatan.md",
    "lima-pelaksana": "standards/dukcapil/sop/penerbitan-akta-kelahiran.md",
    "dua-pelaksana": "standards/dinas-pupr/sop/pengambilan-sampel-dan-pengujian-kualitas-air-minum-spam.md",
    # built here: 8 actors, 40 steps, loops and jumps across page breaks
    "uji-40-langkah": "standards/dukcapil/sop/uji-empat-puluh-langkah.md",
}
# The health facilities' SPO sheet (accreditation format): with a diagram alir (five lanes,
# decisions) and with phases but no diagram.
SPO_SAMPLES = {
    "spo-igd": "standards/rsud-scholoo-keyen/spo/penerimaan-pasien-gawat-darurat.md",
    "spo-tahap": "standards/rsud-scholoo-keyen/spo/pemasangan-infus.md",
}


def _forty_by_eight() -> str:
    actors, _ = eight_actors()
    _, steps = forty_steps()
    for i, st in enumerate(steps):
        st["pelaksana"] = actors[(i * 3 + i // 4) % len(actors)]
    return sop_text(actors, steps, judul="Uji Empat Puluh Langkah", nomor="474/SOP-UJI/040/2025")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample site built once, with a large test SOP added: (site dir, standards by name)."""
    project = tmp_path_factory.mktemp("sheet")
    shutil.copytree(REPO / "standards", project / "standards")
    (project / SAMPLES["uji-40-langkah"]).write_text(_forty_by_eight(), encoding="utf-8")
    add_site_files(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    loaded = corpus.load(project)
    by_path = {s.path: s for s in loaded.standards}
    return project / "site", {name: by_path[path] for name, path in {**SAMPLES, **SPO_SAMPLES}.items()}


@pytest.fixture(scope="module")
def browser(sample):
    site, _ = sample
    with static_server(site) as base, chromium() as b:
        yield b, base


def _open(browser, std, width: int, **context):
    b, base = browser
    ctx = b.new_context(viewport={"width": width, "height": 900}, **context)
    page = ctx.new_page()
    page.goto(base + std.url)
    return ctx, page


def _pages(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of every page, from the MediaBox of each page object."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", pdf)
    pages = re.findall(rb"/Type\s*/Page\b", pdf)
    assert len(boxes) == len(pages), "one MediaBox per page"
    return [(float(x2) - float(x1), float(y2) - float(y1)) for x1, y1, x2, y2 in boxes]


GEOMETRY = """() => {
  const rect = e => e.getBoundingClientRect();
  const symbols = Array.from(document.querySelectorAll('.sop-simbol')).map(s => {
    const r = rect(s), c = rect(s.closest('td'));
    const shape = rect(s.querySelector('.sop-bentuk'));
    return {dx: (r.left + r.width / 2) - (c.left + c.width / 2),
            dy: (r.top + r.height / 2) - (c.top + c.height / 2),
            shape: [shape.left, shape.top, shape.right, shape.bottom]};
  });
  const lines = Array.from(document.querySelectorAll('.sop-bagan tr[id] .sop-garis')).map(g => {
    const r = rect(g), c = rect(g.closest('td'));
    return [r.height - c.height, r.width - c.width];
  });
  const labels = Array.from(document.querySelectorAll('.sop-label')).map(l => {
    const r = rect(l); return [l.dataset.edge, r.left, r.top, r.right, r.bottom];
  });
  const table = rect(document.querySelector('.sop-bagan'));
  return {symbols, lines, labels, table: [table.left, table.top, table.right, table.bottom]};
}"""


def _overlap(a, b) -> bool:
    return max(a[0], b[0]) < min(a[2], b[2]) - 0.5 and max(a[1], b[1]) < min(a[3], b[3]) - 0.5


@pytest.mark.parametrize("name", SAMPLES)
def test_desktop_symbols_centred_labels_clear(browser, sample, name):
    _, stds = sample
    ctx, page = _open(browser, stds[name], 1280)
    page.screenshot(path=artifact(f"lembar-{name}-1280.png"), full_page=True)
    geometry = page.evaluate(GEOMETRY)
    assert len(geometry["symbols"]) == len(stds[name].steps)
    for symbol in geometry["symbols"]:
        assert abs(symbol["dx"]) <= 1 and abs(symbol["dy"]) <= 1, symbol
    for dh, dw in geometry["lines"]:  # each line drawing covers its whole cell (and its border)
        assert 1 <= dh <= 3 and 1 <= dw <= 3, (dh, dw)
    labels = geometry["labels"]
    for key, *box in labels:
        for symbol in geometry["symbols"]:
            assert not _overlap(box, symbol["shape"]), (name, key)
        table = geometry["table"]
        assert table[0] <= box[0] and box[2] <= table[2], (name, key)
    for i, (key, *a) in enumerate(labels):
        for other, *b in labels[i + 1:]:
            assert not _overlap(a, b), (name, key, other)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1280
    ctx.close()


@pytest.mark.parametrize("name", SAMPLES)
def test_phone_scrolls_the_flowchart_box_not_the_page(browser, sample, name):
    _, stds = sample
    ctx, page = _open(browser, stds[name], 375)
    page.screenshot(path=artifact(f"lembar-{name}-375.png"), full_page=True)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    box = page.locator(".sop-bagan-kotak .standar-tabel-gulir")
    assert box.get_attribute("tabindex") == "0"
    width, visible = box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert width > visible, "the flowchart keeps its width and scrolls inside its box"
    identity = page.locator(".sop-identitas-kotak").evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert identity[0] <= identity[1], "the identity table folds into one column on a phone"
    ctx.close()


def _pdf_pngs(pdf_path) -> None:
    """Pages as PNG beside the PDF, for people (poppler-utils, when installed)."""
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf_path), str(pdf_path.with_suffix(""))],
                       check=False, capture_output=True)


def _print(page, name: str):
    """The page printed to PDF, kept (with PNGs of its pages) in the artifacts: (path, page sizes)."""
    pdf = page.pdf(prefer_css_page_size=True)
    path = artifact(f"lembar-{name}.pdf")
    path.write_bytes(pdf)
    _pdf_pngs(path)
    return path, _pages(pdf)


@pytest.mark.parametrize("name", SAMPLES)
def test_print_is_the_official_sheet_on_a4(browser, sample, name):
    _, stds = sample
    std = stds[name]
    layout = flowchart.layout(std.steps, std.pelaksana, std.title)
    ctx, page = _open(browser, std, 1280)
    path, pages = _print(page, name)
    # page 1: identity; then one page per flowchart chunk
    assert len(pages) == 1 + len(layout.chunks), (name, len(pages), len(layout.chunks))
    landscape = len(std.pelaksana) > 4
    for width, height in pages:
        assert (width > height) == landscape, (name, width, height)
        assert sorted((round(width), round(height))) == [595, 842]  # A4 in points
    ctx.close()


def test_print_hides_the_site_and_shows_connectors(browser, sample):
    _, stds = sample
    std = stds["uji-40-langkah"]
    ctx, page = _open(browser, std, 1280)
    visible = "s => Array.from(document.querySelectorAll(s)).some(e => e.getClientRects().length > 0)"
    assert not page.evaluate(visible, ".sop-sambung")
    assert not page.evaluate(visible, ".sop-cetak-kop")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-content__button",
                     ".md-path", ".md-search", "h1", "#riwayat-dan-evaluasi"):
        assert not page.evaluate(visible, selector), selector
    for selector in (".sop-cetak-kop", ".sop-identitas", ".sop-qr", ".sop-bagan", ".sop-sambung",
                     ".sop-cetak-judul", ".sop-penghubung"):
        assert page.evaluate(visible, selector), selector
    layout = flowchart.layout(std.steps, std.pelaksana, std.title)
    letters = [c.letter for chunk in layout.chunks for c in chunk.outgoing]
    shown = page.evaluate("Array.from(document.querySelectorAll('.sop-penghubung text')).map(t => t.textContent)")
    assert sorted(shown) == sorted(letters * 2)
    ctx.close()


BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")


def test_print_date_is_the_readers_date(browser, sample):
    _, stds = sample
    ctx, page = _open(browser, stds["empat-pelaksana"], 1280)
    text = page.locator(".sop-qr-cetak").inner_text()
    today = page.evaluate("(() => { const d = new Date(); return [d.getDate(), d.getMonth(), d.getFullYear()]; })()")
    assert text.strip() == f"Dicetak: {today[0]} {BULAN[today[1]]} {today[2]}"
    assert "Versi situs: 28 November 2026" in page.locator(".sop-qr").inner_text()
    ctx.close()


def test_without_javascript_the_sheet_shows_the_build_date(browser, sample):
    _, stds = sample
    ctx, page = _open(browser, stds["empat-pelaksana"], 1280, java_script_enabled=False)
    page.emulate_media(media="print")
    block = page.locator(".sop-qr")
    assert "Versi situs: 28 November 2026" in block.inner_text()
    assert "Dicetak" not in block.inner_text()
    assert "Versi terbaru: https://standar.sorongselatankab.go.id/dinkes/sop/" in block.inner_text()
    ctx.close()


# -- the SPO sheet ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", SPO_SAMPLES)
def test_spo_page_on_desktop_and_phone(browser, sample, name):
    _, stds = sample
    for width in (1280, 375):
        ctx, page = _open(browser, stds[name], width)
        page.screenshot(path=artifact(f"lembar-{name}-{width}.png"), full_page=True)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width
        sheet = page.locator(".spo-lembar .spo-kotak").first.evaluate("b => [b.scrollWidth, b.clientWidth]")
        assert sheet[0] <= sheet[1], "the sheet never scrolls sideways: on a phone its cells stack"
        ctx.close()


@pytest.mark.parametrize("name", SPO_SAMPLES)
def test_spo_prints_on_a4_portrait_with_its_page_numbers(browser, sample, name):
    _, stds = sample
    std = stds[name]
    ctx, page = _open(browser, std, 1280)
    path, pages = _print(page, name)
    assert pages and all((round(w), round(h)) == (595, 842) for w, h in pages), pages  # A4 portrait
    if std.has_diagram:  # the sheet, the diagram on its own pages, then the related units and history
        layout = flowchart.layout(std.lane_steps, std.lanes, std.title)
        assert len(pages) == 2 + len(layout.chunks), (len(pages), len(layout.chunks))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        assert [f"Halaman {i} dari {len(pages)}" in text for i in range(1, len(pages) + 1)] == [True] * len(pages)
    page.emulate_media(media="print")
    visible = "s => Array.from(document.querySelectorAll(s)).some(e => e.getClientRects().length > 0)"
    for selector in (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", "h1"):
        assert not page.evaluate(visible, selector), selector
    for selector in (".spo-tabel", ".spo-riwayat", ".sop-qr"):
        assert page.evaluate(visible, selector), selector
    ctx.close()
