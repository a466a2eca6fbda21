# ClaimDesk developer commands. On a fresh Debian/Ubuntu machine only two are needed:
#   make run     # install what is missing, then start the app (make run ARGS="--db /tmp/x.sqlite")
#   make test    # install what is missing, then lint, typecheck, contracts, pytest
# `make help` lists the rest.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# `make test` runs its steps in order and stops at the first failure, even under -j.
.NOTPARALLEL:

PYTHON ?= python3
export PYTHON
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Only the directories that exist (git does not keep empty ones).
PY_PATHS := $(wildcard src tests benchmarks tools packaging)
ARGS ?=
PYTEST_ARGS ?=
# Package set for tools/ensure-system-deps.sh: `run` for the app, `test` for everything else.
SYSDEPS_SET ?= test

.PHONY: help run test lint typecheck contracts pytest format venv sysdeps clean migration \
	bundle deb icons bench translations translations-update schema bench-full

help: ## List the targets
	@echo "ClaimDesk make targets:"
	@grep -E '^[a-z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) | \
	    awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'
	@echo "Variables: ARGS (for run), PYTEST_ARGS (for pytest), PYTHON (default python3)."

run: SYSDEPS_SET = run
run: sysdeps venv translations ## Start the app (pass options with ARGS="...")
	$(BIN)/claimdesk $(ARGS)

test: sysdeps lint typecheck contracts pytest ## Run every check: lint, typecheck, contracts, pytest

lint: venv ## ruff check + ruff format --check
	$(BIN)/ruff check $(PY_PATHS)
	$(BIN)/ruff format --check $(PY_PATHS)

typecheck: venv ## mypy --strict over the whole package: core, GUI and CLI
	$(BIN)/mypy src/claimdesk

contracts: venv ## import-linter: the core knows nothing of Qt, the GUI or the CLI
	$(BIN)/lint-imports

pytest: venv translations ## pytest with QT_QPA_PLATFORM=offscreen (extra options: PYTEST_ARGS="...")
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# `make bench` runs every script in benchmarks/, with small sizes where a script has them (the
# full runs take much longer: see each script's docstring); a new script runs with no arguments.
bench: venv ## Run every benchmark script with small sizes (prints figures, asserts nothing)
	@for script in $(sort $(wildcard benchmarks/*.py)); do \
	    case "$$(basename "$$script" .py)" in \
	        export|matching|batch_import|catalogue_view|clusters|charts|startup|startup_stall|reader_stall|versions_diff) \
	            args="--quick" ;; \
	        edit_latency) args="--claims 10000 --repeat 2 --attributions 20" ;; \
	        team) args="--sizes 10000 --queries 100 --scan-queries 30 --writers 1 4 --each 20" ;; \
	        *) args="" ;; \
	    esac; \
	    echo "== $$script $$args"; \
	    $(BIN)/python "$$script" $$args; \
	done

# `make bench-full` runs every performance benchmark at the sizes README's Performance section
# reports, one after the other, each script's output in $(BENCH_OUT)/NAME.txt; the 1M-claim
# catalogues of catalogue_view.py are kept in $(BENCH_KEEP) and reused by a later run. About an
# hour and a quarter on the 2-core development machine (53 minutes with those catalogues kept).
BENCH_OUT ?= bench-results
BENCH_KEEP ?= $(BENCH_OUT)/catalogues
# the code edit_latency.py compares this tree with (its benchmark helpers need the core's present
# layout, tag spellings included, so a revision from before migration 0017 cannot be measured):
# by default the last submission before the bounded PostgreSQL walk
BENCH_BASELINE ?= c89881c
bench-full: venv ## Run every performance benchmark at README's sizes (long: see the Makefile)
	@mkdir -p $(BENCH_OUT) $(BENCH_KEEP)
	@for run in "startup --runs 3" "startup_stall" "reader_stall" "export" "batch_import" \
	        "catalogue_view --keep $(BENCH_KEEP)" "clusters --repeat 9" "charts" \
	        "edit_latency --baseline $(BENCH_BASELINE)" "matching" "team"; do \
	    name=$${run%% *}; args=$$(echo "$$run" | cut -s -d' ' -f2-); \
	    echo "== benchmarks/$$name.py $$args ($$(date -u '+%Y-%m-%d %H:%M UTC'), load $$(cut -d' ' -f1-3 /proc/loadavg))"; \
	    $(BIN)/python benchmarks/$$name.py $$args > $(BENCH_OUT)/$$name.txt 2>&1 \
	        || echo "   benchmarks/$$name.py failed: see $(BENCH_OUT)/$$name.txt"; \
	done

migration: venv ## Generate a migration from the models: make migration MSG="what it does"
	$(BIN)/python tools/new_migration.py $(MSG)

schema: venv ## Rewrite the schema snapshot new SQLite catalogues are made from (after a migration)
	$(BIN)/python tools/sqlite_schema.py

bundle: sysdeps venv translations ## Build dist/claimdesk/ (PyInstaller) and dist/claimdesk-VERSION-linux-ARCH.tar.gz
	$(BIN)/python packaging/make_bundle.py

deb: bundle ## Build dist/claimdesk_VERSION_amd64.deb from the bundle (dpkg-deb)
	$(BIN)/python packaging/make_deb.py

icons: venv ## Render resources/icons/claimdesk.svg into the hicolor PNGs and the package's copy
	$(BIN)/python tools/make_icons.py

# The .qm files are built into the package (src/claimdesk/translations/, not in git), where the
# editable install, the wheel and the bundle find them; only those older than their .ts are rebuilt.
translations: venv ## Compile resources/translations/*.ts (and parts/) into the package's .qm
	$(BIN)/python tools/translations.py build

translations-update: venv ## Refresh the .ts files from the strings marked in src/claimdesk (lupdate)
	$(BIN)/python tools/translations.py update

format: venv ## Fix what ruff can fix and reformat the code
	$(BIN)/ruff check --fix --exit-zero $(PY_PATHS)
	$(BIN)/ruff format $(PY_PATHS)

sysdeps: ## Install missing Debian/Ubuntu packages (SYSDEPS_SET=run|test)
	bash tools/ensure-system-deps.sh $(SYSDEPS_SET)

venv: $(STAMP) ## Create .venv and install the package with its dev extras

# The stamp is written only after a complete install, so an interrupted one is redone on the next
# run. A .venv whose Python or pip does not work (interrupted `python3 -m venv`, Python upgraded or
# removed) is deleted and recreated; a working one is reused and brought up to date by pip.
$(STAMP): pyproject.toml | sysdeps
	@rm -f $(STAMP)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	    echo "ClaimDesk needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	    echo "Install a newer one and run e.g.: make $(or $(MAKECMDGOALS),test) PYTHON=python3.11"; exit 1; }
	@if [ -e $(VENV) ] && ! $(BIN)/python -m pip --version >/dev/null 2>&1; then \
	    echo "Removing the broken $(VENV) and creating it again"; rm -rf $(VENV); fi
	@if [ ! -e $(BIN)/python ]; then echo "$(PYTHON) -m venv $(VENV)"; $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off -e '.[dev]'
	@touch $(STAMP)

clean: ## Remove .venv, build artefacts and caches
	rm -rf $(VENV) build dist src/*.egg-info *.egg-info \
	    .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
