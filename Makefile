PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= letopis.db

.PHONY: demo test test-quick install lint golden bench browser clean

$(BIN)/letopis: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=24"
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

install: $(BIN)/letopis

demo: install
	$(BIN)/letopis ingest examples/ --db $(DB)
	$(BIN)/letopis ls --db $(DB)
	$(BIN)/letopis timeline --actor Россия --with КНДР --db $(DB)

lint: install
	$(BIN)/ruff check letopis tests bench scripts

# the HTML plots are checked by rendering them in Debian's headless Chromium
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: lint browser
	$(BIN)/python -m pytest -q

test-quick: lint
	$(BIN)/python -m pytest -q -m "not slow"

golden: install
	$(BIN)/python scripts/golden.py --update

bench: install
	$(BIN)/python bench/ingest_bench.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
