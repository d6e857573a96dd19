"""No script in the public site: markup that could run code or load from elsewhere is refused.

Content comes from many hands and is published under the government's name. A standard's
Markdown body may use harmless HTML (a table, a line break), but never elements or
attributes that run script, embed other documents or styles, or URLs with a script or data
scheme. Front-matter values are always shown escaped; markup of that kind in them is refused
too, so that a dangerous string never waits in the data for a careless consumer.
"""

from __future__ import annotations

import html
import html.parser
import re
from dataclasses import dataclass

FORBIDDEN_TAGS = frozenset({
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript",
    "portal", "audio", "video", "source", "track",
})
URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "formaction", "data", "poster",
                            "background", "xlink:href", "cite", "longdesc", "ping"})
BAD_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")

# Markdown links and images: [text](url "title"), ![alt](url), [ref]: url, <scheme:...>.
_MD_INLINE = re.compile(r"(!?)\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_MD_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^>\s]*)>")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]+")


@dataclass(frozen=True)
class Problem:
    line: int      # 1-based, within the scanned text
    message: str   # Indonesian


def _scheme_problem(url: str) -> str | None:
    """Decode entities and drop invisible characters, as a browser would, then look at the scheme."""
    plain = _INVISIBLE.sub("", html.unescape(url)).lower()
    for scheme in BAD_SCHEMES:
        if plain.startswith(scheme):
            return f"alamat '{scheme}' tidak diizinkan"
    return None


def _is_external(url: str) -> bool:
    plain = _INVISIBLE.sub("", html.unescape(url)).lower()
    return plain.startswith(("http:", "https:", "//", "ftp:"))


class _Scanner(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[Problem] = []

    def _add(self, message: str):
        self.problems.append(Problem(self.getpos()[0], message))

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in FORBIDDEN_TAGS:
            self._add(f"tag HTML <{tag}> tidak diizinkan")
            return
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self._add(f"atribut '{name}' (kode skrip) pada <{tag}> tidak diizinkan")
            elif name in ("style",) and value and re.search(r"url\s*\(|expression\s*\(|@import", value, re.I):
                self._add(f"atribut style dengan url() pada <{tag}> tidak diizinkan")
            elif name == "srcdoc":
                self._add(f"atribut srcdoc pada <{tag}> tidak diizinkan")
            elif name in URL_ATTRIBUTES and value:
                problem = _scheme_problem(value)
                if problem:
                    self._add(f"{problem} pada <{tag} {name}>")
                elif tag == "img" and name in ("src", "srcset") and _is_external(value):
                    self._add("gambar dari situs lain tidak diizinkan (pembaca di jaringan tertutup "
                              "tidak dapat memuatnya)")

    handle_startendtag = handle_starttag


def scan_html(text: str) -> list[Problem]:
    """Raw HTML anywhere in ``text`` (Markdown or HTML) that is not allowed."""
    if "<" not in text:
        return []
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.problems


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def scan_markdown(text: str) -> list[Problem]:
    """Raw HTML and Markdown links or images in a body that could run script or load elsewhere."""
    problems = scan_html(text)
    for match in _MD_INLINE.finditer(text):
        image, url = match.group(1), match.group(2)
        problem = _scheme_problem(url)
        if problem:
            problems.append(Problem(_line_at(text, match.start()), f"{problem} pada tautan Markdown"))
        elif image and _is_external(url):
            problems.append(Problem(_line_at(text, match.start()),
                                    "gambar dari situs lain tidak diizinkan (pembaca di jaringan "
                                    "tertutup tidak dapat memuatnya)"))
    for pattern in (_MD_REFERENCE, _MD_AUTOLINK):
        for match in pattern.finditer(text):
            problem = _scheme_problem(match.group(1))
            if problem:
                problems.append(Problem(_line_at(text, match.start()), f"{problem} pada tautan Markdown"))
    return sorted(set(problems), key=lambda p: (p.line, p.message))


def scan_value(text: str) -> list[Problem]:
    """A front-matter string: shown as text, but dangerous markup is refused all the same."""
    problems = scan_html(text) if "<" in text else []
    if "<" in text or ":" in text:
        for match in _MD_AUTOLINK.finditer(text):
            problem = _scheme_problem(match.group(1))
            if problem:
                problems.append(Problem(1, problem))
    return problems
