"""A standard's body, from Markdown to the HTML the page shows: one conversion, used by the
check and by the build alike, with the Markdown configuration of the site generator
(:mod:`standar.read.config`), held to the allowlist of :mod:`standar.read.safety`.

Python-Markdown is quadratic on some inputs: a bracket, an angle bracket or a parenthesis
without its pair makes it scan to the end of the paragraph, for each one. Before converting,
a linear pass prices every paragraph (its length times its unpaired openers) and refuses a
body whose price is beyond what a page of real text ever costs, naming the paragraph; so any
file under the size limit is checked in bounded time. Nesting is bounded the same way.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import markdown

from ..model.formatting import angka
from . import safety
from .config import ProjectConfig

# What Python-Markdown spends on a body, estimated in linear time, in microseconds of this kind
# of machine (measured on adversarial bodies, see scripts/bench_adversarial.py): a line, more
# when nested; a mark that may start an inline pattern (nested emphasis is the dearest); and,
# per paragraph, its length times its openers without a pair (each is scanned to the end of the
# paragraph) and times its marks (inline patterns rescan what follows them).
LINE_US, DEPTH_US, MARK_US = 20, 100, 15
UNPAIRED_US, MARKED_US = 0.033, 0.00015
# A tag, comment or declaration left open is looked for across the whole body, not only its
# paragraph: each costs the distance to the next '>' (to the next '-->' for a comment).
OPEN_TAG_US = 0.07
MAX_US = 1_000_000      # one second: thousands of times what a long page of real text costs
WEIGHTS = {"[": 9, "(": 2, "<": 1}
PAIRS = {"[": "]", "(": ")", "<": ">"}
MARKS = frozenset("`*_[]()<>!&\\{}~")
MAX_LINES = 20_000
MAX_DEPTH = 16          # blockquotes ('>') and list indentation levels
MAX_EMPHASIS_RUN = 24   # '*' or '_' in a row
_TAG_START = re.compile(r"<!--|-->|<[a-zA-Z/!?]|>")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_QUOTES = re.compile(r"^(\s*>)+")
_EMPHASIS = re.compile(r"\*{%d,}|_{%d,}" % (MAX_EMPHASIS_RUN + 1, MAX_EMPHASIS_RUN + 1))
# A line nested deeper than MAX_DEPTH: that many quote marks, or four spaces or tabs a level.
_DEEP = re.compile(r"^(?:[^\S\n]*>){%d}|^[ \t]{%d}" % (MAX_DEPTH + 1, 4 * (MAX_DEPTH + 1)), re.MULTILINE)
# Up to this length no body can cost MAX_US, whatever it holds: a body of L characters costs at
# most (LINE_US + DEPTH_US + MARK_US) * L + LINE_US for its lines and marks (the levels of all
# its lines add up to at most L), and at most (9 * UNPAIRED_US + MARKED_US + OPEN_TAG_US) * L**2
# for its unpaired openers, its marked paragraphs and its open tags (9: the dearest weight).
QUICK_CHARS = 1400


@dataclass
class Body:
    """A converted body: its sanitized HTML, its relative links, what is wrong with it. ``html``
    is None when the check could tell without converting (see :func:`plain`); the build then
    converts it with the same function."""

    html: str | None = ""
    links: list = field(default_factory=list)       # (tag, url, line) of every relative address
    problems: list = field(default_factory=list)    # safety.Problem, lines of the body


def _paragraphs(lines: list[str]):
    """(first line index, text) of every paragraph outside fenced code."""
    start, block, fence = None, [], None
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
        if opening or not line.strip():
            if block:
                yield start, "\n".join(block)
            start, block = None, []
            continue
        if start is None:
            start = index
        block.append(line)
    if block:
        yield start, "\n".join(block)


def _unpaired(text: str) -> dict[str, int]:
    open_ = {char: 0 for char in PAIRS}
    closers = {close: char for char, close in PAIRS.items()}
    for char in text:
        if char in open_:
            open_[char] += 1
        elif char in closers:
            opener = closers[char]
            if open_[opener]:
                open_[opener] -= 1
    return open_


def _open_tags(body: str) -> tuple[int, int]:
    """Sum of the distances from every tag-like '<' to the '>' that ends it (from a comment's
    start to its '-->'), and the offset of the worst; linear: one pass over the marks."""
    total, worst, pending, comments = 0, (0, 0), [], []
    for match in _TAG_START.finditer(body):
        token, at = match.group(), match.start()
        if token == "<!--":
            comments.append(at)
        elif token == "-->":
            for start in comments:
                total += at - start
                worst = max(worst, (at - start, start))
            comments = []
        elif token == ">":
            for start in pending:
                total += at - start
                worst = max(worst, (at - start, start))
            pending = []
        else:
            pending.append(at)
    for start in pending + comments:
        total += len(body) - start
        worst = max(worst, (len(body) - start, start))
    return total, worst[1]


def budget(body: str) -> list[safety.Problem]:
    """What makes a body too costly or too deep to convert, found in linear time."""
    if len(body) <= QUICK_CHARS and not _DEEP.search(body) and not _EMPHASIS.search(body):
        return []  # priced below the limit without a pass over its lines
    return priced(body)


def priced(body: str) -> list[safety.Problem]:
    """:func:`budget` line by line and paragraph by paragraph."""
    lines = body.split("\n")
    if len(lines) > MAX_LINES:
        return [safety.Problem(MAX_LINES + 1, f"teks halaman terlalu panjang ({angka(len(lines))} baris, "
                                              f"paling banyak {angka(MAX_LINES)}); pecah menjadi beberapa standar")]
    cost = {"baris": 0.0, "tanda Markdown": 0.0, "tanda tanpa pasangan": 0.0, "tag HTML tanpa penutup": 0.0}
    heaviest = (0.0, 1)
    for index, line in enumerate(lines):
        quotes = _QUOTES.match(line)
        depth = max(quotes.group().count(">") if quotes else 0, (len(line) - len(line.lstrip(" \t"))) // 4)
        if depth > MAX_DEPTH:
            return [safety.Problem(index + 1, f"bertingkat terlalu dalam (lebih dari {MAX_DEPTH} tingkat "
                                              "kutipan atau indentasi daftar)")]
        if _EMPHASIS.search(line):
            return [safety.Problem(index + 1, f"lebih dari {MAX_EMPHASIS_RUN} tanda * atau _ berturut-turut")]
        cost["baris"] += LINE_US + DEPTH_US * depth
    for start, text in _paragraphs(lines):
        marks = sum(1 for char in text if char in MARKS)
        unpaired = sum(WEIGHTS[c] * n for c, n in _unpaired(text).items())
        paragraph = (MARK_US * marks, UNPAIRED_US * len(text) * unpaired, MARKED_US * len(text) * marks)
        cost["tanda Markdown"] += paragraph[0] + paragraph[2]
        cost["tanda tanpa pasangan"] += paragraph[1]
        heaviest = max(heaviest, (sum(paragraph), start + 1))
    distance, at = _open_tags(body)
    cost["tag HTML tanpa penutup"] = OPEN_TAG_US * distance
    total = sum(cost.values())
    if total <= MAX_US:
        return []
    cause = max(cost, key=cost.get)
    line = {"baris": 1, "tag HTML tanpa penutup": body.count("\n", 0, at) + 1}.get(cause, heaviest[1])
    return [safety.Problem(line,
                           f"teks halaman terlalu berat diolah (perkiraan {angka(total / 1e6, 1)} detik, paling "
                           f"lama {angka(MAX_US / 1e6)} detik), terutama karena {cause}; "
                           + {"tanda tanpa pasangan": "tutup pasangan [ ( <, tulis \\[ untuk tanda kurung siku biasa, ",
                              "tag HTML tanpa penutup": "tutup tag dan komentar HTML (> dan -->), tulis &lt; untuk "
                                                        "tanda < biasa, ",
                              "baris": ""}.get(cause, "kurangi penekanan dan tautan, ")
                           + "atau pecah menjadi beberapa standar; bagian terberat mulai di baris ini")]


@lru_cache(maxsize=4)
def _converter(config: ProjectConfig) -> markdown.Markdown:
    return markdown.Markdown(extensions=list(config.extensions),
                             extension_configs=config.extension_configs)


def to_html(body: str, config: ProjectConfig) -> str:
    """Markdown to HTML as the site generator would, unsanitized. Raises RecursionError on
    nesting Python-Markdown cannot follow."""
    converter = _converter(config)
    converter.reset()
    return converter.convert(body)




def _line_of(lines: list[str], needles, after: dict) -> int:
    """The body line where the first of ``needles`` found (as written, or its start) stands;
    the first line when it was generated, not written. Repeated needles are found in turn:
    a line that served one problem is not found again for the same words."""
    probes = [p.strip().lower() for needle in needles for p in (needle, needle[:40])]
    probes = [p for p in probes if len(p) >= 2]
    for probe in probes:
        for index in range(after.get(probe, 0), len(lines)):
            if probe in lines[index].lower():
                for other in probes:
                    after[other] = max(after.get(other, 0), index + 1)
                return index + 1
    return 1


# The extensions whose output is known: with them, a body without the signs below converts to
# nothing the allowlist refuses and no link (proved for every such body by tests/test_safety.py).
KNOWN = frozenset({"toc", "tables", "fenced_code", "admonition", "attr_list", "pymdownx.details",
                   "pymdownx.tasklist", "abbr", "def_list", "sane_lists", "nl2br", "smarty"})
_SIGNS = re.compile(r"[<\[{&]|__|md[-_]|^\s*(?:!!!|\?\?\?)|^\s*#+\s*(?:md|_)", re.IGNORECASE | re.MULTILINE)


def plain(body: str, config: ProjectConfig) -> bool:
    """A body whose conversion the check can skip: no raw HTML, link, image, entity, attribute
    list, admonition, and no line that could name an id or class of the theme."""
    return set(config.extensions) <= KNOWN and not _SIGNS.search(body) and not _may_make_theme_id(body)


# toc makes a heading's id from its text: NFKD, ASCII only, lower case, without what is neither
# a word character, a space nor '-'. A heading written "md## a", "m*d* a", "ｍｄ a" or with a
# zero-width space inside gets "md-a", an id of the theme.
_BLOCK_MARKERS = re.compile(r"^(?:\s*(?:[>#*+-]|\d+[.)]))*")
_NOT_ALNUM = re.compile(r"[^a-z0-9\n]")
_NOT_SLUG = re.compile(r"[^\w\s-]")


def _ascii_lower(text: str) -> str:
    return (text if text.isascii() else
            unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")).lower()


def _may_make_theme_id(body: str) -> bool:
    """Whether a line of the body, were it a heading, could get an id that begins with "md-",
    "md_" or "__" (emphasis and code marks count as nothing; every block marker before it is
    taken off). Answers True for some lines that would not: the body is then converted."""
    text = _ascii_lower(body)
    if "md" not in _NOT_ALNUM.sub("", text) and "_" not in text:
        return False
    for line in text.split("\n"):
        core = line[_BLOCK_MARKERS.match(line).end():]
        if _NOT_ALNUM.sub("", core).startswith("md") or _NOT_SLUG.sub("", core).strip().startswith("__"):
            return True
    return False


def convert(body: str, config: ProjectConfig, defer: bool = False) -> Body:
    """The body checked and converted. Problems carry lines of the body (1 = its first line).
    ``defer``: a check that publishes nothing leaves a :func:`plain` body unconverted (``html``
    None): it can hold nothing to report (most bodies of a large check are plain; converting
    them was half of its time)."""
    result = Body(problems=budget(body))
    if result.problems:
        return result
    if defer and plain(body, config):
        result.html = None
        return result
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(max(limit, 2000))
        html = to_html(body, config)
    except RecursionError:
        result.problems.append(safety.Problem(1, "teks halaman bertingkat terlalu dalam untuk diolah; "
                                                 "kurangi penekanan, kutipan atau daftar bertingkat"))
        return result
    finally:
        sys.setrecursionlimit(limit)
    lines = body.lower().split("\n")
    seen: dict = {}
    for problem in safety.violations(html):
        result.problems.append(safety.Problem(_line_of(lines, problem.needles, seen), problem.message,
                                              problem.needles, problem.warning))

    def record(tag: str, value: str) -> str:
        if not safety.is_external(value) and not value.startswith("#"):
            result.links.append((tag, value, _line_of(lines, (value,), seen)))
        return value

    result.html = safety.sanitize(html, record)
    return result
