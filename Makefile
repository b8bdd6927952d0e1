# Two commands (README): `make demo` sets everything up and checks the bundled ANTARA example;
# `make test` sets up and runs the whole suite (lint, types, tests). CI runs `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The test environment also gets the engine extras, so their tests run in CI
# (about 2.5 min of installs on a 2-core machine).
TEST_EXTRAS ?= test,ray,spark,datatrove

.PHONY: setup demo test lint golden bench clean

setup: $(VENV)/.installed-test

$(VENV)/.installed-core: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-core
	$(BIN)/python -m pip install --quiet -e '.[$(TEST_EXTRAS)]'
	touch $@

demo: $(VENV)/.installed-core
	@bash scripts/demo.sh

lint: setup
	$(BIN)/ruff check compliance tests benchmarks
	$(BIN)/mypy

test: setup lint
	@bash scripts/install-browser.sh
	$(BIN)/pytest -q

# Regenerate the reviewed golden files after an intended output change; review the diff.
golden: setup
	UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
