# Two entry points, both from a fresh clone:
#   make run    set everything up, lint the bundled kb/, show its review status, export it
#   make test   set everything up, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.carekb-installed

.PHONY: setup system-deps run test check pytest golden bench corpus clean

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The sample's roster is verified against the demo trust root (demo-keys/trust.yaml);
# a real project keeps its trust root outside the repository (docs/leads.md).
DEMO_TRUST := CAREKB_TRUST=demo-keys/trust.yaml

run: setup
	$(DEMO_TRUST) $(BIN)/carekb lint
	$(DEMO_TRUST) $(BIN)/carekb status
	$(DEMO_TRUST) $(BIN)/carekb export --require-trust

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

# Performance against the targets of the speed issue, on a generated knowledge
# base (N=10000 by default: make bench ARGS="--entries 2000"). Not part of test.
bench: setup
	$(BIN)/python -m pip install --quiet check-jsonschema==0.39.0
	$(BIN)/python bench/bench.py $(ARGS)

# The content rules on 600 real NIH answers and on planted dangerous claims:
# findings per 100 answers, planted claims caught, timing (bench/README.md).
corpus: setup
	$(BIN)/python bench/corpus.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .carekb-cache exports
