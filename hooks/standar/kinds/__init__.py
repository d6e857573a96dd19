"""The document kinds the portal publishes, in the order readers meet them (tabs, lists).

Adding a kind is one module here (a :class:`standar.model.kind.Kind`) plus its templates; the
rest of the core asks this registry and never names a kind.
"""

from __future__ import annotations

from ..model import fields
from ..model.kind import Kind
from ..model.schema import Record
from .sop import Sop
from .sp import Sp
from .spm import Spm

# The citizen's document first: its tab, its lists and its search results come before the others.
KINDS: dict[str, Kind] = {kind.code: kind for kind in (Sp(), Sop(), Spm())}


def get(code: str) -> Kind:
    return KINDS[code]


def all_kinds() -> list[Kind]:
    return list(KINDS.values())


def labels_joined() -> str:
    """The kinds' labels as a reader says them: "SOP dan SPM", "SOP, SPM dan SP"."""
    labels = [kind.label for kind in KINDS.values()]
    return ", ".join(labels[:-1]) + " dan " + labels[-1] if len(labels) > 1 else labels[0]


# standards/pemda.yml: the pemda's identity and the settings, the kinds' included.
PEMDA: Record = fields.pemda_record([f for kind in KINDS.values() for f in kind.settings_fields])
PENGATURAN: Record = PEMDA.by_key["pengaturan"].type
