"""Checking one standard file on its own: reading, schema, markup, and its kind's rules.

Checks that need other files (unique numbers, links) are in :mod:`standar.read.corpus`; this
module returns the facts they need. Everything here is a pure function of the file and the
shared reference data, so files can be checked in parallel processes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from .. import kinds
from ..model.diagnostics import Diagnostic
from ..model.kind import Facts
from ..model.diagnostics import GALAT
from ..model.schema import PLACEHOLDER, Context, placeholder_error
from ..model.standard import Standard
from . import markup
from .config import ProjectConfig
from .discover import Candidate
from .frontmatter import SourceError, decode, split
from .yamlstrict import YamlError, load


@dataclass(frozen=True)
class Options:
    """What checking a file needs beyond the file: the same for every file of a corpus."""

    max_bytes: int = 1024 * 1024
    config: ProjectConfig = ProjectConfig()


@dataclass
class FileResult:
    candidate: Candidate
    facts: Facts
    standard: Standard | None = None  # None when the file has errors (or in a lean result)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    valid: bool = False               # a standard was made (no error in this file alone)

    def lean(self) -> "FileResult":
        """This result without the standard's content: what a check without a build needs
        (its outcome is in ``valid`` and ``facts.status``); far less to send between processes."""
        return replace(self, standard=None)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def check_file(candidate: Candidate, options: Options, data: bytes | None = None,
               defer: bool = False) -> FileResult:
    """``data``: the file's bytes when the caller has read them already. ``defer``: a check
    without a build (its standards are dropped) leaves a body it need not convert unconverted
    (:func:`markup.convert`). A fault of the check itself is reported on the file, as an error,
    and the other files are checked all the same."""
    try:
        return _check(candidate, options, data, defer)
    except Exception as exc:  # a bug of the check: say so on this file, never stop the others
        result = FileResult(candidate, Facts(candidate.rel, candidate.kind, has_errors=True))
        result.diagnostics = [Diagnostic(candidate.rel, None, GALAT,
                                         f"galat internal saat memeriksa berkas ini ({type(exc).__name__}: "
                                         f"{exc}); laporkan ke tim TI beserta berkasnya")]
        return result


def _check(candidate: Candidate, options: Options, data: bytes | None, defer: bool) -> FileResult:
    max_bytes = options.max_bytes
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
    meta, _ = kind.fields.convert_partial(raw, (), ctx, kinds.elsewhere(candidate.kind))
    body = _body(source, options.config, ctx, defer)
    facts = result.facts
    facts.body_links = [(tag, url, source.body_line + line - 1) for tag, url, line in body.links]
    facts.nomor, facts.status = meta.get("nomor"), meta.get("status")
    facts.nomor_line = ctx.line(("nomor",)) if "nomor" in raw else None
    facts.keys["tags"] = [(tag, ctx.line(("tags", i))) for i, tag in enumerate(meta.get("tags") or ())]
    kind.check(meta, raw, ctx, facts)
    if not ctx.has_errors:
        result.standard = kind.make(candidate.rel, candidate.opd, candidate.slug, meta,
                                    source.body, source.body_line)
        result.standard.body_html = body.html
        result.valid = True
    return _finish(result, ctx)


def _finish(result: FileResult, ctx: Context) -> FileResult:
    result.diagnostics = ctx.diagnostics
    result.facts.has_errors = result.has_errors
    return result


def _body(source, config: ProjectConfig, ctx: Context, defer: bool) -> markup.Body:
    """The body converted as the build converts it; what it may not carry, on its lines."""
    text = source.body
    if "<" in text:  # a placeholder is reported as one; converted, it would read as an unknown tag
        for number, line in enumerate(text.split("\n"), source.body_line):
            found = PLACEHOLDER.search(line)
            if found:
                placeholder_error(ctx, (), found.group(0), line=number)
        text = PLACEHOLDER.sub(lambda m: "x" * len(m.group()), text)
    body = markup.convert(text, config, defer=defer)
    for problem in body.problems:
        line = source.body_line + problem.line - 1
        if problem.warning:
            ctx.warning((), f"teks halaman: {problem.message}", line=line)
        else:
            ctx.error((), f"teks halaman berisi kode yang tidak diizinkan: {problem.message}; hapus kode itu"
                      if problem.needles else f"teks halaman: {problem.message}", line=line)
    return body
