"""The field reference, generated from the content model so it can never drift from the rules."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model.schema import ListOf, OneOf, Record


@dataclass(frozen=True)
class FieldRow:
    key: str         # dotted, e.g. "langkah[].keputusan.ya"
    required: bool
    presence: str    # "wajib", "dianjurkan" (blank in the original: a warning) or "tidak"
    type: str        # Indonesian description of the type
    doc: str
    example: str     # YAML-ish example text, "" when none
    choices: tuple = ()


def _example(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def rows(record: Record, prefix: str = "") -> list[FieldRow]:
    """Every field of ``record``, nested records expanded after their parent."""
    result: list[FieldRow] = []
    for spec in record.fields:
        key = prefix + spec.key
        result.append(FieldRow(key, spec.required, spec.presence, spec.type.describe(), spec.doc,
                               _example(spec.example), tuple(spec.type.choices())))
        inner = spec.type
        suffix = ""
        if isinstance(inner, ListOf):
            inner, suffix = inner.item, "[]"
        if isinstance(inner, OneOf):
            inner = inner.record
        if isinstance(inner, Record):
            result += rows(inner, key + suffix + ".")
    return result
