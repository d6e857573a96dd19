"""Checking one standard file on its own: reading, schema, markup, and its kind's rules.

Checks that need other files (unique numbers, links) are in :mod:`standar.read.corpus`; this
module returns the facts they need. Everything here is a pure function of the file and the
shared reference data, so files can be checked in parallel processes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .. import kinds
from ..model.diagnostics import Diagnostic
from ..model.kind import Facts
from ..model.schema import PLACEHOLDER, Context, placeholder_error
from ..model.standard import Standard
from . import safety
from .discover import Candidate
from .frontmatter import SourceError, decode, split
from .yamlstrict import YamlError, load


@dataclass
class FileResult:
    candidate: Candidate
    facts: Facts
    standard: Standard | None = None  # None when the file has errors
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def check_file(candidate: Candidate, max_bytes: int, data: bytes | None = None) -> FileResult:
    """``data``: the file's bytes when the caller has read them already."""
    result = FileResult(candidate, Facts(candidate.rel, candidate.kind))
    ctx = Context(candidate.rel, {})
    try:
        size = os.stat(candidate.abs_path).st_size if data is None else len(data)
        if size > max_bytes:
            raise SourceError(f"berkas terlalu besar ({size // 1024} KB; paling besar "
                              f"{max_bytes // 1024} KB); pecah prosedur menjadi beberapa SOP", None)
        if data is None:
            with open(candidate.abs_path, "rb") as handle:
                data = handle.read()
        source = split(decode(data))
        raw, lines = load(source.meta_text, first_line=source.meta_line)
    except (SourceError, YamlError) as exc:
        ctx.error((), exc.message, line=exc.line)
        return _finish(result, ctx)
    ctx.lines = lines
    if not isinstance(raw, dict):
        shape = "daftar" if isinstance(raw, list) else "kosong" if raw is None else "satu nilai saja"
        ctx.error((), f"front-matter harus berisi kolom-kolom 'nama: nilai' (judul, nomor, ...), "
                      f"bukan {shape}", line=source.meta_line)
        return _finish(result, ctx)

    kind = kinds.get(candidate.kind)
    meta, _ = kind.fields.convert_partial(raw, (), ctx)
    _markup_rules(meta, source, ctx)
    for number, text in enumerate(source.body.split("\n"), source.body_line):
        found = PLACEHOLDER.search(text)
        if found:
            placeholder_error(ctx, (), found.group(0), line=number)
    facts = result.facts
    facts.nomor, facts.status = meta.get("nomor"), meta.get("status")
    facts.nomor_line = ctx.line(("nomor",)) if "nomor" in raw else None
    kind.check(meta, raw, ctx, facts)
    if not ctx.has_errors:
        result.standard = kind.make(candidate.rel, candidate.opd, candidate.slug, meta,
                                    source.body, source.body_line)
    return _finish(result, ctx)


def _finish(result: FileResult, ctx: Context) -> FileResult:
    result.diagnostics = ctx.diagnostics
    result.facts.has_errors = result.has_errors
    return result


def _strings(value, path=()):
    """Every text value of the front-matter with its field path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))


def _markup_rules(meta: dict, source, ctx: Context):
    for path, text in _strings(meta):
        for problem in safety.scan_value(text):
            ctx.error(path, f"berisi kode yang tidak diizinkan: {problem.message}; hapus kode itu")
    for problem in safety.scan_markdown(source.body):
        ctx.error((), f"teks halaman berisi kode yang tidak diizinkan: {problem.message}; hapus kode itu",
                  line=source.body_line + problem.line - 1)
