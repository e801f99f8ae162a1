# Two commands do all set-up on a fresh clone (python3 3.11+, git and make):
#   make serve   build the environment from the lock, then serve on 127.0.0.1:8000
#   make test    build the environment from the lock, then lint and run every check
# make check: the edit-test loop, everything that needs no browser and runs
# the course's code only once (no second build, no notebook run in Jupyter).
.PHONY: serve lint check test build screenshots bench budget lock clean

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Silence the upstream end-of-life banner printed on every build.
export NO_MKDOCS_2_WARNING := 1
STAMP  := $(VENV)/.installed-from-lock

# The environment is rebuilt whenever the lock or the project metadata changes.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# KaTeX, served by the site itself, pinned with its hash in package-lock.json.
KATEX := node_modules/.package-lock.json
$(KATEX): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The browser tests drive Debian's chromium (never a downloaded browser).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium

# --dirty: a save re-renders only the pages whose Markdown or listing outputs
# changed (hooks/listings.py); `make build` is always a whole, clean build.
serve: $(STAMP) $(KATEX)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

build: $(STAMP) $(KATEX)
	$(BIN)/mkdocs build --strict

LINTED := engine harness snippets tests hooks benchmarks
PYTEST := $(BIN)/pytest -n auto --dist loadgroup
lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

check: lint $(KATEX)
	$(PYTEST) -m "not reruns" tests/lessons tests/site tests/engine

test: lint $(KATEX) /usr/bin/chromium
	$(PYTEST)

# Every page, light and dark, desktop and phone, as PNGs in build/screenshots/.
screenshots: $(STAMP) $(KATEX) /usr/bin/chromium
	rm -rf build/screenshots
	$(BIN)/pytest -n auto tests/browser -k test_page --screenshots

# Build, `mkdocs serve` and test-suite timings against their budgets (not a
# test: a report).
bench: $(STAMP) $(KATEX) /usr/bin/chromium
	$(BIN)/python benchmarks/build_speed.py
	$(BIN)/python benchmarks/suite_speed.py

# Page sizes and Lighthouse scores of the built site (not a test: a report).
budget: build
	npm ci --prefix benchmarks --no-audit --no-fund
	$(BIN)/python benchmarks/page_budget.py site
	$(BIN)/python benchmarks/run_in_page.py site

# Maintainers only: re-pin every dependency (needs the network).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra dev --generate-hashes --no-emit-index-url \
		--no-emit-find-links --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) site build node_modules benchmarks/node_modules .pytest_cache
