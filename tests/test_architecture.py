"""The domain core must outlive MkDocs 1.x: no module of it imports MkDocs."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import standar


def test_core_never_imports_mkdocs():
    modules = [m.name for m in pkgutil.walk_packages(standar.__path__, "standar.") if not m.name.endswith("__main__")]
    assert "standar.read.corpus" in modules and "standar.publish.flowchart" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m == 'mkdocs' or m.startswith('mkdocs.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
