"""Templates of a new standard, generated from the content model (:mod:`standar.fields`).

``standar baru`` and the guide's template page both call :func:`render`, so the file an OPD
starts from can never drift from the rules it is checked against. Every required field is
present; what the author must still write is a placeholder ``<isi ...>`` (see
:data:`standar.schema.PLACEHOLDER`), which ``standar check`` reports as "isian contoh belum
diganti" on its line until it is replaced. Optional fields are written as YAML comments
(``# kolom: <isi ...>``): removing the ``# `` turns them into placeholders too.
"""

from __future__ import annotations

import re

from ..model.kind import Kind, TemplateSpec
from ..model.schema import Date, Enum, Field, Integer, ListOf, OneOf, Record
from .document import is_quoted, scalar

# Wording of the placeholder where the field's own description reads badly as "<isi ...>", for
# the fields every kind shares; each kind adds its own (``TemplateSpec.hints``).
HINTS = {
    "disahkan_oleh.nip": "NIP pejabat, 18 digit",
    "tags": "kata kunci",
}

HEADER = ("# Ganti setiap <isi ...> dengan isian yang sebenarnya. Baris berawalan # adalah kolom tidak\n"
          "# wajib: hapus tanda # untuk memakainya. Periksa dengan: standar check <berkas ini>\n")



def placeholder(text: str) -> str:
    return f"<isi {text}>"


class _Writer:
    """Writes one kind's template, with the shared hints and quoting plus the kind's own."""

    def __init__(self, spec: TemplateSpec):
        self.hints = {**HINTS, **spec.hints}
        self.quoted = spec.quoted
        self.active_optional = spec.active_optional
        self.items = spec.items
        self.plain = spec.plain

    def hint(self, key: str, spec: Field) -> str:
        """What the author writes, in a few words: from the hints or the field's description."""
        kind = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if key in self.hints:
            text = self.hints[key]
        elif isinstance(kind, Enum):
            *first, last = kind.values
            text = f"{', '.join(first)} atau {last}" if first else last
        else:
            text = re.split(r"[.;](?:\s|$)", spec.doc.strip(), maxsplit=1)[0]
            head, colon, _ = text.partition(": ")
            if colon and "(" not in head:
                text = head
            if len(text) > 1 and not text[1].isupper():
                text = text[0].lower() + text[1:]
        if isinstance(kind, Date):
            text += ", format TTTT-BB-HH"
        elif isinstance(kind, Integer) and key not in self.hints:
            text += ", angka tanpa titik"
        return text

    def field(self, spec: Field, key: str, indent: str, prefill: dict, optional_parent: bool,
              first_item: bool) -> list[str]:
        """The lines of one field: placeholders, or comments when the field is optional."""
        # a field the form has (``expected``) is written as a placeholder: the author fills it
        # in, or deletes it when the original has nothing there
        active = spec.required or spec.expected or key in self.active_optional
        if key in prefill:
            return [f"{indent}{spec.key}: {scalar(str(prefill[key]), is_quoted(key, spec.type, self.quoted))}"]
        if not active and not first_item:
            return []
        lines = self.value(spec, key, indent, optional_parent or not active)
        if not active and not optional_parent:  # the outermost optional field: comment it out
            lines = [line[:len(indent)] + "# " + line[len(indent):] for line in lines]
        return lines

    def value(self, spec: Field, key: str, indent: str, optional: bool) -> list[str]:
        kind = spec.type
        if isinstance(kind, Record):
            lines = [f"{indent}{spec.key}:"]
            for sub in kind.fields:
                lines += self.field(sub, f"{key}.{sub.key}", indent + "  ", {}, optional, True)
            return lines
        if isinstance(kind, ListOf):
            item = kind.item
            if isinstance(item, OneOf):
                item = item.text if key in self.plain else item.record
            count = 1 if optional else max(kind.min_items, self.items.get(key, 1), 1)
            lines = [f"{indent}{spec.key}:"]
            if isinstance(item, Record):
                for number in range(count):
                    item_lines = []
                    for sub in item.fields:
                        item_lines += self.field(sub, f"{key}[].{sub.key}", indent + "    ", {},
                                                 optional, number == 0)
                    first = item_lines[0]
                    lines.append(indent + "  - " + first[len(indent) + 4:])
                    lines += item_lines[1:]
                return lines
            text = placeholder(self.hint(key, spec))
            return lines + [f"{indent}  - {scalar(text, is_quoted(key, item, self.quoted))}"] * count
        text = placeholder(self.hint(key, spec))
        return [f"{indent}{spec.key}: {scalar(text, is_quoted(key, kind, self.quoted))}"]


def render(kind: Kind, prefill: dict | None = None) -> str:
    """The text of a new file of a kind; ``prefill`` gives known top-level values
    (judul, nomor, layanan, ...). A new standard is a draft until it is signed."""
    values = {"status": "draf", **(prefill or {})}
    writer = _Writer(kind.template)
    lines = []
    for spec in kind.fields.fields:
        lines += writer.field(spec, spec.key, "", values, False, True)
    return "---\n" + HEADER + "\n".join(lines) + "\n---\n\n" + kind.template.body
