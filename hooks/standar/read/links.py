"""Where a relative address in a body leads: a standard, an OPD's page, a generated page or
file, or a file of the hand-written site. The check refuses one that leads nowhere (or to a
draft, from a published page); the build rewrites each to the address of what it leads to."""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pathspec

from .config import ProjectConfig


@dataclass(frozen=True)
class Target:
    path: str        # the target's source path in the site: dinkes/sop/x.md, assets/logo.svg
    fragment: str    # "#anchor" or ""


def docs_files(root: Path, config: ProjectConfig) -> set[str]:
    """Every file of the hand-written site that the generator publishes (exclusions applied)."""
    docs = Path(root) / config.docs_dir
    excluded = pathspec.GitIgnoreSpec.from_lines(config.exclude_docs)
    found = set()
    for folder, dirs, files in os.walk(docs):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            rel = Path(folder, name).relative_to(docs).as_posix()
            if not name.startswith(".") and not excluded.match_file(rel):
                found.add(rel)
    return found


def candidates(page: str, url: str) -> tuple[list[str], str] | None:
    """The source paths a relative address written on ``page`` may mean, and its fragment;
    None for an address that is not relative to the site (external, absolute, a bare anchor)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("/", "#")) or not parts.path:
        return None
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if path.startswith("../") or path == "..":
        return [], fragment
    if parts.path.endswith("/"):
        return [f"{path}/index.md", f"{path}.md"], fragment
    if path.endswith(".md") or "." in posixpath.basename(path):
        return [path], fragment
    return [path, f"{path}.md", f"{path}/index.md"], fragment


def resolve(page: str, url: str, exists) -> Target | None:
    """The target of ``url`` written on ``page`` among the paths ``exists`` accepts."""
    found = candidates(page, url)
    if found is None:
        return None
    paths, fragment = found
    for path in paths:
        if exists(path):
            return Target(path, fragment)
    return None
