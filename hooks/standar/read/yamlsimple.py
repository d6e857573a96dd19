"""The common shape of front-matter, read without the YAML parser.

Almost every front-matter is block mappings and lists of one-line values, plain or quoted,
with flow lists (``[a, b]``) and flow mappings (``{ya: 3, tidak: 1}``) of such values. This
module reads exactly that shape in about 60 % of the time of libyaml's event stream (reading
YAML was a third of the check's time) and gives up, returning None, on anything else:
multi-line or escaped values, comments after a value, anchors, tags, tabs, unusual line
breaks or characters, duplicate keys, deep nesting. :func:`standar.read.yamlstrict.load`
then reads the text with the YAML parser, which also words every error; a property test
holds that both readers give the same value and lines wherever this one answers.
"""

from __future__ import annotations

import re

from ..model.schema import Plain

# Any character outside this set makes the reader give up: tabs, CR and the other line
# breaks libyaml knows (NEL, LS, PS), the byte-order mark and every non-printable character.
# Compiled on first use (re's cache): most texts pass the quicker isprintable() test.
_GIVE_UP = "[^\x0A\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]"

_KEY_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_DOUBLE = re.compile(r'"([^"\\]*)" *')  # no escapes
_SINGLE = re.compile(r"'([^']*)' *")    # no doubled quote
# In a flow collection: a quoted value, or a plain one without flow indicators, ':' or '#'.
_FLOW_VALUE = r"""(?:"([^"\\]*)"|'([^']*)'|([^\s,\[\]{}#&*!|>'"%@`?:\-][^,\[\]{}#:'"]*?))"""
_FLOW_ITEM = re.compile(r"() *" + _FLOW_VALUE + r" *(,|$)")  # "()": an item has no key
_FLOW_PAIR = re.compile(r" *(" + _KEY_NAME.pattern + r"): +" + _FLOW_VALUE + r" *(,|$)")
_FLOW_SPECIAL = re.compile(r"[\"'\[\]{}#:]")  # none of these: the items are split at commas
_MAX_DEPTH = 10  # below the strict reader's limit: deeper documents get its message


class _GiveUp(Exception):
    pass


def _plain(text: str) -> bool:
    """A one-line value YAML reads as plain text: it does not start with an indicator, holds
    no ": " or " #" and does not end with ":"."""
    return not (text[0] in _PLAIN_START or ": " in text or " #" in text or text[-1] == ":")


def _key(content: str) -> tuple[str, str | None] | None:
    """(key, value text, or None for "key:" alone) of a "key: value" line, or None."""
    split = content.find(": ")
    key = content[:split] if split > 0 else content[:-1] if content[-1] == ":" else ""
    if not (key.isidentifier() and key.isascii()) and (not key or _KEY_NAME.fullmatch(key) is None):
        return None
    return key, (content[split + 2:].lstrip(" ") if split > 0 else None)


def load(text: str, first_line: int) -> tuple[object, dict] | None:
    """The document's value and the line of every key and item, as the strict reader gives
    them, or None when the text is not of the common shape."""
    # isprintable() is a quick sufficient test (what it refuses, the pattern judges)
    if not text.replace("\n", "").isprintable() and re.search(_GIVE_UP, text):
        return None
    rows = [(len(line) - len(content), content.rstrip(" "), number)
            for number, line in enumerate(text.split("\n"), first_line)
            if (content := line.lstrip(" ")) and content[0] != "#"]
    if not rows or rows[0][0] != 0:
        return None
    reader = _Reader(rows)
    try:
        value, end = reader.block(0, 0, (), 0)
    except _GiveUp:
        return None
    return (value, reader.lines) if end == len(rows) else None


class _Reader:
    def __init__(self, rows: list):
        self.rows = rows
        self.lines: dict = {}

    def block(self, pos: int, indent: int, path: tuple, depth: int):
        if depth > _MAX_DEPTH:
            raise _GiveUp
        content = self.rows[pos][1]
        if content[0] == "-" and content[1:2] in ("", " "):
            return self.sequence(pos, indent, path, depth)
        return self.mapping(pos, indent, path, depth)

    def mapping(self, pos: int, indent: int, path: tuple, depth: int):
        rows, lines, count = self.rows, self.lines, len(self.rows)
        result: dict = {}
        while pos < count:
            column, content, number = rows[pos]
            if column != indent:
                if column < indent:
                    break
                raise _GiveUp  # a continuation line
            found = _key(content)
            if found is None or found[0] in result:
                raise _GiveUp
            key, rest = found
            child = path + (key,)
            lines[child] = number
            pos += 1
            if rest is not None:
                result[key] = Plain(rest) if _plain(rest) else self.value(rest, child, number)
            elif pos < count and (rows[pos][0] > indent or (
                    rows[pos][0] == indent and rows[pos][1][0] == "-" and rows[pos][1][1:2] in ("", " "))):
                result[key], pos = self.block(pos, rows[pos][0], child, depth + 1)
            else:
                result[key] = Plain("")
        return result, pos

    def sequence(self, pos: int, indent: int, path: tuple, depth: int):
        rows, lines, count = self.rows, self.lines, len(self.rows)
        items: list = []
        while pos < count:
            column, content, number = rows[pos]
            if column < indent or content[0] != "-" or content[1:2] not in ("", " "):
                break
            if column > indent:
                raise _GiveUp
            rest = content[1:].lstrip(" ")
            if not rest or rest[0] == "-":
                raise _GiveUp  # an empty item or a list in a list
            child = path + (len(items),)
            lines[child] = number
            if _plain(rest):
                value = Plain(rest)
                pos += 1
            elif _key(rest) is not None:  # a mapping that starts on the item's line
                if depth >= _MAX_DEPTH:
                    raise _GiveUp
                inner = column + len(content) - len(rest)
                rows[pos] = (inner, rest, number)
                value, pos = self.mapping(pos, inner, child, depth + 1)
            else:
                value = self.value(rest, child, number)
                pos += 1
            items.append(value)
        return items, pos

    def value(self, text: str, path: tuple, number: int):
        first = text[0]
        if first == '"' or first == "'":
            match = (_DOUBLE if first == '"' else _SINGLE).fullmatch(text)
            if match is None:
                raise _GiveUp
            return match.group(1)
        if first == "[" or first == "{":
            close = "]" if first == "[" else "}"
            if text[-1] != close:
                raise _GiveUp
            inner = text[1:-1]
            if not inner.strip(" "):
                return [] if first == "[" else {}
            return self.flow_list(inner, path, number) if first == "[" else self.flow_map(inner, path, number)
        if not _plain(text):
            raise _GiveUp
        return Plain(text)

    def flow_list(self, inner: str, path: tuple, number: int) -> list:
        if _FLOW_SPECIAL.search(inner) is None:  # plain items only: split at the commas
            items = [item.strip(" ") for item in inner.split(",")]
            for item in items:
                if not item or item[0] in _PLAIN_START:
                    raise _GiveUp
            self.lines.update(dict.fromkeys([path + (index,) for index in range(len(items))], number))
            return [Plain(item) for item in items]
        items: list = []
        for key, value in self.flow_items(inner, _FLOW_ITEM):
            self.lines[path + (len(items),)] = number
            items.append(value)
        return items

    def flow_map(self, inner: str, path: tuple, number: int) -> dict:
        pairs: dict = {}
        for key, value in self.flow_items(inner, _FLOW_PAIR):
            if key in pairs:
                raise _GiveUp
            self.lines[path + (key,)] = number
            pairs[key] = value
        return pairs

    @staticmethod
    def flow_items(inner: str, pattern):
        """(key, value) of each item of a flow collection's inside (a list's keys are "")."""
        pos, end = 0, len(inner)
        while True:
            match = pattern.match(inner, pos)
            if match is None:
                raise _GiveUp
            key, double, single, plain, separator = match.groups()
            yield key, double if double is not None else single if single is not None else Plain(plain)
            pos = match.end()
            if not separator:
                if pos != end:
                    raise _GiveUp
                return
