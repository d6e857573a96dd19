"""The author's body on the page: the HTML the check converted and sanitized, its addresses
rewritten for the page, cut at its top-level headings.

The body never passes through the site generator's Markdown: its headings go into the page's
Markdown as plain text (so that they are in the table of contents), and what lies between them
goes in as fragments after the conversion. Nothing in a body (an unclosed tag, a comment, a
directive of the theme) can reach the rest of the page.
"""

from __future__ import annotations

import html
import html.parser
import re

from markdown.extensions.toc import slugify

from ..model.page import Html, Markdown
from ..model.urls import relative
from ..model.view import SiteView
from ..read import links, safety

_ESCAPE = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


class _Cutter(html.parser.HTMLParser):
    """Offsets and text of the headings at the top level of well-formed (sanitized) HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.heading: dict | None = None
        self.found: list[dict] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.heading is None and self.depth == 0 and tag in HEADINGS:
            self.heading = {"level": int(tag[1]), "start": self._offset(), "text": "",
                            "id": dict(attrs).get("id")}
        if tag not in safety.VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        self.depth -= 1
        if self.heading is not None and self.depth == 0 and tag in HEADINGS:
            self.heading["end"] = self._offset() + len(f"</{tag}>")
            self.found.append(self.heading)
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading["text"] += data


def _headings(markup: str) -> list[dict]:
    cutter = _Cutter()
    cutter.line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]
    cutter.feed(markup)
    cutter.close()
    return cutter.found


def heading_markdown(level: int, text: str, anchor: str | None) -> str:
    """A heading of the page's Markdown with the text as it was shown, nothing interpreted."""
    plain = " ".join(text.split())
    escaped = _ESCAPE.sub(r"\\\1", html.escape(plain, quote=False))
    custom = anchor and anchor != slugify(plain, "-")
    return "#" * level + " " + escaped + (f" {{: #{anchor} }}" if custom else "")


def rewrite(view: SiteView, page: str):
    """``url(tag, address)`` for :func:`safety.sanitize`: a relative address of a body becomes
    the address of its target from the page (the check made sure it has one)."""
    from_url = view.url(page)

    def exists(path: str) -> bool:
        return path in view.pages or path in view.site_files

    def url(tag: str, value: str) -> str | None:
        target = links.resolve(page, value, exists)
        if target is None:
            return value if links.candidates(page, value) is None else None
        return relative(from_url, view.url(target.path)) + target.fragment

    return url


def parts(view: SiteView, page: str, body_html: str) -> list:
    """The body as parts of a page plan: fragments between headings of the page's Markdown."""
    markup = safety.sanitize(body_html, rewrite(view, page))
    result, position = [], 0
    for number, heading in enumerate(_headings(markup)):
        if markup[position:heading["start"]].strip():
            result.append(Html(f"isi-{number}", markup[position:heading["start"]]))
        result.append(Markdown("\n\n" + heading_markdown(heading["level"], heading["text"], heading["id"]) + "\n\n"))
        position = heading["end"]
    if markup[position:].strip():
        result.append(Html("isi-akhir", markup[position:]))
    return result
