# Two commands on a fresh machine: `make brief` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
EXAMPLE_PDF := out/example-brief.pdf

.PHONY: brief test lint bench clean system-packages

$(INSTALLED): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[translate,test,dev]'
	@touch $@

brief: $(INSTALLED)
	@mkdir -p out
	@$(BIN)/briefing build examples/manifest.yaml --output $(EXAMPLE_PDF) \
		--title "Sample brief: floods, housing and ports" --date 2025-11-23 --quiet

# Debian packages the tests use (pdftotext, pdftoppm); installed when missing.
system-packages:
	@command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q poppler-utils; }

test: $(INSTALLED) system-packages
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/ruff format --check briefing tests bench
	$(BIN)/mypy

bench: $(INSTALLED)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
