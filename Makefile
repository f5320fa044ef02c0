# Two commands do all set-up on a fresh machine (Python >= 3.11, Node >= 18):
#   make site   - creates .venv, installs Briefing and lunr.js (from the lockfile), builds site/ from seeds/
#   make test   - everything `make site` needs plus the test tools, then lint, types and every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: site test lint serve clean-site help

help:
	@echo "make site   build site/ from seeds/ (sets up .venv and node_modules first)"
	@echo "make test   run lint, type checks and every test"
	@echo "make serve  build, serve on http://127.0.0.1:8000 and rebuild on change"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

site: $(STAMP) node_modules/.package-lock.json
	$(BIN)/briefing build

serve: $(STAMP) node_modules/.package-lock.json
	$(BIN)/briefing serve

lint: $(DEVSTAMP)
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/mypy

test: $(DEVSTAMP) node_modules/.package-lock.json lint
	$(BIN)/python -m pytest -q -rs

clean-site:
	rm -rf site .briefing-cache
