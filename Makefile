# Barnahus Desk developer commands. Two are all a new machine needs: `make run` and `make test`.
# Both create .venv on first use and re-install when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint format typecheck pytest bench bench-quick screenshots wheel clean

$(BIN)/python:
	sh installer/ensure-venv.sh "$(PYTHON)" "$(VENV)"

$(RUN_STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e .
	sh installer/ensure-qt-libs.sh "$(BIN)/python"
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

run: $(RUN_STAMP)
	$(BIN)/barnahus

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench-quick: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --quick

test: lint pytest bench-quick

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.screenshots docs/screenshots

wheel: $(TEST_STAMP)
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
