"""The pemda's identity and the portal settings, ``standards/pemda.yml``."""

from __future__ import annotations

from pathlib import Path

from .. import kinds
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
    return pemda, ctx.diagnostics
