"""A link checker for a built static site: every internal href/src must resolve to a file,
and every #fragment to an id on the target page. External links are collected, not followed.

Run in CI after ``make site``: ``python scripts/linkcheck.py site`` (exit 1 on a broken link);
the tests import :func:`check`.
"""

from __future__ import annotations

import html.parser
import posixpath
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src",
              "source": "src", "embed": "src", "object": "data", "use": "href", "image": "href"}


@dataclass
class PageLinks:
    ids: set = field(default_factory=set)
    links: list = field(default_factory=list)  # (tag, url, rel)


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name"):
            if attributes.get(key):
                self.page.ids.add(attributes[key])
        name = LINK_ATTRS.get(tag)
        url = attributes.get(name) or (attributes.get("xlink:href") if tag in ("use", "image") else None)
        if url:
            self.page.links.append((tag, url, attributes.get("rel") or ""))

    handle_startendtag = handle_starttag


def collect(path: Path) -> PageLinks:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    return collector.page


def _target(site: Path, page: Path, url: str) -> tuple[Path | None, str]:
    parts = urlsplit(url)
    if not parts.path:
        return page, parts.fragment
    base = page.parent.relative_to(site).as_posix()
    rel = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    if rel.startswith(".."):
        return None, parts.fragment
    target = site / rel
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def check(site: Path, skip_pages: tuple[str, ...] = ("404.html",)) -> tuple[list[str], set[str]]:
    """Return (broken links as 'page -> url' lines, external URLs)."""
    pages = {p: collect(p) for p in site.rglob("*.html")}
    broken, external = [], set()
    for page, found in pages.items():
        if page.relative_to(site).as_posix() in skip_pages:
            continue
        for tag, url, _rel in found.links:
            scheme = urlsplit(url).scheme
            if scheme in ("http", "https"):
                external.add(url)
                continue
            if scheme or url.startswith("//"):
                continue  # mailto:, tel:, data:
            target, fragment = _target(site, page, url)
            where = f"{page.relative_to(site)} -> {url}"
            if target is None or not target.exists():
                broken.append(where)
                continue
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else collect(target).ids
                if fragment not in ids:
                    broken.append(where + " (anchor)")
    return broken, external


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    site = Path(args[0] if args else "site")
    if not (site / "index.html").is_file():
        print(f"linkcheck: {site}/index.html tidak ada; jalankan dulu: make site", file=sys.stderr)
        return 2
    broken, external = check(site)
    for line in broken:
        print(f"tautan rusak: {line}")
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"linkcheck: {pages} halaman, {len(broken)} tautan rusak, {len(external)} alamat luar "
          "(tidak dibuka)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
