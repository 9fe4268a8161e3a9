# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench bundle clean translations ts

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "RefugeDesk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps make a second `make run` start at once; they are redone when pyproject.toml changes.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-app

# Welsh (issue 18): resources/translations/refugedesk_cy.ts holds every string of the code
# with its translation (lupdate finds them: `make ts` after changing any text, and `make lint`
# fails while it is stale); qt_cy.ts holds Qt's own words. The .qm files the app loads are
# built from them here and never committed.
TS_DIR := resources/translations
TS     := $(TS_DIR)/refugedesk_cy.ts
QM     := $(TS_DIR)/refugedesk_cy.qm $(TS_DIR)/qt_cy.qm
LUPDATE_ARGS = $$(find refugedesk -name '*.py' | LC_ALL=C sort) -target-language cy \
	-source-language en -no-obsolete -locations none -silent

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

ts: $(VENV)/.installed-app
	$(BIN)/pyside6-lupdate $(LUPDATE_ARGS) -ts $(TS)

run: $(VENV)/.installed-app $(QM)
	$(BIN)/refugedesk

# ruff, then mypy (configured in pyproject.toml: strict for the domain, db/ and reports/).
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check refugedesk tests benchmarks
	$(BIN)/mypy
	@mkdir -p build/ts-check && cp $(TS) build/ts-check/refugedesk_cy.ts
	@$(BIN)/pyside6-lupdate $(LUPDATE_ARGS) -ts build/ts-check/refugedesk_cy.ts
	@cmp -s $(TS) build/ts-check/refugedesk_cy.ts || { echo "$(TS) is stale: \
	the code's strings changed. Run 'make ts', translate what is new, and commit it."; \
	diff $(TS) build/ts-check/refugedesk_cy.ts | head -40; exit 1; }

test: $(VENV)/.installed-dev lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/startup.py

# A one-folder build for this machine in dist/RefugeDesk/, checked by its own --self-test
# (with no display and no QT_QPA_PLATFORM: the self-test must cope alone, as on an office PC
# started from a script), then the tarball dist/RefugeDesk-<version>-linux-<arch>.tar.gz,
# unpacked and installed with its install.sh into build/install-check/ and self-tested again.
# The Windows installer is built on Windows: installer/windows/BUILDING.md.
PYI_WORK := build/pyinstaller
bundle: $(VENV)/.installed-dev $(QM)
	$(BIN)/pyinstaller installer/refugedesk.spec --noconfirm --log-level WARN \
		--distpath dist --workpath $(PYI_WORK)
	env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY dist/RefugeDesk/RefugeDesk --self-test
	cp installer/linux/refugedesk.desktop installer/linux/install.sh \
		installer/linux/uninstall.sh build/icons/refugedesk.png dist/RefugeDesk/
	name=$$($(BIN)/python installer/version.py --bundle) && \
	tar -C dist -czf dist/$$name.tar.gz RefugeDesk && \
	rm -rf build/install-check && mkdir -p build/install-check/unpacked && \
	tar -C build/install-check/unpacked -xzf dist/$$name.tar.gz && \
	env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY DESTDIR=$(CURDIR)/build/install-check/root \
		build/install-check/unpacked/RefugeDesk/install.sh && \
	rm -rf build/install-check && \
	du -sh dist/RefugeDesk dist/$$name.tar.gz

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
