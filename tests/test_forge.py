"""The forge files: CODEOWNERS from the registry, CI configurations that name only commands that
exist, pinned actions, and the pull-request templates with the reviewer's checklist."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from standar.tools import cli, codeowners
from standar.read import corpus
from support import OPD_YML, REPO, make_project, standar

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
GITLAB_CI = REPO / ".gitlab-ci.yml"
PRE_COMMIT = REPO / ".pre-commit-config.yaml"
PR_TEMPLATES = [REPO / ".github" / "pull_request_template.md",
                REPO / ".gitlab" / "merge_request_templates" / "Default.md"]
GUIDE = REPO / "docs" / "panduan" / "untuk-opd.md"


# -- CODEOWNERS --------------------------------------------------------------------------------

def rules(text: str) -> list[tuple[str, list[str]]]:
    return [(line.split()[0], line.split()[1:]) for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_codeowners_matches_the_registry():
    registry = corpus.load(REPO).registry
    reviewer = list(registry["bagian-organisasi"].pengelola)
    found = rules(codeowners.generate(registry))
    assert found[0] == ("*", reviewer)  # first: the last matching rule wins
    by_path = dict(found[1:])
    assert set(by_path) == {f"/standards/{kode}/" for kode in registry}
    for kode, opd in registry.items():
        owners = by_path[f"/standards/{kode}/"]
        assert owners[:len(opd.pengelola)] == list(opd.pengelola)
        assert set(owners) == set(opd.pengelola) | set(reviewer)


@pytest.mark.parametrize("name", codeowners.FILES)
def test_committed_codeowners_is_up_to_date(name):
    expected = codeowners.generate(corpus.load(REPO).registry)
    assert (REPO / name).read_text(encoding="utf-8") == expected, \
        f"{name} is out of date: run `standar codeowners --tulis`"


def test_codeowners_commands(tmp_path):
    project = make_project(tmp_path)  # no bagian-organisasi in this registry
    result = standar(["codeowners"], project)
    assert result.returncode == 2 and "--peninjau" in result.stderr
    result = standar(["codeowners", "--peninjau", "@pemda/organisasi"], project)
    assert result.returncode == 0
    assert rules(result.stdout)[0] == ("*", ["@pemda/organisasi"])
    assert standar(["codeowners", "--periksa", "--peninjau", "@pemda/organisasi"], project).returncode == 1
    assert standar(["codeowners", "--tulis", "--peninjau", "@pemda/organisasi"], project).returncode == 0
    assert (project / ".github/CODEOWNERS").read_text() == result.stdout
    assert standar(["codeowners", "--periksa", "--peninjau", "@pemda/organisasi"], project).returncode == 0


def test_codeowners_reviewer_from_the_registry(tmp_path):
    registry = OPD_YML + ("- kode: bagian-organisasi\n  nama: Bagian Organisasi\n  singkatan: Org\n"
                          "  jenis: bagian\n  pengelola: ['@pemda/org']\n")
    registry = registry.replace("  jenis: distrik\n", "  jenis: distrik\n  pengelola: ['@pemda/konda']\n")
    result = standar(["codeowners"], make_project(tmp_path, opd_yml=registry))
    assert result.returncode == 0
    found = dict(rules(result.stdout))
    assert found["*"] == ["@pemda/org"]
    assert found["/standards/distrik-konda/"] == ["@pemda/konda", "@pemda/org"]
    assert found["/standards/dinkes/"] == ["@pemda/org"]  # no pengelola: Bagian Organisasi only


# -- CI configurations -------------------------------------------------------------------------

def make_targets() -> set[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^([A-Za-z0-9_.-]+):(?!=)", text, re.M)}


def cli_commands() -> set[str]:
    parser = cli._parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return set(action.choices)


def github_commands(path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data.get("on", data.get(True)), f"{path.name}: no trigger"
    commands = []
    for job in data["jobs"].values():
        for step in job.get("steps", []):
            if "run" in step:
                commands.append(step["run"])
            if "uses" in step:
                assert re.search(r"@(v\d+\.\d+\.\d+|[0-9a-f]{40})$", step["uses"]), \
                    f"{path.name}: {step['uses']} is not pinned to a full version or a commit"
    return commands


def gitlab_commands() -> list[str]:
    data = yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))
    commands = []
    for name, job in data.items():
        if isinstance(job, dict):
            for key in ("before_script", "script", "after_script"):
                commands += job.get(key, [])
    return commands


def check_commands(commands: list[str], where: str) -> list[tuple[str, str]]:
    """Every `make X` names a Makefile target (unless it is probed first with `make -n X`),
    every `standar X` a subcommand of the CLI, every `python scripts/x.py` an existing file.
    Returns what was found, for the caller's own assertions."""
    targets, subcommands, found = make_targets(), cli_commands(), []
    script = "\n".join(commands)
    probed = set(re.findall(r"make -n ([A-Za-z0-9_.-]+)", script))
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        segments, words = [], []
        for token in lexer:  # quoted text stays one token: an echoed "make x" is no command
            if set(token) <= set(";&|<>()"):
                segments.append(words)
                words = []
            else:
                words.append(token)
        segments.append(words)
        for words in segments:
            words = [w for w in words if w not in ("if", "then", "else", "fi")]
            for index, word in enumerate(words):
                rest = words[index + 1:]
                if word == "make":
                    args = [w for w in rest if not w.startswith("-")]
                    for target in args[:1]:
                        assert target in targets or target in probed, f"{where}: make {target} does not exist"
                        found.append(("make", target))
                elif word.endswith("standar") and rest:
                    assert rest[0] in subcommands, f"{where}: standar {rest[0]} does not exist"
                    found.append(("standar", " ".join(rest)))
                elif word.endswith("python") and rest and rest[0].endswith(".py"):
                    assert (REPO / rest[0]).is_file(), f"{where}: {rest[0]} does not exist"
                    found.append(("python", rest[0]))
    return found


def test_workflows_are_valid_and_name_existing_commands():
    assert {p.name for p in WORKFLOWS} >= {"periksa.yml", "terbit.yml"}
    found = {p.name: check_commands(github_commands(p), p.name) for p in WORKFLOWS}
    pr = found["periksa.yml"]
    assert any(kind == "standar" and "check --berubah" in cmd and "--format github" in cmd for kind, cmd in pr)
    assert any(kind == "standar" and cmd.startswith("periksa-pr") for kind, cmd in pr)
    assert ("make", "site") in pr and ("python", "scripts/linkcheck.py") in pr
    assert "upload-artifact" in (REPO / ".github/workflows/periksa.yml").read_text()
    main = found["terbit.yml"]
    assert ("make", "site") in main and ("make", "offline") in main
    text = (REPO / ".github/workflows/terbit.yml").read_text()
    assert "make -n offline" in text and "deploy-pages" in text


def test_gitlab_ci_is_valid_and_names_existing_commands():
    found = check_commands(gitlab_commands(), ".gitlab-ci.yml")
    assert any(kind == "standar" and "--format gitlab" in cmd for kind, cmd in found)
    assert any(kind == "standar" and cmd.startswith("periksa-pr") for kind, cmd in found)
    assert ("make", "site") in found and ("python", "scripts/linkcheck.py") in found
    data = yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))
    assert data["periksa-standar"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert "public/" in data["pages"]["artifacts"]["paths"]


def recipe(target: str) -> list[str]:
    """The commands of a Makefile target."""
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", text, re.M)
    assert match, f"make {target} does not exist"
    return [line.strip() for line in match.group(1).splitlines()]


@pytest.mark.parametrize("target, folder", [("site", "site"), ("site-properdocs", "site"),
                                            ("offline", "build/offline")])
def test_every_build_checks_its_result(target, folder):
    """`standar periksa-situs` right after the build, before anything uses the site."""
    commands = recipe(target)
    build = next(i for i, c in enumerate(commands) if " build " in c)
    assert f"--site-dir {folder}" in commands[build]
    assert commands[build + 1].endswith(f"/standar periksa-situs {folder}")
    assert ("standar", f"periksa-situs {folder}") in check_commands([commands[build + 1]], "Makefile")


def test_the_forges_build_with_both_generators():
    """Each forge builds with MkDocs (make site, checked) and with the fallback on every change."""
    pr = check_commands(github_commands(REPO / ".github/workflows/periksa.yml"), "periksa.yml")
    assert ("make", "site") in pr and ("make", "site-properdocs") in pr
    gitlab = check_commands(gitlab_commands(), ".gitlab-ci.yml")
    assert ("make", "site") in gitlab and ("make", "site-properdocs") in gitlab
    assert recipe("site-properdocs")[1].startswith("$(PD_BIN)/properdocs build -f mkdocs.yml --strict")
    assert "$(PD_STAMP)" in re.search(r"^test:(.*)$", (REPO / "Makefile").read_text(), re.M).group(1)


def test_pre_commit_hook_runs_the_check():
    data = yaml.safe_load(PRE_COMMIT.read_text(encoding="utf-8"))
    (repo,) = data["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    found = check_commands([hook["entry"]], ".pre-commit-config.yaml")
    assert found == [("standar", "check --berubah HEAD")]
    assert re.search(hook["files"], "standards/dinkes/sop/x.md")
    assert not re.search(hook["files"], "docs/index.md")


def test_the_command_checker_catches_unknown_commands():
    with pytest.raises(AssertionError):
        check_commands(["make publish"], "test")
    with pytest.raises(AssertionError):
        check_commands([".venv/bin/standar terbitkan"], "test")
    assert check_commands(["if make -n offline; then make offline; fi"], "test") == [
        ("make", "offline"), ("make", "offline")]


# -- pull-request templates --------------------------------------------------------------------

def checklist(path, heading: str = "## Daftar periksa peninjau") -> list[str]:
    text = path.read_text(encoding="utf-8")
    if heading in text:
        text = text[text.index(heading):]
    return [line for line in text.splitlines() if line.startswith("- [ ] ")]


def test_pr_templates_carry_the_reviewers_checklist():
    github, gitlab = (checklist(p) for p in PR_TEMPLATES)
    assert github == gitlab
    criteria = [line for line in github if re.match(r"- \[ \] \d\. ", line)]
    assert [line[6] for line in criteria] == list("1234567")  # the seven evaluation criteria
    assert len(github) > len(criteria)  # and the formal checks
    assert checklist(GUIDE, "## Yang diperiksa Bagian Organisasi") == github
