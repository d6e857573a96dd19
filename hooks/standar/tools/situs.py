"""``standar periksa-situs DIR``: a built site checked against its sources, whatever built it.

A generator that does not run the portal's hook (Zensical ignores ``hooks:`` without a word),
or runs only part of it, still "succeeds" and publishes a site without standards, sheets or
indexes. This check knows nothing of the generator: it asks the core what the site must hold
(the corpus, the site plan of :mod:`standar.publish.site`, its open data) and looks at the files.

What must hold: every page of the plan exists with its title and every fragment the plan put
in it, a standard's page with its nomor and its official sheet (the kind's deferred fragments);
every hand-written file is published; every open-data file exists and equals what the sources
give (the standards per kind, the OPDs of the registry, each table's rows); the search index
lists every published standard; no draft is published anywhere.

The expectations are computed with the build's own options: the URL style found in the site
(directory URLs, or ``.html`` files in the offline bundle), the address from ``mkdocs.yml`` (or
SITE_URL) and the build date (SOURCE_DATE_EPOCH, or the last commit): run it in the
environment of the build, as the make targets do.
"""

from __future__ import annotations

import csv
import html
import io
import json
import posixpath
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import escape

from .. import kinds
from ..model import sitemap
from ..model.standard import Standard
from ..model.urls import page_url
from ..publish import editor, search
from ..publish.render import Page
from ..publish.site import Site, SiteOptions
from ..read import config as config_module
from ..read.background import Ahead
from ..read.clock import build_date
from ..read.corpus import Corpus

# Where the theme's search writes its index, and where the offline bundle inlines it in a script.
SEARCH_INDEXES = ("search/search_index.json", "search/search_index.js")
SEARCH_PLUGIN = "search"
# Left in a page when the hook filled it but did not finish it (publish.render's markers).
MARKER = "<!--standar:"
TEXT_FILES = (".html", ".json", ".js", ".csv", ".xml", ".txt")
MAX_DIFFERENCES = 3  # per file: the first differences say enough
KIND_COLUMN = "jenis"  # data/standar.csv's column of the kind (publish.opendata.CSV_HEAD)


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    standards: int = 0
    pages: int = 0
    files: int = 0

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


def page_file(url: str) -> str:
    """The file that serves a page URL: ``a/b/`` -> ``a/b/index.html``, ``a/b.html`` as is."""
    return url + "index.html" if url.endswith("/") or not url else url


def directory_urls(site_dir: Path, sources: list[str]) -> bool:
    """The build's URL style, from the pages it wrote: ``a/b/index.html`` or ``a/b.html``."""
    found = {True: 0, False: 0}
    for src in sources:
        forms = {style: page_file(page_url(src, style)) for style in found}
        if forms[True] != forms[False]:
            for style, path in forms.items():
                found[style] += (site_dir / path).is_file()
    return found[True] >= found[False]


def options(root: Path, corpus: Corpus, site_dir: Path) -> SiteOptions:
    """The options the build used, as the adapter sets them (``hooks/portal.py``)."""
    config = corpus.config
    sources = [s.src_uri for s in corpus.published()] + [p for p in corpus.site_files if p.endswith(".md")]
    use_dirs = directory_urls(site_dir, sources)
    return SiteOptions(include_drafts=False, directory_urls=use_dirs,
                       build_date=build_date(root, corpus), site_url=config.site_url,
                       editor=use_dirs)  # the offline bundle (no directory URLs) has no editor


def check(root: Path, corpus: Corpus, site_dir: Path) -> Report:
    """Every way the site in ``site_dir`` departs from what ``corpus`` must publish."""
    config = corpus.config
    site = Site(corpus, options(root, corpus, site_dir))
    report = Report(standards=len(site.standards))
    _pages(site, site_dir, report)
    _site_files(site, config.docs_dir, site_dir, report)
    _data(site, site_dir, report)
    if SEARCH_PLUGIN in config.plugins:
        _search(site, site_dir, report)
    _drafts(corpus, site_dir, report)
    if site.standards and not any((site_dir / page_file(site.view.url(s.src_uri))).is_file()
                                  for s in site.standards):
        report.problems.append(
            "Tidak satu pun halaman standar ada: generator situs tampaknya tidak menjalankan hook "
            f"portal (hooks: di {config_module.CONFIG_FILE}).")
    return report


# -- pages -------------------------------------------------------------------------------------
def _describe(std: Standard) -> str:
    label = kinds.get(std.kind).label
    return f"{label} {std.nomor + ' ' if std.nomor else ''}\"{std.title}\" ({std.path})"


def _pages(site: Site, site_dir: Path, report: Report) -> None:
    # The sheets (flowchart layout, QR code) are most of the work: rendered on another core
    # while the pages are planned and read, in the order in which they are asked for.
    sheets = Ahead(site.sheet, site.sheet_order())
    by_src = site.view.by_src_uri
    try:
        pages = site.pages()
        report.pages = len(pages)
        for page in pages:
            _page(page, by_src.get(page.src_uri), site, sheets, site_dir, report)
    finally:
        sheets.close()


def _page(page: Page, std: Standard | None, site: Site, sheets: Ahead, site_dir: Path,
          report: Report) -> None:
    where = page_file(site.view.url(page.src_uri))
    path = site_dir / where
    if not path.is_file():
        report.add(where, f"halaman {_describe(std)} tidak ada" if std else f"halaman \"{page.title}\" tidak ada")
        return
    text = path.read_text(encoding="utf-8")
    for name, fragment in page.fragments.items():
        if fragment not in text:
            report.add(where, f"judul \"{page.title}\" tidak ada di halaman" if name == "judul"
                       else f"bagian '{name}' tidak ada atau berbeda dari sumber")
    if std is not None and std.nomor and escape(std.nomor) not in text:  # as the templates write it
        report.add(where, f"nomor {std.nomor} tidak ada di halaman")
    if page.deferred:
        for name, fragment in sheets.get(page.src_uri).fragments.items():
            if fragment not in text:
                report.add(where, f"lembar resmi (bagian '{name}') tidak ada atau berbeda dari sumber")
    if MARKER in text:
        report.add(where, f"penanda {MARKER}...--> tertinggal: hook portal tidak menyelesaikan halaman ini")


def _site_files(site: Site, docs_dir: str, site_dir: Path, report: Report) -> None:
    """The hand-written pages and files (guide, styles, scripts, logo) are published too, and
    the web editor's files when the site has one."""
    try:
        admin = site.admin
    except editor.NotInstalled as problem:
        report.add(editor.ADMIN + "/", str(problem))
        admin = None
    for src in sorted(site.corpus.site_files):
        if admin is None and src.startswith(editor.ADMIN + "/"):
            continue  # a site without the editor leaves its scripts out
        where = page_file(site.view.url(src))
        if not (site_dir / where).is_file():
            report.add(where, f"{'halaman' if src.endswith('.md') else 'berkas'} dari {docs_dir}/{src} tidak ada")
    for where in sorted({**admin.generated, **admin.copied} if admin else ()):
        if not (site_dir / where).is_file():
            report.add(where, "berkas editor web tidak ada")


# -- open data ---------------------------------------------------------------------------------
def _data(site: Site, site_dir: Path, report: Report) -> None:
    files = site.data_files
    report.files = len(files)
    for where, expected in files.items():
        path = site_dir / where
        if not path.is_file():
            report.add(where, "berkas data tidak ada")
            continue
        actual = path.read_bytes().decode("utf-8", errors="replace")
        if actual == expected:
            continue
        try:
            problems = _data_differences(where, expected, actual, site)
        except (ValueError, csv.Error, ElementTree.ParseError):
            problems = [f"tidak dapat dibaca sebagai {where.rsplit('.', 1)[-1].upper()}"]
        for problem in problems or ["isinya berbeda dari yang dihasilkan sumber"]:
            report.add(where, problem)


def _data_differences(where: str, expected: str, actual: str, site: Site) -> list[str]:
    """Counts first (standards per kind, OPDs), then the first differences."""
    if where.endswith(".json"):
        found, wanted = json.loads(actual), json.loads(expected)
        if where == sitemap.STANDAR_JSON:
            rows = found.get("standar") if isinstance(found, dict) else None
            counted = _per_kind(site, [r.get("turunan", {}).get("jenis") for r in rows or () if isinstance(r, dict)])
            if counted:
                return counted + _missing_standards(site, {r.get("sumber") for r in rows or ()
                                                           if isinstance(r, dict)})
        if where == sitemap.OPD_JSON:
            rows = found.get("opd") if isinstance(found, dict) else None
            kodes = {r.get("kode") for r in rows or () if isinstance(r, dict)}
            missing = [kode for kode in site.view.registry if kode not in kodes]
            if missing:
                return [f"{len(kodes)} OPD, seharusnya {len(site.view.registry)} (standards/opd.yml); "
                        f"tidak ada: {', '.join(missing)}"]
        return _json_differences(wanted, found)
    if where.endswith(".csv"):
        found, wanted = _csv_rows(actual), _csv_rows(expected)
        if where == sitemap.STANDAR_CSV and found:
            column = found[0].index(KIND_COLUMN) if KIND_COLUMN in found[0] else None
            counted = _per_kind(site, [row[column] for row in found[1:] if column is not None and len(row) > column])
            if counted:
                return counted
        return _row_differences(wanted, found)
    if where.endswith(".xml"):
        ElementTree.fromstring(actual)
    return _line_differences(expected, actual)


def _per_kind(site: Site, kinds_of_rows: list) -> list[str]:
    """'12 SOP, seharusnya 14' for each kind whose rows do not match the published standards."""
    problems = []
    for kind in kinds.all_kinds():
        have, want = kinds_of_rows.count(kind.code), len(site.view.of_kind(kind.code))
        if have != want:
            problems.append(f"{have} {kind.label}, seharusnya {want} (yang terbit)")
    return problems


def _missing_standards(site: Site, sources: set) -> list[str]:
    return [f"tidak memuat {_describe(std)}" for std in site.standards if std.path not in sources]


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def _json_differences(wanted, found, where: str = "") -> list[str]:
    """The first differences between two JSON values, by path (``opd[3].jumlah_sop``)."""
    label = where or "isi"
    if type(wanted) is not type(found):
        return [f"{label}: berbeda jenis dari yang dihasilkan sumber"]
    if isinstance(wanted, list):
        if len(wanted) != len(found):
            return [f"{label}: {len(found)} butir, seharusnya {len(wanted)}"]
        pairs = [(f"{where}[{i}]", w, f) for i, (w, f) in enumerate(zip(wanted, found))]
    elif isinstance(wanted, dict):
        missing = [key for key in wanted if key not in found]
        extra = [key for key in found if key not in wanted]
        if missing or extra:
            return [f"{label}: " + "; ".join(
                ([f"tidak ada {', '.join(missing)}"] if missing else [])
                + ([f"berlebih {', '.join(extra)}"] if extra else []))]
        pairs = [(f"{where}.{key}" if where else key, wanted[key], found[key]) for key in wanted]
    else:
        return [] if wanted == found else [f"{label}: {_short(found)}, seharusnya {_short(wanted)}"]
    problems = []
    for path, w, f in pairs:
        problems += _json_differences(w, f, path)
        if len(problems) >= MAX_DIFFERENCES:
            break
    return problems[:MAX_DIFFERENCES]


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _row_differences(wanted: list, found: list) -> list[str]:
    if len(wanted) != len(found):
        return [f"{len(found) - 1} baris data, seharusnya {len(wanted) - 1}"]
    return [f"baris {number} berbeda dari yang dihasilkan sumber"
            for number, (w, f) in enumerate(zip(wanted, found), 1) if w != f][:MAX_DIFFERENCES]


def _line_differences(expected: str, actual: str) -> list[str]:
    for number, (w, f) in enumerate(zip(expected.splitlines(), actual.splitlines()), 1):
        if w != f:
            return [f"berbeda dari yang dihasilkan sumber mulai baris {number}"]
    return ["panjangnya berbeda dari yang dihasilkan sumber"]


# -- search ------------------------------------------------------------------------------------
def search_index(path: Path) -> dict:
    """A search index as JSON, or as the offline bundle's script (``var __index = {...}``)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".js":
        text = text[text.index("{"):]
    index, _ = json.JSONDecoder().raw_decode(text)
    return index


def _search(site: Site, site_dir: Path, report: Report) -> None:
    present = [where for where in SEARCH_INDEXES if (site_dir / where).is_file()]
    if not present:
        report.add(SEARCH_INDEXES[0], "indeks pencarian tidak ada")
    for where in present:
        try:
            entries = search_index(site_dir / where)["docs"]
        except (ValueError, KeyError, TypeError):
            report.add(where, "indeks pencarian tidak dapat dibaca")
            continue
        titles = {entry.get("location"): html.unescape(entry.get("title", "")) for entry in entries}
        for std in site.standards:
            location = site.view.url(std.src_uri)
            if location not in titles:
                report.add(where, f"{_describe(std)} tidak ada di indeks pencarian")
            elif titles[location] != std.title:
                report.add(where, f"judul {std.path} di indeks pencarian \"{titles[location]}\", "
                                  f"seharusnya \"{std.title}\"")
        if entries and not any(search.STEM_FIELD in entry for entry in entries):
            report.add(where, "indeks pencarian tanpa kata dasar Bahasa Indonesia (stem): hook portal "
                              "tidak berjalan sampai akhir")


# -- drafts ------------------------------------------------------------------------------------
def _drafts(corpus: Corpus, site_dir: Path, report: Report) -> None:
    """No page of a draft, and no file of the site that names its address or its file."""
    drafts = corpus.drafts
    if not drafts:
        return
    for draft in drafts:
        for style in (True, False):
            where = page_file(page_url(draft.src_uri, style))
            if (site_dir / where).is_file():
                report.add(where, f"draf {draft.path} diterbitkan: halamannya ada")
    by_address = {posixpath.splitext(d.src_uri)[0]: d for d in drafts}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(by_address, key=len, reverse=True))
                         + r")(?![\w-])")
    for path in sorted(site_dir.rglob("*")):
        if path.suffix in TEXT_FILES and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if not any(address in text for address in by_address):  # the fast test first
                continue
            for address in sorted(set(pattern.findall(text))):
                report.add(path.relative_to(site_dir).as_posix(),
                           f"draf {by_address[address].path} diterbitkan: berkas ini menyebutnya")
