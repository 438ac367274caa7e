# Barnahus Desk developer commands. Two are all a new machine needs: `make run` and `make test`.
# Both create .venv on first use and re-install when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed
PACKAGE_STAMP := $(VENV)/.package-installed

# UI translations: sources in resources/i18n/*.ts (translators edit them with
# `pyside6-linguist`), compiled to .qm as part of installing and before `run` and `pytest`.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
I18N_SOURCES = $(shell find src/barnahus/gui -name '*.py' | sort) $(sort $(wildcard ui/*.ui))
LUPDATE = $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none

.PHONY: run test lint format typecheck pytest bench bench-quick screenshots wheel package \
	package-check clean translations lupdate i18n-check

$(BIN)/python:
	sh installer/ensure-venv.sh "$(PYTHON)" "$(VENV)"

$(RUN_STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e .
	sh installer/ensure-qt-libs.sh "$(BIN)/python"
	$(BIN)/pyside6-lrelease -silent $(TS_FILES)
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

$(PACKAGE_STAMP): $(RUN_STAMP)
	$(PIP) install --quiet -c constraints.txt -e '.[package]'
	touch $@

resources/i18n/%.qm: resources/i18n/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After changing visible strings in src/barnahus/gui or ui/*.ui: refresh the .ts sources, fill
# the new entries (marked unfinished) in Qt Linguist, then `make translations`.
lupdate: $(RUN_STAMP)
	$(LUPDATE) -target-language en_GB $(I18N_SOURCES) -ts resources/i18n/barnahus_en.ts
	$(LUPDATE) -target-language sv_SE $(I18N_SOURCES) -ts resources/i18n/barnahus_sv.ts

run: $(RUN_STAMP) $(QM_FILES)
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

pytest: $(TEST_STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench-quick: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --quick

# Every child language in resources/child_text/languages.yaml is complete against English, and the
# UI translations keep their %1/%n markers and & accelerators (docs/languages.md).
i18n-check: $(RUN_STAMP)
	$(BIN)/python -m barnahus.i18n_check

test: lint i18n-check pytest bench-quick

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.screenshots docs/screenshots

wheel: $(TEST_STAMP)
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

# Linux installers in dist/: the PyInstaller folder, a .tar.gz of it and a .deb.
package: $(PACKAGE_STAMP)
	sh installer/package.sh "$(BIN)/python"

# Builds the installers, then runs them from the bundle and from an unpacked .deb.
package-check: package
	sh installer/package-check.sh

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
