"""A standard's file written from its values, the one way every tool writes it: the fields in
the order of the kind's model, block style (``key: value``, ``  - item``), text plain where
the project's reader gives it back unchanged and in double quotes otherwise, the kind's
quoted keys (``nomor``, NIP, numbers of other standards) always in quotes, dates as
TTTT-BB-HH, empty optional fields left out; then the Markdown body.

``standar baru`` writes its templates' values with :func:`scalar` and :func:`is_quoted`; the
web editor (``docs/admin/portal-format.js``) mirrors :func:`dump` line for line, and a test
holds the two byte-equal on generated documents of every kind.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ..model.kind import Kind
from ..model.schema import Date, ListOf, MapOf, Nip, OneOf, Record, Type

# Always in quotes, whatever their text, in every kind: numbers that look like numbers.
QUOTED = frozenset({"nomor", "disahkan_oleh.nip"})

# Characters a plain value may not hold: controls, whitespace other than the space (which
# ``str.strip`` would remove or YAML would fold), line breaks, BOM, non-characters.
_NOT_PLAIN = ("\x00-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
              "\ufeff\ufffe\uffff\ud800-\udfff")
# Of those, what YAML does not allow raw inside quotes either: escaped as \\uXXXX.
_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_PLAIN = re.compile(f"[^{_NOT_PLAIN} \\-?:,\\[\\]{{}}#&*!|>'\"%@`][^#{_NOT_PLAIN}]*")
# What YAML 1.1 tools read as a number, a boolean or nothing.
_RESERVED = re.compile(r"[-+.\d:_eE]+|(?i:y|n|yes|no|on|off|true|false|null|~)")


def quote(text: str) -> str:
    """``text`` in YAML double quotes (JSON's escapes, which YAML shares)."""
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def scalar(text: str, quoted: bool = False) -> str:
    """YAML text: plain where the project's reader gives it back unchanged as text, else quoted."""
    if (not quoted and _PLAIN.fullmatch(text) and not text.endswith((" ", ":")) and ": " not in text
            and not _RESERVED.fullmatch(text)):
        return text
    return quote(text)


def is_quoted(key: str, kind_type: Type, spec_quoted: frozenset) -> bool:
    """Whether a field's text is always written in quotes; ``key`` is its dotted path, with
    ``[]`` for list items (``keterkaitan[].nomor``)."""
    return key in QUOTED or key in spec_quoted or isinstance(kind_type, Nip)


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


class _Dumper:
    def __init__(self, kind: Kind):
        self.quoted = kind.template.quoted

    def value(self, kind_type: Type, key: str, value) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))  # as the browser writes it: JavaScript has one number type
        if isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(kind_type, Date):
            return str(value)
        return scalar(str(value), is_quoted(key, kind_type, self.quoted))

    def record(self, record: Record, values: dict, prefix: str, indent: str) -> list[str]:
        lines = []
        for spec in record.fields:
            value = values.get(spec.key)
            if _empty(value):
                continue
            lines += self.field(spec.type, spec.key, prefix + spec.key, value, indent)
        return lines

    def field(self, kind_type: Type, name: str, key: str, value, indent: str) -> list[str]:
        if isinstance(kind_type, Record):
            inner = self.record(kind_type, value, key + ".", indent + "  ")
            return [f"{indent}{name}:"] + inner if inner else []
        if isinstance(kind_type, MapOf):
            return [f"{indent}{name}:"] + [
                f"{indent}  {scalar(str(k))}: {self.value(kind_type.value, f'{key}.{k}', v)}"
                for k, v in value.items()]
        if isinstance(kind_type, ListOf):
            return self.items(kind_type, name, key, value if isinstance(value, list) else [value], indent)
        return [f"{indent}{name}: {self.value(kind_type, key, value)}"]

    def items(self, kind_type: ListOf, name: str, key: str, values: list, indent: str) -> list[str]:
        item = kind_type.item
        lines = []
        for value in values:
            record = item.record if isinstance(item, OneOf) else item
            if isinstance(record, Record) and isinstance(value, dict):
                inner = self.record(record, value, key + "[].", indent + "    ")
                if inner:
                    lines += [indent + "  - " + inner[0][len(indent) + 4:]] + inner[1:]
            elif not _empty(value):
                text_type = item.text if isinstance(item, OneOf) else item
                lines.append(f"{indent}  - {self.value(text_type, key, value)}")
        return [f"{indent}{name}:"] + lines if lines else []


def front_matter(kind: Kind, values: dict) -> str:
    """The front-matter lines of a document of ``kind`` (without the ``---`` fences)."""
    return "\n".join(_Dumper(kind).record(kind.fields, values, "", ""))


def dump(kind: Kind, values: dict, body: str = "") -> str:
    """The whole file: front-matter between ``---`` lines, then the body after one empty line."""
    body = body.strip("\n")
    return f"---\n{front_matter(kind, values)}\n---\n" + (f"\n{body}\n" if body else "")
