"""MkDocs adapter: a thin layer that turns the ``standar`` core's site plan into MkDocs files,
navigation and pages. All domain logic lives in the core (``hooks/standar``), which never
imports MkDocs.

Events used: startup (serve or build), config (load and validate; fail with every error at
once), files (add the planned pages), page_read_source / page_markdown / page_content (fill
the pages), post_build (summary).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from standar import corpus as corpus_module
from standar import diagnostics
from standar.clock import build_date
from standar.site import Site, SiteOptions

log = get_plugin_logger("standar")


class _State:
    serving = False
    site: Site | None = None
    pages: dict = {}


STATE = _State()


def on_startup(command: str, dirty: bool) -> None:
    STATE.serving = command == "serve"


@event_priority(100)
def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    corpus = corpus_module.load(root)
    for problem in corpus.diagnostics:
        if not problem.is_error:  # warnings must not fail a strict build: authors fix them at leisure
            log.info(problem.format())
    if corpus.has_errors:
        summary = corpus.summary()
        raise PluginError(
            "Standar tidak dapat diterbitkan karena ada galat:\n"
            + diagnostics.format_text(corpus.errors)
            + f"\nRingkasan: {summary['ditemukan']} berkas, {summary['galat']} bergalat, "
              f"{summary['jumlah_galat']} galat. Perbaiki lalu jalankan ulang (lihat: standar check).")
    site = Site(corpus, SiteOptions(include_drafts=STATE.serving,
                                    directory_urls=config.use_directory_urls,
                                    build_date=build_date(root, corpus),
                                    site_url=config.site_url or ""))
    STATE.site = site
    STATE.pages = {page.src_uri: page for page in site.pages()}
    pemda = corpus.pemda
    config.site_name = f"Standar Pelayanan {pemda.get('nama_singkat', '')}".strip()
    config.extra["pemda"] = pemda
    return config


def on_files(files: Files, config) -> Files:
    site = STATE.site
    root = Path(config.config_file_path).resolve().parent
    docs_pages = []
    for file in files:
        if file.is_documentation_page():
            docs_pages.append(file.src_uri)
            file.edit_uri = f"{Path(config.docs_dir).name}/{file.src_uri}"
    for page in STATE.pages.values():
        if files.get_file_from_path(page.src_uri) is not None:
            raise PluginError(f"docs/{page.src_uri} bertabrakan dengan halaman yang dibuat otomatis; "
                              "hapus atau pindahkan berkas itu")
        if page.source_path:
            file = File(page.src_uri, src_dir=str(root / corpus_module.STANDARDS_DIR),
                        dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        else:
            file = File.generated(config, page.src_uri, content=page.markdown)
        file.edit_uri = page.edit_path
        files.append(file)
    for path, text in site.data_files().items():
        files.append(File.generated(config, path, content=text))
    config.nav = _mkdocs_nav(site.nav(docs_pages))
    return files


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
    if planned:
        page.meta.update(planned.meta)
        page.meta["title"] = html.escape(planned.title)
        if planned.updated:
            page.update_date = planned.updated.isoformat()
    return markdown


def on_page_content(content: str, page, config, files) -> str:
    planned = STATE.pages.get(page.file.src_uri)
    return planned.fill(content) if planned else content


def on_post_build(config) -> None:
    site = STATE.site
    if site is None:
        return
    summary = site.corpus.summary()
    for draft in site.corpus.drafts:
        verb = "ditampilkan di pratinjau" if STATE.serving else "tidak diterbitkan"
        log.info(f"Draf {verb}: {draft.path}")
    logging.getLogger("mkdocs").info(
        f"Standar: {summary['ditemukan']} berkas ditemukan, {summary['terbit']} terbit, "
        f"{summary['draf']} draf, {summary['galat']} bergalat")
