"""Rendering planned pages: Markdown skeletons with HTML fragments.

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

from .. import kinds
from ..model import fields, formatting
from ..model.page import Deferred, Fragment, Html, Markdown
from ..model.schema import written
from ..model.urls import page_url, relative
from ..model.view import SiteView
from . import charts, sheet

TEMPLATES = Path(__file__).parent / "templates"
_MARKER = "<!--standar:{}-->"
# Around a deferred fragment's search text, found again in the finished page: a token of this
# process, so that no text elsewhere in the page (front-matter, pemda.yml) can imitate them.
_TOKEN = secrets.token_hex(8)
_START, _END = "<!--standar:{}:" + _TOKEN + "-->", "<!--standar:{}:" + _TOKEN + ":akhir-->"
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
    # Fragments rendered late (the official sheet: flowchart and QR code, most of the build's
    # own cost): name -> their text for the search index; ``finish`` puts the real ones in.
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


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=False)
    env.filters.update(tanggal=formatting.tanggal, angka=formatting.angka, persen=formatting.persen,
                       durasi=formatting.durasi, nip=formatting.nip,
                       angka_spm=formatting.teks_angka, indeks_spm=formatting.indeks,
                       nilai_data=formatting.nilai_data, indeks_data=formatting.indeks_data,
                       tren_kata=formatting.tren, rumus=formatting.rumus)
    env.globals.update(sheet.GLOBALS, charts=charts, ditulis=written)
    return env


ENV = _environment()
_KINDS = kinds.all_kinds()
_KIND_LABEL = {kind.code: kind.label for kind in _KINDS}
_EVALUASI_LABEL = {**fields.JENIS_EVALUASI.labels, **fields.HASIL_EVALUASI.labels}


class Renderer:
    """Renders templates for one page: links are made relative to that page."""

    def __init__(self, view: SiteView, page_src_uri: str):
        self.view = view
        self.url = page_url(page_src_uri, view.directory_urls)

    def link(self, target: str) -> str:
        """A relative link to a page, given by its source (``dinkes/index.md``), or to an asset."""
        return relative(self.url, self.view.url(target))

    def __call__(self, template: str, **context) -> str:
        context.setdefault("link", self.link)
        context.setdefault("pemda", self.view.pemda)
        context.setdefault("kinds", _KINDS)
        context.setdefault("kind_label", _KIND_LABEL)
        context.setdefault("status_label", fields.STATUS.labels)
        context.setdefault("evaluasi_label", _EVALUASI_LABEL)
        context.setdefault("opd_names", self.view.opd_names)
        html = ENV.get_template(template).render(**context)
        # A newline between adjacent cells keeps their words apart in the search index.
        html = _ADJACENT_CELLS.sub(r"\1\n\2", html)
        return "\n".join(line for line in html.splitlines() if line.strip())

    def fragment(self, part: Fragment) -> str:
        return self(part.template, **part.context)


def compose(render: Renderer, parts) -> tuple[str, dict[str, str], dict[str, str]]:
    """A page's Markdown and its fragments from a plan (:mod:`standar.model.page`):
    (markdown, fragments, deferred search texts)."""
    markdown, fragments, deferred = "", {}, {}
    for part in parts:
        if isinstance(part, Markdown):
            markdown += part.text
        elif isinstance(part, Html):
            markdown += marker(part.name)
            fragments[part.name] = part.html
        else:
            markdown += marker(part.name)
            (deferred if isinstance(part, Deferred) else fragments)[part.name] = render.fragment(part)
    return markdown, fragments, deferred


def title_fragment(title: str) -> str:
    return f"<h1>{escape(title)}</h1>"
