"""Strict YAML reading for front-matter and registries.

PyYAML resolves YAML 1.1 types silently (``no`` -> False, ``0123`` -> 83, ``12:30`` -> 750),
lets a duplicate key win without a word and expands aliases without bound. Here the document
is built from the parser's event stream (libyaml's C parser where available), so that:

* every scalar stays text; plain (unquoted) ones are marked with :class:`Plain` and typed
  later by the schema, which knows what each field expects;
* duplicate keys, anchors, aliases, merge keys and explicit tags are errors;
* every mapping key and list item keeps the line it stands on.
"""

from __future__ import annotations

import re

import yaml
from yaml import events as ev

from ..model.schema import Plain
from . import yamlsimple

try:  # libyaml's parser is several times faster than the pure-Python one
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser as _ParserBase
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, _ParserBase):  # type: ignore[no-redef]
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _ParserBase.__init__(self)


MAX_DEPTH = 12

Path = tuple  # a path into the document: keys (str) and list indexes (int)


class YamlError(Exception):
    """A document that cannot be read; ``line`` counts from ``load``'s ``first_line``."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


# libyaml and PyYAML report the same problems in slightly different words.
_PROBLEMS = [
    ("cannot start any token", "karakter ini tidak boleh mengawali nilai: jika itu tab untuk "
     "indentasi, gunakan spasi; jika nilai diawali @ atau `, tulis nilai dalam tanda kutip"),
    ("found a tab character", "karakter tab tidak boleh dipakai untuk indentasi; gunakan spasi"),
    ("unexpected end of stream", "tanda kutip atau kurung tidak ditutup"),
    ("found unexpected end", "tanda kutip atau kurung tidak ditutup"),
    ("mapping values are not allowed", "tanda ':' di tempat yang tidak diharapkan; jika nilai "
     "mengandung ':', tulis nilai itu dalam tanda kutip"),
    ("could not find expected ':'", "tanda ':' setelah nama kolom tidak ditemukan"),
    ("did not find expected key", "indentasi tidak konsisten atau ada baris yang tidak lengkap"),
    ("did not find expected '-'", "indentasi daftar tidak konsisten"),
    ("did not find expected ',' or ']'", "daftar dalam kurung siku tidak ditutup dengan benar"),
    ("did not find expected ',' or '}'", "isian dalam kurung kurawal tidak ditutup dengan benar"),
    ("unknown escape", "urutan '\\' dalam teks bertanda kutip ganda tidak dikenal; "
     "gunakan tanda kutip tunggal"),
    ("found unknown escape", "urutan '\\' dalam teks bertanda kutip ganda tidak dikenal; "
     "gunakan tanda kutip tunggal"),
    ("block sequence entries are not allowed", "tanda '-' daftar di tempat yang tidak diharapkan; "
     "periksa indentasi"),
    ("found undefined alias", "alias YAML (*nama) tidak diizinkan"),
    ("found character that cannot start", "karakter ini tidak boleh mengawali nilai; tulis nilai "
     "dalam tanda kutip"),
    ("expected <block end>", "indentasi tidak konsisten"),
    ("control characters are not allowed", "berkas mengandung karakter kontrol yang tidak diizinkan"),
]


_OPENED_QUOTE = re.compile(r"""^\s*(?:-\s+)?[^\s:#'"][^:#]*:\s+(["'])|^\s*-\s+(["'])""")


def _unclosed_quote_line(text: str) -> int | None:
    """The first line whose value opens a quote it does not close (1-based), if any.

    libyaml reports an unclosed quote where the next quote happens to stand, often many lines
    later; the author needs the line where the quote was opened."""
    for number, line in enumerate(text.split("\n"), 1):
        match = _OPENED_QUOTE.match(line)
        if not match:
            continue
        quote = match.group(1) or match.group(2)
        rest = line[match.end():]
        closing = rest.replace("\\\\", "").replace('\\"', "") if quote == '"' else rest.replace("''", "")
        if quote not in closing:
            return number
    return None


def _shift(line: int | None, first_line: int) -> int | None:
    return None if line is None else line + first_line - 1


def _translate(exc: yaml.MarkedYAMLError, source: str, first_line: int) -> YamlError:
    problem = (exc.problem or "") + " " + (exc.context or "")
    text = next((indonesian for english, indonesian in _PROBLEMS if english in problem), None)
    if text is None:
        text = f"penulisan YAML tidak valid ({(exc.problem or 'tidak dikenal').strip()})"
    mark = exc.problem_mark or exc.context_mark
    context = exc.context or ""
    if exc.context_mark is not None and ("flow" in context or "quoted" in context):
        mark = exc.context_mark  # an unclosed quote or bracket: point at where it opens
    line = mark.line + 1 if mark else None
    unclosed = _unclosed_quote_line(source)
    if unclosed is not None and (line is None or unclosed <= line):
        return YamlError("YAML tidak valid: tanda kutip pada baris ini tidak ditutup; tambahkan tanda "
                         "kutip penutup di akhir nilai", _shift(unclosed, first_line))
    return YamlError(f"YAML tidak valid: {text}", _shift(line, first_line))


def _reader_problem(exc: yaml.YAMLError) -> str:
    character = getattr(exc, "character", None)
    if isinstance(character, int):
        return f"karakter kontrol U+{character:04X} tidak diizinkan; hapus karakter itu"
    return "berkas mengandung karakter yang tidak diizinkan"


_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _bad_character_line(text: str) -> int | None:
    found = _NON_PRINTABLE.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


_SCALAR = ev.ScalarEvent
_PLAIN_TAGS = (None, "!")  # no explicit tag: "!" is how a quoted scalar's non-specific tag reads


class _Builder:
    def __init__(self, text: str, first_line: int):
        self.parser = _Parser(text)
        self.lines: dict[Path, int] = {}
        self.offset = first_line  # libyaml counts lines from 0

    def next(self):
        return self.parser.get_event()

    def build(self, event, path: Path, depth: int):
        kind = type(event)  # the hot loop of every check: exact types, no isinstance chains
        if kind is _SCALAR and event.anchor is None and event.tag in _PLAIN_TAGS and depth <= MAX_DEPTH:
            return event.value if event.style else Plain(event.value)  # libyaml: "" plain, PyYAML None
        line = event.start_mark.line + self.offset
        if getattr(event, "anchor", None) is not None or kind is ev.AliasEvent:
            raise YamlError("anchor dan alias YAML (&nama, *nama) tidak diizinkan; "
                            "tulis setiap nilai secara lengkap", line)
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            short = tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlError(f"tag YAML '{short}' tidak diizinkan", line)
        if depth > MAX_DEPTH:
            raise YamlError("susunan terlalu dalam (lebih dari 12 tingkat)", line)
        if kind is _SCALAR:  # pragma: no cover - the fast path above took it
            return event.value if event.style else Plain(event.value)
        lines, offset, parse = self.lines, self.offset, self.parser.get_event
        if kind is ev.SequenceStartEvent:
            items: list = []
            while True:
                child = parse()
                if type(child) is ev.SequenceEndEvent:
                    return items
                child_path = path + (len(items),)
                lines[child_path] = child.start_mark.line + offset
                if type(child) is _SCALAR and child.anchor is None and child.tag in _PLAIN_TAGS \
                        and depth < MAX_DEPTH:  # build()'s fast path, without the call
                    items.append(child.value if child.style else Plain(child.value))
                else:
                    items.append(self.build(child, child_path, depth + 1))
        if kind is ev.MappingStartEvent:
            mapping: dict = {}
            while True:
                key_event = parse()
                key_kind = type(key_event)
                if key_kind is ev.MappingEndEvent:
                    return mapping
                key_line = key_event.start_mark.line + offset
                if key_kind is not _SCALAR:
                    raise YamlError("nama kolom harus berupa teks sederhana", key_line)
                if key_event.anchor is None and key_event.tag in _PLAIN_TAGS and depth < MAX_DEPTH:
                    key = key_event.value if key_event.style else Plain(key_event.value)
                else:
                    key = self.build(key_event, path, depth + 1)
                if key == "<<" and isinstance(key, Plain):
                    raise YamlError("merge key YAML ('<<') tidak diizinkan; tulis kolomnya satu per satu",
                                    key_line)
                key = str(key)
                if key in mapping:
                    first = lines.get(path + (key,))
                    raise YamlError(f"kolom '{key}' ditulis dua kali (pertama di baris {first}); "
                                    "hapus salah satu", key_line)
                child_path = path + (key,)
                lines[child_path] = key_line
                child = parse()
                if type(child) is _SCALAR and child.anchor is None and child.tag in _PLAIN_TAGS \
                        and depth < MAX_DEPTH:
                    mapping[key] = child.value if child.style else Plain(child.value)
                else:
                    mapping[key] = self.build(child, child_path, depth + 1)
        raise YamlError("struktur YAML tidak dikenal", line)  # pragma: no cover


def load(text: str, first_line: int = 1) -> tuple[object, dict[Path, int]]:
    """Read one YAML document; return its value and the line of every key and item.

    ``first_line`` is the number of the text's first line in its file (front-matter starts on
    line 2), so that every line reported, in errors and messages alike, is a file line. An
    empty document gives ``None``. Text of the common shape is read by :mod:`yamlsimple`
    (in about 60 % of the time), the rest by the YAML parser.
    """
    simple = yamlsimple.load(text, first_line)
    return parse(text, first_line) if simple is None else simple


def parse(text: str, first_line: int = 1) -> tuple[object, dict[Path, int]]:
    """:func:`load` through the YAML parser, whatever the text."""
    try:
        builder = _Builder(text, first_line)
    except yaml.YAMLError as exc:  # the pure-Python reader checks characters up front
        raise YamlError(f"YAML tidak valid: {_reader_problem(exc)}", _shift(_bad_character_line(text), first_line)) from None
    try:
        event = builder.next()  # StreamStart
        event = builder.next()
        if isinstance(event, ev.StreamEndEvent):
            return None, {}
        if not isinstance(event, ev.DocumentStartEvent):  # pragma: no cover
            raise YamlError("awal dokumen YAML tidak ditemukan", first_line)
        value = builder.build(builder.next(), (), 0)
        builder.next()  # DocumentEnd
        if not isinstance(builder.next(), ev.StreamEndEvent):
            raise YamlError("hanya satu dokumen YAML yang diizinkan; hapus baris '---' tambahan", None)
        return value, builder.lines
    except yaml.MarkedYAMLError as exc:
        raise _translate(exc, text, first_line) from None
    except yaml.YAMLError as exc:  # reader errors (control characters) carry no line
        raise YamlError(f"YAML tidak valid: {_reader_problem(exc)}", _shift(_bad_character_line(text), first_line)) from None
    finally:
        builder.parser.dispose()
