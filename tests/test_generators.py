"""The portal does not hang on one generator. ProperDocs, the tested fallback, builds the same
site as MkDocs from its own environment (no MkDocs in it): the same files with the same bytes
but for the normalisations listed here. `standar periksa-situs` passes on both builds, and
fails, naming what is missing, on a build that ignored the hook, as Zensical does."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from standar.model import sitemap
from support import BIN, PROPERDOCS_BIN, REPO, add_site_files, properdocs_build, run

# Every difference allowed between the two builds, with why: nothing else may differ.
NORMALISATIONS = [
    # Material names the generator and its version in every page.
    (".html", re.compile(rb'<meta name="generator" content="mkdocs-(?:ProperDocs )?[\d.]+, '
                         rb'mkdocs-material-[\d.]+">'), b'<meta name="generator" content="">'),
]


def lock(path: Path) -> dict[str, str]:
    pins = [line.split("==") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {name.lower(): version for name, version in pins}


@pytest.fixture(scope="module")
def properdocs_site(sample_site, tmp_path_factory) -> Path:
    """The sample project of `sample_site` built once more, with ProperDocs."""
    site = tmp_path_factory.mktemp("properdocs") / "site"
    result = properdocs_build(sample_site.project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# -- the environment ---------------------------------------------------------------------------

def test_properdocs_lock_shares_every_pin_and_leaves_mkdocs_out():
    main, fallback = lock(REPO / "requirements.lock"), lock(REPO / "requirements-properdocs.lock")
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    wanted = dict(pin.lower().split("==") for pin in extras["properdocs"])
    assert {name: fallback.get(name) for name in wanted} == wanted
    assert not {"mkdocs", "mkdocs-get-deps", "mergedeep"} & set(fallback)
    assert {name: main[name] for name in fallback if name != "properdocs"} == \
        {name: version for name, version in fallback.items() if name != "properdocs"}
    # the portal's own dependencies are all there (a missing one would only fail at build time)
    core = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert {pin.lower().split("==")[0] for pin in core} <= set(fallback)


def test_properdocs_environment_has_no_mkdocs():
    python = PROPERDOCS_BIN / "python"
    assert python.exists(), "no .venv-properdocs: run `make test`"
    found = subprocess.run([str(python), "-c", "import importlib.util as u; print(u.find_spec('mkdocs'))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert found == "None"
    version = subprocess.run([str(PROPERDOCS_BIN / "properdocs"), "--version"], capture_output=True,
                             text=True, check=True).stdout
    assert lock(REPO / "requirements-properdocs.lock")["properdocs"] in version


# -- the same site -----------------------------------------------------------------------------

def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix, pattern, replacement in NORMALISATIONS:
        if path.suffix == suffix:
            data = pattern.sub(replacement, data)
    return data


def test_properdocs_builds_the_same_site_as_mkdocs(sample_site, properdocs_site):
    mkdocs, properdocs = sample_site.site, properdocs_site
    names = {p.relative_to(mkdocs) for p in mkdocs.rglob("*") if p.is_file()}
    assert names == {p.relative_to(properdocs) for p in properdocs.rglob("*") if p.is_file()}
    differing = sorted(str(n) for n in names if normalised(mkdocs / n) != normalised(properdocs / n))
    assert differing == [], f"differ beyond {len(NORMALISATIONS)} normalisation(s): {differing[:10]}"
    # each normalisation is needed: the list holds what differs, no more
    for suffix, pattern, _ in NORMALISATIONS:
        assert any(pattern.findall((mkdocs / n).read_bytes()) != pattern.findall((properdocs / n).read_bytes())
                   for n in names if n.suffix == suffix), f"{pattern.pattern!r} is not needed"


def test_periksa_situs_passes_on_both_builds(sample_site, properdocs_site):
    for bin_dir, site in ((BIN, sample_site.site), (PROPERDOCS_BIN, properdocs_site)):
        result = run([str(bin_dir / "standar"), "periksa-situs", str(site)], sample_site.project)
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"{len(sample_site.corpus.published())} standar terbit" in result.stdout
        assert "sesuai sumbernya" in result.stdout


# -- a generator that ignores the hook ---------------------------------------------------------

def test_periksa_situs_fails_on_a_build_without_the_hook(sample_site, tmp_path):
    """What Zensical does with mkdocs.yml: `hooks:` ignored without a word, no strict failure."""
    project = tmp_path / "proyek"
    shutil.copytree(sample_site.project / "standards", project / "standards")
    add_site_files(project)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "hooks:\n  - hooks/portal.py\n" in text and "strict: true" in text
    config.write_text(text.replace("hooks:\n  - hooks/portal.py\n", "").replace("strict: true", "strict: false"),
                      encoding="utf-8")
    built = run([str(BIN / "mkdocs"), "build", "--site-dir", "site"], project)
    assert built.returncode == 0, built.stderr  # the build "succeeds"
    assert (project / "site" / "index.html").exists()

    result = run([str(BIN / "standar"), "periksa-situs", "site"], project)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    corpus = sample_site.corpus
    for std in corpus.published():
        assert any(line.startswith(f"{std.url}index.html: halaman ") and std.path in line
                   and line.endswith("tidak ada") for line in lines), std.path
        assert any(line.startswith("search/search_index.json: ") and std.path in line
                   and line.endswith("tidak ada di indeks pencarian") for line in lines), std.path
    for path in (sitemap.STANDAR_JSON, sitemap.STANDAR_CSV, sitemap.OPD_JSON, sitemap.FILE_SCHEMA):
        assert f"{path}: berkas data tidak ada" in lines
    assert any(line.startswith("Tidak satu pun halaman standar ada") and "hooks:" in line for line in lines)
    assert lines[-1].startswith("Situs site tidak sesuai sumbernya:")
    assert f"{len(lines) - 1} masalah" in lines[-1]
