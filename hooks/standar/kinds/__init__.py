"""The document kinds the portal publishes, in the order readers meet them (tabs, lists).

Adding a kind is one module here (a :class:`standar.model.kind.Kind`) plus its templates; the
rest of the core asks this registry and never names a kind.
"""

from __future__ import annotations

import functools

from ..model import fields, sitemap
from ..model.kind import Kind
from ..model.schema import Record
from .sop import Sop
from .sp import Sp
from .spm import Spm
from .spo import Spo

# The citizen's document first (its tab, lists and search results come before the others), then
# the procedures side by side (SOP AP of the OPDs, SPO of the health facilities), then SPM.
KINDS: dict[str, Kind] = {kind.code: kind for kind in (Sp(), Sop(), Spo(), Spm())}


def get(code: str) -> Kind:
    return KINDS[code]


def all_kinds() -> list[Kind]:
    return list(KINDS.values())


def generated_paths() -> set[str]:
    """Every page and file the site plan generates but the OPDs' and the standards' own."""
    return sitemap.generated(KINDS, [f for kind in all_kinds() for f in kind.files])


def labels_joined() -> str:
    """The kinds' labels as a reader says them: "SOP dan SPM", "SOP, SPM dan SP"."""
    labels = [kind.label for kind in KINDS.values()]
    return ", ".join(labels[:-1]) + " dan " + labels[-1] if len(labels) > 1 else labels[0]


@functools.lru_cache(maxsize=None)  # the registry is fixed: one answer per kind, asked per file
def elsewhere(code: str) -> dict[str, str]:
    """The fields of the other kinds that ``code`` lacks, each with what to tell an author who
    writes one in a file of ``code`` (an SPO's headings in an SOP AP file: "use the spo kind")."""
    own = set(KINDS[code].fields.by_key)
    hints: dict[str, str] = {}
    for kind in KINDS.values():
        for key in kind.fields.by_key:
            if kind.code != code and key not in own:
                hints.setdefault(key, f"'{key}' adalah kolom {kind.label} ({kind.name}); bila dokumen ini "
                                      f"{kind.label}, pindahkan berkasnya ke standards/<kode-opd>/{kind.code}/")
    return hints


def allowed(kind: Kind, jenis: str) -> bool:
    """Whether an OPD of this type (opd.yml ``jenis``) may hold the kind's standards."""
    return kind.opd_jenis is None or jenis in kind.opd_jenis


# standards/pemda.yml: the pemda's identity and the settings, the kinds' included.
PEMDA: Record = fields.pemda_record([f for kind in KINDS.values() for f in kind.settings_fields])
PENGATURAN: Record = PEMDA.by_key["pengaturan"].type
