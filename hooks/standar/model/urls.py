"""Page URLs as the static site lays them out, and relative links between pages.

Links inside generated HTML are written relative, so the site works at a domain root, under
a sub-path and from ``file://`` (where directory URLs are off) alike.
"""

from __future__ import annotations

import posixpath


def page_url(src_uri: str, directory_urls: bool = True) -> str:
    """``a/b.md`` -> ``a/b/`` (or ``a/b.html``); ``a/index.md`` -> ``a/`` (or ``a/index.html``)."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    head, name = posixpath.split(stem)
    if name in ("index", "README"):
        return (head + "/" if head else "") if directory_urls else posixpath.join(head, "index.html")
    return f"{stem}/" if directory_urls else f"{stem}.html"


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (both site-relative)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    target = posixpath.relpath(to_url or ".", base or ".")
    if to_url.endswith("/") or not to_url:
        target = "./" if target == "." else target + "/"
    return target
