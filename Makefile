# Two commands do all set-up on a fresh clone (python3 3.11+, git and make):
#   make serve   build the environment from the lock, then serve on 127.0.0.1:8000
#   make test    build the environment from the lock, then lint and run every check
.PHONY: serve test build lock clean

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

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/ruff check snippets tests hooks
	$(BIN)/ruff format --check snippets tests hooks
	$(BIN)/pytest

# Maintainers only: re-pin every dependency (needs the network).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra dev --generate-hashes --no-emit-index-url \
		--no-emit-find-links --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) site .pytest_cache
