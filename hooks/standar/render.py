"""Rendering pages as Markdown skeletons with HTML fragments.

A page is Markdown (headings for the table of contents, the author's body) with markers
where generated HTML goes; the fragments are substituted after the Markdown is converted, so
that no generated table or SVG passes through the Markdown parser. Templates autoescape:
every value from the content is text, never markup.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import escape

from . import formatting, labels, lembar
from .standard import KIND_LABEL, SOP, Standard
from .urls import page_url, relative

TEMPLATES = Path(__file__).parent / "templates"
_MARKER = "<!--standar:{}-->"
_MARKER_RE = re.compile(r"<!--\s*standar:")



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
    in_nav: bool = True

    def fill(self, html: str) -> str:
        """Put the fragments into the page's converted HTML."""
        for name, fragment in self.fragments.items():
            html = html.replace(_MARKER.format(name), fragment)
        return html


def marker(name: str) -> str:
    return "\n\n" + _MARKER.format(name) + "\n\n"


def neutralize_markers(markdown: str) -> str:
    """An author cannot place our fragments: markers in the body are defused."""
    return _MARKER_RE.sub("<!-- standar-teks:", markdown)


def nip(value: str) -> str:
    """18 digits shown as civil servants write them: ``19700920 199101 1 001``."""
    return f"{value[0:8]} {value[8:14]} {value[14]} {value[15:18]}" if len(value) == 18 else value


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=False)
    env.filters.update(tanggal=formatting.tanggal, angka=formatting.angka, persen=formatting.persen,
                       durasi=formatting.durasi, nip=nip)
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
                                kind_label=kind_label),
    }
    body = neutralize_markers(std.body).strip()
    if std.kind == SOP:
        links = []
        for item in std.meta.get("keterkaitan") or ():
            if isinstance(item, dict):
                links.append({"target": by_nomor[item["nomor"]],
                              "hubungan": labels.HUBUNGAN[item["hubungan"]]})
            else:
                links.append({"target": None, "text": item})
        fragments["identitas"] = render("sop_identitas.html", std=std, opd=opd, links=links,
                                        logo=site.pemda.get("logo"), **lembar.tautan(site, std))
        fragments["langkah"] = render("sop_bagan.html", std=std, **lembar.bagan(std))
        fragments["riwayat"] = render("riwayat.html", std=std)
        markdown = (marker("judul") + marker("pemberitahuan") + "## Identitas SOP" + marker("identitas")
                    + "## Prosedur" + marker("langkah") + (body + "\n\n" if body else "")
                    + "## Riwayat dan evaluasi" + marker("riwayat"))
    else:
        dasar_hukum = list(std.meta["dasar_hukum"])
        dasar_hukum += [s for s in std.bidang.standar_teknis if s not in dasar_hukum]
        fragments["identitas"] = render("spm_identitas.html", std=std, opd=opd,
                                        opd_url=f"{std.opd}/index.md", dasar_hukum=dasar_hukum,
                                        status_label=labels.STATUS[std.status])
        fragments["capaian"] = render("spm_capaian.html", std=std,
                                      sop_terkait=[by_nomor[n] for n in std.meta.get("sop_terkait") or ()])
        fragments["riwayat"] = render("riwayat.html", std=std)
        markdown = (marker("judul") + marker("pemberitahuan") + "## Identitas SPM" + marker("identitas")
                    + "## Capaian" + marker("capaian") + (body + "\n\n" if body else "")
                    + "## Riwayat perubahan" + marker("riwayat"))
    return Page(src_uri=std.src_uri, title=std.title, markdown=markdown, fragments=fragments,
                source_path=str(site.corpus.root / std.path), edit_path=std.path,
                meta={"tags": std.tags, "description": f"{kind_label} {opd.nama}: {std.title}"},
                updated=std.last_changed)


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
