"""The OPD registry, ``standards/opd.yml``: every OPD with its code (= its folder's name)."""

from __future__ import annotations

from pathlib import Path

from ..model import fields
from ..model.diagnostics import Diagnostic
from ..model.opd import Opd
from ..model.schema import INVALID, Context, suggest
from .frontmatter import SourceError, decode
from .yamlstrict import YamlError, load

REGISTRY_FILE = "opd.yml"

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


def load_registry(standards_dir: Path, rel_prefix: str,
                  reserved: set[str] = frozenset()) -> tuple[dict[str, Opd], list[Diagnostic]]:
    """``reserved``: names at the top of the site that the site itself uses."""
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
        if kode in reserved:
            ctx.error(path + ("kode",), f"'{kode}' dipakai untuk bagian portal; pilih kode lain")
            continue
        if kode in opds:
            ctx.error(path + ("kode",), f"kode OPD '{kode}' ditulis dua kali")
            continue
        # An entry with errors still names its OPD (its folder is then known); the build stops
        # on the errors anyway, so the stand-ins for what is missing are never published.
        known = {key: entry[key] for key in fields.OPD.by_key if entry.get(key) is not None}
        known.setdefault("nama", kode)
        known.setdefault("singkatan", kode)
        known.setdefault("jenis", "lainnya")
        known["pengelola"] = tuple(known.get("pengelola") or ())
        opds[kode] = Opd(**known)
    for index, raw in enumerate(value):
        induk = raw.get("induk") if isinstance(raw, dict) else None
        if induk and str(induk) not in opds:
            ctx.error((index, "induk"), f"OPD induk '{induk}' tidak ada di daftar"
                      + suggest(str(induk), opds))
    return opds, ctx.diagnostics
