"""The quick reader of front-matter's common shape (read/yamlsimple.py) against the YAML parser.

Wherever the quick reader answers, its value (text, plain text, lists, mappings, in order) and
the line of every key and item are the parser's; where the parser refuses a text, the quick
reader gives up. Documents are generated from a grammar with every YAML indicator, quotes,
escapes, comments, odd indentation and unusual characters in their values, then mutated.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from standar.model.schema import Plain
from standar.read import yamlsimple
from standar.read.frontmatter import decode, split
from standar.read.yamlstrict import YamlError, load, parse

ROOT = Path(__file__).resolve().parent.parent
FIRST_LINE = 2

# Characters a value may hold: letters, every indicator, quotes, escapes, spaces, and the
# characters YAML treats specially (tab, NEL, LS, BOM, NBSP, a control character).
VALUE_CHARS = "ab Z09.,:-#'\"[]{}&*!|>%@`?~\\ \t\x85\u2028\ufeff\xa0é\x07"
KEYS = ["judul", "nomor", "langkah", "ya", "no", "2024", "a-b", "x.y", "<<", "a b", "'q'", "-k", "Ü"]
ORDINARY_KEYS = KEYS[:7]


def scalar():
    text = st.text(alphabet=VALUE_CHARS, max_size=12)
    words = st.sampled_from(["Izin usaha", "5", "yes", "~", "null", "2025-01-10", "Rp 0,-", "a: b",
                             "a #b", "a#b", "http://x.id/a", "- x", "", " ", "Kepala Seksi", "x-y (z)",
                             "Surat, KTP", "1.500", "m²"])
    return st.tuples(st.sampled_from(["plain", "plain", "double", "single"]), st.one_of(words, words, text))


def key():
    return st.one_of(st.sampled_from(ORDINARY_KEYS), st.sampled_from(KEYS))


def render_scalar(item) -> str:
    style, text = item
    return {"plain": text, "double": f'"{text}"', "single": f"'{text}'"}[style]


values = st.recursive(
    scalar(),
    lambda inner: st.one_of(
        st.tuples(st.just("map"), st.lists(st.tuples(key(), inner), max_size=4)),
        st.tuples(st.just("list"), st.lists(inner, max_size=4)),
        st.tuples(st.just("flowlist"), st.lists(scalar(), max_size=4)),
        st.tuples(st.just("flowmap"), st.lists(st.tuples(key(), scalar()), max_size=3)),
    ),
    max_leaves=25,
)


def render(value, indent: int, step: int, draw_bool) -> list[str]:
    """Lines of ``value`` as the body of a key or item at ``indent``."""
    pad = " " * indent
    kind = value[0]
    if kind == "map":
        lines = []
        for key, child in value[1]:
            lines += _entry(pad + key + ":", child, indent, step, draw_bool)
        return lines
    if kind == "list":
        lines = []
        for child in value[1]:
            if child[0] == "map" and child[1] and draw_bool():  # "- key: value" on the item's line
                nested = render(child, indent + 2, step, draw_bool)
                lines.append(pad + "- " + nested[0].lstrip(" "))
                lines += nested[1:]
            else:
                lines += _entry(pad + "-", child, indent, step, draw_bool)
        return lines
    return [pad + inline(value)]


def inline(value) -> str:
    if value[0] == "flowlist":
        return "[" + ", ".join(render_scalar(item) for item in value[1]) + "]"
    if value[0] == "flowmap":
        return "{" + ", ".join(f"{key}: {render_scalar(item)}" for key, item in value[1]) + "}"
    return render_scalar(value)


def _entry(head: str, child, indent: int, step: int, draw_bool) -> list[str]:
    if child[0] in ("map", "list") and child[1]:
        deeper = indent if child[0] == "list" and draw_bool() else indent + step
        return [head] + render(child, deeper, step, draw_bool)
    spaces = " " * (1 + draw_bool())
    trailing = " " if draw_bool() else ""
    text = inline(child) if child[0] not in ("map", "list") else ("[]" if child[0] == "list" else "{}")
    return [head + spaces + text + trailing]


@st.composite
def documents(draw):
    top = draw(st.lists(st.tuples(key(), values), min_size=1, max_size=5))
    step = draw(st.integers(1, 4))
    lines = render(("map", top), 0, step, lambda: draw(st.booleans()))
    for _ in range(draw(st.integers(0, 2))):  # comments and blank lines anywhere
        where = draw(st.integers(0, len(lines)))
        lines.insert(where, draw(st.sampled_from(["", "   ", "# catatan", "  # x: y", "\t"])))
    text = "\n".join(lines) + "\n"
    if draw(st.integers(0, 3)) == 0:  # a character inserted anywhere
        where = draw(st.integers(0, len(text)))
        text = text[:where] + draw(st.sampled_from(list(VALUE_CHARS) + ["\n", "\n  ", "\r\n"])) + text[where:]
    return text


def same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def assert_agree(text: str) -> bool:
    """True when the quick reader answered (and agreed)."""
    quick = yamlsimple.load(text, FIRST_LINE)
    if quick is None:
        return False
    try:
        expected = parse(text, FIRST_LINE)
    except YamlError as error:
        raise AssertionError(f"the parser refuses what the quick reader read: {error.message}\n{text}")
    assert same(quick[0], expected[0]), text
    assert quick[1] == expected[1], text
    return True


@settings(max_examples=1500, deadline=None)
@given(documents())
def test_the_quick_reader_reads_as_the_parser_does(text):
    assert_agree(text)


def test_the_generated_documents_reach_both_readers():
    """The property above is worth something only if the quick reader answers often and gives
    up often on these documents (a grammar that one of them never sees tests nothing)."""
    answered = gave_up = 0

    @settings(max_examples=300, deadline=None, database=None)
    @given(documents())
    def count(text):
        nonlocal answered, gave_up
        if assert_agree(text):
            answered += 1
        else:
            gave_up += 1

    count()
    assert answered >= 30 and gave_up >= 30, (answered, gave_up)


def front_matter(path: Path):
    source = split(decode(path.read_bytes()))
    return source.meta_text, source.meta_line


def test_every_sample_standard_takes_the_quick_path_and_agrees():
    files = sorted((ROOT / "standards").glob("*/*/*.md")) + sorted(
        path for path in (ROOT / "tests" / "arsip").glob("*.md") if path.name != "README.md")
    assert len(files) > 90
    for path in files:
        text, first = front_matter(path)
        quick = yamlsimple.load(text, first)
        assert quick is not None, path
        expected = parse(text, first)
        assert same(quick[0], expected[0]) and quick[1] == expected[1], path


def test_what_the_quick_reader_leaves_to_the_parser():
    for text in [
        "a: 1\na: 2\n",                 # a duplicate key: the parser words the error
        "a: &x 1\nb: *x\n",             # anchors and aliases
        "a: !!int 1\n",                 # tags
        "<<: {b: 1}\n",                 # a merge key
        "a: |\n  text\n",               # block scalars
        "a: one\n  two\n",              # a value continued on the next line
        'a: "one \\" two"\n',           # escapes
        "a: 'it''s'\n",                 # a doubled quote
        "a: b # note\n",                # a comment after a value
        "a:\tb\n",                      # a tab
        "a: b\r\nc: d\n",               # CR line ends
        "a: [x, [y]]\n",                # nested flow
        "a: [x,]\n",                    # an empty flow item
        "- - x\n",                      # a list in a list
        "a: b\n---\nc: d\n",            # two documents
        "x\n",                          # a lone value
        "\ufeffa: b\n",                 # a byte-order mark
    ]:
        assert yamlsimple.load(text, FIRST_LINE) is None, text


def test_load_gives_the_same_results_and_errors_either_way():
    good = 'judul: Izin\nlangkah:\n  - kegiatan: "Isi: formulir"\n    waktu: 5 menit\ntags: [a, b]\n'
    value, lines = load(good, FIRST_LINE)
    assert value == {"judul": "Izin", "langkah": [{"kegiatan": "Isi: formulir", "waktu": "5 menit"}],
                     "tags": ["a", "b"]}
    assert isinstance(value["judul"], Plain) and not isinstance(value["langkah"][0]["kegiatan"], Plain)
    assert lines[("langkah", 0, "waktu")] == 5 and lines[("tags", 1)] == 6
    for bad, line in [("a: 1\na: 2\n", 3), ("a: &x 1\n", 2)]:
        try:
            load(bad, FIRST_LINE)
        except YamlError as error:
            assert error.line == line
        else:
            raise AssertionError(bad)
