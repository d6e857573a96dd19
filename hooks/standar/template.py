"""Templates of a new standard, generated from the content model (:mod:`standar.fields`).

``standar baru`` and the guide's template page both call :func:`render`, so the file an OPD
starts from can never drift from the rules it is checked against. Every required field is
present; what the author must still write is a placeholder ``<isi ...>`` (see
:data:`standar.schema.PLACEHOLDER`), which ``standar check`` reports as "isian contoh belum
diganti" on its line until it is replaced. Optional fields are written as YAML comments
(``# kolom: <isi ...>``): removing the ``# `` turns them into placeholders too.
"""

from __future__ import annotations

import json
import re

from . import fields
from .schema import Date, Enum, Field, Integer, ListOf, Nip, OneOf, Record
from .standard import SOP, SPM

# Optional fields of a step that the SOP AP form always shows (the Mutu Baku columns): they are
# placeholders, not comments, so the author fills them in or deletes them deliberately.
ACTIVE_OPTIONAL = {"langkah[].waktu", "langkah[].output"}
# How many items a list gets in the template when its minimum is lower.
ITEMS = {"pelaksana": 2}
# Wording of the placeholder where the field's own description reads badly as "<isi ...>".
HINTS = {
    "diganti_oleh": "nomor SOP pengganti, hanya untuk SOP yang dicabut",
    "pelaksana": "jabatan pelaksana (satu kolom diagram alir, urut dari kiri)",
    "langkah[].pelaksana": "pelaksana langkah ini, salah satu dari daftar pelaksana di atas",
    "langkah[].kelengkapan": "dokumen atau bahan yang diperlukan langkah ini",
    "langkah[].waktu": "lama langkah ini, misalnya 10 menit",
    "langkah[].output": "hasil langkah ini",
    "langkah[].ke": "nomor langkah berikutnya bila melompat",
    "disahkan_oleh.nip": "NIP pejabat, 18 digit",
    "layanan": "kode layanan dari katalog SPM, misalnya kes-ibu-hamil",
    "tags": "kata kunci",
}
QUOTED = {"nomor", "diganti_oleh", "disahkan_oleh.nip", "keterkaitan[].nomor", "sop_terkait"}

HEADER = ("# Ganti setiap <isi ...> dengan isian yang sebenarnya. Baris berawalan # adalah kolom tidak\n"
          "# wajib: hapus tanda # untuk memakainya. Periksa dengan: standar check <berkas ini>\n")

BODY = {
    SOP: ("## Tujuan\n\n<isi tujuan SOP ini dalam satu atau dua kalimat>\n\n"
          "## Ruang Lingkup\n\n<isi siapa dan kegiatan apa yang diatur SOP ini>\n"),
    SPM: ("## Pernyataan Standar\n\n<isi hak penerima layanan menurut SPM ini>\n\n"
          "## Langkah Penerapan\n\n<isi pengumpulan data, penghitungan kebutuhan, penyusunan rencana "
          "dan pelaksanaan>\n"),
}

_PLAIN_SAFE = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#]*")


def placeholder(text: str) -> str:
    return f"<isi {text}>"


def scalar(text: str, quoted: bool = False) -> str:
    """YAML text: plain where that reads back unchanged as text, else double quotes."""
    if not quoted and _PLAIN_SAFE.fullmatch(text) and ": " not in text and not text.endswith(":") \
            and not re.fullmatch(r"[-+.\d:_eE]+|(?i:y|n|yes|no|on|off|true|false|null|~)", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def hint(key: str, spec: Field) -> str:
    """What the author writes, in a few words: from HINTS or the field's description."""
    kind = spec.type.item if isinstance(spec.type, ListOf) else spec.type
    if key in HINTS:
        text = HINTS[key]
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
    elif isinstance(kind, Integer) and key not in HINTS:
        text += ", angka tanpa titik"
    return text


def _field(spec: Field, key: str, indent: str, prefill: dict, optional_parent: bool,
           first_item: bool) -> list[str]:
    """The lines of one field: placeholders, or comments when the field is optional."""
    active = spec.required or key in ACTIVE_OPTIONAL
    if key in prefill:
        return [f"{indent}{spec.key}: {scalar(str(prefill[key]), key in QUOTED)}"]
    if not active and not first_item:
        return []
    lines = _value(spec, key, indent, optional_parent or not active)
    if not active and not optional_parent:  # the outermost optional field: comment it out
        lines = [line[:len(indent)] + "# " + line[len(indent):] for line in lines]
    return lines


def _value(spec: Field, key: str, indent: str, optional: bool) -> list[str]:
    kind = spec.type
    if isinstance(kind, Record):
        lines = [f"{indent}{spec.key}:"]
        for sub in kind.fields:
            lines += _field(sub, f"{key}.{sub.key}", indent + "  ", {}, optional, True)
        return lines
    if isinstance(kind, ListOf):
        item = kind.item.record if isinstance(kind.item, OneOf) else kind.item
        count = 1 if optional else max(kind.min_items, ITEMS.get(key, 1), 1)
        lines = [f"{indent}{spec.key}:"]
        if isinstance(item, Record):
            for number in range(count):
                item_lines = []
                for sub in item.fields:
                    item_lines += _field(sub, f"{key}[].{sub.key}", indent + "    ", {}, optional,
                                         number == 0)
                first = item_lines[0]
                lines.append(indent + "  - " + first[len(indent) + 4:])
                lines += item_lines[1:]
            return lines
        text = placeholder(hint(key, spec))
        return lines + [f"{indent}  - {scalar(text, key in QUOTED)}"] * count
    text = placeholder(hint(key, spec))
    return [f"{indent}{spec.key}: {scalar(text, key in QUOTED or isinstance(kind, Nip))}"]


def render(kind: str, prefill: dict | None = None) -> str:
    """The text of a new SOP or SPM file; ``prefill`` gives known top-level values
    (judul, nomor, layanan, ...). A new standard is a draft until it is signed."""
    values = {"status": "draf", **(prefill or {})}
    model = fields.SOP if kind == SOP else fields.SPM
    lines = []
    for spec in model.fields:
        lines += _field(spec, spec.key, "", values, False, True)
    return "---\n" + HEADER + "\n".join(lines) + "\n---\n\n" + BODY[kind]
