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

from . import catalogue as catalogue_module
from . import schema
from .background import fork_pool
from .catalogue import Catalogue
from .check import FileResult, check_file
from .diagnostics import GALAT, Diagnostic
from .discover import discover
from .registry import Opd, load_pemda, load_registry
from .standard import SOP, Standard

STANDARDS_DIR = "standards"

PUBLISHED, DRAFT, ERROR = "terbit", "draf", "galat"


@dataclass
class Corpus:
    root: Path
    pemda: dict
    registry: dict[str, Opd]
    catalogue: Catalogue
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
        return self.pemda.get("pengaturan") or {}

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


def load(root: Path | str, only: set[str] | None = None, memo: dict | None = None) -> Corpus:
    """Read and check everything under ``<root>/standards``.

    ``only``: relative paths whose problems are reported (cross-file checks still see every
    file); ``None`` reports all. ``memo``: a dict kept between loads by a long-running process
    (``mkdocs serve``), so that only files whose content changed are checked again.
    """
    root = Path(root)
    standards_dir = root / STANDARDS_DIR
    catalogue = catalogue_module.load()
    diagnostics: list[Diagnostic] = []
    registry, problems = load_registry(standards_dir, STANDARDS_DIR)
    diagnostics += problems
    pemda, problems = load_pemda(standards_dir, STANDARDS_DIR, registry)
    diagnostics += problems
    max_bytes = (pemda.get("pengaturan") or {}).get("ukuran_berkas_maks_kb", 1024) * 1024

    found = discover(standards_dir, STANDARDS_DIR, registry)
    diagnostics += found.diagnostics
    results = check_files(found.candidates, catalogue, max_bytes, memo)
    for result in results:
        diagnostics += result.diagnostics
    diagnostics += _cross_checks(results)

    failed = {d.path for d in diagnostics if d.is_error}
    standards = sorted((r.standard for r in results if r.standard and r.candidate.rel not in failed),
                       key=lambda s: s.path)
    outcome = {rel: ERROR for rel in found.found}
    for standard in standards:
        outcome[standard.path] = DRAFT if standard.is_draft else PUBLISHED
    if only is not None:
        diagnostics = [d for d in diagnostics if d.path in only]
    return Corpus(root=root, pemda=pemda, registry=registry, catalogue=catalogue,
                  standards=standards, diagnostics=diagnostics, found=found.found, outcome=outcome,
                  nomors={r.candidate.rel: r.nomor for r in results if r.nomor},
                  links={r.candidate.rel: [link.nomor for link in r.links] for r in results if r.links})


# Below this many files, starting worker processes costs more than it saves (measured: the
# break-even is near 300 files on 2 cores).
PARALLEL_FROM = 400
_shared: tuple = ()  # (catalogue, max_bytes) for forked workers, inherited rather than pickled


def check_files(candidates: list, catalogue: Catalogue, max_bytes: int,
                memo: dict | None = None) -> list[FileResult]:
    """Every file checked on its own (a pure function of its bytes), on every core when the
    corpus is large; results in the order of ``candidates``. With ``memo``, a file whose bytes
    are those of the last check keeps that check's result."""
    if memo is None:
        return _check_all(candidates, catalogue, max_bytes)
    data = {c.rel: _read(c.abs_path) for c in candidates}  # read once: checked and keyed alike
    keys = {rel: (None if raw is None else hashlib.blake2b(raw, digest_size=16).digest(), max_bytes)
            for rel, raw in data.items()}
    stale = [c for c in candidates if keys[c.rel][0] is None or memo.get(c.rel, (None,))[0] != keys[c.rel]]
    results = _check_all(stale, catalogue, max_bytes, [data[c.rel] for c in stale])
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


def _check_all(candidates: list, catalogue: Catalogue, max_bytes: int,
               data: list | None = None) -> list[FileResult]:
    global _shared
    data = data or [None] * len(candidates)
    workers = min(os.cpu_count() or 1, 8)
    pool = fork_pool(workers) if len(candidates) >= PARALLEL_FROM and workers > 1 else None
    if pool is None:
        return [check_file(c, catalogue, max_bytes, raw) for c, raw in zip(candidates, data)]
    _shared = (catalogue, max_bytes)
    collecting = gc.isenabled()
    gc.disable()  # unpickling thousands of small objects would trigger collections that find nothing
    try:
        with pool:
            results = list(pool.map(_check_shared, candidates, data,
                                    chunksize=max(16, len(candidates) // (workers * 8))))
    except BrokenProcessPool:  # a worker died (out of memory, killed): check here instead
        results = [check_file(c, catalogue, max_bytes, raw) for c, raw in zip(candidates, data)]
    finally:
        _shared = ()
        if collecting:
            gc.enable()
    for result in results:  # objects came back pickled: point them at this process's catalogue
        if result.standard is not None and result.standard.layanan is not None:
            result.standard.layanan = catalogue.layanan[result.standard.layanan.kode]
    return results


def _check_shared(candidate, data) -> FileResult:
    return check_file(candidate, *_shared, data)


def _cross_checks(results: list[FileResult]) -> list[Diagnostic]:
    """Checks across files: unique numbers, one SPM per service, links that resolve."""
    problems: list[Diagnostic] = []

    def error(rel, line, message, field_name=None):
        problems.append(Diagnostic(rel, line, GALAT, message, field_name))

    by_nomor: dict[str, list[FileResult]] = {}
    by_layanan: dict[str, list[FileResult]] = {}
    for result in results:
        if result.nomor:
            by_nomor.setdefault(result.nomor, []).append(result)
        if result.layanan:
            by_layanan.setdefault(result.layanan, []).append(result)
    for nomor, group in by_nomor.items():
        for result in group if len(group) > 1 else ():
            others = ", ".join(r.candidate.rel for r in group if r is not result)
            error(result.candidate.rel, result.nomor_line,
                  f"kolom 'nomor': nomor \"{nomor}\" juga dipakai oleh {others}; nomor harus unik", "nomor")
    for kode, group in by_layanan.items():
        for result in group if len(group) > 1 else ():
            others = ", ".join(r.candidate.rel for r in group if r is not result)
            error(result.candidate.rel, None,
                  f"kolom 'layanan': layanan '{kode}' sudah punya SPM di {others}; satu SPM per layanan",
                  "layanan")
    for result in results:
        for link in result.links:
            targets = by_nomor.get(link.nomor, [])
            label, field_label = f"'{schema.label(link.field)}'", schema.dotted(link.field)
            if not targets:
                error(result.candidate.rel, link.line,
                      f"kolom {label}: tidak ada SOP bernomor \"{link.nomor}\" di portal; periksa "
                      "penulisan nomornya", field_label)
                continue
            target = targets[0]
            if target.candidate.kind != SOP:
                error(result.candidate.rel, link.line,
                      f"kolom {label}: \"{link.nomor}\" adalah SPM, bukan SOP", field_label)
            elif target.has_errors:
                error(result.candidate.rel, link.line,
                      f"kolom {label}: SOP \"{link.nomor}\" ({target.candidate.rel}) memiliki galat "
                      "sehingga tidak diterbitkan", field_label)
            elif target.status == "draf" and result.status != "draf":
                error(result.candidate.rel, link.line,
                      f"kolom {label}: SOP \"{link.nomor}\" masih draf sehingga tautannya belum dapat "
                      "diterbitkan", field_label)
    return problems
