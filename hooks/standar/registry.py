"""The OPD registry (``standards/opd.yml``) and the pemda identity (``standards/pemda.yml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import catalogue, fields, spm
from .diagnostics import Diagnostic
from .frontmatter import SourceError, decode
from .schema import INVALID, Context, suggest
from .yamlstrict import YamlError, load

REGISTRY_FILE = "opd.yml"
PEMDA_FILE = "pemda.yml"

# URL sections the portal generates: an OPD folder may not take one of these names.
RESERVED = frozenset({
    "sop", "spm", "opd", "data", "panduan", "tag", "tags", "terbaru", "perlu-ditinjau", "a-z",
    "cari", "search", "assets", "stylesheets", "javascripts", "index", "404", "feed", "sitemap",
    "kinerja", "standar", "offline",
})


@dataclass(frozen=True)
class Opd:
    kode: str
    nama: str
    singkatan: str
    jenis: str
    induk: str | None = None
    pengelola: tuple = ()
    alamat: str | None = None
    telepon: str | None = None
    email: str | None = None
    pola_nomor: str | None = None


def read_yaml(path: Path, rel: str):
    """Read a YAML file strictly; returns (value, Context) or (None, Context) with errors."""
    ctx = Context(rel, {})
    try:
        value, ctx.lines = load(decode(path.read_bytes()))
    except FileNotFoundError:
        ctx.error((), "berkas tidak ditemukan", line=None)
        return None, ctx
    except (SourceError, YamlError) as exc:
        ctx.error((), exc.message, line=exc.line)
        return None, ctx
    return value, ctx


def load_registry(standards_dir: Path, rel_prefix: str) -> tuple[dict[str, Opd], list[Diagnostic]]:
    rel = f"{rel_prefix}/{REGISTRY_FILE}"
    value, ctx = read_yaml(standards_dir / REGISTRY_FILE, rel)
    opds: dict[str, Opd] = {}
    if value is None:
        if not ctx.has_errors:
            ctx.error((), "daftar OPD kosong")
        return opds, ctx.diagnostics
    if not isinstance(value, list):
        ctx.error((), "opd.yml harus berupa daftar OPD, setiap OPD diawali '- kode: ...'", line=1)
        return opds, ctx.diagnostics
    for index, raw in enumerate(value):
        path = (index,)
        entry, _ = fields.OPD.convert_partial(raw, path, ctx)
        kode = entry.get("kode")
        if kode is None:
            continue
        if kode in RESERVED:
            ctx.error(path + ("kode",), f"'{kode}' dipakai untuk bagian portal; pilih kode lain")
            continue
        if kode in opds:
            ctx.error(path + ("kode",), f"kode OPD '{kode}' ditulis dua kali")
            continue
        opds[kode] = Opd(kode=kode, nama=entry.get("nama", kode), singkatan=entry.get("singkatan", kode),
                         jenis=entry.get("jenis", "lainnya"), induk=entry.get("induk"),
                         pengelola=tuple(entry.get("pengelola") or ()), alamat=entry.get("alamat"),
                         telepon=entry.get("telepon"), email=entry.get("email"),
                         pola_nomor=entry.get("pola_nomor"))
    for index, raw in enumerate(value):
        induk = raw.get("induk") if isinstance(raw, dict) else None
        if induk and str(induk) not in opds:
            ctx.error((index, "induk"), f"OPD induk '{induk}' tidak ada di daftar"
                      + suggest(str(induk), opds))
    return opds, ctx.diagnostics


def load_pemda(standards_dir: Path, rel_prefix: str,
               registry: dict | None = None) -> tuple[dict, list[Diagnostic]]:
    """``registry``: the OPD registry, to check the OPD codes named in the settings."""
    rel = f"{rel_prefix}/{PEMDA_FILE}"
    value, ctx = read_yaml(standards_dir / PEMDA_FILE, rel)
    if value is None:
        return {}, ctx.diagnostics
    pemda = fields.PEMDA.convert(value, (), ctx)
    if pemda is INVALID:
        return {}, ctx.diagnostics
    if pemda.get("pengaturan") is None:  # every setting keeps its default
        pemda["pengaturan"] = fields.PENGATURAN.convert({}, ("pengaturan",), ctx)
    spm.check_settings(pemda["pengaturan"], ctx, catalogue.load(), registry)
    return pemda, ctx.diagnostics
