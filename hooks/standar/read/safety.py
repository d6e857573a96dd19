"""No script in the public site: the author's HTML, converted from Markdown, is held to an
allowlist, then sanitized by a well-kept library.

Content comes from many hands and is published under the government's name. A body may use
the markup standards need (tables, lists, emphasis, links, images from the repository,
details, abbreviations, admonitions) and nothing else: no element or attribute that runs
script, embeds another document or style, loads from elsewhere, or reaches the theme (an
``id`` or ``class`` the theme uses, ``__config`` above all). The check reports every violation
with its line (:func:`violations`); the build runs :func:`sanitize` (nh3, the binding of the
Rust ``ammonia`` sanitizer: linear time, an HTML5 parser, so unclosed tags are balanced) on
every body all the same, so that the page can never carry them.
"""

from __future__ import annotations

import html
import html.parser
import re
from dataclasses import dataclass
from typing import Callable

import nh3

TAGS = frozenset({
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del",
    "ins", "mark", "small", "sub", "sup", "code", "pre", "kbd", "samp", "var", "q", "cite",
    "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col",
    "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption", "details",
    "summary", "abbr", "div", "span", "input",
})
VOID = frozenset({"br", "hr", "img", "col", "input", "wbr"})
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang"})
ATTRIBUTES = {
    "a": {"href"}, "img": {"src", "alt", "width", "height"}, "ol": {"start", "reversed", "type"},
    "th": {"colspan", "rowspan", "scope", "style"}, "td": {"colspan", "rowspan", "style"},
    "col": {"span"}, "colgroup": {"span"}, "details": {"open"}, "abbr": {"title"},
    "input": {"type", "checked", "disabled"},  # the task list's checkbox
}
URL_ATTRIBUTES = {("a", "href"), ("img", "src")}
SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Elements whose content is dropped with them (their text is code, not reading).
DROPPED = frozenset({"script", "style", "xmp", "plaintext", "noembed", "noframes", "title",
                     "textarea", "iframe", "noscript", "template", "svg", "math", "object"})
_THEME_NAME = re.compile(r"^(?:__|md-|md_)", re.IGNORECASE)   # the theme's ids and classes
_ALIGN = re.compile(r"^\s*text-align\s*:\s*(?:left|right|center)\s*;?\s*$", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


@dataclass(frozen=True)
class Problem:
    line: int      # 1-based, within the scanned text
    message: str   # Indonesian
    needles: tuple = ()  # what the message is about, as the author may have written it
    warning: bool = False


def scheme(url: str) -> str | None:
    """The scheme of a URL as a browser reads it (entities decoded, invisible characters
    dropped), lower case; None for a relative URL."""
    match = _SCHEME.match(_INVISIBLE.sub("", html.unescape(url)))
    return match.group(1).lower() if match else None


def is_external(url: str) -> bool:
    plain = _INVISIBLE.sub("", html.unescape(url)).lower()
    return scheme(url) is not None or plain.startswith("//")


def _attribute_problem(tag: str, name: str, value: str | None) -> str | None:
    """Why an attribute of an allowed element is refused, or None."""
    if name.startswith("on"):
        return f"atribut '{name}' (kode skrip) pada <{tag}> tidak diizinkan"
    if name not in GLOBAL_ATTRIBUTES and name not in ATTRIBUTES.get(tag, ()):
        return f"atribut '{name}' pada <{tag}> tidak diizinkan"
    value = value or ""
    if name == "id" and _THEME_NAME.match(value.strip()):
        return f"id '{value}' pada <{tag}> dipakai tampilan portal; pilih nama lain"
    if name == "class" and any(_THEME_NAME.match(c) for c in value.split()):
        return f"kelas '{value}' pada <{tag}> dipakai tampilan portal; hapus kelas itu"
    if name == "style" and not _ALIGN.match(value):
        return f"atribut style pada <{tag}> hanya boleh berisi perataan teks (text-align)"
    if tag == "input" and name == "type" and value.lower() != "checkbox":
        return "<input> hanya boleh berupa kotak centang daftar tugas (- [ ])"
    if (tag, name) in URL_ATTRIBUTES:
        found = scheme(value)
        if found is not None and found not in SCHEMES:
            return f"alamat '{found}:' tidak diizinkan pada <{tag} {name}>"
        if tag == "img" and is_external(value):
            return "gambar dari situs lain tidak diizinkan (pembaca di jaringan tertutup tidak dapat memuatnya)"
    return None


class _Scanner(html.parser.HTMLParser):
    """Every element and attribute outside the allowlist, and every element left open."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[Problem] = []
        self.open: list[tuple[str, int]] = []

    def _add(self, message: str, *needles: str, warning: bool = False):
        self.problems.append(Problem(self.getpos()[0], message, needles, warning))

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        raw = self.get_starttag_text() or f"<{tag}"
        if tag not in TAGS:
            self._add(f"tag HTML <{tag}> tidak diizinkan", f"<{tag}")
            return
        for name, value in attrs:
            problem = _attribute_problem(tag, name.lower(), value)
            if problem:
                self._add(problem, raw, value or "", f"{name}=", name)
        if tag not in VOID:
            self.open.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.open and self.open[-1][0] == tag.lower():
            self.open.pop()

    def handle_endtag(self, tag):
        tag = tag.lower()
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_decl(self, decl):
        self._add("deklarasi HTML (<!...>) tidak diizinkan", "<!")

    def unknown_decl(self, data):
        self._add("bagian HTML '<![' tidak diizinkan", "<![")

    def handle_pi(self, data):
        self._add("instruksi pemrosesan (<?...>) tidak diizinkan", "<?")


def violations(markup: str) -> list[Problem]:
    """What in converted HTML is outside the allowlist (errors) or left open (warnings)."""
    if "<" not in markup:
        return []
    scanner = _Scanner()
    try:
        scanner.feed(markup)
        scanner.close()
    except Exception as exc:  # the parser gives up on some broken markup (e.g. '<![')
        scanner._add(f"kode HTML yang tidak dapat dibaca ({exc})", "<")
    for tag, line in scanner.open:
        scanner.problems.append(Problem(line, f"tag <{tag}> dibuka tetapi tidak ditutup; tambahkan </{tag}>",
                                        (f"<{tag}",), warning=True))
    return scanner.problems


def sanitize(markup: str, url: Callable[[str, str], str | None] | None = None) -> str:
    """The markup with only what the allowlist permits, balanced. ``url(tag, value)``, if given,
    may rewrite a link or image address (the page's relative link) or drop it (None)."""

    def allowed(tag: str, name: str, value: str) -> str | None:
        if _attribute_problem(tag, name, value):
            if name == "class":
                kept = " ".join(c for c in value.split() if not _THEME_NAME.match(c))
                return kept or None
            return None
        if url is not None and (tag, name) in URL_ATTRIBUTES:
            return url(tag, value)
        return value

    return nh3.clean(markup, tags=set(TAGS), clean_content_tags=set(DROPPED),
                     attributes={tag: set(names) | set(GLOBAL_ATTRIBUTES) for tag, names in ATTRIBUTES.items()}
                     | {"*": set(GLOBAL_ATTRIBUTES)},
                     url_schemes=set(SCHEMES), attribute_filter=allowed, strip_comments=True, link_rel=None,
                     filter_style_properties={"text-align"})
