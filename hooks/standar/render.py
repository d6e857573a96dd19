"""Rendering pages as Markdown skeletons with HTML fragments.

A page is Markdown (headings for the table of contents, the author's body) with markers
where generated HTML goes; the fragments are substituted after the Markdown is converted, so
that no generated table or SVG passes through the Markdown parser. Templates autoescape:
every value from the content is text, never markup.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import escape

from . import charts, flowchart, formatting, labels, lembar, spm, timeline
from .standard import KIND_LABEL, SOP, Standard
from .urls import page_url, relative

TEMPLATES = Path(__file__).parent / "templates"
_MARKER = "<!--standar:{}-->"
# Around a deferred fragment's search text, found again in the finished page: a token of this
# process, so that no text elsewhere in the page (front-matter, pemda.yml) can imitate them.
_TOKEN = secrets.token_hex(8)
_START, _END = "<!--standar:{}:" + _TOKEN + "-->", "<!--standar:{}:" + _TOKEN + ":akhir-->"
_MARKER_RE = re.compile(r"<!--\s*standar:")
_ADJACENT_CELLS = re.compile(r"(</t[hd]>)(<t[hd][ >])")



@dataclass
class Page:
    src_uri: str
    title: str
    markdown: str
    fragments: dict[str, str] = field(default_factory=dict)
    source_path: str | None = None   # the real file of a standard, for watching and git dates
    edit_path: str | None = None     # repository path for the "Ubah halaman ini" link
    meta: dict = field(default_factory=dict)
    updated: dt.date | None = None   # the content's own last change, for the sitemap
    augments: bool = False           # appended to a hand-written page of the same path
    # Fragments rendered late (the SOP sheet: flowchart and QR code, most of the build's own
    # cost): name -> their text for the search index; ``finish`` puts the real ones in.
    deferred: dict[str, str] = field(default_factory=dict)

    def fill(self, html: str) -> str:
        """Put the fragments into the page's converted HTML; deferred ones as their search
        text between markers."""
        for name, fragment in self.fragments.items():
            html = html.replace(_MARKER.format(name), fragment)
        for name, text in self.deferred.items():
            html = html.replace(_MARKER.format(name), _START.format(name) + text + _END.format(name))
        return html

    def finish(self, html: str, fragments: dict[str, str]) -> str:
        """Replace the deferred fragments' search text in the finished page by the fragments."""
        for name in self.deferred:
            start, end = _START.format(name), _END.format(name)
            if html.count(start) != 1 or html.count(end) != 1:
                raise ValueError(f"{self.src_uri}: the page template lost the '{name}' fragment")
            head, _, rest = html.partition(start)
            html = head + fragments[name] + rest.partition(end)[2]
        return html


def marker(name: str) -> str:
    return "\n\n" + _MARKER.format(name) + "\n\n"


def neutralize_markers(markdown: str) -> str:
    """An author cannot place our fragments: markers in the body are defused."""
    return _MARKER_RE.sub("<!-- standar-teks:", markdown)


def nip(value: str) -> str:
    """18 digits shown as civil servants write them: ``19700920 199101 1 001``."""
    digits = value.replace(" ", "")
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}" if len(digits) == 18 else value


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=False)
    env.filters.update(tanggal=formatting.tanggal, angka=formatting.angka, persen=formatting.persen,
                       durasi=formatting.durasi, nip=nip, persen_spm=spm.teks_persen_html,
                       angka_spm=spm.teks_angka, indeks_spm=spm.teks_indeks,
                       nilai_data=spm.nilai_data)
    return env


ENV = _environment()


class Renderer:
    """Renders templates for one page: links are made relative to that page."""

    def __init__(self, site, page_src_uri: str):
        self.site = site
        self.url = page_url(page_src_uri, site.directory_urls)

    def link(self, target: str) -> str:
        """A relative link to a page, given by its source (``dinkes/index.md``), or to an asset."""
        return relative(self.url, self.site.url(target))

    def __call__(self, template: str, **context) -> str:
        context.setdefault("link", self.link)
        context.setdefault("pemda", self.site.pemda)
        html = ENV.get_template(template).render(**context)
        # A newline between adjacent cells keeps their words apart in the search index.
        html = _ADJACENT_CELLS.sub(r"\1\n\2", html)
        return "\n".join(line for line in html.splitlines() if line.strip())


def standard_page(site, std: Standard) -> Page:
    render = Renderer(site, std.src_uri)
    opd = site.corpus.registry[std.opd]
    by_nomor = site.by_nomor
    replacement = by_nomor.get(std.meta.get("diganti_oleh"))
    kind_label = KIND_LABEL[std.kind]
    fragments = {
        "judul": f"<h1>{escape(std.title)}</h1>",
        "pemberitahuan": render("pemberitahuan.html", std=std, replacement=replacement,
                                kind_label=kind_label, build_date=site.options.build_date,
                                review_due=std.review_due(timeline.review_months(site.corpus.settings))),
    }
    body = neutralize_markers(std.body).strip()
    deferred = {}
    if std.kind == SOP:
        deferred = {"identitas": render("sop_cari_identitas.html", std=std, opd=opd),
                    "langkah": render("sop_cari_langkah.html", std=std, cabang=flowchart.branch_text)}
        fragments["riwayat"] = render("riwayat.html", std=std)
        markdown = (marker("judul") + marker("pemberitahuan") + "## Identitas SOP" + marker("identitas")
                    + "## Prosedur" + marker("langkah") + (body + "\n\n" if body else "")
                    + "## Riwayat dan evaluasi {: data-search-exclude }" + marker("riwayat"))
    else:
        markdown = _spm_sections(site, std, render, opd, fragments, body)
    return Page(src_uri=std.src_uri, title=std.title, markdown=markdown, fragments=fragments,
                deferred=deferred, source_path=str(site.corpus.root / std.path), edit_path=std.path,
                meta={"tags": std.tags, "description": f"{kind_label} {opd.nama}: {std.title}"},
                updated=std.last_changed)


def sop_sheet(site, std: Standard) -> dict[str, str]:
    """The deferred fragments of an SOP page: the official sheet's identity table (with the QR
    code) and its flowchart table."""
    render = Renderer(site, std.src_uri)
    links = []
    for item in std.meta.get("keterkaitan") or ():
        if isinstance(item, dict):
            links.append({"target": site.by_nomor[item["nomor"]],
                          "hubungan": labels.HUBUNGAN[item["hubungan"]]})
        else:
            links.append({"target": None, "text": item})
    return {"identitas": render("sop_identitas.html", std=std, opd=site.corpus.registry[std.opd],
                                links=links, logo=site.pemda.get("logo"), **lembar.tautan(site, std)),
            "langkah": render("sop_bagan.html", std=std, **lembar.bagan(std))}


def opd_page(site, opd, standards: list[Standard]) -> Page:
    """An OPD's page: its identity and its standards, the online "Dokumen SOP AP" booklet."""
    src_uri = f"{opd.kode}/index.md"
    render = Renderer(site, src_uri)
    parent = site.corpus.registry.get(opd.induk) if opd.induk else None
    html = render("opd.html", opd=opd, parent=parent, standards=standards,
                  jenis_label=labels.JENIS_OPD[opd.jenis], status_label=labels.STATUS)
    return Page(src_uri=src_uri, title=opd.nama, markdown=marker("judul") + marker("isi"),
                fragments={"judul": f"<h1>{escape(opd.nama)}</h1>", "isi": html},
                edit_path=None, meta={"description": f"SOP dan SPM {opd.nama}"},
                updated=max((s.last_changed for s in standards), default=None))


# -- SPM ---------------------------------------------------------------------------------------
SPM_DASHBOARD = "spm/index.md"


def _spm_sections(site, std: Standard, render: Renderer, opd, fragments: dict, body: str) -> str:
    """An SPM page: the catalogue service and who answers for it, mutu, achievement by year
    (table and chart), related SOPs, the author's text, history."""
    rows = spm.riwayat_capaian(std, site.spm_cakupan.pengaturan)
    by_year = {r.tahun: r for r in rows}
    years = [by_year.get(y) or y for y in range(rows[0].tahun, rows[-1].tahun + 1)] if rows else []
    sop_terkait = [site.by_nomor[n] for n in std.meta.get("sop_terkait") or ()]
    fragments["identitas"] = render("spm_identitas.html", std=std, opd=opd,
                                    dasar_hukum=spm.dasar_hukum(std),
                                    status_label=labels.STATUS[std.status])
    mutu = std.meta.get("mutu") or {}
    fragments["mutu"] = render("spm_mutu.html", mutu=mutu)
    fragments["capaian"] = render(
        "spm_capaian.html", rows=rows, years=years, latest=rows[-1] if rows else None,
        tren=spm.tren(rows), indeks=site.spm_cakupan.pengaturan, dashboard=SPM_DASHBOARD,
        grafik=charts.grafik_tahunan(rows, "spm-grafik", f"Capaian penerima {std.title} per tahun",
                                     "spm-capaian-tabel") if rows else "")
    fragments["sop_terkait"] = render("spm_sop_terkait.html", sop_terkait=sop_terkait, site=site)
    fragments["riwayat"] = render("riwayat.html", std=std)
    return (marker("judul") + marker("pemberitahuan") + "## Identitas SPM" + marker("identitas")
            + ("## Mutu pelayanan dasar" + marker("mutu") if mutu.get("barang_jasa") or mutu.get("sdm") else "")
            + "## Capaian" + marker("capaian")
            + ("## SOP terkait" + marker("sop_terkait") if sop_terkait else "")
            + (body + "\n\n" if body else "") + "## Riwayat perubahan {: data-search-exclude }"
            + marker("riwayat"))


def spm_dashboard(site) -> Page:
    """``spm/``: the 6 bidang and 29 services of the catalogue, which have a standard, who
    answers for each, the latest capaian against the 100 % target and the trend."""
    render = Renderer(site, SPM_DASHBOARD)
    data = site.spm_cakupan
    opd_names = {kode: o.nama for kode, o in site.corpus.registry.items()}
    title = "Daftar SPM dan Capaian"
    fragments = {
        "judul": f"<h1>{escape(title)}</h1>",
        "ringkasan": render("spm_ringkasan.html", data=data, charts=charts),
        "bidang": render("spm_bidang_ringkas.html", data=data, charts=charts),
        "catatan": render("spm_catatan.html", data=data, data_files=(spm.DATA_CSV, spm.DATA_JSON)),
    }
    markdown = marker("judul") + marker("ringkasan") + "## Ringkasan per bidang {#ringkasan-bidang}" \
        + marker("bidang")
    for group in data.bidang:
        name = f"bidang-{group.bidang.kode}"
        fragments[name] = render("spm_bidang.html", group=group, charts=charts, opd_names=opd_names,
                                 status_label=labels.STATUS)
        markdown += f"## {group.bidang.nama} {{#{group.bidang.kode}}}" + marker(name)
    spms = site.spms()
    fragments["daftar"] = render(
        "daftar.html", standards=sorted(spms, key=lambda s: (opd_names[s.opd].lower(), s.title.lower())),
        table_id="daftar-spm", caption="Daftar SPM", show_opd=True, opd_names=opd_names,
        status_label=labels.STATUS)
    markdown += "## Daftar SPM {#daftar}" + marker("daftar")
    markdown += "## Cara membaca dan data terbuka {#catatan}" + marker("catatan")
    return Page(src_uri=SPM_DASHBOARD, title=title, markdown=markdown, fragments=fragments,
                meta={"description": f"{data.kalimat}: standar, penanggung jawab dan capaian SPM "
                                     f"{site.pemda.get('nama_singkat', '')}".strip()},
                updated=max((s.last_changed for s in spms), default=None))
