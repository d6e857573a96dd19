"""Fixtures shared by the test modules."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from standar.read import corpus
from support import REPO, add_site_files, mkdocs_build


@dataclass
class BuiltSite:
    project: Path
    site: Path
    corpus: corpus.Corpus
    output: str  # what mkdocs printed


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> BuiltSite:
    """The sample content built once per test process with real MkDocs."""
    project = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(project, project / "site", corpus.load(project), result.stdout + result.stderr)


# Property tests: no deadline (a loaded CI machine is not a failure); in CI a fixed seed, so
# that a red run can be replayed exactly.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
_hypothesis_settings.register_profile("lokal", deadline=None)
_hypothesis_settings.load_profile("ci" if __import__("os").environ.get("CI") else "lokal")
