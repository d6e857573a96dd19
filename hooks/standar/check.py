"""Checking one standard file on its own: reading, schema, dates, actors, flow.

Checks that need other files (unique numbers, links) are in :mod:`standar.corpus`; this module
returns what they need. Everything here is a pure function of the file and the shared
reference data, so files can be checked in parallel processes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import fields, flow, safety
from .catalogue import Catalogue
from .diagnostics import Diagnostic
from .discover import Candidate
from .frontmatter import SourceError, decode, split
from .schema import PLACEHOLDER, Context, is_placeholder, placeholder_error, suggest
from .standard import SOP, Standard
from .yamlstrict import YamlError, load


@dataclass(frozen=True)
class Link:
    """A reference by ``nomor`` to another standard, resolved once all files are read."""

    nomor: str
    field: tuple   # path of the referring field
    line: int
    role: str      # keterkaitan | diganti_oleh | sop_terkait


@dataclass
class FileResult:
    candidate: Candidate
    standard: Standard | None = None  # None when the file has errors
    diagnostics: list[Diagnostic] = field(default_factory=list)
    nomor: str | None = None           # known even when other fields are wrong
    nomor_line: int | None = None
    status: str | None = None
    layanan: str | None = None
    links: list[Link] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def check_file(candidate: Candidate, catalogue: Catalogue, max_bytes: int,
               data: bytes | None = None) -> FileResult:
    """``data``: the file's bytes when the caller has read them already."""
    result = FileResult(candidate)
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
        result.diagnostics = ctx.diagnostics
        return result
    ctx.lines = lines
    if not isinstance(raw, dict):
        shape = "daftar" if isinstance(raw, list) else "kosong" if raw is None else "satu nilai saja"
        ctx.error((), f"front-matter harus berisi kolom-kolom 'nama: nilai' (judul, nomor, ...), "
                      f"bukan {shape}", line=source.meta_line)
        result.diagnostics = ctx.diagnostics
        return result

    model = fields.SOP if candidate.kind == SOP else fields.SPM
    meta, _ = model.convert_partial(raw, (), ctx)
    _markup_rules(meta, source, ctx)
    for number, text in enumerate(source.body.split("\n"), source.body_line):
        found = PLACEHOLDER.search(text)
        if found:
            placeholder_error(ctx, (), found.group(0), line=number)
    result.nomor, result.status = meta.get("nomor"), meta.get("status")
    result.nomor_line = ctx.line(("nomor",)) if "nomor" in raw else None
    layanan = None
    if candidate.kind == SOP:
        _sop_rules(meta, raw, ctx, result)
    else:
        layanan = _spm_rules(meta, ctx, result, catalogue)
    result.diagnostics = ctx.diagnostics
    if not ctx.has_errors:
        result.standard = Standard(kind=candidate.kind, opd=candidate.opd, slug=candidate.slug,
                                   path=candidate.rel, meta=meta, body=source.body,
                                   body_line=source.body_line, layanan=layanan)
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


def _date_order(meta: dict, ctx: Context, later: str, earlier: str):
    if meta.get(later) and meta.get(earlier) and meta[later] < meta[earlier]:
        ctx.error((later,), f"{meta[later].isoformat()} lebih awal dari {earlier} "
                            f"({meta[earlier].isoformat()})")


def _sop_rules(meta: dict, raw: dict, ctx: Context, result: FileResult):
    _date_order(meta, ctx, "tanggal_efektif", "tanggal_pembuatan")
    _date_order(meta, ctx, "tanggal_revisi", "tanggal_pembuatan")
    if meta.get("diganti_oleh"):
        if meta.get("status") != "dicabut":
            ctx.error(("diganti_oleh",), "hanya untuk SOP berstatus dicabut; hapus kolom ini atau "
                                         "ubah status menjadi dicabut")
        elif meta["diganti_oleh"] == meta.get("nomor"):
            ctx.error(("diganti_oleh",), "SOP tidak dapat digantikan oleh dirinya sendiri")
        else:
            result.links.append(Link(meta["diganti_oleh"], ("diganti_oleh",),
                                     ctx.line(("diganti_oleh",)), "diganti_oleh"))
    for index, item in enumerate(meta.get("keterkaitan") or ()):
        if isinstance(item, dict):
            path = ("keterkaitan", index, "nomor")
            if item["nomor"] == meta.get("nomor"):
                ctx.error(path, "SOP tidak dapat dikaitkan dengan dirinya sendiri")
            else:
                result.links.append(Link(item["nomor"], path, ctx.line(path), "keterkaitan"))

    actors = meta.get("pelaksana")
    steps = meta.get("langkah")
    raw_steps = raw.get("langkah") if isinstance(raw.get("langkah"), list) else []
    if actors is not None:
        used = set()
        for index, step in enumerate(raw_steps):
            actor = step.get("pelaksana") if isinstance(step, dict) else None
            if is_placeholder(actor):
                continue  # reported as a placeholder
            if actor is None or isinstance(actor, (list, dict)):
                continue
            actor = str(actor).strip()
            used.add(actor)
            if actor and actor not in actors:
                ctx.error(("langkah", index, "pelaksana"),
                          f"'{actor}' tidak ada di daftar pelaksana; tambahkan ke 'pelaksana' atau "
                          "perbaiki namanya" + suggest(actor, actors))
        if steps is not None:
            for actor in actors:
                if actor not in used:
                    ctx.warning(("pelaksana",), f"pelaksana '{actor}' tidak melaksanakan langkah apa pun")
    if steps is not None:
        for path, message in flow.problems(steps):
            ctx.error(path, message)


def _spm_rules(meta: dict, ctx: Context, result: FileResult, catalogue: Catalogue):
    kode = meta.get("layanan")
    layanan = catalogue.layanan.get(kode) if kode else None
    if kode and layanan is None:
        ctx.error(("layanan",), f"'{kode}' tidak ada di katalog SPM nasional"
                               + suggest(kode, catalogue.layanan))
    result.layanan = kode if layanan else None
    years: dict[int, int] = {}
    for index, entry in enumerate(meta.get("capaian") or ()):
        path = ("capaian", index)
        if entry["tahun"] in years:
            ctx.error(path + ("tahun",), f"tahun {entry['tahun']} ditulis dua kali (juga butir "
                                         f"ke-{years[entry['tahun']] + 1})")
        years.setdefault(entry["tahun"], index)
        if entry["terlayani"] > entry["sasaran"]:
            ctx.error(path + ("terlayani",), f"terlayani ({entry['terlayani']}) lebih besar dari "
                                             f"sasaran ({entry['sasaran']})")
        quality = (entry["mutu_sasaran"] is not None, entry["mutu_terpenuhi"] is not None)
        if quality[0] != quality[1]:
            missing = "mutu_terpenuhi" if quality[0] else "mutu_sasaran"
            ctx.error(path + (missing,), "mutu_sasaran dan mutu_terpenuhi diisi berpasangan")
        elif quality[0] and entry["mutu_terpenuhi"] > entry["mutu_sasaran"]:
            ctx.error(path + ("mutu_terpenuhi",), f"mutu_terpenuhi ({entry['mutu_terpenuhi']}) lebih "
                                                  f"besar dari mutu_sasaran ({entry['mutu_sasaran']})")
    for index, nomor in enumerate(meta.get("sop_terkait") or ()):
        path = ("sop_terkait", index)
        result.links.append(Link(nomor, path, ctx.line(path), "sop_terkait"))
    return layanan
