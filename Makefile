# Two entry points, both from a fresh clone:
#   make run    set everything up, lint the bundled kb/, show its review status, export it
#   make test   set everything up, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.carekb-installed

.PHONY: setup system-deps run test check pytest golden clean

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/carekb lint
	$(BIN)/carekb status
	$(BIN)/carekb export

# Static checks, then the tests. pytest exits 5 when it collects no tests, which
# fails this target as it should.
test: setup check pytest

check:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

# Regenerate tests/golden/ (the expected export of tests/export/golden_kb) on
# purpose, after a template or writer change; review the diff before committing.
golden: setup
	CAREKB_UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/export/test_export_golden.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .carekb-cache exports
