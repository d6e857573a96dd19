"""Problems found in the content, reported to OPD authors in Indonesian."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

GALAT = "galat"          # an error: the file is not published and the build fails
PERINGATAN = "peringatan"  # a warning: published, but worth fixing


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str                 # relative to the project root, with forward slashes
    line: int | None
    severity: str             # GALAT or PERINGATAN
    message: str              # Indonesian, names the field and where it helps the fix
    field: str | None = None  # dotted path of the field, e.g. "langkah.3.pelaksana"

    @property
    def is_error(self) -> bool:
        return self.severity == GALAT

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)


def sort_key(d: Diagnostic):
    return (d.path, d.line or 0, d.severity != GALAT, d.message)


def format_text(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(d.format() for d in sorted(diagnostics, key=sort_key))


def format_json(diagnostics: list[Diagnostic], summary: dict) -> str:
    return json.dumps({"ringkasan": summary,
                       "masalah": [d.as_dict() for d in sorted(diagnostics, key=sort_key)]},
                      ensure_ascii=False, indent=2)
