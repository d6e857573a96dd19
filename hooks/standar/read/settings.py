"""The pemda's identity and the portal settings, ``standards/pemda.yml``."""

from __future__ import annotations

from pathlib import Path

from .. import kinds
from ..model import fields
from ..model.catalogue import Catalogue
from ..model.diagnostics import Diagnostic
from ..model.schema import INVALID
from .registry import read_yaml

PEMDA_FILE = "pemda.yml"


def load_pemda(standards_dir: Path, rel_prefix: str, catalogue: Catalogue,
               registry: dict | None = None, site_files: set[str] | None = None) -> tuple[dict, list[Diagnostic]]:
    """The identity with every setting present (its default where not written).
    ``registry``: the OPD registry, to check the OPD codes named in the settings;
    ``site_files``: the hand-written site's files, where the logo must be."""
    rel = f"{rel_prefix}/{PEMDA_FILE}"
    value, ctx = read_yaml(standards_dir / PEMDA_FILE, rel)
    if value is None:
        return {"pengaturan": kinds.PENGATURAN.convert({}, ("pengaturan",), ctx)}, ctx.diagnostics
    pemda = kinds.PEMDA.convert(value, (), ctx)
    if pemda is INVALID:
        return {"pengaturan": kinds.PENGATURAN.convert({}, ("pengaturan",), ctx)}, ctx.diagnostics
    if pemda.get("pengaturan") is None:  # every setting keeps its default
        pemda["pengaturan"] = kinds.PENGATURAN.convert({}, ("pengaturan",), ctx)
    logo = pemda.get("logo")
    if logo and site_files is not None and logo not in site_files:
        ctx.error(("logo",), f"berkas '{logo}' tidak ada di docs/; letakkan logonya di sana atau perbaiki "
                             "alamatnya (relatif terhadap docs/, misalnya assets/logo-pemda.svg)")
    for kind in kinds.all_kinds():
        kind.check_settings(pemda["pengaturan"], ctx, catalogue, registry)
    _check_editor(pemda["pengaturan"].get("editor"), ctx)
    return pemda, ctx.diagnostics


def _check_editor(editor: dict | None, ctx) -> None:
    """What each forge needs to sign authors in."""
    if not editor:
        return
    path = ("pengaturan", "editor")
    wanted = {"gitlab": ("app_id", "Application ID aplikasi OAuth GitLab (lihat Panduan: editor web)"),
              "github": ("gerbang_oauth", "alamat gerbang OAuth GitHub (lihat Panduan: editor web)")}
    key, what = wanted[editor["forge"]]
    if not editor.get(key):
        ctx.error(path + (key,), f"wajib diisi untuk {fields.FORGE.labels[editor['forge']]}: {what}")
    for other, (other_key, _) in wanted.items():
        if other != editor["forge"] and editor.get(other_key):
            ctx.error(path + (other_key,), f"hanya untuk {fields.FORGE.labels[other]}; hapus kolom ini")
    if editor["forge"] == "github" and editor.get("alamat_gitlab") != fields.EDITOR.by_key["alamat_gitlab"].default:
        ctx.error(path + ("alamat_gitlab",), "hanya untuk GitLab; hapus kolom ini")
