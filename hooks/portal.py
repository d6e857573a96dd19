"""MkDocs adapter: a thin layer that turns the ``standar`` core's site plan into MkDocs files,
navigation and pages. All domain logic lives in the core (``hooks/standar``), which never
imports MkDocs.

Events used: startup (serve or build), config (load and validate; fail with every error at
once, or, in `mkdocs serve`, go on with pages that show them), files (add the planned pages
and the web editor's files; start rendering the SOP sheets ahead on another core),
page_read_source / page_markdown / page_content (fill the pages), post_page (put in the
sheets), post_build (search stems, summary), build_error (stop the worker).
"""

from __future__ import annotations

import html
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands import build as generator_build
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from standar.model import diagnostics
from standar.model.schema import date_span
from standar.publish import editor, preview, search
from standar.publish.site import Site, SiteOptions
from standar.read import corpus as corpus_module
from standar.read.background import Ahead
from standar.read.clock import build_date, source_epoch

log = get_plugin_logger("standar")


@dataclass
class State:
    """What the hook keeps between events and, in ``mkdocs serve``, between rebuilds."""

    serving: bool = False
    dirty: bool = False
    site: Site | None = None
    pages: dict = field(default_factory=dict)
    sheets: Ahead | None = None
    built: set = field(default_factory=set)      # URLs of the pages built in this (re)build
    urls: set = field(default_factory=set)       # URLs of every page of the site
    checked: dict = field(default_factory=dict)  # serve: each file's last check, by content
    rebuilding: bool = False                     # serve: the first build is done
    search_entries: search.Entries = field(default_factory=search.Entries)  # serve --dirty
    problem_pages: set = field(default_factory=set)  # serve: pages that showed a file's errors


STATE = State()


def on_startup(command: str, dirty: bool) -> None:
    STATE.serving, STATE.dirty = command == "serve", dirty
    if STATE.serving and dirty:
        # `make serve` rebuilds only the changed pages (--dirty); MkDocs warns about that on
        # every rebuild, which the strict mode would count as a failure. The build module's own
        # logger, not its name: ProperDocs answers `mkdocs.*` imports with its modules, whose
        # logger is "properdocs.commands.build".
        generator_build.log.addFilter(_not_dirty_notice)


def _not_dirty_notice(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


@event_priority(100)
def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    _prepare_offline(config)
    # MkDocs stamps sitemap.xml.gz with the clock unless SOURCE_DATE_EPOCH is set: use the commit
    # time, so that two builds of one commit are byte-identical.
    epoch = source_epoch(root)
    if epoch is not None:
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(epoch))
    corpus = corpus_module.load(root, memo=STATE.checked if STATE.serving else None)
    for problem in corpus.diagnostics:
        if not problem.is_error:  # warnings must not fail a strict build: authors fix them at leisure
            log.info(problem.format())
    if corpus.has_errors and STATE.serving:
        # The preview goes on: the files with errors get pages that show them (publish.preview).
        for problem in sorted(corpus.errors, key=diagnostics.sort_key):
            log.info(problem.format())
        log.info(corpus.summary_text() + " Berkas bergalat ditampilkan sebagai halaman galat di pratinjau; "
                 "tidak ada yang diterbitkan oleh 'make site' sampai galatnya diperbaiki.")
    elif corpus.has_errors:
        raise PluginError(
            "Standar tidak dapat diterbitkan karena ada galat:\n"
            + diagnostics.format_text(corpus.errors) + "\n" + corpus.summary_text()
            + " Tidak ada yang diterbitkan. Perbaiki lalu jalankan ulang (lihat: standar check).")
    site = Site(corpus, SiteOptions(include_drafts=STATE.serving,
                                    directory_urls=config.use_directory_urls,
                                    build_date=build_date(root, corpus),
                                    site_url=config.site_url or "",
                                    editor=not _offline(config), preview_problems=STATE.serving))
    if STATE.serving:
        config.extra_javascript.append(preview.SCRIPT)
    STATE.site = site
    # The sheets are rendered ahead from here on, while the pages are planned and MkDocs reads
    # the files and converts every page, in the order in which on_post_page will ask for them:
    # that of `files`, where the generated pages follow in the site's order. The rebuilds of
    # `mkdocs serve --dirty` build few pages: there the sheets are rendered on demand.
    _stop_sheets()
    STATE.sheets = Ahead(site.sheet, site.sheet_order(), workers=0 if STATE.rebuilding else None)
    STATE.pages = {page.src_uri: page for page in site.pages()}
    pemda = corpus.pemda
    # Material prints these unescaped in some places and escaped in others: the names are
    # validated free of markup signs (fields.PLAIN) and passed as they are.
    config.site_name = f"Standar Pelayanan {pemda.get('nama_singkat', '')}".strip()
    config.extra["pemda"] = pemda
    config.extra["generator"] = False  # Material's English "Made with" line
    config.copyright = f"{pemda.get('nama', '')}".strip()
    return config


OFFLINE_SHIM = "assets/vendor/iframe-worker/shim.js"


def on_pre_build(config) -> None:
    # serve --dirty: Material carries its last index into the rebuild but replaces only the
    # first rebuilt page's entries; search.Entries replaces every rebuilt page's, from these.
    material_search = config.plugins.get("material/search")
    if STATE.serving and material_search is not None:
        material_search.search_index_prev = None


def _offline(config) -> bool:
    offline = config.plugins.get("material/offline")
    return offline is not None and offline.config.enabled


def _prepare_offline(config) -> None:
    """For the file:// bundle: page links without directory URLs (the offline plugin would set
    that only after this hook planned the links) and the vendored search shim, not unpkg.com."""
    if _offline(config):
        config.use_directory_urls = False
        config.extra["polyfills"] = [OFFLINE_SHIM]


def on_files(files: Files, config) -> Files:
    site = STATE.site
    root = Path(config.config_file_path).resolve().parent
    docs_pages = []
    for file in files:
        if file.is_documentation_page():
            docs_pages.append(file.src_uri)
            file.edit_uri = f"{Path(config.docs_dir).name}/{file.src_uri}"
    for page in STATE.pages.values():
        if page.augments:  # generated content appended to a hand-written page
            if files.get_file_from_path(page.src_uri) is None:
                raise PluginError(f"docs/{page.src_uri} tidak ditemukan; halaman ini wajib ada")
            continue
        if files.get_file_from_path(page.src_uri) is not None:
            raise PluginError(f"docs/{page.src_uri} bertabrakan dengan halaman yang dibuat otomatis; "
                              "hapus atau pindahkan berkas itu")
        if page.source_path:
            file = File(page.src_uri, src_dir=str(root / corpus_module.STANDARDS_DIR),
                        dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
            if page.src_uri in STATE.problem_pages and os.path.exists(file.abs_dest_path):
                os.remove(file.abs_dest_path)  # serve --dirty: the file is fixed, its page comes back
        else:
            file = File.generated(config, page.src_uri, content=page.markdown)
        file.edit_uri = page.edit_path
        files.append(file)
    for path, content in site.data_files.items():
        files.append(File.generated(config, path, content=content))
    _editor_files(site, files, config)
    STATE.problem_pages = {page.src_uri for page in site.problem_pages}
    config.nav = _mkdocs_nav(site.nav(docs_pages))
    STATE.built = set()
    STATE.urls = {"" if f.url == "./" else f.url for f in files.documentation_pages()}  # as page.url
    return files


def _editor_files(site: Site, files: Files, config) -> None:
    """The web editor under admin/: its own files from docs/admin/, what the build makes and
    Decap's files from node_modules; none of them when the site has no editor (offline)."""
    try:
        admin = site.admin
    except editor.NotInstalled as problem:
        if not STATE.serving:  # a published site must have the editor pemda.yml promises
            raise PluginError(str(problem)) from None
        # The preview goes on without it (an author without npm still sees the pages).
        log.info(f"{problem}; pratinjau tanpa editor web")
        admin = None
    if admin is None:
        for file in [f for f in files if f.src_uri.startswith(editor.ADMIN + "/")]:
            files.remove(file)
        return
    for path, content in admin.generated.items():
        files.append(File.generated(config, path, content=content))
    for path, source in admin.copied.items():
        files.append(File.generated(config, path, abs_src_path=str(source)))


def _mkdocs_nav(entries) -> list:
    """The core's (title, target) tree as MkDocs' nav config; titles are text, so escaped."""
    nav = []
    for title, target in entries:
        value = _mkdocs_nav(target) if isinstance(target, list) else target
        nav.append(value if title is None else {html.escape(title): value})
    return nav


def on_page_read_source(page, config) -> str | None:
    planned = STATE.pages.get(page.file.src_uri)
    return planned.markdown if planned and planned.source_path else None


@event_priority(100)  # before Material's tags plugin reads page.meta
def on_page_markdown(markdown: str, page, config, files) -> str:
    planned = STATE.pages.get(page.file.src_uri)
    # Sitemap dates come from the content (or the commit), never the build clock.
    updated = planned.updated if planned and planned.updated else STATE.site.options.build_date
    page.update_date = date_span(updated)[0].isoformat()  # a month or a year alone: its first day
    if planned is None:
        return markdown
    page.meta.update(planned.meta)
    if "description" in planned.meta:  # Material's templates do not escape page.meta
        page.meta["description"] = html.escape(planned.meta["description"])
    if planned.augments:
        return markdown + planned.markdown
    page.meta["title"] = html.escape(planned.title)
    return markdown


def on_page_content(content: str, page, config, files) -> str:
    planned = STATE.pages.get(page.file.src_uri)
    if planned is None:
        return content
    return planned.fill(content)


def on_post_page(output: str, page, config) -> str:
    STATE.built.add(page.url)
    planned = STATE.pages.get(page.file.src_uri)
    if planned is None or not planned.deferred:
        return output
    sheet = STATE.sheets.get(planned.src_uri)
    for note in sheet.notes:  # the author's to fix, not the build's: a warning, not a failure
        log.info(f"{planned.edit_path}: peringatan: {note}")
    return planned.finish(output, sheet.fragments)


def _stop_sheets() -> None:
    if STATE.sheets is not None:
        STATE.sheets.close()
        STATE.sheets = None


def on_build_error(error) -> None:
    _stop_sheets()


@event_priority(-50)  # after Material's search plugin wrote the index, before the offline plugin
def on_post_build(config) -> None:
    _stop_sheets()
    site = STATE.site
    if site is None:
        return
    index_path = Path(config.site_dir) / "search" / "search_index.json"
    if index_path.exists():
        index = json.loads(index_path.read_text(encoding="utf-8"))
        if STATE.serving:
            index["docs"] = STATE.search_entries.merge(index["docs"], STATE.built, STATE.urls)
        search.add_stems(index)
        index_path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    STATE.rebuilding = STATE.serving and STATE.dirty  # later builds rebuild only what changed
    for draft in site.corpus.drafts:
        verb = "ditampilkan di pratinjau" if STATE.serving else "tidak diterbitkan"
        log.info(f"Draf {verb}: {draft.path}")
    logging.getLogger("mkdocs").info(site.corpus.summary_text())
