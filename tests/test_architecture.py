"""The shape of the domain core, enforced.

The core must outlive MkDocs 1.x: no module of it imports MkDocs. It is layered, each layer
importing only those below it: ``model`` (the content model and its arithmetic) < ``kinds``
(one module per document kind) < ``read`` (files to checked standards) < ``publish`` (the site
plan, pages and open data) < ``tools`` (the command line). Its import graph has no cycle. Every
document kind provides every part the rest of the core asks of a kind, and the typed records
of the model are the fields of the content model, no more and no fewer.
"""

from __future__ import annotations

import ast
import dataclasses
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import standar
from standar import kinds
from standar.kinds.spm import CAPAIAN
from standar.kinds.spm.coverage import Capaian
from standar.model import fields, flow
from standar.model.kind import Kind, TemplateSpec
from standar.model.opd import Opd
from standar.model.schema import Enum, ListOf, OneOf, Record
from standar.model.standard import Standard
from standar.publish import reference

CORE = Path(standar.__file__).parent
LAYERS = ("model", "kinds", "read", "publish", "tools")
# What each layer may import (the standard library and third-party packages aside).
ALLOWED = {
    "model": {"model"},
    "kinds": {"model", "kinds"},
    "read": {"model", "kinds", "read"},
    "publish": {"model", "kinds", "read", "publish"},
    "tools": {"model", "kinds", "read", "publish", "tools"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CORE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(CORE.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """Every module of the core that ``name`` imports, anywhere in its code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            names = [f"{base}.{alias.name}" for alias in node.names]
            # ``from package import module`` depends on the module; the package counts only when
            # a name is one of its own attributes
            targets = names + ([base] if any(n not in MODULES for n in names) else [])
        else:
            continue
        found |= {t for t in targets if t in MODULES}
    return found - {name, "standar"}  # the package's own __init__ imports nothing


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def test_every_module_belongs_to_a_layer():
    outside = [n for n in MODULES if _layer(n) is None and n not in ("standar", "standar.__main__")]
    assert outside == []


@pytest.mark.parametrize("layer", LAYERS)
def test_layers_import_only_what_is_below_them(layer):
    wrong = sorted(f"{name} imports {target}" for name, targets in GRAPH.items() if _layer(name) == layer
                   for target in targets if _layer(target) not in ALLOWED[layer])
    assert wrong == []


def test_import_graph_has_no_cycle():
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(name):
        state[name] = 1
        path.append(name)
        for target in sorted(GRAPH[name]):
            if state.get(target) == 1:
                raise AssertionError("cycle: " + " -> ".join(path[path.index(target):] + [target]))
            if target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)


def test_core_never_imports_mkdocs():
    modules = [m.name for m in pkgutil.walk_packages(standar.__path__, "standar.") if not m.name.endswith("__main__")]
    assert "standar.read.corpus" in modules and "standar.model.flowchart" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m == 'mkdocs' or m.startswith('mkdocs.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# -- document kinds ----------------------------------------------------------------------------
# What the rest of the core asks of every kind; a kind must define each, not inherit it.
PARTS = ("check", "cross_check", "page", "sheet", "pages", "nav", "data", "csv_row", "new_file")
TEMPLATE_NAME = re.compile(r"[\"']([a-z_]+\.html)[\"']")


@pytest.mark.parametrize("code", list(kinds.KINDS))
def test_every_kind_provides_every_part(code):
    kind = kinds.get(code)
    cls = type(kind)
    missing = [part for part in PARTS if getattr(cls, part) is getattr(Kind, part)]
    assert missing == [], f"{code} lacks {missing}"
    assert kind.code == code and kind.label and kind.name and kind.questions
    assert isinstance(kind.fields, Record) and reference.rows(kind.fields)   # its field reference
    assert issubclass(kind.standard, Standard)
    assert isinstance(kind.template, TemplateSpec) and kind.template.body   # `standar baru`
    assert isinstance(kind.reference, str)
    assert {"judul", "status"} <= set(kind.fields.by_key) or "status" in kind.fields.by_key
    source = Path(sys.modules[cls.__module__].__file__)
    files = source.parent.glob("*.py") if source.name == "__init__.py" else [source]
    named = {m for f in files for m in TEMPLATE_NAME.findall(f.read_text(encoding="utf-8"))}
    templates = CORE / "publish" / "templates"
    assert named and all((templates / name).is_file() for name in named), named


def test_the_kinds_own_their_folders_and_nothing_else_names_them():
    """Outside kinds/, no module of the core names a kind's code as a string."""
    codes = "|".join(map(re.escape, kinds.KINDS))
    pattern = re.compile(rf"[\"'](?:{codes})[\"']")
    naming = [name for name, path in MODULES.items() if _layer(name) != "kinds"
              and pattern.search(path.read_text(encoding="utf-8"))]
    assert naming == []


# -- typed records are the content model -------------------------------------------------------
def _names(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_opd_has_the_fields_of_the_registry_record():
    assert _names(Opd) == set(fields.OPD.by_key)


def test_capaian_has_the_fields_of_its_record():
    assert _names(Capaian) == set(CAPAIAN.by_key)


def test_a_step_has_the_fields_of_langkah_and_what_is_derived():
    assert _names(flow.Step) - {"number", "symbol"} == set(fields.LANGKAH.by_key)


def _enums(type_, seen):
    if isinstance(type_, Enum):
        seen.append(type_)
    elif isinstance(type_, ListOf):
        _enums(type_.item, seen)
    elif isinstance(type_, OneOf):
        _enums(type_.record, seen)
    elif isinstance(type_, Record):
        for spec in type_.fields:
            _enums(spec.type, seen)
    return seen


def test_every_code_shown_to_readers_has_its_word():
    records = [kind.fields for kind in kinds.all_kinds()] + [fields.OPD, kinds.PEMDA]
    enums = [e for record in records for e in _enums(record, [])]
    assert enums and all(e.labels and set(e.labels) == set(e.values) for e in enums)
