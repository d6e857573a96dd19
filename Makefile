# Portal Standar. Every target creates .venv from requirements.lock on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The fallback generator's own environment: ProperDocs instead of MkDocs, never both in one venv.
PD_VENV  := .venv-properdocs
PD_BIN   := $(PD_VENV)/bin
PD_STAMP := $(PD_VENV)/.installed-stamp
PIP := -m pip install --quiet --disable-pip-version-check --no-deps
NODE   := node_modules/.package-lock.json
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site site-properdocs offline check test venv editor clean bench bench-besar

# $(call venv,DIR,LOCK): a virtual environment with exactly the packages of LOCK and the core.
define venv
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
	  { echo "Portal Standar memerlukan Python 3.11 (PYTHON=$(PYTHON))"; exit 2; }
	$(PYTHON) -m venv $(1)
	$(1)/bin/python $(PIP) -r $(2)
	$(1)/bin/python $(PIP) -e .
	@touch $(1)/.installed-stamp
endef

$(STAMP): requirements.lock pyproject.toml
	$(call venv,$(VENV),requirements.lock)

$(PD_STAMP): requirements-properdocs.lock pyproject.toml
	$(call venv,$(PD_VENV),requirements-properdocs.lock)

## serve: validate, then preview the portal (drafts included) at http://127.0.0.1:8000;
##        a saved change rebuilds only the changed and the generated pages (--dirty); a file
##        with errors shows them on its page and in a banner, and the preview goes on
serve: $(STAMP) $(NODE)
	-$(BIN)/standar check
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

## site: validate, build the public site into site/ (strict, drafts left out), check the result
site: $(STAMP) $(NODE)
	$(BIN)/standar check
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/standar periksa-situs site

## site-properdocs: the same with ProperDocs, the tested fallback generator, from its own
##                  .venv-properdocs (requirements-properdocs.lock; no MkDocs in it)
site-properdocs: $(PD_STAMP)
	$(PD_BIN)/standar check
	$(PD_BIN)/properdocs build -f mkdocs.yml --strict --site-dir site
	$(PD_BIN)/standar periksa-situs site

## offline: the file:// bundle for offices without a network: dist/portal-standar-offline.zip
##          (without the web editor)
offline: $(STAMP)
	$(BIN)/standar check
	PORTAL_OFFLINE=true $(BIN)/mkdocs build --strict --site-dir build/offline
	$(BIN)/standar periksa-situs build/offline
	$(BIN)/python scripts/offline_bundle.py build/offline dist/portal-standar-offline.zip

## check: validate every standard, no build
check: $(STAMP)
	$(BIN)/standar check

## editor: regenerate the web editor's configuration (docs/admin/konfigurasi.js) from the content model
editor: $(STAMP)
	$(BIN)/standar editor --tulis

## venv: only create .venv (CI and the pre-commit hook call .venv/bin/standar)
venv: $(STAMP)

# npm packages (package-lock.json): Decap CMS, copied into admin/ of the site when
# standards/pemda.yml sets pengaturan.editor; decap-server and axe-core for the browser tests.
$(NODE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; \
	  else echo "npm tidak ada: editor web tidak dapat dibangun dan uji peramban dilewati (pasang nodejs dan npm)"; fi

## test: the whole test suite (with both generators: it creates .venv-properdocs too)
test: $(STAMP) $(PD_STAMP) $(NODE)
	$(BIN)/python -m pytest -n auto

## bench: measure check, build (against bare Material), search index and serve refresh at 100 and 1,000
##        standards, and the check of one file on adversarial 1 MB bodies
bench: $(STAMP)
	$(BIN)/python scripts/bench_adversarial.py --json scripts/bench_adversarial.json
	$(BIN)/python scripts/bench.py --sizes 100 1000 --repeat 3

## bench-besar: the same at 5,000 standards (slow); adds to scripts/bench_results.json and docs/panduan/kinerja.md
bench-besar: $(STAMP)
	$(BIN)/python scripts/bench.py --sizes 5000 --repeat 2

clean:
	rm -rf site build dist .pytest_cache
