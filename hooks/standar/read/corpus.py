"""The whole content of a portal: registry, pemda identity, every standard, every problem.

``load`` is the one entry point that both adapters (the MkDocs hook and the command line)
use, so the build and ``standar check`` can never disagree.
"""

from __future__ import annotations

import gc
import hashlib
import os
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from pymdownx.slugs import slugify

from .. import kinds
from ..model import catalogue as catalogue_module
from ..model import schema, sitemap
from ..model.catalogue import Catalogue
from ..model.diagnostics import GALAT, Diagnostic
from ..model.opd import Opd
from ..model.standard import DICABUT, DRAF, Standard
from .background import fork_pool
from . import config as config_module
from . import links
from .check import FileResult, Options, check_file
from .discover import discover
from .registry import load_registry
from .settings import load_pemda

STANDARDS_DIR = "standards"

PUBLISHED, DRAFT, ERROR = "terbit", "draf", "galat"


@dataclass
class Corpus:
    root: Path
    pemda: dict
    registry: dict[str, Opd]
    catalogue: Catalogue
    site_files: set[str]                  # the hand-written site's files the generator publishes
    config: config_module.ProjectConfig   # the generator's configuration the bodies convert with
    standards: list[Standard]             # every valid standard, drafts included, sorted by path
    diagnostics: list[Diagnostic]
    found: list[str]                      # every content file under standards/
    outcome: dict[str, str] = field(default_factory=dict)  # rel path -> terbit | draf | galat
    # rel path -> its own nomor / the nomors it links to; known for files with errors too
    nomors: dict[str, str] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    @property
    def settings(self) -> dict:
        return self.pemda["pengaturan"]

    @property
    def drafts(self) -> list[Standard]:
        return [s for s in self.standards if s.is_draft]

    def published(self, include_drafts: bool = False) -> list[Standard]:
        return [s for s in self.standards if include_drafts or not s.is_draft]

    def by_nomor(self) -> dict[str, Standard]:
        return {s.nomor: s for s in self.standards if s.nomor}

    def summary(self) -> dict:
        counts = {PUBLISHED: 0, DRAFT: 0, ERROR: 0}
        for value in self.outcome.values():
            counts[value] += 1
        return {"ditemukan": len(self.found), "terbit": counts[PUBLISHED], "draf": counts[DRAFT],
                "galat": counts[ERROR],
                "jumlah_galat": len(self.errors),
                "jumlah_peringatan": len(self.diagnostics) - len(self.errors)}

    def summary_text(self, diagnostics: list[Diagnostic] | None = None) -> str:
        """The one sentence that says what became of every file, for the check, the build and
        the preview; the problems counted are ``diagnostics`` (default: all)."""
        s = self.summary()
        shown = self.diagnostics if diagnostics is None else diagnostics
        errors = sum(1 for d in shown if d.is_error)
        return (f"Ringkasan: {s['ditemukan']} berkas standar ditemukan: {s['terbit']} terbit, "
                f"{s['draf']} draf, {s['galat']} bergalat; {errors} galat, {len(shown) - errors} peringatan.")


def reserved_names(root: Path, config: config_module.ProjectConfig) -> set[str]:
    """Names at the top of the site that an OPD's folder may not take: every generated page's
    section, every entry of the hand-written site (published or excluded), and what the
    generator writes itself. Derived from the configuration and the kinds, not listed by hand."""
    generated = kinds.generated_paths()
    names = {path.split("/")[0] for path in generated}
    docs = root / config.docs_dir
    if docs.is_dir():
        names |= {entry.name for entry in docs.iterdir()}
    names |= {pattern.strip("/").split("/")[0] for pattern in config.exclude_docs}
    names |= set(config.generated)
    return {name.rsplit(".", 1)[0] if name.endswith((".md", ".html", ".xml")) else name for name in names}


def load(root: Path | str, only: set[str] | None = None, memo: dict | None = None,
         lean: bool = False) -> Corpus:
    """Read and check everything under ``<root>/standards``.

    ``only``: relative paths whose problems are reported (cross-file checks still see every
    file); ``None`` reports all. ``memo``: a dict kept between loads by a long-running process
    (``mkdocs serve``), so that only files whose content changed are checked again. ``lean``:
    a check without a build (``standar check``): problems and outcomes only, no standards
    (the workers' results without them are a fraction of the size to send back).
    """
    root = Path(root)
    standards_dir = root / STANDARDS_DIR
    catalogue = catalogue_module.load()
    diagnostics: list[Diagnostic] = []
    config = config_module.load(root)
    site_files = links.docs_files(root, config)
    registry, problems = load_registry(standards_dir, STANDARDS_DIR, reserved_names(root, config))
    diagnostics += problems
    # Without the hand-written site (a project of standards only) there is no logo to look for.
    docs_here = (root / config.docs_dir).is_dir()
    pemda, problems = load_pemda(standards_dir, STANDARDS_DIR, catalogue, registry,
                                 site_files if docs_here else None)
    diagnostics += problems
    options = Options(max_bytes=pemda["pengaturan"]["ukuran_berkas_maks_kb"] * 1024, config=config)

    found = discover(standards_dir, STANDARDS_DIR, registry)
    diagnostics += found.diagnostics
    results = check_files(found.candidates, options, memo, lean)
    for result in results:
        diagnostics += result.diagnostics
    diagnostics += _cross_checks(results, registry, site_files)

    failed = {d.path for d in diagnostics if d.is_error}
    valid = [r for r in results if r.valid and r.candidate.rel not in failed]
    standards = sorted((r.standard for r in valid if r.standard), key=lambda s: s.path)
    outcome = {rel: ERROR for rel in found.found}
    for result in valid:
        outcome[result.candidate.rel] = DRAFT if result.facts.status == DRAF else PUBLISHED
    if only is not None:
        diagnostics = [d for d in diagnostics if d.path in only]
    return Corpus(root=root, pemda=pemda, registry=registry, catalogue=catalogue, site_files=site_files,
                  config=config,
                  standards=standards, diagnostics=diagnostics, found=found.found, outcome=outcome,
                  nomors={r.facts.rel: r.facts.nomor for r in results if r.facts.nomor},
                  links={r.facts.rel: [link.nomor for link in r.facts.links] for r in results if r.facts.links})


# Below this many files, starting worker processes costs more than it saves (measured: the
# break-even is near 300 files on 2 cores).
PARALLEL_FROM = 400
_shared: tuple = ()  # (options,) for forked workers, inherited rather than pickled


def check_files(candidates: list, options: Options, memo: dict | None = None,
                lean: bool = False) -> list[FileResult]:
    """Every file checked on its own (a pure function of its bytes), on every core when the
    corpus is large; results in the order of ``candidates`` (``lean``: without the standards).
    With ``memo``, a file whose bytes are those of the last check keeps that check's result."""
    if memo is None:
        return _check_all(candidates, options, lean=lean)
    data = {c.rel: _read(c.abs_path) for c in candidates}  # read once: checked and keyed alike
    keys = {rel: (None if raw is None else hashlib.blake2b(raw, digest_size=16).digest(), options)
            for rel, raw in data.items()}
    stale = [c for c in candidates if keys[c.rel][0] is None or memo.get(c.rel, (None,))[0] != keys[c.rel]]
    results = _check_all(stale, options, [data[c.rel] for c in stale])
    for candidate, result in zip(stale, results):
        memo[candidate.rel] = (keys[candidate.rel], result)
    for rel in set(memo) - set(keys):
        del memo[rel]
    return [memo[c.rel][1] for c in candidates]


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None  # check_file reads it again and reports why it cannot


def _check_all(candidates: list, options: Options, data: list | None = None,
               lean: bool = False) -> list[FileResult]:
    global _shared
    data = data or [None] * len(candidates)
    workers = min(os.cpu_count() or 1, 8)
    pool = fork_pool(workers) if len(candidates) >= PARALLEL_FROM and workers > 1 else None
    if pool is None:
        return [_check_one(c, raw, options, lean) for c, raw in zip(candidates, data)]
    _shared = (options, lean)
    collecting = gc.isenabled()
    gc.disable()  # unpickling thousands of small objects would trigger collections that find nothing
    try:
        with pool:
            results = list(pool.map(_check_shared, candidates, data,
                                    chunksize=max(16, len(candidates) // (workers * 8))))
    except BrokenProcessPool:  # a worker died (out of memory, killed): check here instead
        results = [_check_one(c, raw, options, lean) for c, raw in zip(candidates, data)]
    finally:
        _shared = ()
        if collecting:
            gc.enable()
    return results


def _check_one(candidate, data, options: Options, lean: bool) -> FileResult:
    result = check_file(candidate, options, data, defer=lean)  # a build needs every body's HTML
    return result.lean() if lean else result


def _check_shared(candidate, data) -> FileResult:
    return _check_one(candidate, data, *_shared)


def _cross_checks(results: list[FileResult], registry: dict, site_files: set[str]) -> list[Diagnostic]:
    """Checks across files: unique numbers, links by number and links in the bodies that
    resolve, tags that keep apart, for every kind; then each kind's own (one SPM per service)."""
    problems: list[Diagnostic] = []

    def error(rel, line, message, field_name=None):
        problems.append(Diagnostic(rel, line, GALAT, message, field_name))

    files = [r.facts for r in results]
    by_nomor: dict[str, list] = {}
    for facts in files:
        if facts.nomor:
            by_nomor.setdefault(facts.nomor, []).append(facts)
    for nomor, group in by_nomor.items():
        for facts in group if len(group) > 1 else ():
            others = ", ".join(f.rel for f in group if f is not facts)
            error(facts.rel, facts.nomor_line,
                  f"kolom 'nomor': nomor \"{nomor}\" juga dipakai oleh {others}; nomor harus unik", "nomor")
    every = {nomor: group[0] for nomor, group in by_nomor.items()}
    for kind in kinds.all_kinds():
        problems += kind.cross_check([f for f in files if f.kind == kind.code], every)
    for facts in files:
        for link in facts.links:
            targets = by_nomor.get(link.nomor, [])
            label, field_label = f"'{schema.label(link.field)}'", schema.dotted(link.field)
            wanted = "/".join(kinds.KINDS[k].label for k in link.targets if k in kinds.KINDS)
            if not targets:
                error(facts.rel, link.line,
                      f"kolom {label}: tidak ada {wanted} bernomor \"{link.nomor}\" di portal; periksa "
                      "penulisan nomornya", field_label)
                continue
            target = targets[0]
            noun = kinds.get(target.kind).label
            if target.kind not in link.targets and not set(kinds.get(target.kind).counts_as) & set(link.targets):
                error(facts.rel, link.line,
                      f"kolom {label}: \"{link.nomor}\" adalah {noun}, bukan {wanted}", field_label)
            else:
                problem = _unpublishable(facts, target, f"{noun} \"{link.nomor}\"")
                if problem is None and link.in_force and target.status == DICABUT:
                    problem = (f"{noun} \"{link.nomor}\" sudah dicabut; tautkan {noun} yang menggantikannya")
                if problem:
                    error(facts.rel, link.line, f"kolom {label}: {problem}", field_label)
    problems += _body_links(files, registry, site_files)
    problems += _tag_anchors(files)
    return problems


def _unpublishable(facts, target, name: str) -> str | None:
    """Why a link from ``facts``' file to ``target``'s cannot be published, or None."""
    if target.has_errors:
        return f"{name} ({target.rel}) memiliki galat sehingga tidak diterbitkan"
    if target.status == DRAF and facts.status != DRAF:
        return f"{name} masih draf sehingga tautannya belum dapat diterbitkan"
    return None


def _body_links(files: list, registry: dict, site_files: set[str]) -> list[Diagnostic]:
    """Every relative address in a body leads to a page or file the site will have."""
    by_page = {f.rel.removeprefix(STANDARDS_DIR + "/"): f for f in files}
    pages = kinds.generated_paths()
    pages |= {sitemap.opd_page(kode) for kode in registry} | site_files
    problems = []
    for facts in files:
        page = facts.rel.removeprefix(STANDARDS_DIR + "/")
        for tag, url, line in facts.body_links:
            target = links.resolve(page, url, lambda path: path in pages or path in by_page)
            where = "gambar" if tag == "img" else "tautan"
            if target is None:
                problems.append(Diagnostic(facts.rel, line, GALAT,
                                           f"teks halaman: {where} '{url}' menuju halaman atau berkas yang "
                                           "tidak ada di portal; periksa alamatnya (relatif terhadap berkas ini)"))
            elif target.path in by_page:
                linked = by_page[target.path]
                problem = _unpublishable(facts, linked, f"halaman {linked.rel}")
                if problem:
                    problems.append(Diagnostic(facts.rel, line, GALAT, f"teks halaman: {where} '{url}': {problem}"))
    return problems


def _tag_anchors(files: list) -> list[Diagnostic]:
    """Tags become anchors of the tag page: each must make one, and one tag only."""
    slug = slugify(case="lower")
    spelled: dict[str, tuple[str, str]] = {}
    problems = []
    for facts in files:
        for tag, line in facts.keys.get("tags", ()):
            anchor = slug(tag, "-")
            if not anchor:
                problems.append(Diagnostic(facts.rel, line, GALAT,
                                           f"kolom 'tags': '{tag}' tidak memuat huruf atau angka; tulis kata kuncinya",
                                           "tags"))
                continue
            first = spelled.setdefault(anchor, (tag, facts.rel))
            if first[0] != tag:
                problems.append(Diagnostic(facts.rel, line, GALAT,
                                           f"kolom 'tags': '{tag}' dan '{first[0]}' ({first[1]}) menjadi satu kata "
                                           f"kunci; tulis sama persis: '{first[0]}'", "tags"))
    return problems
