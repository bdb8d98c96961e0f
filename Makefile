# Two entry points, both from a fresh clone:
#   make run    set everything up, lint the bundled kb/, show its review status, export it
#   make test   set everything up, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.carekb-installed
# The validators the tests run on exports (package.json, exact versions, locked).
NPM_STAMP := node_modules/.carekb-installed

.PHONY: setup system-deps run test check pytest golden bench corpus clean

setup: system-deps $(STAMP) $(NPM_STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# markdownlint-cli2, html-validate and the W3C checker (vnu-jar), exactly as locked.
# --ignore-scripts: vnu-jar's install script would fetch a Java runtime; the
# system's Java (scripts/install-system-deps.sh) runs the jar the package ships.
$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NPM_STAMP)

# The sample's roster is verified against the demo trust root (demo-keys/trust.yaml);
# a real project keeps its trust root outside the repository (docs/leads.md). carekb
# warns about a trust root inside the project on every run, and export --require-trust
# refuses one unless told otherwise: the demo says so, and says why.
DEMO_TRUST := CAREKB_TRUST=demo-keys/trust.yaml
DEMO_TRUST_WHY := "note: the demo trust root demo-keys/trust.yaml lives in the repository only so the sample runs from a fresh clone, hence --allow-unprotected-trust-root below; a real trust root is kept outside the project (docs/leads.md)"
# The publisher's record of what the demo exported last (a real publisher keeps
# it outside the repository: docs/staff.md). The first run says it is the first.
DEMO_RECORD := .carekb-demo-record.json

run: setup
	$(DEMO_TRUST) $(BIN)/carekb lint
	$(DEMO_TRUST) $(BIN)/carekb status
	@echo $(DEMO_TRUST_WHY)
	$(DEMO_TRUST) $(BIN)/carekb export --require-trust --allow-unprotected-trust-root \
		--state $(DEMO_RECORD) $$(test -f $(DEMO_RECORD) || echo --first-export)

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
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .carekb-cache exports \
		.carekb-demo-record.json .carekb-demo-record.json.lock
