"""Two builds of the same commit give byte-identical sites (dates from content or git)."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import time

from support import BIN, REPO, add_site_files


def _tree(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_two_builds_of_one_commit_are_byte_identical(tmp_path):
    project = tmp_path / "repo"
    shutil.copytree(REPO / "standards", project / "standards")
    add_site_files(project)
    (project / "hooks").unlink()
    shutil.copytree(REPO / "hooks", project / "hooks", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    (project / "node_modules").symlink_to(REPO / "node_modules")  # as `npm ci` leaves it: the editor's files
    git = ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.go.id"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "contoh"], cwd=project, check=True)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    sites = []
    for name in ("satu", "dua"):
        site = tmp_path / name
        result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)],
                                cwd=project, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        sites.append(site)
        time.sleep(1.1)  # a clock-stamped file would now differ
    first, second = sites
    assert _tree(first) == _tree(second)
    _, mismatch, errors = filecmp.cmpfiles(first, second, _tree(first), shallow=False)
    assert mismatch == [] and errors == []
