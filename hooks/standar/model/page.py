"""A page as a document kind plans it, before any rendering: Markdown text (headings, the
author's body) and named fragments of HTML, each from a template and its context. The
publishing layer renders the fragments and puts them in after Markdown has been converted,
so that no generated table or SVG passes through the Markdown parser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Markdown:
    """Markdown text as written here: a heading (with its attributes) or an introduction."""

    text: str


@dataclass(frozen=True)
class Fragment:
    """HTML from ``template`` (a file of :mod:`standar.publish`'s templates) at this place."""

    name: str
    template: str
    context: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Deferred(Fragment):
    """A fragment rendered late, apart from the page (the official sheet: flowchart and QR code,
    most of the build's own cost): the page first carries this template's text, for the search
    index; the kind's ``sheet`` gives the real fragment of the same name."""


@dataclass(frozen=True)
class Html:
    """HTML made elsewhere (the author's body, converted and sanitized), at this place."""

    name: str
    html: str


@dataclass(frozen=True)
class Body:
    """The author's Markdown body, at this place."""


BODY = Body()


@dataclass(frozen=True)
class PagePlan:
    """A page of its own (a list, a dashboard): the title is shown first, then the parts."""

    src_uri: str
    title: str
    parts: tuple
    meta: dict = field(default_factory=dict, hash=False, compare=False)
    updated: dt.date | None = None   # the content's own last change, for the sitemap


@dataclass(frozen=True)
class Sheet:
    """A standard's official sheet: the real fragments of its page's ``Deferred`` parts, and
    what its drawing could not do well (reported to the author as warnings)."""

    parts: tuple = ()
    notes: tuple = ()
