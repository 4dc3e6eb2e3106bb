# Two commands on a fresh machine: `make brief` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
EXAMPLE_PDF := out/example-brief.pdf
# The brief's own wording: committed .po catalogs, compiled .mo files (git-ignored).
PO_FILES := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: brief test lint bench clean system-packages messages catalogs

# The install builds the package with hatch_build.py, which compiles the catalogs too.
$(INSTALLED): pyproject.toml constraints.txt hatch_build.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[translate,test,dev]'
	$(BIN)/pybabel compile --directory locales --statistics
	@touch $@

# A catalog edited after the install is compiled again before the next brief or test run.
catalogs: $(MO_FILES)
locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po | $(INSTALLED)
	$(BIN)/pybabel compile --input-file $< --output-file $@ --locale $*

# Extract every marked string into locales/messages.pot and merge it into each catalog;
# then translate what is new or fuzzy in locales/*/LC_MESSAGES/messages.po.
messages: $(INSTALLED)
	$(BIN)/pybabel extract --mapping-file babel.cfg --no-wrap --project briefing \
		--copyright-holder "The briefing developers" --output-file locales/messages.pot .
	$(BIN)/pybabel update --input-file locales/messages.pot --no-wrap --ignore-obsolete \
		--locale fr --output-file locales/fr/LC_MESSAGES/messages.po
	$(BIN)/pybabel update --input-file locales/messages.pot --no-wrap --ignore-obsolete \
		--locale fa_AF --output-file locales/prs/LC_MESSAGES/messages.po

brief: $(INSTALLED) catalogs
	@mkdir -p out
	@$(BIN)/briefing build examples/manifest.yaml --output $(EXAMPLE_PDF) \
		--title "Sample brief: floods, housing and ports" --date 2025-11-23 --quiet

# Debian packages the tests use, installed when missing: pdftotext and pdftoppm; Chromium
# for the HTML brief's screenshots, with the Noto fonts its reference screenshots show.
# Another apt (unattended upgrades, a second checkout) may hold apt's locks: each step
# waits up to five minutes. The install does with DPkg::Lock::Timeout; apt-get update
# does not heed that option (apt 2.6), so it is tried again every 5 seconds.
SYSTEM_PACKAGES := poppler-utils chromium fonts-noto-core
APT_GET := apt-get -q -o DPkg::Lock::Timeout=300
system-packages:
	@command -v pdftoppm >/dev/null && command -v chromium >/dev/null \
		&& test -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		for try in $$(seq 60); do \
			$$SUDO $(APT_GET) update && break; test $$try -lt 60 || exit 1; sleep 5; \
		done; \
		$$SUDO env DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y $(SYSTEM_PACKAGES); }

# The slowest tests are listed, so one that grows slow shows in every CI log.
test: $(INSTALLED) catalogs system-packages
	$(BIN)/python -m pytest --durations=15

lint: $(INSTALLED)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/ruff format --check briefing tests bench
	$(BIN)/mypy

bench: $(INSTALLED)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
	rm -f $(MO_FILES)
