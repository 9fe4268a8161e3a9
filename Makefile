# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench bundle clean

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

run: $(VENV)/.installed-app
	$(BIN)/refugedesk

# ruff, then mypy (configured in pyproject.toml: strict for the domain, db/ and reports/).
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check refugedesk tests benchmarks
	$(BIN)/mypy

test: $(VENV)/.installed-dev lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/startup.py

# A one-folder build for this machine in dist/RefugeDesk/, checked by its own --self-test
# (with no display and no QT_QPA_PLATFORM: the self-test must cope alone, as on an office PC
# started from a script), then the tarball dist/RefugeDesk-<version>-linux-<arch>.tar.gz,
# unpacked and installed with its install.sh into build/install-check/ and self-tested again.
# The Windows installer is built on Windows: installer/windows/BUILDING.md.
PYI_WORK := build/pyinstaller
bundle: $(VENV)/.installed-dev
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
