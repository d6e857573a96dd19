"""The preview (``mkdocs serve``) with errors: a standard that cannot be published does not stop
it. The page the file would have shows its problems in Indonesian (file, line, field, the
problem and its fix), every page shows a banner naming the files with errors, and the rest of
the site is built as usual. When the file is fixed the next rebuild gives its page back. The
public build refuses to publish anything while an error exists (the adapter's part).

The banner is drawn by a small script from ``pratinjau/galat.json``, which every rebuild
writes anew: ``mkdocs serve --dirty`` does not rebuild the pages that did not change, and the
banner on them must still be current.
"""

from __future__ import annotations

import json
import re

from .. import kinds
from ..model import diagnostics as diagnostics_module
from ..model.view import SiteView
from ..read.corpus import ERROR, STANDARDS_DIR, Corpus
from .render import Page, Renderer, marker, title_fragment

DATA = "pratinjau/galat.json"
SCRIPT = "pratinjau/galat.js"
_FIELD = re.compile(r"^kolom '([^']*)': ")

# Reads galat.json beside itself and puts the banner at the top of the page's content.
BANNER = """\
// Pratinjau: spanduk galat di setiap halaman, dari galat.json (dibuat ulang setiap kali dibangun).
(function () {
  var script = document.currentScript;
  fetch(new URL('galat.json', script.src), { cache: 'no-store' }).then(function (r) { return r.json(); })
    .then(function (data) {
      if (!data.berkas.length) return;
      var box = document.createElement('div');
      box.className = 'standar-pratinjau-galat';
      box.setAttribute('role', 'alert');
      var title = document.createElement('p');
      title.textContent = data.judul;
      box.appendChild(title);
      var list = document.createElement('ul');
      data.berkas.forEach(function (item) {
        var li = document.createElement('li'), text = item.berkas + ': ' + item.ringkas;
        if (item.alamat) {
          var a = document.createElement('a');
          a.href = new URL(item.alamat, new URL('..', script.src)).href;
          a.textContent = text;
          li.appendChild(a);
        } else li.textContent = text;
        list.appendChild(li);
      });
      box.appendChild(list);
      var place = document.querySelector('.md-content') || document.body;
      place.insertBefore(box, place.firstChild);
    }).catch(function () {});
})();
"""


def page_of(rel: str, registry: dict) -> str | None:
    """The page a standard's file would have (``<opd>/<kind>/<slug>.md``), if its place is one."""
    parts = rel.split("/")
    if len(parts) == 4 and parts[0] == STANDARDS_DIR and parts[1] in registry and parts[2] in kinds.KINDS \
            and parts[3].endswith(".md"):
        return "/".join(parts[1:])
    return None


def _row(problem: diagnostics_module.Diagnostic) -> dict:
    match = _FIELD.match(problem.message)
    text = problem.message[match.end():] if match else problem.message
    what, _, fix = text.partition("; ")
    return {"baris": problem.line or "-", "kolom": match.group(1) if match else "-",
            "tingkat": problem.severity, "masalah": what, "perbaikan": fix or "-"}


def _by_file(corpus: Corpus) -> dict[str, list]:
    found: dict[str, list] = {}
    for problem in sorted(corpus.diagnostics, key=diagnostics_module.sort_key):
        found.setdefault(problem.path, []).append(problem)
    return found


def pages(corpus: Corpus, view: SiteView) -> list[Page]:
    """One page per standard with errors, where its page would be."""
    result = []
    problems = _by_file(corpus)
    for rel, state in sorted(corpus.outcome.items()):
        src_uri = page_of(rel, corpus.registry)
        if state != ERROR or src_uri is None:
            continue
        render = Renderer(view, src_uri)
        rows = [_row(p) for p in problems.get(rel, ())]
        html = render("galat.html", path=rel, rows=rows,
                      errors=sum(1 for r in rows if r["tingkat"] == diagnostics_module.GALAT))
        title = f"Galat: {rel.rsplit('/', 1)[-1]}"
        result.append(Page(src_uri=src_uri, title=title, markdown=marker("judul") + marker("galat"),
                           fragments={"judul": title_fragment(title), "galat": html}, edit_path=rel,
                           meta={"search": {"exclude": True}}))
    return result


def banner_data(corpus: Corpus, view: SiteView) -> str:
    """What the banner shows: each file with errors, how many, and its page when it has one."""
    problems = _by_file(corpus)
    files = []
    for rel, found in problems.items():
        errors = sum(1 for p in found if p.is_error)
        if not errors:
            continue
        src_uri = page_of(rel, corpus.registry)
        files.append({"berkas": rel, "ringkas": f"{errors} galat; {found[0].format().split(': ', 1)[1]}",
                      "alamat": view.url(src_uri) if src_uri else None})
    title = (f"Pratinjau: {len(files)} berkas bergalat. Berkas itu tidak akan terbit dan 'make site' menolak "
             "menerbitkan portal sampai galatnya diperbaiki:") if files else ""
    return json.dumps({"judul": title, "berkas": files}, ensure_ascii=False, indent=1)
