"""What the check needs of the site generator's configuration (``mkdocs.yml``), read as plain
YAML: the Markdown configuration a body is converted with, where the hand-written pages are,
which of them the generator leaves out, and the folders it writes itself.

Read here, never through MkDocs, so that the check and the build convert a body with one
configuration and the core stays independent of the generator.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CONFIG_FILE = "mkdocs.yml"
# Extensions the generator always adds before the configured ones (MkDocs 1.x "builtins").
BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")
# Folders and files the generator and its theme write into the site themselves.
GENERATED = {"search": ("search",), "material": ("assets", "404.html", "sitemap.xml", "sitemap.xml.gz")}


@dataclass(frozen=True)
class ProjectConfig:
    docs_dir: str = "docs"
    exclude_docs: tuple = ()                       # gitignore-style patterns, relative to docs_dir
    extensions: tuple = BUILTIN_EXTENSIONS         # Markdown extensions, in order, without repeats
    extension_configs: dict = field(default_factory=dict, hash=False, compare=False)
    plugins: tuple = ()
    theme: str = ""
    site_url: str = ""                             # the public address (SITE_URL or site_url)

    @property
    def generated(self) -> tuple[str, ...]:
        """Top-level paths of the site that the generator, its plugins and theme write."""
        names = [n for plugin in self.plugins for n in GENERATED.get(plugin, ())]
        return tuple(dict.fromkeys(names + list(GENERATED.get(self.theme, ()))))


class _Loader(yaml.SafeLoader):
    """MkDocs' own tags: ``!ENV`` (an environment variable or a default) and ``!relative``;
    ``!!python/name:`` (an object an extension option names) is imported when used."""


def _env(loader, node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else names + [None]
    for name in variables:
        if name in os.environ:
            return os.environ[name]
    return default


_Loader.add_constructor("!ENV", _env)
_Loader.add_constructor("!relative", lambda loader, node: loader.construct_scalar(node))
_Loader.add_multi_constructor("tag:yaml.org,2002:python/name:",
                              lambda loader, suffix, node: _PythonName(suffix))


@dataclass(frozen=True)
class _PythonName:
    dotted: str

    def resolve(self):
        module, _, name = self.dotted.rpartition(".")
        return getattr(importlib.import_module(module), name)


def _resolved(value):
    if isinstance(value, _PythonName):
        return value.resolve()
    if isinstance(value, dict):
        return {k: _resolved(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolved(v) for v in value]
    return value


def load(root: Path | str) -> ProjectConfig:
    """The project's configuration; the generator's defaults where there is no mkdocs.yml."""
    path = Path(root) / CONFIG_FILE
    if not path.is_file():
        return ProjectConfig()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    names, configs = list(BUILTIN_EXTENSIONS), {}
    for entry in data.get("markdown_extensions") or ():
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name not in names:
            names.append(name)
        if options:
            configs[name] = _resolved(options)
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in data.get("plugins") or ("search",)]
    theme = data.get("theme") or {}
    exclude = data.get("exclude_docs") or ""
    return ProjectConfig(docs_dir=str(data.get("docs_dir") or "docs"),
                         exclude_docs=tuple(line.strip() for line in exclude.splitlines() if line.strip()),
                         extensions=tuple(names), extension_configs=configs,
                         plugins=tuple(p.split("/")[-1] for p in plugins),
                         theme=theme.get("name", "") if isinstance(theme, dict) else str(theme),
                         site_url=str(data.get("site_url") or ""))
